"""The tuning clean set: what its generator writes, with all kinds and cases, and none of the evaluation's words."""

from __future__ import annotations

import json
import re

from benchmarks.eval_data import make_tuning_clean


def test_tuning_clean_is_what_the_generator_writes_and_shares_no_evaluation_word():
    written = [json.loads(line) for line in make_tuning_clean.OUT.read_text(encoding="utf-8").splitlines()]
    assert written == make_tuning_clean.build()
    assert len(written) >= 300
    assert len({item["text"] for item in written}) == len(written)
    assert {item["kind"] for item in written} == {"product", "nameword", "codename"}
    assert {item["case"] for item in written} == {"lower", "cased"}
    excluded = re.compile(r"\b(" + "|".join(make_tuning_clean.EXCLUDED) + r")\b", re.IGNORECASE)
    assert not [item["text"] for item in written if excluded.search(item["text"])]
