"""Determinism: the same input, key, policy and as-of give the same rows in every output,
on DirectRunner in-process and in multi-processing mode (rows compared sorted, since
shards and their order may differ)."""

from __future__ import annotations

import json

import pytest

from meeting_privacy.core.verify import verify_output
from meeting_privacy.demo import write_sample
from tests.support.reliability_support import (
    AUDITED,
    key_file,
    manifest,
    quarantine_entries,
    rows,
    run_args,
    run_captured,
)

pytestmark = pytest.mark.slow  # every test here runs the whole pipeline

MULTI = ["--direct_running_mode=multi_processing", "--direct_num_workers=2"]


def _snapshot(output):
    snapshot = {}
    for name in (*AUDITED, "audit"):
        snapshot[name] = sorted(json.dumps(r, sort_keys=True, default=str) for r in rows(output, name))
    snapshot["quarantine"] = sorted(json.dumps(e, sort_keys=True) for e in quarantine_entries(output))
    document = manifest(output)
    document.pop("outputs")  # file names carry the shard count, which the runner chooses
    document.pop("output_sha256")  # and so do the files' bytes; verify checks them against the files
    assert verify_output(output).ok
    snapshot["manifest"] = document
    return snapshot


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    root = tmp_path_factory.mktemp("determinism")
    info = write_sample(root / "input")
    key = key_file(root)
    found = {}
    for label, extra in (("inprocess-1", []), ("inprocess-2", []), ("multi-1", MULTI), ("multi-2", MULTI)):
        argv = run_args(root / "input", root / label, key, *extra)
        argv[argv.index("--as-of") + 1] = info.as_of
        run = run_captured(argv, root / label)
        assert run.code == 0, (label, run.stderr[-3000:])
        found[label] = _snapshot(root / label)
    return found


def test_two_in_process_runs_write_the_same_rows(runs):
    assert runs["inprocess-1"] == runs["inprocess-2"]
    assert runs["inprocess-1"]["transcripts"]  # something was emitted


def test_two_multi_processing_runs_write_the_same_rows(runs):
    assert runs["multi-1"] == runs["multi-2"]


def test_multi_processing_writes_the_same_rows_as_in_process(runs):
    assert runs["multi-1"] == runs["inprocess-1"]
