"""Turning one meeting's consented records into training rows (contract section 3).

For each meeting: redact every free-text field of its emitted records in one
batch (so placeholders are numbered per meeting, in meeting order), replace
identifiers by keyed pseudonyms, coarsen timestamps, drop what must never
leave (IP address, display name, email, region, city), and write one audit
row per record. A record whose redaction fails goes to quarantine instead.
"""

from __future__ import annotations

import collections
from datetime import datetime, timezone
from typing import Callable, Iterator, Mapping, NamedTuple, Optional, Sequence, Union

from meeting_privacy.core.consent import NO_RECEIPT, MeetingDecisions, Receipt
from meeting_privacy.core.detection import Roster, repeat_names_across
from meeting_privacy.core.outcomes import Reason, decision_of
from meeting_privacy.core.pseudonyms import Pseudonymizer
from meeting_privacy.core.redactor import Placeholders, Redactor
from meeting_privacy.schemas.envelopes import Parsed, Rejected, Source
from meeting_privacy.schemas.kinds import KINDS
from meeting_privacy.schemas.outputs import AuditRow, ChatRow, TelemetryRow, TranscriptRow, check_row

TrainingRow = Union[TranscriptRow, ChatRow, TelemetryRow]


class Output(NamedTuple):
    """One result of de-identifying a meeting: ``tag`` is a training kind, ``audit`` or ``quarantine``."""

    tag: str
    value: Union[TrainingRow, AuditRow, Rejected]


def coarsen(moment: datetime, granularity: str) -> datetime:
    """Truncates a timestamp to the hour or the day, in UTC."""
    moment = moment.astimezone(timezone.utc).replace(minute=0, second=0, microsecond=0)
    return moment.replace(hour=0) if granularity == "day" else moment


def free_text(parsed: Parsed) -> list[Optional[str]]:
    """The fields of a record that go through Presidio, in its kind's column order."""
    values = []
    for path in KINDS[parsed.kind].free_text:
        value = parsed.record
        for part in path:
            value = getattr(value, part) if value is not None else None
        values.append(value)
    return values


def audit_row(
    parsed_or_rejected: Union[Parsed, Rejected],
    reason: str,
    pseudonymize: Pseudonymizer,
    entity_counts: Optional[collections.Counter] = None,
    receipt: Receipt = NO_RECEIPT,
) -> AuditRow:
    """The audit row of any transcripts, chat or telemetry record, valid or not."""
    kind = parsed_or_rejected.kind
    field = KINDS[kind].id_field
    if isinstance(parsed_or_rejected, Parsed):
        record_id = getattr(parsed_or_rejected.record, field)
    else:
        record_id = parsed_or_rejected.salvaged_value(field)
    source: Source = parsed_or_rejected.source
    entity_counts = entity_counts or collections.Counter()
    return AuditRow(
        kind=kind,
        record_pseudonym=pseudonymize.optional(field, record_id),
        decision=decision_of(reason),
        reason=str(reason),
        entities_redacted=sum(entity_counts.values()),
        entity_counts=tuple(sorted(entity_counts.items())),
        source_file=source.file,
        source_line=source.line,
        consent_receipts=tuple(sorted(pseudonymize("consent_id", i) for i in receipt.consents)),
        consent_subjects=tuple(sorted(pseudonymize("user_id", i) for i in receipt.users)),
    )


def deidentify_meeting(
    meeting: MeetingDecisions,
    redactor: Redactor,
    pseudonymize: Pseudonymizer,
    time_granularity: str,
) -> Iterator[Output]:
    """Training rows, audit rows and quarantine entries for one meeting's records."""
    return deidentify_meetings([meeting], redactor, pseudonymize, time_granularity)


def deidentify_meetings(
    meetings: Sequence[MeetingDecisions],
    redactor: Redactor,
    pseudonymize: Pseudonymizer,
    time_granularity: str,
) -> Iterator[Output]:
    """Like :func:`deidentify_meeting` for several meetings, detected in one batch.

    Small meetings would otherwise give spaCy tiny batches; placeholders are
    still numbered per meeting.
    """
    plans = []
    for meeting in meetings:
        for parsed, reason in meeting.decisions:
            if reason != Reason.EMITTED:
                yield Output("audit", audit_row(parsed, reason, pseudonymize))
        emitted = sorted((p for p, r in meeting.decisions if r == Reason.EMITTED), key=meeting_order)
        plans.append((meeting, roster_of(meeting), emitted))

    spans = iter(_detect(redactor, [(free_text(p), roster) for _, roster, emitted in plans for p in emitted]))
    for meeting, _, emitted in plans:
        user_of = {p.participant_id: p.user_id for p in meeting.roster}
        receipts = dict(meeting.receipts)
        placeholders = Placeholders()
        meeting_spans = _repeat_meeting_names(emitted, [next(spans) for _ in emitted])
        for parsed, record_spans in zip(emitted, meeting_spans, strict=True):
            yield from _deidentify_record(
                parsed,
                record_spans,
                redactor,
                placeholders,
                user_of,
                pseudonymize,
                time_granularity,
                receipts.get(parsed.source, NO_RECEIPT),
            )


def roster_of(meeting: MeetingDecisions) -> Roster:
    """The names, emails and raw ids always found in this meeting's text, and its titles and agendas."""
    ids = {meeting.meeting_id}
    for p in meeting.roster:
        ids.update(i for i in (p.participant_id, p.user_id, p.account_id) if i)
    for parsed, _ in meeting.decisions:
        client = getattr(parsed.record, "client", None)
        if client is not None and client.device_id:
            ids.add(client.device_id)
    return Roster(
        names=tuple(sorted({p.display_name for p in meeting.roster if p.display_name.strip()})),
        emails=tuple(sorted({p.email for p in meeting.roster if p.email})),
        ids=tuple(sorted(ids)),
        vocabulary=meeting.topics,
    )


def _deidentify_record(parsed, record_spans, redactor, placeholders, user_of, pseudonymize, time_granularity, receipt):
    try:
        if record_spans is None:
            raise RuntimeError("detection failed")
        redactions = [
            None if text is None else redactor.apply(text, text_spans, placeholders)
            for text, text_spans in zip(free_text(parsed), record_spans, strict=True)
        ]
        texts = [None if r is None else r.text for r in redactions]
        row = ROW_BUILDERS[parsed.kind](parsed.record, texts, user_of, pseudonymize, time_granularity)
        check_row(parsed.kind, row)
    except Exception as error:  # noqa: BLE001 - any failure must quarantine, never emit
        yield Output("quarantine", _failed(parsed, error))
        yield Output("audit", audit_row(parsed, Reason.DEIDENTIFICATION_FAILED, pseudonymize))
        return
    counts = sum((r.entity_counts for r in redactions if r is not None), collections.Counter())
    yield Output(parsed.kind, row)
    yield Output("audit", audit_row(parsed, Reason.EMITTED, pseudonymize, counts, receipt))


Fields = list[Optional[str]]


def _repeat_meeting_names(records: Sequence[Parsed], spans: list[Optional[list]]) -> list[Optional[list]]:
    """A name found in one text of the meeting is redacted in all of them (records whose detection failed aside)."""
    texts: Fields = []
    found: list = []
    for parsed, record_spans in zip(records, spans, strict=True):
        if record_spans is not None:
            texts.extend(free_text(parsed))
            found.extend(record_spans)
    repeated = iter(repeat_names_across(texts, found))
    return [None if record_spans is None else [next(repeated) for _ in record_spans] for record_spans in spans]


def _detect(redactor: Redactor, records: list[tuple[Fields, Roster]]) -> list[Optional[list]]:
    """Spans per record and field; ``None`` for a record whose detection raised.

    One batch for everything; if it fails, records are retried one by one so
    that a single bad text only costs its own record.
    """
    try:
        return _detect_batch(redactor, records)
    except Exception:  # noqa: BLE001 - isolate the failing record below
        return [_detect_one(redactor, record) for record in records]


def _detect_batch(redactor: Redactor, records: list[tuple[Fields, Roster]]) -> list[list]:
    texts, rosters = [], []
    for fields, roster in records:
        for text in fields:
            if text is not None:
                texts.append(text)
                rosters.append(roster)
    results = redactor.detect(texts, rosters) if texts else []
    if len(results) != len(texts):  # fail closed: a result for the wrong text would misplace spans
        raise RuntimeError("detector returned a different number of results than texts")
    found = iter(results)
    return [[None if text is None else next(found) for text in fields] for fields, _ in records]


def _detect_one(redactor: Redactor, record: tuple[Fields, Roster]) -> Optional[list]:
    try:
        return _detect_batch(redactor, [record])[0]
    except Exception:  # noqa: BLE001 - this record is quarantined by the caller
        return None


def meeting_order(parsed: Parsed) -> tuple:
    """Where a record comes in its meeting's batch: by kind, then its kind's order field, then its id."""
    spec = KINDS[parsed.kind]
    return spec.meeting_order, getattr(parsed.record, spec.order_field), getattr(parsed.record, spec.id_field)


Texts = list[Optional[str]]  # the redacted free-text fields, in the kind's column order
UserOf = Mapping[str, Optional[str]]  # participant id -> user id, from the meeting's roster


def _transcript_row(record, texts: Texts, user_of: UserOf, pseudonymize: Pseudonymizer, _granularity) -> TranscriptRow:
    (text,) = texts
    return TranscriptRow(
        segment_pseudonym=pseudonymize("segment_id", record.segment_id),
        meeting_pseudonym=pseudonymize("meeting_id", record.meeting_id),
        speaker_pseudonym=pseudonymize("user_id", user_of[record.participant_id]),
        start_ms=record.start_ms,
        end_ms=record.end_ms,
        language=record.language,
        text=text,
    )


def _chat_row(record, texts: Texts, user_of: UserOf, pseudonymize: Pseudonymizer, granularity: str) -> ChatRow:
    (text,) = texts
    return ChatRow(
        message_pseudonym=pseudonymize("message_id", record.message_id),
        meeting_pseudonym=pseudonymize("meeting_id", record.meeting_id),
        sender_pseudonym=pseudonymize("user_id", user_of[record.sender_participant_id]),
        sent_hour=coarsen(record.sent_at, granularity),
        text=text,
    )


def _telemetry_row(record, texts: Texts, user_of: UserOf, pseudonymize: Pseudonymizer, granularity: str):
    client, network, geo = record.client, record.network, record.geo
    device_name, message = texts
    return TelemetryRow(
        event_pseudonym=pseudonymize("event_id", record.event_id),
        meeting_pseudonym=pseudonymize("meeting_id", record.meeting_id),
        user_pseudonym=pseudonymize("user_id", user_of[record.participant_id]),
        account_pseudonym=pseudonymize("account_id", record.account_id),
        event_type=record.event_type,
        occurred_hour=coarsen(record.occurred_at, granularity),
        os=client.os if client else None,
        app_version=client.app_version if client else None,
        device_pseudonym=pseudonymize.optional("device_id", client.device_id if client else None),
        device_name=device_name,
        rtt_ms=network.rtt_ms if network else None,
        jitter_ms=network.jitter_ms if network else None,
        packet_loss_pct=network.packet_loss_pct if network else None,
        bitrate_kbps=network.bitrate_kbps if network else None,
        country=geo.country if geo else None,
        message=message,
    )


RowBuilder = Callable[[object, Texts, UserOf, Pseudonymizer, str], TrainingRow]

#: How each audited kind's training row is built from a consented record and its redacted texts
#: (behaviour, so it lives here rather than in the data-only registry; a test checks it covers
#: every audited kind). A kind missing here raises, and its records go to quarantine.
ROW_BUILDERS: Mapping[str, RowBuilder] = {
    "transcripts": _transcript_row,
    "chat": _chat_row,
    "telemetry": _telemetry_row,
}


def _failed(parsed: Parsed, error: Exception) -> Rejected:
    # Only the exception's type: its message may quote the text being redacted.
    return Rejected(
        parsed.kind,
        parsed.source,
        parsed.raw,
        f"de-identification failed ({type(error).__name__})",
        Reason.DEIDENTIFICATION_FAILED.value,
    )
