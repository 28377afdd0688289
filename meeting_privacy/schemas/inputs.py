"""Typed input records (contract section 1), validated with pydantic.

One model per input kind. Validation is strict: wrong types are not coerced,
timestamps must carry a zone, ids must be non-empty, enums are closed.
Unknown fields are dropped (``extra="ignore"``) so they can never reach an
output.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, ClassVar, Literal, Optional, Union

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from meeting_privacy.schemas.outputs import closed_form_fields

_RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})")


def parse_rfc3339(value: object) -> datetime:
    """Parses RFC 3339 text; ``datetime`` objects (records built in Python) pass through.

    pydantic alone also takes "1700000000" or "2026-03-01": the contract allows RFC 3339 only.
    """
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not _RFC3339.fullmatch(value):
        raise ValueError("timestamp must be an RFC 3339 string with a zone")
    return datetime.fromisoformat(value[:19] + value[19:].upper().replace("Z", "+00:00"))


def _in_range(value):
    if not 1970 <= value.year <= 2100:
        raise ValueError("timestamp out of range")
    return value


Timestamp = Annotated[AwareDatetime, BeforeValidator(parse_rfc3339), AfterValidator(_in_range)]

Id = Annotated[str, StringConstraints(min_length=1, max_length=512)]
Country = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
#: Offsets into a meeting: at most a year, so that joined_at + start_ms is always a valid time.
Offset = Annotated[int, Field(ge=0, le=366 * 24 * 3600 * 1000)]
Number = Annotated[float, Field(allow_inf_nan=False)]  # ranges are not ours to police


class _Record(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, strict=True)


class _InputRecord(_Record):
    """One line of an input kind (``KIND``)."""

    KIND: ClassVar[str]
    #: The closed-form fields nulled when the line was read (set here, whatever the input says).
    nulled_fields: tuple[str, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _closed_forms(cls, data):
        return _close_fields(data, cls.KIND)


def _close_fields(data: object, kind: str) -> object:
    """Puts the kind's closed-form fields in canonical form, nulling values not of the form.

    The paths of the nulled fields are kept in ``nulled_fields`` (whatever the
    input said there) so that the manifest can count them. Values that are not
    strings are left for validation to reject.
    """
    if not isinstance(data, dict):
        return data
    data, nulled = dict(data), []
    for path, normalise in closed_form_fields(kind):
        parent = data
        for part in path[:-1]:
            child = parent.get(part)
            if not isinstance(child, dict):
                break
            parent[part] = parent = dict(child)
        else:
            value = parent.get(path[-1])
            if isinstance(value, str):
                parent[path[-1]] = normalise(value)
                if parent[path[-1]] is None:
                    nulled.append(".".join(path))
    data["nulled_fields"] = tuple(nulled)
    return data


class Participant(_InputRecord):
    """One person's presence in one meeting (a roster entry)."""

    KIND = "participants"

    meeting_id: Id
    participant_id: Id
    user_id: Optional[Id] = None
    account_id: Id
    display_name: str
    email: Optional[str] = None
    role: Literal["host", "co_host", "attendee", "guest"]
    country: Optional[Country] = None
    joined_at: Timestamp
    left_at: Optional[Timestamp] = None


class Meeting(_InputRecord):
    """A meeting's own description (optional input): its title and agenda.

    Never copied to an output. Their words, less any that name someone, may
    be allow-listed in that meeting only (contract section 3).
    """

    KIND = "meetings"

    meeting_id: Id
    title: Optional[str] = None
    agenda: Optional[str] = None


class ConsentEvent(_InputRecord):
    """One event of the append-only consent ledger."""

    KIND = "consent"

    consent_id: Id
    subject_type: Literal["user", "account"]
    subject_id: Id
    purpose: Id
    data_category: Literal["content", "telemetry", "all"]
    decision: Literal["grant", "deny", "withdraw"]
    recorded_at: Timestamp
    source: Literal["user", "admin"]


class Client(_Record):
    os: Optional[str] = None
    app_version: Optional[str] = None
    device_name: Optional[str] = None
    device_id: Optional[Id] = None


class Network(_Record):
    ip_address: Optional[str] = None
    rtt_ms: Optional[Number] = None
    jitter_ms: Optional[Number] = None
    packet_loss_pct: Optional[Number] = None
    bitrate_kbps: Optional[Number] = None


class Geo(_Record):
    country: Optional[Country] = None
    region: Optional[str] = None
    city: Optional[str] = None


class TelemetryEvent(_InputRecord):
    """One service-generated event."""

    KIND = "telemetry"

    event_id: Id
    meeting_id: Id
    participant_id: Id
    user_id: Optional[Id] = None
    account_id: Id
    event_type: Optional[Id]  # null when not of the closed form (schemas.closed_forms.event_type)
    occurred_at: Timestamp
    client: Optional[Client] = None
    network: Optional[Network] = None
    geo: Optional[Geo] = None
    message: Optional[str] = None


class TranscriptSegment(_InputRecord):
    """One speech-to-text segment."""

    KIND = "transcripts"

    segment_id: Id
    meeting_id: Id
    participant_id: Id
    start_ms: Offset
    end_ms: Offset
    text: str
    #: A BCP 47 tag in canonical form (``en-GB``); null when the input's was not one,
    #: which keeps the segment out (``unsupported_language``).
    language: Optional[str] = "en"
    asr_confidence: Optional[Number] = None

    @model_validator(mode="before")
    @classmethod
    def _default_language(cls, data):
        # An explicit null means "not given": the contract's default applies.
        if isinstance(data, dict) and data.get("language") is None:
            data = {**data, "language": "en"}
        return data

    @model_validator(mode="after")
    def _ends_after_start(self):
        if self.end_ms < self.start_ms:
            raise ValueError("end_ms is before start_ms")
        return self


class ChatMessage(_InputRecord):
    """One chat message; ``recipient`` is ``everyone`` or a participant_id."""

    KIND = "chat"

    message_id: Id
    meeting_id: Id
    sender_participant_id: Id
    recipient: Id
    sent_at: Timestamp
    text: str

    @property
    def is_private(self) -> bool:
        return self.recipient != "everyone"


InputRecord = Union[Participant, ConsentEvent, TelemetryEvent, TranscriptSegment, ChatMessage]
