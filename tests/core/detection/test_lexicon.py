"""The name rules' word lists (package data) and word-frequency levels."""

from __future__ import annotations

import importlib.resources

from meeting_privacy.core.detection import lexicon


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
