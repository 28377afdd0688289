"""The worked examples of docs/library.md run as written (docs/examples/*.py, included verbatim)."""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
from pathlib import Path

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from apache_beam.typehints.decorators import TypeCheckError

from meeting_privacy.core.detection import DetectionSettings
from meeting_privacy.core.parsing import parse_line
from meeting_privacy.core.policy import Policy
from meeting_privacy.core.pseudonyms import KeySource
from meeting_privacy.pipelines.options import pipeline_options
from meeting_privacy.pipelines.resolve import parse_as_of
from meeting_privacy.schemas.envelopes import Parsed, Source
from meeting_privacy.schemas.outputs import SCHEMAS
from meeting_privacy.transforms import AuditRejected, DeidentifyMeetings, WriteQuarantine
from tests.support.paths import REPO_ROOT
from tests.support.runs import TEST_KEY, read_rows

ROOT = REPO_ROOT
EXAMPLES = ROOT / "docs" / "examples"
LIBRARY_DOC = ROOT / "docs" / "library.md"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"docs_example_{name}", EXAMPLES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["own_parquet_pipeline", "redact_strings", "plain_presidio"])
def test_library_doc_includes_the_example_verbatim(name):
    blocks = re.findall(r"```python\n(.*?)```", LIBRARY_DOC.read_text(encoding="utf-8"), re.S)
    assert (EXAMPLES / f"{name}.py").read_text(encoding="utf-8") in blocks


def _to_parquet(sample_input: Path, tables: Path) -> None:
    """The sample's transcripts, rosters and consent ledger as a user's own Parquet tables.

    Consent and roster lines are all kept, malformed ones included (they must fail closed);
    transcript lines that cannot be read at all are left out (Parquet needs one type per column).
    """
    tables.mkdir()
    for path in sorted(sample_input.iterdir()):
        kind = re.match(r"[^-._]+", path.name).group(0)
        if kind not in ("participants", "consent", "transcripts") or path.name.endswith(".parquet"):
            continue
        raw = gzip.decompress(path.read_bytes()) if path.name.endswith(".gz") else path.read_bytes()
        rows = []
        for number, line in enumerate(raw.splitlines(), start=1):
            if kind == "transcripts" and not isinstance(parse_line(kind, line, Source(path.name, number)), Parsed):
                continue
            rows.append(json.loads(line))
        stem = path.name.split(".")[0]
        pq.write_table(pa.Table.from_pylist(rows), tables / f"{stem}.parquet")


def test_consent_and_deidentification_in_an_own_parquet_pipeline(sample_run, tmp_path, monkeypatch):
    assert sample_run.exit_code == 0, sample_run.stderr
    example = _load("own_parquet_pipeline")
    tables, output = tmp_path / "tables", tmp_path / "training"
    _to_parquet(sample_run.input, tables)
    monkeypatch.setenv("MEETING_PRIVACY_KEY", TEST_KEY)

    with beam.Pipeline(options=pipeline_options([])) as pipeline:
        example.add_privacy(pipeline, str(tables), str(output), Policy(), parse_as_of(sample_run.info.as_of))

    ours = read_rows(output, "transcripts")
    # The same consent decisions and the same de-identification as the full pipeline on the same data.
    assert sorted(ours, key=lambda r: r["segment_pseudonym"]) == sorted(
        read_rows(sample_run.output, "transcripts"), key=lambda r: r["segment_pseudonym"]
    )
    assert pq.read_schema(next((output / "transcripts").glob("*.parquet"))).equals(SCHEMAS["transcripts"])
    audit = read_rows(output, "audit")
    transcripts_read = sum(pq.read_metadata(p).num_rows for p in tables.glob("transcripts-*.parquet"))
    assert len(audit) == transcripts_read
    reasons = {r["reason"] for r in audit}
    assert {"emitted", "consent_unreadable", "roster_unreadable", "participant_without_consent"} <= reasons
    quarantined = [json.loads(line) for p in (output / "quarantine").glob("*") for line in p.read_text().splitlines()]
    assert sorted(q["kind"] for q in quarantined) == ["consent", "participants"]  # and they failed closed


def test_redact_only_strings(tmp_path):
    example = _load("redact_strings")
    source, destination = tmp_path / "notes.txt", tmp_path / "redacted.txt"
    source.write_text(
        "Marcus will share the slides tomorrow.\n"
        "Write to ops-team@example.org if the build breaks.\n"
        "The roadmap review went well.\n",
        encoding="utf-8",
    )
    with beam.Pipeline(options=pipeline_options([])) as pipeline:
        example.redact_lines(pipeline, str(source), str(destination))
    assert sorted(destination.read_text(encoding="utf-8").splitlines()) == sorted(
        [
            "<PERSON_1> will share the slides tomorrow.",
            "Write to <EMAIL_ADDRESS_1> if the build breaks.",
            "The roadmap review went well.",
        ]
    )


@pytest.mark.parametrize(
    "transform",
    [
        lambda: DeidentifyMeetings(DetectionSettings(), KeySource.demo()),
        lambda: AuditRejected(KeySource.demo()),
        lambda: WriteQuarantine("/nonexistent"),
    ],
)
def test_misuse_is_refused_when_the_pipeline_is_built(transform):
    with pytest.raises(TypeCheckError):
        with beam.Pipeline(options=pipeline_options([])) as pipeline:
            _ = pipeline | beam.Create(["a string, not a record"]) | transform()


def test_our_recognizers_in_a_plain_presidio_analyzer():
    analyzer = _load("plain_presidio").plain_analyzer()
    text = "so um i met derek vanterpool in bratislava and he said call me at five five five one two one two"
    found = {(r.entity_type, text[r.start : r.end]) for r in analyzer.analyze(text, language="en")}
    assert found == {
        ("PERSON", "derek vanterpool"),
        ("LOCATION", "bratislava"),
        ("PHONE_NUMBER", "five five five one two one two"),
    }
