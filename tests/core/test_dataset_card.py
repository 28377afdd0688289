"""The dataset card: rendered from a real run's manifest; columns from the output schemas."""

from __future__ import annotations

import copy
import json
import re

import pyarrow.parquet as pq
import pytest

from meeting_privacy.core.dataset_card import COLUMN_TEXT, render_dataset_card
from meeting_privacy.schemas.outputs import SCHEMAS
from tests.core.test_report import assert_no_personal_data


@pytest.fixture(scope="module")
def manifest(sample_run) -> dict:
    assert sample_run.exit_code == 0, sample_run.stderr
    return json.loads((sample_run.output / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def card(manifest) -> str:
    return render_dataset_card(manifest)


def test_every_schema_column_is_described():
    assert set(COLUMN_TEXT) == set(SCHEMAS)
    for name, schema in SCHEMAS.items():
        assert set(COLUMN_TEXT[name]) == set(schema.names), name


def test_card_lists_every_column_with_its_type(card):
    for name, schema in SCHEMAS.items():
        section = card.split(f"### `{name}/`", 1)[1].split("###", 1)[0].split("## ", 1)[0]
        listed = re.findall(r"^\| `([a-z_]+)` \| `([^`]+)` \| (yes|no) \|", section, re.M)
        assert [(c, t, n == "yes") for c, t, n in listed] == [(f.name, str(f.type), f.nullable) for f in schema]


def test_card_states_the_run(card, manifest):
    assert manifest["as_of"] in card
    assert f"`{manifest['policy_sha256']}`" in card
    assert f"`{manifest['purpose']}`" in card
    assert "docs/evaluation.md" in card
    assert "Names the detector missed can remain in the text" in card
    assert "demo" not in card.lower()  # a real key


def test_card_row_counts_match_the_files(card, manifest, sample_run):
    for kind in ("transcripts", "chat", "telemetry"):
        rows = pq.read_table(sample_run.output / kind).num_rows
        assert rows == manifest["counts"][kind]["emitted"]
        assert re.search(rf"^\| `{kind}/` \| [^|]+ \| {rows} \| 1 \|$", card, re.M), kind
    audit = pq.read_table(sample_run.output / "audit").num_rows
    assert re.search(rf"^\| `audit/` \| [^|]+ \| {audit} \|", card, re.M)


def test_card_has_no_personal_data(card, sample_run):
    assert_no_personal_data(card, sample_run.input)


def test_card_hides_allow_list_and_escapes_values(manifest):
    tampered = copy.deepcopy(manifest)
    tampered["policy"]["deidentification"]["allow_list"] = ["Zelda Quux"]
    tampered["as_of"] = "2026 | <script>x</script>"
    text = render_dataset_card(tampered)
    assert "Zelda" not in text and "1 entry (not shown)" in text
    assert "<script>" not in text
    assert "| consent as of | 2026 \\| \\<script\\>x\\</script\\> |" in text


def test_demo_run_is_flagged(manifest):
    assert "**Demo run.**" in render_dataset_card(dict(manifest, demo_key=True, key_source="demo"))


def test_evaluation_link_can_be_given(manifest):
    text = render_dataset_card(manifest, evaluation_link="https://example.org/evaluation.html")
    assert "[the detector evaluation](https://example.org/evaluation.html)" in text
