"""Erasure from a built output equals a rebuild with the people's withdrawals, on generated inputs.

``erase(build(D, t), P)`` must hold exactly the training rows of ``build(D + a withdrawal for
every person in P, t)``: under ``all_participants`` row for row; under ``speaker_only`` the
same records with the same columns (the text of a partly erased meeting keeps the
placeholder numbers it was built with, where a rebuild would renumber).
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timezone

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from meeting_privacy.core.erasure import ErasureRefused
from meeting_privacy.core.pseudonyms import KeySource
from meeting_privacy.core.verify import verify_output
from meeting_privacy.demo.writer import dump, write_input
from meeting_privacy.pipelines.erase import erase_output
from tests.support.reliability_support import consent_event, key_file, manifest, rows, run_args, run_captured
from tests.support.runs import file_digests

NOW = datetime(2026, 7, 1, tzinfo=timezone.utc)
USERS = [f"gen-u-{n}" for n in range(6)]
_SENTENCES = (
    "Let's go over the release checklist first.",
    "I'll send the notes after the call.",
    "The build is green again since this morning.",
    "Can we move the review to next week?",
)
TRAINING = ("transcripts", "chat", "telemetry")
ROW_ID = {"transcripts": "segment_pseudonym", "chat": "message_pseudonym", "telemetry": "event_pseudonym"}


def generate(seed: int) -> dict[str, list[dict]]:
    """A few meetings of a few of six users, most of whom granted; content and telemetry in each."""
    rng = random.Random(seed)
    records: dict[str, list[dict]] = {k: [] for k in ("participants", "consent", *TRAINING)}
    for n, user in enumerate(USERS):
        if rng.random() < 0.85:
            records["consent"].append(_consent(f"g-{n}", user, "grant", "2026-01-01T00:00:00Z"))
    for m in range(rng.randint(3, 5)):
        meeting, start = f"gen-m-{seed}-{m}", f"2026-03-{10 + m:02d}T15:00:00Z"
        people = rng.sample(USERS, rng.randint(2, 3))
        for p, user in enumerate(people):
            records["participants"].append(
                {
                    "meeting_id": meeting,
                    "participant_id": f"{meeting}-p{p}",
                    "user_id": user,
                    "account_id": "gen-acct",
                    "display_name": f"Person {user[-1]} Quillfeather",
                    "role": "attendee",
                    "country": "US",
                    "joined_at": start,
                }
            )
            records["telemetry"].append(
                {
                    "event_id": f"{meeting}-e{p}",
                    "meeting_id": meeting,
                    "participant_id": f"{meeting}-p{p}",
                    "account_id": "gen-acct",
                    "event_type": "join",
                    "occurred_at": start,
                }
            )
        for s in range(rng.randint(1, 4)):
            speaker = f"{meeting}-p{rng.randrange(len(people))}"
            records["transcripts"].append(
                {
                    "segment_id": f"{meeting}-s{s}",
                    "meeting_id": meeting,
                    "participant_id": speaker,
                    "start_ms": 1000 * s,
                    "end_ms": 1000 * s + 900,
                    "text": rng.choice(_SENTENCES),
                }
            )
        records["chat"].append(
            {
                "message_id": f"{meeting}-c0",
                "meeting_id": meeting,
                "sender_participant_id": f"{meeting}-p0",
                "recipient": "everyone",
                "sent_at": start,
                "text": rng.choice(_SENTENCES),
            }
        )
    return records


def _consent(consent_id, user, decision, at):
    return consent_event(consent_id, "user", user, decision, at)


def _write(directory, records):
    directory.mkdir(parents=True)
    for kind, found in records.items():
        write_input(directory / f"{kind}.jsonl", [dump(r) for r in found])


def _build(root, name, records, policy):
    _write(root / f"{name}-input", records)
    output = root / f"{name}-output"
    argv = run_args(root / f"{name}-input", output, key_file(root), "--policy", str(policy), "--quiet")
    result = run_captured(argv, output)
    assert result.code == 0, result.stderr[-2000:]
    return output


def _training(output, drop_text=False):
    found = {}
    for kind in TRAINING:
        kind_rows = sorted(rows(output, kind), key=lambda r: r[ROW_ID[kind]])
        found[kind] = [{k: v for k, v in r.items() if not (drop_text and k == "text")} for r in kind_rows]
    return found


@pytest.mark.slow
@settings(
    max_examples=2,
    deadline=None,
    phases=(Phase.explicit, Phase.generate),  # a failing example costs three pipeline runs: no shrinking
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(seed=st.integers(0, 10**6), scope=st.sampled_from(["all_participants", "speaker_only"]), data=st.data())
def test_erasing_people_equals_rebuilding_with_their_withdrawals(tmp_path_factory, seed, scope, data):
    root = tmp_path_factory.mktemp("erasure")
    policy = root / "policy.yaml"
    policy.write_text(f"content_scope: {scope}\n", encoding="utf-8")
    records = generate(seed)
    people = data.draw(st.lists(st.sampled_from(USERS), min_size=1, max_size=2, unique=True))
    built = _build(root, "built", records, policy)
    ids = root / "erase.txt"
    ids.write_text("\n".join(people) + "\n", encoding="utf-8")
    result = erase_output(str(built), str(ids), KeySource.from_file(root / "key.txt"), "erasure_request", NOW)
    assert result.verdict.ok, result.verdict.problems

    withdrawn = {
        **records,
        "consent": records["consent"]
        + [_consent(f"w-{n}", user, "withdraw", "2026-06-01T00:00:00Z") for n, user in enumerate(people)],
    }
    rebuilt = _build(root, "rebuilt", withdrawn, policy)
    exact = scope == "all_participants"
    assert _training(built, drop_text=not exact) == _training(rebuilt, drop_text=not exact)
    erased = sum(manifest(built)["counts"][k].get("erased", 0) for k in TRAINING)
    assert erased == (sum(result.erasure.rows.values()) if result.erasure else 0)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("erase-once")
    policy = root / "policy.yaml"
    policy.write_text("content_scope: all_participants\n", encoding="utf-8")
    return root, _build(root, "built", generate(7), policy)


@pytest.mark.slow
def test_an_erasure_is_logged_without_ids_and_erasing_twice_changes_nothing(built):
    root, output = built
    ids = root / "ids.txt"
    ids.write_text("gen-u-1\ngen-u-2\n", encoding="utf-8")
    key = KeySource.from_file(root / "key.txt")
    first = erase_output(str(output), str(ids), key, "user_request", NOW)
    assert first.erasure is not None and first.verdict.ok
    log = manifest(output)["erasures"]
    assert len(log) == 1 and log[0]["reason"] == "user_request" and log[0]["people"] == 2
    assert "gen-u-1" not in json.dumps(log) and sum(log[0]["rows"].values()) > 0
    audit = rows(output, "audit")
    assert sum(r["decision"] == "erased" for r in audit) == sum(log[0]["rows"].values())
    assert all(r["reason"] == "user_request" and not r["consent_subjects"] for r in audit if r["decision"] == "erased")
    before = file_digests(output)
    again = erase_output(str(output), str(ids), key, "user_request", NOW)
    assert again.erasure is None and again.verdict.ok and file_digests(output) == before
    assert "erased" in (output / "DATASET_CARD.md").read_text() and verify_output(output).ok


@pytest.mark.slow
def test_an_output_built_with_another_key_is_refused_and_left_alone(built, tmp_path):
    _, output = built
    before = file_digests(output)
    other = tmp_path / "other-key.txt"
    other.write_text("another-key-0123456789-abcdefghijklmnopqrstuvwxyz\n")
    other.chmod(0o600)
    ids = tmp_path / "ids.txt"
    ids.write_text("gen-u-3\n")
    with pytest.raises(ErasureRefused, match="another key"):
        erase_output(str(output), str(ids), KeySource.from_file(other), "erasure_request", NOW)
    assert file_digests(output) == before


def test_ids_in_the_list_are_taken_as_written_and_trimmed(tmp_path):
    from meeting_privacy.core.erasure import read_user_ids

    path = tmp_path / "ids.txt"
    path.write_text(" u-1\nu-2 \r\n\n", encoding="utf-8")
    assert read_user_ids(path) == [" u-1", "u-1", "u-2", "u-2 "]


@pytest.mark.slow
def test_a_record_id_used_in_two_meetings_builds_and_verifies(tmp_path):
    records = generate(11)
    first, other = (
        records["transcripts"][0],
        next(s for s in records["transcripts"] if s["meeting_id"] != records["transcripts"][0]["meeting_id"]),
    )
    other["segment_id"] = first["segment_id"]  # ids are unique per meeting, not across meetings
    records["consent"] += [_consent(f"all-{user}", user, "grant", "2026-01-01T00:00:00Z") for user in USERS]
    policy = tmp_path / "policy.yaml"
    policy.write_text("content_scope: speaker_only\n", encoding="utf-8")
    output = _build(tmp_path, "built", records, policy)
    assert verify_output(output).ok
    ids = [r["segment_pseudonym"] for r in rows(output, "transcripts")]
    assert len(ids) == len(records["transcripts"]) and len(set(ids)) == len(ids) - 1
