"""The name rules' word lists (package data) and word-frequency levels."""

from __future__ import annotations

import importlib.resources

import pytest

from meeting_privacy.core.detection import lexicon


def test_months_and_weekdays_are_listed_once_and_used_everywhere() -> None:
    assert {"may", "june", "sunday", "december"} <= lexicon.CALENDAR_WORDS
    assert lexicon.CALENDAR_WORDS <= lexicon.NOT_NAME_WORDS
    assert lexicon.CALENDAR_WORDS <= lexicon.AMBIGUOUS_GIVEN_NAMES
    listed = {w for name in ("not_name_words", "ambiguous_given_names") for w in lexicon.words(name)}
    assert not listed & {"monday", "september"}  # not repeated in the other lists


#: Lists of names of one word or several.
PHRASE_LISTS = {"wordnet_people", "wordnet_places", "name_idioms", "regions"}


def test_every_list_is_package_data_of_one_lower_case_word_a_line() -> None:
    files = [f.name for f in importlib.resources.files(lexicon.__name__).iterdir() if f.name.endswith(".txt")]
    assert len(files) >= 9
    for name in {file.removesuffix(".txt") for file in files} - PHRASE_LISTS:
        assert lexicon.words(name)
    for name in PHRASE_LISTS:
        assert any(" " in phrase for phrase in lexicon.phrases(name))
        with pytest.raises(RuntimeError, match="one word a line"):
            lexicon.words(name)


def test_wordnet_names_people_and_places_that_are_no_everyday_words() -> None:
    assert {"stalin", "mitterrand", "bill gates"} <= lexicon.WORDNET_PEOPLE
    assert {"manchester", "tenerife", "addis ababa"} <= lexicon.WORDNET_PLACES
    assert "stalin" not in lexicon.ENGLISH_WORDS and "manchester" not in lexicon.ENGLISH_WORDS
    assert "paris" in lexicon.ENGLISH_WORDS  # plaster of paris: not a name only
    assert "stalin" in lexicon.wordnet_surnames() and "burns" not in lexicon.wordnet_surnames()


def test_the_zipf_levels_are_ordered() -> None:
    levels = [lexicon.Zipf.RARE, lexicon.Zipf.WORD, lexicon.Zipf.UNLISTED_NAME, lexicon.Zipf.EVERYDAY]
    assert levels == sorted(levels) and lexicon.Zipf.COMMON > lexicon.Zipf.EVERYDAY


def test_meeting_words_are_dictionary_words_and_no_names() -> None:
    meeting_words = lexicon.words("meeting_words")
    assert not {w for w in meeting_words if w in lexicon.given_names() or w in lexicon.surnames()}
    assert all(w in lexicon.ENGLISH_WORDS for w in meeting_words) and "runbooks" in lexicon.ENGLISH_WORDS
