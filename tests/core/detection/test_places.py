"""Places finer than a country: the gazetteer in lower-case speech, and the model's weak guesses dropped."""

from __future__ import annotations

import pytest

from meeting_privacy.core.detection import Detector, Roster
from meeting_privacy.core.detection.lexicon import ENGLISH_WORDS
from meeting_privacy.core.detection.places import (
    CasedPlaceRecognizer,
    LowerCasePlaceRecognizer,
    is_known_place,
    is_weak_model_place,
)
from tests.support.presidio import plain_analyzer

PLACES = LowerCasePlaceRecognizer()
CASED_PLACES = CasedPlaceRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the flooding in athens hit thousands of homes", ["athens"]),  # a dictionary word after a cue
        ("i flew back from helsinki this morning", ["helsinki"]),
        ("the session in strasbourg starts monday", ["strasbourg"]),
        ("the szczecin shipyard is hiring", ["szczecin"]),  # no dictionary word, seldom used: anywhere
        ("the new york office is closed", ["new york"]),  # several words of a city of a million
        ("we met in london and then in gdansk", ["london", "gdansk"]),
        ("the bug only shows in mobile and in split screen", []),  # everyday words of smaller cities
        ("she is interested in reading the report", []),
        ("the golden harbor rollout slipped", []),
        ("London is lovely and Helsinki too", []),  # with capitals the model reads places
        ("attacks in both manchester and glasgow", ["manchester", "glasgow"]),  # WordNet knows them as places
        ("the flood defences along the danube", ["danube"]),  # a river WordNet knows
        ("the honourable member for bath raised it", ["bath"]),  # a word that wants a place
        ("the customer in split cancelled the order", ["split"]),
        ("the taoiseach visited cork and limerick", ["cork", "limerick"]),  # joined to a place found
        ("protests in homs and in hama", ["homs", "hama"]),  # a word no dictionary lists, joined to a place
        ("we went to paris and the zoo and bought lunch", ["paris"]),
        ("lily of the valley is poisonous", []),  # a capital's "the" makes no name of two words
        ("it moves away from normal democratic practice", []),  # "from" alone wants no place
        ("is this really the hill we want to die on", []),
        ("a gas power station in pembrokeshire", ["pembrokeshire"]),  # a county, ISO 3166-2
        ("the regional government of uttarakhand asked for support", ["uttarakhand"]),
        ("we head north after the central review", []),  # regions of dictionary words only are left out
        ("the violence against protestors in gezi park", ["gezi park"]),  # a landmark by its kind
        ("refugees murdered while protecting camp ashraf", ["camp ashraf"]),
        ("we parked in the car park by the central square", []),
        ("farmers in the kherson oblast are suffering", ["kherson", "kherson oblast"]),  # a region by its kind
        ("the sales region is growing", []),
        ("she lives on baker street just above the chemist", ["baker street"]),  # a street, no number
        ("sunak called the election outside downing street", ["downing street"]),
        ("the shop on the main road closed", []),  # any road
        ("we took a trip down memory lane", []),
        ("a noodle shop in ho chi minh city", ["ho chi minh city"]),  # the city its name ends with
        ("uh the team in burgum is two hours ahead", ["burgum"]),  # no gazetteer name, a cue that wants a place
        ("i flew back from ebern this morning", ["ebern"]),
        ("we moved to braze for the emails", []),  # "moved to": tools too
        ("the team in charge of billing", []),  # a dictionary word
        ("the flooded areas around ravenna", ["ravenna"]),  # a small town English hardly names, after a cue
        ("a horse from newmarket won the derby", ["newmarket"]),
        ("two men were arrested in worms after the match", []),  # a small town of an everyday word
        ("our supplier in wallonia raised prices", ["wallonia"]),  # a region only the regions list names
        ("the wineries of south tyrol had a good year", ["south tyrol"]),
        ("the east midlands depot is closing", ["east midlands"]),  # several plain words, a region's name
        ("flights out of gatwick were delayed", ["gatwick"]),  # an airport
        ("krakow's old town is packed in summer", ["krakow"]),  # a possessive is no part of the name
        ("the people of cote d'ivoire voted", ["cote d'ivoire"]),  # an apostrophe inside a name is
        ("the hospital in mobile alabama was evacuated", ["mobile", "alabama"]),  # a town and its state
        ("trump held a rally in butler pennsylvania", ["butler", "pennsylvania"]),
        ("we grew in march pennsylvania too", []),  # a month is no town
    ],
)
def test_lower_case_places(text: str, expected: list[str]) -> None:
    assert [text[r.start : r.end] for r in PLACES.analyze(text, ["LOCATION"])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I flew back from Szombathely this morning", ["Szombathely"]),  # the gazetteer, after a cue
        ("The regional government of Madhya Pradesh asked for support", ["Madhya Pradesh"]),
        ("The rail link between Szeged and Sopron is late again", ["Szeged", "Sopron"]),  # joined to one found
        ("Unemployment in Goa is still rising", ["Goa"]),
        ("Our warehouse outside Tureby is full", ["Tureby"]),  # no gazetteer name, a cue that wants a place
        ("We moved to Braze and CockroachDB last year", []),  # "moved to": tools too; a shape no town has
        ("The team in QA is busy", []),  # capitals only
        ("She is interested in Reading the report", []),  # an everyday word of a smaller city
        ("we flew back from szombathely", []),  # lower-case text is the lower-case recognizer's
        ("Szombathely is lovely", []),  # no cue
        ("Our team in Styria ships next week", ["Styria"]),  # the regions list, after a cue
        ("The depot in Usti nad Labem is full", ["Usti nad Labem"]),  # joiners inside a name
        ("The bus between Zbiroh and Plzen is late", ["Zbiroh", "Plzen"]),  # no list knows it; joined to one
        ("The workshop will take place in Upper Tureby", ["Upper Tureby"]),  # a word no dictionary lists in it
        ("Our office in Tureby Monday was busy", ["Tureby"]),  # not a day after it
        ("Our team in Customer Success is great", []),  # dictionary words only
    ],
)
def test_cased_places(text: str, expected: list[str]) -> None:
    assert [text[r.start : r.end] for r in CASED_PLACES.analyze(text, ["LOCATION"])] == expected


def test_a_town_the_model_misses_in_typed_text_is_redacted(detector: Detector) -> None:
    text = "Um the summit will take place in Ebern next month"
    [results] = detector.analyze_batch([text], [Roster()])
    assert [(r.entity_type, text[r.start : r.end]) for r in results] == [("LOCATION", "Ebern")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The plant in Halle an der Saale closed.", "Halle an der Saale"),  # the rest of a town's name
        ("We met in Frankfurt am Main last week.", "Frankfurt am Main"),
        ("The depot in Usti nad Labem is full.", "Usti nad Labem"),
        ("Our office in Berlin in March was busy.", "Berlin"),  # not over a month
    ],
)
def test_a_town_grows_over_the_rest_of_its_name(detector: Detector, text: str, place: str) -> None:
    [results] = detector.analyze_batch([text], [Roster()])
    assert [text[r.start : r.end] for r in results if r.entity_type == "LOCATION"] == [place]


def test_weak_model_places() -> None:
    assert is_weak_model_place("Hushed Canyon") and is_weak_model_place("New Relic")
    assert not is_weak_model_place("Paris") and not is_weak_model_place("The Hague")
    assert not is_weak_model_place("West Dennis")  # a word that names someone: maybe a small town
    assert is_known_place("the Hague") and is_known_place("Gdańsk") and not is_known_place("Golden Harbor")


@pytest.mark.parametrize(
    "text",
    [
        "The Crimson Gecko launch slipped again.",
        "Any blockers on Hushed Ravine?",
        "um who actually owns the runbook for crimson kettle",  # a word of meetings WordNet predates
        "may i suggest we take the rest of this offline",
        "sentinel flagged a bunch of failed logins on the admin account",
    ],
)
def test_a_code_name_or_a_meeting_word_is_no_place(detector: Detector, text: str) -> None:
    [results] = detector.analyze_batch([text], [Roster()])
    assert results == []


def test_places_found_in_lower_case_speech_are_redacted(detector: Detector) -> None:
    text = "so um we opened a new office in bratislava and one in lyon"
    [results] = detector.analyze_batch([text], [Roster()])
    assert [(r.entity_type, text[r.start : r.end]) for r in results] == [
        ("LOCATION", "bratislava"),
        ("LOCATION", "lyon"),
    ]


def test_the_dictionary_reads_regular_inflections() -> None:
    assert all(w in ENGLISH_WORDS for w in ("walrus", "symptoms", "stains", "parked", "charging", "studies"))
    assert "lantos" not in ENGLISH_WORDS and "barroso" not in ENGLISH_WORDS


def test_the_place_recognizer_works_in_plain_presidio() -> None:
    analyzer = plain_analyzer(LowerCasePlaceRecognizer())
    text = "we flew to tallinn on friday"
    assert [text[r.start : r.end] for r in analyzer.analyze(text, language="en")] == ["tallinn"]


def test_the_cased_place_recognizer_works_in_plain_presidio() -> None:
    analyzer = plain_analyzer(CasedPlaceRecognizer())
    text = "Our warehouse outside Tureby is full."
    assert [text[r.start : r.end] for r in analyzer.analyze(text, language="en")] == ["Tureby"]


def test_a_hostile_word_is_read_in_linear_time(detector: Detector) -> None:
    text = "we met " + "ab" * 100_000 + " and derek in lyon"
    [results] = detector.analyze_batch([text], [Roster()])
    assert any(text[r.start : r.end].endswith("lyon") for r in results)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("So there were protests in Sevilla over the weekend", "Sevilla"),  # the model says NORP
        ("I flew back from Cottbus this morning", "Cottbus"),  # the model says ORG
    ],
)
def test_a_town_the_model_calls_an_organisation_is_a_place_after_a_place_cue(
    detector: Detector, text: str, place: str
) -> None:
    [results] = detector.analyze_batch([text], [Roster()])
    assert [(r.entity_type, text[r.start : r.end]) for r in results] == [("LOCATION", place)]


def test_an_organisation_named_after_a_town_stays_one_after_a_person(detector: Detector) -> None:
    text = "Ask Priya Sharma from Toyota about the contract."
    [results] = detector.analyze_batch([text], [Roster()])
    assert [text[r.start : r.end] for r in results] == ["Priya Sharma"]
