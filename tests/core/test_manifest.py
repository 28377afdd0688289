"""The manifest model: build, merge, totals and erasure from small inputs; JSON round trips exactly."""

from __future__ import annotations

import copy
import json
from typing import NamedTuple, Optional

import pytest

from meeting_privacy.core.manifest import AccountingError, ErasureEntry, Manifest, ManifestError, Totals, tally
from meeting_privacy.core.outcomes import Decision

RUN = {
    "version": "0.1.0",
    "as_of": "2026-06-01T00:00:00Z",
    "purpose": "ai_training",
    "policy": {"purpose": "ai_training", "deidentification": {"allow_list": []}},
    "policy_file": None,
    "policy_sha256": "ab" * 32,
    "key_source": "file",
    "key_fingerprint": "cd" * 8,
    "demo_key": False,
}


class File(NamedTuple):  # the fields of input_files.FileInfo the manifest reads
    path: str
    kind: Optional[str]
    sha256: str
    records: int
    error: Optional[str] = None


def _shard(
    transcripts: dict[tuple[str, str], int], *, consent_read: int = 4, consent_bad: int = 1, part: str = "part"
) -> Manifest:
    read = sum(transcripts.values())
    return Manifest.build(
        run=RUN,
        files=[
            File(f"transcripts-{part}.jsonl", "transcripts", "01" * 32, read),
            File(f"consent-{part}.jsonl", "consent", "02" * 32, consent_read, "1 bad line"),
            File("chat.jsonl", "chat", "03" * 32, 0),
            File("telemetry.jsonl", "telemetry", "04" * 32, 0),
            File("participants.jsonl", "participants", "05" * 32, 0),
            File("notes.txt", None, "", 0),
        ],
        decisions=[(("transcripts", d, r), n) for (d, r), n in transcripts.items()],
        rejected_reference=[("consent", consent_bad)],
        entities=[("PERSON", 3), ("EMAIL_ADDRESS", 1)],
        meetings=[("kept", 2), ("no_consent", 1)],
        quarantine_errors=[
            (("transcripts", "malformed", "text: missing"), transcripts.get(("quarantined", "malformed"), 0))
        ],
        nulled_fields=[("transcripts.language", 1)],
        outputs=[
            ("transcripts", f"transcripts/{part}-0.parquet", "0a" * 32),
            ("audit", f"audit/{part}-0.parquet", "0b" * 32),
        ],
    )


FIGURES = {("emitted", "emitted"): 5, ("excluded", "no_consent"): 2, ("excluded", "private_chat"): 1}


def test_build_counts_every_decision_and_reason():
    manifest = _shard({**FIGURES, ("quarantined", "malformed"): 1})
    transcripts = manifest.counts["transcripts"].to_json()
    assert transcripts == {
        "read": 9,
        "emitted": 5,
        "excluded": 3,
        "quarantined": 1,
        "erased": 0,
        "reasons": {"emitted": 5, "no_consent": 2, "private_chat": 1, "malformed": 1},
    }
    assert manifest.counts["consent"].to_json() == {"read": 4, "used": 3, "quarantined": 1}
    assert list(manifest.counts) == ["transcripts", "chat", "telemetry", "participants", "consent", "meetings"]
    document = manifest.to_json()
    assert document["meetings"] == {"total": 3, "kept": 2, "not_kept": {"no_consent": 1}}
    assert document["skipped_files"] == ["notes.txt"] and len(document["inputs"]) == 5
    assert document["entities_redacted"] == {"EMAIL_ADDRESS": 1, "PERSON": 3}


def test_build_refuses_records_not_accounted_for():
    with pytest.raises(AccountingError, match="transcripts: 8 records read but 9 accounted for"):
        Manifest.build(
            **{
                **_build_args(),
                "files": [File("transcripts.jsonl", "transcripts", "01" * 32, 8)],
                "decisions": [(("transcripts", "emitted", "emitted"), 9)],
            }
        )


def _build_args() -> dict:
    return dict(
        run=RUN,
        files=[],
        decisions=[],
        rejected_reference=[],
        entities=[],
        meetings=[],
        quarantine_errors=[],
        nulled_fields=[],
        outputs=[],
    )


def test_totals_are_summed_over_audited_kinds_only():
    manifest = _shard({**FIGURES, ("quarantined", "malformed"): 1})
    totals = manifest.totals
    assert totals.read == 9 and totals.decided[Decision.EMITTED] == 5 and totals.decided[Decision.EXCLUDED] == 3
    assert list(totals.not_emitted.items()) == [("no_consent", 2), ("malformed", 1), ("private_chat", 1)]
    assert totals.quarantined_lines == 2  # one transcript record and one consent line
    assert Totals.of({}).read == 0 and not Totals.of({}).not_emitted


def test_json_round_trips_exactly():
    manifest = _shard({**FIGURES, ("quarantined", "malformed"): 1})
    text = json.dumps(manifest.to_json(), indent=2, sort_keys=True)
    parsed = Manifest.from_json(json.loads(text))
    assert parsed == manifest
    assert json.dumps(parsed.to_json(), indent=2, sort_keys=True) == text


def test_merge_adds_the_shards_up():
    one = _shard(FIGURES, part="part-s000")
    two = _shard(
        {("emitted", "emitted"): 1, ("excluded", "no_consent"): 3}, consent_read=2, consent_bad=0, part="part-s001"
    )
    merged = Manifest.merge([one, two])
    assert merged.shards == 2
    assert merged.counts["transcripts"].to_json() == {
        "read": 12,
        "emitted": 6,
        "excluded": 6,
        "quarantined": 0,
        "erased": 0,
        "reasons": {"emitted": 6, "no_consent": 5, "private_chat": 1},
    }
    assert merged.counts["consent"].to_json() == {"read": 6, "used": 5, "quarantined": 1}
    assert merged.meetings.to_json() == {"total": 6, "kept": 4, "not_kept": {"no_consent": 2}}
    assert merged.entities_redacted == {"EMAIL_ADDRESS": 2, "PERSON": 6}
    chat = next(i for i in merged.inputs if i.path == "chat.jsonl")
    assert chat.records == 0 and [i.path for i in merged.inputs] == sorted(i.path for i in merged.inputs)
    assert merged.outputs["audit"] == ("audit/part-s000-0.parquet", "audit/part-s001-0.parquet")
    assert Manifest.from_json(json.loads(json.dumps(merged.to_json()))) == merged


def test_merge_refuses_shards_that_do_not_add_up():
    broken = copy.deepcopy(_shard(FIGURES).to_json())
    broken["counts"]["transcripts"]["read"] += 1
    with pytest.raises(AccountingError):
        Manifest.merge([_shard(FIGURES), Manifest.from_json(broken)])


def test_tally_is_what_the_manifest_counts():
    # pipelines/figures tallies the Beam counters with it: the summary and the manifest cannot differ
    decisions = [(("transcripts", d, r), n) for (d, r), n in FIGURES.items()]
    assert tally({"transcripts": 8, "consent": 4}, decisions, {"consent": 1}) == _shard(FIGURES).counts


def test_erasure_moves_rows_from_emitted_to_erased_and_logs_the_request():
    manifest = _shard(FIGURES)
    entry = ErasureEntry("2026-06-02T00:00:00Z", "ef" * 32, "erasure_request", 1, {"transcripts": 5}, 2)
    erased = manifest.after_erasure(
        rows={"transcripts": 5, "chat": 0},
        reason="erasure_request",
        entities={},
        meetings_gone=2,
        output_sha256={"transcripts/part-0.parquet": "99" * 32, "audit/part-0.parquet": "98" * 32},
        entry=entry,
    )
    transcripts = erased.counts["transcripts"].to_json()
    assert transcripts["emitted"] == 0 and transcripts["erased"] == 5
    assert transcripts["reasons"] == {"no_consent": 2, "private_chat": 1, "erasure_request": 5}
    assert erased.meetings.to_json() == {"total": 3, "kept": 0, "not_kept": {"no_consent": 1, "erased": 2}}
    assert erased.erasures == (entry,) and erased.totals.decided[Decision.ERASED] == 5
    assert Manifest.from_json(json.loads(json.dumps(erased.to_json()))) == erased
    assert manifest.counts["transcripts"].to_json()["emitted"] == 5  # the model is frozen: the original is unchanged


@pytest.mark.parametrize(
    "change",
    [
        lambda m: m.update(counts=["not", "a"]),
        lambda m: m.update(unknown_field=1),
        lambda m: m.pop("version"),
        lambda m: m["counts"]["transcripts"].update(read="9"),
        lambda m: m["counts"].update(recordings={"read": 1}),
        lambda m: m.update(demo_key="no"),
        lambda m: m["inputs"][0].update(records=True),
    ],
)
def test_a_manifest_of_another_shape_is_refused(change):
    document = _shard(FIGURES).to_json()
    change(document)
    with pytest.raises(ManifestError):
        Manifest.from_json(document)


def test_figures_that_do_not_add_up_still_parse():
    # verify names such a manifest's problem; refusing to read it would hide which count is wrong
    document = _shard(FIGURES).to_json()
    document["counts"]["transcripts"]["emitted"] += 1
    assert Manifest.from_json(document).counts["transcripts"].accounted == 9
