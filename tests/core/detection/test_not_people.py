"""Given names that name no one: tools, everyday phrases, verbs that open a sentence; real names beside them."""

from __future__ import annotations

import pytest

from meeting_privacy.core.detection import Detector, Roster
from meeting_privacy.core.detection.filters import is_product_use, is_verb_use
from meeting_privacy.core.detection.lexicon import NAME_IDIOMS, PRODUCT_NOUNS


def persons(detector: Detector, text: str, roster: Roster | None = None) -> list[str]:
    [results] = detector.analyze_batch([text], [roster or Roster()])
    return [text[r.start : r.end] for r in results if r.entity_type == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "cassandra nodes keep running out of disk",  # a tool, by the noun after it
        "Luigi tasks need retries on the export step.",
        "um aurora failover took about thirty seconds",  # a compound is no lower-case surname
        "Kelly green is off brand; use the darker shade.",  # an everyday phrase
        "so like a cup of joe before we start",
        "the lazy susan on the conference table is stuck again",
        "Pat the laptop dry and take it to the help desk.",  # a verb opening a typed sentence
        "Max out the retry count on the flaky job.",
        "Glass Archipelago: one more service split this quarter.",  # dictionary words, the last no surname
        "the hazel tractor pilot needs offline maps",
        "we had to jimmy the supply cupboard",  # a verb where a verb goes
        "our trial of vercel ends on friday",  # a tool by the words before it
    ],
)
def test_given_names_that_name_no_one(detector: Detector, text: str) -> None:
    assert persons(detector, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("cassandra said the nodes keep running out of disk", "cassandra"),  # what people do wins
        ("Luigi needs retries on the export step.", "Luigi"),
        ("derek the numbers look good", "derek"),  # lower-case speech: a name said to address someone
        ("Pat, the laptop is dry now.", "Pat"),  # a comma: addressed
        ("Marguerite Okonkwo drafted the cup of joe survey", "Marguerite Okonkwo"),
        ("Velvet Otter joined the call late", "Velvet Otter"),
        ("Eric will take the minutes today", "Eric"),  # the model misses him: what follows says a person
        ("ask jimmy the details", "jimmy"),  # otter is a census surname: may be someone
    ],
)
def test_the_same_words_still_name_people(detector: Detector, text: str, name: str) -> None:
    assert name in persons(detector, text)


def test_the_roster_outweighs_an_everyday_phrase(detector: Detector) -> None:
    text = "kelly green will present the budget"
    assert persons(detector, text, Roster(names=("Kelly Green",))) == ["kelly green"]


def test_product_nouns_and_idioms_are_lists_a_reader_can_check() -> None:
    assert {"nodes", "pipelines", "notebooks"} <= PRODUCT_NOUNS
    assert not {"builds", "tests", "logs", "jobs", "account", "team"} & PRODUCT_NOUNS  # verbs, possessions, surnames
    assert {"kelly green", "cup of joe"} <= NAME_IDIOMS and "dear john" not in NAME_IDIOMS  # "Dear John," opens a mail
    assert is_product_use("the jupyter server", 4, 11) and not is_product_use("jupyter", 0, 7)
    assert is_product_use("our trial of vercel ends", 13, 19) and is_product_use("frost-proof", 0, 5)
    assert is_verb_use("Chuck me the remote", 0, 5) and not is_verb_use("chuck me the remote", 0, 5)
    assert is_verb_use("we had to jimmy the door", 10, 15) and not is_verb_use("ask jimmy the details", 4, 9)
