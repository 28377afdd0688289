"""Reading an input folder: every file, every line, validated on the workers.

Files are matched and read by workers (any Beam filesystem: local, ``gs://``,
``s3://``), never by the launcher. Each line becomes a ``Parsed`` record of
its kind or a ``Rejected`` entry for quarantine; a broken line, a truncated
gzip file or an unreadable Parquet file never stops the run.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from typing import Iterator, NamedTuple, Optional

import apache_beam as beam
import pyarrow.parquet as pq
from apache_beam.io import fileio
from apache_beam.io.filesystem import CompressionTypes

from meeting_privacy.core.consent import Reason
from meeting_privacy.core.parsing import parse_line, parse_row
from meeting_privacy.schemas.envelopes import Parsed, Rejected, Source
from meeting_privacy.schemas.inputs import INPUT_MODELS

__all__ = ["FileInfo", "ReadMeetingData", "kind_of"]

#: Output tags of :class:`ReadMeetingData` besides one per input kind.
QUARANTINE = "quarantine"
FILES = "files"
_SUFFIXES = (".jsonl", ".jsonl.gz", ".parquet")
_KIND = re.compile(r"[^-._]+")
_CHUNK = 1 << 20
_PARQUET_BATCH = 1024


class FileInfo(NamedTuple):
    """What the manifest says of one input file."""

    path: str
    kind: Optional[str]  # None: not an input file of a known kind, skipped
    sha256: str
    records: int
    error: Optional[str] = None


def kind_of(path: str) -> Optional[str]:
    """The kind of an input file: its name up to the first ``-``, ``.`` or ``_``."""
    name = posixpath.basename(path.replace("\\", "/"))
    if not name.endswith(_SUFFIXES):
        return None
    match = _KIND.match(name)
    kind = match.group(0) if match else None
    return kind if kind in INPUT_MODELS else None


class ReadMeetingData(beam.PTransform):
    """Reads an input folder into one PCollection of ``Parsed`` records per kind.

    Returns a dict with a key per input kind (``participants``, ``consent``,
    ``telemetry``, ``transcripts``, ``chat``), ``quarantine`` (``Rejected``
    lines) and ``files`` (a ``FileInfo`` per file in the folder).
    """

    def __init__(self, input_dir: str) -> None:
        super().__init__()
        self._pattern = input_dir.rstrip("/") + "/*"

    def expand(self, pbegin):
        results = (
            pbegin
            | "MatchFiles" >> fileio.MatchFiles(self._pattern, empty_match_treatment=fileio.EmptyMatchTreatment.ALLOW)
            | "Reshuffle" >> beam.Reshuffle()
            | "ReadMatches" >> fileio.ReadMatches(skip_directories=True)
            | "ParseLines" >> beam.ParDo(_ReadFile()).with_outputs(*INPUT_MODELS, QUARANTINE, FILES)
        )
        return {tag: results[tag] for tag in (*INPUT_MODELS, QUARANTINE, FILES)}


class _ReadFile(beam.DoFn):
    def process(self, readable: fileio.ReadableFile) -> Iterator:
        path = readable.metadata.path
        kind = kind_of(path)
        sha256 = _sha256(readable)
        if kind is None:
            yield beam.pvalue.TaggedOutput(FILES, FileInfo(path, None, sha256, 0))
            return
        name = posixpath.basename(path.replace("\\", "/"))
        records, error = 0, None
        lines = _parquet_rows(readable, kind, name) if name.endswith(".parquet") else _json_lines(readable, kind, name)
        try:
            for item in lines:
                records += 1
                tag = kind if isinstance(item, Parsed) else QUARANTINE
                yield beam.pvalue.TaggedOutput(tag, item)
        except Exception as failure:  # noqa: BLE001 - a broken file is a quarantine entry, not a crash
            records += 1
            error = f"file unreadable after record {records - 1} ({type(failure).__name__})"
            rejected = Rejected(kind, Source(name, records), b"", error, Reason.MALFORMED.value)
            yield beam.pvalue.TaggedOutput(QUARANTINE, rejected)
        beam.metrics.Metrics.counter("read", f"{kind}_records").inc(records)
        yield beam.pvalue.TaggedOutput(FILES, FileInfo(path, kind, sha256, records, error))


def _json_lines(readable: fileio.ReadableFile, kind: str, name: str) -> Iterator:
    with readable.open(compression_type=CompressionTypes.AUTO) as handle:
        for number, line in enumerate(_split_lines(handle), start=1):
            if line.strip():  # blank lines (a trailing newline) are not records
                yield parse_line(kind, line.rstrip(b"\r\n"), Source(name, number))


def _split_lines(handle) -> Iterator[bytes]:
    """Lines of a binary stream, ending at ``\\n`` only (not at other Unicode breaks)."""
    pending = b""
    while chunk := handle.read(_CHUNK):
        pending += chunk
        *complete, pending = pending.split(b"\n")
        yield from complete
    if pending:
        yield pending


def _parquet_rows(readable: fileio.ReadableFile, kind: str, name: str) -> Iterator:
    with readable.open(compression_type=CompressionTypes.UNCOMPRESSED) as handle:
        number = 0
        for batch in pq.ParquetFile(handle).iter_batches(batch_size=_PARQUET_BATCH):
            for row in batch.to_pylist():
                number += 1
                yield parse_row(kind, row, Source(name, number))


def _sha256(readable: fileio.ReadableFile) -> str:
    digest = hashlib.sha256()
    with readable.open(compression_type=CompressionTypes.UNCOMPRESSED) as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
