"""``meeting-privacy erase`` and ``meeting-privacy verify`` as a user runs them, on the sample's output."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from tests.support.runs import file_digests, run_cli, write_key

ERASED_USER = "u-priya-raman"  # grants everything; in several sample meetings


@pytest.fixture
def output(sample_output):
    return sample_output


def _ids(tmp_path, *users):
    path = tmp_path / "ids.txt"
    path.write_text("".join(f"{u}\n" for u in users), encoding="utf-8")
    return path


def test_verify_says_one_line_on_a_good_output_and_names_each_problem(output):
    code, out, _ = run_cli(["verify", str(output)])
    assert code == 0 and out.count("\n") == 1 and out.startswith(f"verified {output}")
    (output / "notes.txt").write_text("mine")
    code, out, _ = run_cli(["verify", str(output)])
    assert code == 1 and "  notes.txt: not listed in the manifest" in out.splitlines()


def test_erase_removes_a_person_then_changes_nothing_and_the_result_verifies(output, tmp_path):
    key = write_key(tmp_path)
    argv = ["erase", "--output", str(output), "--user-ids", str(_ids(tmp_path, ERASED_USER)), "--key-file", str(key)]
    code, out, err = run_cli(argv)
    assert code == 0, err
    assert out.startswith("erased ") and f"verified {output}" in out
    manifest = json.loads((output / "manifest.json").read_text())
    assert manifest["erasures"][0]["people"] == 1 and ERASED_USER not in json.dumps(manifest)
    report = (output / "report.html").read_text()
    assert ERASED_USER not in report and "Erasures since the build" in report
    assert "### Erasures since the build" in (output / "DATASET_CARD.md").read_text()
    before = file_digests(output)
    code, out, _ = run_cli(argv)
    assert code == 0 and out.startswith("nothing to erase") and file_digests(output) == before


def test_erase_with_another_key_or_a_free_text_reason_is_refused_in_one_line(output, tmp_path):
    before = file_digests(output)
    other = write_key(tmp_path, "another-key-abcdefghijklmnopqrstuvwxyz-0123456789")
    ids = _ids(tmp_path, ERASED_USER)
    code, _, err = run_cli(["erase", "--output", str(output), "--user-ids", str(ids), "--key-file", str(other)])
    assert code == 2 and err.count("\n") == 1 and "another key" in err
    code, _, err = run_cli(
        ["erase", "--output", str(output), "--user-ids", str(ids), "--key-file", str(other), "--reason", "Jane asked"]
    )
    assert code == 2 and err.count("\n") == 1 and "--reason" in err
    assert file_digests(output) == before


def test_a_killed_erase_leaves_the_previous_state_or_the_complete_new_one(output, tmp_path):
    before = file_digests(output)
    key = write_key(tmp_path)
    command = [sys.executable, "-m", "meeting_privacy.cli", "erase", "--output", str(output)]
    command += ["--user-ids", str(_ids(tmp_path, ERASED_USER)), "--key-file", str(key), "--quiet"]
    process = subprocess.Popen(command, env={**os.environ, "PYTHONPATH": os.getcwd()})
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        if any(p.name.startswith(".out.staging-") for p in output.parent.iterdir()):
            process.send_signal(signal.SIGKILL)
            break
        time.sleep(0.005)
    process.wait(timeout=60)
    code, out, _ = run_cli(["verify", str(output)])
    assert code == 0, out
    manifest = json.loads((output / "manifest.json").read_text())
    assert file_digests(output) == before or manifest.get("erasures")


def test_an_id_list_from_a_windows_editor_works_and_ids_matching_no_row_are_counted(output, tmp_path):
    ids = tmp_path / "ids.txt"
    ids.write_bytes(f"\ufeff{ERASED_USER}\r\nU-PRIYA-RAMAN\r\n".encode())  # a BOM, CRLF, and a misspelt id
    code, out, err = run_cli(
        ["erase", "--output", str(output), "--user-ids", str(ids), "--key-file", str(write_key(tmp_path))]
    )
    assert code == 0, err
    assert out.startswith("erased ") and "1 of the listed user ids are named by no row" in out
    assert "U-PRIYA" not in out


def test_erase_refuses_an_output_that_does_not_verify_and_one_being_written(output, tmp_path):
    from meeting_privacy.pipelines.publish import exclusive

    key, ids = write_key(tmp_path), _ids(tmp_path, ERASED_USER)
    argv = ["erase", "--output", str(output), "--user-ids", str(ids), "--key-file", str(key)]
    with exclusive(str(output)):  # as a run or another erase would hold it
        code, _, err = run_cli(argv)
    assert code == 2 and "another meeting-privacy run or erase is writing" in err
    manifest = json.loads((output / "manifest.json").read_text())
    manifest["outputs"].pop("transcripts")  # a manifest that lies about its files
    (output / "manifest.json").write_text(json.dumps(manifest))
    before = file_digests(output)
    code, _, err = run_cli(argv)
    assert code == 2 and err.count("\n") == 1 and "does not verify" in err and file_digests(output) == before
