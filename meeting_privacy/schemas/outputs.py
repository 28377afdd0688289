"""Typed output rows (contract section 4) and their explicit pyarrow schemas.

Each row type is a ``NamedTuple``; its Parquet schema is derived from the
annotations, so the two cannot drift apart. Rows travel through Beam as
tuples and are turned into dicts only at the Parquet sink.
"""

from __future__ import annotations

import datetime
import typing
from typing import NamedTuple, Optional

import pyarrow as pa

_TIMESTAMP = pa.timestamp("ms", tz="UTC")  # Parquet has no second unit
_ENTITY_COUNTS = pa.map_(pa.string(), pa.int64())
EntityCounts = tuple[tuple[str, int], ...]

_ARROW_TYPES = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    datetime.datetime: _TIMESTAMP,
    EntityCounts: _ENTITY_COUNTS,
}


class TranscriptRow(NamedTuple):
    segment_pseudonym: str
    meeting_pseudonym: str
    speaker_pseudonym: str
    start_ms: int
    end_ms: int
    language: str
    text: str


class ChatRow(NamedTuple):
    message_pseudonym: str
    meeting_pseudonym: str
    sender_pseudonym: str
    sent_hour: datetime.datetime
    text: str


class TelemetryRow(NamedTuple):
    event_pseudonym: str
    meeting_pseudonym: str
    user_pseudonym: str
    account_pseudonym: str
    event_type: str
    occurred_hour: datetime.datetime
    os: Optional[str]
    app_version: Optional[str]
    device_pseudonym: Optional[str]
    device_name: Optional[str]
    rtt_ms: Optional[float]
    jitter_ms: Optional[float]
    packet_loss_pct: Optional[float]
    bitrate_kbps: Optional[float]
    country: Optional[str]
    message: Optional[str]


class AuditRow(NamedTuple):
    """One row per transcripts, chat or telemetry input record.

    ``record_pseudonym`` is null only when the record's id could not be read
    (a malformed line); ``source_line`` then leads to its quarantine entry.
    """

    kind: str
    record_pseudonym: Optional[str]
    decision: str
    reason: str
    entities_redacted: int
    entity_counts: EntityCounts
    source_file: str
    source_line: int


def arrow_schema(row_type: type) -> pa.Schema:
    """The explicit pyarrow schema of a row type; Optional fields are nullable."""
    fields = []
    for name, hint in typing.get_type_hints(row_type).items():
        args = typing.get_args(hint)
        nullable = type(None) in args
        base = next(a for a in args if a is not type(None)) if nullable else hint
        fields.append(pa.field(name, _ARROW_TYPES[base], nullable=nullable))
    return pa.schema(fields)


#: Training-set kind -> row type.
TRAINING_ROWS = {"transcripts": TranscriptRow, "chat": ChatRow, "telemetry": TelemetryRow}
SCHEMAS = {kind: arrow_schema(row) for kind, row in TRAINING_ROWS.items()}
SCHEMAS["audit"] = arrow_schema(AuditRow)


def row_to_dict(row: NamedTuple) -> dict:
    """A row as the dict ``WriteToParquet`` expects (map columns as key/value pairs)."""
    return {name: list(value) if isinstance(value, tuple) else value for name, value in row._asdict().items()}
