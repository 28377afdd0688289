"""Shared fixtures: one real pipeline run on the embedded sample, reused by many tests."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from meeting_privacy.cli import main
from meeting_privacy.demo import SampleInfo, write_sample

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


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory) -> SampleRun:
    """The CLI run on the sample meetings with a real key file, as a user runs it."""
    root = tmp_path_factory.mktemp("sample")
    info = write_sample(root / "input")
    key_file = write_key(root)
    argv = ["run", "--input", str(root / "input"), "--output", str(root / "output")]
    code, out, err = run_cli([*argv, "--key-file", str(key_file), "--as-of", info.as_of])
    return SampleRun(root / "input", root / "output", TEST_KEY, info, code, out, err)


@pytest.fixture
def sample_output(sample_run, tmp_path) -> Path:
    """A copy of the sample run's output, for a test to change (erase, tamper with)."""
    assert sample_run.exit_code == 0, sample_run.stderr
    target = tmp_path / "out"
    shutil.copytree(sample_run.output, target)
    return target


def file_digests(output: Path) -> dict[str, str]:
    """SHA-256 of every file under ``output`` by relative path: tells whether anything changed."""
    return {
        p.relative_to(output).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(output.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(autouse=True)
def _no_key_in_environment(monkeypatch):
    # Tests choose their key explicitly; a developer's own key must not leak in.
    monkeypatch.delenv("MEETING_PRIVACY_KEY", raising=False)
