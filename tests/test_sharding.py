"""`--shards N`: the same outputs as one pipeline, each record owned by exactly one shard."""

from __future__ import annotations

import io
import json

import pytest

from meeting_privacy.core.input_files import owner_shard, read_records
from tests.conftest import read_rows, run_cli, write_key

OUTPUTS = ("transcripts", "chat", "telemetry", "audit")


def sorted_rows(output, name):
    return sorted(json.dumps(row, sort_keys=True, default=str) for row in read_rows(output, name))


def quarantine_lines(output):
    return sorted(line for path in (output / "quarantine").iterdir() for line in path.read_text().splitlines())


def test_a_sharded_run_writes_exactly_what_one_pipeline_writes(sample_run, tmp_path):
    output = tmp_path / "sharded"
    argv = ["run", "--input", str(sample_run.input), "--output", str(output), "--key-file", str(write_key(tmp_path))]
    code, _, err = run_cli([*argv, "--as-of", sample_run.info.as_of, "--shards", "3", "--quiet"])
    assert code == 0, err
    for name in OUTPUTS:
        assert sorted_rows(output, name) == sorted_rows(sample_run.output, name), name
    assert quarantine_lines(output) == quarantine_lines(sample_run.output)
    sharded = json.loads((output / "manifest.json").read_text())
    single = json.loads((sample_run.output / "manifest.json").read_text())
    for field in ("counts", "meetings", "entities_redacted", "quarantined_by_error", "policy_sha256"):
        assert sharded[field] == single[field], field
    assert [(e["path"], e["records"]) for e in sharded["inputs"]] == [
        (e["path"], e["records"]) for e in single["inputs"]
    ]
    assert sharded["shards"] == 3 and len(sharded["outputs"]["transcripts"]) == 3
    assert (output / "report.html").exists() and (output / "DATASET_CARD.md").exists()
    assert not list(output.glob("manifest-shard-*"))


def test_an_unattributable_consent_line_stops_a_sharded_run_too(sample_run, tmp_path):
    folder = tmp_path / "input"
    folder.mkdir()
    for path in sample_run.input.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    with (folder / "consent-0001.jsonl").open("a") as handle:
        handle.write('{"consent_id": "c-broken", "decision": "withdraw"}\n')
    output = tmp_path / "out"
    argv = ["run", "--input", str(folder), "--output", str(output), "--key-file", str(write_key(tmp_path))]
    code, _, err = run_cli([*argv, "--as-of", sample_run.info.as_of, "--shards", "2"])
    assert code == 1 and "consent-0001.jsonl" in err
    leftovers = list(output.iterdir()) if output.exists() else []
    assert leftovers == []


LINES = [
    b'{"segment_id": "s1", "meeting_id": "m1", "participant_id": "p", "start_ms": 0, "end_ms": 1, "text": "a"}',
    b'{"segment_id": "s2", "meeting_id": "m2", "participant_id": "p", "start_ms": 0, "end_ms": 1, "text": "b"}',
    b'{"segment_id": "s3", "meeting_id": "m\\u00e9", "participant_id": "p", "start_ms": 0, "end_ms": 1, "text": "c"}',
    b'{"x": {"meeting_id": "m9"}, "segment_id": "s4", "meeting_id": "m3", "participant_id": "p", "start_ms": 0}',
    b'{"segment_id": "s5", "meeting_id": "m4", "text": "truncat',
    b"{not json at all",
    b'{"segment_id": "s6", "meeting_id": "m5", "text": "\xff"}',
]


@pytest.mark.parametrize("shards", [2, 3, 5])
def test_every_line_is_owned_by_exactly_one_shard(shards):
    def open_stream(decompress):
        return io.BytesIO(b"\n".join(LINES) + b"\n")

    owners = []
    for shard in range(shards):
        for item in read_records("transcripts", "transcripts-1.jsonl", open_stream, (shard, shards)):
            if owner_shard(item, shards) == shard:
                owners.append(item.source.line)
    assert sorted(owners) == list(range(1, len(LINES) + 1))
