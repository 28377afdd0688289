"""Typed output rows (contract section 4) and their explicit pyarrow schemas.

Each row type is a ``NamedTuple``; its Parquet schema is derived from the
annotations, so the two cannot drift apart. Rows travel through Beam as
tuples and are turned into dicts only at the Parquet sink.
"""

from __future__ import annotations

import datetime
import functools
import re
import typing
from typing import NamedTuple, Optional

import pyarrow as pa

from meeting_privacy.schemas import closed_forms

_TIMESTAMP = pa.timestamp("ms", tz="UTC")  # Parquet has no second unit
_ENTITY_COUNTS = pa.map_(pa.string(), pa.int64())
EntityCounts = tuple[tuple[str, int], ...]
Receipts = tuple[str, ...]

_ARROW_TYPES = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    datetime.datetime: _TIMESTAMP,
    EntityCounts: _ENTITY_COUNTS,
    Receipts: pa.list_(pa.string()),
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
    event_type: Optional[str]
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
    ``consent_receipts`` (emitted rows only) are the pseudonyms of the consent
    events (``consent_id``) the decision rests on, so that an auditor can walk
    from a training row to its grants; ``consent_subjects`` the pseudonyms of
    the people (``user_id``) whose consent it rests on, so that erasing any of
    them finds the row.
    """

    kind: str
    record_pseudonym: Optional[str]
    decision: str
    reason: str
    entities_redacted: int
    entity_counts: EntityCounts
    source_file: str
    source_line: int
    consent_receipts: Receipts = ()
    consent_subjects: Receipts = ()


def arrow_schema(row_type: type) -> pa.Schema:
    """The explicit pyarrow schema of a row type; Optional fields are nullable."""
    fields = []
    for name, hint in typing.get_type_hints(row_type).items():
        args = typing.get_args(hint)
        nullable = type(None) in args
        base = next(a for a in args if a is not type(None)) if nullable else hint
        fields.append(pa.field(name, _ARROW_TYPES[base], nullable=nullable))
    return pa.schema(fields)


#: Audited kind -> training row type: the registry (``schemas.kinds``) reads it from here, so that
#: the schemas below need no import of the registry.
TRAINING_ROWS = {"transcripts": TranscriptRow, "chat": ChatRow, "telemetry": TelemetryRow}
SCHEMAS = {kind: arrow_schema(row) for kind, row in TRAINING_ROWS.items()}
SCHEMAS["audit"] = arrow_schema(AuditRow)


class FreeText(NamedTuple):
    """A column rewritten by the de-identifier from these input fields."""

    source: tuple[str, ...]


class Pseudonym(NamedTuple):
    """A column holding a keyed pseudonym (lower-case hex HMAC-SHA256) of this input field's value."""

    source: tuple[str, ...]


class ClosedForm(NamedTuple):
    """A column copied from an input field only in the canonical form ``normalise`` returns.

    The input model applies ``normalise`` when a line is read; a value that is
    not of the form is nulled there and counted in the manifest.
    """

    source: tuple[str, ...]
    normalise: closed_forms.Normaliser


StringRule = FreeText | Pseudonym | ClosedForm

#: The one rule for every string column of every training set: nothing else reaches one.
#: A test checks that each string column of each row type has exactly one rule here.
STRING_COLUMNS: dict[str, dict[str, StringRule]] = {
    "transcripts": {
        "segment_pseudonym": Pseudonym(("segment_id",)),
        "meeting_pseudonym": Pseudonym(("meeting_id",)),
        "speaker_pseudonym": Pseudonym(("user_id",)),
        "language": ClosedForm(("language",), closed_forms.language_tag),
        "text": FreeText(("text",)),
    },
    "chat": {
        "message_pseudonym": Pseudonym(("message_id",)),
        "meeting_pseudonym": Pseudonym(("meeting_id",)),
        "sender_pseudonym": Pseudonym(("user_id",)),
        "text": FreeText(("text",)),
    },
    "telemetry": {
        "event_pseudonym": Pseudonym(("event_id",)),
        "meeting_pseudonym": Pseudonym(("meeting_id",)),
        "user_pseudonym": Pseudonym(("user_id",)),
        "account_pseudonym": Pseudonym(("account_id",)),
        "event_type": ClosedForm(("event_type",), closed_forms.event_type),
        "os": ClosedForm(("client", "os"), closed_forms.os_name),
        "app_version": ClosedForm(("client", "app_version"), closed_forms.app_version),
        "device_pseudonym": Pseudonym(("client", "device_id")),
        "device_name": FreeText(("client", "device_name")),
        "country": ClosedForm(("geo", "country"), closed_forms.country_code),
        "message": FreeText(("message",)),
    },
}

_PSEUDONYM = re.compile(r"[0-9a-f]{64}")


class ColumnRuleError(ValueError):
    """A training row holds a string its column's rule does not allow (the message names the column)."""


def check_row(kind: str, row: NamedTuple) -> None:
    """Refuses a row whose string columns break their rule: the last gate before a training set.

    Free text is trusted here (the de-identifier wrote it); pseudonyms must be
    hex digests; closed forms must already be in their canonical form.
    """
    for column, rule in STRING_COLUMNS[kind].items():
        value = getattr(row, column)
        if value is None or isinstance(rule, FreeText):
            continue
        ok = _PSEUDONYM.fullmatch(value) if isinstance(rule, Pseudonym) else rule.normalise(value) == value
        if not ok:
            raise ColumnRuleError(f"{kind}.{column}: value breaks the column's rule")


@functools.cache
def closed_form_fields(input_kind: str) -> tuple[tuple[tuple[str, ...], closed_forms.Normaliser], ...]:
    """The input fields of a kind that reach a training set as closed forms: ``(path, normaliser)`` pairs."""
    rules = STRING_COLUMNS.get(input_kind, {}).values()
    return tuple((rule.source, rule.normalise) for rule in rules if isinstance(rule, ClosedForm))


def row_to_dict(row: NamedTuple) -> dict:
    """A row as the dict ``WriteToParquet`` expects (map columns as key/value pairs)."""
    return {name: list(value) if isinstance(value, tuple) else value for name, value in row._asdict().items()}
