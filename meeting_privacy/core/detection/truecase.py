"""Capitals for the model to read in lower-case speech: names and places written as a typist would.

The small spaCy model finds names and places mostly by their capitals, so
speech-to-text without case (``the summit with president obama``) hides
them from it. Before such a text goes to the model, a copy of it gets the
capitals a typist would give it, by the lexicon alone: the first word of a
sentence, ``I``, a word that no English dictionary lists and English does
not use at every turn (``obama``, ``juncker``, ``borno``), and an
unambiguous given name (``theresa``; not after a determiner: ``the carol
singers``). Short words of that kind read as acronyms (``ecb``). The copy
has the same length, so the model's spans are offsets
into the original text; every other recognizer reads the original, and
the spans found stay weak evidence (``evidence.MODEL_LOWER``: never spread
over the meeting), scored ``TRUECASED_SCORE``.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS
from wordfreq import top_n_list

from .lexicon import COMPOUND_WORDS, ENGLISH_WORDS, Zipf, given_names, is_english_word, surnames
from .name_words import RULES
from .names import after_determiner, person_follows, starts_sentence

__all__ = ["TRUECASED_SCORE", "capital_only_from_start", "truecase"]

#: The score of the model's spans in a text it read truecased: below every recognizer of ours (0.55 and up),
#: so that Presidio, which keeps one of two identical spans, keeps their evidence (a name field, a cue, a word
#: list; on a tie it keeps either); above the default threshold (0.4), so that the model's own finds are kept.
TRUECASED_SCORE = 0.5

_GIVEN = RULES["given_name"]
#: A lower-case word; not one of markup (``{disfmarker}``, ``<laugh>``, ``[noise]``), which names no one.
_WORD = re.compile(r"(?<![\w'’{<\[-])([a-z][a-z'’-]*)")
_SENTENCE_START = re.compile(r"(?:^|[.?!])\s*(?=[a-z])")
_PRONOUN_I = re.compile(r"i(?:['’](?:m|ll|ve|d))?")
#: Words of English that neither WordNet (no pronouns) nor spaCy's stop words hold.
_PRONOUNS = frozenset(("anybody", "everybody", "somebody", "whilst", "whoever", "whomever", "yourselves"))
#: How many of English's most frequent words count as everyday words whose starts are no name.
_EVERYDAY_WORDS = 10_000
#: A word no dictionary lists this short (three letters or more), and no name, reads as an acronym (``ecb``).
_ACRONYM_MAX = 4


def truecase(text: str) -> str:
    """``text`` with the capitals described in the module docstring; the same length."""
    starts = {m.end() for m in _SENTENCE_START.finditer(text)}
    parts = []
    last = 0
    for m in _WORD.finditer(text):
        word = m.group(1)
        cased = _cased(word, m.start() in starts, after_determiner(text, m.start()))
        if cased != word and len(cased) == len(word):
            parts += [text[last : m.start()], cased]
            last = m.end()
    return "".join(parts) + text[last:] if parts else text


_AND_NEXT = re.compile(r"\s+and\s+([a-z]+)\b")


def capital_only_from_start(text: str, start: int, end: int) -> bool:
    """Whether the model's span in truecased ``text`` opens a sentence, got no capital but the one every
    first word gets, on a dictionary word, and is followed by no verb a person would do, no comma (an address)
    and no other name (``Jay feathers keep turning up``, ``Stark contrast``; not ``rice told the committee``,
    ``Pat, the laptop``, ``bush and blair``). The model read a capital we gave it for no name; its guess is
    no evidence."""
    words = _WORD.findall(text[start:end].lower())
    if not words or words[0] not in ENGLISH_WORDS or not starts_sentence(text, start):
        return False
    if person_follows(text, end):
        return False  # "rice told the committee", "Pat, the laptop is dry": a person
    other = _AND_NEXT.match(text, end)
    if other is not None and (other.group(1) in surnames() or other.group(1) in given_names()):
        return False
    determined = after_determiner(text, start)
    return all(_cased(word, False, determined) == word for word in words)


def _cased(word: str, sentence_start: bool, determined: bool) -> str:
    if _PRONOUN_I.fullmatch(word):
        return "I" + word[1:]
    stem = re.sub(r"['’]s$", "", word)
    if stem in STOP_WORDS or len(stem) < 3:  # "fu", "ju": speech cut short as often as "eu", "uk"
        return word.capitalize() if sentence_start else word
    listed = stem in given_names() or stem in surnames()
    if not listed and 3 <= len(stem) <= _ACRONYM_MAX and stem.isalpha() and stem not in ENGLISH_WORDS:
        return stem.upper() + word[len(stem) :]
    if sentence_start or (_GIVEN(stem) and not determined) or _unlisted_word(stem):
        return word[0].upper() + word[1:]
    return word


def _unlisted_word(word: str) -> bool:
    """No dictionary lists it and it is no common word: a name, a place, a product (``obama`` is 4.9).

    Nor is it speech cut short or run together: the start of an everyday word (``reall``, ``interf``)
    or one with an ``a`` for ``of`` or ``have`` (``sorta``, ``coulda``).
    """
    if word in ENGLISH_WORDS or word in COMPOUND_WORDS or word in _PRONOUNS or is_english_word(word, Zipf.COMMON):
        return False
    if word.endswith("a") and (word[:-1] in ENGLISH_WORDS or word[:-1] in STOP_WORDS):
        return False
    return word not in _everyday_word_starts()


@cache
def _everyday_word_starts() -> frozenset[str]:
    """The first three letters or more of every everyday dictionary word (``tha`` of ``that``)."""
    everyday = (w for w in top_n_list("en", _EVERYDAY_WORDS) if w.isalpha() and w in ENGLISH_WORDS)
    return frozenset(w[:i] for w in everyday for i in range(3, len(w)))
