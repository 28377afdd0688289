"""Runner profiles (``configs/runners/*.yaml``) and the Flink graph, checked without a cluster."""

from __future__ import annotations

from pathlib import Path

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import (
    DirectOptions,
    FlinkRunnerOptions,
    GoogleCloudOptions,
    PortableOptions,
    StandardOptions,
    WorkerOptions,
)
from apache_beam.portability import common_urns
from apache_beam.portability.api import beam_runner_api_pb2
from apache_beam.runners.portability.flink_runner import FlinkRunner

from meeting_privacy.core.errors import ConfigError
from meeting_privacy.core.policy import Policy
from meeting_privacy.core.pseudonyms import KeySource
from meeting_privacy.pipelines.profiles import ProfileError, load_profile, profile_args, profile_options
from meeting_privacy.pipelines.training_set import RunConfig, build
from meeting_privacy.schemas.inputs import parse_rfc3339
from tests.support.paths import REPO_ROOT

PROFILES = REPO_ROOT / "configs" / "runners"
IMAGE = "registry.example.com/meeting-privacy/worker:0.1.0"
ENVIRONMENT = {
    "FLINK_MASTER": "flink-jobmanager:8081",
    "FLINK_JOB_SERVER_JAR": "/opt/beam/beam-runners-flink-1.19-job-server-2.77.0.jar",
    "MEETING_PRIVACY_IMAGE": IMAGE,
    "BEAM_JOB_ENDPOINT": "localhost:8099",
    "BEAM_ARTIFACT_ENDPOINT": "localhost:8098",
    "BEAM_WORKER_POOL": "localhost:50000",
    "GCP_PROJECT": "example-project",
    "GCP_REGION": "europe-west1",
    "GCP_BUCKET": "example-bucket",
    "DATAFLOW_SERVICE_ACCOUNT": "meeting-privacy-worker@example-project.iam.gserviceaccount.com",
}
EXPECTED_RUNNER = {
    # DirectRunner is pinned to our LocalRunner (Beam's FnApiRunner, no Prism attempt).
    "direct": "meeting_privacy.pipelines.options.LocalRunner",
    "direct-multiprocessing": "meeting_privacy.pipelines.options.LocalRunner",
    "portable-local": "PortableRunner",
    "prism": "PrismRunner",  # parses once `make prism` has built the binary
    "flink": "FlinkRunner",
    "flink-process": "FlinkRunner",
    "flink-job-server": "PortableRunner",
    "dataflow": "DataflowRunner",
    "dataflow-setup-file": "DataflowRunner",
}


@pytest.fixture
def environment(monkeypatch):
    for name, value in ENVIRONMENT.items():
        monkeypatch.setenv(name, value)


def test_every_shipped_profile_is_tested():
    assert {p.stem for p in PROFILES.glob("*.yaml")} == set(EXPECTED_RUNNER)


@pytest.mark.parametrize("name", sorted(EXPECTED_RUNNER))
def test_each_profile_parses_as_beam_options(environment, name):
    options = profile_options(PROFILES / f"{name}.yaml")
    assert options.view_as(StandardOptions).runner == EXPECTED_RUNNER[name]
    assert "${" not in " ".join(load_profile(PROFILES / f"{name}.yaml"))


def test_flink_profile_sets_the_cluster_and_the_container(environment):
    options = profile_options(PROFILES / "flink.yaml")
    flink = options.view_as(FlinkRunnerOptions)
    assert flink.flink_master == "flink-jobmanager:8081"
    assert flink.flink_version == "1.19"
    assert flink.flink_job_server_jar == ENVIRONMENT["FLINK_JOB_SERVER_JAR"]
    assert flink.flink_submit_uber_jar is True
    assert flink.parallelism == 4
    portable = options.view_as(PortableOptions)
    assert (portable.environment_type, portable.environment_config) == ("DOCKER", IMAGE)
    assert str(portable.sdk_worker_parallelism) == "1"  # Beam keeps it as text


def test_direct_multiprocessing_profile(environment):
    direct = profile_options(PROFILES / "direct-multiprocessing.yaml").view_as(DirectOptions)
    assert (direct.direct_running_mode, direct.direct_num_workers) == ("multi_processing", 2)


def test_dataflow_profile_uses_the_container_and_a_service_account(environment):
    options = profile_options(PROFILES / "dataflow.yaml")
    assert options.view_as(WorkerOptions).sdk_container_image == IMAGE
    gcp = options.view_as(GoogleCloudOptions)
    assert gcp.service_account_email == ENVIRONMENT["DATAFLOW_SERVICE_ACCOUNT"]
    assert gcp.temp_location == "gs://example-bucket/tmp"
    assert options.view_as(WorkerOptions).use_public_ips is False


def test_command_line_flags_override_the_profile(environment):
    options = profile_options(PROFILES / "flink.yaml", ["--parallelism=8", "--environment_type=PROCESS"])
    assert options.view_as(FlinkRunnerOptions).parallelism == 8
    assert options.view_as(PortableOptions).environment_type == "PROCESS"


def _graph_for(options) -> beam_runner_api_pb2.Pipeline:
    config = RunConfig(
        input_dir="/data/input",
        output_dir="/data/output",
        policy=Policy(),
        key_source=KeySource.from_file("/run/secrets/meeting-privacy-key"),
        as_of=parse_rfc3339("2026-06-30T00:00:00Z"),
    )
    pipeline = beam.Pipeline(options=options)
    build(pipeline, config)
    assert isinstance(pipeline.runner, FlinkRunner)
    # What FlinkRunner submits to the job server, built without starting it.
    return FlinkRunner.get_proto_pipeline(pipeline, options)


def _all_names(proto: beam_runner_api_pb2.Pipeline) -> set[str]:
    return {t.unique_name for t in proto.components.transforms.values()}


@pytest.mark.parametrize(
    "profile, urn, payload_type, expected",
    [
        ("flink.yaml", common_urns.environments.DOCKER.urn, beam_runner_api_pb2.DockerPayload, IMAGE),
        (
            "flink-process.yaml",
            common_urns.environments.PROCESS.urn,
            beam_runner_api_pb2.ProcessPayload,
            "/opt/apache/beam/boot",
        ),
    ],
)
def test_the_flink_graph_builds_with_the_profiles_environment(environment, profile, urn, payload_type, expected):
    proto = _graph_for(profile_options(PROFILES / profile))
    names = _all_names(proto)
    for step in ("Read", "Consent", "Deidentify", "WriteTranscripts", "WriteChat", "WriteTelemetry", "WriteAudit"):
        assert step in names
    assert {"WriteQuarantine", "WriteManifest"} <= names
    environments = [e for e in proto.components.environments.values() if e.urn == urn]
    assert environments, f"no {urn} environment in the Flink graph"
    payload = payload_type.FromString(environments[0].payload)
    assert expected in (payload.container_image if urn.endswith("docker:v1") else payload.command)


# --- strict loading -------------------------------------------------------------------------------


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "profile.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_mapping_becomes_flags():
    args = profile_args({"runner": "FlinkRunner", "parallelism": 2, "save_main_session": True, "experiments": ["a"]})
    assert args == ["--runner=FlinkRunner", "--parallelism=2", "--save_main_session", "--experiments=a"]


def test_an_empty_profile_adds_nothing(tmp_path):
    assert load_profile(_write(tmp_path, "# nothing\n")) == []


@pytest.mark.parametrize(
    "text, message",
    [
        ("runnr: FlinkRunner\n", "unknown option --runnr"),
        ("--runner: FlinkRunner\n", "without dashes"),
        ("flink_version: '9.9'\n", "bad Beam pipeline option"),
        ("save_main_session: false\n", "false is not allowed"),
        ("environment_config: {command: boot}\n", "a mapping is not an option value"),
        ("parallelism: null\n", "is not a string, number"),
        ("experiments: [true]\n", "is not a string, number"),
        ("experiments: []\n", "is not a string, number"),
        ("flink_master: ${MEETING_PRIVACY_UNSET_VARIABLE}\n", "MEETING_PRIVACY_UNSET_VARIABLE, which is not set"),
        ("pseudonym_key: abc\n", "looks like a secret"),
        ("- runner\n", "must be a mapping"),
        ("runner: [unclosed\n", "not valid YAML at line"),
        ("runner: FlinkRunner\nparallelism: 4\nrunner: DirectRunner\n", "gives the key runner twice"),
    ],
)
def test_a_bad_profile_is_a_configuration_error_that_names_the_problem(tmp_path, text, message):
    with pytest.raises(ProfileError, match=message.replace("[", r"\[").replace("$", r"\$")) as raised:
        load_profile(_write(tmp_path, text))
    assert isinstance(raised.value, ConfigError)  # exit status 2 in the CLI


def test_a_missing_profile_is_a_configuration_error(tmp_path):
    with pytest.raises(ProfileError, match="cannot read options file"):
        load_profile(tmp_path / "absent.yaml")


def test_a_kms_key_name_is_not_a_secret():
    assert profile_args({"dataflow_kms_key": "projects/p/locations/l/keyRings/r/cryptoKeys/k"})


# --- the Dataflow Flex Template -------------------------------------------------------------------

DEPLOY = REPO_ROOT / "deploy" / "dataflow"


def test_the_flex_template_types_and_describes_every_parameter():
    import json

    metadata = json.loads((DEPLOY / "metadata.json").read_text())
    assert metadata["name"] and metadata["description"]
    names = set()
    for parameter in metadata["parameters"]:
        assert {"name", "label", "helpText", "paramType", "isOptional", "regexes"} <= set(parameter), parameter
        assert parameter["paramType"] in {"TEXT", "GCS_READ_FOLDER", "GCS_WRITE_FOLDER"}
        names.add(parameter["name"])
    assert names == {"input", "output", "key_file", "key_secret", "as_of", "policy"}
    required = {p["name"] for p in metadata["parameters"] if not p["isOptional"]}
    assert required == {"input", "output"}  # and one of key_file, key_secret (resolve insists)
    # What the entry point makes of them: tests/pipelines/test_resolve.py.
