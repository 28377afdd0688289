"""Canary leak test: hundreds of unique canary values in every field that may carry them;
after one CLI run, every byte the run wrote outside quarantine (training Parquet as bytes
and decoded, audit, manifest, stdout, stderr, logs, Beam metric names) is searched for
each canary. Zero hits; quarantine is the only place raw values may go.
"""

from __future__ import annotations

import pytest

from tests.support.canary_data import CLASSES, canary_run
from tests.support.reliability_support import AUDITED, manifest, quarantine_entries, rows, searchable_outputs

pytestmark = pytest.mark.slow  # every test here runs the whole pipeline


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    canaries, result = canary_run(tmp_path_factory)
    assert result.code == 0, result.stderr[-3000:]
    return canaries, result


@pytest.fixture(scope="module")
def haystacks(run):
    _, result = run
    found = dict(searchable_outputs(result.output))
    found["<stdout>"] = result.stdout
    found["<stderr>"] = result.stderr
    found["<logs>"] = result.logs.encode("utf-8")
    found["<metric names>"] = "\n".join(result.metric_names).encode("utf-8")
    return found


def test_the_canary_set_is_big_and_the_run_emitted_redacted_text(run):
    canaries, result = run
    assert sum(len(v) for v in canaries.canaries.values()) >= 500
    counts = manifest(result.output)["counts"]
    assert all(counts[kind]["emitted"] > 0 for kind in AUDITED)
    assert all(counts[kind]["excluded"] > 0 for kind in ("transcripts", "chat"))
    assert len(rows(result.output, "transcripts")) >= 50
    assert result.metric_names  # the metric names were really collected


@pytest.mark.parametrize("canary_class", CLASSES)
def test_no_canary_of_a_class_appears_outside_quarantine(run, haystacks, canary_class):
    canaries, _ = run
    hits = []
    for value in sorted(canaries.canaries[canary_class]):
        forms = {value.encode("utf-8"), value.lower().encode("utf-8")}
        for where, data in haystacks.items():
            if any(form in data for form in forms):
                hits.append((value, where))
    assert not hits, f"{len(hits)} leak(s) of {canary_class}, e.g. {hits[:5]}"


def test_quarantine_holds_the_raw_malformed_lines_and_only_the_owner_can_read_it(run):
    _, result = run
    entries = quarantine_entries(result.output)
    assert len(entries) == 12 and all(e["reason"] == "malformed" for e in entries)
    folder = result.output / "quarantine"
    assert folder.stat().st_mode & 0o777 == 0o700
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in folder.iterdir())
