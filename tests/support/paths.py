"""Where the repository is, for tests that read its files (configs, docs, README), wherever they sit in tests/."""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
