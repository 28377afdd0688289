"""Detection quality floors on the evaluation sets, scored as benchmarks/eval_pii.py scores them.

The floors sit a little under the measured values (docs/evaluation.md), so
that a change that loses names or addresses, or starts redacting business
talk, fails here rather than in a held-out evaluation.
"""

from __future__ import annotations

import pytest

from benchmarks.eval_pii import (
    CLAIMED,
    SLURP_ARTISTS_UNCLAIMED,
    Sample,
    load_meetings,
    load_slurp,
    load_synth,
    ours,
    score,
)
from meeting_privacy.core.detection import DetectionSettings
from tests.support.paths import REPO_ROOT

ROOT = REPO_ROOT
DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="module")
def predict():
    return ours(DetectionSettings())


def measured(predict, samples: list[Sample]) -> tuple[float, float, float]:
    """(claimed-type recall, overall precision, share of clean texts left unchanged)."""
    result = score(samples, predict(samples))
    recall = sum(result.caught[t] for t in CLAIMED) / sum(result.gold[t] for t in CLAIMED)
    precision = sum(result.correct.values()) / sum(result.predicted.values())
    return recall, precision, result.clean_unchanged / result.clean


@pytest.mark.parametrize(
    ("name", "load", "floors"),
    [
        ("meetings", lambda: load_meetings(ROOT / "benchmarks" / "eval_data" / "meetings.jsonl"), (0.99, 0.98, 0.99)),
        # Written without sight of the detector; looked at once since (docs/evaluation.md).
        ("heldout", lambda: load_meetings(ROOT / "benchmarks" / "eval_data" / "heldout.jsonl"), (0.96, 0.90, 0.93)),
        ("synth", lambda: load_synth(DATA), (0.94, 0.94, 0.97)),
        # Artists and authors as unclaimed gold, the scoring these floors were first set on.
        ("slurp-artists-unclaimed", lambda: load_slurp(DATA, SLURP_ARTISTS_UNCLAIMED), (0.82, 0.82, 0.96)),
        # Artists and authors are persons (issue 14): 0.77 / 0.85 / 97% on 2 Dec 2026; truecased lower-case
        # text (3 Dec) traded precision for recall: 0.79 / 0.83.
        ("slurp", lambda: load_slurp(DATA), (0.75, 0.82, 0.96)),
    ],
)
def test_quality_floors(predict, name, load, floors):
    recall, precision, clean = measured(predict, load())
    values = (recall, precision, clean)
    assert all(value >= floor for value, floor in zip(values, floors, strict=True)), (
        f"{name}: recall {recall:.3f}, precision {precision:.3f}, clean {clean:.3f}; floors {floors}"
    )
