"""Evidence before spreading: which person spans repeat over a meeting, allow-listed phrases, meeting vocabulary."""

from __future__ import annotations

import pytest

from meeting_privacy.core.detection import AllowList, DetectionSettings, Detector, Roster, repeat_names_across
from meeting_privacy.core.detection.allow import meeting_vocabulary
from meeting_privacy.core.detection.evidence import (
    CUE,
    MODEL_CASED,
    NAME_EVIDENCE_KEY,
    NAME_FIELD,
    ROSTER,
    SPEAKER_LABEL,
    WORD_LIST,
    evidence_of,
)
from meeting_privacy.core.detection.names import is_everyday_pair
from meeting_privacy.core.errors import PolicyError

NO_ROSTER = Roster()

#: Meeting talk about projects, products and plans: lower-case code names
#: made of everyday words, product names, words that are also given names.
#: Written for this test; nothing here is personal data.
CLEAN_MEETING = [
    "the mellow summit rollout slipped by a week",
    "cobalt falcon is blocked on the schema change",
    "golden harbor ships on friday if qa signs off",
    "can we move silver birch to the next sprint",
    "quiet meadow needs another load test before launch",
    "the amber lantern dashboard is still red",
    "let's park the iron willow migration until the audit is done",
    "rusty anchor passed the security review this morning",
    "we should rename crimson harbor before the press release",
    "velvet thunder's error budget is nearly spent",
    "the frost pine build broke again overnight",
    "hope the new pricing page converts better",
    "grace period for the old api ends next quarter",
    "will the patch land before the freeze",
    "the summer release has three open blockers",
    "june planning moves to the big room",
    "penny pinching on cloud spend saved us a lot",
    "mark the ticket as done once the tests pass",
    "the jade and ruby clusters are both healthy",
    "push the hotfix to the canary ring first",
    "bright river and stone bridge share one database",
    "we need more coverage on the billing service",
    "the retro for blue heron is on the calendar",
    "our north star metric is weekly active teams",
    "deploy paper crane behind a feature flag",
    "the kestrel pipeline dropped events again",
    "ocean drift is waiting on the vendor contract",
    "let's sunset the legacy exporter in march",
    "the wild sage experiment lifted retention a little",
    "hazel street is the internal name for the new onboarding",
    "the lucky clover build is green again",
    "send the draft of the summit deck to the whole team",
    "maple and cedar are the two staging environments",
    "the harbor team owns the cobalt queue now",
    "falcon latency went up after the upgrade",
    "mellow mode is the default for new accounts",
    "the golden path for signup is three screens",
    "summit reviews happen every second thursday",
    "we merged the ivy refactor yesterday afternoon",
    "the new chip in the test rig runs hotter",
]


def meeting(detector: Detector, texts: list[str], roster: Roster = NO_ROSTER) -> list[list[str]]:
    """Each text's detected spans after the meeting-wide repetition, as text."""
    found = repeat_names_across(texts, detector.analyze_batch(texts, [roster] * len(texts)))
    return [[text[r.start : r.end] for r in spans] for text, spans in zip(texts, found, strict=True)]


def test_clean_meeting_talk_with_code_names_stays_unchanged(detector: Detector) -> None:
    spans = meeting(detector, CLEAN_MEETING)
    changed = [text for text, found in zip(CLEAN_MEETING, spans, strict=True) if found]
    assert len(changed) <= len(CLEAN_MEETING) * 0.03, changed


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Thanks, Priya Sharma, for the update", ROSTER),
        ("my name is aantje", NAME_FIELD),
        ("please email to rohit about it", CUE),
        ("can you talk to marguerite about the budget", CUE),
        ("Okay so Oluwaseun said the vendor signed", CUE),
        ("Vsevolod: yes, go ahead", SPEAKER_LABEL),
        ("I met Tzigane Lantos at the fair", MODEL_CASED),
        ("has amy sent the numbers", WORD_LIST),
    ],
)
def test_person_spans_carry_their_evidence(detector: Detector, text: str, evidence: str) -> None:
    roster = Roster(names=("Priya Sharma",))
    [results] = detector.analyze_batch([text], [roster])
    persons = [r for r in results if r.entity_type == "PERSON"]
    assert persons and evidence_of(persons[0]) == evidence, [r.recognition_metadata for r in persons]


def test_a_strongly_found_name_spreads_over_the_meeting(detector: Detector) -> None:
    texts = ["hi everyone, my name is aantje and I run the review", "ok so aantje will send the notes"]
    assert meeting(detector, texts) == [["aantje"], ["aantje"]]


def test_a_name_only_a_word_list_proposed_is_not_spread(detector: Detector) -> None:
    # "amy" alone is a census given name: redacted where found, but that is no reason to look for it elsewhere.
    texts = ["has amy sent the numbers", "the amy rollout and amy again"]
    [results] = detector.analyze_batch(texts[:1], [NO_ROSTER])
    assert [evidence_of(r) for r in results] == [WORD_LIST]
    spread = repeat_names_across(texts, [results, []])
    assert spread[1] == []


def test_a_surname_that_is_a_word_is_a_person_where_it_speaks_and_nowhere_else(detector: Detector) -> None:
    texts = ["okay so grant said the budget is final", "we applied for the grant in may"]
    assert meeting(detector, texts) == [["grant"], []]


@pytest.mark.parametrize(
    "text",
    [
        "the white house said no",  # a word before it: the surname is part of something
        "the fox said nothing",  # a determiner
        "security said the door was open",  # no surname
        "there was very little said about it",
        "some guy said it was fine",  # a word before it that opens no clause
        "i think it is best said plainly",
    ],
)
def test_an_everyday_word_before_said_is_no_person_without_a_surname_alone(detector: Detector, text: str) -> None:
    assert meeting(detector, [text]) == [[]]


def test_a_lower_case_pair_of_everyday_words_needs_a_cue_of_its_own(detector: Detector) -> None:
    assert is_everyday_pair("golden harbor") and is_everyday_pair("summit rollout")
    assert not is_everyday_pair("brad pitt") and not is_everyday_pair("Golden Harbor")
    assert not is_everyday_pair("priya raman")
    texts = ["golden harbor ships friday", "please talk to golden harbor about the invoice"]
    assert meeting(detector, texts) == [[], ["golden harbor"]]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("the Crimson Harbor launch is in Boston", ["Boston"]),
        ("the crimson   harbor launch is in Boston", ["Boston"]),  # any case, any run of spaces
        ("Zoom Smith joined from Boston", ["Zoom Smith", "Boston"]),  # a span beyond the phrase stays
    ],
)
def test_the_allow_list_takes_phrases_whole_and_in_any_case(text: str, kept: list[str]) -> None:
    detector = Detector(DetectionSettings(allow_list=("crimson harbor", "Zoom", "Boston Harbor")))
    [results] = detector.analyze_batch([text], [NO_ROSTER])
    assert [text[r.start : r.end] for r in results] == kept


def test_allowed_phrases_match_at_word_boundaries_only() -> None:
    allow = AllowList(["harbor", "crimson harbor"])
    assert allow.matches("crimson harbors and harbor") == [(20, 26)]
    assert allow.matches("Crimson Harbor!") == [(0, 14)]
    assert not AllowList([" "]) and AllowList(["x"])
    assert "harbor" not in repr(allow)


@pytest.mark.parametrize("entry", ["", "   ", "--", 3])
def test_allow_list_entries_are_validated_without_quoting_them(entry: object) -> None:
    with pytest.raises(PolicyError, match="deidentification.allow_list") as error:
        DetectionSettings.from_mapping({"allow_list": ["crimson harbor", entry]})
    assert "crimson" not in str(error.value)


TITLED = Roster(vocabulary=("Porter Hall dashboard review", "agenda: the lyon build"))


def test_meeting_vocabulary_outweighs_a_weak_name_guess_in_that_meeting_only(detector: Detector) -> None:
    text = "porter said the dashboard is live"  # a surname before what people say, and the model's guess
    [mine, other] = detector.analyze_batch([text, text], [TITLED, NO_ROSTER])
    assert mine == []
    assert [(text[r.start : r.end], evidence_of(r)) for r in other] == [("porter", WORD_LIST)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("i will talk to porter hall about the dashboard", "porter"),  # a cue (it names one word here)
        ("Porter Hall said the dashboard is live.", "Porter Hall"),  # the model in cased text, and a cue
        ("the lyon build failed", "lyon"),  # a place: the vocabulary only outweighs person guesses
    ],
)
def test_meeting_vocabulary_never_outweighs_evidence_or_other_types(detector: Detector, text: str, kept: str) -> None:
    [results] = detector.analyze_batch([text], [TITLED])
    assert kept in [text[r.start : r.end] for r in results]


@pytest.mark.parametrize(
    ("title", "never"),
    [
        ("Interview with John Barnier", {"john", "barnier"}),  # a given name; a word English does not use
        ("1:1 quentin / porter", {"quentin", "1"}),
        ("call 555 0199 re parker grove", {"555", "0199", "parker"}),
    ],
)
def test_a_title_word_that_may_name_someone_is_never_in_the_vocabulary(title: str, never: set) -> None:
    words = {w for phrase in meeting_vocabulary(Roster(vocabulary=(title,))) for w in phrase.split()}
    assert words and not words & never


def test_meeting_vocabulary_never_unredacts_the_roster(detector: Detector) -> None:
    roster = Roster(
        names=("Jane Doe",),
        emails=("jane.doe@example.com",),
        ids=("u-4471",),
        vocabulary=("1:1 with Jane Doe", "doe family", "ping jane.doe@example.com", "ticket u-4471", "roadmap"),
    )
    assert meeting_vocabulary(roster) == ("family", "roadmap", "with")  # no name part, email or id survives
    text = "1:1 with Jane Doe about the roadmap"
    [results] = detector.analyze_batch([text], [roster])
    assert [text[r.start : r.end] for r in results] == ["Jane Doe"]
    assert results[0].recognition_metadata[NAME_EVIDENCE_KEY] == ROSTER


def test_the_roster_repr_counts_the_vocabulary_without_printing_it() -> None:
    assert "secret" not in repr(Roster(vocabulary=("secret project",)))
    with pytest.raises(TypeError, match="Roster.vocabulary"):
        Roster(vocabulary="not a tuple")
