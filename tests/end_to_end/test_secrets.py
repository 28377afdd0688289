"""Secrets: the key is never printed, logged, pickled into the graph or a traceback, or
written; a short key or a world-readable key file is refused (exit 2, nothing written);
quarantine is owner-only."""

from __future__ import annotations

import functools
import os
import pickle
import traceback
from datetime import datetime, timezone

import apache_beam as beam
import pytest

from meeting_privacy.core.policy import Policy
from meeting_privacy.core.pseudonyms import KeySource, Pseudonymizer
from meeting_privacy.pipelines import training_set
from meeting_privacy.pipelines.options import pipeline_options
from tests.support.canary_data import KEY, canary_run
from tests.support.reliability_support import good_set, run_args, run_captured, searchable_outputs
from tests.transforms.test_faults import FaultyDeidentify


def _key_file(path, key, mode=0o600):
    path.write_text(key + "\n", encoding="utf-8")
    path.chmod(mode)
    return path


@pytest.mark.slow
def test_the_key_is_in_no_output_log_or_metric_even_quarantine(tmp_path_factory):
    _, run = canary_run(tmp_path_factory)
    assert run.code == 0
    for name, data in searchable_outputs(run.output, include_quarantine=True).items():
        assert KEY.encode() not in data, name
    assert KEY.encode() not in run.stdout + run.stderr
    assert KEY not in run.logs and not any(KEY in name for name in run.metric_names)


@pytest.mark.slow
def test_quarantine_files_and_folders_are_owner_only(tmp_path_factory):
    _, run = canary_run(tmp_path_factory)
    folder = run.output / "quarantine"
    assert folder.stat().st_mode & 0o777 == 0o700
    for path in folder.rglob("*"):
        assert path.stat().st_mode & 0o777 == (0o700 if path.is_dir() else 0o600), path


def test_neither_the_key_source_nor_the_pipeline_graph_carries_the_key(tmp_path):
    key_path = _key_file(tmp_path / "key.txt", KEY)
    source = KeySource.from_file(key_path)
    assert KEY.encode() not in pickle.dumps(source)
    pseudonymizer = source.load()
    assert KEY not in repr(pseudonymizer)
    with pytest.raises(TypeError):
        pickle.dumps(pseudonymizer)
    config = training_set.RunConfig(
        str(good_set().write(tmp_path / "input")),
        str(tmp_path / "output"),
        Policy(),
        source,
        datetime(2026, 6, 30, tzinfo=timezone.utc),
    )
    pipeline = beam.Pipeline()
    training_set.build(pipeline, config)
    graph = pipeline.to_runner_api().SerializeToString()
    assert KEY.encode() not in graph


@pytest.mark.slow
def test_a_failing_run_traceback_with_locals_does_not_show_the_key(tmp_path, monkeypatch):
    key_path = _key_file(tmp_path / "key.txt", KEY)
    monkeypatch.setattr(
        training_set, "DeidentifyMeetings", functools.partial(FaultyDeidentify, fault="crash_mid_bundle")
    )
    config = training_set.RunConfig(
        str(good_set().write(tmp_path / "input")),
        str(tmp_path / "output"),
        Policy(),
        KeySource.from_file(key_path),
        datetime(2026, 6, 30, tzinfo=timezone.utc),
    )
    with pytest.raises(Exception) as caught:  # noqa: B017 - whatever Beam wraps it in
        training_set.run(config, pipeline_options([]))
    text = "".join(traceback.TracebackException.from_exception(caught.value, capture_locals=True).format())
    assert "worker lost" in text  # the traceback is the real one
    assert KEY not in text


@pytest.mark.parametrize("key", ["x" * 31, "  short-key-with-padding          ", ""])
def test_a_short_key_file_is_refused_with_exit_2_and_nothing_written(tmp_path, key):
    good_set().write(tmp_path / "input")
    key_path = _key_file(tmp_path / "key.txt", key)
    run = run_captured(run_args(tmp_path / "input", tmp_path / "output", key_path), tmp_path / "output")
    assert run.code == 2
    assert b"32" in run.stderr and b"error" in run.stderr
    assert key.strip().encode() not in run.stderr or not key.strip()
    assert not (tmp_path / "output").exists()


def test_a_short_key_in_the_environment_is_refused(tmp_path, monkeypatch):
    good_set().write(tmp_path / "input")
    monkeypatch.setenv("MEETING_PRIVACY_KEY", "too-short-secret-value")
    argv = ["run", "--input", str(tmp_path / "input"), "--output", str(tmp_path / "output")]
    run = run_captured(argv, tmp_path / "output")
    assert run.code == 2
    assert b"too short" in run.stderr and b"too-short-secret-value" not in run.stderr
    assert not (tmp_path / "output").exists()


def test_a_key_of_exactly_32_characters_is_accepted():
    assert Pseudonymizer("k" * 32)("user_id", "u") != Pseudonymizer("j" * 32)("user_id", "u")


@pytest.mark.parametrize("mode", [0o644, 0o604, 0o602, 0o666])
def test_a_world_accessible_key_file_is_refused(tmp_path, mode):
    good_set().write(tmp_path / "input")
    key_path = _key_file(tmp_path / "key.txt", KEY, mode)
    run = run_captured(run_args(tmp_path / "input", tmp_path / "output", key_path), tmp_path / "output")
    assert run.code == 2
    assert b"chmod 600" in run.stderr
    assert KEY.encode() not in run.stderr + run.stdout
    assert not (tmp_path / "output").exists()


def test_a_missing_key_is_refused(tmp_path):
    good_set().write(tmp_path / "input")
    argv = ["run", "--input", str(tmp_path / "input"), "--output", str(tmp_path / "output")]
    run = run_captured(argv, tmp_path / "output")
    assert run.code == 2 and b"no pseudonym key" in run.stderr
    assert not os.path.exists(tmp_path / "output")
