"""One pipeline, every runner this machine has (issue 5).

The whole pipeline runs on the sample meetings three times: DirectRunner in
process, DirectRunner with two worker processes, and PortableRunner against
Beam's own job service with EXTERNAL workers from a worker pool started in
another directory. The last one goes through the Fn API, pickling and
artifact-free worker start-up as Flink and Dataflow workers do. All three must
write the same rows in every output, and none may reach Beam's Prism download
(Beam's DirectRunner tries Prism first; ours must not, see pipelines/options.py).
Prism itself runs in tests/pipelines/test_prism.py.

Besides, the pipeline graph is checked the way a remote runner receives it:
small pickles, no NLP engine in them, no key anywhere; the Dataflow job graph
is built offline with ``--dry_run=True``; and ``--setup_file`` packs the
package into the tarball that Dataflow workers install.
"""

from __future__ import annotations

import base64
import bz2
import contextlib
import dataclasses
import hashlib
import json
import os
import pickletools
import secrets
import signal
import socket
import subprocess
import sys
import tarfile
import threading
import time
import zlib
from pathlib import Path
from typing import Any, Iterator

import apache_beam as beam
import pyarrow.parquet as pq
import pytest
from apache_beam.portability import common_urns
from apache_beam.portability.api import beam_runner_api_pb2
from apache_beam.runners.portability import prism_runner

from meeting_privacy.core.policy import Policy
from meeting_privacy.core.pseudonyms import KeySource
from meeting_privacy.demo import SampleInfo, write_sample
from meeting_privacy.pipelines.options import pipeline_options
from meeting_privacy.pipelines.training_set import RunConfig, build, run
from meeting_privacy.schemas.inputs import parse_rfc3339
from meeting_privacy.schemas.kinds import AUDITED_KINDS
from meeting_privacy.schemas.outputs import SCHEMAS
from tests.support.paths import REPO_ROOT

pytestmark = pytest.mark.slow

#: A fresh key per test session; it must never show up in a graph, an output or a log.
KEY = secrets.token_hex(32)
PARQUET_OUTPUTS = (*AUDITED_KINDS, "audit")
#: Bounds for the services of the portable run (seconds).
SERVICE_START_TIMEOUT = 60
PORTABLE_RUN_TIMEOUT = 240
#: Pickled graph bounds, measured at about 3 KB per DoFn and 60 KB for the whole proto.
MAX_DOFN_PICKLE = 16 * 1024
MAX_PIPELINE_PROTO = 512 * 1024
#: Modules whose objects must never travel in the graph: the workers build them.
HEAVY_MODULES = ("spacy", "presidio_analyzer", "presidio_anonymizer", "thinc", "torch", "transformers")


@dataclasses.dataclass(frozen=True)
class Sample:
    root: Path
    input: Path
    info: SampleInfo
    key_source: KeySource

    def config(self, output: Path) -> RunConfig:
        return RunConfig(
            input_dir=str(self.input),
            output_dir=str(output),
            policy=Policy(),
            key_source=self.key_source,
            as_of=parse_rfc3339(self.info.as_of),
        )


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Sample:
    root = tmp_path_factory.mktemp("runners")
    info = write_sample(root / "input")
    key_file = root / "secret" / "key.txt"
    key_file.parent.mkdir(mode=0o700)
    key_file.write_text(KEY + "\n", encoding="utf-8")
    key_file.chmod(0o600)
    return Sample(root, root / "input", info, KeySource.from_file(key_file))


# --- the services of a portable run ---------------------------------------------------------------


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("localhost", 0))
        return sock.getsockname()[1]


def _wait_for_port(port: int, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + SERVICE_START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"service exited with {process.returncode}: {log.read_text()[-2000:]}")
        with contextlib.suppress(OSError), socket.create_connection(("localhost", port), timeout=1):
            return
        time.sleep(0.2)
    raise TimeoutError(f"service on port {port} did not start within {SERVICE_START_TIMEOUT} s")


def _stop(process: subprocess.Popen) -> None:
    # Each service leads its own process group (start_new_session), so its
    # SDK worker children go with it; nothing else on the machine is touched.
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=15)
    else:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)  # orphaned workers of a service that died


@dataclasses.dataclass(frozen=True)
class PortableServices:
    job_endpoint: str
    worker_pool: str
    logs: tuple[Path, ...]

    def beam_args(self) -> list[str]:
        return [
            "--runner=PortableRunner",
            f"--job_endpoint={self.job_endpoint}",
            "--environment_type=EXTERNAL",
            f"--environment_config={self.worker_pool}",
        ]


@contextlib.contextmanager
def portable_services(workdir: Path, timeout: float) -> Iterator[PortableServices]:
    """Beam's job service and a worker pool, started from ``workdir`` (not the repository).

    The worker pool starts each SDK worker as ``python`` from ``PATH``, so the
    interpreter running the tests comes first there; the workers import
    ``meeting_privacy`` from the installed package, not from the checkout.
    A watchdog stops both services after ``timeout`` seconds, which makes a
    hung job fail instead of hanging the test session.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env.pop("MEETING_PRIVACY_KEY", None)
    job_port, pool_port = _free_port(), _free_port()
    commands = {
        "job-service": [sys.executable, "-m", "apache_beam.runners.portability.local_job_service_main"]
        + ["--port", str(job_port)],
        "worker-pool": [sys.executable, "-m", "apache_beam.runners.worker.worker_pool_main"]
        + ["--service_port", str(pool_port)],
    }
    processes: list[subprocess.Popen] = []
    logs = []
    watchdog = threading.Timer(timeout, lambda: [_stop(p) for p in processes])
    try:
        for name, command in commands.items():
            log = workdir / f"{name}.log"
            logs.append(log)
            with log.open("wb") as out:
                processes.append(
                    subprocess.Popen(
                        command,
                        cwd=workdir,
                        env=env,
                        stdin=subprocess.DEVNULL,
                        stdout=out,
                        stderr=subprocess.STDOUT,
                        start_new_session=True,
                    )
                )
        for port, process, log in zip((job_port, pool_port), processes, logs, strict=True):
            _wait_for_port(port, process, log)
        watchdog.start()
        yield PortableServices(f"localhost:{job_port}", f"localhost:{pool_port}", tuple(logs))
    finally:
        watchdog.cancel()
        for process in processes:
            _stop(process)


# --- Beam's Prism download ------------------------------------------------------------------------


@contextlib.contextmanager
def prism_downloads_refused() -> Iterator[list[str]]:
    """Beam's Prism download refused while the block runs; yields what Beam tried to fetch.

    Beam's DirectRunner swallows any error from Prism and silently falls back,
    so refusing is not enough: the caller asserts that the list stays empty.
    A Prism binary on this machine (``make prism``) still goes through to Beam.
    """
    attempts: list[str] = []
    fetch = prism_runner.PrismJobServer._download_to_local_path

    def refuse_remote(url: str, *args, **kwargs):
        if not os.path.isfile(url):
            attempts.append(url)
            raise AssertionError(f"Beam tried to download Prism from {url}")
        return fetch(url, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(prism_runner.PrismJobServer, "_download_to_local_path", staticmethod(refuse_remote))
        yield attempts


# --- reading outputs back -------------------------------------------------------------------------


def _canonical(row: dict) -> str:
    return json.dumps(row, sort_keys=True, default=str)


def read_outputs(output: Path) -> dict[str, Any]:
    """Every output of a run, in a form that does not depend on sharding or order."""
    result: dict[str, Any] = {}
    for name in PARQUET_OUTPUTS:
        files = sorted((output / name).glob("*.parquet"))
        assert files, f"no {name} output in {output}"
        rows = []
        for path in files:
            table = pq.read_table(path)
            assert table.schema.equals(SCHEMAS[name], check_metadata=False), f"{path} has another schema"
            rows.extend(table.to_pylist())
        result[name] = sorted(rows, key=_canonical)
    result["quarantine"] = sorted(
        line for path in sorted((output / "quarantine").glob("*.jsonl")) for line in path.read_text().splitlines()
    )
    manifest = json.loads((output / "manifest.json").read_text())
    outputs = manifest.pop("outputs")
    for name, files in outputs.items():
        assert files and all((output / f).is_file() for f in files), f"manifest lists missing {name} files"
    # File names and bytes depend on the shard count and row order, which the runner chooses.
    digests = manifest.pop("output_sha256")
    assert sorted(digests) == sorted(f for files in outputs.values() for f in files)
    for name, digest in digests.items():
        assert hashlib.sha256((output / name).read_bytes()).hexdigest() == digest, f"{name} differs from the manifest"
    result["manifest_outputs"] = sorted(outputs)
    result["manifest"] = manifest
    return result


# --- the three runs -------------------------------------------------------------------------------

RUNNERS = {
    "direct": ["--runner=DirectRunner"],
    "multi_processing": ["--runner=DirectRunner", "--direct_running_mode=multi_processing", "--direct_num_workers=2"],
}


@pytest.fixture(scope="module")
def runs(sample) -> dict[str, dict[str, Any]]:
    results = {}
    with prism_downloads_refused() as downloads:
        for name, beam_args in RUNNERS.items():
            output = sample.root / name
            run(sample.config(output), pipeline_options(beam_args))
            results[name] = read_outputs(output)
        output = sample.root / "portable"
        with portable_services(sample.root / "elsewhere", PORTABLE_RUN_TIMEOUT) as services:
            run(sample.config(output), pipeline_options(services.beam_args()))
    assert not downloads, f"a run tried to download Prism: {downloads}"
    logs = "\n".join(log.read_text(errors="replace") for log in services.logs)
    assert "Starting worker with command" in logs, "the worker pool started no worker: the job did not use it"
    assert KEY not in logs
    results["portable"] = read_outputs(output)
    return results


def test_the_sample_run_is_not_trivial(runs, sample):
    counts = runs["direct"]["manifest"]["counts"]
    for kind in AUDITED_KINDS:
        kind_counts = counts[kind]
        assert kind_counts["emitted"] > 0 and kind_counts["excluded"] > 0
        assert kind_counts["read"] == kind_counts["emitted"] + kind_counts["excluded"] + kind_counts["quarantined"]
        assert len(runs["direct"][kind]) == kind_counts["emitted"]
    assert len(runs["direct"]["audit"]) == sum(counts[k]["read"] for k in AUDITED_KINDS)
    assert runs["direct"]["quarantine"]


@pytest.mark.parametrize("runner", ["multi_processing", "portable"])
@pytest.mark.parametrize("output", [*PARQUET_OUTPUTS, "quarantine", "manifest", "manifest_outputs"])
def test_every_runner_writes_the_same_rows(runs, runner, output):
    assert runs[runner][output] == runs["direct"][output]


def test_the_key_is_in_no_output(runs, sample):
    for name in ("direct", "multi_processing", "portable"):
        for path in (sample.root / name).rglob("*"):
            if path.is_file():
                assert KEY.encode() not in path.read_bytes(), path
        for output in (*PARQUET_OUTPUTS, "quarantine", "manifest"):
            assert KEY not in json.dumps(runs[name][output], default=str)


# --- the graph as a remote runner receives it -----------------------------------------------------


def _pipeline_proto(config: RunConfig) -> beam_runner_api_pb2.Pipeline:
    pipeline = beam.Pipeline(options=pipeline_options([]))
    build(pipeline, config)
    return pipeline.to_runner_api()


def _unpickled_bytes(payload: bytes) -> bytes:
    # Beam's pickler writes base64 of zlib- or bz2-compressed pickles.
    raw = base64.b64decode(payload)
    for decompress in (zlib.decompress, bz2.decompress):
        with contextlib.suppress(Exception):
            return decompress(raw)
    raise AssertionError("a DoFn payload that Beam's pickler did not write")


def _pickle_strings(data: bytes) -> set[str]:
    return {arg for _, arg, _ in pickletools.genops(data) if isinstance(arg, str)}


def _dofn_pickles(proto: beam_runner_api_pb2.Pipeline) -> dict[str, bytes]:
    pickles = {}
    for transform in proto.components.transforms.values():
        if transform.spec.urn == common_urns.primitives.PAR_DO.urn:
            payload = beam_runner_api_pb2.ParDoPayload.FromString(transform.spec.payload)
            if payload.do_fn.urn == "beam:dofn:pickled_python_info:v1":
                pickles[transform.unique_name] = _unpickled_bytes(payload.do_fn.payload)
    return pickles


def test_the_pickled_graph_is_small_and_holds_no_engine_and_no_key(sample, tmp_path):
    # A key file that does not exist here: building the graph never reads the key.
    config = dataclasses.replace(sample.config(tmp_path / "out"), key_source=KeySource.from_file(tmp_path / "absent"))
    proto = _pipeline_proto(config)
    serialized = proto.SerializeToString()
    assert len(serialized) < MAX_PIPELINE_PROTO
    pickles = _dofn_pickles(proto)
    for step in ("Deidentify/Deidentify", "AuditRejected/AuditQuarantined", "Read/ParseLines"):
        assert any(name.startswith(step) for name in pickles), f"no pickled DoFn for {step}"
    for name, data in pickles.items():
        assert len(data) < MAX_DOFN_PICKLE, f"{name} pickles to {len(data)} bytes"
        modules = {s.split(".", 1)[0] for s in _pickle_strings(data)}
        assert not modules & set(HEAVY_MODULES), f"{name} pickles {modules & set(HEAVY_MODULES)}"
        assert KEY.encode() not in data


def test_the_key_never_reaches_the_pipeline_proto(sample, tmp_path, monkeypatch):
    # Same graph with the key in the environment, where a careless build could pick it up.
    monkeypatch.setenv("MEETING_PRIVACY_KEY", KEY)
    for source in (sample.key_source, KeySource.from_env()):
        proto = _pipeline_proto(dataclasses.replace(sample.config(tmp_path / "out"), key_source=source))
        assert KEY.encode() not in proto.SerializeToString()
        for data in _dofn_pickles(proto).values():
            assert KEY.encode() not in data


# --- Dataflow, offline ----------------------------------------------------------------------------

DATAFLOW_ARGS = [
    "--runner=DataflowRunner",
    "--dry_run=True",
    "--project=example-project",
    "--region=europe-west1",
    "--temp_location=gs://example-bucket/tmp",
    "--staging_location=gs://example-bucket/staging",
    "--sdk_container_image=europe-docker.pkg.dev/example-project/meeting-privacy/worker:0.1.0",
    "--service_account_email=meeting-privacy-worker@example-project.iam.gserviceaccount.com",
    "--no_use_public_ips",
]
#: Steps a Dataflow job must hold; stable labels matter for update and drain.
DATAFLOW_STEPS = (
    "Read",
    "Read/MatchFiles",
    "Read/ParseLines",
    "Consent",
    "Deidentify",
    "Deidentify/Deidentify",
    "AuditRejected",
    "WriteTranscripts",
    "WriteChat",
    "WriteTelemetry",
    "WriteAudit",
    "WriteQuarantine",
    "GateManifest",
    "BuildManifest",
    "WriteManifest",
)


def test_the_dataflow_job_graph_builds_offline(sample):
    pytest.importorskip("apitools", reason="the Dataflow runner needs apache-beam[gcp]")
    pytest.importorskip("google.cloud.storage", reason="gs:// paths need apache-beam[gcp]")
    config = dataclasses.replace(
        sample.config(Path("/unused")),
        input_dir="gs://example-bucket/input",
        output_dir="gs://example-bucket/output",
        key_source=KeySource.from_file("/var/secrets/meeting-privacy/key"),
    )
    pipeline = beam.Pipeline(options=pipeline_options(DATAFLOW_ARGS))
    build(pipeline, config)
    result = pipeline.run()  # --dry_run: validated and translated, not submitted
    job = result.job
    names = {t.unique_name for t in job.proto_pipeline.components.transforms.values()}
    missing = [step for step in DATAFLOW_STEPS if step not in names]
    assert not missing, f"the Dataflow graph lacks {missing}"
    environments = job.proto_pipeline.components.environments.values()
    assert any(DATAFLOW_ARGS[6].split("=", 1)[1].encode() in env.payload for env in environments), (
        "the custom SDK container is not the workers' environment"
    )
    assert KEY.encode() not in job.proto_pipeline.SerializeToString()
    assert KEY not in str(job.proto)


def test_setup_file_packs_the_package_that_workers_install(tmp_path):
    from apache_beam.runners.portability.stager import Stager

    setup_file = REPO_ROOT / "setup.py"
    options = pipeline_options([f"--setup_file={setup_file}"])
    staged = tmp_path / "staged"
    staged.mkdir()
    resources = Stager.create_job_resources(options, str(staged))
    names = {r.role_payload.decode("utf-8", "replace") for r in resources}
    assert any(n.endswith("workflow.tar.gz") for n in names), names
    tarball = next(staged.glob("meeting-privacy-*.tar.gz"))
    unpacked = tmp_path / "unpacked"
    with tarfile.open(tarball) as archive:
        archive.extractall(unpacked, filter="data")
    (source,) = unpacked.iterdir()
    for module in ("meeting_privacy/transforms/deidentify.py", "meeting_privacy/core/pseudonyms.py", "setup.py"):
        assert (source / module).is_file(), module
    # Workers pip-install the tarball with its requirements: Beam, Presidio and the spaCy model.
    requirements = next(source.glob("*.egg-info/requires.txt")).read_text()
    for requirement in ("apache-beam", "presidio-analyzer", "spacy", "en-core-web-sm"):
        assert requirement in requirements
    # Import it from another directory: the packed copy, not the checkout, must be what loads.
    probe = "import meeting_privacy.transforms.deidentify as m; print(m.__file__)"
    env = dict(os.environ, PYTHONPATH=str(source))
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, env=env, check=True, timeout=120, capture_output=True, text=True
    )
    assert done.stdout.strip().startswith(str(source))
