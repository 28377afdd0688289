"""The name rules' word lists and word tests, one row per kind of evidence a word gives."""

from __future__ import annotations

import importlib.resources
from collections.abc import Callable

import pytest

from meeting_privacy.core.detection import lexicon
from meeting_privacy.core.detection.names import (
    _is_surname_like,
    _may_be_listed_name,
    is_everyday_pair,
    is_everyday_phrase,
    is_given_name,
)
from meeting_privacy.core.detection.recognizers import _is_label_name_word
from meeting_privacy.core.detection.repeats import _distinctive
from meeting_privacy.core.detection.unknown_names import _name_like, _rare

NAME_WORD_TABLE: list[tuple[str, Callable[[str], bool], str, bool]] = [
    ("an unambiguous given name alone", is_given_name, "Derek", True),
    ("a given name that is an everyday word wants more evidence", is_given_name, "Grace", False),
    ("an ambiguous given name counts where more evidence is given", lambda w: is_given_name(w, True), "grace", True),
    ("another locale's name that is also a word counts capitalised", is_given_name, "Saga", True),
    ("...and not in lower case", is_given_name, "saga", False),
    ("a voice assistant's wake word is a product", is_given_name, "Alexa", False),
    ("a capitalised surname after a given name", lambda w: _is_surname_like(w, True), "Poulsen", True),
    (
        "a lower-case surname after a given name, rarer than a common word",
        lambda w: _is_surname_like(w, False),
        "pitt",
        True,
    ),
    ("a common word after a lower-case given name is no surname", lambda w: _is_surname_like(w, False), "said", False),
    ("a month alone is a date", is_everyday_phrase, "September", True),
    ("a month that is also a name may be a person", is_everyday_phrase, "June", False),
    ("everyday words the model called a person", is_everyday_phrase, "Discipline", True),
    ("a lower-case pair of everyday words needs a cue", is_everyday_pair, "golden harbor", True),
    ("a lower-case given name and surname is no everyday pair", is_everyday_pair, "priya raman", False),
    ("a lower-case pair with a surname rarer than an everyday word", is_everyday_pair, "brad pitt", False),
    ("listed with a person, even an everyday given name", _may_be_listed_name, "May", True),
    ("listed with a person, an everyday word is not", _may_be_listed_name, "Apples", False),
    ("a word English hardly uses, by its shape", _rare, "Tzigane", True),
    ("a word English uses is no shape evidence", _rare, "Figures", False),
    ("an ambiguous given name is never a shape name", _name_like, "Will", False),
    ("a speaker label word: a given name", _is_label_name_word, "Priya", True),
    ("a speaker label word: an everyday word is a heading", _is_label_name_word, "Note", False),
    ("a found name's word that is distinctive repeats", _distinctive, "Lantos", True),
    ("a found name's everyday word does not repeat", _distinctive, "potter", False),
    ("an ambiguous given name does not repeat", _distinctive, "Will", False),
]


@pytest.mark.parametrize(
    ("rule", "word", "expected"), [row[1:] for row in NAME_WORD_TABLE], ids=[row[0] for row in NAME_WORD_TABLE]
)
def test_name_word_table(rule: Callable[[str], bool], word: str, expected: bool) -> None:
    assert rule(word) is expected


def test_months_and_weekdays_are_listed_once_and_used_everywhere() -> None:
    assert {"may", "june", "sunday", "december"} <= lexicon.CALENDAR_WORDS
    assert lexicon.CALENDAR_WORDS <= lexicon.NOT_NAME_WORDS
    assert lexicon.CALENDAR_WORDS <= lexicon.AMBIGUOUS_GIVEN_NAMES
    listed = {w for name in ("not_name_words", "ambiguous_given_names") for w in lexicon.words(name)}
    assert not listed & {"monday", "september"}  # not repeated in the other lists


def test_every_list_is_package_data_of_one_lower_case_word_a_line() -> None:
    files = [f.name for f in importlib.resources.files(lexicon.__name__).iterdir() if f.name.endswith(".txt")]
    assert len(files) >= 7
    for file in files:
        assert lexicon.words(file.removesuffix(".txt"))


def test_the_zipf_levels_are_ordered() -> None:
    levels = [lexicon.Zipf.RARE, lexicon.Zipf.WORD, lexicon.Zipf.UNLISTED_NAME, lexicon.Zipf.EVERYDAY]
    assert levels == sorted(levels) and lexicon.Zipf.COMMON > lexicon.Zipf.EVERYDAY
