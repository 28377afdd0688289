"""Consent rules (contract section 2), case by case, on the Beam-free core."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta, timezone

import pytest

from meeting_privacy.core.consent import (
    ConsentHistory,
    MeetingInputs,
    Reason,
    RosterMember,
    State,
    SubjectLedger,
    decide_meeting,
    decide_meeting_with_receipts,
    person_reason,
    person_receipt,
    subject_key,
)
from meeting_privacy.core.policy import Policy
from meeting_privacy.schemas.envelopes import Parsed, Source
from meeting_privacy.schemas.inputs import ChatMessage, ConsentEvent, Participant, TelemetryEvent, TranscriptSegment

AS_OF = datetime(2026, 6, 30, tzinfo=timezone.utc)
MEETING = datetime(2026, 3, 1, 10, tzinfo=timezone.utc)
BEFORE = MEETING - timedelta(days=30)
AFTER = MEETING + timedelta(days=30)  # after the meeting, before as-of
LATER = AS_OF + timedelta(days=1)  # after as-of: does not exist for the run
DEFAULT = Policy()


def event(decision, at, category="all", subject_type="user", source="user", purpose="ai_training", subject="u1"):
    return ConsentEvent(
        consent_id=f"c-{decision}-{at.isoformat()}-{category}-{source}",
        subject_type=subject_type,
        subject_id=subject,
        purpose=purpose,
        data_category=category,
        decision=decision,
        recorded_at=at,
        source=source,
    )


def history(*events, unreadable=False):
    return ConsentHistory.build(events, purpose="ai_training", as_of=AS_OF, unreadable=unreadable)


def entry(participant="p1", user="u1", account="a1", country="US", joined=MEETING, meeting="m1"):
    return Participant(
        meeting_id=meeting,
        participant_id=participant,
        user_id=user,
        account_id=account,
        display_name=f"Person {participant}",
        role="guest" if user is None else "attendee",
        country=country,
        joined_at=joined,
    )


def member(user_events=(), account_events=(), user_unreadable=False, account_unreadable=False, **entry_fields):
    return RosterMember(
        entry(**entry_fields),
        user=history(*user_events, unreadable=user_unreadable),
        account=history(*account_events, unreadable=account_unreadable),
    )


def reason(m, category="content", at=MEETING, policy=DEFAULT):
    return person_reason([m], category, at, policy, AS_OF)


# -- the state of one subject ---------------------------------------------------------------------


def test_latest_event_wins():
    h = history(event("grant", BEFORE), event("deny", AFTER))
    assert h.state("content", MEETING) is State.GRANTED
    assert h.state("content", AS_OF) is State.DENIED


def test_same_instant_conflict_is_not_granted():
    h = history(event("grant", BEFORE), event("deny", BEFORE, category="content"))
    assert h.state("content", AS_OF) is State.CONFLICT
    assert h.state("telemetry", AS_OF) is State.GRANTED  # the deny was only about content


def test_events_after_as_of_do_not_exist():
    h = history(event("grant", BEFORE), event("withdraw", LATER))
    assert h.state("content", LATER) is State.GRANTED


def test_other_purposes_do_not_count():
    assert history(event("grant", BEFORE, purpose="analytics")).state("content", AS_OF) is State.SILENT


def test_category_all_covers_both_and_specific_categories_do_not_cross():
    h = history(event("grant", BEFORE, category="telemetry"))
    assert h.state("telemetry", AS_OF) is State.GRANTED
    assert h.state("content", AS_OF) is State.SILENT


def test_admin_grant_on_a_user_is_not_consent_but_admin_deny_counts():
    assert history(event("grant", BEFORE, source="admin")).state("content", AS_OF) is State.SILENT
    h = history(event("grant", BEFORE), event("deny", AFTER, source="admin"))
    assert h.state("content", AS_OF) is State.DENIED


# -- one participant --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("user_events", "expected"),
    [
        pytest.param([event("grant", BEFORE)], None, id="granted-before-capture"),
        pytest.param([], Reason.NO_CONSENT, id="silence"),
        pytest.param([event("deny", BEFORE)], Reason.NO_CONSENT, id="deny"),
        pytest.param([event("grant", BEFORE), event("withdraw", AFTER)], Reason.CONSENT_WITHDRAWN, id="withdrawn"),
        pytest.param([event("grant", BEFORE), event("deny", AFTER)], Reason.NO_CONSENT, id="deny-after-grant"),
        pytest.param([event("grant", AFTER)], Reason.NOT_CONSENTED_AT_CAPTURE, id="granted-after-capture"),
        pytest.param([event("grant", LATER)], Reason.NO_CONSENT, id="granted-after-as-of"),
        pytest.param([event("grant", BEFORE), event("deny", BEFORE)], Reason.NO_CONSENT, id="same-instant-conflict"),
        pytest.param([event("grant", BEFORE, source="admin")], Reason.NO_CONSENT, id="admin-consented-for-user"),
        pytest.param(
            [event("withdraw", BEFORE), event("grant", AFTER - timedelta(days=40))],
            None,
            id="granted-again-before-capture",
        ),
    ],
)
def test_user_consent(user_events, expected):
    assert reason(member(user_events)) == expected


def test_capture_time_and_as_of_both_checked_per_category():
    m = member([event("grant", BEFORE, category="content")])
    assert reason(m, "content") is None
    assert reason(m, "telemetry") == Reason.NO_CONSENT


def test_account_opt_out_covers_a_consenting_user():
    m = member([event("grant", BEFORE)], [event("deny", AFTER, subject_type="account", source="admin")])
    assert reason(m) == Reason.ACCOUNT_OPT_OUT


def test_account_withdrawal_is_an_opt_out_and_account_silence_is_not():
    granted = [event("grant", BEFORE)]
    assert reason(member(granted, [event("withdraw", AFTER, subject_type="account")])) == Reason.ACCOUNT_OPT_OUT
    assert reason(member(granted, [])) is None


ACCOUNT_GRANT = [event("grant", BEFORE, subject_type="account", source="admin")]
ALLOW_CONTENT = Policy(allow_account_consent_for=frozenset({"content"}))


def test_account_grant_never_stands_in_by_default():
    assert reason(member([], ACCOUNT_GRANT)) == Reason.NO_CONSENT


def test_account_grant_stands_in_for_silence_where_the_policy_allows():
    assert reason(member([], ACCOUNT_GRANT), policy=ALLOW_CONTENT) is None
    assert reason(member([], ACCOUNT_GRANT), "telemetry", policy=ALLOW_CONTENT) == Reason.NO_CONSENT


@pytest.mark.parametrize("country", ["DE", "GB", "CH", "NO", None])
def test_account_grant_never_stands_in_for_strict_or_unknown_countries(country):
    assert reason(member([], ACCOUNT_GRANT, country=country), policy=ALLOW_CONTENT) == Reason.NO_CONSENT


def test_account_grant_never_overrides_the_users_own_deny_or_withdrawal():
    assert reason(member([event("deny", BEFORE)], ACCOUNT_GRANT), policy=ALLOW_CONTENT) == Reason.NO_CONSENT
    withdrawn = [event("grant", BEFORE), event("withdraw", AFTER)]
    assert reason(member(withdrawn, ACCOUNT_GRANT), policy=ALLOW_CONTENT) == Reason.CONSENT_WITHDRAWN


def test_guest_and_missing_participant_are_never_used():
    assert reason(member([event("grant", BEFORE)], user=None)) == Reason.GUEST_PARTICIPANT
    assert person_reason([], "content", MEETING, DEFAULT, AS_OF) == Reason.UNKNOWN_PARTICIPANT


def test_unreadable_consent_fails_closed_for_user_and_account():
    assert reason(member([event("grant", BEFORE)], user_unreadable=True)) == Reason.CONSENT_UNREADABLE
    assert reason(member([event("grant", BEFORE)], account_unreadable=True)) == Reason.CONSENT_UNREADABLE


def test_roster_contradicting_itself_about_a_participant_fails_closed():
    entries = [member([event("grant", BEFORE)]), member([event("grant", BEFORE)], user="u2")]
    assert person_reason(entries, "content", MEETING, DEFAULT, AS_OF) == Reason.UNKNOWN_PARTICIPANT


# -- whole meetings ---------------------------------------------------------------------------------

GRANTED = [event("grant", BEFORE)]


def parsed(kind, record, line):
    return Parsed(kind, record, Source(f"{kind}-1.jsonl", line), b"{}")


def segment(segment_id, participant, start_ms=1000, language="en", line=1):
    record = TranscriptSegment(
        segment_id=segment_id,
        meeting_id="m1",
        participant_id=participant,
        start_ms=start_ms,
        end_ms=start_ms + 500,
        text="hello",
        language=language,
    )
    return parsed("transcripts", record, line)


def chat(message_id, sender, recipient="everyone", line=1):
    record = ChatMessage(
        message_id=message_id,
        meeting_id="m1",
        sender_participant_id=sender,
        recipient=recipient,
        sent_at=MEETING + timedelta(minutes=5),
        text="hi",
    )
    return parsed("chat", record, line)


def telemetry(event_id, participant, user="u1", account="a1", line=1):
    record = TelemetryEvent(
        event_id=event_id,
        meeting_id="m1",
        participant_id=participant,
        user_id=user,
        account_id=account,
        event_type="join",
        occurred_at=MEETING,
    )
    return parsed("telemetry", record, line)


def run_meeting(roster, transcripts=(), chats=(), events=(), policy=DEFAULT, roster_unreadable=False):
    meeting = MeetingInputs("m1", tuple(roster), roster_unreadable, tuple(transcripts), tuple(chats), tuple(events))
    ids = {"transcripts": "segment_id", "chat": "message_id", "telemetry": "event_id"}
    return {getattr(p.record, ids[p.kind]): r for p, r in decide_meeting(meeting, policy, AS_OF)}


def test_everyone_consented_content_is_emitted():
    roster = [member(GRANTED), member(GRANTED, participant="p2", user="u2")]
    result = run_meeting(roster, [segment("s1", "p1"), segment("s2", "p2")], [chat("c1", "p2")])
    assert result == {"s1": Reason.EMITTED, "s2": Reason.EMITTED, "c1": Reason.EMITTED}


def test_one_non_consenting_participant_keeps_the_whole_conversation_out():
    roster = [member(GRANTED), member([], participant="p2", user="u2")]
    result = run_meeting(roster, [segment("s1", "p1"), segment("s2", "p2")], [chat("c1", "p1")])
    assert result == {
        "s1": Reason.PARTICIPANT_WITHOUT_CONSENT,
        "s2": Reason.NO_CONSENT,
        "c1": Reason.PARTICIPANT_WITHOUT_CONSENT,
    }


def test_speaker_only_scope_needs_only_the_speaker():
    roster = [member(GRANTED), member([], participant="p2", user="u2")]
    policy = Policy(content_scope="speaker_only")
    result = run_meeting(roster, [segment("s1", "p1"), segment("s2", "p2")], policy=policy)
    assert result == {"s1": Reason.EMITTED, "s2": Reason.NO_CONSENT}


def test_a_silent_guest_in_the_room_keeps_content_out_but_not_others_telemetry():
    roster = [member(GRANTED), member([], participant="g1", user=None)]
    result = run_meeting(roster, [segment("s1", "p1"), segment("s2", "g1")], events=[telemetry("e1", "p1")])
    assert result == {"s1": Reason.PARTICIPANT_WITHOUT_CONSENT, "s2": Reason.GUEST_PARTICIPANT, "e1": Reason.EMITTED}


def test_a_speaker_missing_from_the_roster_excludes_the_meetings_content():
    result = run_meeting([member(GRANTED)], [segment("s1", "p1"), segment("s2", "ghost")])
    assert result == {"s1": Reason.PARTICIPANT_WITHOUT_CONSENT, "s2": Reason.UNKNOWN_PARTICIPANT}


def test_everyone_is_checked_as_of_their_own_roster_entry():
    late_joiner_granted_after_joining = member(
        [event("grant", MEETING + timedelta(hours=1))], participant="p2", user="u2", joined=MEETING
    )
    result = run_meeting([member(GRANTED), late_joiner_granted_after_joining], [segment("s1", "p1")])
    assert result == {"s1": Reason.PARTICIPANT_WITHOUT_CONSENT}


def test_segment_capture_time_is_joined_at_plus_start_ms():
    granted_an_hour_in = member([event("grant", MEETING + timedelta(hours=1))])
    policy = Policy(content_scope="speaker_only")
    result = run_meeting(
        [granted_an_hour_in],
        [segment("early", "p1", start_ms=1000), segment("late", "p1", start_ms=7_200_000)],
        policy=policy,
    )
    assert result == {"early": Reason.NOT_CONSENTED_AT_CAPTURE, "late": Reason.EMITTED}


def test_private_chat_is_excluded_unless_the_policy_includes_it_and_both_ends_are_usable():
    roster = [member(GRANTED), member(GRANTED, participant="p2", user="u2")]
    messages = [chat("c1", "p1", recipient="p2")]
    assert run_meeting(roster, chats=messages) == {"c1": Reason.PRIVATE_CHAT}
    policy = Policy(include_private_chat=True, content_scope="speaker_only")
    assert run_meeting(roster, chats=messages, policy=policy) == {"c1": Reason.EMITTED}
    roster[1] = member([], participant="p2", user="u2")
    assert run_meeting(roster, chats=messages, policy=policy) == {"c1": Reason.PARTICIPANT_WITHOUT_CONSENT}


def test_telemetry_needs_its_own_users_telemetry_consent():
    roster = [member([event("grant", BEFORE, category="telemetry")]), member([], participant="p2", user="u2")]
    events = [telemetry("e1", "p1"), telemetry("e2", "p2", user="u2"), telemetry("e3", "nobody")]
    assert run_meeting(roster, events=events) == {
        "e1": Reason.EMITTED,
        "e2": Reason.NO_CONSENT,
        "e3": Reason.UNKNOWN_PARTICIPANT,
    }


def test_telemetry_contradicting_the_roster_fails_closed():
    events = [telemetry("e1", "p1", user="someone-else"), telemetry("e2", "p1", account="other-account")]
    assert run_meeting([member(GRANTED)], events=events) == {
        "e1": Reason.UNKNOWN_PARTICIPANT,
        "e2": Reason.UNKNOWN_PARTICIPANT,
    }


def test_unreadable_roster_line_excludes_content_but_not_telemetry():
    result = run_meeting(
        [member(GRANTED)], [segment("s1", "p1")], events=[telemetry("e1", "p1")], roster_unreadable=True
    )
    assert result == {"s1": Reason.ROSTER_UNREADABLE, "e1": Reason.EMITTED}


def test_duplicates_first_copy_wins():
    copies = [segment("s1", "p1", line=2), segment("s1", "p1", line=1)]
    result = decide_meeting(MeetingInputs("m1", (member(GRANTED),), transcripts=tuple(copies)), DEFAULT, AS_OF)
    assert sorted((p.source.line, r) for p, r in result) == [(1, Reason.EMITTED), (2, Reason.DUPLICATE_RECORD)]


def test_other_languages_are_excluded():
    result = run_meeting([member(GRANTED)], [segment("s1", "p1", language="fr"), segment("s2", "p1", language="en-GB")])
    assert result == {"s1": Reason.UNSUPPORTED_LANGUAGE, "s2": Reason.EMITTED}


# -- spellings, grant sources and receipts ----------------------------------------------------------


def test_purposes_match_trimmed_and_case_folded():
    h = history(event("grant", BEFORE), event("withdraw", AFTER, purpose=" AI_Training "))
    assert h.state("content", AS_OF) is State.WITHDRAWN


def test_an_account_grant_counts_only_when_an_admin_recorded_it():
    by_user = history(event("grant", BEFORE, subject_type="account", source="user"))
    by_admin = history(event("grant", BEFORE, subject_type="account", source="admin"))
    assert by_user.state("content", AS_OF) is State.SILENT
    assert by_admin.state("content", AS_OF) is State.GRANTED
    denied = history(
        event("grant", BEFORE, subject_type="account", source="admin"),
        event("deny", AFTER, subject_type="account", source="user"),
    )
    assert denied.state("content", AS_OF) is State.DENIED  # a deny counts whoever recorded it


@pytest.mark.parametrize("spelling", ["U1", " u1", unicodedata.normalize("NFD", "u1é")])
def test_an_event_spelled_differently_from_the_subject_makes_it_unreadable(spelling):
    subject = "u1é" if "é" in unicodedata.normalize("NFC", spelling) else "u1"
    exact = unicodedata.normalize("NFC", subject)
    ledger = SubjectLedger((event("grant", BEFORE, subject=exact), event("withdraw", AFTER, subject=spelling)))
    assert subject_key(spelling) == subject_key(exact)
    assert ledger.history(exact, purpose="ai_training", as_of=AS_OF).unreadable
    assert ledger.history(exact, purpose="ai_training", as_of=AS_OF).state("content", AS_OF) is State.GRANTED


def test_a_differently_spelled_event_of_another_purpose_or_after_as_of_is_not_a_near_miss():
    ledger = SubjectLedger(
        (
            event("grant", BEFORE),
            event("withdraw", AFTER, subject="U1", purpose="marketing"),
            event("withdraw", LATER, subject="U1"),
        )
    )
    assert not ledger.history("u1", purpose="ai_training", as_of=AS_OF).unreadable


def test_an_unreadable_line_spelled_differently_makes_the_subject_unreadable():
    ledger = SubjectLedger((event("grant", BEFORE),), frozenset({"U1"}))
    assert ledger.history("u1", purpose="ai_training", as_of=AS_OF).unreadable


def test_receipts_name_the_grants_in_force_at_capture_and_at_as_of():
    first, regrant = event("grant", BEFORE - timedelta(days=1)), event("grant", AFTER)
    m = member(user_events=(first, regrant))
    found = person_receipt([m], "content", MEETING, DEFAULT, AS_OF)
    assert found.consents == {first.consent_id, regrant.consent_id} and found.users == {"u1"}


def test_an_account_grant_standing_in_is_the_receipt():
    grant = event("grant", BEFORE, subject_type="account", source="admin")
    policy = Policy(allow_account_consent_for=frozenset({"content"}))
    m = member(account_events=(grant,))
    assert person_receipt([m], "content", MEETING, policy, AS_OF).consents == {grant.consent_id}


def test_emitted_content_carries_every_room_members_grants_and_excluded_records_carry_none():
    a, b = event("grant", BEFORE, subject="u1"), event("grant", BEFORE - timedelta(hours=1), subject="u2")
    roster = [member(user_events=(a,)), member(user_events=(b,), participant="p2", user="u2")]
    meeting = MeetingInputs(
        "m1",
        tuple(roster),
        transcripts=(segment("s1", "p1"),),
        telemetry=(telemetry("e1", "p2", user="u2"), telemetry("e2", "p9", user="u9")),
    )
    decisions = {
        d.parsed.record.model_dump().get("segment_id") or d.parsed.record.event_id: d
        for d in decide_meeting_with_receipts(meeting, DEFAULT, AS_OF)
    }
    assert decisions["s1"].receipt.consents == {a.consent_id, b.consent_id}
    assert decisions["s1"].receipt.users == {"u1", "u2"}
    assert decisions["e1"].receipt.consents == {b.consent_id}  # telemetry rests on its own user only
    assert decisions["e1"].receipt.users == {"u2"}
    assert decisions["e2"].reason != Reason.EMITTED and decisions["e2"].receipt.consents == set()
