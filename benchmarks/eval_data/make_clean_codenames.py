#!/usr/bin/env python
"""Clean meeting sentences that hold no personal data, but words a name detector may take for names.

Run from the repository root:
    .venv/bin/python benchmarks/eval_data/make_clean_codenames.py
It writes benchmarks/eval_data/clean_codenames.jsonl, one sentence a line:
    {"text": str, "kind": "codename" | "product" | "nameword", "case": "lower" | "cased"}

Three kinds, written without sight of the detector's code or output:

* ``codename``: project code names made of everyday words (``the mellow summit
  rollout slipped``, ``cobalt falcon is blocked``), each used in a few
  meeting templates;
* ``product``: names of tools and products people talk about at work (``jira``,
  ``figma``, a made-up ``orion dashboard``);
* ``nameword``: everyday words that are also given names or surnames (``will``,
  ``grace``, ``mark the ticket``, ``bill the client``, ``may``, ``june``),
  in sentences written by hand.

Every sentence comes in the form speech-to-text gives (lower case, no
punctuation, fillers) or the form a typed chat gives (sentence case,
punctuation); which one is drawn with a fixed seed. None holds a person's
name, an address, a number that identifies anyone, a city or a date of birth:
every sentence must come out of a de-identifier unchanged.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 20261202
OUT = Path(__file__).with_name("clean_codenames.jsonl")

#: Code names of two everyday words, the way teams name projects.
CODENAMES = [
    "mellow summit", "cobalt falcon", "golden harbor", "crimson harbor", "silent otter",
    "amber river", "quiet meadow", "iron lantern", "velvet thunder", "paper tiger",
    "blue heron", "copper kettle", "frozen comet", "rapid badger", "silver birch",
    "lucky clover", "brave sparrow", "northern light", "swift current", "hidden valley",
    "granite peak", "scarlet maple", "hollow oak", "bright anchor", "marble arch",
    "sleepy panda", "wild orchid", "steady compass", "orange grove", "rusty nail",
    "sunny ridge", "polar bear", "jade temple", "stormy petrel", "ember trail",
    "cedar point", "lunar wolf", "misty cove", "noble fox", "tin soldier",
]  # fmt: skip

#: Meeting sentences around a code name; ``{c}`` is the code name.
CODENAME_TEMPLATES = [
    "the {c} rollout slipped again",
    "{c} is blocked on the security review",
    "so um where are we with {c}",
    "we should merge {c} into the main branch before friday",
    "uh the {c} dashboard is showing stale numbers",
    "can we move {c} to next sprint",
    "i think {c} needs another round of testing",
    "the {c} team is short on reviewers this week",
    "yeah {c} went live in the staging environment",
    "has anyone looked at the {c} backlog",
    "the budget for {c} was approved yesterday",
    "let's park {c} until the migration is done",
    "{c} phase two kicks off after the offsite",
    "the latency on {c} dropped by half",
    "we're still waiting on legal for {c}",
    "okay so {c} and the billing rewrite both depend on the new api",
    "i'll write up the {c} retro notes",
    "is {c} still the top priority for the quarter",
    "the {c} demo went really well",
    "um the {c} pilot customers want more reports",
    "we deprecated the old {c} endpoint last month",
    "{c} has three open bugs and one of them is critical",
    "put {c} on the agenda for the planning meeting",
    "the design doc for {c} is in the shared drive",
]

#: Tools and products that come up in meetings, real and made up.
PRODUCTS = [
    "jira", "confluence", "slack", "figma", "zoom", "excel", "salesforce", "tableau", "postgres",
    "kubernetes", "terraform", "github", "notion", "asana", "trello", "miro", "looker", "snowflake",
    "datadog", "grafana", "sentry", "airflow", "kafka", "redis", "the orion dashboard",
    "the atlas api", "the nova app", "helix", "quartz", "lumen", "the beacon portal", "pulse",
]  # fmt: skip

PRODUCT_TEMPLATES = [
    "can you open a ticket in {p} for that",
    "the {p} export keeps timing out",
    "uh i shared the link in {p} this morning",
    "we're moving off {p} at the end of the year",
    "the {p} licence renewal is due next month",
    "does {p} support single sign on yet",
    "i set up an alert in {p} for the error rate",
    "so the numbers in {p} don't match the finance report",
    "um {p} was down for about an hour yesterday",
    "let's check the {p} logs before we blame the network",
]

#: Everyday words that are also names, in sentences that use them as words. Hand-written.
NAMEWORD_SENTENCES = [
    "will you send the deck after the call",
    "i will update the tracker tonight",
    "we will need more time for the audit",
    "there's a lot of good will with that vendor",
    "the grace period on the contract ends soon",
    "she handled the outage with real grace",
    "we have a two week grace period for the migration",
    "can you mark the ticket as resolved",
    "mark the action items in bold please",
    "we hit the halfway mark on the roadmap",
    "please bill the client for the extra hours",
    "the bill for the cloud hosting went up again",
    "we should bill them at the new rate",
    "we may need to push the release",
    "the release may slip by a week",
    "may i share my screen",
    "in june we start the hiring round",
    "the june numbers were better than expected",
    "the launch moved from april to june",
    "let's plan the offsite for august",
    "the august release has the new search",
    "i hope the vendor replies today",
    "there's still hope for the deadline",
    "we're taking a leap of faith on this design",
    "no joy from the support line so far",
    "i was up at dawn fixing the build",
    "the summer interns start next week",
    "we'll revisit the pricing in the autumn",
    "to be frank the estimate is too low",
    "let me be frank about the risks",
    "the vendor threatened to sue over the delay",
    "don't rob the test budget to pay for the launch",
    "pat yourself on the back that was a great demo",
    "they want to jack up the price next year",
    "i drew a quick diagram of the data flow",
    "she drew the short straw and is on call this weekend",
    "a ray of light in the quarterly numbers",
    "the sky is the limit for this feature",
    "we need to chase the vendor for the invoice",
    "can you chase up the security sign off",
    "we need to lance that problem early",
    "the holly on the slide template looks festive",
    "the ivy league case study is in the appendix",
    "change the iris icon to something simpler",
    "the amber warning on the dashboard is back",
    "the ruby service still needs an upgrade",
    "that's a real pearl of an idea",
    "the crystal clear requirement is uptime",
    "use the olive colour for the secondary buttons",
    "the violet theme tested badly with users",
    "not a penny more on that contract",
    "the sandy background makes the text hard to read",
    "my rusty python is showing",
    "the old server room is dusty and hot",
    "it was a rocky start but the sprint ended well",
    "the buck stops with the release manager",
    "let's not cook the numbers for the board",
    "we need a stone solid plan for the cutover",
    "the forest plot in the report needs labels",
    "hill climbing got the model a small gain",
    "we're in the fast lane for the approval",
    "the brook trout logo was rejected",
    "green means the build passed",
    "the white paper is ready for review",
    "the numbers are in the black this quarter",
    "brown bag lunch on thursday about testing",
    "it's a gray area in the policy",
    "the summit with the partners went fine",
    "the king of all spreadsheets is back",
    "we're the prince of slow releases apparently",
    "the new hunter gatherer approach to triage",
    "the mason jars in the kitchen are for the office party",
    "the porter at the front desk has the parcel",
    "the earl grey ran out in the kitchen",
    "the duke of the spreadsheets strikes again",
    "a heather grey hoodie for the swag box",
    "that's a cliff edge for the budget",
    "the reed switch in the sensor is faulty",
    "the gene expression data set is huge",
    "the rose gold laptops are on backorder",
    "the lily pad diagram explains the hops",
    "the daisy chain of adapters is a fire risk",
    "we should harvest the old tickets for ideas",
    "every day the backlog grows",
    "the sterling work on the migration is noted",
    "the major issue is the missing index",
    "the general plan is to ship in two steps",
    "an honest review of the incident is overdue",
    "the noble goal is zero downtime",
    "the victor of the bake off gets a day off",
    "the august committee meets on tuesday",
    "the patience of the customers is running out",
    "a dash of colour would help the slides",
    "the angel investor call got moved",
    "the bishop move in the negotiation worked",
    "the cardinal rule is never deploy on friday",
    "so uh will the new laptops arrive before june",
    "um may we get a status update on the grace period",
    "mark my words the bill will be higher next year",
    "um i hope the summer release will not slip",
    "Will the vendor sign before the end of May?",
    "Please mark the ticket as done and bill the client.",
    "The grace period ends in June.",
    "We may need more hope than planning here.",
    "Frank feedback from the pilot: the search is slow.",
    "The April release had fewer bugs than the March one.",
    "Can you chase the invoice and mark it paid?",
    "I will drew up the plan, sorry, draw up the plan.",
    "The Amber alert on the dashboard cleared itself.",
    "Summer hours start next week for the whole team.",
    "The bill came in under budget.",
    "Dawn of a new sprint, let's go.",
    "Our Ruby workers need an upgrade.",
    "May I suggest we skip the standup?",
    "The June offsite is confirmed.",
    "We will bill the hours at the old rate.",
]

#: Sentences that mix kinds, written by hand.
MIXED_SENTENCES = [
    ("codename", "so the mellow summit tickets are all in jira now"),
    ("codename", "cobalt falcon will ship in june if the review passes"),
    ("codename", "um mark the golden harbor epic as blocked please"),
    ("codename", "the silent otter figma file has the new flows"),
    ("codename", "we may drop paper tiger from the roadmap"),
    ("codename", "bill the amber river work to the platform budget"),
    ("codename", "grace period for quiet meadow users ends in august"),
    ("codename", "the iron lantern alerts go to the slack channel"),
    ("product", "i'll put the notes in confluence and link the jira board"),
    ("product", "the orion dashboard and the nova app share a login"),
    ("product", "we'll demo helix and quartz to the sales team"),
    ("product", "the beacon portal moved to kubernetes last week"),
]


_QUESTION_STARTS = ("can ", "is ", "has ", "does ", "will ", "may ", "where ", "so where ")
_FILLERS = ("um ", "uh ")


def _cased(text: str) -> str:
    """The typed form: no fillers, first letter up, code names capitalised, closing punctuation."""
    for filler in _FILLERS:
        text = text.replace(filler, "")
    for name in CODENAMES:
        text = text.replace(name, name.title())
    end = "?" if text.startswith(_QUESTION_STARTS) else "."
    return text[0].upper() + text[1:] + end


def build() -> list[dict]:
    rng = random.Random(SEED)
    items: list[tuple[str, str]] = []
    for name in CODENAMES:
        for template in rng.sample(CODENAME_TEMPLATES, 4):
            items.append(("codename", template.format(c=name)))
    for product in PRODUCTS:
        for template in rng.sample(PRODUCT_TEMPLATES, 2):
            items.append(("product", template.format(p=product)))
    items += [("nameword", s) for s in NAMEWORD_SENTENCES]
    items += MIXED_SENTENCES
    out, seen = [], set()
    for kind, text in items:
        if text in seen:
            continue
        seen.add(text)
        typed = text[0].isupper() or rng.random() < 0.4
        if typed and not text[0].isupper():
            text = _cased(text)
        out.append({"text": text, "kind": kind, "case": "cased" if typed else "lower"})
    return out


def main() -> None:
    items = build()
    with OUT.open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} sentences to {OUT}")


if __name__ == "__main__":
    main()
