"""The shared input writer (``meeting_privacy/demo/writer.py``), read back by the pipeline's own reader.

The sample, the tests' data sets and the benchmarks' generators all write
their input through it, so a format it got wrong would be wrong everywhere:
every format is read back here with ``core/input_files.py``, the reader the
pipeline and ``meeting-privacy validate`` use.
"""

from __future__ import annotations

import ast
import gzip
import os
import subprocess
import sys
from pathlib import Path

import pytest

from meeting_privacy.core import input_files
from meeting_privacy.core.input_files import describe, read_records
from meeting_privacy.demo.writer import SUFFIXES, JsonlWriter, dump, write_input
from meeting_privacy.schemas.envelopes import Parsed, Rejected
from tests.support.paths import REPO_ROOT
from tests.support.reliability_support import good_set

ROOT = REPO_ROOT
KINDS = ("participants", "consent", "transcripts", "chat", "telemetry")
FORMATS = (".jsonl", ".jsonl.gz", ".parquet")


def test_the_writer_writes_what_the_reader_reads():
    assert SUFFIXES == input_files.SUFFIXES
    assert set(FORMATS) == set(SUFFIXES)


def _read(path: Path) -> list[Parsed | Rejected]:
    return list(read_records(describe(str(path), str(path.parent)), lambda: path.open("rb")))


@pytest.mark.parametrize("kind", KINDS)
def test_every_format_reads_back_as_the_same_records(tmp_path, kind):
    records = good_set().records[kind]
    read = {}
    for suffix in FORMATS:
        path = tmp_path / f"{kind}-0001{suffix}"
        assert write_input(path, records) == len(records)
        found = _read(path)
        assert all(isinstance(r, Parsed) and r.kind == kind for r in found), [getattr(r, "error", "") for r in found]
        assert [r.source.line for r in found] == list(range(1, len(records) + 1))
        read[suffix] = [r.record for r in found]
    assert read[".jsonl"] == read[".jsonl.gz"] == read[".parquet"]
    assert (tmp_path / f"{kind}-0001.jsonl").read_bytes() == b"".join(dump(r) + b"\n" for r in records)


@pytest.mark.parametrize("suffix", (".jsonl", ".jsonl.gz"))
def test_raw_lines_are_written_as_they_are(tmp_path, suffix):
    first, second = good_set().records["transcripts"][:2]
    broken = b'{"segment_id": "cut-off", "te'
    path = tmp_path / f"transcripts-0001{suffix}"
    write_input(path, [first, broken, second])
    found = _read(path)
    assert [type(r) for r in found] == [Parsed, Rejected, Parsed]
    assert found[1].source.line == 2 and found[1].raw == broken
    assert [r.record.segment_id for r in (found[0], found[2])] == [first["segment_id"], second["segment_id"]]


def test_gzip_is_the_plain_file_compressed_without_a_timestamp(tmp_path):
    records = good_set().records["chat"]
    write_input(tmp_path / "chat-0001.jsonl", records)
    write_input(tmp_path / "chat-0002.jsonl.gz", records)
    write_input(tmp_path / "chat-0003.jsonl.gz", records)
    plain, packed = (tmp_path / "chat-0001.jsonl").read_bytes(), (tmp_path / "chat-0002.jsonl.gz").read_bytes()
    assert gzip.decompress(packed) == plain
    assert packed == gzip.compress(plain, mtime=0)  # no mtime, no file name: the same bytes on every call
    assert (tmp_path / "chat-0003.jsonl.gz").read_bytes() == packed


def test_a_streamed_file_counts_its_lines(tmp_path):
    records = good_set().records["telemetry"]
    with JsonlWriter(tmp_path / "telemetry-0001.jsonl.gz") as writer:
        for record in records:
            writer.write(record)
    assert writer.count == len(records)
    assert [r.record.event_id for r in _read(tmp_path / "telemetry-0001.jsonl.gz")] == [r["event_id"] for r in records]


@pytest.mark.parametrize("name", ("chat-0001.json", "chat-0001.csv", "chat-0001.jsonl.bz2"))
def test_a_file_the_reader_would_skip_is_refused(tmp_path, name):
    with pytest.raises(ValueError, match="must end in"):
        write_input(tmp_path / name, good_set().records["chat"])
    assert not (tmp_path / name).exists()


def test_parquet_holds_records_only(tmp_path):
    with pytest.raises(ValueError, match="records, not raw lines"):
        write_input(tmp_path / "chat-0001.parquet", [b"{}"])
    with pytest.raises(ValueError, match="written whole"):
        JsonlWriter(tmp_path / "chat-0002.parquet")
    assert not list(tmp_path.iterdir())


def _demo_imports(path: Path) -> list[str]:
    """Names of the functions (``<module>`` for the top level) of ``path`` that import the demo package."""
    found = []

    def visit(node: ast.AST, where: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                visit(child, child.name)
                continue
            names = []
            if isinstance(child, ast.Import):
                names = [alias.name for alias in child.names]
            elif isinstance(child, ast.ImportFrom) and child.module:
                names = [child.module, *(f"{child.module}.{alias.name}" for alias in child.names)]
            if any(name == "meeting_privacy.demo" or name.startswith("meeting_privacy.demo.") for name in names):
                found.append(where)
            visit(child, where)

    visit(ast.parse(path.read_text(encoding="utf-8")), "<module>")
    return found


def test_the_pipeline_never_imports_the_demo_package():
    """The demo, its oracle and the writer are demo and test code: only the ``demo`` command loads them."""
    package = ROOT / "meeting_privacy"
    importers = {
        path.relative_to(ROOT).as_posix(): _demo_imports(path)
        for path in sorted(package.rglob("*.py"))
        if package / "demo" not in path.parents
    }
    assert {name: where for name, where in importers.items() if where} == {"meeting_privacy/cli.py": ["_demo"]}


def test_the_demo_package_imports_nothing_of_the_pipeline():
    """So that the sample's oracle cannot share a bug with the engine it checks."""
    script = (
        "import sys, meeting_privacy.demo, meeting_privacy.demo.writer\n"
        "print(sorted(m for m in sys.modules if m.startswith('meeting_privacy.')"
        " and not m.startswith('meeting_privacy.demo')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"
