"""A name found once on strong evidence is a name wherever it recurs in the meeting.

Recognizers read a few words around each name: ``everyone calls me Aantje``
tells the cue recognizer that ``Aantje`` is a name, but ``Aantje spoke
first`` alone tells nothing to a model that has never seen the name. Once a
person is found on strong evidence (``evidence.STRONG``: the roster, a cue,
a speaker label, a name field, the model in text with capitals), each
distinctive word of that name (not an everyday word such as ``Will`` or
``Key``) is redacted wherever else it occurs in the meeting's texts. This is
done once, by :func:`repeat_names_across` (called by ``core.deidentify``); a
span that only a word list, a shape or the model in lower case proposed is
never spread. A repeat grows over the name parts beside it as a found span
does (:mod:`name_parts`): ``assad's`` found makes ``al assad`` a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from presidio_analyzer import RecognizerResult

from .evidence import NAME_EVIDENCE_KEY, REPEAT, is_strong
from .name_parts import extend_names
from .name_words import RULES, is_everyday_word
from .spans import overlaps

__all__ = ["NAME_REPEAT", "distinctive_name_words", "repeat_names_across"]

#: ``RECOGNIZER_NAME_KEY`` of the results this module adds.
NAME_REPEAT = "NameRepeat"
_SCORE = 0.6
#: A word of a found name in no name list and common (``Zipf.UNLISTED_NAME``) is not repeated:
#: the NER may have called ``Harry Potter`` a person, but ``potter`` elsewhere is a word.
_DISTINCTIVE = RULES["repeatable"]
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_POSSESSIVE = re.compile(r"['’]s?$", re.IGNORECASE)


def distinctive_name_words(text: str, results: Iterable[RecognizerResult]) -> dict[str, bool]:
    """Distinctive words of the strong-evidence person spans in ``text``:
    lower-case word -> whether it was seen written in lower case (then any case matches)."""
    words: dict[str, bool] = {}
    for result in results:
        if is_strong(result):
            for m in _WORD.finditer(text, result.start, result.end):
                word = _POSSESSIVE.sub("", m.group(0))
                # In lower case an everyday word would be repeated in any case: "harbor" of "golden harbor".
                if _DISTINCTIVE(word) and not (word.islower() and is_everyday_word(word)):
                    words[word.lower()] = words.get(word.lower(), False) or word.islower()
    return words


def _repeat_names(text: str, results: Sequence[RecognizerResult], wanted: Mapping[str, bool]) -> list[RecognizerResult]:
    """``results`` plus a person result on every other occurrence of a name word of ``wanted``.

    A name only ever seen capitalised must be capitalised to count
    (``Mockups`` the name the model saw, not ``mockups``); one seen in lower
    case (speech-to-text output) counts in any case.
    """
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
        if overlaps(start, end, covered):
            continue
        metadata = {RecognizerResult.RECOGNIZER_NAME_KEY: NAME_REPEAT, NAME_EVIDENCE_KEY: REPEAT}
        added.append(RecognizerResult("PERSON", start, end, _SCORE, recognition_metadata=metadata))
    return [*results, *extend_names(text, added, taken=covered)]  # "al assad" where "assad's" was found


def repeat_names_across(
    texts: Sequence[str | None], results: Sequence[Sequence[RecognizerResult] | None]
) -> list[list[RecognizerResult] | None]:
    """A name found on strong evidence in one text of a meeting is redacted in all of them.

    ``texts`` are the meeting's texts (a single text is a meeting of one);
    ``None`` (no text, or failed detection) stays."""
    words: dict[str, bool] = {}
    for text, found in zip(texts, results, strict=True):
        if text is not None and found is not None:
            words = _merged(words, distinctive_name_words(text, found))
    return [
        None
        if found is None
        else (list(found) if text is None else sorted(_repeat_names(text, found, words), key=_start))
        for text, found in zip(texts, results, strict=True)
    ]


def _merged(a: Mapping[str, bool], b: Mapping[str, bool]) -> dict[str, bool]:
    return {word: a.get(word, False) or b.get(word, False) for word in {*a, *b}}


def _start(result: RecognizerResult) -> int:
    return result.start
