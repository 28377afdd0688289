"""The record-kind registry is the one source of what each kind is, and the steps keyed on it cover it."""

from __future__ import annotations

import dataclasses
import json
import random
from datetime import datetime, timezone

import pytest

from meeting_privacy.core.consent import MeetingInputs, Reason, decide_meeting, unattributable
from meeting_privacy.core.deidentify import ROW_BUILDERS, free_text, meeting_order
from meeting_privacy.core.input_files import owner_shard
from meeting_privacy.core.parsing import parse_line
from meeting_privacy.core.policy import CATEGORIES, Policy
from meeting_privacy.schemas.envelopes import Parsed, Rejected, Source
from meeting_privacy.schemas.kinds import AUDITED_KINDS, CONTENT_KINDS, KINDS, REFERENCE_KINDS
from meeting_privacy.schemas.outputs import SCHEMAS, STRING_COLUMNS, TRAINING_ROWS, FreeText, arrow_schema

AUDITED = [KINDS[name] for name in AUDITED_KINDS]
REFERENCE = [KINDS[name] for name in REFERENCE_KINDS]
AS_OF = datetime(2026, 6, 30, tzinfo=timezone.utc)


@pytest.mark.parametrize("spec", KINDS.values(), ids=list(KINDS))
def test_every_kind_reads_with_a_model_of_its_own_name(spec):
    assert spec.model.KIND == spec.name
    assert spec.description


def test_kinds_are_audited_or_reference_and_the_tables_keyed_by_kind_agree():
    assert set(AUDITED_KINDS) | set(REFERENCE_KINDS) == set(KINDS)
    assert not set(AUDITED_KINDS) & set(REFERENCE_KINDS)
    assert set(STRING_COLUMNS) == set(TRAINING_ROWS) == set(AUDITED_KINDS)
    assert set(SCHEMAS) == {*AUDITED_KINDS, "audit"}
    assert set(ROW_BUILDERS) == set(AUDITED_KINDS)
    assert {field.name for field in dataclasses.fields(MeetingInputs)} >= set(AUDITED_KINDS)
    assert set(CONTENT_KINDS) == {"transcripts", "chat"}


@pytest.mark.parametrize("spec", AUDITED, ids=AUDITED_KINDS)
def test_an_audited_kind_names_its_id_order_category_and_columns(spec):
    fields = spec.model.model_fields
    assert spec.id_field in fields and spec.order_field in fields
    assert spec.category in CATEGORIES
    assert SCHEMAS[spec.name] == arrow_schema(spec.row)
    assert spec.id_column in spec.row._fields
    assert spec.columns is STRING_COLUMNS[spec.name]
    assert spec.free_text == tuple(r.source for r in spec.columns.values() if isinstance(r, FreeText))
    assert spec.per_meeting
    assert spec.attributed_by is None


@pytest.mark.parametrize("spec", REFERENCE, ids=REFERENCE_KINDS)
def test_a_reference_kind_has_no_training_set_and_a_decisive_one_names_what_attributes_a_line(spec):
    assert spec.row is None and spec.id_field is None and spec.category is None and spec.id_column is None
    assert spec.columns == {} and spec.free_text == ()
    assert spec.decisive == (spec.name in ("participants", "consent"))
    assert spec.attributed_by is None or spec.attributed_by in spec.model.model_fields


def test_meeting_orders_are_distinct_so_placeholders_number_kinds_in_one_order():
    assert sorted(spec.meeting_order for spec in AUDITED) == list(range(len(AUDITED)))


def _line(kind: str, line: int, **fields):
    parsed = parse_line(kind, json.dumps(fields).encode(), Source(f"{kind}.jsonl", line))
    assert isinstance(parsed, Parsed), parsed.error
    return parsed


def _segment(segment_id, start_ms, line):
    return _line(
        "transcripts",
        line,
        segment_id=segment_id,
        meeting_id="m1",
        participant_id="p1",
        start_ms=start_ms,
        end_ms=start_ms + 500,
        text="hello",
    )


def _message(message_id, sent_at, line):
    return _line(
        "chat",
        line,
        message_id=message_id,
        meeting_id="m1",
        sender_participant_id="p1",
        recipient="everyone",
        sent_at=sent_at,
        text="hi",
    )


def _event(event_id, occurred_at, line, **extra):
    return _line(
        "telemetry",
        line,
        event_id=event_id,
        meeting_id="m1",
        participant_id="p1",
        account_id="a1",
        event_type="join",
        occurred_at=occurred_at,
        **extra,
    )


def test_a_mixed_meeting_sorts_by_kind_then_time_then_id():
    expected = [
        _segment("s9", 100, 1),
        _segment("s1", 2000, 2),
        _segment("s2", 2000, 3),  # same start: by id
        _message("c1", "2026-03-01T11:00:00+01:00", 1),
        _message("c5", "2026-03-01T10:00:00Z", 2),  # the same instant written in another zone: by id
        _message("c0", "2026-03-01T10:00:01Z", 3),
        _event("e2", "2026-03-01T09:00:00Z", 1),  # telemetry last, even when earlier than the chat
        _event("e1", "2026-03-01T09:30:00Z", 2),
    ]
    shuffled = expected[:]
    random.Random(7).shuffle(shuffled)
    assert [p.record for p in sorted(shuffled, key=meeting_order)] == [p.record for p in expected]


def test_every_audited_kind_gets_one_decision_per_record_and_its_copies_are_found_by_its_id_field():
    records = {
        "transcripts": [_segment("s1", 0, 1), _segment("s1", 900, 2)],
        "chat": [_message("c1", "2026-03-01T10:00:00Z", 1), _message("c1", "2026-03-01T10:05:00Z", 2)],
        "telemetry": [_event("e1", "2026-03-01T09:00:00Z", 1), _event("e1", "2026-03-01T09:01:00Z", 2)],
    }
    assert set(records) == set(AUDITED_KINDS)
    meeting = MeetingInputs("m1", **{kind: tuple(found) for kind, found in records.items()})
    decided = {(p.kind, p.source.line): reason for p, reason in decide_meeting(meeting, Policy(), AS_OF)}
    # Nobody is on the roster: every first copy is someone unknown, every second copy a duplicate.
    assert decided == {
        **{(kind, 1): Reason.UNKNOWN_PARTICIPANT for kind in AUDITED_KINDS},
        **{(kind, 2): Reason.DUPLICATE_RECORD for kind in AUDITED_KINDS},
    }


def test_free_text_follows_the_kind_s_columns_through_nested_fields():
    event = _event("e1", "2026-03-01T09:00:00Z", 1, client={"device_name": "Priya's laptop"}, message="left")
    assert free_text(event) == ["Priya's laptop", "left"]
    assert free_text(_event("e2", "2026-03-01T09:00:00Z", 2)) == [None, None]
    assert free_text(_segment("s1", 0, 1)) == ["hello"]


def _rejected(kind: str, **salvaged) -> Rejected:
    return Rejected(kind, Source(f"{kind}.jsonl", 1), b"{", "line: not JSON", "malformed", tuple(salvaged.items()))


def test_a_broken_reference_line_is_unattributable_only_without_the_field_its_spec_names():
    assert unattributable(_rejected("consent"))
    assert not unattributable(_rejected("consent", subject_id="u1"))
    assert unattributable(_rejected("participants", subject_id="u1"))
    assert not unattributable(_rejected("participants", meeting_id="m1"))
    for kind in AUDITED_KINDS:  # a broken content or telemetry line is quarantined and audited instead
        assert not unattributable(_rejected(kind))


def test_only_kinds_outside_meetings_belong_to_shard_zero_whatever_they_say():
    consent = _line(
        "consent",
        1,
        consent_id="c1",
        subject_type="user",
        subject_id="u1",
        purpose="ai_training",
        data_category="content",
        decision="grant",
        recorded_at="2026-03-01T09:00:00Z",
        source="user",
    )
    assert not KINDS["consent"].per_meeting
    assert owner_shard(consent, 8) == 0
    meetings = [f"m{i}" for i in range(32)]
    shards = {owner_shard(_rejected("chat", meeting_id=m), 8) for m in meetings}
    assert len(shards) > 1  # per-meeting kinds spread over the shards
