"""Input files in the forms the data contract names: JSON Lines, gzip-compressed JSON Lines, Parquet.

One writer for the demo's sample, the tests' data sets and the benchmarks'
generators, so that every one of them writes what the reader
(``core/input_files.py``) reads, judged by the same suffixes. The output is
deterministic: gzip members carry no timestamp or file name (zlib's own gzip
wrapper, as ``gzip.compress(data, mtime=0)`` writes them), so the same records
give the same bytes on every call.

Not on the pipeline's path: nothing under ``pipelines``, ``transforms``,
``core`` or ``schemas`` imports this package.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO, Union

import pyarrow as pa
import pyarrow.parquet as pq

__all__ = ["SUFFIXES", "JsonlWriter", "Line", "dump", "write_input"]

#: One line of a JSON Lines file: a record, or bytes written as they are (a line
#: that is broken on purpose).
Line = Union[Mapping[str, Any], bytes]
#: The suffixes the reader reads (``core/input_files.py``, not imported: see the package), longest first.
SUFFIXES = (".jsonl.gz", ".jsonl", ".parquet")
_GZIP_LEVEL = 9  # gzip.compress's default
_GZIP_WBITS = 31  # zlib's gzip wrapper: mtime 0, no file name


def dump(record: Mapping[str, Any]) -> bytes:
    """One record as a JSON line (UTF-8, non-ASCII characters as they are), without its newline."""
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suffix in SUFFIXES:
        if name.endswith(suffix):
            return suffix
    # A file the reader would skip is a bug of the data set, not a file to write.
    raise ValueError(f"{path.name}: an input file must end in .jsonl, .jsonl.gz or .parquet")


class JsonlWriter:
    """Appends lines to one JSON Lines file, gzip-compressed when its name ends in ``.jsonl.gz``.

    For generators too large to hold in memory, or that write several files
    at once; :func:`write_input` is the one-call form.
    """

    def __init__(self, path: Path) -> None:
        path = Path(path)
        suffix = _suffix(path)
        if suffix == ".parquet":
            raise ValueError(f"{path.name}: a Parquet file is written whole, with write_input")
        self.path = path
        self.count = 0
        self._file: BinaryIO = path.open("wb")
        self._gzip = zlib.compressobj(_GZIP_LEVEL, zlib.DEFLATED, _GZIP_WBITS) if suffix == ".jsonl.gz" else None

    def write(self, line: Line) -> None:
        """Writes one record (as :func:`dump` writes it) or one raw line, and its newline."""
        data = (line if isinstance(line, bytes) else dump(line)) + b"\n"
        self._file.write(self._gzip.compress(data) if self._gzip is not None else data)
        self.count += 1

    def close(self) -> None:
        if self._gzip is not None:
            self._file.write(self._gzip.flush())
            self._gzip = None
        self._file.close()

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


def write_input(path: Path, records: Iterable[Line], schema: pa.Schema | None = None) -> int:
    """Writes one input file in the format its suffix names; returns the records written.

    Args:
        path: ``*.jsonl``, ``*.jsonl.gz`` or ``*.parquet`` (any other suffix is
            refused: the reader would skip the file). Overwritten if present.
        records: Mappings, or for JSON Lines also raw bytes lines.
        schema: The Parquet schema (default: inferred from the records); ignored
            for JSON Lines.
    """
    path = Path(path)
    if _suffix(path) == ".parquet":
        rows = list(records)
        if any(isinstance(row, bytes) for row in rows):
            raise ValueError(f"{path.name}: a Parquet file holds records, not raw lines")
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)
        return len(rows)
    with JsonlWriter(path) as writer:
        for line in records:
            writer.write(line)
    return writer.count
