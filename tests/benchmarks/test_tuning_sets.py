"""The hand-written tuning sets are what their makers write (each run in a scratch folder, not the repository)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.paths import REPO_ROOT

EVAL_DATA = REPO_ROOT / "benchmarks" / "eval_data"


@pytest.mark.parametrize(
    ("maker", "written"),
    [
        ("make_tuning_clean_b.py", "tuning_clean_b.jsonl"),
        ("make_tuning_meetings.py", "tuning_meetings.jsonl"),
        ("make_tuning_speech.py", "tuning_speech.jsonl"),
    ],
)
def test_each_tuning_set_is_what_its_maker_writes(tmp_path: Path, maker: str, written: str) -> None:
    shutil.copy(EVAL_DATA / maker, tmp_path / maker)
    subprocess.run([sys.executable, str(tmp_path / maker)], check=True, capture_output=True, cwd=tmp_path)
    assert (tmp_path / written).read_bytes() == (EVAL_DATA / written).read_bytes()
