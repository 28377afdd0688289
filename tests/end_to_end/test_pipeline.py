"""The whole pipeline on the embedded sample: decisions, outputs read back, accounting, manifest."""

from __future__ import annotations

import collections
import gzip
import hashlib
import json
import stat
from datetime import datetime

import pyarrow.parquet as pq
import pytest

from meeting_privacy.core.pseudonyms import Pseudonymizer
from meeting_privacy.schemas.outputs import SCHEMAS
from tests.support.runs import read_rows

AUDITED = ("transcripts", "chat", "telemetry")


@pytest.fixture(scope="module")
def run(sample_run):
    assert sample_run.exit_code == 0, sample_run.stderr
    return sample_run


@pytest.fixture(scope="module")
def audit(run):
    return read_rows(run.output, "audit")


def test_every_record_gets_exactly_the_decision_consent_allows(run, audit):
    pseudonym = Pseudonymizer(run.key)
    id_field = {"transcripts": "segment_id", "chat": "message_id", "telemetry": "event_id"}

    def expected_key(row):
        readable = ":" not in row.record_id or not row.record_id.startswith(row.file)
        record = pseudonym(id_field[row.kind], row.record_id) if readable else None
        return (row.kind, record, row.file, row.line, row.decision, row.reason)

    got = collections.Counter(
        (r["kind"], r["record_pseudonym"], r["source_file"], r["source_line"], r["decision"], r["reason"])
        for r in audit
    )
    assert got == collections.Counter(expected_key(row) for row in run.info.rows)


def count_input_records(folder, kind):
    total = 0
    for path in sorted(folder.glob(f"{kind}*")):
        if path.suffix == ".parquet":
            total += pq.read_metadata(path).num_rows
        else:
            data = gzip.decompress(path.read_bytes()) if path.name.endswith(".gz") else path.read_bytes()
            total += sum(1 for line in data.split(b"\n") if line.strip())
    return total


def test_read_equals_emitted_plus_excluded_plus_quarantined_from_the_files(run, audit):
    manifest = json.loads((run.output / "manifest.json").read_text())
    for kind in AUDITED:
        read = count_input_records(run.input, kind)
        decisions = collections.Counter(r["decision"] for r in audit if r["kind"] == kind)
        assert read == sum(decisions.values()) > 0
        emitted_rows = read_rows(run.output, kind)
        assert len(emitted_rows) == decisions["emitted"] > 0
        counts = manifest["counts"][kind]
        assert counts["read"] == read
        assert (counts["emitted"], counts["excluded"], counts["quarantined"]) == (
            decisions["emitted"],
            decisions["excluded"],
            decisions["quarantined"],
        )


def test_training_rows_are_exactly_the_emitted_records(run, audit):
    pseudonym_column = {"transcripts": "segment_pseudonym", "chat": "message_pseudonym", "telemetry": "event_pseudonym"}
    for kind in AUDITED:
        emitted = {r["record_pseudonym"] for r in audit if r["kind"] == kind and r["decision"] == "emitted"}
        assert {row[pseudonym_column[kind]] for row in read_rows(run.output, kind)} == emitted


def test_outputs_use_the_explicit_schemas(run):
    for name in (*AUDITED, "audit"):
        for path in (run.output / name).glob("*.parquet"):
            assert pq.read_schema(path).remove_metadata() == SCHEMAS[name]


def test_speaker_pseudonym_is_recomputable_from_the_user_id(run):
    pseudonym = Pseudonymizer(run.key)
    roster = [json.loads(line) for line in (run.input / "participants-0001.jsonl").read_text().splitlines()]
    users = {pseudonym("user_id", p["user_id"]) for p in roster if isinstance(p.get("user_id"), str)}
    speakers = {row["speaker_pseudonym"] for row in read_rows(run.output, "transcripts")}
    assert speakers and speakers <= users
    meetings = {pseudonym("meeting_id", p["meeting_id"]) for p in roster if isinstance(p.get("meeting_id"), str)}
    assert {row["meeting_pseudonym"] for row in read_rows(run.output, "transcripts")} <= meetings


def raw_values(folder):
    """Every identifier, name, email and IP address in the sample input."""
    values = set()
    for path in folder.glob("participants*"):
        for line in path.read_text().splitlines():
            record = json.loads(line)
            for field in ("meeting_id", "participant_id", "user_id", "account_id", "display_name", "email"):
                if isinstance(record.get(field), str):
                    values.add(record[field])
                    if field == "display_name":
                        values.update(part for part in record[field].split() if len(part) > 3)
    for path in folder.glob("telemetry*.jsonl"):
        for line in path.read_bytes().splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue
            values.update(filter(None, [record.get("event_id"), (record.get("network") or {}).get("ip_address")]))
            values.update(filter(None, [(record.get("client") or {}).get("device_id")]))
            values.update(filter(None, [(record.get("geo") or {}).get("city")]))
    return values


def test_no_raw_identifier_name_email_or_ip_in_any_output_but_quarantine(run):
    values = raw_values(run.input)
    assert len(values) > 50
    for name in (*AUDITED, "audit"):
        text = json.dumps(read_rows(run.output, name), default=str)
        leaked = sorted(v for v in values if v in text)
        assert not leaked, f"{name} leaks {len(leaked)} raw values"
    manifest = (run.output / "manifest.json").read_text()
    assert not [v for v in values if v in manifest]
    assert not [v for v in values if v in run.stdout + run.stderr]


def test_timestamps_are_coarsened_to_the_hour(run):
    for kind, column in (("chat", "sent_hour"), ("telemetry", "occurred_hour")):
        moments = [row[column] for row in read_rows(run.output, kind)]
        assert moments and all(m.minute == m.second == 0 for m in moments)


def test_quarantine_is_owner_only_and_holds_the_raw_bad_lines(run, audit):
    folder = run.output / "quarantine"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    files = list(folder.iterdir())
    assert files and all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    entries = [json.loads(line) for f in files for line in f.read_text().splitlines()]
    quarantined = [r for r in audit if r["decision"] == "quarantined"]
    assert len(entries) >= len(quarantined) > 0
    assert all(("raw" in e or "raw_base64" in e) and e["error"] and e["reason"] for e in entries)
    # Reference lines are quarantined too, without audit rows.
    assert {"participants", "consent"} <= {e["kind"] for e in entries}


def test_manifest_describes_the_run(run):
    manifest = json.loads((run.output / "manifest.json").read_text())
    assert manifest["as_of"] == run.info.as_of
    assert manifest["purpose"] == "ai_training"
    assert manifest["demo_key"] is False
    assert len(manifest["policy_sha256"]) == 64 and manifest["policy"]["content_scope"] == "all_participants"
    for entry in manifest["inputs"]:
        path = run.input / entry["path"].rsplit("/", 1)[-1]
        assert entry["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert sorted(e["path"].rsplit("/", 1)[-1] for e in manifest["inputs"]) == sorted(run.info.files)
    assert {"transcripts", "chat", "telemetry", "audit", "quarantine"} <= manifest["outputs"].keys()
    assert manifest["entities_redacted"].get("PERSON", 0) > 0
    for kind, lines in run.info.reference_counts.items():
        assert manifest["counts"][kind]["read"] == lines
    for name, paths in manifest["outputs"].items():
        assert all((run.output / p).exists() for p in paths), name
    datetime.fromisoformat(manifest["as_of"].replace("Z", "+00:00"))


def test_summary_is_printed_with_counts_and_where_outputs_are(run):
    assert "transcripts" in run.stdout and "entities redacted" in run.stdout
    assert str(run.output) in run.stdout
    assert run.key not in run.stdout + run.stderr
