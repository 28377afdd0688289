"""Policies that drop detected spans that are not personal data here.

Dates: the contract requires dates of birth; redacting every "tomorrow" or
"next Tuesday" would ruin scheduling talk for training. With the default
policy a date is redacted when it is in a birth context or is a full
calendar date (day, month and year); relative dates, weekdays, months, plain
years and times stay.

Locations: places finer than a country are redacted; with
``keep_countries`` a bare country name stays. spaCy's small model often
tags the employer in "this is John Smith from Acme" as a place; a
"location" right after a person and ``from``/``at``/``with`` is taken as an
organisation, which is not personal data here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from itertools import pairwise

from phonenumbers.geodata.locale import LOCALE_DATA
from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from .evidence import CUE, MODEL_LOWER, OWN_CUES, evidence_of
from .lexicon import (
    ENGLISH_WORDS,
    PRODUCT_NAMES,
    PRODUCT_NOUNS,
    ROLE_WORDS,
    census_given_names,
    census_surnames,
    is_english_word,
)
from .name_words import bare
from .names import after_determiner, is_everyday_phrase, is_lower_case_text, is_thing_name
from .places import is_known_place, is_weak_model_place
from .settings import DatePolicy, DetectionSettings
from .truecase import capital_only_from_start

__all__ = [
    "declared_things",
    "is_affiliation",
    "is_birth_context",
    "is_code_name_part",
    "is_code_name_use",
    "is_country",
    "is_full_date",
    "is_listed_with_things",
    "is_noun_kind",
    "is_product_domain",
    "is_product_name",
    "is_product_only",
    "is_product_use",
    "owns_a_tool",
    "is_verb_use",
    "keep_result",
]

_BIRTH = re.compile(r"\b(?:born|birth|birthday|birthdate|b-?day|d\.?o\.?b\.?|date\s+of\s+birth)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.;!?]\s|\b(?:and|but|while|then)\b", re.IGNORECASE)
_AFFILIATION = re.compile(r"\s+(?:from|at|with|of)\s+$", re.IGNORECASE)
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}\b")
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}")
_MONTH = re.compile(rf"\b(?:{_MONTHS})\b\.?", re.IGNORECASE)
_DAY = re.compile(r"\b(?:[12]?\d|3[01])(?:st|nd|rd|th)?\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b|'\d\d\b")

_COUNTRY_ALIASES = (
    "america",
    "the states",
    "usa",
    "u.s.",
    "u.s.a.",
    "us",
    "uk",
    "u.k.",
    "britain",
    "great britain",
    "england",
    "scotland",
    "wales",
    "northern ireland",
    "holland",
    "the netherlands",
    "czech republic",
    "korea",
    "south korea",
    "north korea",
    "russia",
    "vietnam",
    "uae",
    "emirates",
)


def is_birth_context(text: str, start: int, end: int) -> bool:
    """A birth word shortly before the span in the same clause, or just after it."""
    before = _CLAUSE_BREAK.split(text[max(0, start - 50) : start])[-1]
    after = _CLAUSE_BREAK.split(text[end : end + 20])[0]
    return bool(_BIRTH.search(before) or _BIRTH.search(after))


def is_full_date(span: str) -> bool:
    """Day, month and year: ``3 March 1985``, ``03/04/1985``, ``1985-03-04``."""
    if _NUMERIC_DATE.search(span) or _ISO_DATE.search(span):
        return True
    month = _MONTH.search(span)
    if not month or not _YEAR.search(span):
        return False
    without = _YEAR.sub(" ", span)
    return bool(_DAY.search(without))


@cache
def _countries() -> frozenset[str]:
    names = set(_COUNTRY_ALIASES)
    for languages in LOCALE_DATA.values():
        name = languages.get("en")
        while isinstance(name, str) and name.startswith("*"):
            name = languages.get(name[1:])
        if name:
            names.add(name.lower())
            names.add(f"the {name.lower()}")
    return frozenset(names)


def is_country(span: str) -> bool:
    """Whether a location span is just a country name."""
    return span.strip(" .,;:!?").lower() in _countries()


def is_affiliation(text: str, start: int, person_ends: Iterable[int]) -> bool:
    """``John Smith from Acme``: after a person, ``from``/``at``/``with`` names an employer."""
    gap = _AFFILIATION.search(text[max(0, start - 8) : start])
    return gap is not None and (start - len(gap.group(0))) in set(person_ends)


_NEXT_WORD = re.compile(r" ([a-z]+)\b")
#: Words before a span that make it a tool: ``a trial of vercel``, ``an alternative to Okta``.
_PRODUCT_BEFORE = re.compile(
    r"\b(?:trial(?:l?ing)?(?:\s+of)?|alternatives?\s+to|migrat(?:e|ed|ing|ion)\s+(?:to|from|off)|seats\s+(?:in|on|for)|"
    r"subscriptions?\s+(?:to|for)|licen[cs]es?\s+(?:for|of)|integrations?\s+(?:with|for)|instances?\s+of)\s+$",
    re.IGNORECASE,
)


#: Words that name a project by its code name: ``project juno``, ``the release called tangerine``.
_CODE_NAME_BEFORE = re.compile(
    r"\b(?:project|release|code[\s-]?name[ds]?|operation|initiative|programme|program|sprint|milestone|epic|"
    r"workstream)\s+(?:(?:called|named)\s+)?$",
    re.IGNORECASE,
)


def is_code_name_use(text: str, start: int, end: int) -> bool:
    """A project's code name by the word before it, inside the span or not (``Project Hazel``, ``project
    otto``, ``the release called tangerine``)."""
    span = text[start:end]
    head = re.match(r"\S+\s+", span)
    if head is not None and _CODE_NAME_BEFORE.fullmatch(head.group(0)):
        return True
    return _CODE_NAME_BEFORE.search(text[max(0, start - 30) : start]) is not None


#: What machines do and people do not, right after the name: ``skye keeps crashing``, ``Jenkins is down
#: again``, ``jasper runs hot on cpu``, ``Marshall hit 99.2% uptime``.
_MACHINE_PREDICATE = re.compile(
    r"\s+(?:(?:still|now|also|just|again|constantly|randomly)\s+)?"
    r"(?:(?:keeps|kept)\s+(?:crashing|restarting|timing\s+out|falling\s+over|leaking)"
    r"|(?:times|timed|timing)\s+out\b|(?:runs|ran|running)\s+(?:hot\s+on|out\s+of\s+(?:memory|disk))"
    r"|(?:is|was|went)\s+(?:down\s+again|down\s+for\s+everyone|deprecated|read-only|leaking\s+memory"
    r"|out\s+of\s+(?:memory|disk)|(?:throwing|returning)\s+(?:errors|exceptions|500s|timeouts))"
    r"|(?:(?:is|was)\s+)?(?:eating|using|hogging)\s+(?:up\s+)?(?:all\s+)?(?:the\s+)?(?:memory|cpu|ram|disk)"
    r"|(?:hit|had|has|is\s+at)\s+\d+(?:\.\d+)?\s*%\s+uptime)\b",
    re.IGNORECASE,
)


#: What a tool is chosen as, right after it, and the tool it replaces: ``evaluating ashby as a replacement for
#: lever``.
_REPLACES_AFTER = re.compile(
    r"\s+as\s+(?:a|an|the|our)\s+(?:replacement|alternative|substitute)\s+(?:for|to)\s+(?:the\s+)?(\w+)"
)


def is_product_use(text: str, start: int, end: int) -> bool:
    """A tool named like a person: by the noun after it (``cassandra nodes``, ``the jupyter server``), by what it
    does (``skye keeps crashing``), by the words before it (``our trial of vercel``), or as the first part of a
    compound word (``frost-proof``)."""
    m = _NEXT_WORD.match(text, end)
    if m is not None and m.group(1) in PRODUCT_NOUNS:
        return True
    if _MACHINE_PREDICATE.match(text, end):
        return True
    if re.match(r"-[a-z]", text[end : end + 2]):
        return True
    return _PRODUCT_BEFORE.search(text[max(0, start - 30) : start]) is not None


_WORD_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_]+) $")
_WORD_AFTER = re.compile(r" ([^\W\d_]+)(?![\w-])")
#: After a code name: its possessive and up to three words, one of them a tool's noun (``Iron Lark's handheld app``).
_OWNED_TOOL = re.compile(r"['’]s((?: [a-z][\w-]*){1,3})")


def is_code_name_part(text: str, start: int, end: int) -> bool:
    """One word of a code name of two that the model took alone: ``the Cinder Fox spike``, ``Iron Lark's
    handheld app``, ``the slate wolf rollout``.

    The word beside it, written alike, makes with it a thing's name (:func:`names.is_thing_name`: no given
    name or title first, no frequent surname last), and the pair stands where a thing goes: after a
    determiner, before a tool's noun or what machines do, or owning a tool. ``Ask Wolf about it`` and
    ``Thanks Moon`` keep their person: no such place, and a cue besides.
    """
    span = text[start:end]
    if not re.fullmatch(r"[^\W\d_]+", span):
        return False
    pairs = []
    if (before := _WORD_BEFORE.search(text, max(0, start - 30), start)) is not None:
        pairs.append((before.start(1), end, before.group(1)))
    if (after := _WORD_AFTER.match(text, end)) is not None:
        pairs.append((start, after.end(1), after.group(1)))
    for pair_start, pair_end, other in pairs:
        if other[:1].isupper() != span[:1].isupper() or not is_thing_name(text[pair_start:pair_end]):
            continue
        if (
            after_determiner(text, pair_start)
            or is_product_use(text, pair_start, pair_end)
            or owns_a_tool(text, pair_end)
        ):
            return True
    return False


def owns_a_tool(text: str, end: int) -> bool:
    """A possessive at ``end`` and, within three words, a tool's noun: ``Iron Lark's handheld app``,
    ``clockify's free tier`` (a product's, as often as not; ``kaczynski's party`` is someone's)."""
    owned = _OWNED_TOOL.match(text, end)
    return owned is not None and any(w in PRODUCT_NOUNS for w in owned.group(1).split())


#: Words after which a tool or a language goes, and neither a person nor a place: ``written in Crystal``,
#: ``built with hugo``, ``we use Claude``, ``ingests from Kafka`` (not ``written by``: an author is someone;
#: not ``hosted in``, ``moved to``: a place is named so).
_TOOL_PHRASE = (
    r"(?:using|use[sd]?|(?:built|made|developed|rendered|generated)\s+(?:with|in)|written\s+in|powered\s+by|"
    r"(?:ingest|stream|import|export|load|read|pull|publish)(?:s|es|ed|ing)?\s+(?:from|into|to))"
)
_TOOL_PHRASE_BEFORE = re.compile(rf"\b{_TOOL_PHRASE}\s+(?:the\s+)?$", re.IGNORECASE)
#: ... and, for a person span, where a tool runs or what it replaces: ``the notebook is in julia``, ``paid
#: through deel``, ``hosted on netlify``, ``a replacement for lever``.
_TOOL_BEFORE = re.compile(
    rf"\b(?:in|on|into|onto|via|through|{_TOOL_PHRASE}|hosted\s+(?:on|in|by)|deployed\s+(?:to|on)|"
    r"(?:switch(?:ed|ing)?|moving|moved)\s+(?:to|from|off)|replacements?\s+for|instead\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OTHER_TOOL_AFTER = re.compile(r"\s*(?:,|and|or|vs\.?|versus|instead\s+of|rather\s+than)\s+(\w+)", re.IGNORECASE)
_OTHER_TOOL_BEFORE = re.compile(r"(\w+)\s*(?:,|and|or|vs\.?|versus)\s+$", re.IGNORECASE)
_MAKER_BEFORE = re.compile(r"(\w+) $")
_FILLERS = re.compile(r"^(?:(?:um|uh|so|yeah|like|the)\s+)+", re.IGNORECASE)  # "um jenkins": the model's span
_ACRONYM = re.compile(r"[A-Z]{2,4}")
_NEXT_TOKEN = re.compile(r" (\w+)\b")
#: Words after a product's name that are part of it: ``travis ci``, ``Raycast Pro``, ``Argo CD``.
_PRODUCT_SUFFIXES = frozenset(("ci", "cd", "pro", "ai", "io", "db", "js", "cloud", "studio", "enterprise", "plus"))


def is_product_name(text: str, start: int, end: int, *, person: bool) -> bool:
    """A tool the product list names (``in jupyter``, ``Vite builds``, ``Braintree payouts``, ``Travis CI``).

    A product that is also a common US given name or surname (``claude``, ``julia``, ``jenkins``) is one only
    where a tool goes: before a tool's noun or its own suffix (``travis ci``), after ``a trial of`` or a
    determiner (``our Haskell engine``), beside another product (``claude and gemini``), before the product it
    replaces (``ashby as a replacement for lever``), as a place the
    gazetteer does not know, or, for a person span, after ``in``/``on``/``through``; as someone's only before
    a tool's noun and no given name (``kafka's consumer lag``; not ``on julia's team``, ``Julia's
    dashboard``). What follows the product in the span must be lower-case words or an acronym, so that
    ``Teams Priya`` stays a person.
    """
    head, *rest = _FILLERS.sub("", text[start:end]).split() or [""]
    product = bare(head)
    if product not in PRODUCT_NAMES:
        return False
    if not all(
        _ACRONYM.fullmatch(w)
        or w.lower() in _PRODUCT_SUFFIXES
        or (w.islower() and "-" not in w and is_english_word(bare(w)))
        for w in rest
    ):
        return False
    if not _census_name(product):
        return True
    if re.match(r"['’]s\b", text[end : end + 3]) or re.search(r"['’]s$", head):
        # "kafka's consumer lag": a tool's; "on julia's team", "Julia's dashboard": someone's
        return product not in census_given_names() and owns_a_tool(text, end)
    after = _NEXT_TOKEN.match(text, end)
    if after is not None and after.group(1).lower() in _PRODUCT_SUFFIXES:
        return True  # "travis ci", "Jenkins CI"
    if rest or is_product_use(text, start, end) or _beside_product(text, start, end) or after_determiner(text, start):
        return True
    if (replaced := _REPLACES_AFTER.match(text, end)) is not None and replaced.group(1).lower() in PRODUCT_NAMES:
        return True  # "evaluating ashby as a replacement for lever"; not "hired Ashby as a replacement for Tom"
    window = text[max(0, start - 30) : start]
    if not person:
        return not is_known_place(product) or _TOOL_PHRASE_BEFORE.search(window) is not None
    return _TOOL_BEFORE.search(window) is not None


def is_product_only(span: str) -> bool:
    """One word, a product of the list that is no census name (``statsig``, ``BigQuery``)."""
    words = _FILLERS.sub("", span).split()
    if len(words) != 1:
        return False
    product = bare(words[0])
    return product in PRODUCT_NAMES and not _census_name(product)


def _census_name(word: str) -> bool:
    return word in census_given_names() or word in census_surnames()


def _beside_product(text: str, start: int, end: int) -> bool:
    """Listed with another product (``claude and gemini``) or after its maker (``amazon polly``, ``IBM Watson``)."""
    window = text[max(0, start - 30) : start]
    after = _OTHER_TOOL_AFTER.match(text, end)
    before = _OTHER_TOOL_BEFORE.search(window)
    if any(m is not None and m.group(1).lower() in PRODUCT_NAMES for m in (after, before)):
        return True
    maker = _MAKER_BEFORE.search(window)
    return maker is not None and is_product_only(maker.group(1))


#: A plural noun after a word, then a verb, perhaps after a phrase of place: the word names the noun's kind
#: (``Clementine boxes arrive``, ``travis builds on the old repo are flaky``), as no verb in ``-s`` is
#: followed by a verb. Not after what someone says or thinks (``Anna says will do``).
_PLURAL_SUBJECT = re.compile(
    r" (?!(?:says|thinks|knows|hopes|feels|wants|needs|means|reckons|guesses|believes|agrees|suggests|asks)\b)"
    r"[a-z]{2,}[^\Wsu]s(?: (?:on|in|for|of|from|at|with) (?:[\w.-]+ ){1,4}?| )"
    r"(?:are|were|have|take|took|arrive|need|run|keep|get|go|look|seem|fail|stay|come|break|cost|make|show|"
    r"will|would|can|could|should|must|might|do|don['’]t|didn['’]t|aren['’]t|weren['’]t)\b"
)
_TYPED = re.compile(r"^\s*[A-Z]|[.!?]\s*$")


def is_noun_kind(text: str, start: int, end: int) -> bool:
    """One word before a plural noun that a verb follows: ``Clementine boxes arrive on Monday``, ``Jasmine tests
    are failing``: a dictionary word or a listed product, as ``Priya slides are ready`` are her slides. In
    speech-to-text (``john tests are failing`` may be said to John) only a listed product (``athena queries
    on the raw logs are slow``); typed text gives the addressed a comma."""
    word = bare(text[start:end])
    if not re.fullmatch(r"[^\W\d_]+", text[start:end]) or _PLURAL_SUBJECT.match(text, end) is None:
        return False
    if word not in ENGLISH_WORDS and word not in PRODUCT_NAMES:
        return False  # "Priya slides are ready": her slides, the apostrophe left out
    return _TYPED.search(text) is not None or word in PRODUCT_NAMES


#: A pair before a plural verb (``Hazel and violet are the accent colours``), or a list of three
#: (``Pearl, ivory, or eggshell``), either order.
_PLURAL_VERB = r"(?:are|were|have|make|look|go|sit|stay|seem|remain)\b"
_THINGS_AFTER = re.compile(
    rf"\s+(?:and|or|&)\s+([a-z]+)\s+{_PLURAL_VERB}|\s*,\s*([a-z]+)\s*,?\s+(?:and|or)\s+([a-z]+)\b"
)
_THING_BEFORE = re.compile(r"\b([a-z]+)\s+(?:and|or|&)\s+$")
_PLURAL_VERB_AFTER = re.compile(rf"\s+{_PLURAL_VERB}")


def is_listed_with_things(text: str, start: int, end: int) -> bool:
    """An everyday word that is also a name, capitalised first in a list of lower-case nouns: ``Hazel and
    violet are the two accent colours``, ``Brandy and sherry are off the list``, ``Pearl, ivory, or
    eggshell``. Someone is listed with people (``Rose and family are here``: a role or group word) or written
    like them; the lower case of the others tells a thing only in text that has capitals."""
    span = text[start:end]
    if not re.fullmatch(r"[A-Z][a-z]+", span) or span.lower() not in ENGLISH_WORDS or is_lower_case_text(text):
        return False
    after = _THINGS_AFTER.match(text, end)
    others = [w for w in after.groups() if w] if after is not None else []
    if not others and (before := _THING_BEFORE.search(text, max(0, start - 30), start)) is not None:
        if _PLURAL_VERB_AFTER.match(text, end):
            others = [before.group(1)]
    return bool(others) and all(_a_thing(w) for w in others)


#: Teams and groups people are listed with, beside the role words: ``Bill and procurement are reviewing it``.
_GROUPS = frozenset(
    "procurement compliance purchasing accounts accounting payroll facilities research logistics recruiting "
    "recruitment admissions nursing pharmacy radiology editorial comms communications partnerships infra "
    "infrastructure devops qa it data analytics crew guests students others company co".split()
)


def _a_thing(word: str) -> bool:
    """A lower-case dictionary noun that names no person or group (``violet``, ``sherry``; not ``team``,
    ``procurement``, ``designers``)."""
    return (
        len(word) >= 3
        and word in ENGLISH_WORDS
        and word not in STOP_WORDS
        and word not in ROLE_WORDS
        and word not in _GROUPS
        and word.removesuffix("s") not in ROLE_WORDS
        and not word.endswith(("ers", "ors", "ists", "ians", "ees"))  # people by what they do
    )


#: Kinds of thing a text may say its names are: ``Dale and Glen are the two Postgres replicas``, ``Iris (our
#: image-tagging service)``. Not the tool nouns people are too: ``Mark is the server admin``, ``Priya and Tom
#: are our two workers on site``.
_PEOPLE_TOO = frozenset("admin worker workers consumer consumers producer producers runner runners".split())
_THING_KINDS = (PRODUCT_NOUNS - _PEOPLE_TOO) | frozenset(
    "environment environments service services release releases skill skills utility utilities tool tools "
    "codename codenames database databases branch branches project projects product products font fonts "
    "colour colours color colors theme themes framework frameworks library libraries language languages "
    "model models feature features module modules device devices machine machines build builds trains".split()
)
_KIND = r"(?:{})".format("|".join(sorted(_THING_KINDS, key=len, reverse=True)))
_NAME_WORD = r"[A-Za-z][\w-]*"
#: The kind is the noun the phrase ends in: punctuation, a preposition or a clause follows, not another noun.
_KIND_ENDS = (
    r"(?=\s*(?:[,.;:!?)\]—–]|$)|\s+(?:for|with|in|on|of|and|or|but|that|which|so|where|while|the|a|an|our|we|i)\b)"
)
#: A list at the start of a clause, then what it is: ``Finch, Wren and Robin are the three Kubernetes clusters``.
_DECLARED_LIST = re.compile(
    rf"(?:^|[.;:!?—–]\s*)((?:{_NAME_WORD}\s*,\s*)*{_NAME_WORD}(?:\s*,?\s+(?:and|or)\s+{_NAME_WORD})?)"
    rf"\s+(?:are|is|were|was)\s+((?:[\w'’.-]+\s+){{0,5}}?{_KIND}){_KIND_ENDS}",
    re.IGNORECASE,
)
#: A name and what it is in brackets: ``Ray (the Python framework)``, ``Dawn (codename)``.
_DECLARED_IN_BRACKETS = re.compile(rf"({_NAME_WORD})\s+\(((?:the|our|a|an)?\s*(?:[\w'’.-]+\s+){{0,4}}?{_KIND})\)", re.I)


#: Words before the kind that say where the names are or what they do, not what they are.
_NOT_WHAT_IT_IS = frozenset(
    "on in at with for from to into onto off out over under by about behind after before like than still also "
    "not now both all always never just already each".split()
)


_DETERMINERS = frozenset("the a an our their his her my your this that these those its".split())


def declared_things(text: str) -> frozenset[str]:
    """Words ``text`` itself says are things, in lower case: a list at the start of a clause that is a kind of
    tool or thing (``Amber and Jade are staging environments``), or a name with its kind in brackets (``Hazel
    (the Mac app)``). A role in the phrase (``Priya and Tom are the two new engineers``) names people, and a
    preposition or a verb before the kind says where they are or what they do (``Priya and Tom are on the
    sync``, ``Mark is leading the migration``)."""
    if " are " not in text and " is " not in text and "(" not in text:
        return frozenset()
    words: set[str] = set()
    for m in (*_DECLARED_LIST.finditer(text), *_DECLARED_IN_BRACKETS.finditer(text)):
        said = [w.lower() for w in re.findall(r"[\w'’-]+", m.group(2))]
        if any(w in ROLE_WORDS for w in said):
            continue
        if any(w in _NOT_WHAT_IT_IS for w in said[:-1]) or any(
            w.endswith(("ing", "ed")) and after in _DETERMINERS for w, after in pairwise(said)
        ):
            continue  # "Priya and Tom are on the sync", "Mark is leading the migration": where, what they do
        words.update(w.lower() for w in re.findall(_NAME_WORD, m.group(1)) if w.lower() not in ("and", "or"))
    return frozenset(words)


#: What follows a verb, and never a name without a comma: an object, a particle.
_AFTER_VERB = re.compile(r" (?:the|a|an|me|us|them|it|my|your|our|their|this|that|these|those|out|forth)\b")
#: What comes before a verb and never before a name: ``we had to jimmy the cupboard``, ``let's pat it dry``.
_BEFORE_VERB = re.compile(
    r"\b(?:(?:had|have|has|need(?:s|ed)?|try(?:ing)?|tried|want(?:s|ed)?|going|gonna|able|got|used)\s+to|"
    r"let['’]?s|please|don['’]?t|didn['’]?t|can['’]t|won['’]t|should|must)\s+$",
    re.IGNORECASE,
)


_LEADING_SPACE = re.compile(r"\s*")


def is_verb_use(text: str, start: int, end: int) -> bool:
    """``Pat the laptop dry``, ``Max out the retries``, ``trying to harry us``: one word, then an object or a
    particle with no comma, where a verb goes: first in a typed sentence (a capital first; speech-to-text
    writes ``pat the numbers look good`` to address someone) or after ``had to``, ``let's``, ``please``."""
    if " " in text[start:end] or _AFTER_VERB.match(text, end) is None:
        return False
    if _LEADING_SPACE.match(text).end() >= start:  # first in the text (reads only its leading spaces)
        return text[start : start + 1].isupper()
    return _BEFORE_VERB.search(text[max(0, start - 20) : start]) is not None


def _recognizer(result: RecognizerResult) -> str | None:
    return (result.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY)


#: A company's or product's domain written as its name: ``Otter.ai``, ``Customer.io``, ``Monday.com``.
_NAME_DOMAIN = re.compile(r"[A-Z][a-z]+\.(?:ai|io|com|co|app|dev|so|net|org|me|ly)")


def is_product_domain(span: str) -> bool:
    """A bare domain of one capitalised word a dictionary or the product list holds, no scheme, path or
    ``www``: a product's name (``We're trialling Otter.ai``), not someone's page (``janedoe.com``)."""
    if not _NAME_DOMAIN.fullmatch(span):
        return False
    word = span.split(".")[0].lower()
    return word in ENGLISH_WORDS or word in PRODUCT_NAMES


def keep_result(
    text: str,
    result: RecognizerResult,
    settings: DetectionSettings,
    person_ends: Iterable[int] = (),
) -> bool:
    """Whether a detected span is redacted under the date and location policies."""
    span = text[result.start : result.end]
    if result.entity_type == "DATE_TIME" and settings.dates != DatePolicy.ALL:
        if (result.recognition_metadata or {}).get("date_of_birth"):
            return True
        if is_birth_context(text, result.start, result.end):
            return True
        return settings.dates == DatePolicy.BIRTH_AND_CALENDAR and is_full_date(span)
    if result.entity_type == "URL" and is_product_domain(span):
        return False  # "We should replace Mailchimp with Customer.io": a product
    if result.entity_type == "PERSON" and _recognizer(result) == "SpacyRecognizer" and is_everyday_phrase(span):
        return False
    if result.entity_type == "PERSON" and evidence_of(result) == CUE and is_product_only(span):
        return False  # "statsig says", "the report from BigQuery": a tool no name list holds, whatever is said
    if result.entity_type == "PERSON" and evidence_of(result) not in OWN_CUES:
        if (
            is_product_use(text, result.start, result.end)
            or is_product_name(text, result.start, result.end, person=True)
            or is_code_name_use(text, result.start, result.end)
            or is_code_name_part(text, result.start, result.end)
            or is_noun_kind(text, result.start, result.end)
        ):
            return False  # "cassandra nodes", "in jupyter", "project juno", "the Cinder Fox spike", "Clementine boxes"
        if is_verb_use(text, result.start, result.end):
            return False  # "Pat the laptop dry", "Chuck me the remote": a verb that is also a name
        if is_listed_with_things(text, result.start, result.end):
            return False  # "Hazel and violet are the accent colours": a thing among things
        if evidence_of(result) == MODEL_LOWER and capital_only_from_start(text, result.start, result.end):
            return False  # "Jay feathers keep turning up": the model read the capital a sentence starts with
    if result.entity_type == "LOCATION":
        if settings.keep_countries and is_country(span):
            return False
        if is_product_name(text, result.start, result.end, person=False):
            return False  # "vite builds", "the cap table in carta": a tool, not a place
        if _recognizer(result) == "SpacyRecognizer":
            if (
                is_weak_model_place(span)
                or is_product_use(text, result.start, result.end)
                or is_code_name_use(text, result.start, result.end)
                or is_listed_with_things(text, result.start, result.end)
            ):
                return False  # "Hushed Canyon" (dictionary words, no known place), "the braintree webhook"
        return not is_affiliation(text, result.start, person_ends)
    return True
