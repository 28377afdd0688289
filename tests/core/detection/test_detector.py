"""The detector's public interface: settings, rosters, resolved spans, offline use."""

from __future__ import annotations

import pickle
import socket

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from presidio_analyzer import predefined_recognizers as predefined
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts

from meeting_privacy.core.detection import (
    DEFAULT_ENTITIES,
    ROSTER_PERSON_KEY,
    DetectionSettings,
    Detector,
    Roster,
    RosterRecognizer,
    engine,
    resolve_overlaps,
)
from meeting_privacy.core.errors import PolicyError

ROSTER = Roster(names=("Priya Sharma", "Will Turner", "Mark O'Brien"), emails=("priya@example.com",))


def spans(detector: Detector, text: str, roster: Roster = ROSTER) -> list[tuple[str, str]]:
    [results] = detector.analyze_batch([text], [roster])
    return [(r.entity_type, text[r.start : r.end]) for r in results]


# --- settings -------------------------------------------------------------


def test_settings_round_trip_and_pickle() -> None:
    settings = DetectionSettings.from_mapping(
        {"countries": ["us", "gb"], "score_thresholds": {"person": 0.6}, "allow_list": ["Zoom"]}
    )
    assert settings.countries == ("US", "GB")
    assert settings.threshold_for("PERSON") == 0.6
    assert settings.threshold_for("URL") == settings.default_score_threshold
    mapping = settings.to_mapping()
    assert mapping["score_thresholds"] == {"PERSON": 0.6}
    assert DetectionSettings.from_mapping(mapping) == settings
    assert pickle.loads(pickle.dumps(settings)) == settings
    assert DetectionSettings.from_mapping({}) == DetectionSettings()


@pytest.mark.parametrize(
    ("mapping", "key"),
    [
        ({"entitys": ["PERSON"]}, "deidentification.entitys"),
        ({"entities": "PERSON"}, "deidentification.entities"),
        ({"entities": []}, "deidentification.entities"),
        ({"countries": ["USA"]}, "deidentification.countries"),
        ({"default_score_threshold": 1.5}, "deidentification.default_score_threshold"),
        ({"score_thresholds": {"PERSON": "high"}}, "deidentification.score_thresholds"),
        ({"dates": "some"}, "deidentification.dates"),
        ({"allow_list": ["ok", 3]}, "deidentification.allow_list"),
        ({"batch_size": 0}, "deidentification.batch_size"),
        ({"keep_countries": "yes"}, "deidentification.keep_countries"),
    ],
)
def test_settings_reject_bad_keys_and_values(mapping: dict, key: str) -> None:
    with pytest.raises(PolicyError, match=key.replace(".", r"\.")):
        DetectionSettings.from_mapping(mapping)


def test_settings_error_never_quotes_an_allow_list_value() -> None:
    with pytest.raises(PolicyError) as error:
        DetectionSettings.from_mapping({"allow_list": ["Jane Secret", ""]})
    assert "Jane Secret" not in str(error.value)


def test_missing_model_is_a_policy_error() -> None:
    with pytest.raises(PolicyError, match="spacy_model"):
        Detector(DetectionSettings(spacy_model="no_such_model_xyz"))


# --- roster ---------------------------------------------------------------


def test_roster_is_hashable_picklable_and_private_in_repr() -> None:
    roster = Roster(names=["Priya Sharma"], emails=["priya@example.com"])
    assert roster == Roster(names=("Priya Sharma",), emails=("priya@example.com",))
    assert hash(roster) == hash(pickle.loads(pickle.dumps(roster)))
    assert "Priya" not in repr(roster) and "priya" not in repr(roster)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Priya Sharma joined.", [("PERSON", "Priya Sharma")]),
        ("I liked Priya's deck.", [("PERSON", "Priya")]),
        ("i liked priya's deck", [("PERSON", "priya")]),
        ("ask sharma about it", [("PERSON", "sharma")]),
        ("will turner is presenting", [("PERSON", "will turner")]),
        ("Thanks, will.", [("PERSON", "will")]),
        ("Will, can you share your screen?", [("PERSON", "Will")]),
        ("over to you, mark.", [("PERSON", "mark")]),
        ("mark o'brien has the numbers", [("PERSON", "mark o'brien")]),
        ("O'Brien has the numbers", [("PERSON", "O'Brien")]),
        ("write to priya@example.com today", [("EMAIL_ADDRESS", "priya@example.com")]),
        ("I will send it, mark the date.", []),
        ("Will you send it tomorrow?", []),
        ("we may ship in may", []),
        ("please mark it as done", []),
        ("We ship on May 5.", []),
        ("thanks will do", []),
        ("priya will call back", [("PERSON", "priya")]),
    ],
)
def test_roster_names(detector: Detector, text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(detector, text) == expected


def test_roster_person_index_is_shared_by_all_forms(detector: Detector) -> None:
    texts = ["Priya Sharma", "priya", "Sharma said", "Priya's", "thanks, will.", "Will Turner"]
    results = detector.analyze_batch(texts, [ROSTER] * len(texts))
    people = [[r.recognition_metadata[ROSTER_PERSON_KEY] for r in rs] for rs in results]
    assert people == [[0], [0], [0], [0], [1], [1]]


def test_a_nickname_of_a_roster_member_is_that_member(detector: Detector) -> None:
    roster = Roster(names=("Katherine Lindqvist", "Robert Okafor"))
    texts = ["kathy can you send it", "i think robby has the deck", "don't rob the process", "her dob is on file"]
    results = detector.analyze_batch(texts, [roster] * len(texts))
    found = [
        [(t[r.start : r.end], r.recognition_metadata.get(ROSTER_PERSON_KEY)) for r in rs]
        for t, rs in zip(texts, results, strict=True)
    ]
    # "rob" is a dictionary word, "dob" no given name: left to the other rules
    assert found == [[("kathy", 0)], [("robby", 1)], [], []]


def test_roster_recognizer_works_in_plain_presidio(detector: Detector) -> None:
    text = "priya will call back"
    results = detector.analyzer.analyze(text, language="en", ad_hoc_recognizers=[RosterRecognizer(ROSTER)])
    persons = [text[r.start : r.end] for r in results if r.entity_type == "PERSON"]
    assert persons == ["priya"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("okay seun you take the lead on this one", ["seun"]),  # the short form of a long given name
        ("okay temi i need his agent's contact", ["temi"]),
        ("eunji the korean customer called again", ["eunji"]),  # a hyphenated part said as one word
        ("the new season starts in the autumn", []),
    ],
)
def test_short_forms_of_roster_names(detector: Detector, text: str, names: list[str]) -> None:
    roster = Roster(names=("Oluwaseun Adeleke", "Temitope Alabi", "Eun-ji Choi", "Autumn Reyes"))
    [results] = detector.analyze_batch([text], [roster])
    assert [text[r.start : r.end] for r in results if r.entity_type == "PERSON"] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # In lower-case speech, what is said of an everyday roster part or to it makes it the person.
        ("um hunter and i agreed we're bumping the price", ["hunter"]),
        ("we need the contacts for every kid and patience has the list", ["patience"]),
        ("the demo is on friday at two rose you're presenting right", ["rose"]),
        ("the shader cache again hunter what do you reckon", ["hunter"]),
        ("faith um the food drive raised four hundred dollars", ["faith"]),
        ("mostly thanks to summer", ["summer"]),
        ("will said he would come", ["will"]),
        ("joy the reagent shipment arrived early", ["joy"]),  # no verb, first in a turn, before a determiner
        # ... and no word that is a verb or a question there.
        ("hope you're all well", []),
        ("i hope you had a good weekend", []),
        ("will you send it tomorrow", []),
        ("so will um we be done by five", []),
        ("we'll bill you later for it", []),
        ("the rose has wilted", []),
        ("this summer we moved the office", []),
        ("hope the build passes", []),  # a verb there
        ("in summer the office is empty", []),  # not first in a turn
    ],
)
def test_everyday_roster_parts_said_to_or_of_their_person(detector: Detector, text: str, names: list[str]) -> None:
    roster = Roster(names=("Hunter Lowe", "Patience Asante", "Rose Okafor", "Faith Oyelowo", "Hope Martins",
                           "Summer Patel", "Will Mbeki", "Bill Acheampong", "Joy Eze"))  # fmt: skip
    [results] = detector.analyze_batch([text], [roster])
    assert [text[r.start : r.end] for r in results if r.entity_type == "PERSON"] == names


def test_nicknames_outside_roster_only_where_ner_finds_them(detector: Detector) -> None:
    assert ("PERSON", "Bob Jones") in spans(detector, "Yesterday Bob Jones called the office.")
    assert spans(detector, "the budget is fine") == []


# --- results --------------------------------------------------------------


def test_results_sorted_and_non_overlapping(detector: Detector) -> None:
    text = (
        "Priya Sharma (priya@example.com) met John Smith in Boston on 3 March 1985; "
        "call 212-555-0199 or visit https://example.com/priya."
    )
    [results] = detector.analyze_batch([text], [ROSTER])
    assert results
    assert [r.start for r in results] == sorted(r.start for r in results)
    assert all(a.end <= b.start for a, b in zip(results, results[1:], strict=False))


def test_overlaps_merge_into_the_union() -> None:
    roster_hit = RecognizerResult("PERSON", 5, 10, 1.0, recognition_metadata={ROSTER_PERSON_KEY: 2})
    ner_hit = RecognizerResult("PERSON", 0, 10, 0.85, recognition_metadata={})
    url = RecognizerResult("URL", 20, 30, 0.5, recognition_metadata={})
    email = RecognizerResult("EMAIL_ADDRESS", 15, 30, 1.0, recognition_metadata={})
    merged = resolve_overlaps([url, roster_hit, ner_hit, email])
    assert [(r.entity_type, r.start, r.end) for r in merged] == [
        ("PERSON", 0, 10),
        ("EMAIL_ADDRESS", 15, 30),
    ]
    assert merged[0].recognition_metadata[ROSTER_PERSON_KEY] == 2


def test_organisation_is_not_a_location(detector: Detector) -> None:
    found = spans(detector, "Hi, this is John Smith from Acme.", Roster())
    assert found == [("PERSON", "John Smith")]


def test_cities_redacted_countries_kept(detector: Detector) -> None:
    found = spans(detector, "I moved from Germany to Berlin last year.", Roster())
    assert found == [("LOCATION", "Berlin")]


def test_us_phone_is_not_uk_nhs() -> None:
    settings = DetectionSettings(countries=("US", "UK"), entities=(*DEFAULT_ENTITIES, "UK_NHS"))
    text = "call me at 212-555-0199"
    [results] = Detector(settings).analyze_batch([text], [Roster()])
    assert [(r.entity_type, text[r.start : r.end]) for r in results] == [("PHONE_NUMBER", "212-555-0199")]


def test_a_policy_cannot_drop_what_the_contract_requires() -> None:
    with pytest.raises(PolicyError, match="deidentification.entities: must include PERSON"):
        DetectionSettings.from_mapping({"entities": ["EMAIL_ADDRESS", "PHONE_NUMBER"]})


def test_roster_names_are_found_whatever_the_allow_list_says() -> None:
    settings = DetectionSettings(allow_list=("Priya",))
    [results] = Detector(settings).analyze_batch(["Priya and Priya"], [Roster(names=("Priya Sharma",))])
    assert len(results) == 2


def test_allow_list_and_thresholds() -> None:
    settings = DetectionSettings(allow_list=("Zoom",), score_thresholds=(("PHONE_NUMBER", 0.99),))
    text = "Zoom Smith called 212-555-0199 from Boston"
    [results] = Detector(settings).analyze_batch([text], [Roster(names=("Zoom Smith",))])
    found = [text[r.start : r.end] for r in results]
    assert "212-555-0199" not in found
    assert "Boston" in found


@pytest.mark.parametrize("text", ["", " ", "\x00\x01\x02", "\u200b\ufeff", "🙂" * 50, "a" * 5000, "\n\n\t"])
def test_odd_text_never_raises(detector: Detector, text: str) -> None:
    [results] = detector.analyze_batch([text], [ROSTER])
    assert all(0 <= r.start < r.end <= len(text) for r in results)


def test_long_text_is_chunked_not_truncated() -> None:
    settings = DetectionSettings(max_chunk_chars=1_000)
    detector = Detector(settings)
    filler = "we talked about the roadmap and the budget for the next quarter. " * 40
    text = filler + "Then Priya Sharma called 212-555-0199. " + filler + "Thanks, Will Turner."
    [results] = detector.analyze_batch([text], [ROSTER])
    found = [text[r.start : r.end] for r in results]
    assert found == ["Priya Sharma", "212-555-0199", "Will Turner"]
    detector._nlp.max_length = 300  # smaller than the chunk setting: still no error
    [results] = detector.analyze_batch([text], [ROSTER])
    assert [text[r.start : r.end] for r in results] == found


def test_batches_mix_meetings(detector: Detector) -> None:
    other = Roster(names=("Grace Hopper",))
    mine = Roster(names=("Zorvath Quill",))  # "quill" is a word: only the roster makes it a name
    texts = ["the notes from quill are late", "the notes from quill are late", "the grace period ends"]
    results = detector.analyze_batch(texts, [mine, other, other])
    assert [len(r) for r in results] == [1, 0, 0]
    assert spans(detector, "Thanks, Grace.", other) == [("PERSON", "Grace")]


def test_detection_is_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network access during detection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    detector = Detector(DetectionSettings())
    text = "mail jane.doe@example.co.uk or see www.example.org, Priya"
    [results] = detector.analyze_batch([text], [ROSTER])
    found = {text[r.start : r.end] for r in results}
    assert {"jane.doe@example.co.uk", "Priya"} <= found


@pytest.mark.parametrize(
    ("gated", "stock", "entity", "text", "without"),
    [
        (engine.PhoneRecognizer, predefined.PhoneRecognizer, "PHONE_NUMBER", "call +44 20 7946 0958 today", "no digit"),
        (engine.CreditCardRecognizer, predefined.CreditCardRecognizer, "CREDIT_CARD", "4111 1111 1111 1111", "none"),
        (engine.DateRecognizer, predefined.DateRecognizer, "DATE_TIME", "born on 03/04/1985", "born in march"),
        (engine.IbanRecognizer, predefined.IbanRecognizer, "IBAN_CODE", "IBAN GB82 WEST 1234 5698 7654 32", "IBAN"),
        (engine.IpRecognizer, predefined.IpRecognizer, "IP_ADDRESS", "host fe80::1ff:fe23:4567:890a is up", "host"),
        (engine.IpRecognizer, predefined.IpRecognizer, "IP_ADDRESS", "host cafe::babe is up", "cafe babe"),
        (engine.UrlRecognizer, predefined.UrlRecognizer, "URL", "see https://example.com/a for it", "see it"),
        (
            engine._GATED_COUNTRY[predefined.UsSsnRecognizer],
            predefined.UsSsnRecognizer,
            "US_SSN",
            "my ssn is 536-90-4399",
            "ssn",
        ),
    ],
)
def test_recognizers_gated_on_a_character_find_what_presidios_find(
    gated, stock, entity: str, text: str, without: str
) -> None:
    found = gated().analyze(text, [entity])
    assert found and [(r.start, r.end, r.score) for r in found] == [
        (r.start, r.end, r.score) for r in stock().analyze(text, [entity])
    ]
    assert gated().analyze(without, [entity]) == []
    assert gated().name == stock().name  # the same recognizer name in results' metadata
    assert type(pickle.loads(pickle.dumps(gated()))) is gated


def test_the_lean_engine_scores_as_presidios_does(detector: Detector) -> None:
    """Our engine, registry, enhancer and lazy artifacts against Presidio's own, given the same lemmas."""
    ours = detector.analyzer
    assert isinstance(ours, engine.LeanAnalyzerEngine) and isinstance(ours.registry, engine.LeanRecognizerRegistry)
    assert isinstance(ours.context_aware_enhancer, engine.LeanContextEnhancer)
    registry = RecognizerRegistry(recognizers=list(ours.registry.recognizers), supported_languages=["en"])
    stock = AnalyzerEngine(registry=registry, nlp_engine=ours.nlp_engine, default_score_threshold=0.0)
    texts = ["my phone number is 212-555-0143, call me", "Ask Priya Sharma about 212-555-0143", "nothing here"]
    for text in texts:
        lazy = ours.nlp_engine.process_text(text, "en")
        assert isinstance(lazy, engine.LazyNlpArtifacts)
        eager = NlpArtifacts(lazy.entities, lazy.tokens, lazy.tokens_indices, lazy.lemmas, ours.nlp_engine, "en")
        assert lazy.keywords == eager.keywords
        found = sorted((r.entity_type, r.start, r.end, r.score) for r in ours.analyze(text=text, language="en"))
        expected = stock.analyze(text=text, language="en", nlp_artifacts=eager)
        assert found == sorted((r.entity_type, r.start, r.end, r.score) for r in expected)
    boosted = [r for r in ours.analyze(text=texts[0], language="en") if r.entity_type == "PHONE_NUMBER"]
    assert boosted and boosted[0].score > 0.4  # the context word "phone" raised Presidio's 0.4


def test_the_lean_registry_answers_anew_when_its_recognizers_change() -> None:
    registry = engine.LeanRecognizerRegistry(supported_languages=["en"])
    registry.add_recognizer(predefined.EmailRecognizer())
    assert [r.name for r in registry.get_recognizers("en", ["EMAIL_ADDRESS"])] == ["EmailRecognizer"]
    registry.add_recognizer(predefined.UrlRecognizer())
    assert {r.name for r in registry.get_recognizers("en", ["EMAIL_ADDRESS", "URL"])} == {
        "EmailRecognizer",
        "UrlRecognizer",
    }
    registry.remove_recognizer("EmailRecognizer")
    assert [r.name for r in registry.get_recognizers("en", ["URL"])] == ["UrlRecognizer"]


def test_the_lean_enhancer_finds_the_token_of_a_match_as_presidio_does(detector: Detector) -> None:
    text = "call 212-555-0143 or mail a.b@example.com, see https://example.com/a  twice"
    doc = detector.analyzer.nlp_engine.process_text(text, "en")
    ours, stock = (
        engine.LeanContextEnhancer._find_index_of_match_token,
        LemmaContextAwareEnhancer._find_index_of_match_token,
    )
    for start in range(len(text) - 5):
        assert ours("w", start, doc.tokens, doc.tokens_indices) == stock("w", start, doc.tokens, doc.tokens_indices)
    with pytest.raises(ValueError):
        ours("w", len(text) + 5, doc.tokens, doc.tokens_indices)
