"""Names after person cues, titles, and street address formats."""

from __future__ import annotations

import pytest

from meeting_privacy.core.detection import DetectionSettings, Detector, Roster
from meeting_privacy.core.detection.engine import load_spacy
from meeting_privacy.core.detection.names import PersonCueRecognizer, is_lower_case_text, known_words
from meeting_privacy.core.detection.recognizers import StreetAddressRecognizer
from tests.support.people import persons


@pytest.fixture(scope="module")
def cues() -> PersonCueRecognizer:
    return PersonCueRecognizer(known_words(load_spacy(DetectionSettings().spacy_model)))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Can you ask Marguerite Okonkwo to review the budget?", ["Marguerite Okonkwo"]),
        ("I had a meeting with Dmitri Vasquez-Oyelaran yesterday", ["Dmitri Vasquez-Oyelaran"]),
        ("send an email to rohit saying i am busy tomorrow", ["rohit"]),
        ("compose a new email to ray", ["ray"]),
        ("i want to reply to bob smith's email", ["bob smith"]),
        ("when is my next appointment with dr smith", ["dr smith"]),
        ("Mr. Leiva flew to Leppen on Tuesday", ["Mr. Leiva"]),
        # roles, groups, things and capitalised words that are not names
        ("send an email to my boss about the launch", []),
        ("Let us sync with Legal and email Support tomorrow", []),
        ("do you know her phone number", []),
        ("which contact haven't i called in twelve months", []),
        ("I miss coffee", []),
        ("we have a meeting with the team at noon", []),
        ("Uh the Thank Presented dashboard is down", []),  # thanks after a determiner thank no one
        ("we sent a thank you note to Priya", ["Priya"]),
        ("send an email to rohit", ["rohit"]),
        ("the author visit with kemi ogundipe is on the twelfth", ["kemi ogundipe"]),
        # lower-case speech: titles and offices, particles, a verb ends the name, titles run into names
        ("i discussed it with mr okafor twice", ["mr okafor"]),
        ("i agree with commissioner lindqvist on this point", ["lindqvist"]),
        ("as minister van der berg said the vote is tomorrow", ["van der berg"]),
        ("mr okafor speaks next", ["mr okafor"]),
        ("i would say to mrkowalski that it is late", ["mrkowalski"]),
        ("mr president thank you", []),
        ("And what is your reference, mister Haldane?", ["mister Haldane"]),
        ("as the commissioner said the figures are late", []),
        ("madam president the report is late", []),
        ("we drive the mrsa numbers down", []),
        # typed text: an office written in lower case before a capitalised name
        ("I agree with commissioner Beyer on this point.", ["Beyer"]),
        ("Our senator Okonjo-Iweala was clear.", ["Okonjo-Iweala"]),
        ("Meet me at the king Street entrance.", []),  # no office of a street's name
        ("The minister On Monday will decide.", []),
        # a name that opens a turn to address someone, a name after thanks or after a person's role
        ("okay pat can you go through the numbers", ["pat"]),
        ("will are you presenting today", ["will"]),  # a modal before a question no modal starts
        ("will do you want the notes", []),  # "will do": a reply
        ("faith do you have the donor list", ["faith"]),
        ("Seun, can you check the logs?", ["Seun"]),
        ("Thanks Seun! I'll update the config.", ["Seun"]),
        ("thank you grace", ["grace"]),
        ("his partner hope will pick up the dog on friday", ["hope"]),
        ("the client is june she will call you back", ["june"]),  # a month said to be someone in a role
        ("the deadline is may", []),  # no role
        ("the client is may the fifth", []),  # a date
        ("the customer okonkwo wants to pay by card", ["okonkwo"]),
        ("so can you share the screen", []),
        ("aga can you reply to him", ["aga"]),  # a word English seldom uses, addressed
        ("paddy uh you said you'd call the cold store", ["paddy"]),
        ("erm can you see my screen", []),  # a filler
        ("honestly can you believe it", []),  # an everyday word
        ("Sorry, can you repeat that?", []),
        ("great thanks for the update", []),
        ("thanks buddy", []),
        ("thank you so much", []),
        ("the customer portal is down again", []),
        ("the customer will call back", []),
        ("Can you send it over, Kemi?", ["Kemi"]),  # addressed last in the sentence
        ("Ask Çağrı about the invoice.", ["Çağrı"]),
        # what only a person does in a meeting, after a name: everyday given names too
        ("Will is presenting the roadmap today.", ["Will"]),
        ("Grace from finance joined late.", ["Grace"]),
        ("hi everyone um grace is going to take notes today", ["grace"]),
        ("fernandes from procurement will join at half past", ["fernandes"]),
        ("okay so grace is still on mute", ["grace"]),  # what only people do in a call
        ("sorry hope has dropped off the call", ["hope"]),
        ("the printer is on mute", []),
        ("mark you had a question", ["mark"]),  # addressed: a name, then "you"
        ("the summer is running late", []),
        ("the canteen cook is on holiday so order lunch in", []),
        ("she is leading the committee", []),
        ("the data from finance is late", []),
        ("Can you share it in Slack, Zoom?", []),
        ("Ash, birch and rowan saplings arrive today", []),  # a comma alone addresses no one
        ("does anyone remember why it's called hopscotch", []),  # a thing's name
        ("the jeeves bot posts the on call rota every monday", []),
        ("can you call marguerite tomorrow", ["marguerite"]),
        ("i disagree with farage on almost everything", ["farage"]),  # debate's cues
        ("i say to salvini that the boats are full", ["salvini"]),
        ("i agree with the proposal and the views of colleagues", []),
        ("it sends text off-site, so it is blocked", []),  # a hyphenated word of words the model knows
        ("please email jean-luc about the invoice", ["jean-luc"]),  # a hyphenated name is still one
        ("River and Brook were merged into one pipeline, now called Estuary.", []),
    ],
)
def test_person_cues(cues: PersonCueRecognizer, text: str, names: list[str]) -> None:
    assert [text[r.start : r.end] for r in cues.analyze(text, ["PERSON"])] == names


def test_capitals_decide_whether_lower_case_words_may_be_names(cues: PersonCueRecognizer) -> None:
    assert is_lower_case_text("i'll email rohit")
    assert is_lower_case_text("I'll email rohit")
    assert not is_lower_case_text("Ask Çağrı about the invoice")  # a capital beyond ASCII is one
    assert not is_lower_case_text("I'll email Rohit today")
    text = "Please email rohit today, Anna"  # capitals elsewhere: lower-case rohit is no name, Anna is addressed
    assert [text[r.start : r.end] for r in cues.analyze(text, ["PERSON"])] == ["Anna"]


def test_without_a_vocabulary_only_census_names_count() -> None:
    bare = PersonCueRecognizer()
    text = "send an email to rohit and a text to bob"
    assert [text[r.start : r.end] for r in bare.analyze(text, ["PERSON"])] == ["bob"]


def test_detector_finds_third_parties_in_meeting_speech() -> None:
    detector = Detector(DetectionSettings())
    text = "Okay so I'll loop in Ngozi Adeyemi-Farrow and ask Teodor about the invoice"
    [results] = detector.analyze_batch([text], [Roster()])
    persons = [text[r.start : r.end] for r in results if r.entity_type == "PERSON"]
    assert "Ngozi Adeyemi-Farrow" in persons and "Teodor" in persons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The model also calls these persons, but alone its span would be dropped: a compound of two words
        # (urban, ova), a word of some dictionary (barbu, sunder). The cue's evidence must survive Presidio.
        ("So i agree with commissioner Urbanova on this point", "Urbanova"),
        ("So the report by Barbu was adopted last week", "Barbu"),
        ("So i agree with commissioner Sunder on this point", "Sunder"),
    ],
)
def test_a_cue_the_model_agrees_with_keeps_its_evidence(detector: Detector, text: str, name: str) -> None:
    assert name in persons(detector, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bus station is on Villacher Strasse 89", ["Villacher Strasse 89"]),
        ("Our office: 6076 Piroska u. 97.\nPorto Alegre\n, RS\n Brazil 95828", None),
        ("Meet me at Rue de Rivoli 12 tomorrow", ["Rue de Rivoli 12"]),
        ("Please return to Unit 4719 Box 7394\nDPO AP 70942 in case of an issue.", None),
        ("The office is in Springfield, IL 62704 now", ["IL 62704", "Springfield, IL 62704"]),
        ("The parcel went to Oslo, Norway 0150 last week", None),
        ("We moved the launch to March 2025 and Windows 11 is fine", []),
        ("Revenue grew 12 percent in Germany 2024 was strong", []),
        # spoken: a lower-case street word after an address word, a unit letter, "fifteen hundred and two"
        ("vikram she's at four fifty two cherry hill drive", ["four fifty two cherry hill drive"]),
        ("the move is from twelve ash court", ["twelve ash court"]),
        ("she's at sixty one lincoln avenue apartment two c", ["sixty one lincoln avenue apartment two c"]),
        ("it was fifteen hundred and two sycamore boulevard", ["fifteen hundred and two sycamore boulevard"]),
        ("it is a 10 minute drive from here", []),
        ("meet at 5 pm close to the station", []),
        ("we have 3 open court cases", []),
        ("the second site is one twenty five north main uh same town", ["one twenty five north main"]),
        ("the office is 40 north of the river", []),  # a compass point, no street
        ("the meeting is at 3 west wing", []),
        # written: a Dutch canal street, a unit of a named estate, Canadian and British postcodes
        ("He moved to Prinsengracht 263 in Amsterdam.", ["Prinsengracht 263"]),
        ("The clinic is at 300 Queen St W, Toronto, ON M5V 2A2.", ["300 Queen St W, Toronto, ON M5V 2A2"]),
        ("Unit 7, Riverside Business Park, Leeds LS10 1AB", ["Unit 7, Riverside Business Park, Leeds LS10 1AB"]),
        # no number: a street word of another language, before or inside the name; a unit of an estate
        ("Meet me at Rue de Rivoli tomorrow", ["Rue de Rivoli"]),
        ("The flat is on Friedhofstrasse near the park", ["Friedhofstrasse"]),
        ("we met on Hauptstr. yesterday", ["Hauptstr"]),
        ("Flat B, Riverside Business Park is ours", ["Flat B, Riverside Business Park"]),
    ],
)
def test_street_addresses(text: str, expected: list[str] | None) -> None:
    spans = [text[r.start : r.end] for r in StreetAddressRecognizer().analyze(text, ["STREET_ADDRESS"])]
    if expected is None:  # the whole address is covered by the union of the spans
        assert spans and all(
            any(part in span for span in spans) for part in ("97", "95828", "70942", "0150") if part in text
        )
    else:
        assert spans == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A line of an address block: number, street name, number.
        ("Fausto Calabrese\n\n22829 Jagerij 64\n Apt. 591", "22829 Jagerij 64"),
        ("The bus drops you off at 8116 56 rue La Boétie St.", "8116 56 rue La Boétie"),
        ("The Propublica office is at 233 Erzsébet tér 19. now", "233 Erzsébet tér 19."),
        ("Ask the driver to stop at the corner of Nieuwe Baan 473 and Inna Loop", "Nieuwe Baan 473 and Inna Loop"),
        ("it is the corner of main street and fifth avenue", "main street and fifth avenue"),
        ("Meet me at 5100 Quadra 104, Evionnaz", "5100 Quadra 104"),
    ],
)
def test_address_blocks_corners_and_weak_cues(text: str, expected: str) -> None:
    spans = [text[r.start : r.end] for r in StreetAddressRecognizer().analyze(text, ["STREET_ADDRESS"])]
    assert any(expected in span for span in spans), spans


@pytest.mark.parametrize(
    "text",
    [
        "Can we meet me at 3 pm instead?",  # a time after a weak cue
        "I sent it to 5 people on the team",  # a count
        "The corner of {street_name} and {street_name}",  # a template, not an address
        "we looked at the corner of uh the model and the shell",
        "Sprint 12 ends on Friday, velocity 34",
    ],
)
def test_times_counts_and_templates_are_not_addresses(text: str) -> None:
    assert StreetAddressRecognizer().analyze(text, ["STREET_ADDRESS"]) == []


def test_an_address_block_that_swallows_a_phone_number_is_kept() -> None:
    text = "Debra Neal\n\n3536 1659 Hoog St\n Apt. 839\n Brakpan\n South Africa 70651\n082 490 1693-Office"
    [results] = Detector(DetectionSettings()).analyze_batch([text], [Roster()])
    covered = "".join(text[r.start : r.end] for r in results)
    assert all(part in covered for part in ("3536 1659 Hoog St", "Apt. 839", "70651", "082 490 1693"))


@pytest.mark.parametrize("text", ["12 March 2024", "Agenda\n12 March 2024\nBudget", "3 Windows 11", "10 Sprint 14\n"])
def test_lines_of_numbers_and_everyday_words_are_not_address_blocks(text: str) -> None:
    assert StreetAddressRecognizer().analyze(text, ["STREET_ADDRESS"]) == []


def test_names_before_what_people_do_are_read_in_linear_time(cues: PersonCueRecognizer) -> None:
    text = "grace from finance " * 5_000  # each cue looks back a few words, never to the start of the text
    assert len(cues.analyze(text, ["PERSON"])) == 5_000
