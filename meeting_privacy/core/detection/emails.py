"""E-mail addresses on any mail host, and kept whole against other spans.

Presidio's ``EmailRecognizer`` keeps an address only where tldextract finds a
public suffix, so ``priya.raman@finance.internal`` and ``admin@buildfarm``
were dropped, and the URL and name spans found inside them left fragments
(``<PERSON_1>.raman@<URL_3>ernal``). Here a written address is
``local@host(.label)*``; refused is only what cannot name a mail host: a last
label without a leading letter (``pkg@1.2.3``), a file-name extension that is
no public suffix (``icon@2x.png``), a bare host that is an everyday word
(``lodash@latest``).

:func:`cut_around_emails` then keeps every address one span: other spans
reaching into it keep only their parts outside it.
"""

from __future__ import annotations

import mimetypes
import re
from collections.abc import Sequence

import tldextract
from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer import predefined_recognizers as predefined

from .lexicon import Zipf, is_english_word

__all__ = ["INTERNAL_SUFFIXES", "OfflineEmailRecognizer", "cut_around_emails", "is_mail_host"]

#: Suffixes of private networks (RFC 6762, RFC 8375, ICANN's ``.internal``) and common intranet ones.
INTERNAL_SUFFIXES = ("corp", "internal", "local", "lan", "home.arpa", "intranet", "localdomain")

# One extractor for the process, reading only the suffix list bundled with
# tldextract (the default instance fetches it from the internet on first use).
_OFFLINE_TLD_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
# Python's own table only (a fresh MimeTypes reads no system file): the same on every worker.
_FILE_EXTENSIONS = frozenset(ext.lstrip(".") for table in mimetypes.MimeTypes().types_map for ext in table)
_HOST_LABEL = re.compile(r"[^\W_](?:[\w-]*[^\W_])?")
#: A bare host this common in English (wordfreq Zipf: once in 100,000 words) is a word, not a host.
_EVERYDAY_ZIPF = Zipf.EVERYDAY
_PUNCTUATION = re.compile(r"[\W_]*")
_PUNCTUATION_BEFORE = re.compile(r"[\W_]*$")
_LOCAL_CHAR = r"[\w!#$%&'*+/=?^`{|}~-]"
# Presidio's pattern wants a dot in the domain; this one takes ``admin@buildfarm``
# (and nothing followed by ``.label``, which Presidio's pattern sees whole).
_BARE_HOST_EMAIL = (
    rf"(?<![.@]|{_LOCAL_CHAR}){_LOCAL_CHAR}+(?:\.{_LOCAL_CHAR}+)*@[^\W\d_](?:[\w-]*[^\W_])?(?![\w@-]|\.[^\W_])"
)


def is_mail_host(domain: str) -> bool:
    """Whether ``domain`` (what follows the ``@``) can name a mail host."""
    domain = domain.lower()
    labels = domain.split(".")
    if not all(_HOST_LABEL.fullmatch(label) for label in labels):
        return False
    if _OFFLINE_TLD_EXTRACT(domain).fqdn or any(domain == s or domain.endswith("." + s) for s in INTERNAL_SUFFIXES):
        return True
    last = labels[-1]
    if not last[0].isalpha():
        return False
    if len(labels) == 1:
        return len(last) > 1 and not is_english_word(last, _EVERYDAY_ZIPF)
    return last not in _FILE_EXTENSIONS


class OfflineEmailRecognizer(predefined.EmailRecognizer):
    """Presidio's email recognizer for any mail host (internal, bare), without network access."""

    PATTERNS = [*predefined.EmailRecognizer.PATTERNS, Pattern("Email (bare host)", _BARE_HOST_EMAIL, 0.5)]

    def validate_result(self, pattern_text: str) -> bool:
        """Accept an address whose domain can name a mail host (see :func:`is_mail_host`)."""
        return is_mail_host(pattern_text.rpartition("@")[2])


def cut_around_emails(text: str, results: Sequence[RecognizerResult]) -> list[RecognizerResult]:
    """``results`` with every span that reaches into an e-mail address cut at its edges.

    Merging a URL or a name that overlaps an address into their union would
    type the address by whichever scores best, and a span half inside it
    would stretch the redaction or end mid-address. So addresses win: of any
    other span only the parts outside every address remain, trimmed of the
    white space and punctuation at the cut, dropped when no letter or digit
    is left.
    """
    emails = sorted((r.start, r.end) for r in results if r.entity_type == "EMAIL_ADDRESS")
    if not emails:
        return list(results)
    kept = []
    for result in results:
        if result.entity_type == "EMAIL_ADDRESS":
            kept.append(result)
            continue
        start = result.start
        for email_start, email_end in emails:
            if email_end <= start or email_start >= result.end:
                continue
            kept += _piece(text, result, start, email_start)
            start = max(start, email_end)
        kept += _piece(text, result, start, result.end)
    return kept


def _piece(text: str, result: RecognizerResult, start: int, end: int) -> list[RecognizerResult]:
    """The part ``[start, end)`` of ``result``, trimmed where it was cut; none if nothing is left."""
    if start >= end:
        return []
    if start > result.start:
        start = _PUNCTUATION.match(text, start, end).end()
    if end < result.end:
        end = _PUNCTUATION_BEFORE.search(text, start, end).start()
    if not any(c.isalnum() for c in text[start:end]):
        return []
    if (start, end) == (result.start, result.end):
        return [result]
    return [
        RecognizerResult(
            result.entity_type,
            start,
            end,
            result.score,
            analysis_explanation=result.analysis_explanation,
            recognition_metadata=dict(result.recognition_metadata or {}),
        )
    ]
