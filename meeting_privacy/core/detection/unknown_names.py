"""Names in no list that the model missed: told by their shape and what follows.

The small spaCy model knows few names from outside the English-speaking
world, and no list holds every name. Two shapes still tell a person:

* two or three capitalised words in a row, each a name of our lists or a
  word English hardly uses (``Tzigane Lantos``, ``Irenke Sörös``), with
  initials allowed (``Mijail C Adomo``);
* one such word, or a surname of our lists, not after a determiner, right
  before what people do (``Oluwaseun said``, ``Shovda is very reliable``,
  ``like Donaldson said``; not ``the Finch said nothing``), and a name
  listed with it (``Bouvier and Chand tabled the amendment``).

Lower-case speech-to-text output gives no shape, but what follows still
tells: a word no dictionary lists, an unambiguous given name or a person
WordNet knows, not after a determiner, right before what people do
(``orban said``, ``verhofstadt shouted``) or before ``who`` or a possessive
(``delors who built``, ``kaczynski's party``; not a city of 100,000 people or
a country: ``budapest's mayor``), and such words between ``the`` and
``report`` or ``amendment`` (``the lange report``, ``the langen lepage and
pieper reports``), as parliaments name their reports, and such a word first
in a turn before a hesitation (``wojtek um the patient transfer``: the one
addressed). A frequent surname or
a given name that is an everyday word is a person first in a clause before
what people say or write (``fox said``, ``it is not what black said``, ``um
grace said``, ``when rose called me``), on word-list evidence only: redacted
there, spread nowhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS

from .base import LocalRecognizer
from .evidence import CUE, OVER_MODEL, SHAPE, WORD_LIST
from .filters import is_country, is_product_only, owns_a_tool
from .lexicon import COMMON_WORD_NAMES, ROLE_WORDS, Zipf, frequent_surnames, given_names, is_english_word, surnames
from .name_words import RULES
from .names import after_determiner, coordinated, is_everyday_phrase, is_lower_case_text
from .places import is_known_place, is_major_place
from .roster import HESITATION, PERSON_VERB, TURN_OPENERS

__all__ = ["UnknownNameRecognizer"]

_NAME_LIKE = RULES["shape_part"]
_RARE = RULES["shape_rare"]
_LISTED = RULES["listed_with_person"]
#: A capitalised word, hyphenated parts capitalised too (``Adeyemi-Bakare``, ``Nakamura-smith``).
_CAPITALISED = r"(?:[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿā-ſ'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ſ]?[a-zß-öø-ÿā-ſ'’]+)*)"
_RUN = re.compile(rf"(?<![\w'’-]){_CAPITALISED}(?:[ ](?:[A-Z]\.?[ ])?{_CAPITALISED}){{1,2}}(?![\w'’-])")
_ALONE = re.compile(rf"(?<![\w'’-])({_CAPITALISED})(?=\s)")
_SUBJECT = RULES["subject_lower"]
_LOWER = r"[a-z][a-z'’-]+"
_ALONE_LOWER = re.compile(rf"(?<![\w'’-])({_LOWER})(?=\s)")
_WORD_BEFORE_LOWER = re.compile(r"([a-z'’-]+) +$")
#: What follows a person and no place or thing: ``delors who built``, ``kaczynski's party``.
_PERSON_AFTER_LOWER = re.compile(r"\s+who\b|['’]s\s+(?=[a-z])")
_ALONE_OR_OWNING = re.compile(r"(?<![\w'’-])([a-z][a-z-]+)(?=\s|['’]s\s)")
#: What a person says, right after a surname that is also an everyday word: ``fox said``, ``king told``.
_SPEAKS = re.compile(
    r"\s+(?:(?:has|had|also|then|just)\s+)?(?:said|says|told|tells|asked|announced|argued|insisted|warned|replied|"
    r"claimed|admitted|urged|declared|stated|explained|suggested|proposed|promised|confirmed|wrote|mentioned|"
    r"thinks|thought|agreed|called|emailed|texted)\b"
)
#: Words after which a clause, and so its subject, begins: ``so frank said``, ``it is not what black said``.
_CLAUSE_OPENERS = frozenset(
    "and but so then when because as if that what while after before since until though although "
    "um uh erm er okay ok yeah well oh right".split()
)
#: Surnames that are words a sentence uses so too: ``very little said``, ``as long said``.
_NOT_SPEAKERS = frozenset(("little", "long", "major"))
#: A name first in a turn, then a hesitation, is the one addressed: ``wojtek um the patient transfer``,
#: ``okay so sebas uh no blame here``.
_ADDRESSED_FIRST = re.compile(rf"^\s*(?:(?:{TURN_OPENERS}|um|uh)\s+)*({_LOWER})\s+{HESITATION}\b")
#: ``the lange report``, ``the langen lepage and pieper reports``: up to four names, ``and`` before the last.
#: A lookahead, so that every ``the`` starts a try (``the vote on the bullmann amendment``).
_REPORT = re.compile(rf"\bthe\s+(?=((?:{_LOWER}\s+){{0,3}}?(?:and\s+)?{_LOWER})\s+(?:reports?|amendments?)\b)")


class UnknownNameRecognizer(LocalRecognizer):
    """Person names of no list, by shape (see the module docstring); score 0.55."""

    def __init__(self, supported_language: str = "en") -> None:
        given_names(), surnames()
        super().__init__(["PERSON"], supported_language)

    def analyze(
        self, text: str, entities: Sequence[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Unknown names in ``text``."""
        if "PERSON" not in entities or not text:
            return []
        if is_lower_case_text(text):
            text = text[:1].lower() + text[1:]  # the one capital such a text may have says nothing: "Hope said"
            found_lower = [(start, end, CUE) for start, end in _lower_case_cued(text)]
            found_lower += [(start, end, WORD_LIST) for start, end in _surnames_that_speak(text)]
            return [self.result("PERSON", start, end, 0.55, evidence) for start, end, evidence in found_lower]
        found = []
        for m in _RUN.finditer(text):
            words = [w for w in m.group(0).split() if not re.fullmatch(r"[A-Z]\.?", w)]
            if all(_NAME_LIKE(w) for w in words) and any(_RARE(w) for w in words):
                found.append((m.start(), m.end(), SHAPE))
        for m in _ALONE.finditer(text):
            word = m.group(1)
            if (
                (_RARE(word) or _LISTED(word))
                and PERSON_VERB.match(text, m.end())
                and not after_determiner(text, m.start())
            ):
                found.append((m.start(1), m.end(1), CUE))  # "Oluwaseun said": what follows is the cue
        cued = [(start, end, 0.55) for start, end, evidence in found if evidence == CUE]
        found += [(start, end, CUE) for start, end, _ in coordinated(text, cued)]  # "Mistry and Mulet tabled"
        # The model's guess of a listed name (``Kiss tabled``) wins Presidio's dedupe, then goes as an everyday
        # word: ours must win. Not for a word no list holds (``Trendwatch said``: a compound, a report).
        entities = nlp_artifacts.entities if nlp_artifacts is not None and nlp_artifacts.entities else []
        model = {(e.start_char, e.end_char) for e in entities if e.label_ == "PERSON" and is_everyday_phrase(e.text)}
        results = []
        for start, end, evidence in found:
            wins = evidence == CUE and (start, end) in model and _listed(text[start:end])
            results.append(self.result("PERSON", start, end, OVER_MODEL if wins else 0.55, evidence))
        return results


def _listed(span: str) -> bool:
    """Every word of ``span`` a given name or a surname of our lists."""
    return all(w in given_names() or w in surnames() for w in span.lower().split())


def _lower_case_cued(text: str) -> list[tuple[int, int]]:
    """Names told by what follows them in lower-case text (see the module docstring)."""
    found = [
        (m.start(1), m.end(1))
        for m in _ALONE_LOWER.finditer(text)
        if _SUBJECT(m.group(1)) and PERSON_VERB.match(text, m.end()) and not after_determiner(text, m.start())
    ]
    for m in _ALONE_OR_OWNING.finditer(text):
        word = m.group(1)
        if _PERSON_AFTER_LOWER.match(text, m.end()) and _SUBJECT(word) and not after_determiner(text, m.start()):
            # "budapest's mayor": a place; "women's rights", "everyone who": words WordNet lists no lemma of
            if not is_major_place(word) and not is_country(word) and not is_english_word(word, Zipf.COMMON):
                if not owns_a_tool(text, m.end()):  # "clockify's free tier": a product's
                    found.append((m.start(1), m.end(1)))
    first = _ADDRESSED_FIRST.match(text)
    if first is not None and _SUBJECT(first.group(1)) and not is_product_only(first.group(1)):
        if not is_known_place(first.group(1)):  # "wojtek um the patient transfer"; not "berlin uh is ready"
            found.append(first.span(1))
    for m in _REPORT.finditer(text):
        names = [w for w in re.finditer(_LOWER, m.group(1)) if w.group(0) != "and"]
        if all(_SUBJECT(w.group(0)) for w in names):
            found += [(m.start(1) + w.start(), m.start(1) + w.end()) for w in names]
    return found


def _surnames_that_speak(text: str) -> list[tuple[int, int]]:
    """Frequent census surnames and given names that are everyday words, first in a clause, before what a
    person says: ``fox said``, ``okay so green said``, ``it is not what black said``, ``so frank said``
    (not ``the white house said``, ``some guy said``, ``it is best said``, ``security said``: a word before
    it that opens no clause, no name, a word of Zipf 5 or more). Word-list evidence: such a word is redacted
    where it speaks, and no repeat spreads it over the meeting."""
    found = []
    for m in _ALONE_LOWER.finditer(text):
        if not _SPEAKS.match(text, m.end()):
            continue  # the usual case, read first
        word = m.group(1)
        if word in ROLE_WORDS or word in _NOT_SPEAKERS or word in STOP_WORDS or _SUBJECT(word):
            continue  # a name that is no everyday word is _lower_case_cued's
        given = word in COMMON_WORD_NAMES and word in given_names() and not is_english_word(word, Zipf.COMMON)
        if word not in frequent_surnames() and not given:
            continue
        if after_determiner(text, m.start()):
            continue
        before = _WORD_BEFORE_LOWER.search(text, max(0, m.start() - 30), m.start())
        if before is None or before.group(1) in _CLAUSE_OPENERS:  # not "the white house said", "some guy said"
            found.append((m.start(1), m.end(1)))
    return found
