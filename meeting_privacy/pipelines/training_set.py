"""The training-set pipeline: read, gate by consent, de-identify, write.

``build(pipeline, config)`` only wires the graph (and is what the tests and
the Dataflow dry run use); ``run(config, options)`` checks the output folder,
runs the graph on whatever runner the options name into a staging folder,
publishes it (``pipelines/publish.py``) and returns the manifest.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from typing import Any, NamedTuple, Optional

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.runners.runner import PipelineState

from meeting_privacy import __version__
from meeting_privacy.core.dataset_card import render_dataset_card
from meeting_privacy.core.errors import ConfigError, MeetingPrivacyError
from meeting_privacy.core.manifest import Manifest, error_class, meeting_outcome
from meeting_privacy.core.policy import Policy
from meeting_privacy.core.pseudonyms import KeySource
from meeting_privacy.core.report import render_report
from meeting_privacy.core.verify import verify_output
from meeting_privacy.pipelines.figures import counters_of
from meeting_privacy.pipelines.publish import (
    DATASET_CARD,
    MANIFEST,
    REPORT,
    check_output,
    create_staging,
    discard,
    exclusive,
    publish,
    remove_leftovers,
    resolved,
    restrict_quarantine,
    staging_folder,
)
from meeting_privacy.schemas.kinds import AUDITED_KINDS, REFERENCE_KINDS
from meeting_privacy.transforms.consent import GateByConsent
from meeting_privacy.transforms.deidentify import AuditRejected, DeidentifyMeetings
from meeting_privacy.transforms.read import ReadMeetingData
from meeting_privacy.transforms.write import (
    FATAL_PREFIX,
    RefuseIfFatal,
    WriteDocument,
    WriteParquet,
    WriteQuarantine,
    file_sha256,
    relative,
    render_json,
)


class PipelineFailed(MeetingPrivacyError):
    """The runner reports that the job did not finish successfully."""


def own_error_line(error: BaseException) -> Optional[str]:
    """The first line of our own error a failed run raised, without Beam's wrapping and step suffix.

    ``None`` for any other error: its text may quote the record being processed.
    """
    text = str(error)
    if FATAL_PREFIX in text:  # Beam may re-raise our worker's error inside its own text
        text = text[text.index(FATAL_PREFIX) :]
    elif not isinstance(error, MeetingPrivacyError):
        return None
    return text.split("\n", 1)[0].split(" [while running", 1)[0]


@dataclasses.dataclass(frozen=True)
class RunConfig:
    input_dir: str
    output_dir: str
    policy: Policy
    key_source: KeySource
    as_of: datetime
    policy_path: Optional[str] = None
    #: Run as this many pipelines one after the other, each on the meetings of one shard,
    #: so that a single machine's memory is bounded by a shard, not by the input.
    shards: int = 1
    shard: int = 0

    @property
    def part_prefix(self) -> str:
        """File name prefix of this run's output shards (shards must not overwrite each other)."""
        return "part" if self.shards == 1 else f"part-s{self.shard:03d}"

    @property
    def manifest_name(self) -> str:
        return MANIFEST if self.shards == 1 else f"manifest-shard-{self.shard:03d}.json"

    def run_info(self) -> dict[str, Any]:
        """The manifest's description of this run (no key, no data)."""
        return {
            "version": __version__,
            "as_of": self.as_of.isoformat().replace("+00:00", "Z"),
            "purpose": self.policy.purpose,
            "policy": self.policy.to_mapping(),
            "policy_file": self.policy_path,
            "policy_sha256": self.policy.sha256(),
            "key_source": self.key_source.kind,
            "key_fingerprint": self.key_source.load().fingerprint(),
            "demo_key": self.key_source.is_demo,
        }


def build(pipeline: beam.Pipeline, config: RunConfig) -> dict[str, beam.PCollection]:
    """Wires the whole pipeline; returns the written-file PCollections by output name."""
    data = pipeline | "Read" >> ReadMeetingData(config.input_dir, (config.shard, config.shards), config.policy.limits)
    # Broken consent lines counted by another shard still fail closed here.
    consent_view = {**data, "quarantine": (data["quarantine"], data["shadow"]) | "WithShadow" >> beam.Flatten()}
    gated = consent_view | "Consent" >> GateByConsent(config.policy, config.as_of)
    deidentified = gated["decisions"] | "Deidentify" >> DeidentifyMeetings(
        config.policy.deidentification, config.key_source, config.policy.time_granularity
    )
    audit = (
        deidentified["audit"],
        data["quarantine"] | "AuditRejected" >> AuditRejected(config.key_source),
    ) | "AllAudit" >> beam.Flatten()
    quarantine = (data["quarantine"], deidentified["quarantine"]) | "AllQuarantine" >> beam.Flatten()
    fatal = gated["fatal"]

    written = {}
    for kind in AUDITED_KINDS:
        written[kind] = (
            deidentified[kind]
            | f"Gate{kind.title()}" >> RefuseIfFatal(fatal)
            | f"Write{kind.title()}" >> WriteParquet(config.output_dir, kind, config.part_prefix)
        )
    written["audit"] = (
        audit
        | "GateAudit" >> RefuseIfFatal(fatal)
        | "WriteAudit" >> WriteParquet(config.output_dir, "audit", config.part_prefix)
    )
    written["quarantine"] = quarantine | "WriteQuarantine" >> WriteQuarantine(config.output_dir, config.part_prefix)

    _manifest(pipeline, config, data, gated, audit, quarantine, fatal, written)
    return written


def _manifest(pipeline, config: RunConfig, data, gated, audit, quarantine, fatal, written):
    """Builds the manifest from small aggregates and writes it with the report and dataset card."""
    aggregates = {
        "files": data["files"],
        "decisions": audit
        | "DecisionKey" >> beam.Map(lambda r: (r.kind, r.decision, r.reason))
        | "CountDecisions" >> beam.combiners.Count.PerElement(),
        "rejected_reference": data["quarantine"]
        | "ReferenceRejected" >> beam.Filter(lambda r: r.kind in REFERENCE_KINDS)
        | "RejectedKind" >> beam.Map(lambda r: r.kind)
        | "CountRejected" >> beam.combiners.Count.PerElement(),
        "entities": audit
        | "Entities" >> beam.FlatMap(lambda r: r.entity_counts)
        | "SumEntities" >> beam.CombinePerKey(sum),
        "meetings": gated["decisions"]
        | "MeetingOutcome" >> beam.Map(meeting_outcome)
        | "CountMeetings" >> beam.combiners.Count.PerElement(),
        "nulled_fields": [data[kind] for kind in AUDITED_KINDS]
        | "AllRead" >> beam.Flatten()
        | "NulledFields" >> beam.FlatMap(lambda p: (f"{p.kind}.{f}" for f in p.record.nulled_fields))
        | "CountNulled" >> beam.combiners.Count.PerElement(),
        "quarantine_errors": quarantine
        | "ErrorClass" >> beam.Map(error_class)
        | "CountErrors" >> beam.combiners.Count.PerElement(),
    }
    # One side input per output folder, not a Flatten of them: Prism can read a flattened side
    # input before all of its parts are complete, and the manifest would then miss files.
    for name in OUTPUT_FOLDERS:
        aggregates[f"{_WRITTEN}{name}"] = written[name] | f"Name{name.title()}" >> beam.Map(
            lambda path, n=name: (n, relative(path, config.output_dir), file_sha256(path))
        )
    manifest = (
        pipeline
        | "ManifestSeed" >> beam.Create([None])
        | "GateManifest" >> RefuseIfFatal(fatal)
        | "BuildManifest"
        >> beam.Map(
            lambda _, **lists: Manifest.build(run=config.run_info(), **_with_outputs(lists)).to_json(),
            **{name: beam.pvalue.AsList(pcoll) for name, pcoll in aggregates.items()},
        )
    )
    documents = (("WriteManifest", config.manifest_name, render_json),)
    if config.shards == 1:  # a sharded run renders these once, from the merged manifest
        documents += (("WriteReport", REPORT, render_report), ("WriteDatasetCard", DATASET_CARD, render_dataset_card))
    for label, name, render in documents:
        written[name] = manifest | label >> WriteDocument(FileSystems.join(config.output_dir, name), render)
    return written[config.manifest_name]


OUTPUT_FOLDERS = (*AUDITED_KINDS, "audit", "quarantine")
_WRITTEN = "written_"


def _with_outputs(lists: dict[str, list]) -> dict[str, list]:
    """The aggregates with the per-folder file lists joined into ``outputs``."""
    outputs = [entry for name in OUTPUT_FOLDERS for entry in lists.pop(f"{_WRITTEN}{name}")]
    return {**lists, "outputs": outputs}


class RunResult(NamedTuple):
    manifest: dict[str, Any]
    counters: dict[tuple[str, str], int]  # Beam counters: (namespace, name) -> value


def run(config: RunConfig, options: PipelineOptions) -> RunResult:
    """Runs the pipeline to completion (each shard in turn), publishes it and returns the manifest
    and counters.

    Raises ``OutputRefused`` (a ``ConfigError``) before anything is written when the output
    overlaps the input or holds files no earlier run wrote. The pipeline writes into a staging
    folder beside the output, which replaces the output only once the run is complete; if the
    run fails or is interrupted, the staging folder is removed and the output is as it was.
    """
    output_dir = resolved(config.output_dir)
    check_output(config.input_dir, output_dir)
    with exclusive(output_dir):
        remove_leftovers(output_dir)
        staging = staging_folder(output_dir)
        try:  # created inside the try: an interruption right after it must still remove it
            create_staging(staging)
            result = _run_shards(dataclasses.replace(config, output_dir=staging), options)
            restrict_quarantine(staging)
            _verify(staging)
        except BaseException:
            discard(staging)
            raise
        publish(staging, output_dir)
    return result


def _verify(staging: str) -> None:
    """Checks what the run wrote against its manifest before it is published (local outputs)."""
    if "://" in staging:
        return
    verdict = verify_output(staging)
    if not verdict.ok:
        raise PipelineFailed(f"the run's output does not verify ({verdict.problems[0]}); nothing published")


def _run_shards(config: RunConfig, options: PipelineOptions) -> RunResult:
    """Runs every shard into ``config.output_dir``; a sharded run then merges their manifests."""
    shards = [dataclasses.replace(config, shard=k) for k in range(config.shards)]
    results = [_run_shard(shard, options) for shard in shards]
    if config.shards == 1:
        return results[0]
    manifest = Manifest.merge([Manifest.from_json(r.manifest) for r in results]).to_json()
    for name, render in ((MANIFEST, render_json), (REPORT, render_report), (DATASET_CARD, render_dataset_card)):
        with FileSystems.create(FileSystems.join(config.output_dir, name)) as handle:
            handle.write(render(manifest).encode("utf-8"))
    FileSystems.delete([FileSystems.join(config.output_dir, shard.manifest_name) for shard in shards])
    counters: dict[tuple[str, str], int] = {}
    for result in results:
        for key, value in result.counters.items():
            counters[key] = counters.get(key, 0) + value
    return RunResult(manifest, counters)


def _run_shard(config: RunConfig, options: PipelineOptions) -> RunResult:
    try:
        pipeline = beam.Pipeline(options=options)
    except ValueError as error:  # Beam's own check of the options (a Dataflow run without --project)
        raise ConfigError(" ".join(str(error).split())) from None
    build(pipeline, config)
    result = pipeline.run()
    state = result.wait_until_finish()
    if state != PipelineState.DONE:
        raise PipelineFailed(f"the pipeline ended in state {state}")
    with FileSystems.open(FileSystems.join(config.output_dir, config.manifest_name)) as handle:
        manifest = json.loads(handle.read().decode("utf-8"))
    return RunResult(manifest, counters_of(result))
