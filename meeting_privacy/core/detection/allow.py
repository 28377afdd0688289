"""Words and phrases a deployment knows are not personal data.

The policy's ``allow_list`` holds product and code names (``Zoom``,
``crimson harbor``); a meeting's ``Roster.vocabulary`` holds its title and
agenda words, allowed in that meeting only. Both match case-insensitively,
a whole phrase at word boundaries, with any run of spaces between its
words. A detected span inside such a match is not redacted; a span that
reaches beyond it is (``Zoom`` allowed does not un-redact ``Zoom Smith``).

A vocabulary entry that shares a word with a roster name, or holds a
roster email or id, is dropped: a meeting titled "1:1 with Jane Doe" must
not un-redact Jane.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .roster import Roster, fold, name_parts

__all__ = ["AllowList", "meeting_vocabulary"]

_WORD = re.compile(r"[^\W_]+")


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


def meeting_vocabulary(roster: Roster) -> tuple[str, ...]:
    """The roster's vocabulary less the entries that could un-redact one of its people."""
    parts = {fold(p.lower()) for name in roster.names for p in name_parts(name)}
    identifiers = [fold(v.strip().lower()) for v in (*roster.emails, *roster.ids) if v.strip()]
    kept = []
    for entry in roster.vocabulary:
        folded = fold(entry.lower())
        if parts.intersection(w.lower() for w in _WORD.findall(folded)):
            continue
        if any(i in folded for i in identifiers):
            continue
        kept.append(entry)
    return tuple(kept)
