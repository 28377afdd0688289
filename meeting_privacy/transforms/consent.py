"""Consent gating: joining records with the ledger and the roster by key.

Three keyed joins, no side input that grows with the ledger:

1. consent events by subject (ids compared by ``subject_key``) -> one
   ``SubjectLedger`` per user or account;
2. roster entries by user, then by account -> ``RosterMember`` (entry plus
   both histories);
3. everything by meeting -> ``decide_meeting`` tags each record with one
   reason (``meeting_privacy.core.consent``).

A consent or roster line that cannot be attributed to anyone goes to the
``fatal`` output: the pipeline refuses to write a training set then.
"""

from __future__ import annotations

from datetime import datetime

import apache_beam as beam

from meeting_privacy.core.consent import (
    NO_HISTORY,
    MeetingDecisions,
    MeetingInputs,
    Reason,
    RosterMember,
    SubjectLedger,
    decide_meeting_with_receipts,
    subject_key,
    unattributable,
)
from meeting_privacy.core.policy import Policy
from meeting_privacy.schemas.envelopes import Parsed, Rejected, Source
from meeting_privacy.schemas.kinds import AUDITED_KINDS, CONTENT_KINDS

__all__ = ["GateByConsent"]


class GateByConsent(beam.PTransform):
    """Decides, for every record of an audited kind (transcripts, chat, telemetry), whether it may be used.

    Takes a dict of PCollections, one per input kind (``participants``,
    ``consent`` and the audited kinds: ``Parsed`` records, e.g. from
    ``ReadMeetingData``), optionally ``meetings`` (titles and agendas, kept
    as each meeting's ``topics``) and ``quarantine`` (``Rejected`` lines,
    whose consent and roster entries fail closed). Missing kinds count as
    empty. Returns ``decisions`` (one ``MeetingDecisions`` per meeting) and
    ``fatal`` (``Source`` of reference lines naming no one).
    """

    def __init__(self, policy: Policy, as_of: datetime) -> None:
        super().__init__()
        self._policy = policy
        self._as_of = as_of

    def expand(self, inputs):
        pipeline = next(iter(inputs.values())).pipeline

        def kind(name):
            return inputs[name] if name in inputs else pipeline | f"No{name.title()}" >> beam.Create([])

        rejected = kind("quarantine")
        ledgers = _ledgers(kind("consent"), rejected)
        members = _roster_members(kind("participants"), ledgers, self._policy.purpose, self._as_of)
        unreadable_meetings = (
            rejected | "RosterUnreadable" >> beam.FlatMap(_unreadable_meeting) | "OnePerMeeting" >> beam.Distinct()
        )
        grouped = {
            "roster": members | "MemberByMeeting" >> beam.Map(lambda m: (m.entry.meeting_id, m)),
            "roster_unreadable": unreadable_meetings | "MarkMeeting" >> beam.Map(lambda m: (m, True)),
            "mentioned": rejected | "BrokenLineSpeakers" >> beam.FlatMap(_mentioned),
            "topics": kind("meetings") | "TopicsByMeeting" >> beam.FlatMap(_topics),
        }
        for name in AUDITED_KINDS:
            grouped[name] = kind(name) | f"{name.title()}ByMeeting" >> beam.Map(lambda p: (p.record.meeting_id, p))
        decisions = (
            grouped
            | "GroupByMeeting" >> beam.CoGroupByKey()
            | "DecideMeeting" >> beam.Map(_decide, self._policy, self._as_of)
        )
        fatal = rejected | "Unattributable" >> beam.FlatMap(_unattributable)
        return {"decisions": decisions, "fatal": fatal}


def _ledgers(consent, rejected):
    """``((subject_type, subject_key), SubjectLedger)`` for every subject in the ledger."""
    events = consent | "EventBySubject" >> beam.Map(
        lambda p: ((p.record.subject_type, subject_key(p.record.subject_id)), p.record)
    )
    unreadable = rejected | "UnreadableSubject" >> beam.FlatMap(_unreadable_subjects)
    return (
        {"events": events, "unreadable": unreadable}
        | "GroupBySubject" >> beam.CoGroupByKey()
        | "BuildLedger"
        >> beam.MapTuple(
            lambda subject, grouped: (
                subject,
                SubjectLedger(tuple(grouped["events"]), frozenset(grouped["unreadable"])),
            )
        )
    )


def _roster_members(participants, ledgers, purpose: str, as_of: datetime):
    """Joins each roster entry with its user's history, then its account's."""
    entries = participants | "Entries" >> beam.Map(lambda p: p.record)
    by_user = entries | "EntryByUser" >> beam.Map(
        lambda e: (("user", subject_key(e.user_id)), e) if e.user_id is not None else (("guest", e.participant_id), e)
    )

    def user_history(entry, ledger):
        user = NO_HISTORY if entry.user_id is None else ledger.history(entry.user_id, purpose=purpose, as_of=as_of)
        return ("account", subject_key(entry.account_id)), (entry, user)

    def member(pair, ledger):
        entry, user = pair
        return RosterMember(entry, user=user, account=ledger.history(entry.account_id, purpose=purpose, as_of=as_of))

    with_user = (
        {"entries": by_user, "ledger": ledgers}
        | "JoinUser" >> beam.CoGroupByKey()
        | "AttachUser" >> beam.FlatMap(_attach, user_history)
    )
    return (
        {"entries": with_user, "ledger": ledgers}
        | "JoinAccount" >> beam.CoGroupByKey()
        | "AttachAccount" >> beam.FlatMap(_attach, member)
    )


def _attach(keyed, combine):
    _, grouped = keyed
    ledger = next(iter(grouped["ledger"]), _NO_LEDGER)
    for entry in grouped["entries"]:
        yield combine(entry, ledger)


_NO_LEDGER = SubjectLedger()


def _unreadable_subjects(rejected: Rejected):
    if rejected.kind != "consent":
        return
    subject_id = rejected.salvaged_value("subject_id")
    if subject_id is None:
        return
    subject_type = rejected.salvaged_value("subject_type")
    # If the type is unreadable too, it might have been either.
    for candidate in (subject_type,) if subject_type in ("user", "account") else ("user", "account"):
        yield (candidate, subject_key(subject_id)), subject_id


def _mentioned(rejected: Rejected):
    """``(meeting_id, participant_id)`` for each participant a broken content line (transcript, chat) names."""
    meeting_id = rejected.salvaged_value("meeting_id")
    if rejected.kind not in CONTENT_KINDS or meeting_id is None:
        return
    for field in ("participant_id", "sender_participant_id", "recipient"):
        participant_id = rejected.salvaged_value(field)
        if participant_id is not None and participant_id != "everyone":
            yield meeting_id, participant_id


def _unreadable_meeting(rejected: Rejected):
    meeting_id = rejected.salvaged_value("meeting_id")
    if rejected.kind == "participants" and meeting_id is not None:
        yield meeting_id


def _topics(parsed: Parsed):
    """``(meeting_id, text)`` for a meeting's title and agenda."""
    for text in (parsed.record.title, parsed.record.agenda):
        if text and text.strip():
            yield parsed.record.meeting_id, text


def _unattributable(rejected: Rejected):
    if unattributable(rejected):
        yield Source(*rejected.source)


def _decide(keyed, policy: Policy, as_of: datetime) -> MeetingDecisions:
    meeting_id, grouped = keyed
    members = tuple(sorted(grouped["roster"], key=lambda m: (m.entry.participant_id, m.entry.joined_at)))
    meeting = MeetingInputs(
        meeting_id=meeting_id,
        roster=members,
        roster_unreadable=bool(list(grouped["roster_unreadable"])),
        mentioned=tuple(sorted(set(grouped["mentioned"]))),
        **{kind: tuple(grouped[kind]) for kind in AUDITED_KINDS},
    )
    decisions = decide_meeting_with_receipts(meeting, policy, as_of)
    return MeetingDecisions(
        meeting_id,
        tuple(m.entry for m in members),
        tuple((d.parsed, d.reason) for d in decisions),
        tuple((d.parsed.source, d.receipt) for d in decisions if d.reason == Reason.EMITTED),
        topics=tuple(sorted(set(grouped["topics"]))),
    )
