"""Recognizers for what speech-to-text writes, and for street addresses.

Each is one small Presidio ``EntityRecognizer``; all but the address
recognizer read the written view of the text (:mod:`.spoken`) and report
spans of the original text. They work in a plain ``AnalyzerEngine`` too:
``registry.add_recognizer(SpokenPhoneRecognizer())``.

Spoken digit strings are told apart by the words around them (``social
security``, ``card``, ``PIN``, ``account``, ``phone``) and by how they were
read: identifiers are read digit by digit (``five five five``), quantities
and years are not (``five hundred``, ``nineteen eighty five``), so those stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS

from .base import LocalRecognizer
from .evidence import CUE, NAME_EVIDENCE_KEY, NAME_FIELD, SHAPE, SPEAKER_LABEL
from .filters import is_birth_context, is_country
from .lexicon import ENGLISH_WORDS, NOT_NAME_WORDS, Zipf, given_names, is_english_word
from .name_words import RULES
from .spans import overlaps
from .spoken import NormalisedText, Rewrite, normalise

__all__ = [
    "NameCueRecognizer",
    "SpelledNameRecognizer",
    "SpokenAccountNumberRecognizer",
    "SpokenCardRecognizer",
    "SpokenDateRecognizer",
    "SpokenEmailRecognizer",
    "SpokenIpRecognizer",
    "SpokenPhoneRecognizer",
    "SpokenPinRecognizer",
    "SpokenSsnRecognizer",
    "SpokenUrlRecognizer",
    "StreetAddressRecognizer",
    "WrittenNumberRecognizer",
    "classify_number",
    "classify_written_number",
]

_CONTEXT = {
    "US_SSN": r"social|ssn|s\s?s\s?n|security\s+number",
    "CREDIT_CARD": r"cards?|visa|master\s?card|amex|american\s+express|discover|credit|debit",
    "PIN": r"pin|passcode|pass\s+code|password|security\s+code|cvv|cvc|cv\s+code|verification\s+code|"
    r"access\s+code|one[\s-]time\s+code|otp",
    "ACCOUNT_NUMBER": r"account|acct|member(?:ship)?|customer|policy|routing|sort\s+code|iban|licen[cs]e|"
    r"passport|id|identification|employee|badge|patient|insurance|reference|tax",
    "PHONE_NUMBER": r"phone|number|call|calling|cell|mobile|telephone|tel|reach|text|dial|extension|ext|fax|"
    r"whatsapp|landline",
}
_CONTEXT_RE = {k: re.compile(rf"\b(?:{v})\b", re.IGNORECASE) for k, v in _CONTEXT.items()}
_IP = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")


def _context(text: str, start: int, end: int, entity: str) -> bool:
    window = text[max(0, start - 80) : start] + " " + text[end : end + 25]
    return bool(_CONTEXT_RE[entity].search(window))


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def classify_number(text: str, rewrite: Rewrite) -> tuple[str, float] | None:
    """The entity type and score of a spoken number run, or None for a quantity."""
    value = rewrite.value
    if _IP.match(value):
        return ("IP_ADDRESS", 0.85) if all(int(p) < 256 for p in value.split(".")) else None
    if "." in value:
        return None  # "two point three"
    digits = re.sub(r"\D", "", value)
    n = len(digits)
    digitwise = rewrite.spoken_digits * 2 >= n and rewrite.spoken_digits >= 3
    start, end = rewrite.start, rewrite.end

    def near(entity: str) -> bool:
        return _context(text, start, end, entity)

    if n == 9 and digitwise and near("US_SSN"):
        return "US_SSN", 0.85
    if 12 <= n <= 19 and near("CREDIT_CARD"):
        return "CREDIT_CARD", 0.9
    if 13 <= n <= 19 and digitwise and _luhn(digits):
        return "CREDIT_CARD", 0.8
    if 3 <= n <= 8 and digitwise and near("PIN"):
        return "PIN", 0.8
    if 4 <= n <= 20 and digitwise and near("ACCOUNT_NUMBER"):
        return "ACCOUNT_NUMBER", 0.8
    if 7 <= n <= 15 and (digitwise or n >= 10) and near("PHONE_NUMBER"):
        return "PHONE_NUMBER", 0.85
    if value.startswith("+") and n >= 8:
        return "PHONE_NUMBER", 0.85
    if n >= 7 and digitwise:
        # An unlabelled identifier read digit by digit: most often a phone number.
        return "PHONE_NUMBER", 0.6
    return None


class _SpokenRecognizer(LocalRecognizer):
    """Base: runs on the written view and reports original spans."""

    ENTITY = ""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__([self.ENTITY], supported_language)

    def analyze(
        self, text: str, entities: Sequence[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Spans of ``text`` holding this recognizer's entity in spoken form."""
        if self.ENTITY not in entities or not text:
            return []
        return [
            self.result(self.ENTITY, start, end, score, **metadata)
            for start, end, score, metadata in self.find(normalise(text))
        ]

    def find(self, norm: NormalisedText) -> Iterable[tuple[int, int, float, dict]]:
        """(start, end, score, metadata) in original characters."""
        raise NotImplementedError


class _SpokenNumberRecognizer(_SpokenRecognizer):
    """Number runs that :func:`classify_number` gives this recognizer's entity."""

    def find(self, norm: NormalisedText) -> Iterable[tuple[int, int, float, dict]]:
        for rewrite in norm.rewrites:
            if rewrite.kind != "number":
                continue
            label = classify_number(norm.original, rewrite)
            if label and label[0] == self.ENTITY:
                yield rewrite.start, rewrite.end, label[1], {}


class SpokenPhoneRecognizer(_SpokenNumberRecognizer):
    """``five five five, one two three four``; ``plus forty four ...``."""

    ENTITY = "PHONE_NUMBER"


class SpokenCardRecognizer(_SpokenNumberRecognizer):
    """``four oh one two ...`` after card words, or any Luhn-valid spoken run."""

    ENTITY = "CREDIT_CARD"


class SpokenSsnRecognizer(_SpokenNumberRecognizer):
    """Nine spoken digits near ``social security`` / ``SSN``."""

    ENTITY = "US_SSN"


class SpokenPinRecognizer(_SpokenNumberRecognizer):
    """Three to eight spoken digits near ``PIN``, ``passcode``, ``CVV``."""

    ENTITY = "PIN"


class SpokenAccountNumberRecognizer(_SpokenNumberRecognizer):
    """Spoken digits near ``account``, ``member``, ``policy``, ``passport``..."""

    ENTITY = "ACCOUNT_NUMBER"


class SpokenIpRecognizer(_SpokenNumberRecognizer):
    """``one nine two dot one six eight dot ...``."""

    ENTITY = "IP_ADDRESS"


class SpokenEmailRecognizer(_SpokenRecognizer):
    """``jane dot doe at example dot com``, ``a b c at g mail dot com``."""

    ENTITY = "EMAIL_ADDRESS"

    def find(self, norm: NormalisedText) -> Iterable[tuple[int, int, float, dict]]:
        for rewrite in norm.rewrites:
            if rewrite.kind == "email":
                yield rewrite.start, rewrite.end, 0.9, {}


class SpokenUrlRecognizer(_SpokenRecognizer):
    """``w w w dot example dot com slash pricing``."""

    ENTITY = "URL"

    def find(self, norm: NormalisedText) -> Iterable[tuple[int, int, float, dict]]:
        for rewrite in norm.rewrites:
            if rewrite.kind == "url":
                yield rewrite.start, rewrite.end, 0.9, {}


_SPELL_CONTEXT = re.compile(
    r"\b(?:spell(?:s|ed|ing)?|that's|that\s+is|it's|its|it\s+is|name|surname|letters|as\s+in)\b[\s,:-]*$",
    re.IGNORECASE,
)


class SpelledNameRecognizer(_SpokenRecognizer):
    """A name spelled out: ``that's R A M A N``, ``spelled r-a-m-a-n``."""

    ENTITY = "PERSON"

    def find(self, norm: NormalisedText) -> Iterable[tuple[int, int, float, dict]]:
        for rewrite in norm.rewrites:
            if rewrite.kind != "spelled" or len(rewrite.value) < 3:
                continue
            before = norm.original[max(0, rewrite.start - 40) : rewrite.start]
            if _SPELL_CONTEXT.search(before):
                yield rewrite.start, rewrite.end, 0.85, {NAME_EVIDENCE_KEY: CUE}
            elif len(rewrite.value) >= 5 and rewrite.value.isupper():
                yield rewrite.start, rewrite.end, 0.6, {NAME_EVIDENCE_KEY: SHAPE}


_MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DAY = r"(?:[12]?\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_SPOKEN_DATE = re.compile(
    rf"\b(?:(?:{_MONTHS})\.?\s+(?:the\s+)?{_DAY}(?:\s*,?\s*(?:of\s+)?{_YEAR})?"
    rf"|(?:the\s+)?{_DAY}\s+(?:of\s+)?(?:{_MONTHS})(?:\s*,?\s*{_YEAR})?)\b",
    re.IGNORECASE,
)


class SpokenDateRecognizer(_SpokenRecognizer):
    """Spoken dates (``march third nineteen eighty five``), and digit runs after ``born``.

    Reports ``DATE_TIME``; the detector's date policy keeps birth dates and
    full calendar dates. Birth dates carry ``date_of_birth`` in the metadata.
    """

    ENTITY = "DATE_TIME"

    def find(self, norm: NormalisedText) -> Iterable[tuple[int, int, float, dict]]:
        spoken = [(r.start, r.end) for r in norm.rewrites if r.kind in ("number", "ordinal")]
        for m in _SPOKEN_DATE.finditer(norm.text):
            start, end = norm.to_original(m.start(), m.end())
            if not overlaps(start, end, spoken):
                continue  # written dates are Presidio's and spaCy's
            birth = is_birth_context(norm.original, start, end)
            yield start, end, 0.75, {"date_of_birth": True} if birth else {}
        for rewrite in norm.rewrites:
            digits = re.sub(r"\D", "", rewrite.value)
            if rewrite.kind == "number" and 4 <= len(digits) <= 8:
                if is_birth_context(norm.original, rewrite.start, rewrite.end):
                    yield rewrite.start, rewrite.end, 0.75, {"date_of_birth": True}


_NOT_STREET_WORD = r"(?!(?:the|a|an|in|on|at|of|to|for|and|or|by|from|with|is|are|was|were|per|more|less)\b)"
# Unambiguous street words, in any case (speech-to-text writes lower case).
_STRONG_TYPES = r"street|avenue|ave|road|boulevard|blvd|lane|terrace|parkway|pkwy|highway|hwy|crescent"
# Words that are streets only in a capitalised name ("5 Elm Way", not "5 in the way").
_WEAK_TYPES = (
    r"St|Rd|Ln|Drive|Dr|Court|Ct|Place|Pl|Way|Square|Sq|Circle|Cir|Trail|Close|Row|Alley|Mews|Gardens|"
    r"Grove|Hill|Walk|Plaza|Loop|Pike|View|Park|Green|Rise|Wharf|Quay"
)
# Street words that speech-to-text writes in lower case, after a number and a name: "452 cherry hill drive",
# "12 ash court"; a time, distance or count before them is no street name ("a 10 minute drive").
_SPOKEN_TYPES = r"drive|court|place|way|close|circle|trail|grove|square"
_NOT_UNIT_WORD = (
    r"(?!(?:minutes?|hours?|days?|weeks?|miles?|kms?|kilometres?|kilometers?|blocks?|steps?|times?|am|pm|"
    r"percent|per)\b)"
)
# ...and said where an address is said: "she's at", "from ... to", "the site is".
_AT_ADDRESS = r"(?:(?<=\bat )|(?<=\bon )|(?<=\bto )|(?<=\bis )|(?<=\bwas )|(?<=\bfrom ))"
# Street words inside the name (Friedhofstrasse, Koskikatu, Gesterbyntie, Storgatan).
_SUFFIX_WORDS = (
    r"(?:stra(?:ss|ß)e|str\.?|gasse|weg|platz|allee|vej|gade|gatan|gata|vägen|katu|tie|"
    r"laan|straat|steeg|plein|gracht|kade|dijk|singel|utca|ulica|ulice|cesta|sokak|caddesi)"
)
_STREET_SUFFIX = rf"[A-ZÀ-Ý][\w'’-]*{_SUFFIX_WORDS}"
_UNIT = (
    r"(?:(?i:apt|apartment|suite|ste|unit|flat|floor|fl|room|rm|bldg|building)\.?|#)\s*#?\s*\w{1,6}"
    r"(?:\s(?![ai]\b)[a-z](?![\w'’]))?"  # "apartment 2 c": a unit letter spelled on its own
)
_NUMBER = r"\b\d{1,6}[A-Za-z]?(?:\s+\d{1,4})?\s+"
# Street words written as their own word in other languages: before the name
# ("Rua Igreja 25", "ul. Miła 53") or after it ("Villacher Strasse 89", "Erzsébet tér 19.").
_NAME_WORD = r"[A-ZÀ-ÝĀ-ſΑ-Ω][\w'’.-]*"
_PARTICLE = r"(?:d[aeo]s?|du|de|del|della|delle|la|le|di|van|von|der|den|ten|ter|e|y|i|z|u)"
_FOREIGN_BEFORE = (
    r"(?:(?i:Rua|Rue|Via|Viale|Calle|Carrer|Avenida|Avda\.|Strada|Piazza|Piazzetta|Praça|Largo|Paseo|Plaza|Trg|"
    r"Πλατεία|Οδός|Λεωφόρος|Jalan|Jl\.)|ul\.|ulica|al\.|Aleja|C/)"
)
_FOREIGN_AFTER = (
    r"(?:Strasse|Straße|Str\.|Gasse|Weg|Allee|Platz|Ring|[Gg]ate|[Vv]ej|[Vv]eien|[Vv]egen|[Gg]ata|[Gg]atan|[Kk]atu|"
    r"[Tt]ie|u\.|utca|út|útja|tér|rkp\.|körút|sor|köz|[Tt]errasse|[Ss]traat|[Ll]aan|[Gg]racht|[Kk]ade)"
)
_STREET = re.compile(
    rf"(?:{_NUMBER})?\b{_FOREIGN_BEFORE}\s+(?:(?:d[aeo]s?|du|de|del|della|la|le|di)\s+)?{_NAME_WORD}"
    rf"(?:\s+{_NAME_WORD}){{0,3}}?(?:\s+\d{{1,5}}\w?\b\.?)?(?:,?\s*{_UNIT})?"
    rf"|(?:{_NUMBER})?\b{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}\s+{_FOREIGN_AFTER}\s+\d{{1,5}}\w?\b\.?(?:,?\s*{_UNIT})?"
    rf"|\b(?:Unit|PSC|USNS|USNV|USS|USCGC)\s+\w+(?:\s+\w+)?(?:,?\s+Box\s+\d+)?,?\s*(?:DPO|FPO|APO)\s+(?:AA|AE|AP)\s+\d{{5}}\b"
    rf"|{_NUMBER}(?:{_NOT_STREET_WORD}[A-Za-z][\w'’.-]*\s+){{1,4}}?(?i:{_STRONG_TYPES})\b\.?(?:,?\s*{_UNIT})?"
    rf"|{_NUMBER}(?:[A-Z0-9][\w'’.-]*\s+){{1,4}}?(?:{_WEAK_TYPES})\b\.?(?:,?\s*{_UNIT})?"
    rf"|{_AT_ADDRESS}{_NUMBER}(?:{_NOT_STREET_WORD}{_NOT_UNIT_WORD}[a-z][\w'’-]*\s+){{1,3}}?(?:{_SPOKEN_TYPES})\b(?:,?\s*{_UNIT})?"
    # "the site is one twenty five north main": a number and a compass point, where an address is said
    rf"|{_AT_ADDRESS}{_NUMBER}(?i:north|south|east|west)\s+(?!(?i:of|side|end|coast|wing|entrance|gate|tower|"
    rf"block|building|and|or|to|is|was)\b)[A-Za-z][a-z'’-]{{2,}}\b"
    rf"|(?:{_NUMBER})?{_STREET_SUFFIX}(?:\s+\d{{1,5}}\w?)?\b(?:,?\s*{_UNIT})?"
    rf"|\b(?i:p\.?\s?o\.?\s+box|psc|apt\.?|apartment|suite)\s+\d{{1,6}}\b(?:,?\s*(?i:box)\s+\d{{1,6}})?"
    # "Unit 7, Riverside Business Park": a unit of a named estate, no house number
    rf"|\b(?i:unit|flat|suite|apt\.?|apartment)\s+\w{{1,6}},?\s+(?:{_NAME_WORD}\s+){{1,3}}(?:{_WEAK_TYPES})\b"
)
#: What ``_STREET`` cannot match without: a digit (spoken numbers are digits by then), a street word of
#: another language before or inside the name, a unit. Most speech has none and is not read further.
_STREET_NEEDS = re.compile(rf"\d|\b{_FOREIGN_BEFORE}\s|{_SUFFIX_WORDS}\b|\b(?i:unit|flat|suite|apt|apartment)\b")
# A line of an address block: postcode or house number, street name, number
# ("22829 Jagerij 64"); the name words are checked (not "12 March 2024").
_BLOCK_LINE = re.compile(
    rf"(?:^|(?<=\n))[ \t>?]*\d{{1,6}}\s+(?:\d{{1,5}}\s+)?"
    rf"(?P<street>{_NAME_WORD}(?:\s+(?:{_PARTICLE}|{_NAME_WORD})){{0,3}}?)"
    rf"\s+\d{{1,5}}\w?\b\.?(?=[ \t]*(?:$|\n|,|\s+(?i:apt|suite)))"
)
#: A street name word of an address-block line is rarer in English than this (wordfreq Zipf).
_STREET_WORD_ZIPF = Zipf.UNLISTED_NAME
_ADDRESS_CUE = re.compile(
    r"\b(?:address(?:\s+is)?|live[sd]?\s+(?:at|on)|living\s+at|located\s+at|ship(?:ped)?\s+(?:it\s+)?to|"
    r"send\s+(?:it|them|this)\s+to|deliver(?:ed)?\s+to|mail(?:ed)?\s+(?:it\s+)?to|stay(?:ing)?\s+at)"
    r"\s*[:,]?\s*",
    re.IGNORECASE,
)
# Cues that also precede times and counts ("meet me at 3 pm", "sent to 5 people"):
# what follows must look like an address (a number and a capitalised or street word).
_WEAK_ADDRESS_CUE = re.compile(
    r"\b(?:(?:office|offices|restaurant|station|shop|store|house|flat|home|it)\s+(?:is|are)\s+(?:located\s+)?(?:at|on|in)|"
    r"meet\s+(?:me|you|us|them)\s+at|(?:sent|send\s+(?:it|them|this|a\s+new\s+one))\s+to|return\s+(?:it\s+)?to|"
    r"drops?\s+(?:you|me|us)\s+off\s+at|arrived\s+at|taxi\s+to|(?:now\s+)?live\s+in|enter\s+on|is\s+on)\s+",
    re.IGNORECASE,
)
# Lower-case words after the last number or name of an address: "... 12 tomorrow".
_TRAILING_WORDS = re.compile(rf"(?:[\s,]+(?!(?i:{_STRONG_TYPES})\b)[a-z][\w'’]*)*[\s,]*$")
_CORNER = re.compile(r"\b(?i:the\s+corner\s+of)\s+[^?!;\n]{3,120}")
_TIME_OR_COUNT = re.compile(
    r"^\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|o'clock|h\b)|^\d+\s+(?:people|persons|of|minutes|hours|days|weeks)\b",
    re.IGNORECASE,
)


def _names_a_street(clause: str) -> bool:
    """``Csabai kapu 39. and Mathias Pass``, ``main street and fifth avenue``; not ``the model``."""
    if "{" in clause or not re.search(r"\s(?:and|&)\s", clause):
        return False
    return bool(re.search(rf"\d|\b{_NAME_WORD}|\b(?i:{_STRONG_TYPES})\b", clause))


def _looks_like_address(clause: str) -> bool:
    """A number, and a capitalised or street word, and not a time or a count."""
    if not re.search(r"\d", clause) or _TIME_OR_COUNT.match(clause):
        return False
    return bool(re.search(rf"(?<!^)\b{_NAME_WORD}|\b(?i:{_STRONG_TYPES})\b", clause[1:]))


# A period after an abbreviation of an address ("Apt. 4", "ul. Miła") ends no clause.
_ADDRESS_ABBREVIATION = "".join(
    rf"(?<!\b{a})" for a in ("Apt", "apt", "Ste", "St", "Ave", "Rd", "No", "u", "ul", "Str", "Avda", "al", "Λ")
)
_SENTENCE_END = rf"{_ADDRESS_ABBREVIATION}[.;!?](?:\s|$)(?!\s*(?:Apt|Suite|Box)\b)"
_CLAUSE_END = re.compile(rf"{_SENTENCE_END}|\s+(?:and|but|so)\s+(?=[a-z])|\s+(?:since|until|when|because)\b")
# A capitalised word of a city or region (no digits: "SW3" is a postcode's).
_TAIL_WORD = r"[A-ZÀ-Ý](?:[^\W\d]|['’.-])*"
# Canadian and British postcodes: "M5V 2A2", "LS10 1AB".
_POSTCODE = r"[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}"
# After a street, a city, region and postcode often follow on the same line.
_TAIL = re.compile(
    rf"(?:\s*,\s*|\n[\s>?]*,?\s*|\s+)(?:{_UNIT}|{_POSTCODE}|{_TAIL_WORD}(?:\s+{_TAIL_WORD}){{0,3}}(?:\s+\([A-Z]\w+\))?"
    rf"|[A-Z]{{2}}|\d{{3,6}}(?:-\d{{4}})?)\b"
)
# Postcodes: a US state and ZIP after a comma or line break (", CO 70079"), or a
# country and its postcode ("Estonia 62488"; the country is checked).
_STATE_ZIP = re.compile(r"(?:(?<=,)|(?<=\n))\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?\b")
_COUNTRY_POSTCODE = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?:\s+\([A-Z]\w+\))?\s+\d{4,6}\b")


class StreetAddressRecognizer(LocalRecognizer):
    """Street addresses: ``24 Clarke Avenue, Apt. 5``, ``Koskikatu 25``, and what follows an address cue.

    After a cue (``my address is``, ``I live at``), the rest of the clause is
    taken when it holds a number, since an address is the point of such a
    sentence; elsewhere a street needs a number and a street word.
    """

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(["STREET_ADDRESS"], supported_language)

    def analyze(
        self, text: str, entities: Sequence[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Street addresses in ``text``."""
        if "STREET_ADDRESS" not in entities or not text:
            return []
        norm = normalise(text)
        spans = []
        for m in _STREET.finditer(norm.text) if _STREET_NEEDS.search(norm.text) else ():
            if _no_street(m.group(0)):
                continue
            end = m.end()
            while (tail := _TAIL.match(norm.text, end)) and end - m.start() < 160:
                end = tail.end()
            spans.append((*norm.to_original(m.start(), end), 0.9))
        for m in _BLOCK_LINE.finditer(text):
            words = re.findall(r"[^\W\d_]+", m.group("street"))
            if not any(w.lower() in NOT_NAME_WORDS or is_english_word(w.lower(), _STREET_WORD_ZIPF) for w in words):
                spans.append((m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t>?")), m.end(), 0.8))
        for m in _STATE_ZIP.finditer(text):
            spans.append((m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end(), 0.7))
        for m in _COUNTRY_POSTCODE.finditer(text):
            if is_country(m.group(1)) and not re.fullmatch(r"(?:19|20)\d\d", m.group(0)[-4:]):  # not a year
                spans.append((m.start(), m.end(), 0.7))
        for cue in _ADDRESS_CUE.finditer(text):
            rest = text[cue.end() : cue.end() + 200]
            clause = _CLAUSE_END.split(rest)[0]
            if clause and re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b", clause):
                spans.append((cue.end(), cue.end() + len(clause.rstrip(" ,")), 0.9))
        for cue in _WEAK_ADDRESS_CUE.finditer(text):
            clause = _TRAILING_WORDS.sub("", _CLAUSE_END.split(text[cue.end() : cue.end() + 200])[0])
            if _looks_like_address(clause):
                spans.append((cue.end(), cue.end() + len(clause), 0.85))
        for m in _CORNER.finditer(text):
            clause = re.split(_SENTENCE_END, m.group(0))[0]
            if _names_a_street(clause[len("the corner of") :]):
                spans.append((m.start(), m.start() + len(clause.rstrip(" ,")), 0.85))
        unique: dict[tuple[int, int], float] = {}
        for start, end, score in spans:
            if end > start:
                unique.setdefault((start, end), score)
        return [self.result("STREET_ADDRESS", s, e, score) for (s, e), score in unique.items()]


def _no_street(found: str) -> bool:
    """No number, and ``via`` the English word (``via Make``), or one word that is a given name or a word of
    the dictionary and only ends like a street (``Lottie``: Finnish ``tie``)."""
    if any(c.isdigit() for c in found):
        return False
    words = found.split()
    return words[0] == "via" or (len(words) == 1 and (found.lower() in given_names() or found.lower() in ENGLISH_WORDS))


# Written digit runs: ``(99) 645-791``, ``+41 (0)96 471 07 95``, ``259.735.7502x459``,
# ``4131 0342 8245 8809``. One separator between groups, never a line break.
_WRITTEN_NUMBER = re.compile(
    r"(?<![\w.+/:-])(?:\+\s?)?(?:\(\+?\d{1,5}\)\s?)?\d{1,19}(?:(?:[ .-]|\s?\(\d{1,5}\)\s?)\d{1,6})*"
    r"(?:\s?(?:x|ext\.?|extension)\s?\d{1,6})?(?![\w+]|[.-]\d)",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_DATE_OR_TIME = re.compile(r"^\d{4}[-./]\d\d?[-./]\d\d?$|^\d\d?[-./]\d\d?[-./]\d{2,4}$")
_EXTENSION = re.compile(r"\s?(?:x|ext\.?|extension)\s?\d{1,6}$", re.IGNORECASE)
_WRITTEN_PHONE_CONTEXT = re.compile(
    rf"\b(?:{_CONTEXT['PHONE_NUMBER']}|desk|office|home|work|contact|answering|messages?|"
    r"reachable|ring|sms|registered)\b",
    re.IGNORECASE,
)
_SSN_SHAPE = re.compile(r"\d{3}([- ])\d{2}\1\d{4}")
_WRITTEN_CARD_CONTEXT = re.compile(rf"\b(?:{_CONTEXT['CREDIT_CARD']}|cc)\b", re.IGNORECASE)


def classify_written_number(text: str, start: int, end: int) -> tuple[str, float] | None:
    """The type and score of a written digit run that Presidio's checks miss.

    Presidio wants a valid card checksum and a phone number valid for one of
    a few regions; in card or phone context, a run of the right length is
    enough (test cards and foreign numbers are still somebody's).
    """
    value = text[start:end]
    if _DATE_OR_TIME.match(value) or _IP.match(value):
        return None
    if _SSN_SHAPE.fullmatch(value.strip()):
        # Presidio drops SSNs it deems invalid (123-45-6789 is everyone's example);
        # with "SSN" nearby the shape is certain, and dashed it is rare enough alone.
        if _context(text, start, end, "US_SSN"):
            return "US_SSN", 0.85
        if "-" in value:
            return "US_SSN", 0.6
    digits = re.sub(r"\D", "", _EXTENSION.sub("", value))
    n = len(digits)
    before = text[max(0, start - 60) : start]
    after = text[end : end + 20]
    grouped_as_card = "(" not in value and "+" not in value
    if 12 <= n <= 19 and grouped_as_card and _WRITTEN_CARD_CONTEXT.search(before[-40:]):
        return "CREDIT_CARD", 0.85
    if value.lstrip().startswith("+") and 8 <= n <= 15:
        return "PHONE_NUMBER", 0.75
    if 7 <= n <= 15 and (_WRITTEN_PHONE_CONTEXT.search(before) or _WRITTEN_PHONE_CONTEXT.match(after.lstrip(" -:"))):
        return "PHONE_NUMBER", 0.7
    return None


class WrittenNumberRecognizer(LocalRecognizer):
    """Phone, card and social security numbers in digits, told by the words around them.

    ``They're not answering at 78 651 450``, ``Mobile: (37) 788-063``,
    ``+447700 921 916``, ``my card 4131034282458809939`` (fails the Luhn
    check, which Presidio's card recognizer requires).
    """

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(["PHONE_NUMBER", "CREDIT_CARD", "US_SSN"], supported_language)

    def analyze(
        self, text: str, entities: Sequence[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Phone and card numbers written in digits, in context."""
        if not text or _DIGIT.search(text) is None:
            return []
        results = []
        for m in _WRITTEN_NUMBER.finditer(text):
            start, end = m.start(), m.end()
            label = classify_written_number(text, start, end)
            if label and label[0] in entities:
                # An SSN told by its context word wins over a phone number of the same digits.
                enhanced = {RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: label == ("US_SSN", 0.85)}
                results.append(self.result(label[0], start, end, label[1], **enhanced))
        return results


_NAME_CUE = re.compile(
    r"\b(?i:(?:(?:my|the|his|her|their|your)\s+)?(?:(?:first|last|middle|maiden|family|given|full)\s+)?name\s*(?:is|:|\?)|"
    r"surname\s*(?:is|:|\?)|name's|calls?\s+me|named|this\s+is|i\s+am|i'm|speaking\s+with|ask\s+for)[\s:,]+"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+(?:[A-Z]\.?[ \t]+)?[A-Z][\w'’-]+){0,2})",
)
_NAME_CUE_LOWER = re.compile(
    r"\b(?i:(?:my|the|his|her|their|your)\s+(?:(?:first|last|middle|maiden|family|given)\s+)?name\s+is|"
    r"surname\s+is|name's)\s+(?P<name>[a-z][\w'’-]+(?:\s+[a-z][\w'’-]+)?)\b"
)


_NAME_FIELD = re.compile(r"\b(?:name|surname)\b", re.IGNORECASE)


class NameCueRecognizer(LocalRecognizer):
    """A name right after ``my name is``, ``this is``, ``call me``, ``I'm``.

    The small spaCy model often tags unfamiliar names as organisations; an
    introduction cue says it is a person.
    """

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(["PERSON"], supported_language)

    def analyze(
        self, text: str, entities: Sequence[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Names after introduction cues."""
        if "PERSON" not in entities or not text:
            return []
        results = []
        for regex, score in ((_NAME_CUE, 0.7), (_NAME_CUE_LOWER, 0.6)):
            for m in regex.finditer(text):
                words = m.group("name").split()
                while words and words[-1].lower() in STOP_WORDS:
                    words.pop()
                if not words or words[0].lower() in STOP_WORDS:
                    continue
                end = m.start("name") + len(" ".join(words))
                evidence = NAME_FIELD if _NAME_FIELD.search(m.group(0)) else CUE
                results.append(self.result("PERSON", m.start("name"), end, score, evidence))
        return results


# "Priya: can you share your screen?" at the start of a line: a speaker's name.
_LABEL_WORD = RULES["speaker_label"]
_SPEAKER_LABEL = re.compile(r"^[ \t>]*(?P<name>[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’.-]*){0,2})[ \t]*:(?=[ \t]+\S)", re.M)


class SpeakerLabelRecognizer(LocalRecognizer):
    """``Priya Raman: shall we start?``: a name labelling a line of a chat or transcript.

    Every word must be capitalised and a given name or a word English hardly
    uses, so that ``Note:``, ``Action items:`` and ``User:`` stay; a letter
    alone is a question or an answer (``Q:``, ``A:``).
    """

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(["PERSON"], supported_language)

    def analyze(
        self, text: str, entities: Sequence[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Speaker names at line starts."""
        if "PERSON" not in entities or ":" not in text:
            return []
        return [
            self.result("PERSON", m.start("name"), m.end("name"), 0.65, SPEAKER_LABEL)
            for m in _SPEAKER_LABEL.finditer(text)
            if len(m.group("name")) > 1 and all(_LABEL_WORD(w) for w in m.group("name").split())  # not "Q:"
        ]
