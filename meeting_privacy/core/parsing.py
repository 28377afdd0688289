"""Validating one input line against its kind's schema.

A line either becomes a :class:`Parsed` record or a :class:`Rejected` entry
for quarantine; it never raises. Error texts name fields and rules only:
pydantic's own messages quote the offending value, which may be personal
data, so they are rebuilt here from the error's location and type.
"""

from __future__ import annotations

import json
from typing import Any, Union

import pydantic

from meeting_privacy.core.consent import Reason
from meeting_privacy.schemas.envelopes import Parsed, Rejected, Source
from meeting_privacy.schemas.inputs import INPUT_MODELS

#: Ids worth reading from a broken line: they let reference data fail closed for the
#: right subject or meeting, let the audit name a broken record, and keep a room
#: with an unknown speaker out.
SALVAGE_FIELDS = (
    "meeting_id",
    "subject_id",
    "subject_type",
    "segment_id",
    "message_id",
    "event_id",
    # who spoke or wrote: under all_participants a broken line still puts them in the room
    "participant_id",
    "sender_participant_id",
    "recipient",
)
MAX_ERRORS_SHOWN = 5


def parse_line(kind: str, raw: bytes, source: Source) -> Union[Parsed, Rejected]:
    """Validates one JSON line of ``kind``."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return _rejected(kind, source, raw, f"invalid UTF-8 at byte {error.start}")
    return _validate(kind, source, raw, text)


def parse_row(kind: str, row: dict[str, Any], source: Source) -> Union[Parsed, Rejected]:
    """Validates one Parquet row, by way of the same JSON form a line would have."""
    try:
        text = json.dumps(row, default=_json_default, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as error:
        raw = repr(row).encode("utf-8", "backslashreplace")
        return _rejected(kind, source, raw, f"row cannot be expressed as JSON ({type(error).__name__})")
    return _validate(kind, source, text.encode("utf-8"), text)


def _validate(kind: str, source: Source, raw: bytes, text: str) -> Union[Parsed, Rejected]:
    model = INPUT_MODELS[kind]
    try:
        record = model.model_validate_json(text)
    except pydantic.ValidationError as error:
        return _rejected(kind, source, raw, _describe(error), text)
    except (RecursionError, ValueError) as error:  # pathological nesting
        return _rejected(kind, source, raw, f"unreadable line ({type(error).__name__})")
    return Parsed(kind, record, source, raw)


def _describe(error: pydantic.ValidationError) -> str:
    problems = []
    for item in error.errors(include_url=False, include_input=False, include_context=False):
        location = ".".join(str(part) for part in item["loc"]) or "line"
        # Our own validators' messages name rules, never values; pydantic's may quote the input.
        detail = item["msg"].removeprefix("Value error, ") if item["type"] == "value_error" else item["type"]
        problems.append(f"{location}: {detail}")
    shown = problems[:MAX_ERRORS_SHOWN]
    more = len(problems) - len(shown)
    return "; ".join(shown) + (f"; and {more} more" if more > 0 else "")


def _rejected(kind: str, source: Source, raw: bytes, error: str, text: str | None = None) -> Rejected:
    return Rejected(kind, source, raw, error, Reason.MALFORMED.value, _salvage(text))


def _salvage(text: str | None) -> tuple[tuple[str, str], ...]:
    if text is None:
        return ()
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return ()
    if not isinstance(data, dict):
        return ()
    return tuple(
        (field, data[field]) for field in SALVAGE_FIELDS if isinstance(data.get(field), str) and data[field].strip()
    )


def _json_default(value: Any) -> Any:
    isoformat = getattr(value, "isoformat", None)
    if isoformat is None:
        raise TypeError(type(value).__name__)
    text = isoformat()
    if getattr(value, "tzinfo", None) is not None and text.endswith("+00:00"):
        text = text[:-6] + "Z"
    return text
