"""A name found once is a name wherever it recurs.

Recognizers read a few words around each name: ``everyone calls me Aantje``
tells the cue recognizer that ``Aantje`` is a name, but ``Aantje spoke
first`` alone tells nothing to a model that has never seen the name. Once a
person is found, each distinctive word of that name (not an everyday word
such as ``Will`` or ``Key``) is redacted wherever else it occurs: within a
text here (the detector), and across a meeting's texts
(:func:`repeat_names_across`, called by ``core.deidentify``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from .names import AMBIGUOUS_GIVEN_NAMES, given_names, is_english_word, surnames

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


def distinctive_name_words(text: str, results: Iterable[RecognizerResult]) -> dict[str, bool]:
    """Distinctive words of the person spans in ``text``: lower-case word ->
    whether it was seen written in lower case (then any case matches)."""
    words: dict[str, bool] = {}
    for result in results:
        if result.entity_type == "PERSON":
            for m in _WORD.finditer(text, result.start, result.end):
                word = _POSSESSIVE.sub("", m.group(0))
                if _distinctive(word):
                    words[word.lower()] = words.get(word.lower(), False) or word.islower()
    return words


def repeat_names(
    text: str, results: Sequence[RecognizerResult], words: Mapping[str, bool] | None = None
) -> list[RecognizerResult]:
    """``results`` plus a person result on every other occurrence of a name word.

    The words are those of the person spans in ``results``, and ``words``
    (names found elsewhere in the meeting, see :func:`distinctive_name_words`).
    A name only ever seen capitalised must be capitalised to count
    (``Mockups`` the name the model saw, not ``mockups``); one seen in lower
    case (speech-to-text output) counts in any case.
    """
    wanted = _merged(words or {}, distinctive_name_words(text, results))
    if not wanted:
        return list(results)
    covered = [(r.start, r.end) for r in results]
    added = []
    for m in _WORD.finditer(text):
        bare = _POSSESSIVE.sub("", m.group(0))
        key = bare.lower()
        if key not in wanted or not (wanted[key] or bare[:1].isupper()):
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
    words: dict[str, bool] = {}
    for text, found in zip(texts, results, strict=True):
        if text is not None and found is not None:
            words = _merged(words, distinctive_name_words(text, found))
    return [
        None
        if found is None
        else (list(found) if text is None else sorted(repeat_names(text, found, words), key=_start))
        for text, found in zip(texts, results, strict=True)
    ]


def _merged(a: Mapping[str, bool], b: Mapping[str, bool]) -> dict[str, bool]:
    return {word: a.get(word, False) or b.get(word, False) for word in {*a, *b}}


def _start(result: RecognizerResult) -> int:
    return result.start
