"""Reading the input folder: no withdrawal is ever missed.

Subfolders (date partitions) are read, kinds and suffixes match in any case,
a byte-order mark is accepted, and a consent or participants file that
cannot be read stops the run (and ``validate`` says so) instead of being
skipped.
"""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from meeting_privacy.core.input_files import InputFile, describe, read_records
from meeting_privacy.demo.writer import dump, write_input
from meeting_privacy.pipelines.validate import format_report, validate_folder
from meeting_privacy.schemas.envelopes import Parsed, Rejected
from tests.support.reliability_support import (
    audit_decisions,
    consent_event,
    key_file,
    manifest,
    pseudonym,
    quarantine_entries,
    run_args,
    run_captured,
)

GRANTED = "2026-01-01T00:00:00Z"
WITHDRAWN = "2026-05-01T00:00:00Z"


def consent(user: str, decision: str, at: str) -> dict:
    return consent_event(f"c-{user}-{decision}", "user", user, decision, at)


def event(user: str, event_id: str | None = None) -> dict:
    return {
        "event_id": event_id or f"e-{user}",
        "meeting_id": "m-1",
        "participant_id": f"p-{user}",
        "user_id": user,
        "account_id": "acct-1",
        "event_type": "join",
        "occurred_at": "2026-03-01T10:00:00Z",
    }


def write_granting_users(folder: Path, users: list[str]) -> None:
    """One meeting; each user is on its roster, granted in January and has one telemetry event."""
    folder.mkdir(parents=True, exist_ok=True)
    roster = [
        {
            "meeting_id": "m-1",
            "participant_id": f"p-{user}",
            "user_id": user,
            "account_id": "acct-1",
            "display_name": "Pat Doe",
            "role": "attendee",
            "country": "US",
            "joined_at": "2026-03-01T09:00:00Z",
        }
        for user in users
    ]
    write_input(folder / "participants-0001.jsonl", [dump(r) for r in roster])
    write_input(folder / "consent-0001.jsonl", [dump(consent(u, "grant", GRANTED)) for u in users])
    write_input(folder / "telemetry-0001.jsonl", [dump(event(u)) for u in users])


def file_at(name: str) -> InputFile:
    return describe(f"/in/{name}", "/in")


def records_of(name: str, data: bytes, notes: list | None = None) -> list:
    return list(read_records(file_at(name), lambda: io.BytesIO(data), notes=notes))


# --- Beam-free: names, forms, refusals ---------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind", "suffix"),
    [
        ("consent-0002.JSONL", "consent", ".jsonl"),
        ("Consent_2026.Jsonl.GZ", "consent", ".jsonl.gz"),
        ("TRANSCRIPTS-0001.jsonl.gz", "transcripts", ".jsonl.gz"),
        ("telemetry-0002.Parquet", "telemetry", ".parquet"),
        ("2026-04/consent.jsonl", "consent", ".jsonl"),
        ("date=2026-04-01/participants.jsonl", "participants", ".jsonl"),
        ("consent-0003.json", "consent", None),  # a reference kind we cannot read: refused
        ("participants.csv", "participants", None),
        ("transcripts.json", None, None),  # content in a form we do not read: skipped
        ("meetings.json", None, None),  # losing meeting titles only redacts more: skipped, not refused
        ("Meetings-0001.jsonl", "meetings", ".jsonl"),
        ("notes.txt", None, None),
        ("consents.jsonl", None, ".jsonl"),  # no known kind
    ],
)
def test_kinds_and_suffixes_match_in_any_case(name, kind, suffix):
    file = file_at(name)
    assert (file.kind, file.kind and file.suffix) == (kind, kind and suffix)


@pytest.mark.parametrize(
    ("path", "root", "name"),
    [
        ("/in/2026-04/consent.jsonl", "/in", "2026-04/consent.jsonl"),
        ("/in/consent.jsonl", "/in/", "consent.jsonl"),
        ("gs://bucket/exports/date=2026-04-01/consent.jsonl", "gs://bucket/exports", "date=2026-04-01/consent.jsonl"),
        ("C:\\in\\2026-04\\consent.jsonl", "C:\\in", "2026-04/consent.jsonl"),
    ],
)
def test_source_file_is_the_path_inside_the_input_folder(path, root, name):
    assert describe(path, root).name == name


def test_gzip_is_decided_by_our_own_suffix_match_in_any_case():
    data = gzip.compress(dump(consent("u1", "withdraw", WITHDRAWN)) + b"\n")
    (record,) = records_of("2026-04/CONSENT-0002.JSONL.GZ", data)
    assert isinstance(record, Parsed) and record.record.decision == "withdraw"
    assert record.source == ("2026-04/CONSENT-0002.JSONL.GZ", 1)


def _parquet_bytes(table: pa.Table) -> bytes:
    sink = io.BytesIO()
    pq.write_table(table, sink)
    return sink.getvalue()


@pytest.mark.parametrize(
    ("name", "data"),
    [
        pytest.param("consent-0003.json", dump(consent("u1", "withdraw", WITHDRAWN)), id="unsupported-suffix"),
        pytest.param("2026-04/participants.csv", b"meeting_id,participant_id\n", id="unsupported-suffix-subfolder"),
        pytest.param("consent-0004.jsonl.gz", dump(consent("u1", "withdraw", WITHDRAWN)), id="not-gzip"),
        pytest.param("consent-0005.parquet", b"PAR1 not parquet", id="not-parquet"),
        pytest.param(
            "participants.parquet",
            _parquet_bytes(pa.Table.from_arrays([pa.array(["m"]), pa.array(["x"])], names=["meeting_id"] * 2)),
            id="repeated-column",
        ),
    ],
)
def test_a_reference_file_that_cannot_be_read_names_no_one(name, data):
    records = records_of(name, data)
    assert records and all(isinstance(r, Rejected) for r in records)
    assert records[0].salvaged == () and records[0].source.file == name
    assert "u1" not in records[0].error


def test_a_byte_order_mark_is_accepted_on_the_first_line_only():
    line = dump(consent("u1", "withdraw", WITHDRAWN))
    notes: list[str] = []
    first, second = records_of("consent-0002.jsonl", b"\xef\xbb\xbf" + line + b"\n\xef\xbb\xbf" + line + b"\n", notes)
    assert isinstance(first, Parsed) and first.raw == line
    assert isinstance(second, Rejected) and second.salvaged == ()
    assert notes == ["byte-order mark ignored"]
    notes.clear()
    assert isinstance(records_of("consent-0002.jsonl", line, notes)[0], Parsed) and notes == []


def test_validate_reads_subfolders_and_names_the_file_that_would_stop_a_run(tmp_path):
    write_granting_users(tmp_path, ["u1"])
    (tmp_path / "2026-04").mkdir()
    (tmp_path / "2026-04" / "consent-0003.json").write_bytes(dump(consent("u1", "withdraw", WITHDRAWN)))
    (tmp_path / "date=2026-04-01").mkdir()
    bom = b"\xef\xbb\xbf" + dump(consent("u1", "withdraw", WITHDRAWN)) + b"\n"
    (tmp_path / "date=2026-04-01" / "Consent.JSONL").write_bytes(bom)
    (tmp_path / "transcripts.json").write_bytes(b"{}")
    reports = {r.name: r for r in validate_folder(str(tmp_path))}
    assert reports["date=2026-04-01/Consent.JSONL"].records == 1
    assert reports["date=2026-04-01/Consent.JSONL"].malformed == 0
    assert reports["transcripts.json"].kind is None
    out = "\n".join(format_report(list(reports.values())))
    assert "a run would stop: 2026-04/consent-0003.json:1" in out
    assert "date=2026-04-01/Consent.JSONL: byte-order mark ignored" in out


# --- whole pipeline ------------------------------------------------------------------------

#: user -> how their withdrawal (or odd record) is written.
CASES = ("subfolder", "partition", "upper", "upper_gz", "bom", "duplicate_key", "parquet", "control")


@pytest.fixture(scope="module")
def odd_folder_run(tmp_path_factory):
    """Each user but ``control`` withdraws in a file the old reader skipped or misread."""
    root = tmp_path_factory.mktemp("odd-folder")
    folder = root / "input"
    write_granting_users(folder, list(CASES))

    def withdrawal(user):
        return dump(consent(user, "withdraw", WITHDRAWN)) + b"\n"

    (folder / "2026-04").mkdir()
    (folder / "2026-04" / "consent.jsonl").write_bytes(withdrawal("subfolder"))
    (folder / "date=2026-04-01").mkdir()
    (folder / "date=2026-04-01" / "consent.jsonl").write_bytes(withdrawal("partition"))
    (folder / "consent-0002.JSONL").write_bytes(withdrawal("upper"))
    (folder / "CONSENT-0003.JSONL.GZ").write_bytes(gzip.compress(withdrawal("upper_gz")))
    (folder / "consent-0004.jsonl").write_bytes(b"\xef\xbb\xbf" + withdrawal("bom"))
    twice = dump(consent("duplicate_key", "withdraw", WITHDRAWN))[:-1] + b', "decision": "grant"}\n'
    (folder / "consent-0005.jsonl").write_bytes(twice)
    table = pa.Table.from_pylist([consent("parquet", "withdraw", WITHDRAWN)])
    table = table.append_column("blob", pa.array([b"\x00\xff"], pa.binary()))
    table = table.append_column("amount", pa.array([None], pa.decimal128(10, 2)))
    table = table.append_column("ratio", pa.array([float("nan")]))
    pq.write_table(table, folder / "consent-0006.parquet")
    # Two files of one basename in two subfolders; the second holds a copy of the first's event.
    (folder / "2026-05").mkdir()
    write_input(folder / "2026-04" / "telemetry.jsonl", [dump(event("control", "e-control-04"))])
    copy = [dump(event("control", "e-control-05")), dump(event("control", "e-control-04"))]
    write_input(folder / "2026-05" / "telemetry.jsonl", copy)
    run = run_captured(run_args(folder, root / "output", key_file(root)), root / "output")
    assert run.code == 0, run.stderr.decode("utf-8", "replace")[-3000:]
    return root / "output"


def _reason_for(output, event_id):
    audit = audit_decisions(output)
    (reason,) = [r for _, r, p in audit.values() if p == pseudonym("event_id", event_id)]
    return reason


@pytest.mark.slow
@pytest.mark.parametrize("user", ["subfolder", "partition", "upper", "upper_gz", "bom", "parquet"])
def test_a_withdrawal_in_any_readable_file_of_the_folder_is_honoured(odd_folder_run, user):
    assert _reason_for(odd_folder_run, f"e-{user}") == "consent_withdrawn"


@pytest.mark.slow
def test_a_consent_line_repeating_a_key_makes_its_subject_unreadable(odd_folder_run):
    assert _reason_for(odd_folder_run, "e-duplicate_key") == "consent_unreadable"
    (entry,) = [e for e in quarantine_entries(odd_folder_run) if e["file"] == "consent-0005.jsonl"]
    assert entry["reason"] == "malformed" and "repeats a key" in entry["error"]


@pytest.mark.slow
def test_files_of_one_basename_in_two_subfolders_stay_apart(odd_folder_run):
    assert _reason_for(odd_folder_run, "e-control") == "emitted"
    audit = audit_decisions(odd_folder_run)
    rows = {(file, line): (decision, reason) for (kind, file, line), (decision, reason, _) in audit.items()}
    assert rows[("2026-04/telemetry.jsonl", 1)] == ("emitted", "emitted")
    assert rows[("2026-05/telemetry.jsonl", 1)] == ("emitted", "emitted")
    assert rows[("2026-05/telemetry.jsonl", 2)] == ("excluded", "duplicate_record")
    paths = [Path(e["path"]).name for e in manifest(odd_folder_run)["inputs"]]
    assert paths.count("telemetry.jsonl") == 2
    assert len(manifest(odd_folder_run)["inputs"]) == 12 and manifest(odd_folder_run)["skipped_files"] == []


@pytest.mark.slow
def test_a_reference_file_that_cannot_be_read_stops_the_run_before_any_output(tmp_path):
    folder = tmp_path / "input"
    write_granting_users(folder, ["u1"])
    withdrawal = dump(consent("u1", "withdraw", WITHDRAWN)) + b"\n"
    (folder / "consent-0003.json").write_bytes(withdrawal)
    (folder / "2026-04").mkdir()
    (folder / "2026-04" / "consent.jsonl.gz").write_bytes(withdrawal)  # named gzip, is not
    (folder / "participants-0002.parquet").write_bytes(b"PAR1 not parquet")
    (folder / "transcripts.json").write_bytes(b"{}")  # content we do not read: skipped, not fatal
    run = run_captured(run_args(folder, tmp_path / "output", key_file(tmp_path)), tmp_path / "output")
    assert run.code == 1
    last = run.stderr.decode().strip().splitlines()[-1]
    for name in ("consent-0003.json:1", "2026-04/consent.jsonl.gz:1", "participants-0002.parquet:1"):
        assert name in last, last
    assert "transcripts.json" not in last
    assert not (tmp_path / "output").exists() or list((tmp_path / "output").iterdir()) == []


@pytest.mark.slow
def test_files_of_no_known_kind_or_form_are_skipped_and_listed(tmp_path):
    folder = tmp_path / "input"
    write_granting_users(folder, ["u1"])
    (folder / "transcripts.json").write_bytes(b"{}")
    (folder / "2026-04").mkdir()
    (folder / "2026-04" / "README.md").write_text("exports")
    run = run_captured(run_args(folder, tmp_path / "output", key_file(tmp_path)), tmp_path / "output")
    assert run.code == 0, run.stderr
    skipped = sorted(Path(p).relative_to(folder).as_posix() for p in manifest(tmp_path / "output")["skipped_files"])
    assert skipped == ["2026-04/README.md", "transcripts.json"]
    assert json.loads((tmp_path / "output" / "manifest.json").read_text())["counts"]["telemetry"]["emitted"] == 1
