"""The README's library example runs as written, on the sample meetings."""

from __future__ import annotations

import re

from tests.support.paths import REPO_ROOT
from tests.support.runs import TEST_KEY, read_rows

README = REPO_ROOT / "README.md"


def test_readme_library_example_runs(sample_run, tmp_path, monkeypatch):
    block = re.search(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S).group(1)
    assert len(block.strip().splitlines()) <= 12
    monkeypatch.setenv("MEETING_PRIVACY_KEY", TEST_KEY)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "meetings").symlink_to(sample_run.input)
    exec(compile(block, "README.md", "exec"), {})  # noqa: S102 - the point is to run the docs
    rows = read_rows(tmp_path / "training", "transcripts")
    assert sorted(r["text"] for r in rows) == sorted(r["text"] for r in read_rows(sample_run.output, "transcripts"))
