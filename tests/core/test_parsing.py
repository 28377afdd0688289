"""Validating input lines: every bad line becomes a quarantine entry with a reason, never an error."""

from __future__ import annotations

import json

import pytest

from meeting_privacy.core.parsing import parse_line, parse_row
from meeting_privacy.schemas.envelopes import Parsed, Rejected, Source

SOURCE = Source("transcripts-0001.jsonl", 7)
SEGMENT = {
    "segment_id": "s1",
    "meeting_id": "m1",
    "participant_id": "p1",
    "start_ms": 0,
    "end_ms": 1500,
    "text": "Hello Priya",
}


def line(**changes) -> bytes:
    record = {**SEGMENT, **changes}
    return json.dumps({k: v for k, v in record.items() if v is not ...}).encode()


def test_valid_line_parses_and_unknown_fields_are_dropped():
    result = parse_line("transcripts", line(secret_field="x", language=None), SOURCE)
    assert isinstance(result, Parsed)
    assert result.record.language == "en"
    assert "secret_field" not in result.record.model_dump()


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        pytest.param(b'{"segment_id": "s1", ', "line: json_invalid", id="broken-json"),
        pytest.param(line(text=...), "text: missing", id="missing-field"),
        pytest.param(line(start_ms="0"), "start_ms: int_type", id="mistyped"),
        pytest.param(line(start_ms=-1), "start_ms: greater_than_equal", id="negative"),
        pytest.param(line(start_ms=2000), "end_ms is before start_ms", id="ends-before-start"),
        pytest.param(line(segment_id=""), "segment_id: string_too_short", id="empty-id"),
        pytest.param(line(text=["a", "list"]), "text: string_type", id="wrong-shape"),
        pytest.param(b'{"segment_id": "s1", "text": "caf\xe9"}', "invalid UTF-8", id="invalid-utf8"),
        pytest.param(b"[1, 2, 3]", "model_type", id="not-an-object"),
        pytest.param(b"[" * 100_000 + b"]" * 100_000, "line", id="deeply-nested"),
    ],
)
def test_bad_lines_are_rejected_with_a_reason(raw, error):
    result = parse_line("transcripts", raw, SOURCE)
    assert isinstance(result, Rejected)
    assert result.reason == "malformed"
    assert error in result.error
    assert result.raw == raw


@pytest.mark.parametrize(
    "timestamp",
    ["2026-03-01T10:00:00", "2026-03-01", "1700000000", "2026-13-01T00:00:00Z", "0001-01-01T00:00:00Z", 1700000000],
)
def test_timestamps_need_rfc3339_with_a_zone(timestamp):
    chat = {
        "message_id": "c",
        "meeting_id": "m",
        "sender_participant_id": "p",
        "recipient": "everyone",
        "sent_at": timestamp,
        "text": "hi",
    }
    assert isinstance(parse_line("chat", json.dumps(chat).encode(), SOURCE), Rejected)
    chat["sent_at"] = "2026-03-01T10:00:00+02:00"
    assert isinstance(parse_line("chat", json.dumps(chat).encode(), SOURCE), Parsed)


def test_error_text_never_quotes_the_value():
    result = parse_line("transcripts", line(start_ms="Priya Sharma 555-0199"), SOURCE)
    assert "Priya" not in result.error and "555" not in result.error


def test_ids_are_salvaged_from_a_broken_line_for_fail_closed_decisions():
    raw = json.dumps({"consent_id": "c1", "subject_type": "user", "subject_id": "u9", "decision": "maybe"})
    result = parse_line("consent", raw.encode(), SOURCE)
    assert result.salvaged_value("subject_id") == "u9"
    assert result.salvaged_value("subject_type") == "user"
    assert parse_line("consent", b'{"subject_id": ', SOURCE).salvaged == ()


def test_parquet_rows_take_the_same_path_and_need_zoned_timestamps():
    from datetime import datetime, timezone

    row = {**SEGMENT}
    assert isinstance(parse_row("transcripts", row, SOURCE), Parsed)
    event = {"event_id": "e", "meeting_id": "m", "participant_id": "p", "account_id": "a", "event_type": "join"}
    assert isinstance(
        parse_row("telemetry", {**event, "occurred_at": datetime(2026, 3, 1, tzinfo=timezone.utc)}, SOURCE), Parsed
    )
    assert isinstance(parse_row("telemetry", {**event, "occurred_at": datetime(2026, 3, 1)}, SOURCE), Rejected)
    assert isinstance(parse_row("telemetry", {**event, "occurred_at": float("nan")}, SOURCE), Rejected)
