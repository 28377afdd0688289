"""Every string field of every input kind, nested ones too, found by walking the input schemas,
carries a roster name, that person's roster email and their raw user id in one meeting of a
real run; no byte of any output outside quarantine may hold any of them.

A field added to an input model is planted here without anyone writing a test for it.
"""

from __future__ import annotations

import types
import typing

import pydantic
import pytest

from meeting_privacy.demo.writer import dump, write_input
from meeting_privacy.schemas.kinds import INPUT_MODELS
from tests.support.reliability_support import key_file, manifest, rows, run_args, run_captured, searchable_outputs

AT = "2026-03-10T15:00:00Z"
_SYLLABLES = "zor bek quil fen thax mor vel dri sko lun pra wix gal tor nim hus".split()


def _leaves(annotation) -> list:
    """The types an annotation may hold, through ``Optional``, ``Union`` and ``Annotated``."""
    if typing.get_origin(annotation) is typing.Annotated:
        return _leaves(typing.get_args(annotation)[0])
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return [leaf for arg in typing.get_args(annotation) for leaf in _leaves(arg)]
    return [annotation]


def string_fields(model: type[pydantic.BaseModel], prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Paths of every field of ``model`` that may hold a string, nested models included."""
    paths = []
    for name, field in model.model_fields.items():
        if name == "nulled_fields":
            continue  # set by the model itself, never read from the input
        leaves = _leaves(field.annotation)
        nested = [leaf for leaf in leaves if isinstance(leaf, type) and issubclass(leaf, pydantic.BaseModel)]
        if nested:
            paths += string_fields(nested[0], (*prefix, name))
        elif any(leaf is str or typing.get_origin(leaf) is typing.Literal for leaf in leaves):
            paths.append((*prefix, name))
    return paths


PLANTS = [(kind, path) for kind, model in sorted(INPUT_MODELS.items()) for path in string_fields(model)]


def _name(n: int) -> tuple[str, str]:
    first = (_SYLLABLES[n % 16] + _SYLLABLES[(n // 16) % 16] + "a").capitalize()
    last = (_SYLLABLES[(n * 7 + 3) % 16] + _SYLLABLES[(n * 5 + 1) % 16] + "ov").capitalize()
    return first, last


def _meeting(n: int, kind: str, path: tuple[str, ...]):
    """One consenting meeting of two people whose ``kind`` record has ``path`` planted."""
    meeting = f"mtg-plant-{n}"
    people = []
    for p in range(2):
        first, last = _name(2 * n + p)
        people.append(
            {
                "first": first,
                "last": last,
                "user": f"usr-{n:03d}{p}-qx7k",
                "participant": f"prt-{n}-{p}",
                "email": f"{first.lower()}.{last.lower()}@example.com",
            }
        )
    target = people[0]
    canary = f"{target['first']} {target['last']} {target['email']} {target['user']}"
    records = {
        "participants": [
            {
                "meeting_id": meeting,
                "participant_id": person["participant"],
                "user_id": person["user"],
                "account_id": "acct-plant",
                "display_name": f"{person['first']} {person['last']}",
                "email": person["email"],
                "role": "attendee",
                "country": "US",
                "joined_at": AT,
            }
            for person in people
        ],
        "consent": [
            {
                "consent_id": f"c-{n}-{p}",
                "subject_type": "user",
                "subject_id": person["user"],
                "purpose": "ai_training",
                "data_category": "all",
                "decision": "grant",
                "recorded_at": "2026-01-01T00:00:00Z",
                "source": "user",
            }
            for p, person in enumerate(people)
        ],
        "meetings": [{"meeting_id": meeting, "title": "Checklist review", "agenda": "The checklist."}],
        "transcripts": [
            {
                "segment_id": f"seg-{n}",
                "meeting_id": meeting,
                "participant_id": target["participant"],
                "start_ms": 0,
                "end_ms": 900,
                "text": "Let's go over the checklist.",
                "language": "en",
                "asr_confidence": 0.9,
            }
        ],
        "chat": [
            {
                "message_id": f"msg-{n}",
                "meeting_id": meeting,
                "sender_participant_id": target["participant"],
                "recipient": "everyone",
                "sent_at": AT,
                "text": "Notes are in the shared folder.",
            }
        ],
        "telemetry": [
            {
                "event_id": f"evt-{n}",
                "meeting_id": meeting,
                "participant_id": target["participant"],
                "user_id": target["user"],
                "account_id": "acct-plant",
                "event_type": "join",
                "occurred_at": AT,
                "client": {"os": "macOS", "app_version": "6.1.0", "device_name": "laptop", "device_id": f"dev-{n}"},
                "network": {"ip_address": "10.1.2.3", "rtt_ms": 20.0},
                "geo": {"country": "US", "region": "Ohio", "city": "Columbus"},
                "message": "Audio device changed.",
            }
        ],
    }
    record = records[kind][0]
    for part in path[:-1]:
        record = record.setdefault(part, {})
    record[path[-1]] = canary
    values = {f"{target['first']} {target['last']}", target["first"], target["last"], target["email"], target["user"]}
    return records, values


@pytest.fixture(scope="module")
def planted_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("plants")
    lines: dict[str, list[bytes]] = {kind: [] for kind in INPUT_MODELS}
    canaries: dict[tuple[str, tuple[str, ...]], set[str]] = {}
    for n, (kind, path) in enumerate(PLANTS):
        records, values = _meeting(n, kind, path)
        canaries[(kind, path)] = values
        for name, found in records.items():
            lines[name] += [dump(r) for r in found]
    (root / "input").mkdir()
    for kind, kind_lines in lines.items():
        write_input(root / "input" / f"{kind}.jsonl", kind_lines)
    result = run_captured(run_args(root / "input", root / "output", key_file(root)), root / "output")
    assert result.code == 0, result.stderr[-2000:]
    outputs = searchable_outputs(root / "output")
    outputs["<stdout>"], outputs["<stderr>"] = result.stdout, result.stderr
    return root / "output", canaries, outputs


def test_the_schemas_give_string_fields_of_every_kind_nested_ones_included():
    kinds = {kind for kind, _ in PLANTS}
    assert kinds == set(INPUT_MODELS)
    for nested_or_optional in (("client", "os"), ("geo", "city"), ("geo", "country"), ("event_type",), ("user_id",)):
        assert ("telemetry", nested_or_optional) in PLANTS
    assert ("participants", ("role",)) in PLANTS and ("transcripts", ("language",)) in PLANTS
    assert len(PLANTS) >= 40


@pytest.mark.slow
def test_most_planted_meetings_still_reach_the_training_sets(planted_run):
    output, _, _ = planted_run
    counts = manifest(output)["counts"]
    assert all(counts[kind]["emitted"] >= len(PLANTS) // 2 for kind in ("transcripts", "chat", "telemetry"))
    assert rows(output, "telemetry")


@pytest.mark.slow
def test_each_closed_form_field_that_held_a_plant_was_nulled_and_counted(planted_run):
    output, _, _ = planted_run
    nulled = manifest(output)["nulled_fields"]
    expected = {
        "transcripts.language",
        "telemetry.event_type",
        "telemetry.client.os",
        "telemetry.client.app_version",
        "telemetry.geo.country",
    }
    assert {field: nulled.get(field) for field in expected} == dict.fromkeys(expected, 1)


@pytest.mark.slow
@pytest.mark.parametrize("plant", PLANTS, ids=lambda p: f"{p[0]}.{'.'.join(p[1])}")
def test_no_planted_value_appears_in_any_output(planted_run, plant):
    _, canaries, outputs = planted_run
    hits = []
    for value in sorted(canaries[plant]):
        forms = {value.encode(), value.lower().encode()}
        hits += [(value, where) for where, data in outputs.items() if any(form in data for form in forms)]
    assert not hits, hits[:5]
