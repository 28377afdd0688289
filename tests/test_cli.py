"""The command line: exit codes, one-line errors, reference data failing closed, stale outputs."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from tests.conftest import TEST_KEY, read_rows, run_cli, write_key


@pytest.fixture()
def small_input(sample_run, tmp_path):
    folder = tmp_path / "input"
    shutil.copytree(sample_run.input, folder)
    return folder


def args(input_dir, output_dir, key_file, *extra):
    return ["run", "--input", str(input_dir), "--output", str(output_dir), "--key-file", str(key_file), *extra]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--as-of", "2026-06-30T00:00:00"], "--as-of must be an RFC 3339 time with a zone"),
        (["--policy", "{policy}"], "content_scoop: unknown policy key"),
        (["--direct_num_wokers=2"], "unknown option --direct_num_wokers=2"),
    ],
)
def test_configuration_errors_exit_2_with_one_line_and_write_nothing(tmp_path, sample_run, extra, message):
    policy = tmp_path / "policy.yaml"
    policy.write_text("content_scoop: speaker_only\n")
    extra = [e.replace("{policy}", str(policy)) for e in extra]
    output = tmp_path / "out"
    code, out, err = run_cli(args(sample_run.input, output, write_key(tmp_path), *extra))
    assert code == 2
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
    assert not output.exists()


def test_missing_key_and_missing_input_are_configuration_errors(tmp_path, sample_run):
    code, _, err = run_cli(["run", "--input", str(sample_run.input), "--output", str(tmp_path / "o")])
    assert code == 2 and "MEETING_PRIVACY_KEY" in err
    short = write_key(tmp_path, "too-short")
    code, _, err = run_cli(args(sample_run.input, tmp_path / "o", short))
    assert code == 2 and "too short" in err and "too-short" not in err
    code, _, err = run_cli(args(tmp_path / "absent", tmp_path / "o", write_key(tmp_path)))
    assert code == 2 and "does not exist" in err


def test_usage_errors_exit_2_without_a_traceback():
    result = subprocess.run(
        [sys.executable, "-m", "meeting_privacy.cli", "run", "--input"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr


def test_key_from_the_environment_and_beam_options_pass_through(tmp_path, sample_run, monkeypatch):
    monkeypatch.setenv("MEETING_PRIVACY_KEY", TEST_KEY)
    output = tmp_path / "out"
    code, out, err = run_cli(
        [
            "run",
            "--input",
            str(sample_run.input),
            "--output",
            str(output),
            "--as-of",
            sample_run.info.as_of,
            "--runner=DirectRunner",
            "--direct_num_workers=1",
            "--quiet",
        ]
    )
    assert code == 0, err
    assert out == ""
    assert read_rows(output, "audit") and json.loads((output / "manifest.json").read_text())["key_source"] == "env"


def test_unattributable_consent_line_stops_the_run_before_any_training_output(small_input, tmp_path, sample_run):
    with (small_input / "consent-0001.jsonl").open("a") as handle:
        handle.write('{"consent_id": "c-broken", "decision": "withdraw"}\n')
    lines = (small_input / "consent-0001.jsonl").read_text().count("\n")
    output = tmp_path / "out"
    code, out, err = run_cli(args(small_input, output, write_key(tmp_path), "--as-of", sample_run.info.as_of))
    assert code == 1
    assert f"consent-0001.jsonl:{lines}" in err and "Traceback" not in err and err.count("\n") == 1
    for name in ("transcripts", "chat", "telemetry", "audit", "manifest.json"):
        assert not (output / name).exists()


def test_unattributable_roster_line_stops_the_run(small_input, tmp_path, sample_run):
    with (small_input / "participants-0001.jsonl").open("a") as handle:
        handle.write("{not json at all\n")
    output = tmp_path / "out"
    code, _, err = run_cli(args(small_input, output, write_key(tmp_path), "--as-of", sample_run.info.as_of))
    assert code == 1 and "participants-0001.jsonl" in err
    assert not (output / "transcripts").exists()


def test_a_rerun_leaves_no_stale_rows_behind(small_input, tmp_path, sample_run):
    output = tmp_path / "out"
    (output / "transcripts").mkdir(parents=True)
    stale = output / "transcripts" / "part-old.parquet"
    stale.write_bytes(b"rows of someone who has since withdrawn")
    mine = output / "notes.txt"
    mine.write_text("not ours to delete")
    code, _, err = run_cli(args(small_input, output, write_key(tmp_path), "--as-of", sample_run.info.as_of, "--quiet"))
    assert code == 0, err
    assert not stale.exists() and mine.exists()
    assert len(read_rows(output, "transcripts")) == len(read_rows(sample_run.output, "transcripts"))
