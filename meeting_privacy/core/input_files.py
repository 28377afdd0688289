"""Input files: which kind a file holds, and its records one by one.

Shared by the Beam reader and ``meeting-privacy validate`` so both judge a
file the same way. Opening is left to the caller (``open_stream()`` returns
the file's bytes as stored), which keeps this module free of Beam's
filesystems; decompression is decided here, by the file's own suffix.

Every record read is bounded by :class:`ReadLimits`: no line is ever held
whole past ``max_line_bytes``, so a gzip bomb costs time but not memory.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import posixpath
import re
from collections.abc import Callable, Iterator
from typing import BinaryIO, NamedTuple, Optional, Union

import pyarrow.parquet as pq

from meeting_privacy.core.outcomes import Reason
from meeting_privacy.core.parsing import parse_line, parse_row
from meeting_privacy.core.policy import ReadLimits
from meeting_privacy.schemas.envelopes import Parsed, Rejected, Source
from meeting_privacy.schemas.kinds import KINDS

OpenStream = Callable[[], BinaryIO]
#: Suffixes we read, longest first, matched case-insensitively.
SUFFIXES = (".jsonl.gz", ".jsonl", ".parquet")
_READABLE = ".jsonl, .jsonl.gz or .parquet"
BOM = b"\xef\xbb\xbf"
BOM_NOTE = "byte-order mark ignored"
_KIND = re.compile(r"[^-._]+")
_CHUNK = 1 << 20
_PARQUET_BATCH = 1024
_FILE_FAILURE = "file unreadable"
_MALFORMED = Reason.MALFORMED.value
DEFAULT_LIMITS = ReadLimits()


class InputFile(NamedTuple):
    """One file of the input folder, as its name describes it."""

    path: str  # as the filesystem names it
    name: str  # relative to the input folder, forward slashes: what Source.file says
    kind: Optional[str]  # None: no input kind in a form we read; skipped and listed
    suffix: Optional[str]  # lower case; None: a decisive kind we cannot read (refused)


def describe(path: str, root: str) -> InputFile:
    """What the file at ``path`` (inside the folder ``root``) holds, judged by its name.

    A consent or participants file (a decisive kind) in a form we cannot
    read keeps its kind (and ``suffix`` None): skipping it could skip a
    withdrawal, so reading it refuses the run instead (:func:`read_records`).
    """
    name = _relative(path, root)
    base = posixpath.basename(name).lower()
    match = _KIND.match(base)
    kind = match.group(0) if match and match.group(0) in KINDS else None
    suffix = next((s for s in SUFFIXES if base.endswith(s)), None)
    if suffix is None and not (kind and KINDS[kind].decisive):
        kind = None
    return InputFile(path, name, kind, suffix)


def kind_of(path: str) -> Optional[str]:
    """The kind of an input file: its name up to the first ``-``, ``.`` or ``_``; None if skipped."""
    return describe(path, "").kind


def _relative(path: str, root: str) -> str:
    root = root.rstrip("/\\")
    rest = path[len(root) :] if root and path.startswith(root) else path
    return rest.replace("\\", "/").lstrip("/")


def shard_of(meeting_id: str, shards: int) -> int:
    """The shard a meeting belongs to: stable across machines, runs and Python versions."""
    return int.from_bytes(hashlib.sha256(meeting_id.encode("utf-8")).digest()[:8], "big") % shards


def owner_shard(item: Union[Parsed, Rejected], shards: int) -> int:
    """The shard that counts, audits and writes this record: by its parsed (or salvaged)
    meeting id, so that every shard agrees on every line; shard 0 if it names none.
    The consent ledger belongs to no meeting: shard 0 counts it, every shard reads it."""
    if shards == 1 or not KINDS[item.kind].per_meeting:
        return 0
    meeting_id = item.record.meeting_id if isinstance(item, Parsed) else item.salvaged_value("meeting_id")
    return 0 if meeting_id is None else shard_of(meeting_id, shards)


def read_records(
    file: InputFile,
    open_stream: OpenStream,
    limits: ReadLimits = DEFAULT_LIMITS,
    notes: Optional[list[str]] = None,
) -> Iterator[Union[Parsed, Rejected]]:
    """Every record of one file (of a known kind); bad content never raises.

    A file that breaks mid-way, outgrows ``limits.max_file_bytes`` or holds
    more than ``limits.max_malformed_per_file`` malformed records ends with
    one ``Rejected`` for the rest; a reference file in a form we cannot
    read is one ``Rejected`` naming no one, which stops a run. Rejected
    raw copies are cut to ``limits.quarantine_raw_bytes``. What the reader
    tolerated (a byte-order mark) is appended to ``notes``.
    """
    if file.suffix is None:
        yield _rest_of_file(file, 1, f"a {file.kind} file must end in {_READABLE}")
        return
    if file.suffix == ".parquet":
        records = _parquet_rows(file, open_stream, limits)
    else:
        records = _lines(file, open_stream, limits, [] if notes is None else notes)
    line, malformed = 0, 0
    try:
        for record in records:
            line = record.source.line
            if isinstance(record, Rejected) and not is_file_failure(record):
                malformed += 1
                if malformed > limits.max_malformed_per_file:
                    why = f"more than {limits.max_malformed_per_file} malformed records (limits.max_malformed_per_file)"
                    yield _rest_of_file(file, line, why)
                    return
                record = _cut(record, len(record.raw), limits.quarantine_raw_bytes)
            yield record
    except Exception as failure:  # noqa: BLE001 - a broken file is a quarantine entry, not a crash
        yield _rest_of_file(file, line + 1, type(failure).__name__)


def is_file_failure(rejected: Rejected) -> bool:
    """True for the entry standing for the unread rest of a file (not for one bad line)."""
    return rejected.error.startswith(_FILE_FAILURE)


def sha256_of(open_stream: OpenStream) -> str:
    """SHA-256 of the file's bytes as stored (compressed files are not decompressed)."""
    digest = hashlib.sha256()
    with open_stream() as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _rest_of_file(file: InputFile, line: int, why: str) -> Rejected:
    """One entry standing for the unread rest of a file, from ``line`` (or Parquet row) on."""
    return Rejected(file.kind, Source(file.name, line), b"", f"{_FILE_FAILURE} from line {line} on: {why}", _MALFORMED)


def _cut(rejected: Rejected, length: int, keep: int) -> Rejected:
    """The entry with its raw copy cut to ``keep`` bytes (never inside a character), saying so."""
    raw = rejected.raw
    end = min(keep, len(raw))
    if end == length:
        return rejected
    while 0 < end < len(raw) and raw[end] & 0xC0 == 0x80:  # a UTF-8 continuation byte
        end -= 1
    error = f"{rejected.error}; quarantine copy cut to {end} of {length} bytes (limits.quarantine_raw_bytes)"
    return rejected._replace(raw=raw[:end], error=error)


class _TooLarge(Exception):
    """The file holds more than ``max_file_bytes`` (after decompression)."""


def _lines(
    file: InputFile, open_stream: OpenStream, limits: ReadLimits, notes: list[str]
) -> Iterator[Union[Parsed, Rejected]]:
    with open_stream() as stored, _decompressed(stored, file.suffix) as handle:
        number = 0
        try:
            lines = _split_lines(handle, limits.max_line_bytes, limits.max_file_bytes)
            for number, (line, length) in enumerate(lines, start=1):
                if number == 1 and line.startswith(BOM):  # Windows exports: accepted on the first line only
                    line, length = line[len(BOM) :], length - len(BOM)
                    notes.append(BOM_NOTE)
                source = Source(file.name, number)
                if length > limits.max_line_bytes:
                    error = f"line: longer than {limits.max_line_bytes} bytes (limits.max_line_bytes)"
                    rejected = Rejected(file.kind, source, line, error, _MALFORMED)
                    yield _cut(rejected, length, limits.quarantine_raw_bytes)
                elif line.strip():  # blank lines (a trailing newline) are not records
                    yield parse_line(file.kind, line.rstrip(b"\r"), source)
        except _TooLarge:
            why = f"more than {limits.max_file_bytes} bytes after decompression (limits.max_file_bytes)"
            yield _rest_of_file(file, number + 1, why)


def _decompressed(stored: BinaryIO, suffix: str):
    """Gzip by our own suffix match (Beam's detection would miss ``.JSONL.GZ``)."""
    return gzip.GzipFile(fileobj=stored, mode="rb") if suffix == ".jsonl.gz" else contextlib.nullcontext(stored)


def _split_lines(handle: BinaryIO, max_line: int, max_total: int) -> Iterator[tuple[bytes, int]]:
    """``(first bytes, length)`` of each line of a stream, ending at ``\\n`` only.

    At most ``max_line + 1`` bytes of a line are kept: the rest of a longer
    line is counted and dropped as it streams by, so memory stays bounded
    and time linear. Raises :class:`_TooLarge` past ``max_total`` bytes;
    lines that end within them are yielded first.
    """
    head, length, total = bytearray(), 0, 0  # the line being read: its first bytes and its length
    while chunk := handle.read(_CHUNK):
        total += len(chunk)
        over = total > max_total
        if over:
            chunk = chunk[: len(chunk) - (total - max_total)]
        start = 0
        while True:
            end = chunk.find(b"\n", start)
            stop = len(chunk) if end == -1 else end
            room = max_line + 1 - len(head)
            if room > 0:
                head += chunk[start : min(stop, start + room)]
            length += stop - start
            if end == -1:
                break
            yield bytes(head), length
            head, length, start = bytearray(), 0, end + 1
        if over:
            raise _TooLarge
    if length:
        yield bytes(head), length


def _parquet_rows(file: InputFile, open_stream: OpenStream, limits: ReadLimits) -> Iterator[Union[Parsed, Rejected]]:
    """Rows in batches; the footer's sizes bound what is read before any row is.

    ``max_file_bytes`` counts uncompressed bytes as JSON Lines counts
    decompressed ones. A row group is read a batch at a time but may be
    held whole, so one larger than ``max_line_bytes`` times the batch size
    is not read at all. A forged footer can still make pyarrow allocate a
    page it declares: the threat model lists that.
    """
    with open_stream() as handle:
        parquet = pq.ParquetFile(handle)
        names = parquet.schema_arrow.names
        if len(set(names)) != len(names):  # a row would keep one of two values silently
            yield _rest_of_file(file, 1, "a column name repeats")
            return
        number, size = 0, 0
        for index in range(parquet.num_row_groups):
            group = parquet.metadata.row_group(index).total_byte_size
            size += group
            if size > limits.max_file_bytes:
                why = f"more than {limits.max_file_bytes} bytes uncompressed (limits.max_file_bytes)"
                yield _rest_of_file(file, number + 1, why)
                return
            if group > limits.max_line_bytes * _PARQUET_BATCH:
                why = f"a row group of more than {limits.max_line_bytes * _PARQUET_BATCH} bytes uncompressed"
                yield _rest_of_file(file, number + 1, why + " (limits.max_line_bytes per row)")
                return
            for batch in parquet.iter_batches(batch_size=_PARQUET_BATCH, row_groups=[index]):
                for row in batch.to_pylist():
                    number += 1
                    yield parse_row(file.kind, row, Source(file.name, number), limits.max_line_bytes)
