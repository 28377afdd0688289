"""The sample's expected outcomes: the contract's precedence over the declared outcomes.

The outcomes are *declared* per scenario (``scenarios.py``); they are
deliberately not computed by a second consent engine, so that a bug shared
by two engines cannot hide. The only logic here is the contract's reason
precedence (:func:`content_outcome`) and the mapping of a reason to its
decision. This package imports nothing from the pipeline for the same reason.
"""

from __future__ import annotations

import types
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from meeting_privacy.demo.scenarios import (
    AS_OF,
    EMITTED,
    EXCLUDED,
    MALFORMED,
    PEOPLE,
    PRIVATE_CHAT,
    QUARANTINED,
    ROSTER_UNREADABLE,
    UNKNOWN,
    UNSUPPORTED_LANGUAGE,
    Meeting,
)

__all__ = ["ExpectedRow", "SampleInfo", "content_outcome", "decision", "sample_info", "telemetry_outcome"]

AUDITED = ("transcripts", "chat", "telemetry")


def decision(reason: str) -> str:
    """The decision a reason belongs to: only a malformed record is quarantined."""
    if reason == EMITTED:
        return EMITTED
    return QUARANTINED if reason == MALFORMED else EXCLUDED


def content_outcome(meeting: Meeting, speaker: str, *, private: bool = False, language: str = "en") -> str:
    """Reason for one well-formed, first-seen content record (D7 order)."""
    if meeting.content == ROSTER_UNREADABLE:
        return ROSTER_UNREADABLE
    if private:
        return PRIVATE_CHAT
    own = PEOPLE[speaker].content
    if own != EMITTED:
        return own
    if meeting.content != EMITTED:
        return meeting.content
    if language != "en":
        return UNSUPPORTED_LANGUAGE
    return EMITTED


def telemetry_outcome(meeting: Meeting, key: str) -> str:
    """Telemetry is decided by its own user's checks only."""
    if key in meeting.off_roster:
        return UNKNOWN
    return PEOPLE[key].telemetry


class ExpectedRow(NamedTuple):
    """The expected audit outcome of one input line, in file and line order."""

    kind: str
    record_id: str
    decision: str
    reason: str
    file: str
    line: int  # 1-based; the row number for Parquet


@dataclass(frozen=True)
class SampleInfo:
    """What ``write_sample`` wrote and what the pipeline must decide.

    Attributes:
        directory: The folder written.
        as_of: The as-of time to run with.
        files: The file names written, in ``FILES`` order.
        rows: One row per transcripts, chat and telemetry input record,
            including every copy of a duplicated record; compare these as a
            multiset against the audit.
        expected: ``(kind, record_id) -> (decision, reason)`` for every record;
            a malformed line whose id cannot be read has record_id
            ``"<file>:<line>"``. A record id written twice (the duplicate
            scenario) maps to its first copy; ``duplicates`` holds the rest.
        duplicates: ``(kind, record_id) -> outcomes`` of the later copies.
        counts: Records read per kind (transcripts, chat, telemetry).
        reference_counts: Lines per reference kind (participants, consent).
    """

    directory: Path
    as_of: str
    files: tuple[str, ...]
    rows: tuple[ExpectedRow, ...]
    expected: Mapping[tuple[str, str], tuple[str, str]]
    duplicates: Mapping[tuple[str, str], tuple[tuple[str, str], ...]]
    counts: Mapping[str, int]
    reference_counts: Mapping[str, int]


def sample_info(
    directory: Path, files: tuple[str, ...], rows: Iterable[ExpectedRow], reference_counts: Mapping[str, int]
) -> SampleInfo:
    """The oracle over the expected rows of everything written, in file and line order."""
    rows = tuple(rows)
    expected: dict[tuple[str, str], tuple[str, str]] = {}
    later: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for row in rows:
        key = (row.kind, row.record_id)
        if key in expected:
            later.setdefault(key, []).append((row.decision, row.reason))
        else:
            expected[key] = (row.decision, row.reason)
    counts = Counter(row.kind for row in rows)
    return SampleInfo(
        directory=directory,
        as_of=AS_OF,
        files=files,
        rows=rows,
        expected=types.MappingProxyType(expected),
        duplicates=types.MappingProxyType({k: tuple(v) for k, v in later.items()}),
        counts=types.MappingProxyType({kind: counts[kind] for kind in AUDITED}),
        reference_counts=types.MappingProxyType(dict(reference_counts)),
    )
