"""Validating one input line (or Parquet row) against its kind's schema.

A line either becomes a :class:`Parsed` record or a :class:`Rejected` entry
for quarantine; it never raises. Error texts name fields and rules only:
pydantic's own messages quote the offending value, which may be personal
data, so they are rebuilt here from the error's location and type.
"""

from __future__ import annotations

import json
from typing import Any, Optional, Union

import pydantic

from meeting_privacy.core.outcomes import Reason
from meeting_privacy.schemas.envelopes import Parsed, Rejected, Source
from meeting_privacy.schemas.kinds import INPUT_MODELS

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
    """Validates one JSON line of ``kind``; an object repeating a key is malformed.

    pydantic would keep the last of two values silently, and a consent line
    saying both ``withdraw`` and ``grant`` must not be read as either.
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return _rejected(kind, source, raw, f"invalid UTF-8 at byte {error.start}")
    data, repeated = _decode(text)
    if repeated:
        return _rejected(kind, source, raw, "line: an object repeats a key", data)
    return _validate(kind, source, raw, lambda model: model.model_validate_json(text), data)


def parse_row(
    kind: str, row: dict[str, Any], source: Source, max_bytes: Optional[int] = None
) -> Union[Parsed, Rejected]:
    """Validates one Parquet row (or any dict) as it is, in pydantic's Python mode.

    No round trip through JSON, so that a column JSON cannot carry (binary,
    decimal, NaN) that the contract does not name is ignored like any
    unknown field. Strictness matches :func:`parse_line`: no coercion,
    timestamps are zoned ``datetime`` values or RFC 3339 strings. A row
    longer than ``max_bytes`` as JSON is malformed, as a JSON line would be
    (``limits.max_line_bytes``).
    """
    raw = _raw_row(row)
    if max_bytes is not None and len(raw) > max_bytes:
        return _rejected(kind, source, raw, f"row: longer than {max_bytes} bytes as JSON (limits.max_line_bytes)", row)
    return _validate(kind, source, raw, lambda model: model.model_validate(row), row)


def _validate(kind: str, source: Source, raw: bytes, validate, data: Any) -> Union[Parsed, Rejected]:
    try:
        record = validate(INPUT_MODELS[kind])
    except pydantic.ValidationError as error:
        return _rejected(kind, source, raw, _describe(error), data)
    except (RecursionError, ValueError) as error:  # pathological nesting
        return _rejected(kind, source, raw, f"unreadable line ({type(error).__name__})", data)
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


def _rejected(kind: str, source: Source, raw: bytes, error: str, data: Any = None) -> Rejected:
    return Rejected(kind, source, raw, error, Reason.MALFORMED.value, _salvage(data))


def _salvage(data: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(data, dict):
        return ()
    return tuple(
        (field, data[field]) for field in SALVAGE_FIELDS if isinstance(data.get(field), str) and data[field].strip()
    )


#: Stands for a key given twice with different values: salvage must pick neither.
_AMBIGUOUS = object()


def _decode(text: str) -> tuple[Any, bool]:
    """The JSON value of a line (None if unreadable) and whether any object in it repeats a key."""
    repeated = False

    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal repeated
        obj: dict[str, Any] = {}
        for key, value in pairs:
            if key in obj:
                repeated = True
                value = value if obj[key] == value else _AMBIGUOUS
            obj[key] = value
        return obj

    try:
        return json.loads(text, object_pairs_hook=pairs_hook), repeated
    except (RecursionError, ValueError):
        return None, False  # not JSON at all: validation says so


def _raw_row(row: dict[str, Any]) -> bytes:
    """The row as JSON, for the quarantine copy only (never parsed again), whatever its values."""
    try:
        text = json.dumps(row, default=_raw_default, ensure_ascii=False)
    except (TypeError, ValueError):  # keys JSON cannot name
        text = repr(row)
    return text.encode("utf-8", "backslashreplace")


def _raw_default(value: Any) -> Any:
    isoformat = getattr(value, "isoformat", None)
    if isoformat is None:
        return repr(value)  # bytes, Decimal, ...: shown with their type
    text = isoformat()
    if getattr(value, "tzinfo", None) is not None and text.endswith("+00:00"):
        text = text[:-6] + "Z"
    return text
