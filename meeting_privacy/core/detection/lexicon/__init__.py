"""The word lists and word-frequency levels the name rules stand on, in one place.

The lists are package data (one lower-case word a line, ``#`` comments),
read once at import. The levels are wordfreq's Zipf scale (``log10`` of a
word's frequency per billion words: 3 is once per million words, 4 once
per hundred thousand), each named for the evidence it stands for.
"""

from __future__ import annotations

import importlib.resources

__all__ = [
    "AMBIGUOUS_GIVEN_NAMES",
    "ASSISTANTS",
    "CALENDAR_WORDS",
    "COMMON_WORD_NAMES",
    "HONORIFICS",
    "NOT_NAME_WORDS",
    "ROLE_WORDS",
    "Zipf",
    "words",
]


def words(name: str) -> frozenset[str]:
    """The words of the list ``name`` (a ``.txt`` file beside this module)."""
    text = importlib.resources.files(__name__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    found = frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
    if not found or any(w != w.lower() or " " in w for w in found):
        raise RuntimeError(f"lexicon list {name!r} is empty or not one lower-case word a line")
    return found


class Zipf:
    """How common in English a word is, on wordfreq's Zipf scale, for each rule that asks."""

    #: Rarer than this, a capitalised word in no list is taken for a name by its shape (``Tzigane``).
    RARE = 2.5
    #: Once per million words: a word of English. A surname of another locale stops here
    #: (``Hearty``); a lower-case name of another locale above it may be a word (``saga``).
    WORD = 3.0
    #: A found name's word at least this common, and in no name list, is not repeated (``potter``);
    #: nor is it a street name word of an address block.
    UNLISTED_NAME = 3.5
    #: An everyday word: names of other locales stop here (``Else`` 5.4); a mailbox or host this
    #: common needs a cue; a lower-case surname after an ambiguous given name must be rarer.
    EVERYDAY = 4.0
    #: In lower case, a surname after a given name must be rarer than this (``smith`` 4.6, not ``said``).
    COMMON = 5.0


CALENDAR_WORDS = words("calendar_words")
#: Given names that are also everyday words: they need more evidence than the list (a surname, a cue, the roster).
AMBIGUOUS_GIVEN_NAMES = words("ambiguous_given_names") | words("common_word_names") | CALENDAR_WORDS
COMMON_WORD_NAMES = words("common_word_names")
NOT_NAME_WORDS = words("not_name_words") | CALENDAR_WORDS
ROLE_WORDS = words("role_words")
ASSISTANTS = words("assistants")
HONORIFICS = words("honorifics")
