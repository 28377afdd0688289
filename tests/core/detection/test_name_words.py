"""The name-word rule table: one row per kind of evidence, each tested both ways."""

from __future__ import annotations

import pytest

from meeting_privacy.core.detection.name_words import RULES, Case, Listed, NameWordRule, bare, is_everyday_word

#: (rule, word, expected, why). Every rule has a word it takes and one it refuses.
TABLE: list[tuple[str, str, bool, str]] = [
    ("given_name", "Derek", True, "an unambiguous given name alone"),
    ("given_name", "amy's", True, "a possessive is still the name"),
    ("given_name", "Grace", False, "a given name that is an everyday word wants more evidence"),
    ("given_name", "Saga", True, "another locale's name that is also a word counts capitalised"),
    ("given_name", "saga", False, "...and not in lower case"),
    ("given_name", "Alexa", False, "a voice assistant's wake word is a product"),
    ("any_given_name", "grace", True, "an ambiguous given name counts where more evidence is given"),
    ("any_given_name", "will", False, "a stop word never"),
    ("surname_capitalised", "Poulsen", True, "a capitalised word after a given name"),
    ("surname_capitalised", "Center", False, "a word that makes a place of the span"),
    ("surname_capitalised", "poulsen", False, "lower case is the other rule's"),
    ("surname_lower", "pitt", True, "a lower-case surname rarer than a common word"),
    ("surname_lower", "said", False, "a common word after a lower-case given name is no surname"),
    ("surname_lower", "um", False, "nor a filler (``priya um can you``)"),
    ("cue_lower_next", "um", False, "nor after a cue"),
    ("surname_lower", "Pitt", False, "capitalised is the other rule's"),
    ("listed_with_person", "May", True, "listed with a person, even an everyday given name"),
    ("listed_with_person", "Apples", False, "listed with a person, an everyday word is not"),
    ("listed_with_person", "MAY", False, "a word in capitals is an acronym"),
    ("listed_with_person_lower", "okonkwo", True, "a rare word of no dictionary listed with a person"),
    ("listed_with_person_lower", "cheese", False, "bread and cheese"),
    ("listed_with_name_lower", "brown", True, "blair and brown: a surname that is also a word, beside a name"),
    ("listed_with_name_lower", "team", False, "priya and team: a role"),
    ("shape_part", "Sörös", True, "a word English hardly uses"),
    ("shape_part", "Will", False, "an ambiguous given name is never a shape name"),
    ("shape_rare", "Lantos", True, "a word English hardly uses, by its shape"),
    ("shape_rare", "Quasar", False, "a rare word of the dictionary is no shape evidence"),
    ("shape_rare", "Figures", False, "a word English uses is no shape evidence"),
    ("speaker_label", "Priya", True, "a speaker label word: a given name"),
    ("speaker_label", "R", True, "...or an initial"),
    ("speaker_label", "Note", False, "an everyday word is a heading"),
    ("cue_capitalised", "Okonkwo", True, "a capitalised word after a cue"),
    ("cue_capitalised", "Legal", False, "a team after a cue is no person"),
    ("cue_capitalised", "Haven't", False, "letters only"),
    ("cue_lower_first", "amy", True, "a lower-case given name after a cue"),
    ("cue_lower_first", "smith", False, "a surname alone after a cue: not without the model vocabulary"),
    ("after_title_lower", "lavrov", True, "a word English hardly uses after a title"),
    ("after_title_lower", "president", False, "mr president: an office, no name"),
    ("after_title_lower", "obama", True, "president obama: a word no dictionary lists, however common"),
    ("addressed_capitalised", "Seun", True, "Seun, can you: a word English hardly uses opens the turn"),
    ("addressed_capitalised", "Grace", True, "Grace, can you: an everyday given name, addressed, is one"),
    ("addressed_capitalised", "Sorry", False, "Sorry, can you: an everyday word"),
    ("addressed_lower", "paddy", True, "paddy uh you said: a dictionary word English seldom uses, addressed"),
    ("addressed_lower", "grace", True, "grace can you: an everyday given name, addressed, is one"),
    ("addressed_lower", "honestly", False, "honestly can you: an everyday word"),
    ("addressed_lower", "erm", False, "erm can you: a filler"),
    ("after_role_lower", "hope", True, "his partner hope: an everyday given name after a role"),
    ("after_role_lower", "okonkwo", True, "the customer okonkwo: no dictionary word"),
    ("after_role_lower", "portal", False, "the customer portal: a dictionary word"),
    ("after_role_lower", "will", False, "the customer will: a stop word"),
    ("subject_lower", "verhofstadt", True, "verhofstadt shouted: no dictionary word"),
    ("subject_lower", "stalin", True, "stalin said: a person WordNet knows"),
    ("subject_lower", "government", False, "the government said: a dictionary word"),
    ("subject_lower", "hope", False, "hope said: an everyday given name needs more"),
    ("cue_lower_next", "smith", True, "a surname after the first name word"),
    ("cue_lower_next", "boss", False, "a role"),
    ("cue_lower_next", "start", False, "a common word, even where some list holds it as a surname"),
    ("repeatable", "Lantos", True, "a found name's word that is distinctive repeats"),
    ("repeatable", "potter", False, "a found name's everyday word does not repeat"),
    ("repeatable", "Will", False, "an ambiguous given name does not repeat"),
    ("may_name_someone", "priya", True, "a given name in a title is no vocabulary"),
    ("may_name_someone", "harbor", False, "an everyday word of a title may be"),
    ("uncommon_surname", "pitt", True, "a census surname rarer than an everyday word"),
    ("uncommon_surname", "rose", False, "an everyday word first"),
    ("uncommon_surname", "stalin", True, "a person WordNet knows, however common the word"),
    ("uncommon_surname", "otter", False, "a rare census surname, but a dictionary word: velvet otter is a code name"),
    ("uncommon_surname", "cox", True, "a dictionary word, but one of the most frequent surnames: pat cox"),
    ("model_person_word", "Lantos", True, "what a model-found person needs"),
    ("model_person_word", "Walrus", False, "a dictionary word: the model's guess is dropped"),
]


@pytest.mark.parametrize(("rule", "word", "expected"), [r[:3] for r in TABLE], ids=[f"{r[0]}: {r[3]}" for r in TABLE])
def test_name_word_rule(rule: str, word: str, expected: bool) -> None:
    assert RULES[rule](word) is expected


def test_every_rule_is_tested_both_ways() -> None:
    tested = {(rule, expected) for rule, _, expected, _ in TABLE}
    assert tested == {(rule, outcome) for rule in RULES for outcome in (True, False)}


def test_the_unseen_list_reads_the_models_vocabulary() -> None:
    cue = RULES["cue_lower_first"]
    assert cue("barnier", frozenset({"the", "report"})) and not cue("report", frozenset({"the", "report"}))
    assert not cue("reports", frozenset({"report"}))  # a plural of a known word is known
    assert not cue("barnier")  # no vocabulary given: only the lists
    assert not cue("off-site", frozenset({"off", "site"}))  # a hyphenated word is seen where its parts are
    assert cue("abdul-qadir", frozenset({"abdul"}))


def test_an_override_beats_the_exclusions_and_rarity_needs_its_length() -> None:
    rule = NameWordRule("test", overrides=(Listed.ANY_GIVEN,), excluded=(frozenset({"may"}),), rarer_than=3.0,
                        rare_from_length=4)  # fmt: skip
    assert rule("may") and not rule("xq") and rule("xqzv")


@pytest.mark.parametrize(
    ("case", "word", "allowed"),
    [(Case.CAPITALISED, "Sofia", True), (Case.CAPITALISED, "ASAP", False), (Case.UPPER_FIRST, "POULSEN", True),
     (Case.LOWER, "Sofia", False), (Case.ANY, "sOfIa", True)],
)  # fmt: skip
def test_case(case: Case, word: str, allowed: bool) -> None:
    assert case.allows(word) is allowed


def test_bare_and_everyday_words() -> None:
    assert bare("Amy's") == "amy" and bare("J.") == "j" and bare("Jones’") == "jones"
    assert bare("O'Neill's") == "oneill" and bare("d’angelo") == "dangelo" and bare("o'clock") == "oclock"
    assert is_everyday_word("harbor") and not is_everyday_word("priya") and not is_everyday_word("pitt")
