"""Generated training sentences for a lower-case speech NER: people and places in spoken style, and hard negatives.

Speech-to-text gives no case and no punctuation, so the stock model, which
leans on capitals, misses most names in it. These sentences put Faker names
(given name and surname, surname alone, after a title) and real city and
region names of many locales into meeting and parliament phrasing, lower-cased
and with accents dropped as speech-to-text does, with a share left cased so
that the model keeps what it knows of written text.

Hard negatives are two everyday English words used as a code name or a
product (``the velvet ledger launch``) with no entity. Their words are drawn
from wordfreq's common words, never from the clean code-name evaluation set
(``benchmarks/eval_data/clean_codenames.jsonl``), whose words are removed
first, so that set measures words the model has not been taught.

Everything is drawn from one seeded ``random.Random`` and seeded Faker
instances: the same seed gives the same sentences on every machine.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from faker import Faker
from wordfreq import top_n_list, zipf_frequency

Span = tuple[int, int, str]
Example = tuple[str, list[Span]]

NAME_LOCALES = ["en_US", "en_GB", "en_IE", "en_IN", "de_DE", "fr_FR", "it_IT", "es_ES", "pl_PL", "nl_NL",
                "sv_SE", "pt_PT", "cs_CZ", "hu_HU", "ro_RO", "fi_FI", "da_DK"]  # fmt: skip
#: Locales whose Faker cities and regions are real place names (en_US and en_GB cities are invented).
PLACE_LOCALES = ["de_DE", "it_IT", "es_ES", "pl_PL", "nl_NL", "sv_SE", "pt_PT", "cs_CZ", "fi_FI", "da_DK",
                 "en_IN", "hu_HU"]  # fmt: skip
REGION_LOCALES = ["en_US", "en_GB", "de_DE", "it_IT", "es_ES", "pl_PL", "en_IN"]

_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "ı": "i", "ß": "ss", "æ": "ae"})

# Templates: ``{P}`` full name, ``{S}`` surname alone, ``{G}`` given name alone, ``{C}`` a city, ``{R}`` a region.
PERSON_TEMPLATES = [
    "i spoke with {P} yesterday about the report",
    "{P} said the numbers were late",
    "thank you {P} for that question",
    "as mister {S} pointed out the deadline is too tight",
    "i agree with commissioner {S} on this point",
    "my colleague {P} will present the next item",
    "uh {G} can you share your screen",
    "we should ask {G} {S} before we sign",
    "the report by {S} was adopted last week",
    "madam president i thank {S} for her work",
    "{S} and {S2} tabled the amendment together",
    "i met {P} at the conference",
    "so {G} and i went through the budget",
    "please send the draft to {P}",
    "the rapporteur mister {S} has done a great job",
    "um {P} is joining us from the legal team",
    "like {S} said the vote is tomorrow",
    "i would like to congratulate {P} on the report",
    "the speech by president {S} was clear",
    "{G} will take the minutes today",
]
PLACE_TEMPLATES = [
    "the flooding in {C} hit thousands of homes",
    "we opened a new office in {C}",
    "the summit will take place in {C} next month",
    "i flew back from {C} this morning",
    "the farmers in {R} are suffering",
    "unemployment in {R} is still rising",
    "the plant near {C} will close",
    "uh the team in {C} is two hours ahead",
    "the regional government of {R} asked for support",
    "there were protests in {C} over the weekend",
    "our warehouse outside {C} is full",
    "the rail link between {C} and {C2} is late again",
]
PERSON_PLACE_TEMPLATES = [
    "{P} from our office in {C} will join the call",
    "i visited {C} with {P} last year",
    "mister {S} comes from {R}",
]
NEGATIVE_TEMPLATES = [
    "the {a} {b} launch slipped again",
    "{a} {b} is blocked on the review",
    "so where are we with {a} {b}",
    "let's move {a} {b} to the next sprint",
    "the {a} {b} dashboard is down",
    "um the {a} {b} team needs reviewers",
    "we shipped {a} {b} to staging",
    "the budget for {a} {b} is approved",
    "i'll add {a} {b} to the agenda",
    "{a} {b} phase two starts after the offsite",
]
FILLERS = ["", "", "", "um ", "uh ", "so ", "okay so ", "yeah "]


def fold(text: str) -> str:
    """Accents dropped as speech-to-text drops them (``Zięcik`` -> ``Ziecik``)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _usable(value: str) -> bool:
    return bool(value) and value.isascii() and re.fullmatch(r"[A-Za-z][A-Za-z' -]*", value) is not None


def _fill(template: str, values: dict[str, tuple[str, str]]) -> Example:
    """The template with its slots filled, and a labelled span for each slot."""
    text, spans, pos = "", [], 0
    for match in re.finditer(r"\{(\w+)\}", template):
        text += template[pos : match.start()]
        value, label = values[match.group(1)]
        spans.append((len(text), len(text) + len(value), label))
        text += value
        pos = match.end()
    return text + template[pos:], spans


def _eval_words(path: Path) -> set[str]:
    words: set[str] = set()
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            words.update(re.findall(r"[a-z']+", json.loads(line)["text"].lower()))
    return words


class SentenceMaker:
    """Draws sentences from seeded Faker instances and one random stream."""

    def __init__(self, seed: int, excluded_words: Iterable[str]) -> None:
        self.rng = random.Random(seed)
        self.fakers = {}
        for i, locale in enumerate(sorted(set(NAME_LOCALES + PLACE_LOCALES + REGION_LOCALES))):
            faker = Faker(locale)
            faker.seed_instance(seed + i)
            self.fakers[locale] = faker
        excluded = set(excluded_words)
        # Everyday words, not names: common enough to be everyday, no word of the evaluation set.
        self.words = [
            w
            for w in top_n_list("en", 6000)
            if w.isalpha() and len(w) > 3 and w not in excluded and zipf_frequency(w, "en") < 5.5
        ]

    def _draw(self, make, locales: list[str]) -> str:
        for _ in range(20):
            value = fold(make(self.fakers[self.rng.choice(locales)]))
            if _usable(value):
                return value
        raise RuntimeError("no usable value in 20 draws")

    def _values(self) -> dict[str, tuple[str, str]]:
        given = self._draw(lambda f: f.first_name(), NAME_LOCALES)
        surname = self._draw(lambda f: f.last_name(), NAME_LOCALES)
        return {
            "P": (f"{given} {surname}", "PERSON"),
            "S": (surname, "PERSON"),
            "S2": (self._draw(lambda f: f.last_name(), NAME_LOCALES), "PERSON"),
            "G": (given, "PERSON"),
            "C": (self._draw(lambda f: f.city(), PLACE_LOCALES), "GPE"),
            "C2": (self._draw(lambda f: f.city(), PLACE_LOCALES), "GPE"),
            "R": (self._draw(lambda f: f.administrative_unit(), REGION_LOCALES), "GPE"),
        }

    def _spoken(self, example: Example, lower: float) -> Example:
        text, spans = example
        filler = self.rng.choice(FILLERS)
        spans = [(s + len(filler), e + len(filler), t) for s, e, t in spans]
        text = filler + text
        if self.rng.random() < lower:
            return text.lower(), spans
        return text[0].upper() + text[1:], spans

    def entities(self, n: int, lower: float = 0.75) -> list[Example]:
        templates = PERSON_TEMPLATES * 3 + PLACE_TEMPLATES * 2 + PERSON_PLACE_TEMPLATES
        return [self._spoken(_fill(self.rng.choice(templates), self._values()), lower) for _ in range(n)]

    def negatives(self, n: int, lower: float = 0.75) -> list[Example]:
        out = []
        for _ in range(n):
            a, b = self.rng.sample(self.words, 2)
            text = self.rng.choice(NEGATIVE_TEMPLATES).format(a=a, b=b)
            if self.rng.random() >= lower:
                text = text.replace(f"{a} {b}", f"{a.title()} {b.title()}")
            out.append(self._spoken((text, []), lower=1.0 if text.islower() else 0.0))
        return out


def make(seed: int, n_entities: int, n_negatives: int, eval_path: Path) -> list[Example]:
    maker = SentenceMaker(seed, _eval_words(eval_path))
    return maker.entities(n_entities) + maker.negatives(n_negatives)
