"""Consent rules (contract section 2) as plain functions over one meeting.

Nothing here knows about Beam: the transforms group a meeting's roster (with
each participant's consent history), its content and its telemetry, and call
:func:`decide_meeting`. Every record gets exactly one reason; ``emitted``
means it may go on to de-identification.

Choices the contract leaves open are listed in ``docs/decisions.md``.
"""

from __future__ import annotations

import dataclasses
import enum
import unicodedata
from collections import defaultdict
from datetime import datetime, timedelta
from typing import Iterable, NamedTuple, Optional, Sequence

from meeting_privacy.core.outcomes import Reason
from meeting_privacy.core.policy import Policy
from meeting_privacy.schemas.envelopes import Parsed, Rejected, Source
from meeting_privacy.schemas.inputs import ConsentEvent, Participant
from meeting_privacy.schemas.kinds import AUDITED_KINDS, KINDS


class State(enum.Enum):
    GRANTED = "grant"
    DENIED = "deny"
    WITHDRAWN = "withdraw"
    CONFLICT = "conflict"
    SILENT = "silent"


@dataclasses.dataclass(frozen=True)
class ConsentHistory:
    """One subject's consent events for the run's purpose, as of the run.

    ``unreadable`` marks a subject named by a consent line that failed
    validation: it counts as granting nothing (and, for an account, as an
    opt-out), since the broken line might have been its withdrawal.
    """

    events: tuple[tuple[datetime, str, str, str], ...] = ()  # (recorded_at, category, decision, consent_id)
    unreadable: bool = False

    @classmethod
    def build(
        cls,
        events: Iterable[ConsentEvent],
        *,
        purpose: str,
        as_of: datetime,
        unreadable: bool = False,
    ) -> "ConsentHistory":
        kept = sorted(
            (e.recorded_at, e.data_category, e.decision, e.consent_id) for e in relevant(events, purpose, as_of)
        )
        return cls(tuple(kept), unreadable)

    def state(self, category: str, at: datetime) -> State:
        """The decision of the latest event for ``category`` (or ``all``) at or before ``at``."""
        latest = self._latest(category, at)
        if not latest:
            return State.SILENT
        decisions = {decision for decision, _ in latest}
        if len(decisions) > 1:
            return State.CONFLICT
        return State(decisions.pop())

    def grant_ids(self, category: str, at: datetime) -> tuple[str, ...]:
        """The consent ids of the latest events for ``category`` at ``at`` when they grant (a receipt)."""
        if self.state(category, at) is not State.GRANTED:
            return ()
        return tuple(sorted(consent_id for _, consent_id in self._latest(category, at)))

    def _latest(self, category: str, at: datetime) -> list[tuple[str, str]]:
        """``(decision, consent_id)`` of the events recorded at the latest instant at or before ``at``."""
        latest: Optional[datetime] = None
        found: list[tuple[str, str]] = []
        for recorded_at, event_category, decision, consent_id in self.events:
            if recorded_at > at:
                break
            if event_category not in (category, "all"):
                continue
            if latest is None or recorded_at > latest:
                latest, found = recorded_at, []
            found.append((decision, consent_id))
        return found


NO_HISTORY = ConsentHistory()

#: Who may record a grant for each kind of subject: a person for themselves, an admin
#: for an account. A grant recorded by anyone else is not consent (denials always count).
GRANTED_BY = {"user": "user", "account": "admin"}


def purpose_key(purpose: str) -> str:
    """Purposes are compared trimmed and case-folded: ``" AI_Training"`` is ``ai_training``."""
    return purpose.strip().casefold()


def subject_key(subject_id: str) -> str:
    """The form subject ids are joined on, so that spellings differing only in Unicode
    normalisation, case or surrounding space meet (and can fail closed, see :class:`SubjectLedger`)."""
    return unicodedata.normalize("NFKC", subject_id).strip().casefold()


def relevant(events: Iterable[ConsentEvent], purpose: str, as_of: datetime) -> Iterable[ConsentEvent]:
    """The events that count for this run: its purpose, recorded by then, grants by the right party."""
    wanted = purpose_key(purpose)
    return (
        e
        for e in events
        if purpose_key(e.purpose) == wanted
        and e.recorded_at <= as_of  # later events do not exist for this run
        and (e.decision != "grant" or e.source == GRANTED_BY[e.subject_type])
    )


@dataclasses.dataclass(frozen=True)
class SubjectLedger:
    """Every consent event, and every unreadable consent line, whose subject id has one :func:`subject_key`.

    A subject's history takes only the events spelled exactly as its id; an
    event or broken line spelled differently (``U3`` for ``u3``, NFD for NFC)
    makes the subject ``consent_unreadable``: it may have been meant for them
    (a withdrawal, say), so it is never ignored, and never trusted as a grant.
    """

    events: tuple[ConsentEvent, ...] = ()
    unreadable_ids: frozenset[str] = frozenset()

    def history(self, subject_id: str, *, purpose: str, as_of: datetime) -> ConsentHistory:
        own = [e for e in self.events if e.subject_id == subject_id]
        others = [e for e in self.events if e.subject_id != subject_id]
        near_miss = any(True for _ in relevant(others, purpose, as_of)) or bool(self.unreadable_ids - {subject_id})
        unreadable = subject_id in self.unreadable_ids or near_miss
        return ConsentHistory.build(own, purpose=purpose, as_of=as_of, unreadable=unreadable)


@dataclasses.dataclass(frozen=True)
class RosterMember:
    """A roster entry joined with its user's and its account's consent history."""

    entry: Participant
    user: ConsentHistory = NO_HISTORY
    account: ConsentHistory = NO_HISTORY


def person_reason(
    entries: Sequence[RosterMember],
    category: str,
    captured_at: datetime,
    policy: Policy,
    as_of: datetime,
) -> Optional[Reason]:
    """Why this participant may not be used for ``category`` data captured then; None if usable.

    ``entries`` are all roster entries of one participant in one meeting
    (empty if the participant is missing from the roster).
    """
    if not entries:
        return Reason.UNKNOWN_PARTICIPANT
    if len({(m.entry.user_id, m.entry.account_id) for m in entries}) > 1:
        return Reason.UNKNOWN_PARTICIPANT  # the roster contradicts itself about who this is
    member = entries[0]
    if member.entry.user_id is None:
        return Reason.GUEST_PARTICIPANT
    if member.user.unreadable or member.account.unreadable:
        return Reason.CONSENT_UNREADABLE
    if member.account.state(category, as_of) in (State.DENIED, State.WITHDRAWN, State.CONFLICT):
        return Reason.ACCOUNT_OPT_OUT
    strict = _strict(entries, policy)
    if not _granted(member, category, as_of, policy, strict):
        if member.user.state(category, as_of) is State.WITHDRAWN:
            return Reason.CONSENT_WITHDRAWN
        return Reason.NO_CONSENT
    if not _granted(member, category, captured_at, policy, strict):
        return Reason.NOT_CONSENTED_AT_CAPTURE
    return None


class Receipt(NamedTuple):
    """What a use of a record rests on: whose consent (user ids) and which consent events (consent ids)."""

    users: frozenset[str] = frozenset()
    consents: frozenset[str] = frozenset()

    def __or__(self, other: "Receipt") -> "Receipt":
        return Receipt(self.users | other.users, self.consents | other.consents)


def person_receipt(
    entries: Sequence[RosterMember], category: str, captured_at: datetime, policy: Policy, as_of: datetime
) -> Receipt:
    """A usable participant's receipt: their user id and the grants in force at capture and at the
    as-of time (the user's own, or the account's where it stands in)."""
    member = entries[0]
    strict = _strict(entries, policy)
    ids: set[str] = set()
    for at in (captured_at, as_of):
        if member.user.state(category, at) is State.GRANTED:
            ids.update(member.user.grant_ids(category, at))
        elif _granted(member, category, at, policy, strict):  # the account's grant stands in
            ids.update(member.account.grant_ids(category, at))
    return Receipt(frozenset({member.entry.user_id}), frozenset(ids))


def _strict(entries: Sequence[RosterMember], policy: Policy) -> bool:
    # A missing country is treated as strict: account grants never stand in then.
    return any(m.entry.country is None or m.entry.country in policy.strict_countries for m in entries)


def _granted(member: RosterMember, category: str, at: datetime, policy: Policy, strict: bool) -> bool:
    user_state = member.user.state(category, at)
    if user_state is State.GRANTED:
        return True
    return (
        user_state is State.SILENT
        and category in policy.allow_account_consent_for
        and not strict
        and member.account.state(category, at) is State.GRANTED
    )


@dataclasses.dataclass(frozen=True)
class MeetingInputs:
    """Everything known about one meeting, as the consent transform groups it.

    One field per audited kind, named as the kind (:meth:`records`).
    """

    meeting_id: str
    roster: tuple[RosterMember, ...] = ()
    roster_unreadable: bool = False
    transcripts: tuple[Parsed, ...] = ()
    chat: tuple[Parsed, ...] = ()
    telemetry: tuple[Parsed, ...] = ()
    #: Participant ids read from the meeting's transcript and chat lines that failed
    #: validation: they were in the room too.
    mentioned: tuple[str, ...] = ()

    def records(self, kind: str) -> tuple[Parsed, ...]:
        """The meeting's records of one audited kind."""
        return getattr(self, kind)


NO_RECEIPT = Receipt()


class Decision(NamedTuple):
    """A record's consent decision; an ``emitted`` record's ``receipt`` says what its use rests on."""

    parsed: Parsed
    reason: Reason
    receipt: Receipt = NO_RECEIPT


def decide_meeting(meeting: MeetingInputs, policy: Policy, as_of: datetime) -> list[tuple[Parsed, Reason]]:
    """One reason for every transcripts, chat and telemetry record of the meeting."""
    return [(d.parsed, d.reason) for d in decide_meeting_with_receipts(meeting, policy, as_of)]


def decide_meeting_with_receipts(meeting: MeetingInputs, policy: Policy, as_of: datetime) -> list[Decision]:
    """Like :func:`decide_meeting`, with the consent receipts of every emitted record.

    A receipt names whose consent a use rests on and which grants: the
    speaker's (or user's) grants in force at capture and at the as-of time, a
    private message's recipient's, and under ``all_participants`` every room
    member's. Erasing any of those people erases the record.
    """
    by_participant: dict[str, list[RosterMember]] = defaultdict(list)
    for member in meeting.roster:
        by_participant[member.entry.participant_id].append(member)

    first: dict[str, list[Parsed]] = {}
    decisions: list[Decision] = []
    for kind in AUDITED_KINDS:
        first[kind], duplicates = _first_copies(meeting.records(kind), KINDS[kind].id_field)
        decisions += [Decision(p, Reason.DUPLICATE_RECORD) for p in duplicates]

    def person(participant_id: str, category: str, at: datetime) -> Optional[Reason]:
        return person_reason(by_participant.get(participant_id, ()), category, at, policy, as_of)

    def receipt(participant_id: str, category: str, at: datetime) -> Receipt:
        return person_receipt(by_participant[participant_id], category, at, policy, as_of)

    speaker_only = policy.content_scope == "speaker_only"
    room_usable = speaker_only or _room_usable(by_participant, meeting, policy, as_of)
    room = _room_receipt(by_participant, policy, as_of) if room_usable and not speaker_only else NO_RECEIPT

    def content(parsed: Parsed, speaker: str, captured_at: datetime, message=None, language="en") -> Decision:
        category = KINDS[parsed.kind].category
        reason = content_reason(category, speaker, captured_at, message, language)
        if reason != Reason.EMITTED:
            return Decision(parsed, reason)
        found = receipt(speaker, category, captured_at) | room
        if message is not None and message.is_private:
            found |= receipt(message.recipient, category, captured_at)
        return Decision(parsed, reason, found)

    def content_reason(
        category: str, speaker: str, captured_at: datetime, message=None, language: Optional[str] = "en"
    ) -> Reason:
        if meeting.roster_unreadable:
            return Reason.ROSTER_UNREADABLE
        if message is not None and message.is_private and not policy.include_private_chat:
            return Reason.PRIVATE_CHAT
        own = person(speaker, category, captured_at)
        if own is not None:
            return own
        if message is not None and message.is_private and person(message.recipient, category, captured_at):
            return Reason.PARTICIPANT_WITHOUT_CONSENT
        if not room_usable:
            return Reason.PARTICIPANT_WITHOUT_CONSENT
        if language is None or language.split("-")[0].lower() not in policy.languages:
            return Reason.UNSUPPORTED_LANGUAGE
        return Reason.EMITTED

    def segment(parsed: Parsed) -> Decision:
        segment = parsed.record
        joined = _first_joined(by_participant.get(segment.participant_id, ()))
        captured_at = joined + timedelta(milliseconds=segment.start_ms) if joined else as_of
        return content(parsed, segment.participant_id, captured_at, language=segment.language)

    def message(parsed: Parsed) -> Decision:
        message = parsed.record
        return content(parsed, message.sender_participant_id, message.sent_at, message)

    def event(parsed: Parsed) -> Decision:
        event, category = parsed.record, KINDS[parsed.kind].category
        reason = _telemetry_reason(event, category, by_participant, policy, as_of)
        if reason != Reason.EMITTED:
            return Decision(parsed, reason)
        return Decision(parsed, reason, receipt(event.participant_id, category, event.occurred_at))

    # The rule for each audited kind's first copies (a kind missing here raises: nothing is emitted).
    rules = {"transcripts": segment, "chat": message, "telemetry": event}
    for kind in AUDITED_KINDS:
        decisions += [rules[kind](parsed) for parsed in first[kind]]
    return decisions


def _telemetry_reason(event, category: str, by_participant, policy: Policy, as_of: datetime) -> Reason:
    entries = by_participant.get(event.participant_id, ())
    if entries:
        entry = entries[0].entry
        if (event.user_id is not None and event.user_id != entry.user_id) or event.account_id != entry.account_id:
            return Reason.UNKNOWN_PARTICIPANT  # the event contradicts the roster about who this is
    return person_reason(entries, category, event.occurred_at, policy, as_of) or Reason.EMITTED


def _room_usable(by_participant, meeting: MeetingInputs, policy: Policy, as_of: datetime) -> bool:
    """all_participants: everyone on the roster, each as of their own entry, may be used,
    and nobody is in the room who is not on it: every participant id named by any
    transcript or chat line counts, later duplicate copies and broken lines included."""
    named = set(meeting.mentioned)
    named.update(p.record.participant_id for p in meeting.transcripts)
    for parsed in meeting.chat:
        named.add(parsed.record.sender_participant_id)
        if parsed.record.is_private:
            named.add(parsed.record.recipient)
    if not named <= by_participant.keys():
        return False  # someone in the room is missing from the roster
    for entries in by_participant.values():
        for member in entries:
            if person_reason(entries, "content", member.entry.joined_at, policy, as_of) is not None:
                return False
    return True


def _room_receipt(by_participant, policy: Policy, as_of: datetime) -> Receipt:
    """Every room member's receipt, each as of their own entry and as of the run."""
    found = NO_RECEIPT
    for entries in by_participant.values():
        for member in entries:
            found |= person_receipt(entries, "content", member.entry.joined_at, policy, as_of)
    return found


def unattributable(rejected: Rejected) -> bool:
    """A broken reference line naming no subject (consent) or no meeting (roster): it could
    concern anyone, so the run stops rather than guess."""
    field = KINDS[rejected.kind].attributed_by
    return field is not None and rejected.salvaged_value(field) is None


def _first_joined(entries: Sequence[RosterMember]) -> Optional[datetime]:
    return min((m.entry.joined_at for m in entries), default=None)


def _first_copies(records: Sequence[Parsed], id_field: str) -> tuple[list[Parsed], list[Parsed]]:
    """Splits records into first copies and later duplicates of the same id (file, line order)."""
    seen: set[str] = set()
    first, duplicates = [], []
    for parsed in sorted(records, key=lambda p: p.source):
        record_id = getattr(parsed.record, id_field)
        (duplicates if record_id in seen else first).append(parsed)
        seen.add(record_id)
    return first, duplicates


@dataclasses.dataclass(frozen=True)
class MeetingDecisions:
    """A meeting's roster and the consent decision for each of its records."""

    meeting_id: str
    roster: tuple[Participant, ...]
    decisions: tuple[tuple[Parsed, Reason], ...]
    #: ``(source, receipt)`` of each emitted record: whose consent, and which grants, its use rests on.
    receipts: tuple[tuple[Source, Receipt], ...] = ()
    #: The meeting's titles and agendas (``meetings`` input), for its own vocabulary.
    topics: tuple[str, ...] = ()
