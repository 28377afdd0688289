"""The evaluation's own data: splits that never mix, a country list that separates countries from places, and
a clean set that its generator reproduces byte for byte."""

from __future__ import annotations

import json

import pytest

from benchmarks.eval_data import ami_split, make_clean_codenames, slue_split
from benchmarks.eval_pii import COUNTRY_OR_WIDER, load_slue
from tests.support.paths import REPO_ROOT

ROOT = REPO_ROOT
DATA = ROOT.parent / "shared" / "data"
SLUE = DATA / "spoken" / "slue-voxpopuli" / "fine-tune.tsv"
AMI = DATA / "meetings" / "qmsum-ami"


def test_clean_codenames_are_what_the_generator_writes():
    written = [json.loads(line) for line in make_clean_codenames.OUT.read_text(encoding="utf-8").splitlines()]
    assert written == make_clean_codenames.build()
    assert len(written) >= 300
    assert len({item["text"] for item in written}) == len(written)
    assert {item["case"] for item in written} == {"lower", "cased"}


@pytest.mark.parametrize("name", ["france", "uk", "the united states", "european union", "europe", "czech republic"])
def test_countries_and_wider_areas_are_not_places(name):
    assert name in COUNTRY_OR_WIDER


@pytest.mark.parametrize("name", ["brussels", "new york", "strasbourg", "crimea", "tilbury power station"])
def test_cities_regions_and_sites_are_places(name):
    assert name not in COUNTRY_OR_WIDER


@pytest.mark.skipif(not SLUE.exists(), reason="SLUE-VoxPopuli not under ../shared/data")
def test_slue_sides_share_no_session_and_dev_has_places_and_persons():
    dev = {slue_split.session_of(r["id"]) for r in slue_split.rows(SLUE, development=True)}
    tuning = {slue_split.session_of(r["id"]) for r in slue_split.rows(SLUE, development=False)}
    assert dev and tuning and not dev & tuning
    labels = [t for sample in load_slue(DATA) for _, _, t in sample.spans]
    assert labels.count("PERSON") > 50 and labels.count("PLACE") > 20


@pytest.mark.skipif(not AMI.exists(), reason="AMI (QMSum) not under ../shared/data")
def test_ami_sides_share_no_meeting_and_drop_transcription_marks():
    dev = {m for m, _ in ami_split.turns(AMI, development=True)}
    tuning = {m for m, _ in ami_split.turns(AMI, development=False)}
    assert dev and tuning and not dev & tuning
    assert ami_split.clean("Mm-hmm {disfmarker} okay {vocalsound} .") == "Mm-hmm okay ."
