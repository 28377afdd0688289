"""``verify`` on a real run's output: clean as written, and each kind of tampering named."""

from __future__ import annotations

import hashlib
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from meeting_privacy.core.verify import verify_output


@pytest.fixture
def copy(sample_output):
    return sample_output


def _one(output, folder):
    return sorted((output / folder).glob("*.parquet"))[0]


def test_a_fresh_output_verifies(sample_run):
    verdict = verify_output(sample_run.output)
    assert verdict.ok, verdict.problems
    manifest = json.loads((sample_run.output / "manifest.json").read_text())
    assert verdict.files == len(manifest["output_sha256"]) > 0
    assert verdict.audit_rows == sum(manifest["counts"][k]["read"] for k in ("transcripts", "chat", "telemetry"))


def test_a_changed_file_is_named(copy):
    path = _one(copy, "transcripts")
    path.write_bytes(path.read_bytes() + b"\0")
    problems = verify_output(copy).problems
    assert any(p.startswith(f"transcripts/{path.name}: SHA-256 differs") for p in problems), problems


def test_a_missing_file_and_a_foreign_file_are_named(copy):
    missing = _one(copy, "chat")
    missing.unlink()
    (copy / "telemetry" / "extra.parquet").write_bytes(b"PAR1")
    problems = verify_output(copy).problems
    assert f"chat/{missing.name}: listed in the manifest but missing" in problems
    assert "telemetry/extra.parquet: not listed in the manifest" in problems


def test_rows_removed_behind_the_manifests_back_are_found(copy):
    path = _one(copy, "transcripts")
    table = pq.read_table(path)
    pq.write_table(table.slice(1), path)
    manifest = json.loads((copy / "manifest.json").read_text())
    manifest["output_sha256"][f"transcripts/{path.name}"] = hashlib.sha256(path.read_bytes()).hexdigest()
    (copy / "manifest.json").write_text(json.dumps(manifest))
    problems = verify_output(copy).problems
    assert "transcripts: training rows are not exactly the audit's emitted records" in problems


def test_a_file_with_another_schema_is_named(copy):
    path = _one(copy, "chat")
    pq.write_table(pa.table({"text": ["x"]}), path)
    manifest = json.loads((copy / "manifest.json").read_text())
    manifest["output_sha256"][f"chat/{path.name}"] = hashlib.sha256(path.read_bytes()).hexdigest()
    (copy / "manifest.json").write_text(json.dumps(manifest))
    assert f"chat/{path.name}: Parquet schema is not the contract's chat schema" in verify_output(copy).problems


def test_a_quarantine_readable_by_others_is_named(copy):
    (copy / "quarantine").chmod(0o755)
    assert "quarantine/: must be readable by its owner only (mode 0700)" in verify_output(copy).problems


def test_counts_that_do_not_add_up_are_named(copy):
    manifest = json.loads((copy / "manifest.json").read_text())
    manifest["counts"]["telemetry"]["emitted"] += 1
    (copy / "manifest.json").write_text(json.dumps(manifest))
    problems = verify_output(copy).problems
    assert any(p.startswith("telemetry: manifest says") for p in problems), problems


def test_no_manifest_is_one_problem(tmp_path):
    verdict = verify_output(tmp_path)
    assert not verdict.ok and len(verdict.problems) == 1


def _edit_manifest(output, change):
    manifest = json.loads((output / "manifest.json").read_text())
    change(manifest)
    (output / "manifest.json").write_text(json.dumps(manifest))


def test_a_manifest_whose_lists_disagree_is_named(copy):
    _edit_manifest(copy, lambda m: m["outputs"].pop("audit"))
    problems = verify_output(copy).problems
    assert any(p.endswith("has a SHA-256 in the manifest but is not listed under outputs") for p in problems)


def test_a_manifest_naming_files_outside_the_output_or_of_the_wrong_shape_is_a_finding(copy):
    _edit_manifest(copy, lambda m: m["output_sha256"].update({"../elsewhere.parquet": "0" * 64}))
    assert any("outside the output" in p for p in verify_output(copy).problems)
    _edit_manifest(copy, lambda m: (m["output_sha256"].pop("../elsewhere.parquet"), m.update(counts=["not", "a"])))
    verdict = verify_output(copy)
    assert not verdict.ok and len(verdict.problems) == 1


def test_a_listed_file_replaced_by_a_symlink_is_named(copy):
    path = _one(copy, "chat")
    target = copy.parent / "elsewhere.parquet"
    path.rename(target)
    path.symlink_to(target)
    assert f"chat/{path.name}: is a symbolic link, not a file the run wrote" in verify_output(copy).problems
