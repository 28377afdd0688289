"""A meeting's title and agenda (the ``meetings`` input) keep its code names, in that meeting only.

Two consenting meetings say the same things; only the first has a title. Its
code name survives there and is redacted in the other; the person the title
names stays redacted in both, and the title itself reaches no output.
"""

from __future__ import annotations

import copy
import re

import pytest

from meeting_privacy.demo.writer import write_input
from tests.support.reliability_support import (
    good_set,
    key_file,
    manifest,
    pseudonym,
    rows,
    run_args,
    run_captured,
    searchable_outputs,
)

pytestmark = pytest.mark.slow  # runs the whole pipeline

TITLED, UNTITLED = "good-m-1", "good-m-6"
TITLE = "Porter Hall review with Quentin Harrington"
ID_FIELDS = ("meeting_id", "participant_id", "sender_participant_id", "segment_id", "message_id", "event_id")
SAID = ("porter said the dashboard is live", "quentin harrington will demo it on friday")


def _inputs():
    records = good_set().records
    for kind in ("participants", "transcripts", "chat", "telemetry"):
        clones = []
        for record in records[kind]:
            if record["meeting_id"] == TITLED:
                clone = copy.deepcopy(record)
                for field in ID_FIELDS:
                    if field in clone:
                        clone[field] = clone[field].replace(TITLED, UNTITLED)
                clones.append(clone)
        records[kind].extend(clones)
    for meeting in (TITLED, UNTITLED):
        speaker = f"{meeting}-p-ana"
        for n, text in enumerate(SAID):
            records["transcripts"].append(
                {
                    "segment_id": f"{meeting}-said-{n}",
                    "meeting_id": meeting,
                    "participant_id": speaker,
                    "start_ms": 9000 + 1000 * n,
                    "end_ms": 9900 + 1000 * n,
                    "text": text,
                }
            )
    records["meetings"] = [{"meeting_id": TITLED, "title": TITLE, "agenda": "the porter hall dashboard"}]
    return records


@pytest.fixture(scope="module")
def output(tmp_path_factory):
    root = tmp_path_factory.mktemp("vocabulary")
    (root / "in").mkdir()
    for kind, records in _inputs().items():
        write_input(root / "in" / f"{kind}-0001.jsonl", records)
    out = root / "out"
    run = run_captured(run_args(root / "in", out, key_file(root)), out)
    assert run.code == 0, run.stderr
    return out


def _said(output, meeting: str) -> list[str]:
    meeting_pseudonym = pseudonym("meeting_id", meeting)
    mine = [r for r in rows(output, "transcripts") if r["meeting_pseudonym"] == meeting_pseudonym]
    texts = [r["text"] for r in sorted(mine, key=lambda r: r["start_ms"])]
    return texts[-len(SAID) :]


def test_the_titled_meeting_keeps_its_code_name_and_the_other_does_not(output):
    titled, untitled = _said(output, TITLED), _said(output, UNTITLED)
    assert titled[0] == "porter said the dashboard is live"
    assert "porter" not in untitled[0] and "<PERSON_" in untitled[0]


def test_a_person_the_title_names_stays_redacted_and_the_title_reaches_no_output(output):
    for meeting in (TITLED, UNTITLED):
        assert re.fullmatch(r"<PERSON_\d+> will demo it on friday", _said(output, meeting)[1])
    for name, data in searchable_outputs(output, include_quarantine=True).items():
        assert TITLE.lower().encode() not in data.lower(), name
        assert b"harrington" not in data.lower(), name


def test_the_meetings_line_is_counted_as_read_and_used(output):
    assert manifest(output)["counts"]["meetings"] == {"read": 1, "used": 1, "quarantined": 0}
