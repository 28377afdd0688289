"""De-identifying one meeting with the real detector: placeholders, pseudonyms, dropped fields, failures."""

from __future__ import annotations

from datetime import datetime, timezone

from meeting_privacy.core.consent import MeetingDecisions, Reason
from meeting_privacy.core.deidentify import coarsen, deidentify_meeting
from meeting_privacy.core.detection import Roster
from meeting_privacy.core.pseudonyms import Pseudonymizer
from meeting_privacy.core.redactor import Redactor
from meeting_privacy.schemas.envelopes import Parsed, Source
from meeting_privacy.schemas.inputs import Participant, TelemetryEvent, TranscriptSegment

KEY = "unit-test-key-0123456789abcdefghijkl"
JOINED = datetime(2026, 3, 1, 10, 0, tzinfo=timezone.utc)


def roster(meeting="m1"):
    return tuple(
        Participant(
            meeting_id=meeting,
            participant_id=pid,
            user_id=uid,
            account_id="a1",
            display_name=name,
            email=email,
            role="attendee",
            country="US",
            joined_at=JOINED,
        )
        for pid, uid, name, email in (
            ("p1", "u1", "Priya Sharma", "priya.sharma@example.com"),
            ("p2", "u2", "Marcus Webb", "marcus@example.com"),
        )
    )


def segment(segment_id, text, start_ms, meeting="m1", participant="p1", line=1):
    record = TranscriptSegment(
        segment_id=segment_id,
        meeting_id=meeting,
        participant_id=participant,
        start_ms=start_ms,
        end_ms=start_ms + 900,
        text=text,
    )
    return Parsed("transcripts", record, Source("transcripts-1.jsonl", line), text.encode())


def run(redactor, records, meeting="m1", reasons=None):
    decisions = tuple((r, (reasons or {}).get(r.record.segment_id, Reason.EMITTED)) for r in records)
    outputs = list(
        deidentify_meeting(MeetingDecisions(meeting, roster(meeting), decisions), redactor, Pseudonymizer(KEY), "hour")
    )
    return {tag: [o.value for o in outputs if o.tag == tag] for tag in ("transcripts", "audit", "quarantine")}


def texts(result):
    return {row.segment_pseudonym: row.text for row in result["transcripts"]}


def test_same_value_same_placeholder_across_segments_and_name_forms(redactor):
    result = run(
        redactor,
        [
            segment("s2", "Thanks Priya, and Marcus will send the notes.", 5000, participant="p2", line=2),
            segment("s1", "Hi Marcus, this is Priya Sharma.", 1000),
            segment("s3", "Priya's deck is great; mail priya.sharma@example.com", 9000, line=3),
        ],
    )
    pseudonym = Pseudonymizer(KEY)
    by_id = {sid: texts(result)[pseudonym("segment_id", sid)] for sid in ("s1", "s2", "s3")}
    # Numbered in meeting order (start_ms), not input order.
    assert by_id["s1"] == "Hi <PERSON_1>, this is <PERSON_2>."
    assert by_id["s2"] == "Thanks <PERSON_2>, and <PERSON_1> will send the notes."
    assert by_id["s3"] == "<PERSON_2>'s deck is great; mail <EMAIL_ADDRESS_1>"
    audit = {row.record_pseudonym: row for row in result["audit"]}
    assert dict(audit[pseudonym("segment_id", "s3")].entity_counts) == {"PERSON": 1, "EMAIL_ADDRESS": 1}


def test_numbering_restarts_in_each_meeting(redactor):
    first = run(redactor, [segment("s1", "Marcus and Priya met.", 0)])
    second = run(redactor, [segment("s9", "Priya met Marcus.", 0, meeting="m2")], meeting="m2")
    assert next(iter(texts(first).values())) == "<PERSON_1> and <PERSON_2> met."
    assert next(iter(texts(second).values())) == "<PERSON_1> met <PERSON_2>."


def test_only_emitted_records_are_redacted_and_every_record_is_audited(redactor):
    result = run(
        redactor,
        [segment("s1", "Hello Priya", 0), segment("s2", "Hello Marcus", 10, line=2)],
        reasons={"s2": Reason.NO_CONSENT},
    )
    assert len(result["transcripts"]) == 1
    assert sorted(row.reason for row in result["audit"]) == ["emitted", "no_consent"]


class _FailsOnMarker(Redactor):
    """Fault injection: detection raises for any batch holding the marker text."""

    def detect(self, texts, rosters):
        if any("FAIL-HERE" in text for text in texts):
            raise RuntimeError("injected detector failure")
        return super().detect(texts, rosters)


def test_a_record_whose_detection_raises_is_quarantined_and_the_rest_survive(redactor):
    failing = _FailsOnMarker(redactor._detector)
    result = run(failing, [segment("s1", "Priya says FAIL-HERE", 0), segment("s2", "Marcus agrees", 10, line=2)])
    assert [row.text for row in result["transcripts"]] == ["<PERSON_1> agrees"]
    assert [q.reason for q in result["quarantine"]] == ["deidentification_failed"]
    assert result["quarantine"][0].raw == b"Priya says FAIL-HERE"
    assert "Priya" not in result["quarantine"][0].error
    reasons = sorted(row.reason for row in result["audit"])
    assert reasons == ["deidentification_failed", "emitted"]


def test_telemetry_drops_what_must_never_leave(redactor):
    event = TelemetryEvent.model_validate(
        {
            "event_id": "e1",
            "meeting_id": "m1",
            "participant_id": "p1",
            "user_id": "u1",
            "account_id": "a1",
            "event_type": "network_quality",
            "occurred_at": "2026-03-01T10:47:13Z",
            "client": {"os": "macOS", "app_version": "6.1", "device_name": "Priya's laptop", "device_id": "d-1"},
            "network": {"ip_address": "203.0.113.9", "rtt_ms": 41, "packet_loss_pct": 0.5},
            "geo": {"country": "US", "region": "Massachusetts", "city": "Boston"},
            "message": "reconnect failed for marcus@example.com",
        }
    )
    parsed = Parsed("telemetry", event, Source("telemetry-1.jsonl", 1), b"{}")
    outputs = list(
        deidentify_meeting(
            MeetingDecisions("m1", roster(), ((parsed, Reason.EMITTED),)), redactor, Pseudonymizer(KEY), "hour"
        )
    )
    (row,) = [o.value for o in outputs if o.tag == "telemetry"]
    pseudonym = Pseudonymizer(KEY)
    assert row.device_pseudonym == pseudonym("device_id", "d-1")
    assert row.user_pseudonym == pseudonym("user_id", "u1")
    assert row.account_pseudonym == pseudonym("account_id", "a1")
    assert row.device_name == "<PERSON_1>'s laptop"
    assert row.message == "reconnect failed for <EMAIL_ADDRESS_1>"
    assert row.occurred_hour == datetime(2026, 3, 1, 10, tzinfo=timezone.utc)
    assert (row.country, row.rtt_ms, row.os) == ("US", 41.0, "macOS")
    flat = repr(row)
    for value in ("203.0.113.9", "Boston", "Massachusetts", "Priya", "marcus@", "d-1"):
        assert value not in flat


def test_coarsen_to_hour_or_day_in_utc():
    moment = datetime.fromisoformat("2026-03-01T23:59:59-02:00")
    assert coarsen(moment, "hour") == datetime(2026, 3, 2, 1, tzinfo=timezone.utc)
    assert coarsen(moment, "day") == datetime(2026, 3, 2, tzinfo=timezone.utc)


class _DropsAResult(Redactor):
    """Fault injection: the detector returns one result too few for a batch."""

    def detect(self, texts, rosters):
        return super().detect(texts, rosters)[:-1] if len(texts) > 1 else super().detect(texts, rosters)


def test_a_detector_returning_too_few_results_cannot_misplace_spans(redactor):
    shorted = _DropsAResult(redactor._detector)
    result = run(shorted, [segment("s1", "Hello Priya", 0), segment("s2", "Hi Marcus", 10, line=2)])
    # The batch is refused; one by one, each record gets exactly its own spans.
    assert sorted(row.text for row in result["transcripts"]) == ["Hello <PERSON_1>", "Hi <PERSON_2>"]


def test_adjacent_spans_of_one_type_keep_their_own_placeholders(redactor):
    from presidio_analyzer import RecognizerResult

    from meeting_privacy.core.redactor import Placeholders

    text = "Kay I'm here"
    spans = [RecognizerResult("PERSON", 0, 3, 0.9), RecognizerResult("PERSON", 4, 7, 0.9)]
    redacted = redactor.apply(text, spans, Placeholders())
    assert redacted.text == "<PERSON_1> <PERSON_2> here"


def test_a_name_found_in_one_segment_is_redacted_in_the_whole_meeting(redactor):
    alone = "Zorbek has it now."
    [spans] = redactor.detect([alone], [Roster()])
    assert spans == []  # nothing in this text alone says that Zorbek is a person ("Zorbek said" would)
    result = run(
        redactor,
        [
            segment("s1", "Please ask Zorbek about the invoice.", 1000),
            segment("s2", alone, 5000, participant="p2", line=2),
        ],
    )
    pseudonym = Pseudonymizer(KEY)
    by_id = {sid: texts(result)[pseudonym("segment_id", sid)] for sid in ("s1", "s2")}
    assert by_id == {"s1": "Please ask <PERSON_1> about the invoice.", "s2": "<PERSON_1> has it now."}
