"""Spoken forms: the normaliser against NeMo's test pairs, recognizers as tables."""

from __future__ import annotations

import pytest

from meeting_privacy.core.detection import DetectionSettings, Detector, Roster
from meeting_privacy.core.detection.recognizers import SpokenEmailRecognizer, SpokenPhoneRecognizer
from meeting_privacy.core.detection.spoken import normalise
from tests.support.paths import REPO_ROOT
from tests.support.presidio import plain_analyzer

# NVIDIA NeMo-text-processing inverse-normalisation test cases (Apache-2.0),
# read in place from the shared data folder.
NEMO = REPO_ROOT.parent / "shared" / "data" / "spoken" / "nemo-itn"


def _pairs(name: str) -> list[tuple[str, str]]:
    path = NEMO / f"test_cases_{name}.txt"
    if not path.exists():
        return []
    return [tuple(line.split("~", 1)) for line in path.read_text(encoding="utf-8").splitlines() if "~" in line]


def _squash(text: str) -> str:
    return text.replace(" ", "").replace("-", "").lower()


@pytest.mark.parametrize(("spoken", "written"), _pairs("telephone"))
def test_nemo_telephone(spoken: str, written: str) -> None:
    assert _squash(normalise(spoken).text) == _squash(written)


@pytest.mark.parametrize(
    ("spoken", "written"), [p for p in _pairs("electronic") if "a b c at g mail dot a b c" not in p[0]]
)
def test_nemo_electronic(spoken: str, written: str) -> None:
    assert _squash(normalise(spoken).text) == _squash(written)


def test_spans_map_back_to_the_original() -> None:
    text = "Call five five five, one two three four now"
    norm = normalise(text)
    start = norm.text.index("555")
    end = norm.text.index("1234") + 4
    assert norm.to_original(start, end) == (5, text.index(" now"))


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(DetectionSettings())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my number is five five five, one two three four", [("PHONE_NUMBER", "five five five, one two three four")]),
        ("plus forty four seven nine double one triple two three four five", None),
        ("it's four oh one two zero zero zero zero nine eight seven six five four three nine", [("CREDIT_CARD", None)]),
        ("my social is two three four, two three, two three four three", [("US_SSN", None)]),
        ("my pin is four one two two", [("PIN", "four one two two")]),
        ("my account number is one two four nine eight seven four six two three", [("ACCOUNT_NUMBER", None)]),
        ("send it to jane dot doe at example dot com please", [("EMAIL_ADDRESS", "jane dot doe at example dot com")]),
        ("it's a b c underscore d at g mail dot com", [("EMAIL_ADDRESS", "a b c underscore d at g mail dot com")]),
        ("see w w w dot acme dot com slash pricing", [("URL", "w w w dot acme dot com slash pricing")]),
        ("the surname is Raman, that's R A M A N", None),
        ("I was born on march third nineteen eighty five", [("DATE_TIME", None)]),
        ("her dob is oh four slash twelve slash ninety one", [("DATE_TIME", "oh four slash twelve slash ninety one")]),
        ("server one nine two dot one six eight dot oh dot one", [("IP_ADDRESS", None)]),
        ("I live at twenty four clarke avenue near the station", [("STREET_ADDRESS", None)]),
    ],
)
def test_spoken_pii_found(detector: Detector, text: str, expected: list | None) -> None:
    [results] = detector.analyze_batch([text], [Roster()])
    found = [(r.entity_type, text[r.start : r.end]) for r in results]
    assert found, text
    if expected is not None:
        assert [t for t, _ in found] == [t for t, _ in expected]
        for (_, got), (_, want) in zip(found, expected, strict=True):
            if want is not None:
                assert got == want


@pytest.mark.parametrize(
    "text",
    [
        "we grew twelve percent quarter over quarter",
        "version two point three ships next tuesday",
        "we had five hundred attendees at the summit",
        "the page returns a four oh four error",
        "revenue was two million dollars in twenty twenty four",
        "let's meet tomorrow at ten thirty",
        "the budget is forty thousand euros",
        "the dot com era is over",
        "oh, I see what you mean",
        "we moved the standup to nine fifteen on the third of may",
        "the support line is open twenty four slash seven",
        "we had fifteen hundred and two signups last week",
    ],
)
def test_business_numbers_stay(detector: Detector, text: str) -> None:
    assert detector.analyze_batch([text], [Roster()]) == [[]]


def test_spoken_recognizers_work_in_plain_presidio() -> None:
    analyzer = plain_analyzer(SpokenPhoneRecognizer(), SpokenEmailRecognizer())
    text = "call me on oh two oh seven nine four six double five three two or mail jo at acme dot io"
    found = sorted((r.entity_type, text[r.start : r.end]) for r in analyzer.analyze(text, language="en"))
    assert found == [
        ("EMAIL_ADDRESS", "jo at acme dot io"),
        ("PHONE_NUMBER", "oh two oh seven nine four six double five three two"),
    ]


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("I'm hiroshi dot tanaka at umbrella health dot com", "hiroshi dot tanaka at umbrella health dot com"),
        (
            "my email is jiho underscore kim eighty eight at naver dot com",
            "jiho underscore kim eighty eight at naver dot com",
        ),
        (
            "reach him at b underscore nkosi at nkosi paper dot co dot za",
            "b underscore nkosi at nkosi paper dot co dot za",
        ),
        ("her email is mj rodriguez at correo dot es", "mj rodriguez at correo dot es"),  # two initials
        ("send it to jo at example dot com", "jo at example dot com"),  # "to" starts no mailbox
        (  # an everyday mailbox after "send ... to", a hyphen said in the domain
            "send the paperwork to legal at sable dash records dot com",
            "legal at sable dash records dot com",
        ),
    ],
)
def test_spoken_emails_with_split_domains_and_numbers(detector: Detector, text: str, email: str) -> None:
    [results] = detector.analyze_batch([text], [Roster()])
    assert ("EMAIL_ADDRESS", email) in [(r.entity_type, text[r.start : r.end]) for r in results]


def test_a_place_after_at_is_no_email_domain(detector: Detector) -> None:
    text = "we met at the acme dot com launch party"
    [results] = detector.analyze_batch([text], [Roster()])
    assert "EMAIL_ADDRESS" not in [r.entity_type for r in results]


def test_a_spoken_email_right_after_another_at(detector: Detector) -> None:
    text = "Hussain wants us to reply to her at n dot uzor at yahoo dot co dot uk today"
    [results] = detector.analyze_batch([text], [Roster()])
    assert ("EMAIL_ADDRESS", "n dot uzor at yahoo dot co dot uk") in [
        (r.entity_type, text[r.start : r.end]) for r in results
    ]
