"""Prism, Beam's portable local runner, built from Beam's Go source (mk/prism.mk).

Beam's DirectRunner tries Prism first and downloads it from GitHub to do so;
ours runs the FnApiRunner, and Prism only when asked for, from the binary that
``make prism`` built for the installed Beam. The sample runs twice through the
CLI, as a user types it: on the default runner with sockets forbidden and
Beam's Prism download refused, and with ``--options-file configs/runners/prism.yaml``.
Prism must write the same rows, audit rows, quarantine lines and manifest, and
report the same figures through Beam metrics.

Prism 2.77 can hand a Flatten to a side input before every branch of it is
complete; a manifest built from one missed the audit files, and the run's
verification then refused the output (docs/deploy.md, "Prism").
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import socket
import subprocess
from pathlib import Path
from typing import Any

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import PrismRunnerOptions
from apache_beam.version import __version__ as BEAM_VERSION

from meeting_privacy.core.errors import ConfigError
from meeting_privacy.demo import SampleInfo, write_sample
from meeting_privacy.pipelines.figures import figures
from meeting_privacy.pipelines.options import LocalRunner, local_prism, pipeline_options
from meeting_privacy.transforms.metrics import live_snapshot
from tests.pipelines.test_runners import PARQUET_OUTPUTS, prism_downloads_refused, read_outputs
from tests.support.paths import REPO_ROOT
from tests.support.runs import run_cli, write_key

pytestmark = pytest.mark.slow

ROOT = REPO_ROOT
PRISM_PROFILE = ROOT / "configs" / "runners" / "prism.yaml"
#: The first build fetches Beam's Go module and compiles it: about 6 minutes on 2 busy cores.
BUILD_TIMEOUT = 1800
#: Go records the module it built from in the binary; SDK and Prism must be the same release.
BUILT_FROM = f"mod\tgithub.com/apache/beam/sdks/v2\tv{BEAM_VERSION}\t".encode()


class NetworkUsed(AssertionError):
    pass


def _refuse(*args, **kwargs):
    raise NetworkUsed("the pipeline tried to use the network")


def _make_prism() -> subprocess.CompletedProcess:
    # `-o .venv/.installed`: a test never rebuilds the virtual environment. The version is
    # that of the Beam under test, whichever interpreter runs it.
    command = ["make", "--no-print-directory", "-o", ".venv/.installed", "prism", f"BEAM_VERSION={BEAM_VERSION}"]
    return subprocess.run(command, cwd=ROOT, check=True, timeout=BUILD_TIMEOUT, capture_output=True, text=True)


@pytest.fixture(scope="module")
def prism() -> Path:
    """The Prism binary for the installed Beam, built by ``make prism`` unless it is there."""
    binary = local_prism()
    if not binary.is_file() and shutil.which("go") is None:
        message = "Go is not installed: `make prism` cannot build Prism (https://go.dev/doc/install)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    _make_prism()
    return binary


@dataclasses.dataclass(frozen=True)
class Sample:
    input: Path
    key_file: Path
    info: SampleInfo


@dataclasses.dataclass(frozen=True)
class CliRun:
    output: Path
    summary: str  # what the CLI printed, with the output folder written as OUTPUT
    outputs: dict[str, Any]  # read_outputs()
    live: dict[tuple[str, str], int]  # the counters the progress line reads, as the run left them
    downloads: list[str]  # what Beam tried to fetch for Prism


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Sample:
    root = tmp_path_factory.mktemp("prism")
    return Sample(root / "input", write_key(root), write_sample(root / "input"))


def _cli_run(sample: Sample, output: Path, *options: str) -> CliRun:
    argv = ["run", "--input", str(sample.input), "--output", str(output)]
    argv += ["--key-file", str(sample.key_file), "--as-of", sample.info.as_of, *options]
    with prism_downloads_refused() as downloads:
        code, stdout, stderr = run_cli(argv)
    assert code == 0, stderr[-3000:]
    summary = stdout.replace(str(output), "OUTPUT")
    return CliRun(output, summary, read_outputs(output), live_snapshot(), downloads)


@pytest.fixture(scope="module")
def default_run(sample) -> CliRun:
    """No ``--runner``: what a user gets by default, with the network cut off."""
    with pytest.MonkeyPatch.context() as patch:
        for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
            patch.setattr(socket, name, _refuse)
        with pytest.raises(NetworkUsed):
            socket.create_connection(("example.com", 443))  # the guard is in place
        return _cli_run(sample, sample.input.parent / "default")


@pytest.fixture(scope="module")
def prism_run(sample, prism) -> CliRun:
    return _cli_run(sample, sample.input.parent / "prism", "--options-file", str(PRISM_PROFILE))


def test_a_default_run_tries_neither_prism_nor_a_download(default_run):
    assert default_run.downloads == []
    assert default_run.outputs["manifest"]["counts"]["transcripts"]["emitted"] > 0


@pytest.mark.parametrize(
    "beam_args", [[], ["--runner=DirectRunner"], ["--runner", "direct"], ["--runner=SwitchingDirectRunner"]]
)
def test_the_direct_runner_is_always_the_local_runner(beam_args):
    assert type(beam.Pipeline(options=pipeline_options(beam_args)).runner) is LocalRunner


def test_another_local_runner_asked_for_is_kept():
    pipeline = beam.Pipeline(options=pipeline_options(["--runner=BundleBasedDirectRunner"]))
    assert type(pipeline.runner).__name__ == "BundleBasedDirectRunner"


@pytest.mark.parametrize(
    "location",
    [
        f"https://github.com/apache/beam/releases/download/v{BEAM_VERSION}/apache_beam-v{BEAM_VERSION}-prism-linux-amd64.zip",
        "gs://a-bucket/prism.zip",
        "/nonexistent/prism",
    ],
)
def test_prism_from_anywhere_but_this_machine_is_refused(location):
    with pytest.raises(ConfigError, match="--prism_location must be a Prism binary on this machine"):
        pipeline_options(["--runner=PrismRunner", f"--prism_location={location}"])


def test_make_prism_builds_the_installed_beams_prism_once(prism):
    assert os.access(prism, os.X_OK)
    assert BUILT_FROM in prism.read_bytes(), f"{prism} was not built from Beam {BEAM_VERSION}'s Go module"
    assert "prism already built" in _make_prism().stdout


def test_prism_runner_finds_the_built_binary(prism):
    options = pipeline_options(["--runner=PrismRunner"])
    assert options.view_as(PrismRunnerOptions).prism_location == str(prism.resolve())


@pytest.mark.parametrize("output", [*PARQUET_OUTPUTS, "quarantine", "manifest", "manifest_outputs"])
def test_prism_writes_what_the_direct_runner_writes(default_run, prism_run, output):
    assert prism_run.outputs[output] == default_run.outputs[output]
    assert prism_run.downloads == []


def test_prism_reports_the_same_figures(default_run, prism_run):
    # The summary's figures are Beam counters, reported by Prism's job service.
    assert prism_run.summary == default_run.summary
    # The progress line reads the in-process mirror: LOOPBACK workers run in this process.
    for run in (default_run, prism_run):
        assert figures(run.live)["counts"] == run.outputs["manifest"]["counts"]
