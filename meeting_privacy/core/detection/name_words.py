"""Whether a word may stand in a person's name: one table of rules, one row per kind of evidence.

Every recognizer that asks "could this word be (part of) a name?" asks one
row of :data:`RULES`, so that the case rules, minimum lengths, exclusion
lists and rarity levels behind each answer can be read side by side (and
are tested side by side, in ``tests/core/detection/test_name_words.py``).
A rule reads a word in this order:

1. the word as written must have the rule's :class:`Case`;
2. its bare form (lower case, no possessive ``'s``, no closing ``.``) must
   be at least ``min_length`` letters (and letters only, if ``letters_only``);
3. in a list of ``overrides`` it passes at once (``May and Ines``: listed
   with a person, even an everyday given name is one);
4. in a list of ``excluded`` it fails (stop words, roles, wake words);
5. at least as common in English as ``common`` it fails (in lower case,
   ``said`` after ``priya raman`` is no surname);
6. in a list of ``accepted`` it passes;
7. rarer in English than ``rarer_than`` it passes (a word of no list that
   English hardly uses: ``Tzigane``), if at least ``rare_from_length`` letters.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS

from .fastpath import FILLERS
from .lexicon import (
    AMBIGUOUS_GIVEN_NAMES,
    ASSISTANTS,
    COMPOUND_WORDS,
    ENGLISH_WORDS,
    NOT_NAME_WORDS,
    PRODUCT_NOUNS,
    ROLE_WORDS,
    Zipf,
    capitalised_only_names,
    census_given_names,
    census_surnames,
    frequent_surnames,
    given_names,
    is_english_word,
    surnames,
    wordnet_surnames,
)

__all__ = ["RULES", "Case", "Listed", "NameWordRule", "bare", "is_everyday_word"]

_POSSESSIVE = re.compile(r"['’]s?$", re.IGNORECASE)


#: The apostrophe of ``O'Neill``, ``D'Angelo``: the name lists spell them ``oneill``, ``dangelo``.
_NAME_PREFIX = re.compile(r"^([od])['’](?=[^\W\d_]{2})", re.IGNORECASE)


def bare(word: str) -> str:
    """``Amy's`` -> ``amy``; ``J.`` -> ``j``; ``O'Neill`` -> ``oneill``, as the name lists write it."""
    return _NAME_PREFIX.sub(r"\1", _POSSESSIVE.sub("", word).rstrip(".")).lower()


class Case(enum.Enum):
    """How a word must be written for a rule to read it."""

    ANY = "any"
    #: First letter upper case; all capitals too (``POULSEN`` after ``Anna``).
    UPPER_FIRST = "upper_first"
    #: First letter upper case, and not a word in capitals (``Sofia``, not ``ASAP``).
    CAPITALISED = "capitalised"
    LOWER = "lower"

    def allows(self, word: str) -> bool:
        if self is Case.ANY:
            return True
        if self is Case.LOWER:
            return word.islower()
        upper_first = word[:1].isupper()
        return upper_first if self is Case.UPPER_FIRST else upper_first and not (word.isupper() and len(word) > 1)


class Listed(enum.Enum):
    """The lists a word may be found in; ``test(word, bare, known_words)``."""

    #: Any given name of our lists, everyday words too (``grace``, ``may``).
    ANY_GIVEN = "any_given"
    #: A given name that is no everyday word (not ``lexicon.AMBIGUOUS_GIVEN_NAMES``).
    GIVEN = "given"
    #: ...and, written in lower case, not a name of another locale that is then as likely a word (``saga``).
    GIVEN_AS_WRITTEN = "given_as_written"
    SURNAME = "surname"
    CENSUS_SURNAME = "census_surname"
    #: One of the most frequent census surnames (``jones``, ``baker``).
    FREQUENT_SURNAME = "frequent_surname"
    #: A given name that is a name first: a census one (an everyday one only capitalised: ``Jasmine``,
    #: not ``jasmine``), or another locale's that no dictionary lists (``Priya``; not ``Canyon``).
    NAME_FIRST_GIVEN = "name_first_given"
    #: A surname English hardly uses as a word (below ``Zipf.WORD``: ``molnar``, ``svoboda``) and no dictionary
    #: lists (not ``bramble``).
    RARE_SURNAME = "rare_surname"
    #: One letter: an initial.
    INITIAL = "initial"
    #: One of the most frequent census surnames that is rarer than an everyday word (``cox``; not ``rose``).
    FREQUENT_RARE_WORD = "frequent_rare_word"
    #: A person of WordNet's, one word, that no dictionary lists otherwise (``stalin``, ``mitterrand``).
    WORDNET_PERSON = "wordnet_person"
    #: Letters that no dictionary lists, nor as a compound (``obama``; not ``okay``, ``dropbox``).
    UNLISTED_WORD = "unlisted_word"
    #: A word English hardly uses (below ``Zipf.WORD``) that is no compound of two (``lauristin``, ``tusk``;
    #: not ``failover``).
    RARE_SIMPLE_WORD = "rare_simple_word"
    #: A word the NER model's vocabulary has never seen (``known_words`` of the caller).
    UNSEEN = "unseen"
    #: ...that no dictionary lists either (a compound may be a name: ``bongani``; not ``portal``).
    UNSEEN_NON_WORD = "unseen_non_word"
    #: Any word that got this far.
    ANY = "any"

    def test(self, word: str, bare_word: str, known_words: Collection[str]) -> bool:
        return _LISTED[self](word, bare_word, known_words)


def _unseen(bare_word: str, known_words: Collection[str]) -> bool:
    if not known_words or bare_word in known_words:
        return False
    if "-" in bare_word:  # "off-site", "follow-up": seen, if every part is (the vocabulary holds no hyphens)
        return any(_unseen(part, known_words) for part in bare_word.split("-") if part)
    return not (bare_word.endswith("s") and bare_word[:-1] in known_words)


def _name_first_given(word: str, bare_word: str) -> bool:
    if bare_word in census_given_names():
        return word[:1].isupper() or bare_word not in AMBIGUOUS_GIVEN_NAMES
    return bare_word in given_names() and bare_word not in ENGLISH_WORDS


def _rare_surname(bare_word: str) -> bool:
    return bare_word in surnames() and not is_english_word(bare_word, Zipf.WORD) and bare_word not in ENGLISH_WORDS


def _given(bare_word: str) -> bool:
    return bare_word in given_names() and bare_word not in AMBIGUOUS_GIVEN_NAMES


_LISTED: dict[Listed, Callable[[str, str, Collection[str]], bool]] = {
    Listed.ANY_GIVEN: lambda w, b, k: b in given_names(),
    Listed.GIVEN: lambda w, b, k: _given(b),
    Listed.GIVEN_AS_WRITTEN: lambda w, b, k: _given(b) and not (w.islower() and b in capitalised_only_names()),
    Listed.SURNAME: lambda w, b, k: b in surnames(),
    Listed.CENSUS_SURNAME: lambda w, b, k: b in census_surnames(),
    Listed.FREQUENT_SURNAME: lambda w, b, k: b in frequent_surnames(),
    Listed.NAME_FIRST_GIVEN: lambda w, b, k: _name_first_given(w, b),
    Listed.RARE_SURNAME: lambda w, b, k: _rare_surname(b),
    Listed.INITIAL: lambda w, b, k: len(b) == 1,
    Listed.WORDNET_PERSON: lambda w, b, k: b in wordnet_surnames(),
    Listed.FREQUENT_RARE_WORD: lambda w, b, k: b in frequent_surnames() and not is_english_word(b, Zipf.EVERYDAY),
    Listed.UNLISTED_WORD: lambda w, b, k: b.isalpha() and b not in ENGLISH_WORDS and b not in COMPOUND_WORDS,
    Listed.RARE_SIMPLE_WORD: lambda w, b, k: b not in COMPOUND_WORDS and not is_english_word(b),
    Listed.UNSEEN: lambda w, b, k: _unseen(b, k),
    Listed.UNSEEN_NON_WORD: lambda w, b, k: _unseen(b, k) and b not in ENGLISH_WORDS,
    Listed.ANY: lambda w, b, k: True,
}


#: Words longer than this are not cached (a hostile text's words would fill memory); nor more answers than this.
_CACHED_LENGTH, _CACHE_SIZE = 40, 100_000


@dataclass(frozen=True)
class NameWordRule:
    """When a word may stand in a name, for one kind of evidence (see the module docstring)."""

    evidence: str
    case: Case = Case.ANY
    min_length: int = 1
    letters_only: bool = False
    overrides: tuple[Listed, ...] = ()
    excluded: tuple[Collection[str], ...] = ()
    common: float | None = None
    accepted: tuple[Listed, ...] = ()
    rarer_than: float | None = None
    rare_from_length: int = 1
    #: Answers by (word, vocabulary): a meeting says the same words again and again.
    _answers: dict[tuple[str, frozenset[str]], bool] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    def __call__(self, word: str, known_words: Collection[str] = frozenset()) -> bool:
        """Whether ``word`` passes this rule."""
        if len(word) > _CACHED_LENGTH or not isinstance(known_words, frozenset):
            return self._passes(word, known_words)
        key = (word, known_words)
        answer = self._answers.get(key)
        if answer is None:
            if len(self._answers) >= _CACHE_SIZE:
                self._answers.clear()
            answer = self._answers[key] = self._passes(word, known_words)
        return answer

    def _passes(self, word: str, known_words: Collection[str]) -> bool:
        b = bare(word)
        if not self.case.allows(word) or len(b) < self.min_length:
            return False
        if self.letters_only and not b.replace("-", "").isalpha():
            return False
        if any(listed.test(word, b, known_words) for listed in self.overrides):
            return True
        if any(b in words for words in self.excluded):
            return False
        if self.common is not None and is_english_word(b, self.common):
            return False
        if any(listed.test(word, b, known_words) for listed in self.accepted):
            return True
        return (
            self.rarer_than is not None and len(b) >= self.rare_from_length and not is_english_word(b, self.rarer_than)
        )


_CUE_EXCLUDED = (STOP_WORDS, NOT_NAME_WORDS, ROLE_WORDS, ASSISTANTS)

#: The name-word rules, by the evidence each stands for.
RULES: dict[str, NameWordRule] = {
    "given_name": NameWordRule(
        "a given name of our lists that is no everyday word: alone, it is a name",
        min_length=3,
        excluded=(STOP_WORDS, ASSISTANTS),
        accepted=(Listed.GIVEN_AS_WRITTEN,),
    ),
    "any_given_name": NameWordRule(
        "any given name of our lists, everyday words too: a name only with more evidence (a surname, a cue)",
        min_length=3,
        excluded=(STOP_WORDS, ASSISTANTS),
        accepted=(Listed.ANY_GIVEN,),
    ),
    "surname_capitalised": NameWordRule(
        "a capitalised word after a given name, in text with capitals",
        case=Case.UPPER_FIRST,
        min_length=2,
        excluded=(STOP_WORDS, NOT_NAME_WORDS),
        accepted=(Listed.ANY,),
    ),
    "surname_lower": NameWordRule(
        "a lower-case word after a lower-case given name: a listed surname or given name, no common word,"
        " or a word of no list that English hardly uses and that is no compound (``marju lauristin``; not"
        " ``aurora failover``, nor a filler: ``priya um can you``)",
        case=Case.LOWER,
        min_length=2,
        excluded=(STOP_WORDS, NOT_NAME_WORDS, PRODUCT_NOUNS, FILLERS),
        common=Zipf.COMMON,
        accepted=(Listed.SURNAME, Listed.GIVEN, Listed.RARE_SIMPLE_WORD),
    ),
    "listed_with_person": NameWordRule(
        "a capitalised word listed with a person (``Eklund, Michael and Hodge``)",
        case=Case.CAPITALISED,
        min_length=3,
        overrides=(Listed.ANY_GIVEN,),
        excluded=(STOP_WORDS, NOT_NAME_WORDS),
        accepted=(Listed.SURNAME,),
        rarer_than=Zipf.WORD,
    ),
    "listed_with_person_lower": NameWordRule(
        "a lower-case word listed with a person (``kohl and mitterrand``): listed or rare, and no dictionary word",
        case=Case.LOWER,
        min_length=3,
        excluded=(STOP_WORDS, NOT_NAME_WORDS, ROLE_WORDS, ENGLISH_WORDS, COMPOUND_WORDS),
        accepted=(Listed.ANY_GIVEN, Listed.SURNAME),
        rarer_than=Zipf.WORD,
    ),
    "listed_with_name_lower": NameWordRule(
        "a lower-case name that is also a word, listed with a name that is none (``blair and brown``)",
        case=Case.LOWER,
        min_length=3,
        excluded=(STOP_WORDS, NOT_NAME_WORDS, ROLE_WORDS, COMPOUND_WORDS),
        accepted=(Listed.ANY_GIVEN, Listed.CENSUS_SURNAME),
    ),
    "shape_part": NameWordRule(
        "a word of a run of capitalised words that may be a name of no list",
        excluded=(STOP_WORDS, NOT_NAME_WORDS, AMBIGUOUS_GIVEN_NAMES),
        accepted=(Listed.ANY_GIVEN, Listed.SURNAME),
        rarer_than=Zipf.RARE,
        rare_from_length=3,
    ),
    "shape_rare": NameWordRule(
        "a word English hardly uses and no dictionary lists: what makes a capitalised run,"
        " or a word before ``said``, a name (``Lantos``, not ``Quasar``)",
        min_length=3,
        excluded=(STOP_WORDS, ENGLISH_WORDS),
        rarer_than=Zipf.RARE,
    ),
    "speaker_label": NameWordRule(
        "a word of a line's label (``Priya R:``): an initial, a given name or a word English hardly uses",
        case=Case.CAPITALISED,
        excluded=(STOP_WORDS,),
        accepted=(Listed.INITIAL, Listed.ANY_GIVEN),
        rarer_than=Zipf.WORD,
    ),
    "cue_capitalised": NameWordRule(
        "a capitalised word after a person cue (``ask Marguerite Okonkwo``), in text with capitals",
        case=Case.CAPITALISED,
        min_length=2,
        letters_only=True,
        excluded=_CUE_EXCLUDED,
        accepted=(Listed.ANY,),
    ),
    "addressed_capitalised": NameWordRule(
        "a capitalised word that opens a turn to address someone (``Seun, can you``): a given name, a surname"
        " or a word English hardly uses (not ``Sorry, can you``)",
        case=Case.CAPITALISED,
        min_length=2,
        letters_only=True,
        excluded=_CUE_EXCLUDED,
        accepted=(Listed.ANY_GIVEN, Listed.SURNAME),
        rarer_than=Zipf.WORD,
    ),
    "addressed_lower": NameWordRule(
        "a lower-case word that opens a turn to address someone (``aga can you``, ``paddy uh you said``): a given"
        " name, a word the model never saw or one English uses less than every day (not ``sorry``, ``erm can you``)",
        case=Case.LOWER,
        min_length=2,
        letters_only=True,
        excluded=(*_CUE_EXCLUDED, FILLERS),
        accepted=(Listed.ANY_GIVEN, Listed.UNSEEN),
        rarer_than=Zipf.EVERYDAY,
        rare_from_length=3,
    ),
    "subject_lower": NameWordRule(
        "a lower-case word that what follows tells is a name (``orban said``, ``the lange report``): no dictionary"
        " word, an unambiguous given name or a person WordNet knows",
        case=Case.LOWER,
        min_length=3,
        letters_only=True,
        excluded=_CUE_EXCLUDED,
        accepted=(Listed.GIVEN, Listed.UNLISTED_WORD, Listed.WORDNET_PERSON),
    ),
    "cue_lower_first": NameWordRule(
        "the first lower-case word after a person cue: a given name, or a word the model never saw",
        case=Case.LOWER,
        min_length=2,
        letters_only=True,
        excluded=_CUE_EXCLUDED,
        accepted=(Listed.ANY_GIVEN, Listed.UNSEEN),
    ),
    "after_title_lower": NameWordRule(
        "a lower-case word after a title or office (``mr lavrov``, ``president obama``): no everyday word",
        case=Case.LOWER,
        min_length=2,
        letters_only=True,
        excluded=_CUE_EXCLUDED,
        common=Zipf.COMMON,
        accepted=(Listed.ANY_GIVEN, Listed.SURNAME, Listed.UNSEEN, Listed.UNLISTED_WORD),
        rarer_than=Zipf.EVERYDAY,
    ),
    "after_role_lower": NameWordRule(
        "a lower-case word after a person's role (``the customer bongani``): a given name or no dictionary word"
        " (not ``the customer portal``)",
        case=Case.LOWER,
        min_length=2,
        letters_only=True,
        excluded=_CUE_EXCLUDED,
        accepted=(Listed.ANY_GIVEN, Listed.UNLISTED_WORD, Listed.UNSEEN_NON_WORD),
    ),
    "cue_lower_next": NameWordRule(
        "a later lower-case word after a person cue: a surname too, if no common word nor a filler (not"
        " ``start``, ``um``)",
        case=Case.LOWER,
        min_length=2,
        letters_only=True,
        excluded=(*_CUE_EXCLUDED, FILLERS),
        common=Zipf.COMMON,
        accepted=(Listed.ANY_GIVEN, Listed.SURNAME, Listed.UNSEEN),
    ),
    "repeatable": NameWordRule(
        "a word of a strongly found name that is distinctive enough to redact over the meeting",
        min_length=3,
        excluded=(STOP_WORDS, AMBIGUOUS_GIVEN_NAMES),
        accepted=(Listed.ANY_GIVEN, Listed.SURNAME),
        rarer_than=Zipf.UNLISTED_NAME,
    ),
    "may_name_someone": NameWordRule(
        "a word that may name someone, so no vocabulary allows it: a given name or a word English hardly uses",
        excluded=(STOP_WORDS, ASSISTANTS),
        accepted=(Listed.GIVEN_AS_WRITTEN,),
        rarer_than=Zipf.WORD,
    ),
    "uncommon_surname": NameWordRule(
        "a census surname rarer than an everyday word and no dictionary word (``pitt``, not ``rose``, ``otter``),"
        " a frequent one even so (``cox``), or a person WordNet knows (``stalin``)",
        overrides=(Listed.WORDNET_PERSON, Listed.FREQUENT_RARE_WORD),
        excluded=(ENGLISH_WORDS,),
        common=Zipf.EVERYDAY,
        accepted=(Listed.CENSUS_SURNAME,),
    ),
    "model_person_word": NameWordRule(
        "what a span the model alone called a person needs one of: a given name (an everyday one capitalised),"
        " a frequent surname, a surname"
        " English hardly uses, or a word of no dictionary that is listed or rarer than an everyday word"
        " nor a compound of two (``Bronze Walrus``, ``Dropbox`` have none; WordNet lists ``molnar`` too)",
        overrides=(Listed.NAME_FIRST_GIVEN, Listed.FREQUENT_SURNAME, Listed.RARE_SURNAME),
        excluded=(STOP_WORDS, ENGLISH_WORDS, COMPOUND_WORDS),
        accepted=(Listed.ANY_GIVEN, Listed.SURNAME),
        rarer_than=Zipf.EVERYDAY,
    ),
}


def is_everyday_word(word: str) -> bool:
    """A word English uses once per million words or more that is neither a given name nor an uncommon surname."""
    return is_english_word(bare(word)) and not (RULES["given_name"](word) or RULES["uncommon_surname"](word))
