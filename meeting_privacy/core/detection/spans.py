"""Character spans of one text, as (start, end) pairs."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["overlaps"]


def overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether ``start:end`` shares a character with any of ``spans``."""
    return any(s < end and start < e for s, e in spans)
