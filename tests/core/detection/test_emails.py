"""E-mail addresses on any domain, written or spoken, are one whole EMAIL_ADDRESS span.

Presidio keeps an address only when tldextract finds a public suffix, so
``priya.raman@finance.internal`` used to be dropped, and the URL and PERSON
spans found inside it left ``<PERSON_1>.raman@<URL_3>ernal``.
"""

from __future__ import annotations

import re

import pytest
from presidio_analyzer import RecognizerResult

from meeting_privacy.core.detection import OfflineEmailRecognizer, Roster, resolve_overlaps
from meeting_privacy.core.detection.emails import cut_around_emails
from meeting_privacy.core.detection.spoken import normalise
from meeting_privacy.core.redactor import Placeholders, Redactor

_PLACEHOLDER = re.compile(r"<[A-Z_]+_\d+>")
_SPOKEN_WORDS = frozenset(("at", "dot", "dash", "hyphen", "underscore"))


def detect(redactor: Redactor, text: str) -> tuple[list[RecognizerResult], str]:
    (spans,) = redactor.detect([text], [Roster()])
    return spans, redactor.apply(text, spans, Placeholders()).text


def fragments(email: str) -> list[str]:
    """What of an e-mail must not be left in the output: each of its words, spoken joiners aside."""
    return [w for w in re.findall(r"[A-Za-z0-9]+", email) if w.lower() not in _SPOKEN_WORDS]


# (text, the e-mail in it)
EMAILS = [
    # Written, on suffixes that are not public (the bug report's cases first).
    ("mail bob.smith@acme.corp about it", "bob.smith@acme.corp"),
    ("ping priya.raman@finance.internal today", "priya.raman@finance.internal"),
    ("alerts go to ci-alerts@buildfarm.local now", "ci-alerts@buildfarm.local"),
    ("send it to admin@buildfarm tonight", "admin@buildfarm"),
    ("mail root@gw.lan or ask", "root@gw.lan"),
    ("HR is j.doe@hr.intranet", "j.doe@hr.intranet"),
    ("cc: svc-deploy@jenkins.prod.localdomain", "svc-deploy@jenkins.prod.localdomain"),
    ("Priya Raman <priya.raman@finance.internal> joined", "priya.raman@finance.internal"),
    ("write to bob+alerts@acme.corp", "bob+alerts@acme.corp"),
    # A suffix nobody listed is still a mail host.
    ("reach dana.w@ops.acme for access", "dana.w@ops.acme"),
    ("the bot posts as k.tanaka@cluster.k8s daily", "k.tanaka@cluster.k8s"),
    # Spoken, and half spoken.
    ("write to zorbek dot q at canary-mail dot com please", "zorbek dot q at canary-mail dot com"),
    ("that's bob dot smith at acme dot corp", "bob dot smith at acme dot corp"),
    ("it's priya.raman at finance dot internal", "priya.raman at finance dot internal"),
    ("ping ci dash alerts at buildfarm dot local", "ci dash alerts at buildfarm dot local"),
    ("mail zorbek at canary dash mail dot com", "zorbek at canary dash mail dot com"),
    ("ask ops at nas dot home dot arpa", "ops at nas dot home dot arpa"),
    ("send it to priya at finance.internal", "priya at finance.internal"),
    ("send it to sales at acme dot corp", "sales at acme dot corp"),
    ("my email is info at acme dot corp", "info at acme dot corp"),
    ("try j smith at acme dot corp", "j smith at acme dot corp"),
]


@pytest.mark.parametrize(("text", "email"), EMAILS)
def test_nothing_of_an_internal_email_survives(redactor: Redactor, text: str, email: str) -> None:
    _, redacted = detect(redactor, text)
    left = _PLACEHOLDER.sub(" ", redacted).lower()
    around = text.replace(email, " ").lower()  # words of the text outside the e-mail may stay
    assert [f for f in fragments(email) if left.count(f.lower()) > around.count(f.lower())] == []


@pytest.mark.parametrize(("text", "email"), EMAILS)
def test_an_internal_email_is_one_email_span(redactor: Redactor, text: str, email: str) -> None:
    spans, _ = detect(redactor, text)
    start = text.index(email)
    touching = [r for r in spans if r.start < start + len(email) and start < r.end]
    assert [(r.entity_type, r.start, r.end) for r in touching] == [("EMAIL_ADDRESS", start, start + len(email))]


# (text, what stays as it is)
NOT_EMAILS = [
    ("we meet at noon", "we meet at noon"),
    ("look at acme dot com", "look at"),
    ("take a look at acme dot com", "take a look at"),
    ("the dog at acme dot com", "the dog at"),
    ("the team at buildfarm dot local fixed it", "the team at"),
    ("version 2.1 at build farm", "version 2.1 at build farm"),
    ("version 2.1 at build dot local", "version 2.1 at"),
    ("the folks at acme dot corp agreed", "the folks at"),
    ("they are at finance dot internal", "they are at"),
    ("use icon@2x.png for retina", "use icon@"),  # the URL recognizer takes "2x.pn"
    ("pin it to pkg@1.2.3 for now", "pkg@1.2.3"),
    ("run npm install lodash@latest", "lodash@latest"),
]


@pytest.mark.parametrize(("text", "kept"), NOT_EMAILS)
def test_ordinary_text_is_no_email(redactor: Redactor, text: str, kept: str) -> None:
    spans, redacted = detect(redactor, text)
    assert "EMAIL_ADDRESS" not in [r.entity_type for r in spans]
    assert kept in redacted


def test_a_spoken_domain_after_a_verb_is_a_url(redactor: Redactor) -> None:
    _, redacted = detect(redactor, "look at acme dot com")
    assert redacted == "look at <URL_1>"


def _span(entity: str, start: int, end: int, score: float = 0.85) -> RecognizerResult:
    return RecognizerResult(entity, start, end, score, recognition_metadata={})


def test_spans_across_an_email_are_cut_at_its_edges() -> None:
    text = "Priya priya.raman@finance.internal is out"
    email = _span("EMAIL_ADDRESS", 6, 34, 1.0)
    person = _span("PERSON", 0, 11)  # "Priya priya", as the NER might see it
    url = _span("URL", 18, 29, 0.5)  # "finance.int"
    tail = _span("PERSON", 30, 37)  # "rnal is", a span that runs out of the e-mail
    merged = resolve_overlaps(cut_around_emails(text, [person, url, email, tail]))
    assert [(r.entity_type, text[r.start : r.end]) for r in merged] == [
        ("PERSON", "Priya"),
        ("EMAIL_ADDRESS", "priya.raman@finance.internal"),
        ("PERSON", "is"),
    ]


def test_a_span_holding_an_email_keeps_what_is_outside_it() -> None:
    text = "see wiki.acme.com/u/bob@acme.corp/notes"
    url = _span("URL", 4, len(text), 0.6)
    email = _span("EMAIL_ADDRESS", 20, 33, 1.0)
    merged = resolve_overlaps(cut_around_emails(text, [url, email]))
    assert [(r.entity_type, text[r.start : r.end]) for r in merged] == [
        ("URL", "wiki.acme.com/u"),
        ("EMAIL_ADDRESS", "bob@acme.corp"),
        ("URL", "notes"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bob.smith@acme.corp", ["bob.smith@acme.corp"]),
        ("admin@buildfarm", ["admin@buildfarm"]),
        ("jane.doe@example.com", ["jane.doe@example.com"]),
        ("dana.w@ops.acme", ["dana.w@ops.acme"]),
        ("icon@2x.png", []),
        ("pkg@1.2.3", []),
        ("lodash@latest", []),
        ("logo@2x", []),
        ("admin@buildfarm.png", []),
    ],
)
def test_written_email_recognizer_takes_any_mail_host(text: str, expected: list[str]) -> None:
    results = OfflineEmailRecognizer().analyze(text, ["EMAIL_ADDRESS"])
    assert sorted({text[r.start : r.end] for r in results}) == expected


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("write to zorbek dot q at canary-mail dot com please", "zorbek.q@canary-mail.com"),
        ("mail zorbek at canary dash mail dot com", "zorbek@canary-mail.com"),
        ("that's bob dot smith at acme dot corp", "bob.smith@acme.corp"),
        ("ask ops at nas dot home dot arpa", "ops@nas.home.arpa"),
    ],
)
def test_spoken_emails_are_written_out(text: str, written: str) -> None:
    assert [r.value for r in normalise(text).rewrites if r.kind == "email"] == [written]
