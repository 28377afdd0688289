"""Words and phrases a deployment knows are not personal data.

The policy's ``allow_list`` holds product and code names (``Zoom``,
``crimson harbor``): the operator's word, it outweighs any detection but the
roster's. A meeting's ``Roster.vocabulary`` holds its title and agenda
texts: their runs of one to four words are allowed in that meeting only,
and only against a person-name guess on weak evidence (a word list, a
word's shape, the model in lower-case text): a cue, a speaker label, a name
field, the model in cased text or the roster always win. Both match
case-insensitively, a whole phrase at word boundaries, with any run of
spaces between its words. A detected span inside such a match is not
redacted; a span that reaches beyond it is (``Zoom`` allowed does not
un-redact ``Zoom Smith``).

A title is untrusted text that may name someone, so a run of its words is
dropped from the vocabulary when a word is a given name of our lists, is
not an English word, is part of a roster name, or holds a roster email or
id: a meeting titled "1:1 with Jane Doe" or "interview with john barnier"
un-redacts neither.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .name_words import RULES
from .roster import Roster, fold, name_parts

__all__ = ["AllowList", "meeting_vocabulary"]

_WORD = re.compile(r"[^\W_]+")
_MAY_NAME_SOMEONE = RULES["may_name_someone"]


class AllowList:
    """Allowed phrases, compiled once; :meth:`covers` tells whether a span lies inside one."""

    def __init__(self, phrases: Iterable[str]) -> None:
        alternatives = sorted({_pattern(p) for p in phrases if p.strip()}, key=len, reverse=True)
        self._regex = (
            re.compile(rf"(?<![^\W_])(?:{'|'.join(alternatives)})(?![^\W_])", re.IGNORECASE) if alternatives else None
        )

    def __bool__(self) -> bool:
        return self._regex is not None

    def __repr__(self) -> str:  # an allow list may hold names a deployment wants kept quiet
        return "AllowList(<phrases>)"

    def matches(self, text: str) -> list[tuple[int, int]]:
        """Where the allowed phrases occur in ``text``."""
        return [] if self._regex is None else [m.span() for m in self._regex.finditer(fold(text))]

    @staticmethod
    def covers(matches: Iterable[tuple[int, int]], start: int, end: int) -> bool:
        """Whether ``[start, end)``, stripped of surrounding spaces, lies inside one of ``matches``."""
        return any(s <= start and end <= e for s, e in matches)


def _pattern(phrase: str) -> str:
    return r"\s+".join(re.escape(fold(word)) for word in phrase.split())


#: The longest run of title words allowed as one phrase.
MAX_PHRASE_WORDS = 4


def meeting_vocabulary(roster: Roster) -> tuple[str, ...]:
    """The runs of words of the roster's vocabulary texts that cannot un-redact anyone (module docstring)."""
    parts = {fold(p.lower()) for name in roster.names for p in name_parts(name)}
    identifiers = [fold(v.strip().lower()) for v in (*roster.emails, *roster.ids) if v.strip()]
    phrases: set[str] = set()
    for text in roster.vocabulary:
        folded = fold(text.lower())
        if any(i in folded for i in identifiers):
            continue
        for run in _safe_runs(_WORD.findall(folded), parts):
            for size in range(1, min(MAX_PHRASE_WORDS, len(run)) + 1):
                phrases.update(" ".join(run[i : i + size]) for i in range(len(run) - size + 1))
    return tuple(sorted(phrases))


def _safe_runs(words: list[str], roster_parts: set[str]) -> Iterable[list[str]]:
    """The runs of ``words`` between the words that may name someone."""
    run: list[str] = []
    for word in words:
        if word in roster_parts or _MAY_NAME_SOMEONE(word) or word.isdigit():
            if run:
                yield run
            run = []
        else:
            run.append(word)
    if run:
        yield run
