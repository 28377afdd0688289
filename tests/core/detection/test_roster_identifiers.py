"""A meeting's raw ids (user, participant, account, meeting, device) written in its text are found."""

from __future__ import annotations

import pytest

from meeting_privacy.core.detection import Roster

ROSTER = Roster(names=("Priya Raman",), ids=("usr-0042-qx7k", "acct-northwind", "p1", "MTG-2026-88"))


def _found(detector, text):
    [results] = detector.analyze_batch([text], [ROSTER])
    return [(text[r.start : r.end], r.entity_type) for r in results]


@pytest.mark.parametrize(
    "text, value",
    [
        ("my user id is usr-0042-qx7k if you need it", "usr-0042-qx7k"),
        ("billing goes to acct-northwind this quarter", "acct-northwind"),
        ("see the notes for mtg-2026-88.", "mtg-2026-88"),  # ids are found whatever their case
        ("(usr-0042-qx7k)", "usr-0042-qx7k"),
        ("laptop_usr-0042-qx7k", "usr-0042-qx7k"),  # _ and . end a token here
        ("see ref.acct-northwind", "acct-northwind"),
    ],
)
def test_a_roster_id_in_text_is_found_as_an_identifier(detector, text, value):
    # The span may be wider (a URL-like neighbour merged into it), never narrower.
    assert any(entity == "IDENTIFIER" and value in found for found, entity in _found(detector, text))


@pytest.mark.parametrize(
    "text",
    [
        "the p1 bugs come first",  # too short to look for
        "xusr-0042-qx7kz is someone else's",  # inside another token
    ],
)
def test_short_ids_and_ids_inside_other_tokens_are_left(detector, text):
    assert not [v for v, entity in _found(detector, text) if entity == "IDENTIFIER"]


def test_the_roster_repr_counts_ids_and_never_prints_them():
    assert "usr-0042" not in repr(ROSTER) and "4 ids" in repr(ROSTER)
