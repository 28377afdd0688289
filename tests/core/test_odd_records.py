"""Odd but legitimate, or hostile, records: repeated JSON keys and Parquet columns JSON cannot carry.

A JSON object that repeats a key is malformed at any depth (pydantic alone
keeps the last value). Parquet rows are validated as they are, in pydantic's
Python mode, as strictly as JSON lines: a column the contract does not name
is ignored whatever its type.
"""

from __future__ import annotations

import io
import json
from datetime import date, datetime, timezone
from decimal import Decimal

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from meeting_privacy.core.input_files import describe, read_records
from meeting_privacy.core.parsing import parse_line, parse_row
from meeting_privacy.schemas.envelopes import Parsed, Rejected, Source

SOURCE = Source("consent-0001.jsonl", 1)
CONSENT = {
    "consent_id": "c1",
    "subject_type": "user",
    "subject_id": "u1",
    "purpose": "ai_training",
    "data_category": "all",
    "decision": "withdraw",
    "recorded_at": "2026-05-01T00:00:00Z",
    "source": "user",
}
EVENT = {
    "event_id": "e1",
    "meeting_id": "m1",
    "participant_id": "p1",
    "account_id": "a1",
    "event_type": "join",
    "occurred_at": "2026-03-01T10:00:00Z",
}


def with_repeat(record: dict, key: str, value) -> bytes:
    """The record as JSON with ``key`` given once more at the end."""
    return (
        json.dumps(record).encode()[:-1] + b", " + json.dumps(key).encode() + b": " + json.dumps(value).encode() + b"}"
    )


# --- repeated keys -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "raw"),
    [
        pytest.param("consent", with_repeat(CONSENT, "decision", "grant"), id="top-level"),
        pytest.param("consent", with_repeat(CONSENT, "decision", "withdraw"), id="same-value-twice"),
        pytest.param(
            "telemetry",
            json.dumps({**EVENT, "client": {"os": "macOS"}}).encode().replace(b'"os"', b'"os": "iOS", "os"'),
            id="nested",
        ),
        pytest.param(
            "telemetry",
            json.dumps({**EVENT, "x": [{"a": {"b": 1}}]}).encode().replace(b'"b"', b'"b": 0, "b"'),
            id="deep-in-an-unknown-field",
        ),
    ],
)
def test_an_object_repeating_a_key_is_malformed_at_any_depth(kind, raw):
    result = parse_line(kind, raw, SOURCE)
    assert isinstance(result, Rejected) and result.reason == "malformed"
    assert result.error == "line: an object repeats a key"


def test_a_consent_line_repeating_its_decision_keeps_its_subject_for_fail_closed():
    result = parse_line("consent", with_repeat(CONSENT, "decision", "grant"), SOURCE)
    assert result.salvaged_value("subject_id") == "u1" and result.salvaged_value("subject_type") == "user"


def test_an_id_given_twice_with_two_values_is_not_salvaged():
    # Either subject might be the one the line is about: neither is named, so the run stops.
    result = parse_line("consent", with_repeat(CONSENT, "subject_id", "u2"), SOURCE)
    assert result.salvaged_value("subject_id") is None
    assert parse_line("consent", with_repeat(CONSENT, "subject_id", "u1"), SOURCE).salvaged_value("subject_id") == "u1"


# --- Parquet rows --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "extra",
    [b"\x00\xffbinary", Decimal("12.50"), float("nan"), float("inf"), date(2026, 3, 1), {"nested": b"\x01"}],
    ids=["binary", "decimal", "nan", "inf", "date", "struct-with-binary"],
)
def test_an_unknown_column_of_any_type_is_ignored(extra):
    result = parse_row("consent", {**CONSENT, "export_meta": extra}, SOURCE)
    assert isinstance(result, Parsed) and result.record.decision == "withdraw"
    assert b"export_meta" in result.raw  # the quarantine copy still shows the whole row


def test_a_broken_row_keeps_its_ids_for_fail_closed_and_a_raw_copy():
    row = {**CONSENT, "decision": None, "blob": b"\x00\xff", "amount": Decimal("1.5")}
    result = parse_row("consent", row, SOURCE)
    assert isinstance(result, Rejected) and result.error == "decision: literal_error"
    assert result.salvaged_value("subject_id") == "u1"
    raw = json.loads(result.raw)
    assert raw["subject_id"] == "u1" and raw["blob"] == repr(b"\x00\xff") and raw["amount"] == "Decimal('1.5')"


ZONED = datetime(2026, 3, 1, 10, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("occurred_at", "2026-03-01T10:00:00Z"),
        ("occurred_at", "2026-03-01T10:00:00"),
        ("occurred_at", "2026-03-01"),
        ("occurred_at", "1700000000"),
        ("occurred_at", 1700000000),
        ("event_id", 42),
        ("event_id", ""),
        ("network", {"rtt_ms": "40"}),
        ("network", {"rtt_ms": 40}),
        ("network", {"rtt_ms": True}),
        ("user_id", None),
        ("client", ["os"]),
        ("geo", {"country": "us"}),
    ],
)
def test_rows_are_as_strict_as_lines(field, value):
    record = {**EVENT, field: value}
    line = parse_line("telemetry", json.dumps(record).encode(), SOURCE)
    row = parse_row("telemetry", record, SOURCE)
    assert type(row) is type(line)
    if isinstance(line, Rejected):
        assert row.error == line.error


@pytest.mark.parametrize(
    ("value", "parsed"),
    [(ZONED, True), (ZONED.replace(tzinfo=None), False), (date(2026, 3, 1), False), (Decimal(1700000000), False)],
    ids=["zoned", "naive", "date", "decimal"],
)
def test_row_timestamps_are_zoned_datetimes_or_rfc3339_strings(value, parsed):
    assert isinstance(parse_row("telemetry", {**EVENT, "occurred_at": value}, SOURCE), Parsed) is parsed


def test_a_parquet_file_with_odd_columns_reads_every_row(tmp_path):
    rows = [{**EVENT, "event_id": f"e{i}", "occurred_at": ZONED} for i in range(3)]
    table = pa.Table.from_pylist(rows)
    table = table.append_column("payload", pa.array([b"\x00", b"\xff", None], pa.binary()))
    table = table.append_column("price", pa.array([Decimal("1.10"), None, Decimal("3")], pa.decimal128(6, 2)))
    table = table.append_column("ratio", pa.array([float("nan"), 1.0, float("-inf")]))
    sink = io.BytesIO()
    pq.write_table(table, sink)
    records = list(read_records(describe("telemetry-0002.parquet", ""), lambda: io.BytesIO(sink.getvalue())))
    assert [type(r) for r in records] == [Parsed] * 3
    assert [r.record.occurred_at for r in records] == [ZONED] * 3
