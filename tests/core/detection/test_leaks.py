"""Values that once leaked through the detector, redacted now (one row per leak found)."""

from __future__ import annotations

import pytest

from meeting_privacy.core.detection import Roster
from meeting_privacy.core.redactor import Placeholders

ROSTER = Roster(
    names=("Priya Sharma", "Tom Becker", "Will Turner", "José Álvarez-Núñez"), emails=("priya.sharma@example.com",)
)


def redact(redactor, text):
    (spans,) = redactor.detect([text], [ROSTER])
    return redactor.apply(text, spans, Placeholders()).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Presidio drops SSNs it deems invalid, and these are everybody's examples.
        ("ssn 123-45-6789", "ssn <US_SSN_1>"),
        ("my ssn is 078-05-1120", "my ssn is <US_SSN_1>"),
        ("SSN 123 45 6789", "SSN <US_SSN_1>"),
        # Roster names inside device names, next to digits or underscores.
        ("DESKTOP-PRIYA01", "DESKTOP-<PERSON_1>01"),
        ("priya_sharma-laptop", "<PERSON_1>_<PERSON_1>-laptop"),
        # The possessive stays outside the placeholder.
        ("Tom Becker's iPhone 15", "<PERSON_1>'s iPhone 15"),
        # ... and so does a hesitation the model took into its span.
        ("Um Larsen and Pol signed the motion together", "Um <PERSON_1> and <PERSON_2> signed the motion together"),
        # Accents dropped by speech-to-text or a device name still match the roster.
        ("JOSE-MBP", "<PERSON_1>-MBP"),
        ("thanks jose and alvarez nunez", "thanks <PERSON_1> and <PERSON_1>"),
        ("José Álvarez-Núñez joined", "<PERSON_1> joined"),
        # The name lists write O'Neill as "oneill": a lower-case Irish surname after a given name.
        ("her assistant is grace o'neill", "her assistant is <PERSON_1>"),
        ("see you at five o'clock", "see you at five o'clock"),
    ],
)
def test_redacted(redactor, text, expected):
    assert redact(redactor, text) == expected


def test_user_name_style_display_names_are_split_into_names(redactor):
    roster = Roster(names=("priya.sharma", "tom_becker"))
    (spans,) = redactor.detect(["ask priya and Becker"], [roster])
    assert redactor.apply("ask priya and Becker", spans, Placeholders()).text == "ask <PERSON_1> and <PERSON_2>"


@pytest.mark.parametrize("text", ["room 123 45 6789", "I will send it", "will01 is the build", "Call 2024-11-26"])
def test_left_alone(redactor, text):
    redacted = redact(redactor, text)
    assert "US_SSN" not in redacted and "PERSON" not in redacted
