"""Turning rows a user already has into the records the other transforms take.

``ReadMeetingData`` reads a whole input folder. A pipeline that already reads
its own data (``beam.io.ReadFromParquet``, BigQuery, a database) has rows as
dicts instead; :class:`ParseRecords` validates them against the contract's
schema for their kind, exactly as the folder reader does, and gives
``Parsed`` records for ``GateByConsent`` plus ``Rejected`` ones for
quarantine.
"""

from __future__ import annotations

from typing import Any, Dict, Iterator

import apache_beam as beam
from apache_beam.typehints import with_input_types

from meeting_privacy.core.parsing import parse_row
from meeting_privacy.schemas.envelopes import Parsed, Source
from meeting_privacy.schemas.kinds import KINDS

__all__ = ["ParseRecords", "PARSED", "QUARANTINE"]

#: Output tags of :class:`ParseRecords`.
PARSED = "parsed"
QUARANTINE = "quarantine"


@with_input_types(Dict[str, Any])
class ParseRecords(beam.PTransform):
    """Validates rows (dicts with the contract's field names) of one input kind.

    Args:
        kind: ``participants``, ``consent``, ``transcripts``, ``chat`` or
            ``telemetry`` (contract section 1).
        source_name: the name the audit and the quarantine give these rows'
            origin (their ``source_file``), e.g. the table or file they came
            from. Rows have no position in a PCollection, so their
            ``source_line`` is 0; which of two copies of one record id counts
            as the first (``duplicate_record``) is then not defined.

    Takes a ``PCollection`` of dicts; unknown extra fields are ignored, as in
    the folder reader. Timestamps may be RFC 3339 strings with a zone or
    timezone-aware ``datetime`` values (Parquet ``timestamp[..., tz]``).
    Returns a ``DoOutputsTuple``: ``parsed`` (``Parsed`` records, the main
    output) and ``quarantine`` (``Rejected`` rows with a field-level error
    and reason ``malformed``; they carry the raw row, so send them only to
    ``WriteQuarantine`` or an equally restricted sink, and pass them to
    ``GateByConsent`` as ``quarantine`` so that unreadable consent and roster
    rows fail closed).
    """

    def __init__(self, kind: str, source_name: str = "") -> None:
        super().__init__()
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}")
        self._kind = kind
        self._source_name = source_name or kind

    def expand(self, rows):
        return rows | "ParseRows" >> beam.ParDo(_ParseRowFn(self._kind, self._source_name)).with_outputs(
            QUARANTINE, main=PARSED
        )


class _ParseRowFn(beam.DoFn):
    def __init__(self, kind: str, source_name: str) -> None:
        self._kind = kind
        self._source = Source(source_name, 0)
        self._rejected = beam.metrics.Metrics.counter("parse_records", f"{kind}.quarantined")

    def process(self, row: Dict[str, Any]) -> Iterator:
        if not isinstance(row, dict):
            row = {"_not_a_mapping": type(row).__name__}  # validation names the missing fields
        result = parse_row(self._kind, row, self._source)
        if isinstance(result, Parsed):
            yield result
        else:
            self._rejected.inc()
            yield beam.pvalue.TaggedOutput(QUARANTINE, result)
