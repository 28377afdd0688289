"""Person names from gazetteers: the US Census lists and Faker's names of 80+ locales.

The small spaCy model misses many names, or tags them as organisations or
places. The US Census Bureau's 1990 frequency lists of given names and
surnames (public domain; shipped by the ``names`` package, MIT) tell that a
word is a name; Faker's person providers (MIT) add the given names and
surnames of its other locales (``Virpi``, ``Halldór``, ``Luiza``), so that
meetings are not only safe for American names. Names that are also everyday
English words (``grace``, ``will``, ``hunter``) are *ambiguous* and need more
evidence: a surname after them, or the roster. For the census lists the
ambiguous names are listed below; for the other locales a name is ambiguous
when it is a common English word by wordfreq (``Else``, ``Ari``).

Three uses:

* :func:`retype_entities`: an ``ORG``/``GPE``/``LOC``/... span whose words
  are a given name (and surnames or initials) becomes ``PERSON``;
* :class:`GazetteerNameRecognizer`: a given name followed by a surname
  (``Sofia Lima``, ``bob smith``), or an unambiguous given name alone
  (``Derek``, ``amy``).
"""

from __future__ import annotations

import importlib
import importlib.resources
import pkgutil
import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span
from wordfreq import zipf_frequency

from .base import LocalRecognizer
from .evidence import CUE, WORD_LIST
from .lexicon import (
    AMBIGUOUS_GIVEN_NAMES,
    ASSISTANTS,
    CALENDAR_WORDS,
    COMMON_WORD_NAMES,
    NOT_NAME_WORDS,
    ROLE_WORDS,
    Zipf,
)
from .roster import listed_with

__all__ = [
    "AMBIGUOUS_GIVEN_NAMES",
    "NOT_NAME_WORDS",
    "GazetteerNameRecognizer",
    "PersonCueRecognizer",
    "given_names",
    "is_lower_case_text",
    "known_words",
    "is_english_word",
    "is_everyday_pair",
    "is_everyday_word",
    "is_everyday_phrase",
    "is_given_name",
    "looks_like_person",
    "retype_entities",
    "census_surnames",
    "surnames",
]

#: Surnames by census rank kept (of 88,799; rank 50,000 still covers 1 in 100,000 people).
_SURNAME_RANK = 50_000
#: Where names of other locales stop counting (see ``lexicon.Zipf``): frequent
#: names are frequent in English text too (``Magnus`` 3.4), so given names go up
#: to EVERYDAY; between WORD and EVERYDAY (``Saga``, ``Handy``) they count only
#: when capitalised. A surname stops at WORD (``Hearty``, ``Rails``).
_GIVEN_NAME_ZIPF = Zipf.EVERYDAY
_SURNAME_ZIPF = Zipf.WORD
_LOWER_SURNAME_ZIPF = Zipf.COMMON
_EVERYDAY_ZIPF = Zipf.EVERYDAY

_RETYPE_LABELS = frozenset(("ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE"))
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_LETTERS = re.compile(r"[^\W\d_]+")
_POSSESSIVE = re.compile(r"['’]s?$", re.IGNORECASE)
_INITIAL = re.compile(r"[A-Z]\.?")


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
                    found.update(v.lower() for v in values if isinstance(v, str) and _WORD.fullmatch(v))
    return found


@lru_cache(maxsize=1 << 16)
def is_english_word(word: str, zipf: float = _SURNAME_ZIPF) -> bool:
    """Whether a lower-case word is common in English (by default once per million words or more)."""
    return zipf_frequency(word, "en") >= zipf


@cache
def _census_given_names() -> frozenset[str]:
    return frozenset(_census("dist.male.first") + _census("dist.female.first"))


def _uncommon(names: set[str], zipf: float) -> frozenset[str]:
    return frozenset(n for n in names if len(n) > 2 and not is_english_word(n, zipf))


@cache
def given_names() -> frozenset[str]:
    """Lower-case given names: census 1990 (male and female), and those of
    Faker's locales that are not everyday English words."""
    census = _census_given_names()
    others = _faker_names("first_names", "first_romanized_names")
    return census | _uncommon(others - census, _GIVEN_NAME_ZIPF)


@cache
def _capitalised_only_names() -> frozenset[str]:
    """Given names of other locales that, in lower case, are as likely English words."""
    return frozenset(n for n in given_names() - _census_given_names() if is_english_word(n, _SURNAME_ZIPF))


@cache
def census_surnames() -> frozenset[str]:
    """Lower-case census 1990 surnames, the most frequent ``_SURNAME_RANK``."""
    return frozenset(_census("dist.all.last", _SURNAME_RANK))


@cache
def surnames() -> frozenset[str]:
    """Lower-case surnames: the census ones, and those of Faker's locales that
    are not common English words."""
    census = census_surnames()
    others = _faker_names("last_names", "last_romanized_names")
    return census | _uncommon(others - census, _SURNAME_ZIPF)


def is_everyday_phrase(span: str) -> bool:
    """Only everyday English words, none a name of our lists: ``Discipline``, ``sunday``, ``song info``.

    The small model calls such words persons now and then; a person's name
    it alone found is kept only with a word that can be a name.
    """
    words = [w.lower() for w in _LETTERS.findall(span)]
    if len(words) == 1 and words[0] in CALENDAR_WORDS and words[0] not in COMMON_WORD_NAMES:
        return True  # "goes live in September" (but "June said" may be June)
    return bool(words) and all(
        is_english_word(w, _EVERYDAY_ZIPF) and w not in given_names() and w not in surnames() for w in words
    )


def is_everyday_pair(span: str) -> bool:
    """Lower-case everyday words, two or more, none a given name: ``golden harbor``, ``summit rollout``.

    A project code name as often as a person: such a span needs a cue of its
    own (``evidence.OWN_CUES``). A word is everyday at once per million
    words (Zipf 3), unless it is a census surname rarer than an everyday
    word (``brad pitt`` stays a name).
    """
    words = _LETTERS.findall(span)
    return len(words) >= 2 and span.islower() and all(is_everyday_word(w) for w in words)


def is_everyday_word(word: str) -> bool:
    """A lower-case word English uses once per million words or more, and no name first."""
    if is_given_name(word) or not is_english_word(word, _SURNAME_ZIPF):
        return False
    return word not in census_surnames() or is_english_word(word, _EVERYDAY_ZIPF)


def _bare(word: str) -> str:
    return _POSSESSIVE.sub("", word).lower()


def is_given_name(word: str, ambiguous: bool = False) -> bool:
    """Whether ``word`` (a possessive allowed) is a given name of our lists.

    Names that are also everyday words (or, in lower case, could be) count only with ``ambiguous=True``.
    """
    bare = _bare(word)
    if len(bare) < 3 or bare in STOP_WORDS or bare in ASSISTANTS or bare not in given_names():
        return False
    if word.islower() and bare in _capitalised_only_names():
        return ambiguous
    return ambiguous or bare not in AMBIGUOUS_GIVEN_NAMES


def _is_surname_like(word: str, capitalised: bool) -> bool:
    """A word that can follow a given name as a surname."""
    bare = _bare(word)
    if len(bare) < 2 or bare in STOP_WORDS or bare in NOT_NAME_WORDS:
        return False
    if capitalised:
        return word[:1].isupper()
    if is_english_word(bare, _LOWER_SURNAME_ZIPF):
        return False  # "priya raman said": Said is a surname, but not in lower case
    return bare in surnames() or (bare in given_names() and bare not in AMBIGUOUS_GIVEN_NAMES)


def looks_like_person(words: Sequence[str]) -> bool:
    """``Sofia Lima``, ``Ryan P Costa``, ``Derek``: a given name, then initials or surnames."""
    words = [w for w in words if w]
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    if any(_bare(w) in NOT_NAME_WORDS for w in words):
        return False
    rest = [w for w in words[1:] if not _INITIAL.fullmatch(w)]
    if not rest:
        return len(words) == 1 and is_given_name(words[0])
    if not is_given_name(words[0], ambiguous=True):
        return False
    if not is_given_name(words[0]) and _bare(rest[0]) not in census_surnames():
        return False  # "Grace Church", "Wells Fargo": an ambiguous given name wants a common surname
    return all(_is_surname_like(w, capitalised=True) for w in rest)


def retype_entities(doc: Doc) -> list[Span]:
    """``doc.ents``, with organisation and place spans that are person names relabelled ``PERSON``."""
    entities = []
    for ent in doc.ents:
        if ent.label_ in _RETYPE_LABELS and looks_like_person(_WORD.findall(ent.text)):
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        entities.append(ent)
    return entities


class GazetteerNameRecognizer(LocalRecognizer):
    """Person names the NER model missed, from the census name lists.

    A given name followed by a surname (``Sofia Lima``, ``Ryan P Costa``,
    ``bob smith``) scores 0.75; an unambiguous given name alone (``Derek``,
    ``has amy sent``) 0.6. Ambiguous given names (``Will``, ``grace``) alone
    are left to the roster.
    """

    def __init__(self, supported_language: str = "en") -> None:
        given_names(), surnames()  # load once, at build time
        super().__init__(["PERSON"], supported_language)

    def analyze(
        self, text: str, entities: Sequence[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Census names in ``text``."""
        if "PERSON" not in entities or not text:
            return []
        found = list(find_names(text))
        persons = found + [(e.start_char, e.end_char, 0.0) for e in _person_entities(nlp_artifacts)]
        found += _possessives(text) + _coordinated(text, persons)
        return [self.result("PERSON", start, end, score, WORD_LIST) for start, end, score in found]


def find_names(text: str) -> Iterable[tuple[int, int, float]]:
    """(start, end, score) of census names in ``text``."""
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words):
        word = words[i].group(0)
        capitalised = word[:1].isupper() and not (word.isupper() and len(word) > 1)
        if word[:1].isupper() != capitalised or not is_given_name(word, ambiguous=True):
            i += 1
            continue
        end_index = i
        j = i + 1
        while j < len(words) and j - i <= 3 and _single_space(text, words[j - 1].end(), words[j].start()):
            nxt = words[j].group(0)
            if capitalised and _INITIAL.fullmatch(nxt) and j + 1 < len(words):
                j += 1
                continue
            if _bare(words[j - 1].group(0)) != words[j - 1].group(0).lower():
                break  # a possessive ends the name
            if _is_surname_like(nxt, capitalised) and (capitalised or nxt.islower()):
                end_index = j
                j += 1
                continue
            break
        ambiguous = not is_given_name(word)
        if end_index > i:
            surname = _bare(words[i + 1].group(0)) if not _INITIAL.fullmatch(words[i + 1].group(0)) else ""
            # An ambiguous given name wants a census surname: capitalised ("Grace Kelly"),
            # or in lower case one that is no everyday word ("brad pitt", not "grace period";
            # not after a word that is a name only when capitalised: "handy telly").
            lower_case_name = _bare(word) not in _capitalised_only_names() and not is_english_word(
                surname, _EVERYDAY_ZIPF
            )
            if not ambiguous or (surname in census_surnames() and (capitalised or lower_case_name)):
                yield words[i].start(), _name_end(words[end_index]), 0.75
                i = end_index + 1
                continue
        if not ambiguous:
            yield words[i].start(), _name_end(words[i]), 0.6
        i += 1


_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|these|those|my|your|our|their|his|her|its|every|each)\s+$", re.I
)
_POSSESSIVE_NAME = re.compile(r"(?<![\w'’])([A-Za-z][a-z]+)['’]s\s+(?=[a-z])")
_CAPITALISED_WORD = re.compile(r"(?<![\w'’-])([^\W\d_]{2,})(?![\w'’-])")


def _person_entities(nlp_artifacts: NlpArtifacts | None) -> list[Span]:
    if nlp_artifacts is None or not nlp_artifacts.entities:
        return []
    return [e for e in nlp_artifacts.entities if e.label_ == "PERSON" and not is_everyday_phrase(e.text)]


def _possessives(text: str) -> list[tuple[int, int, float]]:
    """``did you see bill's notes``: a given name owning something, even an ambiguous one."""
    found = []
    for m in _POSSESSIVE_NAME.finditer(text):
        word = m.group(1).lower()
        if word in CALENDAR_WORDS:
            continue  # "May's numbers look better than April's"
        if word in given_names() and len(word) >= 3 and not _DETERMINER_BEFORE.search(text[: m.start()]):
            found.append((m.start(1), m.end(1), 0.6))
    return found


def _coordinated(text: str, persons: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """``May and Ines Lindqvist``, ``founders: Eklund, Michael and Hodge``: a
    capitalised name word listed with a person (a given name, even an
    ambiguous one, a surname, or a word English hardly uses)."""
    spans = [(s, e) for s, e, _ in persons]
    candidates = [m for m in _CAPITALISED_WORD.finditer(text) if _may_be_listed_name(m.group(1))]
    found: list[tuple[int, int, float]] = []
    while candidates:  # a list spreads from the person it holds, one neighbour at a time
        listed = [m for m in candidates if listed_with(text, m.start(), m.end(), spans)]
        if not listed:
            break
        for m in listed:
            found.append((m.start(), m.end(), 0.65))
            spans.append((m.start(), m.end()))
        candidates = [m for m in candidates if m not in listed]
    return found


def _may_be_listed_name(word: str) -> bool:
    bare = word.lower()
    if not word[:1].isupper() or len(bare) < 3 or (word.isupper() and len(word) > 1):
        return False
    if bare in given_names():
        return True  # "May and Ines Lindqvist": the list makes even an everyday word a name
    if bare in STOP_WORDS or bare in NOT_NAME_WORDS:
        return False
    return bare in surnames() or not is_english_word(bare)


def _single_space(text: str, end: int, start: int) -> bool:
    return text[end:start] in (" ", ". ")


def _name_end(match: re.Match[str]) -> int:
    possessive = _POSSESSIVE.search(match.group(0))
    return match.end() - (len(possessive.group(0)) if possessive else 0)


# --- names after person cues -------------------------------------------------

# Longer cues first: the alternation takes the first that matches ("email to", not "email").
_PERSON_CUE = re.compile(
    r"\b(?:"
    r"(?:e-?mails?|mails?|messages?|texts?|notes?|calls?|invites?|invitations?|replies|reply|word|news|update)"
    r"\s+(?:from|to)"
    r"|(?:send|sent|forward(?:ed)?|pass(?:ed)?|give|gave)(?:\s+(?:it|this|that|them|these|those|(?:the|a|an)\s+\w+))?\s+to"
    r"|(?:reply|replied|respond(?:ed)?|write|wrote|talk(?:ed|ing)?|spoke|speak(?:ing)?|chat(?:ted)?|"
    r"check(?:ed)?|sync(?:ed)?|meet(?:ing|ings)?|met|lunch|dinner|coffee|appointment|call|"
    r"(?:catch(?:ing)?|caught|follow(?:ed|ing)?)\s+up)\s+(?:to|with)"
    r"|(?:hear|heard)(?:\s+back)?\s+from"
    r"|(?:e-?mail(?:ed|ing)?|mail(?:ed)?|message[ds]?|text(?:ed)?|call(?:ed|ing)?|ring|ping(?:ed)?|phoned|"
    r"invite[ds]?|remind(?:ed)?|ask(?:ed|ing)?|tell|told|b?cc|contact(?:ed)?|thank(?:ed)?|loop(?:ed)?\s+in)"
    r")\s+(?:(?:my|our|your)\s+(?:friend|colleague|coworker|boss|manager|cousin|uncle|aunt|brother|sister|"
    r"neighbou?r|client|contact|partner)\s+)?",
    re.IGNORECASE,
)
_TITLE = re.compile(r"\b(?:(?i:mr|mrs|ms|dr)|Miss|Prof|Professor)\.?\s+(?=[^\W\d_])")


def is_lower_case_text(text: str) -> bool:
    """No capitalised word past the first, ``I`` aside: capitals say nothing about names here."""
    return not any(m.start() > 0 for m in re.finditer(r"\b[A-Z]", text) if not _is_pronoun_i(text, m.start()))


def _is_pronoun_i(text: str, start: int) -> bool:
    return re.match(r"I(?:['’](?:m|ll|ve|d))?\b", text[start:]) is not None


class PersonCueRecognizer(LocalRecognizer):
    """A name after a cue that wants a person: ``ask Marguerite Okonkwo``, ``email to rohit``, ``dr smith``.

    After ``email``, ``meeting with``, ``reply to``, ``heard from`` ... (and
    after a title such as ``Dr``), the next words are a person when none is
    a stop word, a role or group (``my boss``, ``Legal``) or an organisation
    the NER found. In text with capitals they must be capitalised. In
    lower-case text (some speech-to-text) each must be a census name or a
    word the NER model's vocabulary has never seen (``known_words``). An
    ambiguous given name (``bob``, ``ray``) counts: the cue supplies the
    missing evidence.

    Args:
        known_words: lower-case words of the language (the spaCy model's
            vocabulary); empty to accept census names only.
    """

    def __init__(self, known_words: frozenset[str] = frozenset(), supported_language: str = "en") -> None:
        given_names(), surnames()
        self._known = known_words
        super().__init__(["PERSON"], supported_language)

    def analyze(
        self, text: str, entities: Sequence[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Names after person cues."""
        if "PERSON" not in entities or not text:
            return []
        lower = is_lower_case_text(text)
        orgs = [
            (e.start_char, e.end_char)
            for e in (nlp_artifacts.entities if nlp_artifacts is not None and nlp_artifacts.entities else [])
            if e.label_ == "ORG"
        ]
        found = []
        for cue in list(_PERSON_CUE.finditer(text)) + list(_TITLE.finditer(text)):
            titled = cue.re is _TITLE
            end = self._name_end(text, cue.end(), lower, titled)
            if end is None:
                continue
            span = text[cue.end() : end]
            in_org = any(s <= cue.end() < e for s, e in orgs)
            if in_org and not titled and not any(w.lower() in given_names() for w in _WORD.findall(span)):
                continue  # "meeting with Acme Labs": the NER says organisation
            found.append((cue.start() if titled else cue.end(), end, 0.65))
        return [self.result("PERSON", start, end, score, CUE) for start, end, score in found]

    def _name_end(self, text: str, start: int, lower: bool, titled: bool) -> int | None:
        """End of the name words starting at ``start``, or None."""
        end = None
        pos = start
        for index in range(3):
            m = _WORD.match(text, pos)
            if m is None:
                break
            word = m.group(0)
            if not self._is_name_word(word, lower, first=index == 0 and not titled):
                break
            end = _name_end(m)
            if end < m.end():
                break  # a possessive ends the name
            gap = re.match(r" (?:[A-Za-z]\.? )?", text[m.end() :])  # one space, or a middle initial
            if gap is None:
                break
            pos = m.end() + gap.end()
        return end

    def _is_name_word(self, word: str, lower: bool, first: bool) -> bool:
        bare = _bare(word)
        if len(bare) < 2 or not bare.replace("-", "").isalpha():
            return False  # "haven't"
        if bare in STOP_WORDS or bare in NOT_NAME_WORDS or bare in ROLE_WORDS or bare in ASSISTANTS:
            return False
        if not lower and not (word[:1].isupper() and not (word.isupper() and len(word) > 1)):
            return False
        if lower and not word.islower():
            return False
        if not lower or bare in given_names() or (not first and bare in surnames()):
            return True  # with capitals in the text, a capitalised word after a cue is the evidence
        return bool(self._known) and bare not in self._known and not (bare.endswith("s") and bare[:-1] in self._known)


def known_words(nlp: object) -> frozenset[str]:
    """Lower-case words of a freshly loaded spaCy model's vocabulary.

    Call before the model processes any text: processing adds every new
    word to the string store.
    """
    strings = nlp.vocab.strings  # type: ignore[attr-defined]
    return frozenset(s for s in strings if s.isalpha() and s.islower())
