"""The CLI run in-process with a real key file, and readers of what a run wrote."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
from pathlib import Path

import pyarrow.parquet as pq

from meeting_privacy.cli import main
from meeting_privacy.demo import SampleInfo

TEST_KEY = "test-key-0123456789-abcdefghijklmnopqrstuvwxyz"


def write_key(directory: Path, key: str = TEST_KEY) -> Path:
    path = directory / "key.txt"
    path.write_text(key + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def read_rows(output: Path, name: str) -> list[dict]:
    """All rows of one Parquet output folder."""
    return pq.read_table(output / name).to_pylist()


def run_cli(argv: list[str]) -> tuple[int, str, str]:
    """Runs the CLI in-process; returns (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


@dataclasses.dataclass(frozen=True)
class SampleRun:
    input: Path
    output: Path
    key: str
    info: SampleInfo
    exit_code: int
    stdout: str
    stderr: str


def file_digests(output: Path) -> dict[str, str]:
    """SHA-256 of every file under ``output`` by relative path: tells whether anything changed."""
    return {
        p.relative_to(output).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(output.rglob("*"))
        if p.is_file()
    }
