"""Person names from the name lists (``lexicon``), and names after person cues.

The small spaCy model misses many names, or tags them as organisations or
places. The census and Faker name lists tell that a word is a name; names
that are also everyday English words (``grace``, ``will``, ``hunter``) are
*ambiguous* and need more evidence: a surname after them, a cue, or the
roster. Which word counts as what is the rule table of ``name_words``.

Three uses:

* :func:`retype_entities`: an ``ORG``/``GPE``/``LOC``/... span whose words
  are a given name (and surnames or initials) becomes ``PERSON``;
* :class:`GazetteerNameRecognizer`: a given name followed by a surname
  (``Sofia Lima``, ``bob smith``), or an unambiguous given name alone
  (``Derek``, ``amy``);
* :class:`PersonCueRecognizer`: the words after ``email``, ``meeting with``, a title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from .allow import AllowList
from .base import LocalRecognizer
from .evidence import CUE, OVER_MODEL, WORD_LIST
from .lexicon import (
    CALENDAR_WORDS,
    COMMON_WORD_NAMES,
    ENGLISH_WORDS,
    HONORIFICS,
    NAME_IDIOMS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    ROLE_WORDS,
    Zipf,
    capitalised_only_names,
    census_surnames,
    frequent_surnames,
    given_names,
    is_english_word,
    surnames,
)
from .name_words import RULES, Listed, NameWordRule, bare, is_everyday_word
from .roster import PERSON_VERB, neighbours
from .spans import overlaps

__all__ = [
    "GazetteerNameRecognizer",
    "PersonCueRecognizer",
    "after_determiner",
    "coordinated",
    "find_names",
    "is_everyday_pair",
    "is_everyday_phrase",
    "is_thing_name",
    "is_lower_case_text",
    "known_words",
    "looks_like_person",
    "person_follows",
    "starts_sentence",
    "retype_entities",
]

_GIVEN = RULES["given_name"]
_ANY_GIVEN = RULES["any_given_name"]
_SURNAME_CAPITALISED = RULES["surname_capitalised"]
_SURNAME_LOWER = RULES["surname_lower"]
_LISTED_WITH_PERSON = RULES["listed_with_person"]
_LISTED_WITH_PERSON_LOWER = RULES["listed_with_person_lower"]
_LISTED_WITH_NAME_LOWER = RULES["listed_with_name_lower"]
_IDIOMS = AllowList(NAME_IDIOMS)
_MODEL_PERSON_WORD = RULES["model_person_word"]
_CUE_CAPITALISED = RULES["cue_capitalised"]
_CUE_LOWER_FIRST = RULES["cue_lower_first"]
_CUE_LOWER_NEXT = RULES["cue_lower_next"]
_AFTER_TITLE_LOWER = RULES["after_title_lower"]
_AFTER_ROLE_LOWER = RULES["after_role_lower"]

_RETYPE_LABELS = frozenset(("ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE"))
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_LETTERS = re.compile(r"[^\W\d_]+")
_POSSESSIVE = re.compile(r"['’]s?$", re.IGNORECASE)
_INITIAL = re.compile(r"[A-Z]\.?")


def is_everyday_phrase(span: str) -> bool:
    """Only everyday English words, none a given name: ``Discipline``, ``sunday``, ``Bronze Walrus``.

    The small model calls such words persons now and then; a person's name
    it alone found is kept only with a word that can be a name.
    """
    words = _LETTERS.findall(span)
    if len(words) == 1 and bare(words[0]) in CALENDAR_WORDS and bare(words[0]) not in COMMON_WORD_NAMES:
        return True  # "goes live in September" (but "June said" may be June)
    return bool(words) and not any(_MODEL_PERSON_WORD(w) for w in words)


def is_everyday_pair(span: str) -> bool:
    """Lower-case everyday words, two or more, none a given name: ``golden harbor``, ``summit rollout``.

    A project code name as often as a person: such a span needs a cue of its
    own (``evidence.OWN_CUES``).
    """
    words = _LETTERS.findall(span)
    return len(words) >= 2 and span.islower() and all(is_everyday_word(w) for w in words)


def is_thing_name(span: str) -> bool:
    """Dictionary words, two or more, none a given name that is no everyday word, the last one no given name
    and no frequent census surname: ``Glass Archipelago``, ``Velvet Otter``, ``snow defender``.

    A code name of an everyday word and a thing; a person's name opens with a given name or a title
    (``Lunar Hare``, ``Salt Marsh`` do not) and ends in a surname, and the surnames that are
    also everyday words are frequent ones (``Rose Baker``, ``Grace Stone``), or other locales' (``otter``
    and ``moose`` are census surnames, rarer than two thousand others). The detector still takes the span
    for a person before what people do (``Velvet Otter joined the call``).
    """
    words = [bare(w) for w in _LETTERS.findall(_POSSESSIVE.sub("", span))]
    if len(words) < 2 or any(len(w) < 3 or w not in ENGLISH_WORDS or _GIVEN(w) for w in words):
        return False  # "R O D R I G U E Z", "abu qatada bin laden": a name's letters, a word of no dictionary
    if words[0] not in given_names() and words[0] not in HONORIFICS and words[0] not in ROLE_WORDS:
        return True  # "Lunar Hare", "Salt Marsh": a person's name opens with a given name or a title
    last = words[-1]
    if last in given_names() or last in frequent_surnames():
        return False
    return last in census_surnames() or last not in surnames()


def looks_like_person(words: Sequence[str]) -> bool:
    """``Sofia Lima``, ``Ryan P Costa``, ``Derek``: a given name, then initials or surnames."""
    words = [w for w in words if w]
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    if any(bare(w) in NOT_NAME_WORDS for w in words):
        return False
    rest = [w for w in words[1:] if not _INITIAL.fullmatch(w)]
    if not rest:
        return len(words) == 1 and _GIVEN(words[0])
    if not _ANY_GIVEN(words[0]):
        return False
    if not _GIVEN(words[0]) and bare(rest[0]) not in census_surnames():
        return False  # "Grace Church", "Wells Fargo": an ambiguous given name wants a common surname
    return all(_SURNAME_CAPITALISED(w) for w in rest)


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
        listed = [
            (start, end, OVER_MODEL if is_everyday_phrase(text[start:end]) else score)
            for start, end, score in coordinated(text, persons)
        ]
        found += _possessives(text) + listed + _name_pairs(text)
        return [self.result("PERSON", start, end, score, WORD_LIST) for start, end, score in found]


def find_names(text: str) -> Iterable[tuple[int, int, float]]:
    """(start, end, score) of census names in ``text``."""
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words):
        word = words[i].group(0)
        capitalised = word[:1].isupper() and not (word.isupper() and len(word) > 1)
        if word[:1].isupper() != capitalised or not _ANY_GIVEN(word):
            i += 1
            continue
        end_index = i
        j = i + 1
        while j < len(words) and j - i <= 3 and _single_space(text, words[j - 1].end(), words[j].start()):
            nxt = words[j].group(0)
            if capitalised and _INITIAL.fullmatch(nxt) and j + 1 < len(words):
                j += 1
                continue
            if bare(words[j - 1].group(0)) != words[j - 1].group(0).lower():
                break  # a possessive ends the name
            if _surname_word(_SURNAME_CAPITALISED if capitalised else _SURNAME_LOWER, nxt):
                end_index = j
                j += 1
                continue
            break
        ambiguous = not _GIVEN(word)
        if end_index > i:
            surname = bare(words[i + 1].group(0)) if not _INITIAL.fullmatch(words[i + 1].group(0)) else ""
            # An ambiguous given name wants a census surname: capitalised ("Grace Kelly"),
            # or in lower case one that is no everyday word ("brad pitt", not "grace period";
            # not after a word that is a name only when capitalised: "handy telly").
            written = words[i + 1].group(0)
            marked = _marked_surname(surname, written)  # "liam o'hara": liam is a name only when capitalised
            lower_case_name = (marked or bare(word) not in capitalised_only_names()) and not is_english_word(
                surname, Zipf.EVERYDAY
            )
            if not ambiguous or ((marked or surname in census_surnames()) and (capitalised or lower_case_name)):
                yield words[i].start(), _name_end(words[end_index]), 0.75
                i = end_index + 1
                continue
        if starts_sentence(text, words[i].start()) and not person_follows(text, words[i].end()):
            ambiguous = not _GIVEN(word.lower())  # a first word's capital says nothing: "Moody lighting"
        if not ambiguous and (capitalised or not after_determiner(text, words[i].start())):
            if not (capitalised and _titled(text, words[i].start(), words[i].end())):
                yield words[i].start(), _name_end(words[i]), 0.6  # not "the carol singers", "a jerry can"
        i += 1


def _surname_word(rule: NameWordRule, word: str) -> bool:
    """A surname by ``rule``, or a double-barrelled one of two (``reyes-moore``)."""
    parts = word.split("-")
    return rule(word) or (len(parts) == 2 and all(len(p) > 1 and rule(p) for p in parts))


def _marked_surname(surname: str, written: str) -> bool:
    """A surname no everyday word looks like: a listed one with an apostrophe (``o'hara``; ``surname`` is as
    :func:`bare` writes it), or two census surnames joined (``reyes-moore``)."""
    if re.search(r"\w['’]\w", written) and surname in surnames():
        return True
    parts = surname.split("-")
    return len(parts) == 2 and all(p in census_surnames() for p in parts)


_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")
_WORD_AFTER = re.compile(r" ([^\W\d_]+)")


def _titled(text: str, start: int, end: int) -> bool:
    """A capitalised word beside the name that is a dictionary word and no name, mid-sentence or first in it
    but no greeting: ``The Hushed Canyon prototype``, ``Iron Lark's app``. A title or a code name, not a
    person."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    after = _WORD_AFTER.match(text, end)
    return any(
        m is not None
        and m.group(1)[:1].isupper()
        and _plain_word(m.group(1))
        and (not starts_sentence(text, m.start(1)) or _first_of_title(m.group(1)))
        for m in (before, after)
    )


#: Words that open a sentence before a name said to or of someone: ``Thanks Hazel``, ``Ask Ivy``, ``Poor Lark``.
_BEFORE_SOMEONE = frozenset(
    "hi hey hello dear thanks thank cheers congrats congratulations welcome morning evening night sorry bye "
    "goodbye okay yes yeah well oh ask tell ping call email message text invite remind loop send let get have "
    "see meet help paging poor little young old big baby sweet lovely good great happy".split()
)


def _first_of_title(word: str) -> bool:
    """A plain word first in a sentence before a name is a title's (``Iron Lark's app``), unless it greets,
    asks or speaks of someone (``Thanks Hazel``, ``Ask Ivy``, ``Poor Lark``)."""
    b = bare(word)
    return b not in _BEFORE_SOMEONE and b not in ROLE_WORDS and b not in HONORIFICS and b not in COMMON_WORD_NAMES


def _plain_word(word: str) -> bool:
    b = bare(word)
    return b in ENGLISH_WORDS and b not in given_names() and b not in surnames() and b not in STOP_WORDS


#: What a person does first in a sentence: ``rice told the committee``, ``baker approved``, ``bird was found``.
_SUBJECT_VERB = re.compile(
    r"\s+(?:is|was|has|had|will|would|can|could|should|must|did|does|said|says|told|tells|asked|asks|thinks|"
    r"thought|wants|wanted|knows|knew|[a-z]+ed)\b"
)


def person_follows(text: str, end: int) -> bool:
    """What makes a name that opens a sentence a person's, whatever its capital: a verb a person does
    (``Hunter lives at``, ``rice told``), a comma (``Pat, the laptop is dry``: an address), a possessive."""
    return bool(
        PERSON_VERB.match(text, end) or _SUBJECT_VERB.match(text, end) or text.startswith((",", "'s", "’s"), end)
    )


def starts_sentence(text: str, start: int) -> bool:
    """Whether ``start`` opens the text or a sentence (a look-back of a few characters, for hostile lengths)."""
    before = text[max(0, start - 16) : start].rstrip()
    return before[-1:] in (".", "?", "!") or (not before and start <= 16)


_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|these|those|my|your|our|their|his|her|its|every|each)\s+$", re.I
)


def after_determiner(text: str, start: int) -> bool:
    """A determiner right before ``start`` (``the kelly green``, ``a jerry can``): names take none."""
    return _DETERMINER_BEFORE.search(text[max(0, start - 8) : start]) is not None


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
        if word in given_names() and len(word) >= 3 and not after_determiner(text, m.start()):
            if not _titled(text, m.start(1), m.end(1)):
                found.append((m.start(1), m.end(1), 0.6))
    return found


def coordinated(text: str, persons: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """``May and Ines Lindqvist``, ``founders: Eklund, Michael and Hodge``: a
    capitalised name word listed with a person (a given name, even an
    ambiguous one, a surname, or a word English hardly uses). In lower-case
    text (``when kohl and mitterrand came``) the word must be no dictionary word,
    or a name that is one listed with a name no word is (``blair and brown``,
    not ``wolf and cook``)."""
    if not persons:
        return []  # a list spreads from a person it holds: none, no list (and no word need be read)
    lower = is_lower_case_text(text)
    rule = _LISTED_WITH_PERSON_LOWER if lower else _LISTED_WITH_PERSON
    words = list(_CAPITALISED_WORD.finditer(text))
    # In lower case a surname that is a word too (``blair and brown``) is listed only with a name no word is.
    idioms = _IDIOMS.matches(text) if lower else []  # "violet and kelly green": no name to list with
    candidates = [(m, True) for m in words if rule(m.group(1))]
    candidates += [(m, False) for m in words if lower and not rule(m.group(1)) and _LISTED_WITH_NAME_LOWER(m.group(1))]
    # Each candidate by where the span it is listed with would end (before it) or start (after it).
    waiting: dict[tuple[str, int], list[tuple[re.Match[str], bool]]] = {}
    for m, strict in candidates:
        left, right = neighbours(text, m.start(), m.end())
        if left is not None:
            waiting.setdefault(("end", left), []).append((m, strict))
        if right is not None:
            waiting.setdefault(("start", right), []).append((m, strict))

    def distinct(start: int, end: int) -> bool:
        words_ = text[start:end].split()
        return not any(bare(w) in ENGLISH_WORDS for w in words_) and not AllowList.covers(idioms, start, end)

    found: list[tuple[int, int, float]] = []
    taken: set[int] = set()
    queue = [(s, e, distinct(s, e)) for s, e, _ in persons]  # a list spreads from the person it holds
    while queue:
        start, end, is_distinct = queue.pop()
        for m, strict in waiting.get(("end", end), []) + waiting.get(("start", start), []):
            if m.start() not in taken and (strict or is_distinct):
                taken.add(m.start())
                found.append((m.start(), m.end(), 0.65))
                queue.append((m.start(), m.end(), strict))  # an everyday word found lists nothing further
    return sorted(found)


_PAIR = re.compile(r"(?<![\w'’-])([a-z][a-z'’-]+) and ([a-z][a-z'’-]+)(?![\w'’-])")


def _name_pairs(text: str) -> list[tuple[int, int, float]]:
    """``sanchez and costa signed``, ``walesa and mazowiecki``: in lower-case text, two words of no dictionary
    joined by ``and``, one of them a listed name; a list of two names says more than either alone."""
    if " and " not in text or not is_lower_case_text(text):
        return []
    found = []
    for m in _PAIR.finditer(text):
        first, second = m.group(1), m.group(2)
        if _LISTED_WITH_PERSON_LOWER(first) and _LISTED_WITH_PERSON_LOWER(second):
            if bare(first) in surnames() or bare(second) in surnames() or _GIVEN(first) or _GIVEN(second):
                found += [(m.start(1), m.end(1), 0.6), (m.start(2), m.end(2), 0.6)]
    return found


_COPULA_END = re.compile(r"(?:is|was|named|called)\s+$")
_DATE_AFTER = re.compile(r"\s+(?:(?:the\s+)?(?:\d|first|second|third|[a-z]+(?:th|teenth)\b)|(?:last|next|this)\s+year)")


def _month_named(text: str, role: re.Match[str]) -> int | None:
    """``the manager is may``, ``my contact is june``: a month that is a given name, said to be someone in a
    role, is that someone (not ``the deadline is may``: no role; not ``... is may the fifth``: a date)."""
    word = _WORD.match(text, role.end())
    if word is None or not _COPULA_END.search(role.group(0)):
        return None
    month = word.group(0)
    if month in CALENDAR_WORDS and month in given_names() and not _DATE_AFTER.match(text, word.end()):
        return word.end()
    return None


def _single_space(text: str, end: int, start: int) -> bool:
    return text[end:start] in (" ", ". ")


def _name_end(match: re.Match[str]) -> int:
    possessive = _POSSESSIVE.search(match.group(0))
    return match.end() - (len(possessive.group(0)) if possessive else 0)


# --- names after person cues -------------------------------------------------

# Longer cues first: the alternation takes the first that matches ("email to", not "email").
_PERSON_CUE = re.compile(
    r"\b(?:"
    r"thanks,?|thank\s+you,?"
    r"|(?:e-?mails?|mails?|messages?|texts?|notes?|calls?|invites?|invitations?|replies|reply|word|news|update)"
    r"\s+(?:from|to)"
    r"|(?:send|sent|forward(?:ed)?|pass(?:ed)?|give|gave)(?:\s+(?:it|this|that|them|these|those|(?:the|a|an)\s+\w+))?\s+to"
    r"|(?:reply|replied|respond(?:ed)?|write|wrote|talk(?:ed|ing)?|spoke|speak(?:ing)?|chat(?:ted)?|"
    r"check(?:ed)?|sync(?:ed)?|meet(?:ing|ings)?|met|lunch|dinner|coffee|appointment|call|visits?|"
    r"(?:catch(?:ing)?|caught|follow(?:ed|ing)?)\s+up)\s+(?:to|with)"
    r"|(?:hear|heard)(?:\s+back)?\s+from"
    r"|(?:dis)?agree(?:s|d|ing)?\s+with|(?:say|said|says)\s+to|listen(?:s|ed|ing)?(?:\s+carefully)?\s+to"
    r"|(?:views?|words|position)\s+of"
    r"|(?:reports?|amendments?|motions?|proposals?|questions?)\s+(?:by|from)|(?:drawn\s+up|tabled|put\s+forward)\s+by"
    r"|(?:e-?mail(?:ed|ing)?|mail(?:ed)?|message[ds]?|text(?:ed)?|call(?:ed|ing)?|ring|ping(?:ed)?|phoned|"
    r"invite[ds]?|remind(?:ed)?|ask(?:ed|ing)?|tell|told|b?cc|contact(?:ed)?|thank(?:ed)?|loop(?:ed)?\s+in)"
    r")\s+(?:(?:my|our|your)\s+(?:friend|colleague|coworker|boss|manager|cousin|uncle|aunt|brother|sister|"
    r"neighbou?r|client|contact|partner)\s+)?",
    re.IGNORECASE,
)
_TITLE = re.compile(r"\b(?:(?i:mr|mrs|ms|dr|mister|madam)|Miss|Prof|Professor)\.?\s+(?=[^\W\d_])")
#: A title run into the name, as some transcripts write it (``mrbarroso``, ``mrsde``): lower-case text only.
_GLUED_TITLE = re.compile(r"(?<![\w'’-])(?:mrs?|ms|dr)(?P<name>[a-z]{3,})(?![\w'’-])")
#: Offices no street, hotel or title of a work is named after (not ``King Street``, ``Doctor Who``).
_OFFICES_OF_PEOPLE = (
    r"(?:vice[ -])?president|commissioner|(?:prime |foreign |finance )?minister|chancellor|senator|governor|"
    r"mayor|ambassador|rapporteurs?"
)
#: Offices and forms of address before a name in lower-case speech (``commissioner barnier``,
#: ``madam lauristin``); the name is what follows, the office stays. With capitals the model reads them.
_OFFICE = re.compile(
    rf"\b(?:{_OFFICES_OF_PEOPLE}|king|queen|prince|princess|pope|sir|lord|lady|"
    r"honourable|baroness|baron|doctor|colonel)\s+(?=[a-z])"
)
#: Those offices written in lower case before a capitalised name in typed text (``I agree with
#: commissioner Paakkonen``), where the model, without the office's capital, often misses the name.
_OFFICE_LOWER_CASED = re.compile(rf"\b(?:{_OFFICES_OF_PEOPLE})\s+(?=[A-Z])")

#: A person's role before their name in lower-case speech (``the customer bongani``, ``her assistant is grace``).
_ROLE = re.compile(
    r"\b(?:the|a|an|my|our|your|his|her|their)\s+(?:(?:new|other|main|old|current|former)\s+)?(?:"
    r"manager|owner|customer|client|patron|patient|tenant|partner|assistant|caller|donor|guest|author|student|"
    r"applicant|landlord|landlady|supervisor|colleague|coworker|neighbou?r|candidate|intern|nurse|contact|"
    r"wife|husband|son|daughter|mother|father|brother|sister|friend|boss|cousin|uncle|aunt|boyfriend|girlfriend"
    r")(?:\s+(?:is|was|named|called))?\s+(?=[a-z])"
)
#: Where a turn or sentence starts, past a greeting or filler: a name said there, then a question or
#: thanks, addresses someone (``pat can you go through the numbers``, ``Seun, thanks``). A comma alone is
#: not enough: ``Ash, birch and rowan``, ``Lamb, chicken or the veggie option``.
_TURN_START = re.compile(
    r"(?:^|(?<=[.?!]\s))(?:(?:hi|hey|okay|ok|so|right|and|um|uh|yeah|well|oh|alright),?\s+){0,2}", re.IGNORECASE
)
#: ``will are you presenting``, ``may can you``: a modal that is a given name, before a question no modal
#: can start, addresses someone (not ``will do you``: ``will do`` is a reply).
_MODAL_ADDRESSED = re.compile(r"(will|may),?\s+(?:(?:uh|um),?\s+)?(?:are|were|can|could|did)\s+you\b", re.IGNORECASE)
_ADDRESSED = re.compile(
    r",?\s+(?:(?:uh|um),?\s+)?(?:(?:can|could|would|will|do|did|are|were|have)\s+you|thanks|thank\s+you|"
    r"you\s+(?:said|had|have|were|are|broke|mentioned|asked|wanted))\b",
    re.IGNORECASE,
)
#: A capitalised name said last in a sentence, after a comma: ``Can you send it over, Kemi?``
_ADDRESSED_LAST = re.compile(r",\s+([A-ZÀ-Ý][a-zß-ÿ'’-]+)(?=\s*[.?!]+(?:\s|$)|\s*$)")
_ADDRESSED_CAPITALISED = RULES["addressed_capitalised"]
_ADDRESSED_LOWER = RULES["addressed_lower"]
#: What only a person does in a meeting, after a name: ``Summer is running the retro`` would be a season,
#: ``Summer is presenting`` is someone (``Faith will follow up``, ``grace from finance``).
_PERSON_DOES = re.compile(
    r"\s+(?:(?:is|was|will\s+be)\s+(?:presenting|leading|joining|hosting|chairing|facilitating|moderating|"
    r"organi[sz]ing|taking\s+(?:the\s+)?(?:notes|minutes)|going\s+to\s+take\s+(?:the\s+)?(?:notes|minutes)|"
    r"on\s+(?:leave|holiday|vacation)|out\s+(?:sick|today|this\s+week)|off\s+sick|(?:still\s+)?(?:on\s+mute|muted)|"
    r"in\s+the\s+(?:waiting\s+room|lobby)|sharing\s+(?:his|her|their)\s+screen)"
    r"|(?:has\s+|just\s+)?(?:dropped\s+off|left\s+the\s+(?:call|meeting))"
    r"|will\s+(?:present|lead|join\s+us|host|chair|facilitate|moderate|take\s+(?:the\s+)?(?:notes|minutes)|"
    r"follow\s+up|send\s+(?:it|the|an?|them)|share\s+(?:it|the|an?|her|his)|own\s+(?:it|this|that|the))"
    r"|from\s+(?:the\s+)?(?:finance|legal|marketing|sales|hr|ops|operations|support|security|design|engineering|"
    r"product|procurement|accounting|payroll|recruiting|research)(?:\s+team)?)\b",
    re.IGNORECASE,
)
_NAME_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*)$")


#: ``call`` that names a thing or a duty, not a person called: ``it's called hopscotch``, ``the on call rota``.
_THING_CALLED = re.compile(
    r"(?:\b(?:it|that|this|which|what)(?:['’]s|\s+is|\s+was)?\s+|\bon[\s-]|\b(?:now|formerly|originally)\s+"
    r"|\b(?:project|release|product|app|tool|feature|service|codename)\s+)call",
    re.IGNORECASE,
)


#: The first letter of a word, unless an ASCII lower-case one (``Çağrı`` counts as capitalised).
_WORD_START = re.compile(r"\b[^\W\d_a-z]")


@lru_cache(maxsize=64)
def is_lower_case_text(text: str) -> bool:
    """No capitalised word past the first, ``I`` aside: capitals say nothing about names here (cached, a few
    texts only, as the normaliser is: every recognizer asks of the text it reads)."""
    return not any(
        m.start() > 0 and m.group(0).isupper() and not _is_pronoun_i(text, m.start())
        for m in _WORD_START.finditer(text)
    )


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
        model = nlp_artifacts.entities if nlp_artifacts is not None and nlp_artifacts.entities else []
        orgs = [(e.start_char, e.end_char) for e in model if e.label_ == "ORG"]
        persons = [(e.start_char, e.end_char) for e in model if e.label_ == "PERSON"]
        found = []
        if lower:
            offices = list(_OFFICE.finditer(text)) + list(_ROLE.finditer(text))
        else:
            offices = list(_OFFICE_LOWER_CASED.finditer(text))
        for cue in list(_PERSON_CUE.finditer(text)) + list(_TITLE.finditer(text)) + offices:
            titled = cue.re is not _PERSON_CUE
            if not titled and _THING_CALLED.search(text[max(0, cue.start() - 12) : cue.start() + 4]):
                continue  # "it's called hopscotch", "the on call rota": a thing's name, a duty
            if cue.group(0)[:5].lower() == "thank" and after_determiner(text, cue.start()):
                continue  # "the Thank Presented dashboard", "a thank you card": thanks to no one
            first = {_PERSON_CUE: _CUE_LOWER_FIRST, _ROLE: _AFTER_ROLE_LOWER}.get(cue.re, _AFTER_TITLE_LOWER)
            end = self._name_end(text, cue.end(), lower, first, titled)
            if end is None and cue.re is _ROLE:
                end = _month_named(text, cue)
            if end is None:
                continue
            span = text[cue.end() : end]
            in_org = any(s <= cue.end() < e for s, e in orgs)
            if in_org and not titled and not any(w.lower() in given_names() for w in _WORD.findall(span)):
                continue  # "meeting with Acme Labs": the NER says organisation
            found.append((cue.start() if cue.re is _TITLE else cue.end(), end, 0.65))
        found += self._addressed(text)
        for m in _PERSON_DOES.finditer(text):
            name = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())  # bounded: linear in the text
            if name and self._does_things(text, name, lower):
                found.append((name.start(1), name.end(1), 0.65))
        if lower:
            for m in _GLUED_TITLE.finditer(text):
                glued = self._glued(m)
                end = self._name_end(text, m.start("name"), lower, _AFTER_TITLE_LOWER, titled=True) if glued else None
                if end is not None:
                    found.append((m.start(), end, 0.65))
        return [
            self.result("PERSON", start, end, OVER_MODEL if overlaps(start, end, persons) else score, CUE)
            for start, end, score in dict.fromkeys(found)
        ]

    def _name_end(self, text: str, start: int, lower: bool, first: NameWordRule, titled: bool) -> int | None:
        """End of the name words starting at ``start``, or None; ``first`` reads a lower-case first word."""
        end = None
        pos = start
        for index in range(4):
            m = _WORD.match(text, pos)
            if m is None:
                break
            word = m.group(0)
            particle = lower and word in NAME_PARTICLES and index < 3
            if (index or titled) and PERSON_VERB.match(text, m.start() - 1):
                break  # "as commissioner de gucht said": what the person does ends the name
            if not particle and not self._is_name_word(word, lower, first if index == 0 else _CUE_LOWER_NEXT):
                break
            if not particle:
                end = _name_end(m)
                if end < m.end():
                    break  # a possessive ends the name
            gap = re.match(r" (?:[A-Za-z]\.? )?", text[m.end() :])  # one space, or a middle initial
            if gap is None:
                break
            pos = m.end() + gap.end()
        return end

    def _addressed(self, text: str) -> list[tuple[int, int, float]]:
        """Names that open a turn to address someone; with capitals, given names or words English hardly uses."""
        found = []
        for m in _TURN_START.finditer(text):
            lower = text[m.end() : m.end() + 1].islower()  # a capital opens a sentence even in lower-case text
            if modal := _MODAL_ADDRESSED.match(text, m.end()):
                found.append((m.end(), modal.end(1), 0.65))
                continue
            end = self._name_end(text, m.end(), lower, _ADDRESSED_LOWER, titled=False)
            if end is None or not _ADDRESSED.match(text, end):
                continue
            if lower or all(_ADDRESSED_CAPITALISED(w) for w in _WORD.findall(text[m.end() : end])):
                found.append((m.end(), end, 0.65))
        for m in _ADDRESSED_LAST.finditer(text):
            if _ADDRESSED_CAPITALISED(m.group(1)):
                found.append((m.start(1), m.end(1), 0.65))
        return found

    @staticmethod
    def _does_things(text: str, name: re.Match[str], lower: bool) -> bool:
        """A given name (an everyday one too: ``will``, ``grace``), a surname or a word no dictionary lists,
        not after a determiner, written as names are in this text."""
        word = name.group(1)
        if (lower and not word.islower() and name.start(1) > 0) or (not lower and not word[:1].isupper()):
            return False
        b = bare(word)
        if after_determiner(text, name.start(1)) or b in NOT_NAME_WORDS or b in ROLE_WORDS or len(b) < 3:
            return False
        if b in STOP_WORDS and (word.islower() or b not in given_names()):
            return False  # "she is leading", "you will be joining"; capitalised, "Will is presenting" is someone
        surname = b in surnames() and b not in ENGLISH_WORDS  # not "the canteen cook is on holiday"
        return b in given_names() or surname or Listed.UNLISTED_WORD.test(word, b, ())

    @staticmethod
    def _glued(match: re.Match[str]) -> bool:
        """``mrbarroso``, ``mrswoboda`` are ``mr barroso``, ``mrs woboda``: a word English hardly uses and no
        dictionary lists, even as a compound (not ``drive``, ``dreamforce``)."""
        word = match.group(0)
        return Listed.UNLISTED_WORD.test(word, word, ()) and not is_english_word(word, Zipf.RARE)

    def _is_name_word(self, word: str, lower: bool, rule: NameWordRule) -> bool:
        return rule(word, self._known) if lower else _CUE_CAPITALISED(word)


def known_words(nlp: object) -> frozenset[str]:
    """Lower-case words of a freshly loaded spaCy model's vocabulary.

    Call before the model processes any text: processing adds every new
    word to the string store.
    """
    strings = nlp.vocab.strings  # type: ignore[attr-defined]
    return frozenset(s for s in strings if s.isalpha() and s.islower())
