"""One line for every error: usage errors exit 2, pipeline failures exit 1, and neither prints a
traceback or Beam's own error log unless ``--debug`` asks for them (they may quote input data)."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.support.runs import run_cli, write_key


def run_args(sample_run, output, key, *extra: str) -> list[str]:
    argv = ["run", "--input", str(sample_run.input), "--output", str(output), "--key-file", str(key)]
    return [*argv, "--as-of", sample_run.info.as_of, *extra]


def assert_one_line(err: str, naming: str) -> None:
    assert err.count("\n") == 1 and err.startswith("meeting-privacy: error: ") and naming in err, err
    assert "Traceback" not in err


@pytest.mark.parametrize("as_of", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"])
def test_an_as_of_out_of_range_is_a_usage_error(tmp_path, sample_run, as_of):
    code, _, err = run_cli(run_args(sample_run, tmp_path / "out", write_key(tmp_path), "--as-of", as_of))
    assert code == 2
    assert_one_line(err, "--as-of is out of range")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("runner", ["NoSuchRunner", "apache_beam.runners.NoSuchRunner"])
def test_an_unknown_runner_is_a_usage_error(tmp_path, sample_run, runner):
    code, _, err = run_cli(run_args(sample_run, tmp_path / "out", write_key(tmp_path), f"--runner={runner}"))
    assert code == 2
    assert_one_line(err, f"unknown Beam runner {runner}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["key.txt"]


def test_beams_own_option_checks_are_usage_errors_and_leave_nothing(tmp_path, sample_run):
    pytest.importorskip("apache_beam.runners.dataflow.dataflow_runner")  # the [gcp] extra
    code, _, err = run_cli(run_args(sample_run, tmp_path / "out", write_key(tmp_path), "--runner=DataflowRunner"))
    assert code == 2
    assert_one_line(err, "Missing required option: project")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["key.txt"]  # no output, no staging folder


def test_debug_prints_the_traceback_before_the_one_line(tmp_path, sample_run):
    argv = run_args(sample_run, tmp_path / "out", write_key(tmp_path), "--as-of", "0001-01-01T00:00:00+01:00")
    code, _, err = run_cli([*argv, "--debug"])
    assert code == 2
    assert err.startswith("Traceback") and err.splitlines()[-1].startswith("meeting-privacy: error: --as-of")


@pytest.mark.slow
def test_a_pipeline_failure_is_one_line_without_beams_error_log(tmp_path, sample_run):
    """Beam logs a failing step with its traceback at ERROR before it raises; only our line shows."""
    broken = tmp_path / "input"
    shutil.copytree(sample_run.input, broken)
    with (broken / "consent-0001.jsonl").open("a") as handle:
        handle.write('{"consent_id": "c-broken", "decision": "withdraw"}\n')
    argv = ["run", "--input", str(broken), "--output", str(tmp_path / "out"), "--key-file", str(write_key(tmp_path))]
    argv += ["--as-of", sample_run.info.as_of, "--quiet"]
    done = subprocess.run(
        [sys.executable, "-m", "meeting_privacy.cli", *argv], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 1
    assert_one_line(done.stderr, "unreadable reference data")
    assert "[while running" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["input", "key.txt"]
