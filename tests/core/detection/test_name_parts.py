"""A person span takes the name parts beside it: half a name redacted is a name leaked."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from meeting_privacy.core.detection import Detector
from meeting_privacy.core.detection.name_parts import extend_names
from tests.support.people import persons


def grown(text: str, found: str, others: dict[str, str] | None = None) -> str:
    """The span ``found`` of ``text`` after growing, beside the other entities ``others`` (text -> type)."""
    start = text.index(found)
    results = [RecognizerResult("PERSON", start, start + len(found), 0.6)]
    for other, entity in (others or {}).items():
        results.append(RecognizerResult(entity, text.index(other), text.index(other) + len(other), 0.6))
    [person] = [r for r in extend_names(text, results) if r.entity_type == "PERSON"]
    return text[person.start : person.end]


@pytest.mark.parametrize(
    ("text", "found", "name"),
    [
        # particles and the surname after them, or before a surname
        ("pieter de vries cycles to work", "pieter", "pieter de vries"),
        ("Uh my colleague Dervla van der Linden will present", "Dervla van", "Dervla van der Linden"),
        ("Um van den Hoek and Vacek tabled it", "Hoek", "van den Hoek"),
        ("Ionescu and ter Waarbeek tabled it", "Waarbeek", "ter Waarbeek"),
        ("and what of abu qatada bin laden's right hand man", "qatada bin laden", "abu qatada bin laden"),
        # a surname after the span, a ruler's number, May where no verb follows
        ("the nobel laureate amartya sen spoke", "amartya", "amartya sen"),
        ("her assistant is grace o'neill", "grace", "grace o'neill"),
        ("Her assistant is Grace O'Neill", "Grace", "Grace O'Neill"),
        ("queen elizabeth ii marking her sixty years", "elizabeth", "elizabeth ii"),
        ("Pope John Paul II visited", "John Paul", "John Paul II"),
        ("theresa may gambled and she lost", "theresa", "theresa may"),
        ("his last call was to theresa may to warn her", "theresa", "theresa may"),
        ("it took theresa may nine months to trigger it", "theresa", "theresa may"),  # no number after a modal
        ("Theresa May 2 years ago", "Theresa", "Theresa May"),
        # a given name, or a word English hardly uses, before a lone surname
        ("imran khan was sentenced", "khan", "imran khan"),
        ("the member from kerala shashi tharoor asked", "tharoor", "shashi tharoor"),
        ("the owner is august lindqvist", "lindqvist", "august lindqvist"),
    ],
)
def test_a_span_takes_the_name_parts_beside_it(text: str, found: str, name: str) -> None:
    assert grown(text, found) == name


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("maria may be late today", "maria"),  # a modal
        ("maria may need a hand", "maria"),
        ("maria may one day lead the party", "maria"),
        ("steve said no", "steve"),  # "said" is a census surname, and what people do
        ("in august lindqvist said no and grace period ends", "grace"),
        ("john i think so", "john"),  # not a ruler's number
        ("the bill khan proposed", "khan"),  # a determiner before it
        ("theresa may gambled", "theresa may"),  # one surname: not the verb after it
        ("from lagos shashi tharoor asked", "shashi tharoor"),  # a rare word before a whole name is no part of it
        ("ask priya when she lands", "priya"),
        ("Ask Maria Jira about it", "Maria"),  # in typed text, only a listed surname: not a tool beside a name
    ],
)
def test_a_span_takes_no_word_that_is_no_name_part(text: str, found: str) -> None:
    assert grown(text, found) == found


def test_a_span_takes_no_word_another_entity_holds() -> None:
    text = "the member for shashi tharoor asked"
    assert grown(text, "tharoor") == "shashi tharoor"
    assert grown(text, "tharoor", {"shashi": "LOCATION"}) == "tharoor"  # a place the detector found stays one


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the owner is august lindqvist he's coming at six", "august lindqvist"),
        ("Um Sari Chhabra is joining us from the legal team", "Sari Chhabra"),
        ("pieter de vries cycles to work in utrecht even in the snow", "pieter de vries"),
        ("theresa may gambled and she lost and the country is deeply divided", "theresa may"),
        ("I visited Lemland with Fortunata de Grote last year", "Fortunata de Grote"),
        ("um the lead booker is liam o'hara", "liam o'hara"),  # a surname no everyday word looks like
        ("uh jasmine sorry jasmine reyes-moore has a hearing on the ninth", "jasmine reyes-moore"),
    ],
)
def test_the_detector_redacts_whole_names(detector: Detector, text: str, name: str) -> None:
    assert name in persons(detector, text)


def test_a_name_does_not_take_an_everyday_word_beside_it(detector: Detector) -> None:
    text = "in august lindqvist said no and grace period ends"
    assert "grace period" not in persons(detector, text)
