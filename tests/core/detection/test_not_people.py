"""Given names that name no one: tools, everyday phrases, verbs that open a sentence; real names beside them."""

from __future__ import annotations

import pytest

from meeting_privacy.core.detection import Detector, Roster
from meeting_privacy.core.detection.filters import (
    declared_things,
    is_listed_with_things,
    is_product_domain,
    is_product_name,
    is_product_use,
    is_verb_use,
)
from meeting_privacy.core.detection.lexicon import NAME_IDIOMS, PRODUCT_NAMES, PRODUCT_NOUNS
from tests.support.people import persons


@pytest.mark.parametrize(
    "text",
    [
        "cassandra nodes keep running out of disk",  # a tool, by the noun after it
        "Luigi tasks need retries on the export step.",
        "um aurora failover took about thirty seconds",  # a compound is no lower-case surname
        "Kelly green is off brand; use the darker shade.",  # an everyday phrase
        "so like a cup of joe before we start",
        "the lazy susan on the conference table is stuck again",
        "If the pager keeps crying wolf, people mute it.",
        "Pat the laptop dry and take it to the help desk.",  # a verb opening a typed sentence
        "Max out the retry count on the flaky job.",
        "Glass Archipelago: one more service split this quarter.",  # dictionary words, the last no surname
        "the hazel tractor pilot needs offline maps",
        "we had to jimmy the supply cupboard",  # a verb where a verb goes
        "our trial of vercel ends on friday",  # a tool by the words before it
        "Velvet Otter is still blocked on the data-sharing agreement.",  # otter: a rare census surname
        "I moved the Honey Bramble tickets to the done column.",
        "honey bramble burned through most of its cloud budget",
        "The shop steward has asked for a meeting about the new shift pattern.",  # a role, not a name
        "hold on is slate wolf the one with the barcode changes or is that flint badger",  # meeting words
        "Hazel and violet are the two accent colours for Pinwheel.",  # a thing listed with things
        "For the Leeds office, Pearl, ivory, or eggshell would all work.",
        "Clementine boxes arrive with the fruit order every Monday.",  # a plural noun and a verb: its kind
        "Jasmine tests are failing on the CI runner after the Node.js upgrade.",
        "travis builds on the old repo are flaky",
        "Dale and Glen are the two Postgres replicas; Glen lags by about a minute.",  # the text says what they are
        "Honey and Ginger are the two new Alexa skills; Honey is live, Ginger is in review.",
        "Ray (the Python framework) handles the Saffron batch scoring on the GPU nodes.",
        "the rose-gold theme ships with the grace-period fix",  # hyphenated words are no double surname
        "so we are evaluating ashby as a replacement for lever",  # a listed product, by what it replaces
    ],
)
def test_given_names_that_name_no_one(detector: Detector, text: str) -> None:
    assert persons(detector, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("cassandra said the nodes keep running out of disk", "cassandra"),  # what people do wins
        ("Luigi needs retries on the export step.", "Luigi"),
        ("derek the numbers look good", "derek"),  # lower-case speech: a name said to address someone
        ("Pat, the laptop is dry now.", "Pat"),  # a comma: addressed
        ("Marguerite Okonkwo drafted the cup of joe survey", "Marguerite Okonkwo"),
        ("Velvet Otter joined the call late", "Velvet Otter"),  # what people do
        ("The deck from Rose Baker is in the folder.", "Rose Baker"),  # a frequent surname
        ("Eric will take the minutes today", "Eric"),  # the model misses him: what follows says a person
        ("ask jimmy the details", "jimmy"),
        ("Hazel and Priya are presenting.", "Hazel"),  # listed with a person
        ("Hazel and the team are in Leeds.", "Hazel"),
        ("john tests are failing again", "john"),  # speech-to-text: maybe said to John
        ("Anna says tests are green now.", "Anna"),
        ("Travis builds the site every night.", "Travis"),  # a verb in -s, then its object
        ("Priya and Tom are the two new engineers; Tom starts Monday.", "Tom"),  # a role: people
        ("Priya and Tom are on the sync.", "Priya"),  # where they are, not what
        ("Bill and procurement are reviewing the Leeds contract.", "Bill"),  # listed with a team
        ("Hazel and designers are meeting in Leeds.", "Hazel"),
        ("Sarah slides are ready for the Leeds review.", "Sarah"),  # her slides, the apostrophe left out
        ("we hired priya as a replacement for tom", "priya"),  # no product of the list
        ("We hired Ashby as a replacement for Tom.", "Ashby"),  # a listed product, but it replaces a person
    ],
)
def test_the_same_words_still_name_people(detector: Detector, text: str, name: str) -> None:
    assert name in persons(detector, text)


@pytest.mark.parametrize(
    ("text", "word", "thing"),
    [
        ("Hazel and violet are the two accent colours for Pinwheel.", "Hazel", True),
        ("So violet and Hazel are the colours for Pinwheel.", "Hazel", True),
        ("For the Leeds office, Pearl, ivory, or eggshell would all work.", "Pearl", True),
        ("Rose and family are here for the Leeds party.", "Rose", False),  # a group: someone's
        ("Ivy and friends are coming to the Leeds office.", "Ivy", False),
        ("Thanks Grace and welcome to the Leeds office.", "Grace", False),  # no plural verb: no list
        ("Priya and violet are the colours for Pinwheel.", "Priya", False),  # no everyday word
        ("hazel and violet are the two accent colours", "hazel", False),  # no capitals to read
    ],
)
def test_a_thing_is_listed_with_things(text: str, word: str, thing: bool) -> None:
    start = text.index(word)
    assert is_listed_with_things(text, start, start + len(word)) is thing


@pytest.mark.parametrize(
    ("text", "things"),
    [
        ("Finch, Wren and Robin are the three Kubernetes clusters.", {"finch", "wren", "robin"}),
        ("Amber and Jade are staging environments; Ruby is production.", {"amber", "jade"}),
        ("FYI — Hazel (the Mac app) is approved.", {"hazel"}),
        ("Priya and Tom are the two new engineers.", set()),  # a role
        ("Priya (our new intern) starts Monday.", set()),
        ("Mark is the server admin.", set()),  # who runs a server is someone
        ("So Priya and Tom are on the release for Friday.", set()),  # the release is not what they are
        ("Priya and Tom are on the sync.", set()),  # where they are
        ("Priya and Tom are both on the rollout.", set()),
        ("Mark is leading the migration.", set()),  # what he does
        ("Priya and Tom are our two workers on site.", set()),  # a tool's noun that people are too
    ],
)
def test_what_a_text_says_its_names_are(text: str, things: set[str]) -> None:
    assert declared_things(text) == things


@pytest.mark.parametrize(
    ("span", "product"),
    [("Otter.ai", True), ("Customer.io", True), ("Janedoe.com", False), ("johnsmith.net", False)],
)
def test_a_product_written_as_its_domain(span: str, product: bool) -> None:
    assert is_product_domain(span) is product


def test_a_products_domain_is_no_url_to_redact(detector: Detector) -> None:
    text = "We should replace Mailchimp with Customer.io; see janedoe.com for the mock-ups."
    [results] = detector.analyze_batch([text], [Roster()])
    assert [(text[r.start : r.end], r.entity_type) for r in results] == [("janedoe.com", "URL")]


def entities(detector: Detector, text: str) -> list[tuple[str, str]]:
    [results] = detector.analyze_batch([text], [Roster()])
    return [(text[r.start : r.end], r.entity_type) for r in results if r.entity_type in ("PERSON", "LOCATION")]


@pytest.mark.parametrize(
    "text",
    [
        "the churn model notebook is in jupyter on the shared server",  # a tool no name list holds
        "vite builds are way faster than the old webpack setup",
        "the vp of engineering wants the mobile app on kotlin before october",
        "Braintree payouts are delayed by a day this week.",  # the product, then lower-case words
        "contractors abroad get paid through deel",  # a census surname: a tool where tools go
        "I pasted the error from Jenkins into the team channel.",  # no place of that name: a tool
        "the cto wants claude and gemini compared by the end of february",  # beside another product
        "Two roles are open on Greenhouse and Ashby.",
        "Travis CI is being switched off at the end of the month.",  # an acronym after it
        "um jenkins keeps failing on the integration stage",  # a filler in the model's span
        "yeah travis ci is gone we are fully on github actions now",  # a product's own suffix
        "Our Haskell pricing engine is fast but hard to hire for.",  # a determiner: names take none
        "Salt Marsh's Terraform modules are rusty, but they still work.",  # a code name's possessive
        "roger that i will restart the workers now",  # an everyday phrase
        "statsig says the new flow gave no lift",  # a tool no name list holds, whatever is said of it
        "so autodesk maya for the character rigs and houdini for the effects",  # after its maker
        "Norton and McAfee are both installed on the old laptops.",
        "The Prism Echo's p99 latency regressed after the library bump.",  # a code name's possessive
        "Prism Echo's p99 latency regressed after the library bump.",  # first in the sentence, no greeting
        "The Hushed Canyon prototype crashed halfway through the demo.",  # a title of plain words
        "The demo for Scarlet Lynx moved to Thursday afternoon.",  # a code name the model took for a place
        "the security review for project juno flagged two medium issues",  # a project by its code name
        "Project Hazel needs one more backend engineer.",
        "um the release called tangerine is the last one before the freeze",
        "The Orange Grove beta opens to fifty design partners next week.",
        "Lunar Hare v2 ships with the rewritten sync engine.",  # a name opens with a given name or a title
        "Typeform responses pipe into Airtable via Make.",  # "via": the English word, no street
        "the docs site is built with hugo and deployed to netlify",  # where a tool goes
        "skye keeps crashing on the new phones",  # what a machine does, and no person
        "Jenkins is down again after the disk filled up.",
        "Marshall hit 99.9% uptime last quarter.",
        "why is velvet moss eating all the memory on the build box",
        "The new API is written in Crystal, a language few of us know.",  # a language, not the town
        "Support summaries now use Claude instead of Gemini.",  # a tool's verb; another product after
        "The event pipeline ingests from Kafka every five minutes.",  # where data comes from
        "The Cinder Fox spike found that search can't keep up.",  # one word of a two-word code name
        "Iron Lark's handheld app is tested on old phones.",  # the code name owns a tool
        "the slate wolf rollout slipped again",
        "kafka's consumer lag was huge during the sale",  # a surname's possessive before a tool's noun
    ],
)
def test_products_named_like_people_or_places(detector: Detector, text: str) -> None:
    assert entities(detector, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("julia is out today so claude will run the demo", "claude"),  # a census name, no tool context
        ("ping me on Teams Priya", "Priya"),  # a capitalised word after the product is no tool's part
        ("jenkins said the deploy is done", "jenkins"),  # a cue: a person
        ("i am on julia's team this quarter", "julia"),  # someone's: a person
        ("I saw Julia's dashboard yesterday.", "Julia"),  # a given name's: someone's, whatever is owned
        ("the rep from microsoft priya said yes", "priya"),  # no product after a maker
        ("Poor Echo's laptop died again.", "Echo"),  # a word that speaks of someone
        ("the office in aurora reopens in march", "aurora"),  # a known place keeps its name
        ("The plan from Canyon Smith is ready.", "Canyon Smith"),  # a surname beside it, no plain word
        ("the project lead juno okafor signed off", "juno okafor"),  # "project lead": a role, not a project
        ("Senator Stone asked about the budget.", "Stone"),
        ("the first draft was written by hugo last week", "hugo"),  # an author is someone
        ("priya is down with flu this week", "priya"),  # down, but not "down again": a person
        ("I moved to Crystal last year.", "Crystal"),  # moved to: a place is named so
        ("Keith Moon's drum kit was sold.", "Keith Moon"),  # a given name first: no code name
        ("We met Doctor Fox's team.", "Fox"),  # a title first
        ("Thanks Moon, that was a good point.", "Moon"),  # addressed
        ("I wrote to Kafka yesterday.", "Kafka"),  # a letter goes to someone
    ],
)
def test_product_names_that_are_people_or_places_here(detector: Detector, text: str, name: str) -> None:
    assert any(name in span for span, _ in entities(detector, text))


@pytest.mark.parametrize(
    "text",
    [
        "Moody lighting makes the demo screen hard to read.",  # a name only capitalised, and first
        "Tab order on the signup form is broken for keyboard users.",
        "Jay feathers keep turning up on the balcony; there must be a nest.",  # the model read our capital
        "Stark contrast between the two survey results, worth a look.",
    ],
)
def test_a_first_words_capital_is_no_evidence(detector: Detector, text: str) -> None:
    assert persons(detector, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("rice told the senate committee that the intelligence was solid", "rice"),  # what a person does
        ("bird was found not guilty on all counts", "bird"),
        ("bush and blair made the decision together", "bush"),  # beside another name
        ("Moody said the build is broken.", "Moody"),  # a cue
        ("The notes are from Moody Okafor.", "Moody Okafor"),  # not first
    ],
)
def test_first_words_that_are_people(detector: Detector, text: str, name: str) -> None:
    assert name in persons(detector, text)


def test_product_names_read_the_span_and_its_context() -> None:
    text = "the cap table in carta needs updating"
    start = text.index("carta")
    assert is_product_name(text, start, start + 5, person=True)  # after "in"
    assert not is_product_name("ask carta", 4, 9, person=True)  # a census surname, no tool context
    assert is_product_name("ask carta", 4, 9, person=False)  # as a place: no town of that name
    assert {"jupyter", "kotlin", "claude"} <= PRODUCT_NAMES and "priya" not in PRODUCT_NAMES


def test_the_roster_outweighs_an_everyday_phrase(detector: Detector) -> None:
    text = "kelly green will present the budget"
    assert persons(detector, text, Roster(names=("Kelly Green",))) == ["kelly green"]


def test_product_nouns_and_idioms_are_lists_a_reader_can_check() -> None:
    assert {"nodes", "pipelines", "notebooks"} <= PRODUCT_NOUNS
    assert not {"builds", "tests", "logs", "jobs", "account", "team"} & PRODUCT_NOUNS  # verbs, possessions, surnames
    assert {"kelly green", "cup of joe"} <= NAME_IDIOMS and "dear john" not in NAME_IDIOMS  # "Dear John," opens a mail
    assert is_product_use("the jupyter server", 4, 11) and not is_product_use("jupyter", 0, 7)
    assert is_product_use("our trial of vercel ends", 13, 19) and is_product_use("frost-proof", 0, 5)
    assert is_verb_use("Chuck me the remote", 0, 5) and not is_verb_use("chuck me the remote", 0, 5)
    assert is_verb_use("we had to jimmy the door", 10, 15) and not is_verb_use("ask jimmy the details", 4, 9)
