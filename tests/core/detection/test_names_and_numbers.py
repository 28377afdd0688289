"""Census-gazetteer names, written phone and card numbers, and overlap resolution."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from meeting_privacy.core.detection import Detector, Roster, resolve_overlaps
from meeting_privacy.core.detection.names import find_names, looks_like_person
from meeting_privacy.core.detection.recognizers import WrittenNumberRecognizer

NO_ROSTER = Roster()


def found(detector: Detector, text: str, roster: Roster = NO_ROSTER) -> list[tuple[str, str]]:
    [results] = detector.analyze_batch([text], [roster])
    return [(r.entity_type, text[r.start : r.end]) for r in results]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The name in the account is not correct, please change it to Sofia Lima", ["Sofia Lima"]),
        ("we need to add Ryan P Costa as guardian", ["Ryan P Costa"]),
        ("i want to reply to amy smith's email", ["amy smith"]),
        ("i want to reply to bob smith's email", []),
        ("has amy sent me any new emails", ["amy"]),
        ("They had three: Derek, Anna and Andrew.", ["Derek", "Anna", "Andrew"]),
        ("I will send the grace period notes", []),
        ("Let us review the Q3 numbers with Sales on Monday", []),
        ("ask alexa to play some music", []),
        ("i spoke to derek vanterpool yesterday", ["derek vanterpool"]),  # a rare word after a given name
        ("has derek sent the slides", ["derek"]),
    ],
)
def test_find_names(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e, _ in find_names(text)] == names


def test_looks_like_person() -> None:
    assert looks_like_person(["Fletcher", "Hill"]) and looks_like_person(["Derek"])
    assert not looks_like_person(["Grace", "Church"]) and not looks_like_person(["Derek", "Inc"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("did you see bill's notes?", [("PERSON", "bill")]),
        ("the bill's total is high", []),
        ("May and Ines Lindqvist will own the follow up", [("PERSON", "May"), ("PERSON", "Ines Lindqvist")]),
        ("the surname is Castillo, that's C A S T I L L O", [("PERSON", "Castillo"), ("PERSON", "C A S T I L L O")]),
        ("send it to may at acme dot io please", [("EMAIL_ADDRESS", "may at acme dot io")]),
        ("I will send the notes and we may update the plan", []),
        # two lower-case words of no dictionary joined by "and", one a listed name: two names
        # (the model calls mazowiecki a place here, so no person of its own starts the list)
        ("walesa and mazowiecki sat at the round table", [("PERSON", "walesa"), ("PERSON", "mazowiecki")]),
        ("we use kafka and flink for streaming", []),  # tools: the product list
        ("salt and pepper are on the table", []),
    ],
)
def test_names_in_context(detector: Detector, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(detector, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They're not answering at 78 651 450", [("PHONE_NUMBER", "78 651 450")]),
        (
            "Mobile: (37) 788-063\nFax: 259.735.7502x459",
            [("PHONE_NUMBER", "(37) 788-063"), ("PHONE_NUMBER", "259.735.7502x459")],
        ),
        ("Desk: +41 (0)96 471 07 95", [("PHONE_NUMBER", "+41 (0)96 471 07 95")]),
        ("My card 4131034282458809939 is expiring", [("CREDIT_CARD", "4131034282458809939")]),
        ("Date: 2003-08-28, call me at 3 pm", []),
        ("we sold 12000000 units in 2024", []),
    ],
)
def test_written_numbers(text: str, expected: list[tuple[str, str]]) -> None:
    results = WrittenNumberRecognizer().analyze(text, ["PHONE_NUMBER", "CREDIT_CARD"])
    assert [(r.entity_type, text[r.start : r.end]) for r in results] == expected


def test_union_covering_span_wins_over_contained_one() -> None:
    email = RecognizerResult("EMAIL_ADDRESS", 0, 24, 1.0)
    person = RecognizerResult("PERSON", 0, 5, 1.0, recognition_metadata={"roster_person": 0})
    [merged] = resolve_overlaps([person, email])
    assert (merged.entity_type, merged.start, merged.end) == ("EMAIL_ADDRESS", 0, 24)


def test_roster_email_holding_a_name_part_is_an_email(detector: Detector) -> None:
    roster = Roster(names=("Priya Sharma",), emails=("priya.sharma@example.com",))
    text = "mail priya.sharma@example.com today"
    assert found(detector, text, roster) == [("EMAIL_ADDRESS", "priya.sharma@example.com")]


@pytest.mark.parametrize("text", ["The Pewter Walrus launch slipped again.", "Any news on Crimson Gecko?"])
def test_a_model_person_of_dictionary_words_is_dropped(detector: Detector, text: str) -> None:
    assert found(detector, text) == []


def test_a_model_person_with_a_frequent_surname_is_kept(detector: Detector) -> None:
    assert ("PERSON", "Bob Jones") in found(detector, "Yesterday Bob Jones called the office.")


def test_a_lower_case_word_listed_with_a_person(detector: Detector) -> None:
    assert found(detector, "i met derek and okonkwo yesterday") == [("PERSON", "derek"), ("PERSON", "okonkwo")]
    assert found(detector, "we had bread and cheese with derek") == [("PERSON", "derek")]
