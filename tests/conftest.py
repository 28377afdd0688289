"""Shared fixtures: one real pipeline run on the embedded sample, and the heavy engines, each built once
per session. Code shared that is not a fixture lives in ``tests/support``."""

from __future__ import annotations

import functools
import shutil
from pathlib import Path

import pytest

from meeting_privacy.core.detection import DetectionSettings, Detector
from meeting_privacy.core.redactor import Redactor
from meeting_privacy.demo import write_sample
from meeting_privacy.pipelines import training_set
from tests.support.runs import TEST_KEY, SampleRun, run_cli, write_key

#: Fixtures that run the whole pipeline: a test using one is marked ``slow`` (left out of `make test-fast`).
WHOLE_RUN_FIXTURES = frozenset({"sample_run"})
_RAN_WHOLE_PIPELINE = pytest.StashKey[bool]()
_current_item: list[pytest.Item] = []


def pytest_collection_modifyitems(items):
    for item in items:
        if WHOLE_RUN_FIXTURES.intersection(item.fixturenames):
            item.add_marker(pytest.mark.slow)


def pytest_configure(config):
    """Notes every whole-pipeline run (``training_set.run``, which ``run``, ``demo`` and ``--shards`` go
    through) against the test being set up or run, so that an unmarked one fails below."""
    real_run = training_set.run

    @functools.wraps(real_run)
    def noted_run(*args, **kwargs):
        if _current_item:
            _current_item[-1].stash[_RAN_WHOLE_PIPELINE] = True
        return real_run(*args, **kwargs)

    training_set.run = noted_run


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    _current_item.append(item)
    try:
        yield
    finally:
        _current_item.pop()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Fails a test that ran the whole pipeline (itself or through a fixture) without the ``slow`` mark."""
    report = (yield).get_result()
    if call.when == "call" and item.stash.get(_RAN_WHOLE_PIPELINE, False) and not item.get_closest_marker("slow"):
        report.outcome = "failed"
        report.longrepr = f"{item.nodeid} runs the whole pipeline: mark it @pytest.mark.slow (see the README's layout)"


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


@pytest.fixture(scope="session")
def detector() -> Detector:
    """The detector with default settings (spaCy and Presidio load once); tests must not change it."""
    return Detector(DetectionSettings())


@pytest.fixture(scope="session")
def redactor(detector) -> Redactor:
    """The redactor over the default detector, shared like it."""
    return Redactor(detector)


@pytest.fixture(autouse=True)
def _no_key_in_environment(monkeypatch):
    # Tests choose their key explicitly; a developer's own key must not leak in.
    monkeypatch.delenv("MEETING_PRIVACY_KEY", raising=False)
