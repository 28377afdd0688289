"""The lexicon's English dictionary is what its generator writes from the spaCy model's WordNet tables."""

from __future__ import annotations

import importlib.util

from tests.support.paths import REPO_ROOT


def test_the_committed_dictionary_is_what_the_generator_writes() -> None:
    script = REPO_ROOT / "training" / "make_english_words.py"
    spec = importlib.util.spec_from_file_location("make_english_words", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = module.build()
    assert module.OUT.read_text(encoding="utf-8") == text
    assert len(text.splitlines()) > 70_000
