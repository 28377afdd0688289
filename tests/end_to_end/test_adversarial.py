"""Bad input, generated: nothing lost, nothing leaked, good decisions untouched.

Two layers:

* the Beam-free parsing core (``parse_line``) gets thousands of generated lines:
  it never raises, and a rejected line's error never quotes a value;
* the whole pipeline (CLI, DirectRunner) gets a few generated attacks, each one
  batch of bad records of every kind interleaved with a fixed good set, plus
  exact duplicates, extra fields, empty files, a truncated gzip file and a
  non-Parquet ``.parquet`` file. Each run must exit 0, account for every line
  (emitted + excluded + quarantined = read, in the manifest and the audit),
  quarantine every malformed line, and give every good record the decision it
  gets in a run on the good records alone.
"""

from __future__ import annotations

import collections
import gzip
import json
import random
import shutil

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from meeting_privacy.core.parsing import parse_line
from meeting_privacy.demo.writer import dump, write_input
from meeting_privacy.schemas.envelopes import Parsed, Rejected, Source
from tests.support.reliability_support import (
    AUDITED,
    ID_FIELD,
    audit_decisions,
    good_set,
    key_file,
    manifest,
    pseudonym,
    quarantine_entries,
    rows,
    run_args,
    run_captured,
)

KINDS = ("participants", "consent", *AUDITED)
REQUIRED = {
    "participants": ("meeting_id", "participant_id", "account_id", "display_name", "role", "joined_at"),
    "consent": (
        "consent_id",
        "subject_type",
        "subject_id",
        "purpose",
        "data_category",
        "decision",
        "recorded_at",
        "source",
    ),
    "telemetry": ("event_id", "meeting_id", "participant_id", "account_id", "event_type", "occurred_at"),
    "transcripts": ("segment_id", "meeting_id", "participant_id", "start_ms", "end_ms", "text"),
    "chat": ("message_id", "meeting_id", "sender_participant_id", "recipient", "sent_at", "text"),
}
TIMESTAMPS = {"joined_at", "recorded_at", "occurred_at", "sent_at"}
INTS = {"start_ms", "end_ms"}
#: The id a reference line must keep readable, or the run stops (by contract).
SALVAGE = {"participants": "meeting_id", "consent": "subject_id"}
BAD_TIMESTAMPS = (
    "2026-03-01T10:00:00",  # no zone
    "2026-03-01 10:00:00",
    "2026-03-01",
    "1700000000",
    "1969-12-31T23:59:59Z",  # out of range
    "2101-01-01T00:00:00Z",
    "9999-12-31T23:59:59Z",
    "0000-01-01T00:00:00Z",
    "2026-13-45T25:61:61Z",
    "2026-02-30T10:00:00Z",
    "2026-03-01T10:00:00+24:00",
    "2026-03-01T10:00:00+05",
    "",
    "now",
)
HUGE = 10 * 1024 * 1024


# --- the parsing core, many examples -----------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


@settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from(KINDS), raw=st.binary(max_size=300))
def test_parse_line_never_raises_on_arbitrary_bytes(kind, raw):
    result = parse_line(kind, raw, Source("f.jsonl", 1))
    assert isinstance(result, (Parsed, Rejected))


@settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(
    kind=st.sampled_from(KINDS),
    record=st.dictionaries(st.sampled_from(sorted({f for v in REQUIRED.values() for f in v})), json_values),
    marker=st.text(alphabet="qwxyzjkv", min_size=12, max_size=12),
)
def test_rejections_name_fields_never_values(kind, record, marker):
    # Every string value carries a marker; the error text must not quote any of it.
    marked = {field: f"{marker}{value}" if isinstance(value, str) else value for field, value in record.items()}
    marked["extra_" + marker] = marker
    result = parse_line(kind, dump(marked), Source("f.jsonl", 1))
    if isinstance(result, Rejected):
        assert marker not in result.error
        assert result.reason == "malformed"


# --- generated attacks on the whole pipeline ------------------------------------------------


def _good_template(good, kind, rng):
    return dict(rng.choice(good.records[kind]))


def _bad_ids(record, kind, tag):
    """Fresh ids, so a bad line never collides with a good record (duplicates are tested apart)."""
    record = dict(record)
    # participant_id stays: a valid odd record must speak as someone already on the roster.
    for field in ("consent_id", "segment_id", "message_id", "event_id"):
        if field in record:
            record[field] = f"bad-{tag}-{field}"
    if kind == "participants":
        record["meeting_id"] = f"bad-m-{tag}"  # an unreadable roster line excludes its meeting by design
    if kind == "consent":
        record["subject_id"] = f"bad-u-{tag}"  # likewise, an unreadable consent line its subject
    return record


WRONG_TYPES = (None, 0, -1, 1.5, True, [], {}, ["x"], {"a": 1}, 10**40)


@st.composite
def malformed_line(draw, kind, good, tag, allow_unattributable):
    """A line of ``kind`` that must be quarantined (and, for reference kinds, keeps its
    meeting or subject readable unless ``allow_unattributable``)."""
    rng = random.Random(draw(st.integers(0, 2**32)))
    record = _bad_ids(_good_template(good, kind, rng), kind, tag)
    salvage = SALVAGE.get(kind)
    mutations = ["missing", "wrong_type", "timestamp", "enum", "huge_id"]
    if kind in AUDITED or allow_unattributable:
        mutations += ["truncated", "control_char", "invalid_utf8", "not_an_object", "deep", "bom"]
    mutation = draw(st.sampled_from(mutations))
    fields = [f for f in REQUIRED[kind] if f != salvage]
    if mutation == "missing":
        del record[draw(st.sampled_from(fields))]
    elif mutation == "wrong_type":
        field = draw(st.sampled_from(fields))
        wrong = [v for v in WRONG_TYPES if not (field in INTS and type(v) is int and v >= 0 and v < 10**18)]
        wrong = [v for v in wrong if not (field not in INTS and isinstance(v, str))]
        record[field] = draw(st.sampled_from(wrong))
    elif mutation == "timestamp":
        field = next((f for f in fields if f in TIMESTAMPS), None)
        if field is None:
            record[fields[0]] = None
        else:
            record[field] = draw(st.sampled_from(BAD_TIMESTAMPS))
    elif mutation == "enum":
        enum_field = {"participants": "role", "consent": "decision", "chat": "recipient"}.get(kind)
        if enum_field and enum_field != "recipient":
            record[enum_field] = draw(st.sampled_from(["presenter", "GRANT", "", "grant ", "yes"]))
        else:
            record[fields[0]] = ""  # empty id
    elif mutation == "huge_id":
        record[fields[0]] = "x" * 600
    raw = dump(record)
    if mutation == "truncated":
        raw = raw[: draw(st.integers(1, len(raw) - 2))]
    elif mutation == "control_char":
        # A raw (unescaped) control character inside a string is not JSON.
        at = raw.index(b'": "') + 4
        raw = raw[:at] + draw(st.sampled_from([b"\x00", b"\x01", b"\x1b", b"\r", b"\x7f\x00", b"\x0b"])) + raw[at:]
    elif mutation == "invalid_utf8":
        at = draw(st.integers(0, len(raw)))
        raw = (
            raw[:at]
            + draw(st.sampled_from([b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80"]))
            + raw[at:]
        )
    elif mutation == "not_an_object":
        raw = draw(st.sampled_from([b"[]", b"null", b"42", b'"text"', b"true", b"[" + raw + b"]", b"{}"]))
    elif mutation == "deep":
        depth = draw(st.sampled_from([300, 5_000, 100_000]))
        raw = raw[:-1] + b', "nested": ' + b"[" * depth + b"]" * depth + b"}"
        if depth > 300:
            raw = raw[: -depth // 2 - 1]  # and unbalanced: never valid
    elif mutation == "bom":
        raw = b"\xef\xbb\xbf" * 2 + raw  # one at the start of a file is accepted; a second never
    if mutation == "deep" and raw.endswith(b"}"):
        # 300 levels of nesting in an unknown field is valid JSON; make it certainly bad.
        raw = raw.replace(f'"{REQUIRED[kind][-1]}"'.encode(), b'"dropped"', 1)
    return raw


@st.composite
def weird_valid_record(draw, kind, good, tag):
    """A valid but odd transcripts, chat or telemetry record whose speaker is already on
    a good meeting's roster (so it cannot change anyone else's decision)."""
    rng = random.Random(draw(st.integers(0, 2**32)))
    record = _bad_ids(_good_template(good, kind, rng), kind, tag)
    text = draw(st.text(max_size=60))  # any code point: controls, RTL marks, U+2028 ...
    if kind in ("transcripts", "chat"):
        record["text"] = text
    else:
        record["message"] = text
        record["client"] = {"device_name": draw(st.text(max_size=20)), "os": None}
    if kind == "transcripts":
        start = draw(st.integers(0, 10**9))  # larger values: see test_huge_start_ms_...
        record.update(start_ms=start, end_ms=start + draw(st.integers(0, 10**6)))
        record["language"] = draw(st.sampled_from(["en", "EN-us", "de", "xx-Latn-YY", None]))
    record["unknown_" + tag] = draw(json_values)
    return dump(record)


@st.composite
def attacks(draw):
    good = good_set()
    plan = {"bad": {}, "weird": {}}
    for kind in KINDS:
        count = draw(st.integers(0, 6))
        plan["bad"][kind] = [
            draw(malformed_line(kind, good, f"{kind[:2]}{i}", allow_unattributable=False)) for i in range(count)
        ]
        if kind in AUDITED:
            plan["weird"][kind] = [
                draw(weird_valid_record(kind, good, f"w{kind[:2]}{i}")) for i in range(draw(st.integers(0, 3)))
            ]
    plan["duplicates"] = {
        kind: draw(st.lists(st.integers(0, len(good.records[kind]) - 1), max_size=3, unique=True)) for kind in AUDITED
    }
    plan["seed"] = draw(st.integers(0, 2**32))
    plan["huge"] = draw(st.booleans())
    plan["extra_on_good"] = draw(st.booleans())
    return plan


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    """The good records alone: their decisions, keyed by record pseudonym."""
    root = tmp_path_factory.mktemp("baseline")
    good_set().write(root / "input")
    run = run_captured(run_args(root / "input", root / "output", key_file(root)), root / "output")
    assert run.code == 0, run.stderr
    decisions = {
        (r["kind"], r["record_pseudonym"]): (r["decision"], r["reason"]) for r in rows(root / "output", "audit")
    }
    assert len(decisions) == sum(len(good_set().records[k]) for k in AUDITED)
    assert {reason for _, reason in decisions.values()} > {"emitted", "no_consent", "guest_participant"}
    return decisions


def _write_attack(directory, plan):
    """Writes good and bad lines interleaved; returns what each written line must become."""
    rng = random.Random(plan["seed"])
    good = good_set()
    directory.mkdir(parents=True)
    good_at, malformed_at, weird_at, dup_at, read = {}, set(), set(), {}, collections.Counter()
    for kind in KINDS:
        lines = [("good", dump(_with_extra(r, plan, rng))) for r in good.records[kind]]
        for raw in plan["bad"][kind]:
            lines.insert(rng.randint(0, len(lines)), ("bad", raw))
        for raw in plan["weird"].get(kind, []):
            lines.insert(rng.randint(0, len(lines)), ("weird", raw))
        name = f"{kind}-0001.jsonl"
        # Blank and whitespace-only lines are not records.
        write_input(directory / name, [raw for _, raw in lines] + [b"", b"   \t"])
        g = 0
        for number, (role, _raw) in enumerate(lines, start=1):
            if role == "good":
                if kind in AUDITED:
                    good_at[(kind, name, number)] = pseudonym(ID_FIELD[kind], good.records[kind][g][ID_FIELD[kind]])
                g += 1
            elif role == "bad":
                malformed_at.add((kind, name, number))
            else:
                weird_at.add((kind, name, number))
        read[kind] += len(lines)
    for kind, picks in plan["duplicates"].items():
        name = f"{kind}-9999.jsonl"  # sorts after -0001: the good copy stays first
        copies = [good.records[kind][i] for i in picks]
        write_input(directory / name, [dump(c) for c in copies])
        for number, copy in enumerate(copies, start=1):
            dup_at[(kind, name, number)] = pseudonym(ID_FIELD[kind], copy[ID_FIELD[kind]])
        read[kind] += len(copies)
    # Empty files of every form, and files that are no input at all.
    (directory / "transcripts-0002.jsonl").write_bytes(b"")
    (directory / "chat-0002.jsonl.gz").write_bytes(gzip.compress(b"", mtime=0))
    (directory / "telemetry-0003.jsonl").write_bytes(b"\n\n")
    (directory / "notes.txt").write_bytes(b"not an input file")
    # A truncated gzip file and a .parquet file that is not Parquet: each costs at least
    # one quarantine entry; nothing else in them is a good record.
    bad_gzip = gzip.compress(b"".join(raw + b"\n" for raw in plan["bad"]["transcripts"] or [b"{}"]) * 50, mtime=0)
    (directory / "transcripts-0003.jsonl.gz").write_bytes(bad_gzip[: len(bad_gzip) // 2])
    (directory / "telemetry-0004.parquet").write_bytes(b"PAR1 this is not parquet")
    if plan["huge"]:
        body = {
            "segment_id": "bad-huge",
            "meeting_id": "good-m-1",
            "participant_id": "good-m-1-p-ana",
            "text": "A" * HUGE,
        }
        write_input(directory / "transcripts-0004.jsonl", [dump(body)])  # no start_ms: malformed
        malformed_at.add(("transcripts", "transcripts-0004.jsonl", 1))
        read["transcripts"] += 1
    return good_at, malformed_at, weird_at, dup_at, read


def _with_extra(record, plan, rng):
    if not plan["extra_on_good"]:
        return record
    extra = {"unexpected": {"nested": [1, {"x": None}]}, "ip_address": "198.51.100.99"}
    if plan["huge"] and rng.random() < 0.05:
        extra["notes"] = "B" * HUGE  # a 10 MB unknown field on a good record is ignored
    return {**record, **extra}


@pytest.mark.slow
@settings(
    max_examples=5,
    deadline=None,
    derandomize=True,
    phases=(Phase.explicit, Phase.generate),  # each example is a pipeline run: no shrinking
    suppress_health_check=list(HealthCheck),
)
@given(plan=attacks())
def test_bad_input_is_quarantined_and_changes_no_good_decision(plan, baseline, tmp_path_factory):
    root = tmp_path_factory.mktemp("attack")
    good_at, malformed_at, weird_at, dup_at, read = _write_attack(root / "input", plan)
    policy = root / "policy.yaml"
    policy.write_text(f"limits: {{max_line_bytes: {2 * HUGE}}}\n")  # the 10 MB lines stay readable
    run = run_captured(
        run_args(root / "input", root / "output", key_file(root), "--policy", str(policy)), root / "output"
    )
    try:
        assert run.code == 0, run.stderr.decode("utf-8", "replace")[-3000:]
        audit = audit_decisions(root / "output")
        counts = manifest(root / "output")["counts"]

        for kind in AUDITED:
            c = counts[kind]
            assert c["read"] == c["emitted"] + c["excluded"] + c["quarantined"]
            assert sum(1 for k in audit if k[0] == kind) == c["read"]
            # Every line we wrote was read; the truncated gzip and the fake Parquet add entries.
            assert c["read"] >= read[kind]
        audit_rows = rows(root / "output", "audit")
        assert len(audit_rows) == len(audit), "two audit rows for one input line"

        for position, record_pseudonym in good_at.items():
            decision, reason, got_pseudonym = audit[position]
            assert got_pseudonym == record_pseudonym
            assert (decision, reason) == baseline[(position[0], record_pseudonym)], position
        for position, record_pseudonym in dup_at.items():
            assert audit[position] == ("excluded", "duplicate_record", record_pseudonym)
        for position in malformed_at:
            if position[0] in AUDITED:
                assert audit[position][:2] == ("quarantined", "malformed"), position
        for position in weird_at:
            assert audit[position][0] in ("emitted", "excluded"), position

        quarantined = {(e["kind"], e["file"], e["line"]) for e in quarantine_entries(root / "output")}
        assert malformed_at <= quarantined
        assert {k for k, v in audit.items() if v[0] == "quarantined"} <= quarantined
        assert counts["participants"]["quarantined"] == len(plan["bad"]["participants"])
        assert counts["consent"]["quarantined"] == len(plan["bad"]["consent"])
        # Extra fields never reach a training output.
        for kind in AUDITED:
            for row in rows(root / "output", kind):
                assert "198.51.100.99" not in json.dumps(row, default=str)
    finally:
        shutil.rmtree(root, ignore_errors=True)


# --- duplicates, reference data that names no one, known breakages ---------------------------


@pytest.fixture(scope="module")
def duplicates_run(tmp_path_factory):
    """Every good record twice: once in ``-0001.jsonl``, again in ``-0002.jsonl``."""
    root = tmp_path_factory.mktemp("dups")
    good = good_set()
    good.write(root / "input")
    for kind in AUDITED:
        write_input(root / "input" / f"{kind}-0002.jsonl", good.lines(kind))
    run = run_captured(run_args(root / "input", root / "output", key_file(root)), root / "output")
    assert run.code == 0, run.stderr
    return root / "output"


@pytest.mark.slow
def test_first_copy_by_file_and_line_decides_later_copies_are_duplicates(duplicates_run, baseline):
    audit = audit_decisions(duplicates_run)
    for (kind, file, _line), (decision, reason, record) in audit.items():
        if file.endswith("-0001.jsonl"):
            assert (decision, reason) == baseline[(kind, record)]
        else:
            assert (decision, reason) == ("excluded", "duplicate_record")
    for kind in AUDITED:
        training = rows(duplicates_run, kind)
        key = {"transcripts": "segment_pseudonym", "chat": "message_pseudonym", "telemetry": "event_pseudonym"}[kind]
        assert len({r[key] for r in training}) == len(training), "a duplicate reached the training set"
        assert len(training) == sum(1 for (k, _), v in baseline.items() if k == kind and v[0] == "emitted")


@pytest.mark.slow
def test_consent_lines_naming_no_one_stop_the_run_before_any_training_output(tmp_path):
    good = good_set()
    good.write(tmp_path / "input")
    lines = [
        b'{"consent_id": "x", "decision": "withdraw"',  # truncated before its subject
        dump({"subject_id": "good-u-ana", "decision": "withdraw"})[:-1] + b"\xff}",  # invalid UTF-8
        b"[" * 100_000,  # nesting too deep to read anything
    ]
    write_input(tmp_path / "input" / "consent-0002.jsonl", lines)
    data = gzip.compress(b"".join(line + b"\n" for line in good.lines("consent")) * 20, mtime=0)
    (tmp_path / "input" / "consent-0003.jsonl.gz").write_bytes(data[: len(data) // 2])
    run = run_captured(run_args(tmp_path / "input", tmp_path / "output", key_file(tmp_path)), tmp_path / "output")
    assert run.code == 1
    for position in (
        b"consent-0002.jsonl:1",
        b"consent-0002.jsonl:2",
        b"consent-0002.jsonl:3",
        b"consent-0003.jsonl.gz:",
    ):
        assert position in run.stderr, run.stderr
    for name in (*AUDITED, "audit", "manifest.json"):
        assert not (tmp_path / "output" / name).exists()


@pytest.mark.slow
def test_unreadable_consent_line_of_a_good_user_excludes_that_user(tmp_path, baseline):
    good_set().write(tmp_path / "input")
    broken = dump({"consent_id": "x", "subject_type": "user", "subject_id": "good-u-ana", "decision": "withdraw"})
    write_input(tmp_path / "input" / "consent-0002.jsonl", [broken])
    run = run_captured(run_args(tmp_path / "input", tmp_path / "output", key_file(tmp_path)), tmp_path / "output")
    assert run.code == 0, run.stderr
    telemetry = [r for r in rows(tmp_path / "output", "audit") if r["kind"] == "telemetry"]
    ana = {pseudonym("event_id", f"good-m-{m}-e-0") for m in (1, 2, 4)}
    assert {r["reason"] for r in telemetry if r["record_pseudonym"] in ana} == {"consent_unreadable"}
    assert not any(baseline[("telemetry", p)][1] == "consent_unreadable" for p in ana)


@pytest.mark.slow
def test_huge_start_ms_is_quarantined_not_fatal(tmp_path, baseline):
    good = good_set()
    good.write(tmp_path / "input")
    huge = {**good.records["transcripts"][0], "segment_id": "bad-huge-ms", "start_ms": 10**15, "end_ms": 10**15 + 1}
    write_input(tmp_path / "input" / "transcripts-0002.jsonl", [dump(huge)])
    run = run_captured(run_args(tmp_path / "input", tmp_path / "output", key_file(tmp_path)), tmp_path / "output")
    assert run.code == 0, run.stderr[-2000:]
    audit = audit_decisions(tmp_path / "output")
    assert audit[("transcripts", "transcripts-0002.jsonl", 1)][:2] == ("quarantined", "malformed")
