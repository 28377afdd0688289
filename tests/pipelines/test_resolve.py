"""One ``resolve`` for every entry point: key precedence, as-of, runner profiles and Beam options,
and the Flex Template's entry point resolving its parameters as the CLI resolves its flags."""

from __future__ import annotations

import contextlib
import dataclasses
import io
import json
import runpy
from datetime import datetime, timezone

import pytest
from apache_beam.options.pipeline_options import DirectOptions

from meeting_privacy.cli import launch
from meeting_privacy.core.errors import ConfigError, SecretKeyError, UsageError
from meeting_privacy.core.policy import load_policy
from meeting_privacy.core.pseudonyms import KEY_ENV_VAR, KeySource
from meeting_privacy.pipelines.profiles import ProfileError
from meeting_privacy.pipelines.resolve import resolve
from tests.support.paths import REPO_ROOT
from tests.support.runs import TEST_KEY, write_key

DEPLOY = REPO_ROOT / "deploy" / "dataflow"
AS_OF = "2026-06-30T00:00:00Z"


@pytest.fixture()
def folders(tmp_path):
    (tmp_path / "input").mkdir()
    return {"input_dir": str(tmp_path / "input"), "output_dir": str(tmp_path / "output"), "as_of": AS_OF}


@pytest.fixture()
def no_cloud(monkeypatch, tmp_path):
    """Google's client finds no credentials at once instead of asking the network for them."""
    monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(tmp_path / "absent-credentials.json"))


# --- where the key comes from -------------------------------------------------------------------


def test_a_key_file_wins_over_the_environment(folders, tmp_path, monkeypatch):
    monkeypatch.setenv(KEY_ENV_VAR, TEST_KEY)
    config, _ = resolve(**folders, key_file=str(write_key(tmp_path)))
    assert config.key_source == KeySource.from_file(tmp_path / "key.txt")


def test_a_key_secret_wins_over_the_environment(folders, monkeypatch, no_cloud):
    monkeypatch.setenv(KEY_ENV_VAR, TEST_KEY)  # would do, but the secret was asked for
    with pytest.raises(SecretKeyError, match="cannot read secret projects/p/secrets/s/versions/1"):
        resolve(**folders, key_secret="projects/p/secrets/s/versions/1")


def test_the_environment_is_the_last_resort(folders, monkeypatch):
    monkeypatch.setenv(KEY_ENV_VAR, TEST_KEY)
    assert resolve(**folders).config.key_source == KeySource.from_env()
    monkeypatch.setenv(KEY_ENV_VAR, "  ")
    with pytest.raises(
        ConfigError, match=f"no pseudonym key: pass --key-file FILE or --key-secret NAME, or set {KEY_ENV_VAR} "
    ):
        resolve(**folders)


def test_a_key_file_and_a_key_secret_are_refused_before_either_is_read(folders, tmp_path):
    with pytest.raises(UsageError, match="give either --key-file or --key-secret, not both"):
        resolve(**folders, key_file=str(tmp_path / "absent"), key_secret="projects/p/secrets/s/versions/1")


def test_the_key_is_checked_first_and_read_now(folders, tmp_path):
    with pytest.raises(SecretKeyError, match="too short"):
        resolve(**{**folders, "as_of": "not a time"}, key_file=str(write_key(tmp_path, "too-short")))


# --- the as-of time -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0001-01-01T00:00:00+01:00", "--as-of is out of range: it must lie between years 1 and 9999 in UTC"),
        ("9999-12-31T23:59:59-01:00", "--as-of is out of range"),
        ("2026-06-30T00:00:00", "--as-of must be an RFC 3339 time with a zone"),
    ],
)
def test_an_as_of_out_of_range_or_without_a_zone_is_a_configuration_error(folders, tmp_path, text, message):
    with pytest.raises(ConfigError, match=message):
        resolve(**{**folders, "as_of": text}, key_file=str(write_key(tmp_path)))


def test_the_as_of_is_utc_and_defaults_to_now(folders, tmp_path):
    key_file = str(write_key(tmp_path))
    given = resolve(**{**folders, "as_of": "2026-06-30T02:00:00+02:00"}, key_file=key_file).config.as_of
    assert given == datetime(2026, 6, 30, tzinfo=timezone.utc) and given.utcoffset().total_seconds() == 0
    before = datetime.now(timezone.utc).replace(microsecond=0)
    now = resolve(**{**folders, "as_of": None}, key_file=key_file).config.as_of
    assert before <= now <= datetime.now(timezone.utc) and now.microsecond == 0


# --- runner profiles and Beam options ---------------------------------------------------------------


def test_an_unreadable_profile_is_a_configuration_error(folders, tmp_path):
    with pytest.raises(ProfileError, match="cannot read options file"):
        resolve(**folders, key_file=str(write_key(tmp_path)), options_file=str(tmp_path / "absent.yaml"))


@pytest.mark.parametrize("runner", ["NoSuchRunner", "apache_beam.runners.NoSuchRunner"])
def test_an_unknown_runner_in_a_profile_or_an_option_is_a_usage_error(folders, tmp_path, runner):
    profile = tmp_path / "runner.yaml"
    profile.write_text(f"runner: {runner}\n")
    key_file = str(write_key(tmp_path))
    with pytest.raises(UsageError, match=f"unknown Beam runner {runner}"):
        resolve(**folders, key_file=key_file, options_file=str(profile))
    with pytest.raises(UsageError, match=f"unknown Beam runner {runner}"):
        resolve(**folders, key_file=key_file, beam_args=[f"--runner={runner}"])


def test_options_given_override_the_profile(folders, tmp_path):
    profile = tmp_path / "runner.yaml"
    profile.write_text("runner: DirectRunner\ndirect_num_workers: 1\ndirect_running_mode: multi_processing\n")
    key_file = str(write_key(tmp_path))
    _, options = resolve(**folders, key_file=key_file, options_file=str(profile), beam_args=["--direct_num_workers=2"])
    direct = options.view_as(DirectOptions)
    assert (direct.direct_num_workers, direct.direct_running_mode) == (2, "multi_processing")


def test_the_configuration_is_frozen_with_absolute_folders_and_the_policy_loaded(folders, tmp_path, monkeypatch):
    policy = tmp_path / "policy.yaml"
    policy.write_text("content_scope: speaker_only\n")
    write_key(tmp_path)
    monkeypatch.chdir(tmp_path)
    config, _ = resolve(input_dir="input", output_dir="output", key_file="key.txt", policy_path="policy.yaml")
    assert (config.input_dir, config.output_dir) == (folders["input_dir"], folders["output_dir"])
    assert config.policy == load_policy(policy) and config.policy_path == "policy.yaml"
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.as_of = None


# --- the Flex Template entry point ----------------------------------------------------------------


def _template():
    return runpy.run_path(str(DEPLOY / "main.py"))  # not as __main__: defines configure only


def test_the_entry_point_takes_every_template_parameter():
    metadata = json.loads((DEPLOY / "metadata.json").read_text())
    assert set(_template()["PARAMETERS"]) == {parameter["name"] for parameter in metadata["parameters"]}


def test_the_template_parameters_resolve_as_the_cli_flags_do(folders, tmp_path):
    key_file, policy = str(write_key(tmp_path)), tmp_path / "policy.yaml"
    policy.write_text("time_granularity: day\n")
    argv = [f"--input={folders['input_dir']}", f"--output={folders['output_dir']}", f"--key_file={key_file}"]
    argv += [f"--as_of={AS_OF}", f"--policy={policy}", "--direct_num_workers=2"]
    config, options = _template()["configure"](argv)
    expected, expected_options = resolve(
        **folders, key_file=key_file, policy_path=str(policy), beam_args=["--direct_num_workers=2"]
    )
    assert config == expected
    assert options.get_all_options() == expected_options.get_all_options()
    assert options.view_as(DirectOptions).direct_num_workers == 2  # every other argument goes on to Beam


def test_the_template_refuses_a_missing_input_and_a_cli_only_flag_in_one_line(tmp_path):
    configure = _template()["configure"]
    with pytest.raises(UsageError, match="the following arguments are required: --input"):
        configure([f"--output={tmp_path}"])
    argv = [f"--input={tmp_path}", f"--output={tmp_path / 'o'}", f"--key_file={write_key(tmp_path)}"]
    with pytest.raises(ConfigError, match="unknown option --options-file"):
        configure([*argv, "--options-file=configs/runners/direct.yaml"])


@pytest.mark.slow
def test_the_template_entry_point_runs_what_the_cli_runs(sample_run, tmp_path):
    """Same input, key and as-of through each entry point: the same manifest and summary."""
    assert sample_run.exit_code == 0, sample_run.stderr
    key_file, output = write_key(tmp_path), tmp_path / "output"
    argv = [f"--input={sample_run.input}", f"--output={output}", f"--key_file={key_file}"]
    argv.append(f"--as_of={sample_run.info.as_of}")
    configure = _template()["configure"]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = launch(lambda: configure(argv))
    assert code == 0, err.getvalue()
    ours, cli = (json.loads((folder / "manifest.json").read_text()) for folder in (output, sample_run.output))
    assert ours == cli
    assert out.getvalue().replace(str(output), "OUT") == sample_run.stdout.replace(str(sample_run.output), "OUT")


def test_the_template_entry_point_reports_a_configuration_error_in_one_line(tmp_path, capsys):
    configure = _template()["configure"]
    argv = [f"--input={tmp_path / 'absent'}", f"--output={tmp_path / 'o'}", f"--key_file={write_key(tmp_path)}"]
    assert launch(lambda: configure(argv)) == 2
    err = capsys.readouterr().err
    assert err == f"meeting-privacy: error: input folder {tmp_path / 'absent'} does not exist\n"
