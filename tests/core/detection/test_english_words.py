"""The lexicon's English dictionary and WordNet name lists are what their generator writes."""

from __future__ import annotations

import importlib.util

from tests.support.paths import REPO_ROOT


def test_the_committed_dictionary_is_what_the_generator_writes() -> None:
    script = REPO_ROOT / "training" / "make_english_words.py"
    spec = importlib.util.spec_from_file_location("make_english_words", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    files = module.build()
    assert set(files) == {module.OUT, module.PEOPLE, module.PLACES}
    for path, text in files.items():
        assert path.read_text(encoding="utf-8") == text, path.name
    assert len(files[module.OUT].splitlines()) > 70_000
    assert {"smarter", "children", "got"} <= set(files[module.OUT].splitlines())  # forms WordNet's index lacks
