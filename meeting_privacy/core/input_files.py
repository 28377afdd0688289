"""Input files: which kind a file holds, and its records one by one.

Shared by the Beam reader and ``meeting-privacy validate`` so both judge a
file the same way. Opening is left to the caller (``open_stream(decompress)``
returns a binary stream), which keeps this module free of Beam's filesystems.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from collections.abc import Callable, Iterator
from typing import BinaryIO, Optional, Union

import pyarrow.parquet as pq

from meeting_privacy.core.parsing import parse_line, parse_row
from meeting_privacy.schemas.envelopes import Parsed, Rejected, Source
from meeting_privacy.schemas.inputs import INPUT_MODELS

OpenStream = Callable[[bool], BinaryIO]
SUFFIXES = (".jsonl", ".jsonl.gz", ".parquet")
_KIND = re.compile(r"[^-._]+")
_CHUNK = 1 << 20
_PARQUET_BATCH = 1024
_FILE_FAILURE = "file unreadable"
_MEETING_ID = re.compile(rb'"meeting_id"\s*:\s*"([^"\\]*)"')


def file_name(path: str) -> str:
    return posixpath.basename(path.replace("\\", "/"))


def kind_of(path: str) -> Optional[str]:
    """The kind of an input file: its name up to the first ``-``, ``.`` or ``_``; None if not an input."""
    name = file_name(path)
    if not name.endswith(SUFFIXES):
        return None
    match = _KIND.match(name)
    kind = match.group(0) if match else None
    return kind if kind in INPUT_MODELS else None


def shard_of(meeting_id: str, shards: int) -> int:
    """The shard a meeting belongs to: stable across machines, runs and Python versions."""
    return int.from_bytes(hashlib.sha256(meeting_id.encode("utf-8")).digest()[:8], "big") % shards


def owner_shard(item: Union[Parsed, Rejected], shards: int) -> int:
    """The shard that counts, audits and writes this record (by meeting; shard 0 if none).

    Decided from the raw line first (:func:`raw_meeting_id`), so that a reader
    can skip other shards' lines without parsing them and still agree with
    this function on every line.
    """
    if shards == 1 or item.kind == "consent":
        return 0
    meeting_id = raw_meeting_id(item.raw)
    if meeting_id is None:
        if isinstance(item, Parsed):
            meeting_id = getattr(item.record, "meeting_id", None)
        else:
            meeting_id = item.salvaged_value("meeting_id")
    return 0 if meeting_id is None else shard_of(meeting_id, shards)


def raw_meeting_id(raw: bytes) -> Optional[str]:
    """The meeting id of a raw JSON line when it is unambiguous (one plain ``"meeting_id"``)."""
    matches = _MEETING_ID.findall(raw)
    if len(matches) != 1:
        return None
    try:
        return matches[0].decode("utf-8")
    except UnicodeDecodeError:
        return None


def read_records(
    kind: str, name: str, open_stream: OpenStream, shard: tuple[int, int] = (0, 1)
) -> Iterator[Union[Parsed, Rejected]]:
    """Every record of one file; a file that breaks mid-way ends with one ``Rejected`` for the rest.

    With ``shard=(k, n)``, JSON lines that clearly belong to another shard's
    meeting are skipped unparsed (the caller still filters with
    :func:`owner_shard`); consent lines are never skipped.
    """
    if name.endswith(".parquet"):
        records = _parquet_rows(kind, name, open_stream)
    else:
        records = _lines(kind, name, open_stream, None if kind == "consent" or shard[1] == 1 else shard)
    number = 0
    try:
        for number, record in enumerate(records, start=1):  # noqa: B007 - number is used after the loop
            yield record
    except Exception as failure:  # noqa: BLE001 - a broken file is a quarantine entry, not a crash
        error = f"{_FILE_FAILURE} after record {number} ({type(failure).__name__})"
        yield Rejected(kind, Source(name, number + 1), b"", error, "malformed")


def is_file_failure(rejected: Rejected) -> bool:
    """True for the entry standing for the unreadable rest of a file (not for one bad line)."""
    return rejected.error.startswith(_FILE_FAILURE)


def sha256_of(open_stream: OpenStream) -> str:
    """SHA-256 of the file's bytes as stored (compressed files are not decompressed)."""
    digest = hashlib.sha256()
    with open_stream(False) as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _lines(
    kind: str, name: str, open_stream: OpenStream, shard: Optional[tuple[int, int]]
) -> Iterator[Union[Parsed, Rejected]]:
    with open_stream(True) as handle:
        for number, line in enumerate(_split_lines(handle), start=1):
            if not line.strip():  # blank lines (a trailing newline) are not records
                continue
            line = line.rstrip(b"\r\n")
            if shard is not None:
                meeting_id = raw_meeting_id(line)
                if meeting_id is not None and shard_of(meeting_id, shard[1]) != shard[0]:
                    continue  # another shard's meeting: that shard reads it
            yield parse_line(kind, line, Source(name, number))


def _split_lines(handle: BinaryIO) -> Iterator[bytes]:
    """Lines of a binary stream, ending at ``\\n`` only (not at other Unicode breaks)."""
    pending = b""
    while chunk := handle.read(_CHUNK):
        pending += chunk
        *complete, pending = pending.split(b"\n")
        yield from complete
    if pending:
        yield pending


def _parquet_rows(kind: str, name: str, open_stream: OpenStream) -> Iterator[Union[Parsed, Rejected]]:
    with open_stream(False) as handle:
        number = 0
        for batch in pq.ParquetFile(handle).iter_batches(batch_size=_PARQUET_BATCH):
            for row in batch.to_pylist():
                number += 1
                yield parse_row(kind, row, Source(name, number))
