"""A name found once is a name wherever it recurs.

Recognizers read a few words around each name: ``everyone calls me Aantje``
tells the cue recognizer that ``Aantje`` is a name, but ``Aantje spoke
first`` alone tells nothing to a model that has never seen the name. Once a
person is found, each distinctive word of that name (not an everyday word
such as ``Will`` or ``Key``) is redacted wherever else it occurs: within a
text here, and across a meeting's texts in :class:`~meeting_privacy.core.redactor.Redactor`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from .names import AMBIGUOUS_GIVEN_NAMES, given_names, is_english_word, is_lower_case_text, surnames

__all__ = ["NAME_REPEAT", "distinctive_name_words", "repeat_names", "repeat_names_across"]

#: ``RECOGNIZER_NAME_KEY`` of the results this module adds.
NAME_REPEAT = "NameRepeat"
_SCORE = 0.6
#: A word of a found name that is not in a name list and is at least this
#: frequent in English (wordfreq Zipf scale) is not repeated: the NER may have
#: called ``Harry Potter`` a person, but ``potter`` elsewhere is a word.
_WORD_ZIPF = 3.5
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_POSSESSIVE = re.compile(r"['’]s?$", re.IGNORECASE)


def _distinctive(word: str) -> bool:
    bare = _POSSESSIVE.sub("", word).lower()
    if len(bare) < 3 or bare in STOP_WORDS or bare in AMBIGUOUS_GIVEN_NAMES:
        return False
    return bare in given_names() or bare in surnames() or not is_english_word(bare, _WORD_ZIPF)


def distinctive_name_words(text: str, results: Iterable[RecognizerResult]) -> set[str]:
    """Lower-case distinctive words of the person spans in ``text``."""
    words = set()
    for result in results:
        if result.entity_type == "PERSON":
            for m in _WORD.finditer(text, result.start, result.end):
                if _distinctive(m.group(0)):
                    words.add(_POSSESSIVE.sub("", m.group(0)).lower())
    return words


def repeat_names(text: str, results: Sequence[RecognizerResult], words: Iterable[str] = ()) -> list[RecognizerResult]:
    """``results`` plus a person result on every other occurrence of a name word.

    The words are those of the person spans in ``results``, and ``words``
    (names found elsewhere in the meeting). Where the text has capitals, an
    occurrence must be capitalised to count (``Rose`` the name, not ``rose``).
    """
    wanted = distinctive_name_words(text, results) | set(words)
    if not wanted:
        return list(results)
    case_matters = not is_lower_case_text(text)
    covered = [(r.start, r.end) for r in results]
    added = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        bare = _POSSESSIVE.sub("", word)
        if bare.lower() not in wanted or (case_matters and not bare[:1].isupper()):
            continue
        start, end = m.start(), m.start() + len(bare)
        if any(s < end and start < e for s, e in covered):
            continue
        metadata = {RecognizerResult.RECOGNIZER_NAME_KEY: NAME_REPEAT}
        added.append(RecognizerResult("PERSON", start, end, _SCORE, recognition_metadata=metadata))
    return [*results, *added]


def repeat_names_across(
    texts: Sequence[str | None], results: Sequence[Sequence[RecognizerResult] | None]
) -> list[list[RecognizerResult] | None]:
    """:func:`repeat_names` over the texts of one meeting: a name found in one
    text is redacted in all of them. ``None`` (no text, or failed detection) stays."""
    words: set[str] = set()
    for text, found in zip(texts, results, strict=True):
        if text is not None and found is not None:
            words |= distinctive_name_words(text, found)
    return [
        None
        if found is None
        else (list(found) if text is None else sorted(repeat_names(text, found, words), key=_start))
        for text, found in zip(texts, results, strict=True)
    ]


def _start(result: RecognizerResult) -> int:
    return result.start
