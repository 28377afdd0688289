"""Reading an input folder: every file in it and its subfolders, every line, validated on the workers.

Files are matched and read by workers (any Beam filesystem: local, ``gs://``,
``s3://``), never by the launcher. Each line becomes a ``Parsed`` record of
its kind or a ``Rejected`` entry for quarantine; a broken line, a truncated
gzip file or an unreadable Parquet file never stops the run by itself (an
unreadable consent or roster file does, through ``GateByConsent``'s ``fatal``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple, Optional

import apache_beam as beam
from apache_beam.io import fileio
from apache_beam.io.filesystem import CompressionTypes

from meeting_privacy.core.input_files import (
    DEFAULT_LIMITS,
    describe,
    is_file_failure,
    kind_of,
    owner_shard,
    read_records,
    sha256_of,
)
from meeting_privacy.core.policy import ReadLimits
from meeting_privacy.schemas.envelopes import Parsed
from meeting_privacy.schemas.kinds import KINDS
from meeting_privacy.transforms.metrics import QUARANTINED, READ, count

__all__ = ["FileInfo", "ReadMeetingData", "kind_of"]

#: Output tags of :class:`ReadMeetingData` besides one per input kind.
QUARANTINE = "quarantine"
FILES = "files"
SHADOW = "shadow"
_PROGRESS_EVERY = 1000


class FileInfo(NamedTuple):
    """What the manifest says of one input file."""

    path: str
    kind: Optional[str]  # None: not an input file of a known kind, skipped
    sha256: str
    records: int
    error: Optional[str] = None


class ReadMeetingData(beam.PTransform):
    """Reads an input folder and its subfolders into one PCollection of ``Parsed`` records per kind.

    Returns a dict with a key per input kind (``participants``, ``consent``,
    ``telemetry``, ``transcripts``, ``chat``), ``quarantine`` (``Rejected``
    lines) and ``files`` (a ``FileInfo`` per file in the folder).

    Kinds and suffixes are matched case-insensitively; ``Source.file`` is the
    path relative to the folder (``2026-04/consent.jsonl``). Every line is
    bounded by ``limits`` (the policy's ``limits``).

    With ``shard=(k, n)`` only the records of meetings in shard ``k`` of ``n``
    come out (and are counted); every shard parses every line, so that all
    agree on each line's meeting (``owner_shard``). The whole consent ledger
    comes out in every shard, since anyone may be in any meeting, and its
    broken lines of other shards come out as ``shadow`` (for consent gating
    only, never written).
    """

    def __init__(self, input_dir: str, shard: tuple[int, int] = (0, 1), limits: ReadLimits = DEFAULT_LIMITS) -> None:
        super().__init__()
        self._root = input_dir.rstrip("/")
        self._shard = shard
        self._limits = limits

    def expand(self, pbegin):
        results = (
            pbegin
            | "MatchFiles"
            >> fileio.MatchFiles(folder_pattern(self._root), empty_match_treatment=fileio.EmptyMatchTreatment.ALLOW)
            | "Reshuffle" >> beam.Reshuffle()
            | "ReadMatches" >> fileio.ReadMatches(skip_directories=True)
            | "ParseLines"
            >> beam.ParDo(_ReadFile(self._root, self._shard, self._limits)).with_outputs(
                *KINDS, QUARANTINE, FILES, SHADOW
            )
        )
        return {tag: results[tag] for tag in (*KINDS, QUARANTINE, FILES, SHADOW)}


def folder_pattern(root: str) -> str:
    """Every file under ``root``, at any depth: Beam's ``**`` crosses folders (local
    folders are walked, object stores listed by prefix), ``*`` would not."""
    return root.rstrip("/") + "/**"


class _ReadFile(beam.DoFn):
    def __init__(self, root: str, shard: tuple[int, int], limits: ReadLimits) -> None:
        self._root = root
        self._shard, self._shards = shard
        self._limits = limits

    def process(self, readable: fileio.ReadableFile) -> Iterator:
        file = describe(readable.metadata.path, self._root)

        def open_stream():
            return readable.open(compression_type=CompressionTypes.UNCOMPRESSED)

        sha256 = sha256_of(open_stream)
        if file.kind is None:
            yield beam.pvalue.TaggedOutput(FILES, FileInfo(file.path, None, sha256, 0))
            return
        records, counted, error = 0, 0, None
        for item in read_records(file, open_stream, self._limits):
            if owner_shard(item, self._shards) != self._shard:
                if not KINDS[file.kind].per_meeting:  # every shard needs the whole ledger, one shard counts it
                    yield beam.pvalue.TaggedOutput(file.kind if isinstance(item, Parsed) else SHADOW, item)
                continue
            records += 1
            if isinstance(item, Parsed):
                yield beam.pvalue.TaggedOutput(file.kind, item)
            else:
                if is_file_failure(item):
                    error = item.error
                count(QUARANTINED, file.kind)
                yield beam.pvalue.TaggedOutput(QUARANTINE, item)
            if records - counted >= _PROGRESS_EVERY:
                count(READ, file.kind, records - counted)
                counted = records
        count(READ, file.kind, records - counted)
        yield beam.pvalue.TaggedOutput(FILES, FileInfo(file.path, file.kind, sha256, records, error))
