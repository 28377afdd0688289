"""The user's disk is safe: a run never deletes its input, never touches files it did not write,
and never leaves a partial output behind, even when it is killed.

Refusals are checked with the CLI in-process (they stop the run before any pipeline starts);
kills with real CLI runs in a subprocess, killed while their staging folder is being written.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Optional

import pytest

from meeting_privacy.cli import _Interruptible
from meeting_privacy.demo import write_sample
from meeting_privacy.pipelines.publish import MANIFEST, OutputRefused, check_output
from meeting_privacy.schemas.kinds import AUDITED_KINDS
from tests.support.runs import run_cli, write_key

CLI = Path(sys.executable).with_name("meeting-privacy")
#: Bounds for one killed CLI run (seconds); a whole run of the sample takes 15-25 s here.
RUN_TIMEOUT = 240


def snapshot(root: Path) -> dict[str, Optional[str]]:
    """Every entry under ``root`` (and ``root`` itself), with the SHA-256 of each file."""
    entries = {".": None if root.is_dir() else _sha256(root)} if root.exists() else {}
    for path in sorted(root.rglob("*")) if root.is_dir() else ():
        entries[path.relative_to(root).as_posix()] = _sha256(path) if path.is_file() else None
    return entries


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_args(input_dir: Path, output: Path, key: Path, as_of: str) -> list[str]:
    return ["run", "--input", str(input_dir), "--output", str(output), "--key-file", str(key), "--as-of", as_of]


def assert_refused(argv: list[str], *watched: Path, naming: str) -> None:
    """The run exits 2 with one line naming ``naming`` and changes nothing under ``watched``."""
    before = [snapshot(path) for path in watched]
    code, out, err = run_cli(argv)
    assert code == 2, err
    assert err.count("\n") == 1 and naming in err and "Traceback" not in err, err
    assert [snapshot(path) for path in watched] == before


def assert_complete(output: Path) -> dict:
    """A complete output: its manifest lists exactly the files there (besides the documents),
    and for every kind read = emitted + excluded + quarantined."""
    manifest = json.loads((output / MANIFEST).read_text())
    listed = {path for paths in manifest["outputs"].values() for path in paths}
    files = {p.relative_to(output).as_posix() for p in output.rglob("*") if p.is_file()}
    assert files == listed | {MANIFEST, "report.html", "DATASET_CARD.md"}
    for kind in AUDITED_KINDS:
        counts = manifest["counts"][kind]
        assert counts["read"] == counts["emitted"] + counts["excluded"] + counts["quarantined"] > 0
    return manifest


@pytest.fixture()
def sample_input(tmp_path, sample_run) -> Path:
    folder = tmp_path / "in"
    shutil.copytree(sample_run.input, folder)
    return folder


@pytest.fixture()
def earlier_output(tmp_path, sample_run) -> Path:
    """A complete output of an earlier run of the CLI (the sample run's)."""
    folder = tmp_path / "out"
    shutil.copytree(sample_run.output, folder)
    return folder


# --- an output must not overlap the input ------------------------------------------------------


@pytest.mark.parametrize(
    ("output", "naming"),
    [
        ("in", "is, or lies inside, the input folder"),
        ("in/transcripts-out", "is, or lies inside, the input folder"),
        (".", "contains the input folder"),  # --input data/transcripts --output data
        ("link-into-input/out", "is, or lies inside, the input folder"),
    ],
)
def test_an_output_that_is_inside_or_contains_the_input_is_refused_and_the_input_survives(
    tmp_path, sample_run, output, naming
):
    folder = tmp_path / "data"
    shutil.copytree(sample_run.input, folder / "in")
    (folder / "link-into-input").symlink_to(folder / "in", target_is_directory=True)
    argv = run_args(folder / "in", folder / output, write_key(tmp_path), sample_run.info.as_of)
    assert_refused(argv, folder, naming=naming)


def test_overlap_is_decided_by_path_parts_and_remote_paths_by_normalised_strings(tmp_path):
    check_output(str(tmp_path / "in"), str(tmp_path / "in-out"))  # a shared prefix is not overlap
    for input_dir, output_dir in [
        ("gs://bucket/data/transcripts", "gs://bucket/data/"),
        ("gs://bucket/data", "gs://bucket/./data//out"),
        ("gs://bucket/data", "GS://bucket/x/../data"),
    ]:
        with pytest.raises(OutputRefused):
            check_output(input_dir, output_dir)


# --- only what an earlier run wrote may be replaced ----------------------------------------------


def test_user_files_next_to_an_earlier_output_refuse_the_run_and_survive(tmp_path, sample_input, earlier_output):
    (earlier_output / "audit" / "notes.txt").write_text("my notes")
    (earlier_output / "chat" / "slack-export.json").write_text("{}")
    argv = run_args(sample_input, earlier_output, write_key(tmp_path), "2026-06-30T00:00:00Z")
    assert_refused(argv, earlier_output, sample_input, naming="holds audit/notes.txt")


@pytest.mark.parametrize(
    ("entry", "naming"),
    [
        ("report.html", "holds report.html"),  # the user's own report, no manifest of ours
        ("manifest.json", "holds manifest.json"),  # someone else's manifest
        ("notes/", "holds notes"),  # even an empty folder is the user's
    ],
)
def test_a_folder_without_our_manifest_is_refused(tmp_path, sample_input, entry, naming):
    output = tmp_path / "out"
    output.mkdir()
    if entry.endswith("/"):
        (output / entry).mkdir()
    else:
        (output / entry).write_text('{"outputs": {}}')
    assert_refused(run_args(sample_input, output, write_key(tmp_path), "2026-06-30T00:00:00Z"), output, naming=naming)


def test_a_foreign_folder_inside_an_earlier_output_is_refused(tmp_path, sample_input, earlier_output):
    (earlier_output / "mine").mkdir()
    argv = run_args(sample_input, earlier_output, write_key(tmp_path), "2026-06-30T00:00:00Z")
    assert_refused(argv, earlier_output, naming="holds mine")


def test_an_output_naming_a_file_is_refused(tmp_path, sample_input):
    output = tmp_path / "out.parquet"
    output.write_bytes(b"the user's file")
    argv = run_args(sample_input, output, write_key(tmp_path), "2026-06-30T00:00:00Z")
    assert_refused(argv, output, naming="is a file, not a folder")


def test_an_earlier_complete_output_passes_the_check(sample_input, earlier_output):
    check_output(str(sample_input), str(earlier_output))


# --- the demo's input lies beside its output ---------------------------------------------------


@pytest.mark.slow
def test_the_demo_writes_its_input_beside_the_output_and_can_run_again(tmp_path):
    output = tmp_path / "demo-output"
    code, out, err = run_cli(["demo", "--output", str(output), "--quiet"])
    assert code == 0, err
    sample = tmp_path / "demo-output-sample-input"
    assert sorted(p.name for p in sample.iterdir()) == sorted(write_sample(tmp_path / "expected").files)
    assert_complete(output)
    check_output(str(sample), str(output))  # a second `make demo` is allowed


# --- a killed run leaves the previous complete output or none -----------------------------------


def _kill_when(
    argv: list[str], output: Path, ready: Callable[[Path], bool], signum: int
) -> subprocess.CompletedProcess:
    """Starts the CLI and sends ``signum`` once its staging folder satisfies ``ready``."""
    process = subprocess.Popen(  # its own session, so that a SIGKILL takes its children too
        [str(CLI), *argv, "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    staging_glob = f".{output.name}.staging-{process.pid}-*"
    deadline = time.monotonic() + RUN_TIMEOUT
    try:
        while process.poll() is None and time.monotonic() < deadline:
            staging = next(output.parent.glob(staging_glob), None)
            if staging is not None and ready(staging):
                if signum == signal.SIGKILL:
                    os.killpg(process.pid, signal.SIGKILL)  # as `docker stop` ends a container
                else:
                    os.kill(process.pid, signum)
                break
            time.sleep(0.02)
        stdout, stderr = process.communicate(timeout=RUN_TIMEOUT)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def _created(staging: Path) -> bool:
    return True


def _writing_parquet(staging: Path) -> bool:
    return next(staging.rglob("*.parquet"), None) is not None


def _manifest_written(staging: Path) -> bool:
    return (staging / MANIFEST).exists()


def _leftovers(output: Path) -> list[str]:
    return sorted(p.name for p in output.parent.glob(f".{output.name}.*"))


@pytest.mark.slow
def test_a_fresh_run_killed_before_or_during_the_write_phase_publishes_nothing(tmp_path, sample_input, sample_run):
    output = tmp_path / "out"
    argv = run_args(sample_input, output, write_key(tmp_path), sample_run.info.as_of)

    killed = _kill_when(argv, output, _created, signal.SIGKILL)
    assert killed.returncode == -signal.SIGKILL
    assert not output.exists()
    [leftover] = _leftovers(output)  # a dead run's staging folder, owner-only: it holds the quarantine
    assert (tmp_path / leftover).stat().st_mode & 0o777 == 0o700

    terminated = _kill_when(argv, output, _writing_parquet, signal.SIGTERM)
    assert terminated.returncode == 1
    assert terminated.stderr == "meeting-privacy: interrupted; nothing published\n"
    assert not output.exists()
    assert _leftovers(output) == []  # its own staging removed, and the dead run's at its start


@pytest.mark.slow
def test_a_run_killed_over_a_complete_output_leaves_a_complete_output(tmp_path, sample_input, earlier_output):
    argv = run_args(sample_input, earlier_output, write_key(tmp_path), "2026-06-30T00:00:00Z")
    before = snapshot(earlier_output)

    killed = _kill_when(argv, earlier_output, _writing_parquet, signal.SIGKILL)
    assert killed.returncode == -signal.SIGKILL
    assert snapshot(earlier_output) == before
    assert_complete(earlier_output)

    # After the write phase: the run may be killed just before publishing, or finish first.
    late = _kill_when(argv, earlier_output, _manifest_written, signal.SIGTERM)
    assert late.returncode in (0, 1), late.stderr
    assert late.stderr.count("\n") == (1 if late.returncode else 0)
    if late.returncode:
        assert snapshot(earlier_output) == before
    assert_complete(earlier_output)
    assert _leftovers(earlier_output) == []


def test_an_interruption_lost_in_a_finalizer_is_raised_again(capsys):
    """Python drops (and prints) an exception raised in ``__del__``: a SIGTERM arriving while
    Beam's Parquet writer is collected was lost, and the run went on to publish."""

    class Finalized:
        def __del__(self):
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(1)  # the KeyboardInterrupt is raised here, in the finalizer

    with pytest.raises(KeyboardInterrupt), _Interruptible() as interruption:
        Finalized()  # collected at once
        time.sleep(10)
    assert interruption.received == signal.SIGTERM
    assert capsys.readouterr().err == ""
