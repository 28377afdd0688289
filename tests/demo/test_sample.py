"""The embedded sample: deterministic, parseable, and a complete oracle.

The end-to-end test compares the pipeline's audit with ``SampleInfo``; these
tests make sure the oracle itself is sound: one entry per record written, no
stray ids, counts that add up, and every consent situation present. The
validator below is deliberately small and independent of the pipeline's
schemas, so that a sample line meant to be malformed cannot pass silently
because both sides share a bug.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from meeting_privacy.demo import FILES, MEETINGS, PEOPLE, SampleInfo, write_sample

CONTRACT_REASONS = {
    "emitted",
    "no_consent",
    "consent_withdrawn",
    "not_consented_at_capture",
    "account_opt_out",
    "guest_participant",
    "unknown_participant",
    "participant_without_consent",
    "private_chat",
    "consent_unreadable",
    "roster_unreadable",
    "malformed",
    "deidentification_failed",
}
ALLOWED_REASONS = CONTRACT_REASONS | {"duplicate_record", "unsupported_language"}
CONTENT_KINDS = ("transcripts", "chat", "telemetry")
ID_FIELD = {"transcripts": "segment_id", "chat": "message_id", "telemetry": "event_id"}
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")

# kind -> {field: (type, required)}; "ts" marks an RFC 3339 timestamp.
SCHEMA: dict[str, dict[str, tuple[Any, bool]]] = {
    "participants": {
        "meeting_id": (str, True),
        "participant_id": (str, True),
        "user_id": (str, False),
        "account_id": (str, True),
        "display_name": (str, True),
        "email": (str, False),
        "role": ({"host", "co_host", "attendee", "guest"}, True),
        "country": (str, False),
        "joined_at": ("ts", True),
        "left_at": ("ts", False),
    },
    "consent": {
        "consent_id": (str, True),
        "subject_type": ({"user", "account"}, True),
        "subject_id": (str, True),
        "purpose": (str, True),
        "data_category": ({"content", "telemetry", "all"}, True),
        "decision": ({"grant", "deny", "withdraw"}, True),
        "recorded_at": ("ts", True),
        "source": ({"user", "admin"}, True),
    },
    "telemetry": {
        "event_id": (str, True),
        "meeting_id": (str, True),
        "participant_id": (str, True),
        "user_id": (str, False),
        "account_id": (str, True),
        "event_type": (str, True),
        "occurred_at": ("ts", True),
        "client": (dict, False),
        "network": (dict, False),
        "geo": (dict, False),
        "message": (str, False),
    },
    "transcripts": {
        "segment_id": (str, True),
        "meeting_id": (str, True),
        "participant_id": (str, True),
        "start_ms": (int, True),
        "end_ms": (int, True),
        "text": (str, True),
        "language": (str, False),
        "asr_confidence": (float, False),
    },
    "chat": {
        "message_id": (str, True),
        "meeting_id": (str, True),
        "sender_participant_id": (str, True),
        "recipient": (str, True),
        "sent_at": ("ts", True),
        "text": (str, True),
    },
}


def _valid(kind: str, record: Any) -> bool:
    """True when ``record`` follows contract section 1 for ``kind``."""
    if not isinstance(record, dict):
        return False
    for name, (expected, required) in SCHEMA[kind].items():
        value = record.get(name)
        if value is None:
            if required:
                return False
            continue
        if expected == "ts":
            if not isinstance(value, str) or not RFC3339.match(value):
                return False
        elif isinstance(expected, set):
            if value not in expected:
                return False
        elif expected is int:
            if isinstance(value, bool) or not isinstance(value, int):
                return False
        elif not isinstance(value, expected):
            return False
        if isinstance(value, str) and name.endswith("_id") and not value.strip():
            return False
    return True


def _records(directory: Path, name: str) -> Iterator[tuple[int, bytes | None, Any]]:
    """(line number, raw bytes or None for Parquet, parsed record or None)."""
    path = directory / name
    if name.endswith(".parquet"):
        for number, row in enumerate(pq.read_table(path).to_pylist(), start=1):
            yield number, None, row
        return
    data = path.read_bytes()
    if name.endswith(".gz"):
        data = gzip.decompress(data)
    assert data.endswith(b"\n")
    for number, raw in enumerate(data.split(b"\n")[:-1], start=1):
        try:
            record = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            record = None
        yield number, raw, record


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, SampleInfo]:
    directory = tmp_path_factory.mktemp("sample")
    return directory, write_sample(directory)


def test_same_bytes_on_every_call(tmp_path: Path, written: tuple[Path, SampleInfo]) -> None:
    first_dir, first = written
    second = write_sample(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(FILES)
    for name in FILES:
        assert (first_dir / name).read_bytes() == (tmp_path / name).read_bytes(), name
    assert first.rows == second.rows
    assert dict(first.expected) == dict(second.expected)


def test_files_and_kinds(written: tuple[Path, SampleInfo]) -> None:
    directory, info = written
    assert info.files == FILES
    assert info.as_of == "2026-06-30T00:00:00Z"
    assert (directory / "consent-0002.jsonl.gz").read_bytes()[:2] == b"\x1f\x8b"
    assert (directory / "transcripts-0002.jsonl.gz").read_bytes()[:2] == b"\x1f\x8b"
    assert pq.read_table(directory / "telemetry-0002.parquet").num_rows > 0


def test_reference_lines_are_valid_except_the_two_intended(written: tuple[Path, SampleInfo]) -> None:
    directory, info = written
    broken: list[tuple[str, dict[str, Any]]] = []
    for name in ("participants-0001.jsonl", "consent-0001.jsonl", "consent-0002.jsonl.gz"):
        kind = name.split("-")[0]
        for _, _, record in _records(directory, name):
            assert isinstance(record, dict), "reference lines must stay attributable"
            if not _valid(kind, record):
                broken.append((kind, record))
    # One roster line with a readable meeting_id, one consent line with a
    # readable subject_id; never an unattributable one (that stops the run).
    assert [kind for kind, _ in broken] == ["participants", "consent"]
    assert broken[0][1]["meeting_id"] == "mtg-12-launch-readiness"
    assert broken[1][1]["subject_id"] == PEOPLE["victor"].user_id
    assert info.reference_counts["participants"] == sum(1 for _ in _records(directory, "participants-0001.jsonl"))


def test_every_record_has_one_expected_outcome(written: tuple[Path, SampleInfo]) -> None:
    directory, info = written
    by_location = {(row.file, row.line): row for row in info.rows}
    assert len(by_location) == len(info.rows)
    seen: list[tuple[str, str]] = []
    for name in info.files:
        kind = name.split("-")[0]
        if kind not in CONTENT_KINDS:
            continue
        for number, _, record in _records(directory, name):
            row = by_location.pop((name, number))
            assert row.kind == kind
            valid = _valid(kind, record)
            assert valid == (row.decision != "quarantined"), (name, number)
            record_id = record.get(ID_FIELD[kind]) if isinstance(record, dict) else None
            if record_id is None:
                assert row.record_id == f"{name}:{number}"
            else:
                assert row.record_id == record_id
            seen.append((kind, row.record_id))
    assert not by_location, "rows without a line"
    assert set(seen) == set(info.expected)
    duplicated = {key for key, n in Counter(seen).items() if n > 1}
    assert duplicated == set(info.duplicates)


def test_counts_add_up(written: tuple[Path, SampleInfo]) -> None:
    _, info = written
    for kind in CONTENT_KINDS:
        rows = [row for row in info.rows if row.kind == kind]
        assert info.counts[kind] == len(rows)
        decisions = Counter(row.decision for row in rows)
        assert sum(decisions.values()) == info.counts[kind]
        extra = sum(len(v) for (k, _), v in info.duplicates.items() if k == kind)
        assert sum(1 for k, _ in info.expected if k == kind) + extra == info.counts[kind]
    assert 150 <= info.counts["transcripts"] <= 500
    assert 8 <= len(MEETINGS) <= 12


def test_reasons_and_decisions(written: tuple[Path, SampleInfo]) -> None:
    _, info = written
    for row in info.rows:
        assert row.reason in ALLOWED_REASONS
        if row.reason == "emitted":
            assert row.decision == "emitted"
        elif row.reason == "malformed":
            assert row.decision == "quarantined"
        else:
            assert row.decision == "excluded"


def test_every_situation_is_present(written: tuple[Path, SampleInfo]) -> None:
    _, info = written
    used = {(row.kind, row.reason) for row in info.rows}
    for reason in ALLOWED_REASONS - {"deidentification_failed", "duplicate_record", "unsupported_language"}:
        assert any(r == reason for _, r in used), reason
    assert ("transcripts", "duplicate_record") in used
    assert ("transcripts", "unsupported_language") in used
    assert ("chat", "private_chat") in used
    assert ("telemetry", "guest_participant") in used
    assert ("telemetry", "unknown_participant") in used
    malformed = [row for row in info.rows if row.reason == "malformed"]
    assert 3 <= len(malformed) <= 6
    assert {row.kind for row in malformed} == set(CONTENT_KINDS)


def test_declared_outcomes_are_consistent() -> None:
    """A meeting declared clean has only usable people; a blocked one has a reason."""
    for meeting in MEETINGS:
        own = {PEOPLE[key].content for key in meeting.roster}
        if meeting.content == "emitted":
            assert own == {"emitted"} and not meeting.off_roster, meeting.slug
        elif meeting.content == "participant_without_consent":
            assert own != {"emitted"} or meeting.off_roster, meeting.slug
        else:
            assert meeting.content == "roster_unreadable" and meeting.bad_roster_line
        for key in meeting.off_roster:
            assert key not in meeting.roster
    for person in PEOPLE.values():
        assert {person.content, person.telemetry} <= ALLOWED_REASONS
        assert (person.user_id is None) == (person.content == "guest_participant")


def test_sample_uses_fictional_data_only(written: tuple[Path, SampleInfo]) -> None:
    directory, _ = written
    text = b"".join(
        raw for name in FILES if not name.endswith(".parquet") for _, raw, _ in _records(directory, name) if raw
    ).decode("utf-8", "replace")
    domains = set(re.findall(r"@([\w.-]+)", text)) | set(re.findall(r"https://([\w.-]+)", text))
    assert domains and all(d.rstrip(".").endswith(("example.com", "example.org")) for d in domains), domains
    assert all(ts.startswith("2026-") for ts in re.findall(r'"(?:joined_at|sent_at|occurred_at)": "([^"]+)"', text))
