"""A written view of spoken text, with every character traced back.

Speech-to-text writes what people say: ``five five five, one two three
four``, ``jane dot doe at example dot com``, ``R A M A N``. Recognizers find
these far more reliably on a written view (``555 1234``,
``jane.doe@example.com``, ``RAMAN``); :func:`normalise` builds that view and
maps every span found in it back to the original characters.

Why our own number parser: the libraries we looked at (``text2num``,
``word2number``, ``number-parser``) convert cardinals to values, but here
digit-by-digit reading matters (``four oh four`` is ``404``, ``double five``
is ``55``, ``nineteen eighty five`` is ``1985``, not 104 or 1,985) and every
digit must keep its character offsets for redaction.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from .emails import INTERNAL_SUFFIXES
from .lexicon import Zipf, given_names, is_english_word

__all__ = ["NormalisedText", "Rewrite", "normalise"]

UNITS = {
    "zero": 0, "oh": 0, "o": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
_REPEAT = {"double": 2, "triple": 3, "treble": 3}
#: The words a number or an ordinal can start with (``_unit``, ``_ordinal``); digits start one too.
_NUMBER_STARTS = frozenset((*UNITS, *TEENS, *TENS, *ORDINALS, *_REPEAT))
_FILLERS = frozenset(("uh", "um", "er", "erm", "ah", "hmm", "dash", "hyphen"))
_DOT_WORDS = frozenset(("dot", "point"))
_ZERO_LETTERS = frozenset(("o", "oh"))

TLDS = frozenset(
    """
    com org net edu gov mil int io co ai app dev info biz me tv us uk ca au de fr es it nl se
    no fi dk ch at be ie in jp cn br mx ru pl cz nz za sg hk kr tw il tr gr pt hu ro ly gg
    cloud online site tech xyz
    """.split()
) | {suffix.rsplit(".", 1)[-1] for suffix in INTERNAL_SUFFIXES}

_TOKEN = re.compile(r"[A-Za-z]+|\d+|[^\sA-Za-z\d]")


@dataclass(frozen=True)
class Rewrite:
    """One stretch of original text written differently in the normalised view.

    ``kind`` is ``number``, ``ordinal``, ``spelled``, ``email`` or ``url``;
    ``spoken_digits`` counts digits read one by one (``five five`` -> 2,
    ``fifty five`` -> 0), which tells identifiers from quantities.
    """

    kind: str
    start: int
    end: int
    value: str
    spoken_digits: int = 0


@dataclass(frozen=True, repr=False)
class NormalisedText:
    """The written view of a text and the way back to the original."""

    original: str
    text: str
    rewrites: tuple[Rewrite, ...]
    _starts: array
    _ends: array

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original character span of the normalised span ``[start, end)``."""
        if start >= end:
            point = self._starts[start] if start < len(self._starts) else len(self.original)
            return point, point
        return self._starts[start], self._ends[end - 1]

    def __repr__(self) -> str:
        return f"NormalisedText(<{len(self.original)} chars>, {len(self.rewrites)} rewrites)"


class _Builder:
    """Accumulates output text with an original span for every character."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.starts = array("q")
        self.ends = array("q")

    def copy(self, text: str, start: int, end: int) -> None:
        self.parts.append(text[start:end])
        self.starts.extend(range(start, end))
        self.ends.extend(range(start + 1, end + 1))

    def replace(self, value: str, start: int, end: int) -> None:
        self.parts.append(value)
        self.starts.extend([start] * len(value))
        self.ends.extend([end] * len(value))


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    text: str
    lower: str


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.start(), m.end(), m.group(0), m.group(0).lower()) for m in _TOKEN.finditer(text)]


# --- numbers --------------------------------------------------------------


def _below_thousand(toks: list[_Token], i: int) -> tuple[int, int, int] | None:
    """A cardinal below 1,000 at ``toks[i]``: (value, tokens used, spoken digits)."""
    word = toks[i].lower
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    hundreds = UNITS[word] if word in UNITS and word not in _ZERO_LETTERS else TEENS.get(word)
    if hundreds and nxt == "hundred":  # "four hundred", "fifteen hundred and two"
        value, j = hundreds * 100, i + 2
        if j < len(toks) and toks[j].lower == "and" and j + 1 < len(toks) and _is_tens_word(toks[j + 1]):
            j += 1
        rest = _tens(toks, j)
        if rest:
            value, j = value + rest[0], j + rest[1]
        return value, j - i, 0
    if word in TEENS:
        return TEENS[word], 1, 0
    if word in TENS:
        if nxt in UNITS and UNITS[nxt] and nxt != "o":
            return TENS[word] + UNITS[nxt], 2, 0
        return TENS[word], 1, 0
    if word in UNITS:
        return UNITS[word], 1, 1
    return None


def _is_tens_word(tok: _Token) -> bool:
    return tok.lower in TENS or tok.lower in TEENS or (tok.lower in UNITS and tok.lower not in _ZERO_LETTERS)


def _tens(toks: list[_Token], i: int) -> tuple[int, int] | None:
    if i >= len(toks):
        return None
    word = toks[i].lower
    if word in TEENS:
        return TEENS[word], 1
    if word in TENS:
        nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
        if nxt in UNITS and UNITS[nxt] and nxt != "o":
            return TENS[word] + UNITS[nxt], 2
        return TENS[word], 1
    if word in UNITS and word not in _ZERO_LETTERS:
        return UNITS[word], 1
    return None


def _unit(toks: list[_Token], i: int) -> tuple[str, int, int] | None:
    """One number unit at ``toks[i]``: (digits, tokens used, spoken digits)."""
    tok = toks[i]
    if tok.text.isdigit():
        return tok.text, 1, len(tok.text)
    if tok.lower in _REPEAT and i + 1 < len(toks):
        nxt = toks[i + 1]
        if nxt.lower in UNITS:
            return str(UNITS[nxt.lower]) * _REPEAT[tok.lower], 2, _REPEAT[tok.lower]
        if nxt.text.isdigit() and len(nxt.text) == 1:
            return nxt.text * _REPEAT[tok.lower], 2, _REPEAT[tok.lower]
        return None
    if tok.lower in TENS and i + 1 < len(toks) and toks[i + 1].lower in ORDINALS:
        return None  # "twenty fifth" is a day of the month
    parsed = _below_thousand(toks, i)
    if parsed is None:
        return None
    value, used, spoken = parsed
    j = i + used
    if j < len(toks) and toks[j].lower == "thousand" and not (spoken and toks[i].lower in _ZERO_LETTERS):
        value *= 1000
        j += 1
        if j < len(toks) and toks[j].lower == "and":
            j += 1
        rest = _below_thousand(toks, j) if j < len(toks) else None
        if rest:
            value, j = value + rest[0], j + rest[1]
        return str(value), j - i, 0
    if spoken:
        return str(value), used, 1
    return str(value), used, 0


def _gap(text: str, a: _Token, b: _Token) -> str:
    return text[a.end : b.start]


def _number_runs(text: str, toks: list[_Token]) -> list[tuple[int, int, str, int]]:
    """Runs of spoken or mixed numbers: (first token, end token, value, spoken digits)."""
    runs = []
    i = 0
    while i < len(toks):
        first = _unit(toks, i)
        if first is None or (toks[i].text.isdigit() and not _has_word_unit(toks, i)):
            i += 1
            continue
        start = i
        if start > 0 and toks[start - 1].lower == "plus" and not _gap(text, toks[start - 1], toks[start]).strip():
            start -= 1
        pieces = ["+"] if start < i else []
        digits, used, spoken = first
        pieces.append(digits)
        words = 0 if toks[i].text.isdigit() else 1
        j = i + used
        while j < len(toks):
            k, joiner = _separator(text, toks, j)
            nxt = _unit(toks, k) if k < len(toks) else None
            if nxt is None:
                break
            pieces.append(joiner)
            pieces.append(nxt[0])
            spoken += nxt[2]
            words += 0 if toks[k].text.isdigit() else 1
            j = k + nxt[1]
        lowered = {t.lower for t in toks[i:j] if not t.text.isdigit()}
        if words and not lowered <= _ZERO_LETTERS:
            runs.append((start, j, "".join(pieces).strip(), spoken))
        i = j
    return runs


def _has_word_unit(toks: list[_Token], i: int) -> bool:
    """A numeral starts a run only if number words follow (``555 one two``)."""
    j = i + 1
    while j < len(toks) and (toks[j].text.isdigit() or toks[j].text in ",-."):
        j += 1
    return j < len(toks) and _unit(toks, j) is not None and j - i <= 4


def _separator(text: str, toks: list[_Token], j: int) -> tuple[int, str]:
    """Skip separators between number units: (next token index, joiner)."""
    gap = _gap(text, toks[j - 1], toks[j])
    if "\n" in gap:
        return len(toks), ""
    tok = toks[j]
    tight_dot = tok.text == "." and j + 1 < len(toks) and not _gap(text, tok, toks[j + 1]) and not gap
    if tok.lower in _DOT_WORDS or tight_dot:
        return j + 1, "."
    if tok.lower == "slash":
        return j + 1, "/"  # "oh four slash twelve slash ninety one"
    if tok.text in (",", "-", ".", "–", "—", "/") or tok.lower in _FILLERS:
        k = j + 1
        while k < len(toks) and (toks[k].text in (",", "-", ".", "…") or toks[k].lower in _FILLERS):
            k += 1
        return k, " "
    if gap.strip():
        return len(toks), ""
    return j, ""


# --- letters, emails, URLs -------------------------------------------------


def _letter_runs(text: str, toks: list[_Token], used: set[int]) -> list[tuple[int, int, str]]:
    """Runs of two or more single letters (``r a m a n``, ``w w w``)."""
    runs = []
    i = 0
    while i < len(toks):
        glued = toks[i].start > 0 and (text[toks[i].start - 1].isalnum() or text[toks[i].start - 1] in "'’")
        if i in used or not _is_letter(toks[i]) or glued:
            i += 1
            continue
        j = i + 1
        while j < len(toks):
            k = j
            if toks[k].text in ".-" and k + 1 < len(toks):
                k += 1
            if k in used or not _is_letter(toks[k]) or len(_gap(text, toks[k - 1], toks[k])) > 2:
                break
            j = k + 1
        letters = [t.text for t in toks[i:j] if _is_letter(t)]
        if len(letters) >= 2:
            runs.append((i, j, "".join(letters)))
        i = j
    return runs


def _is_letter(tok: _Token) -> bool:
    return len(tok.text) == 1 and tok.text.isalpha()


_SEP = r"(?:\s+(?:dot|period)\s+|\.)"
# Initials said before a name ("j smith", "mj rodriguez"); two letters that are a word of their own start none.
_INITIALS = (
    r"(?:[a-z0-9]|(?!(?:is|to|at|of|in|on|me|my|we|us|he|by|or|an|as|be|do|go|if|it|no|so|up|am|hi|oh|ok|um|uh)"
    r"\s)[a-z]{2})"
)
_LABEL = rf"(?:{_INITIALS}\s)?[a-z0-9]+"
_HYPHEN = r"(?:-|\s+(?:dash|hyphen)\s+)"
# Speech-to-text splits what it does not know: "umbrella health dot com", "kim 88";
# a hyphen is written or said: "canary-mail", "canary dash mail".
_DOMAIN_LABEL = rf"[a-z0-9]+(?:(?:{_HYPHEN}|\s(?!at\b))[a-z0-9]+){{0,3}}?"
_LOCAL_LABEL = rf"{_LABEL}(?:\s\d+)?"
_LOCAL_JOIN = r"(?:\s+(?:dot|underscore|dash|hyphen)\s+|[._-])"
_TLD = rf"(?:{'|'.join(sorted(TLDS, key=len, reverse=True))}|[a-z]{{2}})"
# At most six labels to a mailbox or a domain: unbounded, a text of "xx.yy xx.yy ..." is one long
# mailbox tried from every word (quadratic; 63 kB took 29 s).
_DOMAIN = rf"{_LABEL}(?:{_SEP}{_LABEL}){{0,5}}{_SEP}{_TLD}(?![\w])"
_EMAIL_DOMAIN = rf"{_DOMAIN_LABEL}(?:{_SEP}{_DOMAIN_LABEL}){{0,5}}{_SEP}{_TLD}(?![\w])"
_EMAIL = re.compile(
    rf"(?<![\w@.'’])(?P<local>{_LOCAL_LABEL}(?:{_LOCAL_JOIN}{_LOCAL_LABEL}){{0,5}})\s*(?:\s(?:at)\s|@)\s*"
    rf"(?P<domain>{_EMAIL_DOMAIN})",
    re.IGNORECASE,
)
_URL = re.compile(
    rf"(?<![\w@.])(?P<scheme>https?\s*(?:colon|:)\s*(?:slash|/)\s*(?:slash|/)\s*)?"
    rf"(?P<domain>{_DOMAIN})(?P<path>(?:\s*(?:slash|/)\s*[a-z0-9]+)*)",
    re.IGNORECASE,
)
#: What every domain holds (``_SEP`` before a label): a text without it names no email or URL.
_DOMAIN_DOT = re.compile(r"\.[a-z0-9]|\b(?:dot|period)\s+[a-z0-9]", re.IGNORECASE)
_SPOKEN_SEP = re.compile(r"\s+(?:dot|period)\s+|\.", re.IGNORECASE)
_SPOKEN_LOCAL = re.compile(r"\s+(?:dot|underscore|dash|hyphen)\s+|[._-]", re.IGNORECASE)
_LOCAL_WORDS = {"dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
_SPOKEN_HYPHEN = re.compile(r"\s+(?:dash|hyphen)\s+", re.IGNORECASE)
_VERSION = re.compile(r"\d\.\d")  # "version 2.1 at ...", "one dot two at ..."
# Words just before a mailbox that say an address follows: "send it to sales at ...".
_EMAIL_CUE = re.compile(
    r"\b(?:e-?mail|mail|address|inbox|cc|bcc|write\s+to|send\s+(?:\w+\s+){0,3}?to)(?:\s+(?:is|was|to|at))?\W*$",
    re.IGNORECASE,
)
#: A word this common in English (wordfreq Zipf: once in 100,000 words) names a mailbox only after a cue.
_EVERYDAY_ZIPF = Zipf.EVERYDAY
#: Short words are mailboxes as often as words (``hr``, ``ops``, ``abc``): everyday only from
#: once in 10,000 words on (``dog``, ``car``, ``day``).
_SHORT_WORD = 3
_SHORT_EVERYDAY_ZIPF = Zipf.COMMON


def _plausible_tld(domain: str) -> bool:
    """A known top-level domain, or two letters that are not a word (``dot it``)."""
    tld = _SPOKEN_SEP.split(domain)[-1].strip().lower()
    return tld in TLDS or tld not in STOP_WORDS


def _has_stop_word(domain: str) -> bool:
    return any(word.lower() in STOP_WORDS for label in _SPOKEN_SEP.split(domain)[:-1] for word in label.split())


def _written_label(label: str) -> str:
    return re.sub(r"\s+", "", _SPOKEN_HYPHEN.sub("-", label))


def _written_domain(domain: str) -> str:
    return ".".join(_written_label(p) for p in _SPOKEN_SEP.split(domain))


def _written_local(local: str) -> str:
    out, pos = [], 0
    for m in _SPOKEN_LOCAL.finditer(local):
        out.append(_written_label(local[pos : m.start()]))
        word = m.group(0).strip().lower()
        out.append(_LOCAL_WORDS.get(word, word))
        pos = m.end()
    out.append(_written_label(local[pos:]))
    return "".join(out)


def _names_a_mailbox(text: str, start: int, local: str, spelled: bool) -> bool:
    """Whether the words before ``at`` can be a mailbox, not what people do at a place.

    Joined parts (``jane dot doe``, ``kim 88``), letters said one by one
    (``spelled``: ``a b c``), initials, given names and words English hardly
    uses are; ``look at acme dot com``, ``the folks at ...`` and ``version 2.1
    at ...`` are not. An everyday word counts after an e-mail cue (``send it
    to sales at ...``), a stop word (``them``) never, unless a given name (``may``).
    """
    if _VERSION.search(local):
        return False
    if spelled or _SPOKEN_LOCAL.search(local) or any(c.isdigit() for c in local):
        return True
    words = local.lower().split()
    if any(len(w) > 1 and w in STOP_WORDS and w not in given_names() for w in words):
        return False
    if _EMAIL_CUE.search(text[max(0, start - 40) : start]):
        return True
    if any(len(w) == 1 and w not in ("a", "i") for w in words):
        return True  # an initial: "j smith at ..."
    return all(len(w) == 1 or w in given_names() or not is_english_word(w, _everyday_zipf(w)) for w in words)


def _everyday_zipf(word: str) -> float:
    return _SHORT_EVERYDAY_ZIPF if len(word) <= _SHORT_WORD else _EVERYDAY_ZIPF


def _spoken_addresses(text: str, spelled: Callable[[int, int], bool]) -> list[tuple[int, int, str, str]]:
    """Emails and URLs in a text with numbers and letters already joined (``spelled`` tells which)."""
    found: list[tuple[int, int, str, str]] = []
    if _DOMAIN_DOT.search(text) is None:
        return found  # every domain has a dot, written or said: most speech is not read further
    for m in _EMAIL.finditer(text):
        local = m.group("local")
        if not _plausible_tld(m.group("domain")) or _has_stop_word(m.group("domain")):
            continue  # "we met at the acme dot com launch"
        if not _names_a_mailbox(text, m.start(), local, spelled(m.start("local"), m.end("local"))):
            continue
        value = f"{_written_local(local)}@{_written_domain(m.group('domain'))}"
        found.append((m.start(), m.end(), value, "email"))
    taken = [(s, e) for s, e, _, _ in found]
    for m in _URL.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        first = re.split(r"\s", m.group("domain"), maxsplit=1)[0].lower()
        if not _plausible_tld(m.group("domain")):
            continue
        spoken = not re.fullmatch(r"[\w.-]+", m.group(0))
        if not spoken or (first in STOP_WORDS and not m.group("scheme")):
            continue
        scheme = "https://" if (m.group("scheme") or "").lower().startswith("https") else "http://"
        path = re.sub(r"\s*(?:slash|/)\s*", "/", m.group("path") or "", flags=re.IGNORECASE)
        value = (scheme if m.group("scheme") else "") + _written_domain(m.group("domain")) + path
        found.append((m.start(), m.end(), value, "url"))
    return sorted(found)


# --- the normaliser ---------------------------------------------------------


def _stage_one(text: str) -> tuple[str, array, array, list[Rewrite]]:
    """Numbers, ordinals and spelled letters."""
    toks = _tokens(text)
    edits: list[tuple[int, int, str, str, int]] = []  # token start, token end, value, kind, spoken
    used: set[int] = set()
    numbers = any(t.lower in _NUMBER_STARTS or t.text.isdigit() for t in toks)  # most speech has none
    for i, j, value, spoken in _number_runs(text, toks) if numbers else ():
        edits.append((i, j, value, "number", spoken))
        used.update(range(i, j))
    for i in range(len(toks)) if numbers else ():
        if i in used:
            continue
        day = _ordinal(toks, i)
        if day:
            value, n = day
            edits.append((i, i + n, value, "ordinal", 0))
            used.update(range(i, i + n))
    for i, j, value in _letter_runs(text, toks, used):
        edits.append((i, j, value, "spelled", 0))
    edits.sort()
    builder = _Builder()
    rewrites = []
    pos = 0
    for i, j, value, kind, spoken in edits:
        start, end = toks[i].start, toks[j - 1].end
        if start < pos:
            continue
        builder.copy(text, pos, start)
        builder.replace(value, start, end)
        rewrites.append(Rewrite(kind, start, end, value, spoken))
        pos = end
    builder.copy(text, pos, len(text))
    return "".join(builder.parts), builder.starts, builder.ends, rewrites


def _ordinal(toks: list[_Token], i: int) -> tuple[str, int] | None:
    word = toks[i].lower
    if word in ORDINALS:
        return _ordinal_text(ORDINALS[word]), 1
    if word in ("twenty", "thirty") and i + 1 < len(toks) and toks[i + 1].lower in ORDINALS:
        value = TENS[word] + ORDINALS[toks[i + 1].lower]
        if value <= 31:
            return _ordinal_text(value), 2
    return None


def _ordinal_text(value: int) -> str:
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(value % 10 if value not in (11, 12, 13) else 0, "th")
    return f"{value}{suffix}"


@lru_cache(maxsize=64)
def normalise(text: str) -> NormalisedText:
    """The written view of ``text`` (cached: every spoken recognizer asks)."""
    one, starts1, ends1, rewrites = _stage_one(text)
    # A stage-one character standing for more than one of the original was said: "a b c", "one".
    addresses = _spoken_addresses(one, lambda start, end: any(ends1[i] - starts1[i] > 1 for i in range(start, end)))
    if not addresses:
        # Stage two copies every character: the composed map is stage one's.
        rewrites.sort(key=lambda r: (r.start, -r.end))
        return NormalisedText(text, one, tuple(rewrites), starts1, ends1)
    builder = _Builder()
    pos = 0
    for start, end, value, kind in addresses:
        builder.copy(one, pos, start)
        builder.replace(value, start, end)
        pos = end
        rewrites.append(Rewrite(kind, starts1[start], ends1[end - 1], value))
    builder.copy(one, pos, len(one))
    # Compose: stage-two characters -> stage-one spans -> original spans.
    starts = array("q", (starts1[s] if s < len(starts1) else len(text) for s in builder.starts))
    ends = array("q", (ends1[e - 1] if e else 0 for e in builder.ends))
    rewrites.sort(key=lambda r: (r.start, -r.end))
    return NormalisedText(text, "".join(builder.parts), tuple(rewrites), starts, ends)
