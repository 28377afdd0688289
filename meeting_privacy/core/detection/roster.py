"""The meeting roster and the recognizer that always finds its people.

The roster is known for every meeting, so its names, emails and raw ids are
found whatever the NER model thinks: full names, each name part alone, possessives
(``Priya's`` redacts ``Priya``) and lower-case speech-to-text output. Name
parts that are also everyday words (``Will``, ``Mark``, ``May``) are taken
only where the context says they are names, so that "I will send it" stays.
The English nicknames of a roster member's given name (``Robert``: ``robby``;
``Katherine``: ``kathy``; the ``nicknames`` package, Apache-2.0) are parts of
that member too, unless a dictionary word (``bob``, ``bobby``, ``rob``,
``kit``, ``sandy``): those are left to the other recognizers. So are the
short forms of a long given name, its first or last four letters or more
(``Oluwaseun``: ``seun``; ``Temitope``: ``temi``; ``Sebastian``: ``sebas``),
and a hyphenated part said as one word (``Eun-ji``: ``eunji``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS

from .base import LocalRecognizer
from .evidence import ROSTER
from .lexicon import (
    COMMON_WORD_NAMES,
    ENGLISH_WORDS,
    HONORIFICS,
    NOT_NAME_WORDS,
    ROLE_WORDS,
    WORDNET_PLACES,
    given_names,
)

__all__ = [
    "HESITATION",
    "IDENTIFIER",
    "PERSON_VERB",
    "ROSTER_PERSON_KEY",
    "Roster",
    "RosterRecognizer",
    "TURN_OPENERS",
    "listed_with",
    "neighbours",
]

#: Entity type of a roster's raw id (a user, participant, account or meeting id) written in text.
IDENTIFIER = "IDENTIFIER"
#: Ids shorter than this are too likely to be ordinary tokens (``p1``, ``42``) to look for.
_MIN_ID_CHARS = 3

#: ``recognition_metadata`` key holding the index into ``Roster.names``.
ROSTER_PERSON_KEY = "roster_person"


# A roster part among ``lexicon.COMMON_WORD_NAMES`` (or a stop word, or two letters or fewer) needs context.

_GREETINGS = (
    r"hi|hey|hello|hiya|thanks(?:\s+to)?|thank\s+you|cheers|bye|goodbye|morning|"
    r"afternoon|evening|welcome|congrats|congratulations|sorry|dear"
)
# After a greeting, these words mean the "name" was a verb or noun after all.
_NOT_A_NAME_NEXT = frozenset(
    "do be have get send take make go see call it that this the a an you your up down on off them him her us me".split()
)
_VOCATIVE_BEFORE = re.compile(rf"(?:^|[,.!?;:]|\b(?:{_GREETINGS}))[\s,]*$", re.IGNORECASE)
_GREETING_BEFORE = re.compile(rf"\b(?:{_GREETINGS})[\s,]*$", re.IGNORECASE)
_PUNCT_AFTER = re.compile(r"^\s*(?:[,.!?;:]|$)")
_SENTENCE_START = re.compile(r"(?:^|[.!?\n][\"')\]]*)\s*$")
_WORD_AFTER = re.compile(r"^\s*([A-Za-z0-9']+)")
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]|<[^>]*>|\{[^}]*\}")
# What people do, right after a name: "Park said", "Shovda is very reliable".
PERSON_VERB = re.compile(
    r"\s+(?:(?:has|had|is|was|will|would|can|could|just|also|then|already|never|always)\s+)?"
    r"(?:said|says|say|told|tells|asked|asks|mentioned|mentions|thinks|thought|wants|wanted|wrote|writes|"
    r"called|emailed|texted|shouted|replied|joined|left|lives|lived|began|spent|works|worked|joins|"
    r"agreed|suggested|promised|confirmed|presented|explained|reported|noted|sent|shared|given|"
    r"speaks|spoke|talked|stated|announced|argued|proposed|believes|"
    r"resigned|died|insisted|warned|claimed|admitted|urged|declared|tweeted|"
    r"visited|met|won|beat|scored|signed|voted|thanked|congratulated|critici[sz]ed|accused|apologi[sz]ed|"
    r"welcomed|invited|nominated|defeated|negotiated|studied|married|flew|travel(?:l)?ed|"
    r"ruled|governed|campaigned|testified|pleaded|tabled|"
    r"was\s+(?:elected|appointed|arrested|sentenced|re-?elected|jailed|convicted|charged|acquitted|"
    r"released\s+on\s+(?:parole|bail))|"
    r"be\s+(?:talking|joining|presenting|speaking)|is\s+going\s+to\s+(?:lead|chair|present|join|take)|"
    r"is\s+from|is\s+very|was\s+born)\b"
)


@dataclass(frozen=True, repr=False)
class Roster:
    """One meeting's people: display names, emails and raw ids (user, participant, account, meeting).

    ``vocabulary`` holds words and phrases of the meeting that are not
    personal data (title and agenda words): they are allow-listed for this
    meeting only, less any entry that shares a word with a roster name or
    holds a roster email or id (``allow.meeting_vocabulary``).

    Hashable and picklable so that the detector can cache one recognizer per
    roster. The repr counts entries and never prints them.
    """

    names: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()
    vocabulary: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for attr in ("names", "emails", "ids", "vocabulary"):
            value = getattr(self, attr)
            if isinstance(value, str) or not isinstance(value, Iterable):
                raise TypeError(f"Roster.{attr} must be a sequence of strings")
            value = tuple(value)
            if not all(isinstance(v, str) for v in value):
                raise TypeError(f"Roster.{attr} must hold strings only")
            object.__setattr__(self, attr, value)

    def __repr__(self) -> str:
        return (
            f"Roster(<{len(self.names)} names>, <{len(self.emails)} emails>, <{len(self.ids)} ids>, "
            f"<{len(self.vocabulary)} vocabulary entries>)"
        )


def fold(text: str) -> str:
    """``text`` without accents, character for character (``José`` -> ``Jose``, same length).

    Speech-to-text and device names often drop accents (``JOSE-MBP`` for José);
    the roster must still find them. Characters that do not fold to one base
    character stay as they are, so offsets in the folded text are offsets in
    the original.
    """
    if text.isascii():
        return text
    return "".join(_fold_char(ch) for ch in text)


# Letters that carry no combining mark but that speech-to-text and keyboards
# write as their plain base letter (``Yıldız`` is said and typed ``Yildiz``).
_PLAIN_LETTER = {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "ŧ": "t"}


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _PLAIN_LETTER:
        return _PLAIN_LETTER[ch]
    base = unicodedata.normalize("NFKD", ch)
    if len(base) > 1 and all(unicodedata.combining(c) for c in base[1:]):
        return base[0]
    return ch


def name_parts(display_name: str) -> list[str]:
    """The searchable parts of a display name, without honorifics or tags."""
    cleaned = _BRACKETS.sub(" ", display_name)
    cleaned = re.split(r"[|/@]", cleaned)[0]
    parts = []
    for raw in re.split(r"[\s,._]+", cleaned):  # "priya.sharma" and "priya_sharma" are names too
        part = raw.strip(".'\"-_")
        if len(part) < 2 or part.lower() in HONORIFICS or not any(c.isalpha() for c in part):
            continue
        parts.append(part)
    return parts


@lru_cache(maxsize=1)
def _nicknamer() -> object:
    from nicknames import NickNamer

    return NickNamer()


@lru_cache(maxsize=4096)
def nicknames(given_name: str) -> frozenset[str]:
    """The English nicknames of a given name (``robert``: ``bob``, ``rob``, ``bobby``) that our lists hold as
    given names, three letters or more, no stop word, role or calendar word."""
    found = _nicknamer().nicknames_of(fold(given_name.lower()))  # type: ignore[attr-defined]
    excluded = (STOP_WORDS, NOT_NAME_WORDS, ROLE_WORDS)
    usable = (n for n in found if len(n) >= 3 and n in given_names())  # not "dob", "hob" (archaic; dob is a word)
    return frozenset(n for n in usable if not any(n in words for words in excluded))


#: Short forms are read from given names this long or longer, and are this long or longer.
_LONG_NAME, _SHORT_FORM = 7, 4


@lru_cache(maxsize=4096)
def short_forms(given_name: str) -> frozenset[str]:
    """The first or last letters of a long given name, four or more, that people use as its short form
    (``Oluwaseun``: ``seun``; ``Babatunde``: ``tunde``; ``Temitope``: ``temi``; ``Sebastian``: ``sebas``;
    ``Christopher``: ``chris``, ``topher``); none a dictionary word, a place, a stop word or a role."""
    name = fold(given_name.lower())
    if len(name) < _LONG_NAME or not name.isalpha():
        return frozenset()
    lengths = range(_SHORT_FORM, len(name) - 2)
    forms = {name[:n] for n in lengths} | {name[-n:] for n in lengths}
    excluded = (ENGLISH_WORDS, WORDNET_PLACES, STOP_WORDS, NOT_NAME_WORDS, ROLE_WORDS)
    return frozenset(f for f in forms if not any(f in words for words in excluded))


def is_common_word(part: str) -> bool:
    """Whether a name part is also an everyday word and needs context."""
    lower = part.lower()
    return len(lower) <= 2 or lower in COMMON_WORD_NAMES or lower in STOP_WORDS


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    people: frozenset[int]
    common: bool


class RosterRecognizer(LocalRecognizer):
    """Finds one meeting's roster names (``PERSON``), emails and raw ids (``IDENTIFIER``).

    Usable in a plain Presidio ``AnalyzerEngine`` as an ad hoc recognizer:
    ``analyzer.analyze(text, language="en", ad_hoc_recognizers=[RosterRecognizer(roster)])``.
    PERSON results carry ``recognition_metadata["roster_person"]``, the index
    of the roster name they belong to.
    """

    ENTITIES = ("PERSON", "EMAIL_ADDRESS", IDENTIFIER)

    def __init__(self, roster: Roster, supported_language: str = "en") -> None:
        self.roster = roster
        part_people: dict[str, set[int]] = {}
        nick_people: dict[str, set[int]] = {}
        for index, display_name in enumerate(roster.names):
            parts = name_parts(display_name)
            for part in parts:
                key = fold(part.lower())
                part_people.setdefault(key, set()).add(index)
                if "-" in key:  # "Eun-ji" is said "eunji" too
                    part_people.setdefault(key.replace("-", ""), set()).add(index)
            for nickname in (nicknames(parts[0]) | short_forms(parts[0])) if parts else ():
                nick_people.setdefault(nickname, set()).add(index)
        # A nickname that is another member's name part is theirs (``Bill`` of the roster is not ``William``'s);
        # one a dictionary lists (``bill``, ``rob``, ``kit``; not ``kathy``) is left to the other rules.
        for nickname, people in nick_people.items():
            if nickname not in ENGLISH_WORDS:
                part_people.setdefault(nickname, people)
        self._part_people = {k: frozenset(v) for k, v in part_people.items()}
        self._name_re = _alternation(self._part_people, hyphen_as_space=True)
        emails = {fold(e.strip().lower()) for e in roster.emails if "@" in e}
        self._email_re = _alternation(emails, hyphen_as_space=False)
        ids = {fold(i.strip().lower()) for i in roster.ids if len(i.strip()) >= _MIN_ID_CHARS}
        self._id_re = _id_alternation(ids)
        super().__init__(list(self.ENTITIES), supported_language)

    def analyze(
        self,
        text: str,
        entities: Sequence[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """Find roster names and emails in ``text``."""
        results: list[RecognizerResult] = []
        folded = fold(text)  # same length as text: spans found in one are spans of the other
        for entity, regex in (("EMAIL_ADDRESS", self._email_re), (IDENTIFIER, self._id_re)):
            if entity in entities and regex is not None:
                results += [self._result(entity, m.start(), m.end(), 1.0, None) for m in regex.finditer(folded)]
        if "PERSON" in entities and self._name_re is not None:
            persons = _ner_spans(nlp_artifacts, "PERSON")
            groups = self._groups(folded)
            # Roster people named in this text: a common-word part listed with one is a name too.
            named = [(g[0].start, g[-1].end) for g in groups if len(g) > 1 or not g[0].common]
            for group in groups:
                score = self._accept(text, group, persons + named)
                if score:
                    people = frozenset.intersection(*(m.people for m in group)) or group[0].people
                    results.append(self._result("PERSON", group[0].start, group[-1].end, score, min(people)))
        return results

    def may_match(self, text: str) -> bool:
        """Whether :meth:`analyze` could find anything in ``text`` (cheap; no NER needed)."""
        folded = fold(text)
        regexes = (self._email_re, self._id_re, self._name_re)
        return any(regex is not None and regex.search(folded) for regex in regexes)

    def _groups(self, text: str) -> list[list[_Match]]:
        """Part matches in (folded) ``text``, adjacent parts of one name (``Priya Sharma``) grouped."""
        assert self._name_re is not None
        groups: list[list[_Match]] = []
        for m in self._name_re.finditer(text):
            key = re.sub(r"[\s-]+", "-", m.group(0).lower())
            people = self._part_people.get(key)
            if not people:
                continue  # the regex's case-insensitive match found a spelling no part has
            match = _Match(m.start(), m.end(), people, is_common_word(key))
            gap = text[groups[-1][-1].end : m.start()] if groups else ""
            if groups and re.fullmatch(r"[\s,-]{1,3}", gap) and _same_person(groups[-1], match):
                groups[-1].append(match)
                continue
            groups.append([match])
        return groups

    @staticmethod
    def _accept(text: str, group: list[_Match], persons: list[tuple[int, int]]) -> float:
        """Score for a group of roster parts, or 0 when it is a plain word."""
        if len(group) > 1 or not group[0].common:
            return 1.0
        m = group[0]
        if any(s < m.end and m.start < e for s, e in persons):
            return 0.95
        before, after = text[: m.start], text[m.end :]
        word_after = _WORD_AFTER.match(after)
        next_word = word_after.group(1).lower() if word_after else ""
        if next_word[:1].isdigit():
            return 0.0  # "May 5", "Will 2.0"
        if _VOCATIVE_BEFORE.search(before[-40:]) and _PUNCT_AFTER.match(after):
            return 0.9
        if _GREETING_BEFORE.search(before[-40:]) and next_word not in _NOT_A_NAME_NEXT:
            return 0.9
        word = text[m.start : m.end]
        if word[:1].isupper() and not word.isupper() and not _SENTENCE_START.search(before):
            return 0.85
        if word[:1].isupper() and PERSON_VERB.match(after):
            return 0.85  # "Park said the numbers are in", even first in a sentence
        if after[:2].lower() in ("'s", "’s"):
            return 0.85  # "did you see may's notes": a roster part owning something
        if listed_with(text, m.start, m.end, persons):
            return 0.85  # "May and May Sharma will own it"
        if word.islower() and _said_to_or_of(word, before, after):
            return 0.85  # "hunter and i agreed", "rose you're presenting", "faith um the food drive"
        return 0.0

    def _result(self, entity: str, start: int, end: int, score: float, person: int | None) -> RecognizerResult:
        """A result, with the roster index of the person it names when there is one."""
        if person is None:
            return self.result(entity, start, end, score)
        return self.result(entity, start, end, score, ROSTER, **{ROSTER_PERSON_KEY: person})


#: In lower-case speech, what makes an everyday roster part the person after all: what is said of them
#: (``hunter and i agreed``, ``patience has the list``, ``grace said``) or to them (``rose you're presenting``,
#: ``hunter what do you reckon``).
_SAID_OF = re.compile(
    r"\s+(?:and\s+(?:i|me)\b|(?:has|had)\s+(?:the|a|an|his|her|their|our|my|your|this|that|these|those|some|all|no)\b|"
    r"(?:said|says|told|asked|mentioned|thinks|thought|wants|wanted|agreed|suggested|wrote|emailed|texted)\b)"
)
_SAID_TO = re.compile(
    r"\s+(?:you(?:['’](?:re|ve)|\s+(?:are|were|have|had))|(?:(?:what|when|where|how|why)\s+)?"
    r"(?:can|could|would|will|do|did|are|were|have)\s+you|(?:what|when|where|how|why)\s+you)\b"
)
#: ... but not after what makes the word a verb or a noun: ``i hope you're well``, ``we'll bill you``.
_VERB_OR_NOUN_BEFORE = re.compile(
    r"(?:\b(?:i|we|you|they|he|she|it|to|will|would|can|could|should|must|might|may|please|not|also|just|the|a|"
    r"an|my|your|our|their|his|her|its|this|that|some|no|gonna|wanna)|['’](?:ll|d|s))\s+$"
)
#: Words that open a sentence as a verb with its ``I`` left out: ``hope you're well``.
_VERB_WITHOUT_I = frozenset(("hope", "trust"))
#: Everyday given names that are no verb: first in a turn before a determiner, one is addressed (``so amber the
#: trailer is two minutes``); a verb there gives an order (``bill the client``, ``mark the date``).
_NEVER_A_VERB = frozenset(
    "amber april autumn bliss candy daisy faith hazel heather holly honey iris ivy jade joy june lily misty "
    "olive patience pearl poppy prudence ruby serenity summer sunny trinity unity violet willow harmony".split()
)
_DETERMINER_AFTER = re.compile(r"\s+(?:the|a|an|our|this|that|your|my)\b")
#: A hesitation, and the words that open a turn before a name (``okay so``): after a name at the start of a
#: turn, a hesitation is an address (``faith um the food drive raised``; ``unknown_names`` reads it so too).
HESITATION = r"(?:u+m+|u+h+|e+r+m*)"
TURN_OPENERS = r"so|okay|ok|and|oh|right|yeah|cool|well|alright"
_HESITATION_AFTER = re.compile(rf"\s+{HESITATION}\b")
_TURN_START = re.compile(rf"(?:^|\b(?:{TURN_OPENERS}|now))\s*$")


def _said_to_or_of(word: str, before: str, after: str) -> bool:
    """Whether a lower-case everyday roster part is said of or to its person (``_SAID_OF``, ``_SAID_TO``, a
    hesitation after it at the start of a turn, or a determiner after a name that is no verb). A stop word
    (``will``, ``may``) is never said to: ``will you send it``, ``so will um we be done`` ask something."""
    if _VERB_OR_NOUN_BEFORE.search(before[-30:]):
        return False
    if _SAID_OF.match(after):
        return True
    if word in STOP_WORDS:
        return False
    if _HESITATION_AFTER.match(after):
        return _TURN_START.search(before[-30:]) is not None
    if word in _NEVER_A_VERB and _DETERMINER_AFTER.match(after) and _TURN_START.search(before[-30:]):
        return True  # "joy the reagent shipment arrived": addressed; "bill the client", "hope the build passes" ask
    return word not in _VERB_WITHOUT_I and _SAID_TO.match(after) is not None


_JOIN_AFTER = re.compile(r"^(?:\s+(?:and|or|&)\s+|,\s*)")
_JOIN_BEFORE = re.compile(r"(?:\s+(?:and|or|&)\s+|,\s*)$")


def neighbours(text: str, start: int, end: int) -> tuple[int | None, int | None]:
    """Where a word joined to ``text[start:end]`` by ``and``, ``or`` or a comma would end before it and start
    after it (``None`` where no such join is)."""
    after = _JOIN_AFTER.match(text[end : end + 6])
    before = _JOIN_BEFORE.search(text[max(0, start - 6) : start])
    return (
        None if before is None else start - len(before.group(0)),
        None if after is None else end + after.end(),
    )


def listed_with(text: str, start: int, end: int, persons: Iterable[tuple[int, int]]) -> bool:
    """Whether ``text[start:end]`` is joined to one of ``persons`` by ``and``, ``or`` or a comma."""
    left, right = neighbours(text, start, end)
    return any(s == right or e == left for s, e in persons)


def _same_person(group: list[_Match], match: _Match) -> bool:
    """``Sharma, Priya`` is one name; ``priya will call`` is not ``Will``."""
    return bool(frozenset.intersection(*(m.people for m in group), match.people))


def _alternation(words: Iterable[str], hyphen_as_space: bool) -> re.Pattern[str] | None:
    """One case-insensitive regex matching any of ``words`` as whole words."""
    alternatives = []
    for word in sorted(words, key=len, reverse=True):
        escaped = re.escape(word)
        if hyphen_as_space:
            escaped = escaped.replace(r"\-", r"[\s-]?")
        alternatives.append(escaped)
    if not alternatives:
        return None
    if hyphen_as_space:  # names: digits and underscores may touch them (DESKTOP-PRIYA01, priya_s)
        return re.compile(rf"(?<![^\W\d_])(?<![@.])(?:{'|'.join(alternatives)})(?![^\W\d_])(?!@)", re.IGNORECASE)
    return re.compile(rf"(?<![\w@.])(?:{'|'.join(alternatives)})(?![\w@])", re.IGNORECASE)


def _id_alternation(ids: Iterable[str]) -> re.Pattern[str] | None:
    """Raw ids as whole tokens, where ``_``, ``.`` and ``:`` end a token (``laptop_dev-4f2a``, ``ref.u-77``)."""
    alternatives = [re.escape(i) for i in sorted(ids, key=len, reverse=True)]
    if not alternatives:
        return None
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(alternatives)})(?![^\W_])", re.IGNORECASE)


def _ner_spans(nlp_artifacts: NlpArtifacts | None, label: str) -> list[tuple[int, int]]:
    if nlp_artifacts is None or not nlp_artifacts.entities:
        return []
    return [(e.start_char, e.end_char) for e in nlp_artifacts.entities if e.label_ == label]
