"""The rest of a name beside a found one: half a name redacted is a name leaked.

The recognizers often find one part of a name: the model tags ``tharoor`` but
not ``shashi`` before it, a cue ends at ``dervla van``, the name lists know
``pieter`` but not ``de vries``. :func:`extend_names` grows each person span
over the name parts next to it, one part at a time:

* particles and the surname after them (``van der Linden``, ``de vries``),
  or before a surname (``ter Waarbeek``, ``al assad``);
* a surname after the span (``amartya sen``, ``grace o'neill``), a regnal
  number after a given name (``elizabeth ii``), ``May`` after a given name
  where no verb follows (``theresa may gambled``, ``theresa may nine months``, not ``maria may be late``);
* a given name, or a word English hardly uses, before a lone surname
  (``imran khan``, ``mahsa amini``).

A span only grows beside a name; it never takes a word another entity holds.
Growing costs no clean sentence: only a text that already has a person span
changes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from .lexicon import ENGLISH_WORDS, NAME_PARTICLES, NOT_NAME_WORDS, ROLE_WORDS, given_names, is_english_word, surnames
from .name_words import RULES, Listed, bare
from .names import after_determiner
from .roster import PERSON_VERB
from .spans import overlaps

__all__ = ["extend_names"]

_SURNAME_LOWER = RULES["surname_lower"]
_ANY_GIVEN = RULES["any_given_name"]
#: A name has few parts: a span grows at most this many times.
_MAX_GROWTH = 4

_PARTICLES = r"(?:(?:%s) ){1,3}" % "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
_WORD = r"[^\W\d_][\w'’]*[^\W\d_]"
_END = r"(?![\w'’-])"
_NEXT_WORD = re.compile(rf" ({_WORD}){_END}")
_PARTICLES_THEN_WORD = re.compile(rf" ({_PARTICLES})({_WORD}){_END}", re.IGNORECASE)
_PREVIOUS_WORD = re.compile(rf"(?<![\w'’-])({_WORD}) $")
_PARTICLES_BEFORE = re.compile(rf"(?<![\w'’-]){_PARTICLES}$", re.IGNORECASE)
#: Rulers' numbers; not ``I``, ``V`` or ``X``, which are also words and letters.
_REGNAL = re.compile(rf" (II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI){_END}", re.IGNORECASE)
#: ``May`` after a given name is the surname unless a verb follows, as one follows a modal; a number never
#: follows a modal (``it took theresa may nine months``; not ``one``: ``maria may one day lead``).
_MAY_SURNAME = re.compile(
    r" (may)(?=[.,;:!?)]|$| (?:and|to|was|is|has|had|who|of|said|says|in|at|for|with|from|[a-z]+ed|\d+|"
    rf"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a\s+few){_END})",
    re.IGNORECASE,
)
#: Verbs in ``-ed`` a modal takes: ``maria may need``.
_BASE_VERBS_IN_ED = frozenset(("need", "proceed", "succeed", "exceed", "feed", "heed", "speed", "shed", "embed"))
_NEXT_LOWER_WORD = re.compile(r" ([a-z]+)")


def extend_names(
    text: str, results: list[RecognizerResult], taken: Sequence[tuple[int, int]] = ()
) -> list[RecognizerResult]:
    """Each person span of ``results``, grown in place over the name parts beside it (see the module), never
    into the other entities of ``results`` nor into the spans of ``taken``."""
    taken = [*taken, *((r.start, r.end) for r in results if r.entity_type != "PERSON")]
    for result in results:
        if result.entity_type != "PERSON":
            continue
        for _ in range(_MAX_GROWTH):
            start, end = _grown(text, result.start, result.end)
            if (start, end) == (result.start, result.end) or overlaps(start, end, taken):
                break
            result.start, result.end = start, end
    return results


def _grown(text: str, start: int, end: int) -> tuple[int, int]:
    """The span ``start:end`` grown by one name part, right first; itself if none is beside it."""
    span = text[start:end].strip()
    if not span:
        return start, end
    lower = span.islower()
    words = span.split()
    last, first = bare(words[-1]), bare(words[0])
    after = _PARTICLES_THEN_WORD.match(text, end)
    if after is not None and _after_particles(after.group(2), lower):
        return start, after.end()
    after = _NEXT_WORD.match(text, end) if len(words) == 1 else None
    if after is not None and _same_case(after.group(1), lower) and _is_surname(after.group(1), lower):
        if not PERSON_VERB.match(text, end):
            return start, after.end()
    if last in given_names():
        regnal = _REGNAL.match(text, end)
        if regnal is not None and (regnal.group(1).islower() if lower else regnal.group(1).isupper()):
            return start, regnal.end()
        may = _may_surname(text, end)
        if may is not None and _same_case(may.group(1), lower):
            return start, may.end(1)
    before = _PARTICLES_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and first not in NAME_PARTICLES and (lower or span[:1].isupper()):
        return before.start(), end
    if len(words) == 1 or first in NAME_PARTICLES:
        before = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
        if before is not None and _given_before(text, before, lower) and _surname_alone(first):
            return before.start(1), end
    return start, end


def _same_case(word: str, lower: bool) -> bool:
    """Written as the span is: in lower case in lower-case text, else capitalised."""
    return word.islower() if lower else word[:1].isupper()


def _after_particles(word: str, lower: bool) -> bool:
    """The surname after ``van der``, ``de``: capitalised in typed text; in lower case, no common word."""
    if lower:
        return word.islower() and _SURNAME_LOWER(word)
    b = bare(word)
    return word[:1].isupper() and len(b) >= 2 and b not in STOP_WORDS and b not in NOT_NAME_WORDS


def _is_surname(word: str, lower: bool) -> bool:
    """A surname after a name: in lower case, a listed one that is no common word or a word of no list English
    hardly uses (``sen``, ``vries``); capitalised, a listed surname that is no word of English (``O'Neill``;
    not ``Jira`` beside ``Maria``)."""
    if lower:
        return word.islower() and _SURNAME_LOWER(word)
    b = bare(word)
    if not word[:1].isupper() or len(b) < 3 or b in STOP_WORDS or b in ENGLISH_WORDS or is_english_word(b):
        return False
    return b in surnames() or "'" in word or "’" in word


def _may_surname(text: str, end: int) -> re.Match[str] | None:
    m = _MAY_SURNAME.match(text, end)
    if m is None:
        return None
    verb = _NEXT_LOWER_WORD.match(text, m.end())
    return None if verb is not None and verb.group(1) in _BASE_VERBS_IN_ED else m


def _given_before(text: str, before: re.Match[str], lower: bool) -> bool:
    """A given name, or a word English hardly uses, written as the span is, before it (``imran khan``,
    ``shashi tharoor``); not after a determiner (``the bill khan proposed``)."""
    word = before.group(1)
    b = bare(word)
    if not _same_case(word, lower) or b in STOP_WORDS or b in ROLE_WORDS:
        return False
    if after_determiner(text, before.start(1)):
        return False
    return _ANY_GIVEN(word) or Listed.RARE_SIMPLE_WORD.test(word, b, ())


def _surname_alone(word: str) -> bool:
    """A lone span that is a surname, or a word of no dictionary, rather than a given name: ``khan``, ``tharoor``."""
    return word in NAME_PARTICLES or (word not in given_names() and (word in surnames() or word not in ENGLISH_WORDS))
