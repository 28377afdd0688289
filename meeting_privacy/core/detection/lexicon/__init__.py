"""The word lists and word-frequency levels the name rules stand on, in one place.

Our own lists are package data (one lower-case word a line, ``#``
comments), read once at import. The name lists come from packages and are
built once, on first use: the US Census Bureau's 1990 frequency lists of
given names and surnames (public domain; shipped by the ``names`` package,
MIT) and Faker's person providers of 80+ locales (MIT), so that meetings are
not only safe for American names (``Virpi``, ``Halldór``, ``Luiza``). The
levels are wordfreq's Zipf scale (``log10`` of a word's frequency per
billion words: 3 is once per million words, 4 once per hundred thousand),
each named for the evidence it stands for.
"""

from __future__ import annotations

import importlib
import importlib.resources
import pkgutil
import re
from functools import cache, lru_cache

from wordfreq import zipf_frequency

__all__ = [
    "AMBIGUOUS_GIVEN_NAMES",
    "ASSISTANTS",
    "CALENDAR_WORDS",
    "COMPOUND_WORDS",
    "ENGLISH_WORDS",
    "COMMON_WORD_NAMES",
    "HONORIFICS",
    "NAME_IDIOMS",
    "NAME_PARTICLES",
    "NOT_NAME_WORDS",
    "PRODUCT_NAMES",
    "PRODUCT_NOUNS",
    "REGIONS",
    "ROLE_WORDS",
    "WORDNET_PEOPLE",
    "WORDNET_PLACES",
    "Zipf",
    "capitalised_only_names",
    "census_given_names",
    "census_surnames",
    "frequent_surnames",
    "given_names",
    "is_english_word",
    "phrases",
    "surnames",
    "words",
    "wordnet_surnames",
]


def phrases(name: str) -> frozenset[str]:
    """The lines of the list ``name`` (a ``.txt`` file beside this module): lower case, ``#`` comments."""
    text = importlib.resources.files(__name__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    found = frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
    if not found or any(w != w.lower() for w in found):
        raise RuntimeError(f"lexicon list {name!r} is empty or not lower case")
    return found


def words(name: str) -> frozenset[str]:
    """The words of the list ``name``, one a line."""
    found = phrases(name)
    if any(" " in w for w in found):
        raise RuntimeError(f"lexicon list {name!r} is not one word a line")
    return found


class Zipf:
    """How common in English a word is, on wordfreq's Zipf scale, for each rule that asks."""

    #: Rarer than this, a capitalised word in no list is taken for a name by its shape (``Tzigane``).
    RARE = 2.5
    #: Once per million words: a word of English. A surname of another locale stops here
    #: (``Hearty``); a lower-case name of another locale above it may be a word (``saga``).
    WORD = 3.0
    #: A found name's word at least this common, and in no name list, is not repeated (``potter``);
    #: nor is it a street name word of an address block.
    UNLISTED_NAME = 3.5
    #: An everyday word: names of other locales stop here (``Else`` 5.4); a mailbox or host this
    #: common needs a cue; a lower-case surname after an ambiguous given name must be rarer.
    EVERYDAY = 4.0
    #: In lower case, a surname after a given name must be rarer than this (``smith`` 4.6, not ``said``).
    COMMON = 5.0


CALENDAR_WORDS = words("calendar_words")
#: Given names that are also everyday words: they need more evidence than the list (a surname, a cue, the roster).
AMBIGUOUS_GIVEN_NAMES = words("ambiguous_given_names") | words("common_word_names") | CALENDAR_WORDS
COMMON_WORD_NAMES = words("common_word_names")
NOT_NAME_WORDS = words("not_name_words") | CALENDAR_WORDS
ROLE_WORDS = words("role_words")
ASSISTANTS = words("assistants")
PRODUCT_NOUNS = words("product_nouns")
PRODUCT_NAMES = words("product_names")
NAME_IDIOMS = phrases("name_idioms")
HONORIFICS = words("honorifics")


class Dictionary(frozenset):
    """WordNet's lemmas, and their regular inflections: ``symptoms``, ``stains``, ``parked``, ``charging``."""

    _SUFFIXES = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if frozenset.__contains__(self, word):
            return True
        return any(
            word.endswith(suffix) and frozenset.__contains__(self, word[: -len(suffix)] + stem)
            for suffix, stem in self._SUFFIXES
            if len(word) > len(suffix) + 2
        )


#: Single-word lemmas of WordNet (``walrus``, ``bramble``; ``paris`` too, which has other senses): words that
#: may be everyday words. Lemmas that name only people or places are not in (``hitler``, ``manchester``).
#: With them, the words of software meetings that WordNet predates (``runbook``, ``repo``, ``login``).
ENGLISH_WORDS = Dictionary(words("english_words") | words("meeting_words"))
#: WordNet's names of people and of places, one word or several (``stalin``, ``bill gates``, ``addis ababa``).
WORDNET_PEOPLE = phrases("wordnet_people")
WORDNET_PLACES = phrases("wordnet_places")
#: Regions, islands, ranges and airports no other source names (``west midlands``, ``silesia``, ``heathrow``).
REGIONS = phrases("regions")


class _Compounds:
    """Words made of two dictionary words, or of a prefix or a particle and one, and in no name list:
    ``dropbox``, ``databricks``, ``zendesk``, ``multiannual``, ``standup``.

    Product and tool names are often built so, and the jargon of meetings; surnames built so
    (``woodward``) are in the name lists.
    """

    #: Prefixes English builds words with that no dictionary lists alone (``multi|annual``, ``hyper|scale``).
    _PREFIXES = (
        "multi", "hyper", "inter", "trans", "super", "micro", "macro", "mini", "semi", "cyber", "anti", "post",
        "counter", "socio", "pseudo", "ultra", "extra", "intra", "infra", "tele", "auto", "euro", "eco", "bio",
        "geo", "neo", "non", "pre", "sub", "mis", "re", "un",
    )  # fmt: skip
    #: Particles English closes words with (``stand|up``, ``kick|off``, ``check|in``).
    _PARTICLES = ("up", "in", "on", "off", "out", "down", "over", "back", "away", "through")

    #: Shortest first and second parts (``drop|box``; ``gust|row`` too, but ``art|ern`` is no split).
    _FIRST, _SECOND = 4, 3
    #: Longer words are not split (a hostile 100,000-letter "word" would cost its length squared).
    _LONGEST = 40

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not self._FIRST + self._SECOND <= len(word) <= self._LONGEST:
            return False
        if not word.isalpha():
            return False
        if word in given_names() or word in surnames():
            return False
        splits = range(self._FIRST, len(word) - self._SECOND + 1)
        if any(word[:i] in ENGLISH_WORDS and word[i:] in ENGLISH_WORDS for i in splits):
            return True
        if any(word.startswith(p) and word[len(p) :] in ENGLISH_WORDS for p in self._PREFIXES):
            return True
        return any(word.endswith(p) and word[: -len(p)] in ENGLISH_WORDS for p in self._PARTICLES)


#: See ``_Compounds``.
COMPOUND_WORDS = _Compounds()
#: Words inside a surname (``de gucht``, ``van rompuy``, ``al assad``): part of a name only between name words.
NAME_PARTICLES = words("name_particles")


#: Surnames by census rank kept (of 88,799; rank 50,000 still covers 1 in 100,000 people).
_SURNAME_RANK = 50_000
#: The most frequent surnames (``jones``, ``baker``): names first, even where a dictionary lists them.
_FREQUENT_SURNAME_RANK = 2_000
_NAME = re.compile(r"[^\W\d_][\w'’-]*")


@lru_cache(maxsize=1 << 16)
def is_english_word(word: str, zipf: float = Zipf.WORD) -> bool:
    """Whether a lower-case word is common in English (by default once per million words or more)."""
    return zipf_frequency(word, "en") >= zipf


def _census(name: str, limit: int | None = None) -> list[str]:
    text = importlib.resources.files("names").joinpath(name).read_text(encoding="ascii")
    rows = [line.split()[0].lower() for line in text.splitlines() if line.strip()]
    return rows[:limit] if limit else rows


def _faker_names(*prefixes: str) -> set[str]:
    """Lower-case names of Faker's person providers, all locales, from attributes named ``prefix...``."""
    import faker.providers.person as person

    found: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute in dir(provider):
            if attribute.startswith(prefixes):
                values = getattr(provider, attribute)
                if isinstance(values, (tuple, list, dict)):  # OrderedDicts weigh names by frequency
                    found.update(v.lower() for v in values if isinstance(v, str) and _NAME.fullmatch(v))
    return found


def _uncommon(names: set[str], zipf: float) -> frozenset[str]:
    return frozenset(n for n in names if len(n) > 2 and not is_english_word(n, zipf))


@cache
def census_given_names() -> frozenset[str]:
    """Lower-case census 1990 given names, male and female."""
    return frozenset(_census("dist.male.first") + _census("dist.female.first"))


@cache
def given_names() -> frozenset[str]:
    """Lower-case given names: the census ones, and those of Faker's locales
    rarer than an everyday word (names of other locales stop at ``Zipf.EVERYDAY``:
    frequent names are frequent in English text too, ``Magnus`` 3.4, ``Else`` 5.4)."""
    census = census_given_names()
    return census | _uncommon(_faker_names("first_names", "first_romanized_names") - census, Zipf.EVERYDAY)


@cache
def capitalised_only_names() -> frozenset[str]:
    """Given names of other locales that, in lower case, are as likely English words (``saga``, ``handy``)."""
    return frozenset(n for n in given_names() - census_given_names() if is_english_word(n, Zipf.WORD))


@cache
def census_surnames() -> frozenset[str]:
    """Lower-case census 1990 surnames, the most frequent ``_SURNAME_RANK``."""
    return frozenset(_census("dist.all.last", _SURNAME_RANK))


@cache
def frequent_surnames() -> frozenset[str]:
    """The ``_FREQUENT_SURNAME_RANK`` most frequent census surnames."""
    return frozenset(_census("dist.all.last", _FREQUENT_SURNAME_RANK))


@cache
def wordnet_surnames() -> frozenset[str]:
    """WordNet's people of one word that no dictionary lists otherwise (``stalin``; not ``burns``, ``ate``)."""
    return frozenset(p for p in WORDNET_PEOPLE if " " not in p and p not in ENGLISH_WORDS)


@cache
def surnames() -> frozenset[str]:
    """Lower-case surnames: the census ones, those of Faker's locales that are no English word
    (a surname of another locale stops at ``Zipf.WORD``: ``Hearty``), and WordNet's people of one word
    (``stalin``, ``mitterrand``: however common, such a word names a person)."""
    census = census_surnames()
    other_locales = _uncommon(_faker_names("last_names", "last_romanized_names") - census, Zipf.WORD)
    return census | wordnet_surnames() | other_locales
