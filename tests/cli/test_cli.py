"""The command line: exit codes, one-line errors, reference data failing closed, stale outputs."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import datetime

import pytest

from tests.support.runs import TEST_KEY, read_rows, run_cli, write_key


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
    # An earlier run's output that had one more transcripts part (e.g. from more shards); user
    # files next to it refuse the run instead (tests/pipelines/test_output_safety.py).
    output = tmp_path / "out"
    shutil.copytree(sample_run.output, output)
    stale = output / "transcripts" / "part-old.parquet"
    stale.write_bytes(b"rows of someone who has since withdrawn")
    manifest = json.loads((output / "manifest.json").read_text())
    manifest["outputs"]["transcripts"].append("transcripts/part-old.parquet")
    (output / "manifest.json").write_text(json.dumps(manifest))
    code, _, err = run_cli(args(small_input, output, write_key(tmp_path), "--as-of", sample_run.info.as_of, "--quiet"))
    assert code == 0, err
    assert not stale.exists()
    assert len(read_rows(output, "transcripts")) == len(read_rows(sample_run.output, "transcripts"))


def test_validate_reports_each_file_and_its_problems_without_values(sample_run):
    code, out, _ = run_cli(["validate", "--input", str(sample_run.input)])
    assert code == 1
    for name in sample_run.info.files:
        assert name in out
    assert "transcripts-0002.jsonl.gz:2: start_ms: int_type" in out
    assert "7 malformed record(s) in 6 file(s)" in out
    roster = (sample_run.input / "participants-0001.jsonl").read_text()
    names = {json.loads(line)["display_name"] for line in roster.splitlines()}
    assert not [n for n in names if n in out]


def test_validate_names_lines_that_would_stop_a_run(small_input):
    (small_input / "consent-0003.jsonl").write_text('{"decision": "grant"}\n')
    code, out, _ = run_cli(["validate", "--input", str(small_input)])
    assert code == 1 and "a run would stop: consent-0003.jsonl:1" in out


def test_policy_show_prints_the_effective_policy_and_its_hash(tmp_path):
    import yaml

    from meeting_privacy.core.policy import Policy, load_policy

    policy = tmp_path / "p.yaml"
    policy.write_text("content_scope: speaker_only\n")
    code, out, _ = run_cli(["policy", "show", "--policy", str(policy)])
    assert code == 0
    shown = yaml.safe_load(out)
    assert shown["content_scope"] == "speaker_only" and shown["languages"] == ["en"]
    assert Policy.from_mapping(shown) == load_policy(policy)
    assert out.strip().endswith(load_policy(policy).sha256())


def test_summary_figures_come_from_beam_metrics_and_match_the_manifest(tmp_path, sample_run):
    import io

    from meeting_privacy.core.policy import Policy
    from meeting_privacy.core.pseudonyms import KeySource
    from meeting_privacy.pipelines.figures import Progress, figures
    from meeting_privacy.pipelines.options import pipeline_options
    from meeting_privacy.pipelines.training_set import RunConfig, run

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    config = RunConfig(
        str(sample_run.input),
        str(tmp_path / "out"),
        Policy(),
        KeySource.from_file(write_key(tmp_path)),
        datetime.fromisoformat(sample_run.info.as_of.replace("Z", "+00:00")),
    )
    terminal = Terminal()
    with Progress(stream=terminal, interval=0.05):
        manifest, counters = run(config, pipeline_options([]))
    result = figures(counters)
    assert result["counts"] == manifest["counts"]
    assert result["entities_redacted"] == manifest["entities_redacted"]
    assert "read: participants 38 consent 25" in terminal.getvalue()


def test_bad_beam_option_value_is_named_without_its_value(tmp_path, sample_run):
    code, _, err = run_cli(args(sample_run.input, tmp_path / "o", write_key(tmp_path), "--direct_num_workers=Priya"))
    assert code == 2 and "--direct_num_workers" in err and "Priya" not in err


def test_options_file_supplies_beam_options(tmp_path, sample_run):
    profile = tmp_path / "runner.yaml"
    profile.write_text("runner: DirectRunner\ndirect_num_workers: 1\n")
    output = tmp_path / "out"
    extra = ["--options-file", str(profile), "--as-of", sample_run.info.as_of, "--quiet"]
    code, _, err = run_cli(args(sample_run.input, output, write_key(tmp_path), *extra))
    assert code == 0, err
    profile.write_text("runner: DirectRunner\ndirect_num_wokers: 1\n")
    code, _, err = run_cli(args(sample_run.input, output, write_key(tmp_path), *extra))
    assert code == 2 and "direct_num_wokers" in err


def test_key_file_and_key_secret_exclude_each_other(tmp_path, sample_run):
    # Reading a real secret needs Google Cloud; this machine must not try to reach it.
    argv = ["run", "--input", str(sample_run.input), "--output", str(tmp_path / "o")]
    code, _, err = run_cli([*argv, "--key-secret", "x", "--key-file", str(write_key(tmp_path))])
    assert code == 2 and "not both" in err


def test_validate_applies_the_read_limits_of_the_policy_it_is_given(small_input, tmp_path):
    (small_input / "chat-0009.jsonl").write_text('{"text": "' + "x" * 5000 + '"}\n')
    policy = tmp_path / "policy.yaml"
    policy.write_text("limits:\n  max_line_bytes: 4096\n", encoding="utf-8")
    _, default_out, _ = run_cli(["validate", "--input", str(small_input)])
    code, out, _ = run_cli(["validate", "--input", str(small_input), "--policy", str(policy)])
    assert code == 1
    assert "max_line_bytes" not in default_out and "chat-0009.jsonl:1" in out and "4096" in out
