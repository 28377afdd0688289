"""Where a record came from, carried with it until its fate is written down.

The raw line travels with a parsed record only so that a record whose
de-identification fails can be quarantined as it was read; it is never
written anywhere else.
"""

from __future__ import annotations

from typing import NamedTuple, Optional

from meeting_privacy.schemas.inputs import InputRecord


class Source(NamedTuple):
    """An input line: file path inside the input folder (``2026-04/consent.jsonl``), 1-based line (or Parquet row)."""

    file: str
    line: int


class Parsed(NamedTuple):
    """A record that passed validation."""

    kind: str
    record: InputRecord
    source: Source
    raw: bytes


class Rejected(NamedTuple):
    """A line that failed validation or de-identification, bound for quarantine.

    ``error`` describes what is wrong by field name and rule, never by value.
    ``salvaged`` holds ids still readable from a broken line (``meeting_id``,
    ``subject_id``, the record's own id ...), so that reference data can fail
    closed for the right subject and the audit can name the record.
    """

    kind: str
    source: Source
    raw: bytes
    error: str
    reason: str
    salvaged: tuple[tuple[str, str], ...] = ()

    def salvaged_value(self, field: str) -> Optional[str]:
        return dict(self.salvaged).get(field)
