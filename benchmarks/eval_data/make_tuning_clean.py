#!/usr/bin/env python
"""Clean meeting sentences to tune the name rules on, kept apart from the evaluation's clean set.

Run from the repository root:
    .venv/bin/python benchmarks/eval_data/make_tuning_clean.py
It writes benchmarks/eval_data/tuning_clean.jsonl, one sentence a line:
    {"text": str, "kind": "product" | "nameword" | "codename", "case": "lower" | "cased"}

Like clean_codenames.jsonl, but with none of its name-words, products or code-name words, so that
tuning on this set never tunes on the evaluation. Written without sight of the detector's code or
output. Three kinds:

* ``nameword``: everyday words that are also given names or surnames (``rob``, ``chase``, ``cliff``,
  ``baker``, ``ruby``), in sentences written by hand that use them as words;
* ``product``: tools people mention at work (``gitlab``, ``pagerduty``, a made-up ``lighthouse portal``);
* ``codename``: project code names of two everyday words (``saffron kite``).

Each sentence comes as speech-to-text gives it (lower case, no punctuation, now and then a filler)
or as a typed chat gives it (sentence case, punctuation, product and code names capitalised), drawn
with a fixed seed. None holds a person's name, an address, a place, a date of birth or an identifying
number: a de-identifier must leave every one unchanged.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import make_clean_codenames  # noqa: E402

SEED = 20261203
OUT = Path(__file__).with_name("tuning_clean.jsonl")
LOWER_SHARE = 0.55
FILLER_SHARE = 0.3
FILLERS = ("um", "uh", "so")

#: Words of the evaluation's clean set; none may appear here as a whole word.
EXCLUDED = (
    "will", "grace", "mark", "bill", "may", "june", "frank", "sue",
    "jira", "confluence", "slack", "figma", "zoom", "excel", "salesforce", "tableau", "postgres",
    "kubernetes", "terraform", "github", "notion", "asana", "trello", "miro", "looker", "snowflake",
    "datadog", "grafana", "sentry", "airflow", "kafka", "redis", "orion", "atlas", "nova", "helix",
    "quartz", "lumen", "beacon", "pulse",
)  # fmt: skip

#: Name-words each used at least once in NAMEWORD_SENTENCES.
NAMEWORDS = (
    "rob", "pat", "gene", "art", "rose", "dawn", "hope", "joy", "faith", "sandy", "penny", "jack",
    "chase", "drew", "lance", "wade", "cliff", "ray", "rich", "grant", "amber", "ruby", "iris",
    "holly", "ivy", "summer", "august", "april", "don", "rusty", "chip", "bud", "earl", "duke",
    "sterling", "miles", "cash", "price", "king", "young", "black", "white", "brown", "green",
    "baker", "cook", "hunter", "mason", "porter", "page", "major", "fox", "wolf", "crane", "rice",
    "stone", "hill", "wood", "bishop", "knight", "marsh", "lane", "ford", "dean", "reed", "gray",
    "sage", "rocky", "chuck", "nick", "sunny", "cherry", "daisy", "heather", "basil", "jasmine",
    "forest", "brook", "river", "storm", "crystal", "pearl", "ginger", "candy", "victory", "norm",
    "warren", "dale", "glen", "hank", "buck", "sonny", "bob",
)  # fmt: skip

#: Code names of two everyday words; no word is one of make_clean_codenames.CODENAMES'.
CODENAMES = [
    "saffron kite", "bronze walrus", "tidal prism", "plum horizon", "dusty pelican",
    "woolen glacier", "indigo cactus", "crooked antler", "lemon dynamo", "hushed canyon",
    "ochre mantis", "spiral acorn", "gentle volcano", "fuzzy tundra", "cinder moth",
    "pewter gull", "restless tide", "kindly walnut", "tangled kelp", "humble quasar",
    "dapper mole", "teal pinecone", "honey bramble", "frosty lagoon", "rugged pebble",
    "salty parrot", "vivid hammock", "clumsy yak", "neon gecko", "mossy bellows",
]  # fmt: skip

#: Typed sentences around a code name ``{c}``.
CODENAME_TEMPLATES = [
    "The {c} launch checklist is almost done.",
    "Who is the point of contact for {c}?",
    "{c} burned through most of its cloud budget.",
    "We split {c} into two smaller milestones.",
    "The {c} integration tests are flaky again.",
    "{c} goes to the steering group next week.",
    "Any blockers on {c} before the code freeze?",
    "The {c} roadmap needs a refresh.",
    "The {c} prototype crashed halfway through the demo.",
    "I moved the {c} tickets to the done column.",
    "{c} is on hold until the contract is signed.",
    "The {c} metrics look healthy this week.",
    "We're bringing in two contractors for {c}.",
    "Can we get a risk review for {c}?",
    "The {c} kickoff deck is in the team folder.",
]

#: Tools and products, as (spoken, typed); the last few are made-up internal tools of everyday words.
PRODUCTS = [
    ("gitlab", "GitLab"), ("bitbucket", "Bitbucket"), ("jenkins", "Jenkins"), ("zendesk", "Zendesk"),
    ("hubspot", "HubSpot"), ("okta", "Okta"), ("twilio", "Twilio"), ("stripe", "Stripe"),
    ("heroku", "Heroku"), ("vercel", "Vercel"), ("splunk", "Splunk"), ("pagerduty", "PagerDuty"),
    ("workday", "Workday"), ("dropbox", "Dropbox"), ("docusign", "DocuSign"), ("mailchimp", "Mailchimp"),
    ("intercom", "Intercom"), ("servicenow", "ServiceNow"), ("airtable", "Airtable"),
    ("smartsheet", "Smartsheet"), ("clickup", "ClickUp"), ("basecamp", "Basecamp"),
    ("quickbooks", "QuickBooks"), ("netsuite", "NetSuite"), ("zapier", "Zapier"), ("mixpanel", "Mixpanel"),
    ("amplitude", "Amplitude"), ("databricks", "Databricks"), ("bigquery", "BigQuery"),
    ("elasticsearch", "Elasticsearch"), ("ansible", "Ansible"), ("docker", "Docker"), ("postman", "Postman"),
    ("circleci", "CircleCI"), ("sharepoint", "SharePoint"), ("power bi", "Power BI"),
    ("google sheets", "Google Sheets"), ("microsoft teams", "Microsoft Teams"), ("new relic", "New Relic"),
    ("the lighthouse portal", "the Lighthouse portal"), ("the switchboard app", "the Switchboard app"),
    ("the ledger service", "the Ledger service"), ("the mailroom bot", "the Mailroom bot"),
    ("the toolbox wiki", "the Toolbox wiki"), ("the treehouse dashboard", "the Treehouse dashboard"),
]  # fmt: skip

#: Typed sentences around a product ``{p}`` (never ``the {p}``: some products bring their own article).
PRODUCT_TEMPLATES = [
    "Who owns the admin account for {p} now?",
    "I can't log into {p} again since the password reset.",
    "Did the invoice for {p} go to finance?",
    "We pay for more seats in {p} than we use.",
    "Can someone give me edit rights in {p}?",
    "The webhook from {p} is firing twice.",
    "I pasted the error from {p} into the team channel.",
    "Let's compare {p} with what we built in house.",
    "Our trial of {p} ends on Friday.",
    "{p} sends the reminders automatically now.",
    "Half the team still hasn't set up {p}.",
    "Is there a cheaper alternative to {p}?",
    "We hit the rate limit on {p} during the import.",
    "Security wants a review of {p} before we roll it out.",
]

#: Everyday words that are also names, used as words. Hand-written, in typed form.
NAMEWORD_SENTENCES = [
    # rob, pat, gene, art, rose
    "All these status meetings rob us of real focus time.",
    "Cutting the review step would rob the testers of their only buffer.",
    "The support team deserves more than a pat on the back for that weekend.",
    "By Thursday she had the sales pitch down pat.",
    "That sounds like a pat answer, can we dig into the real cause?",
    "Pat the laptop dry and take it to the help desk.",
    "The gene therapy client wants a dashboard for their trials.",
    "Our team has the curiosity gene, so expect lots of questions.",
    "The lab uploads new gene sequencing files every night.",
    "The art department wants the final logo files by Friday.",
    "Writing a good commit message is a bit of an art.",
    "Is the concept art for the landing page ready?",
    "We need some clip art for the onboarding slides.",
    "Support tickets rose sharply after the update.",
    "Cloud costs rose again last month, so we need to look at reserved instances.",
    "The designer picked a soft rose for the accent colour.",
    "Sign-ups rose by a third after the pricing change.",
    # dawn, hope, joy, faith
    "The batch job starts at dawn, before anyone logs in.",
    "We're at the dawn of a big platform change, so expect some noise.",
    "The on-call engineer was up before dawn restarting the queue.",
    "I hope the new laptops arrive before the interns start.",
    "Let's not build the plan on hope alone.",
    "Our best hope is a quick patch from the vendor.",
    "Hope you all had a restful weekend.",
    "Any joy with the printer on the third floor?",
    "The new search is a joy to use.",
    "It was a joy to see the support queue empty for once.",
    "I have faith the team can hit the deadline.",
    "We signed the deal in good faith, so the vendor should honour the price.",
    "Let's not take the test results on faith, run them again.",
    # sandy, penny, jack, chase, drew
    "The new office carpet is a sandy brown that hides coffee stains.",
    "The stock photo of a sandy beach on the banner looks too generic.",
    "Every penny of the training budget is already spent.",
    "The penny finally dropped when we saw the error logs.",
    "That tool costs a pretty penny for what it does.",
    "The vendor wants to jack the licence fee up by a third.",
    "Plug the speaker into the headphone jack on the conference phone.",
    "He's a jack of all trades on the platform team.",
    "Can you chase down the missing approvals before the release?",
    "Let's cut to the chase: is the migration on track?",
    "We spent the afternoon on a wild goose chase through old logs.",
    "The product demo drew a bigger crowd than the all-hands.",
    "Finance drew up a new approval flow for travel expenses.",
    "We drew the line at weekend deployments.",
    # lance, wade, cliff, ray, rich, grant
    "The new dashboard should lance the boil of weekly status emails.",
    "I had to wade through three hundred log lines to find the error.",
    "Let's not wade into the pricing debate today.",
    "Nobody wants to wade through a forty page spec.",
    "Traffic fell off a cliff after the redirect broke.",
    "The budget hits a cliff at the end of the quarter if we don't renew.",
    "Can someone write cliff notes of the security policy for new hires?",
    "The new hires are a ray of sunshine in standup.",
    "The graphics team is testing ray tracing on the new cards.",
    "The clinic client sends us x-ray images in an odd format.",
    "The comment box should support rich text.",
    "The survey gave us a rich set of feedback.",
    "The new report is rich in detail but light on conclusions.",
    "Please grant me read access to the finance folder.",
    "The research grant covers two more months of cloud costs.",
    "Can you grant the contractors temporary admin rights?",
    # amber, ruby, iris, holly, ivy
    "The status light on the router is amber, not green.",
    "Two of the project risks are amber this week.",
    "Amber means the job is retrying, red means it failed.",
    "The billing service is still written in Ruby.",
    "We need someone who knows Ruby to review the old scripts.",
    "The ruby red buttons are too loud for the settings page.",
    "The iris scanner on the server room door keeps rejecting people.",
    "Open the camera iris a little, the video looks too dark.",
    "Someone put holly and tinsel on the reception desk.",
    "The holly bush by the entrance needs trimming.",
    "The ivy on the office wall is blocking the window.",
    "Can someone water the ivy in the break room?",
    # summer, august, april, don
    "Summer interns get their laptops on day one.",
    "Everything slows down over the summer, so plan the launch around it.",
    "The office switches to summer hours next week.",
    "The August release includes the new export.",
    "We're a small company, not some august institution.",
    "Most of the team is away in August.",
    "The April newsletter is ready for a final read.",
    "No April Fools pranks in production this year, please.",
    "The new pricing takes effect in April.",
    "Visitors must don a hard hat on the warehouse floor.",
    "Please don the headset before you join the customer call.",
    # rusty, chip, bud, earl, duke, sterling
    "My SQL is a bit rusty, so bear with me.",
    "The rusty hinges on the server cabinet squeak every time.",
    "We're rusty on the release process since we haven't shipped in months.",
    "The chip shortage delayed our hardware order.",
    "Let's all chip in for a farewell gift.",
    "Can you chip away at the bug backlog this sprint?",
    "That discount is our bargaining chip with the vendor.",
    "We need to nip these flaky tests in the bud.",
    "Use a cotton bud to clean the laptop vents.",
    "We're out of Earl Grey in the kitchen again.",
    "Can you add Earl Grey to the snack order?",
    "Let the two teams duke it out in the design review.",
    "Sales and support are going to duke it out over the budget.",
    "The help desk did a sterling job during the outage.",
    "The new intern arrived with a sterling reference.",
    # miles, cash, price, king, young
    "The new build is miles faster than the old one.",
    "We ran miles of cable when we moved floors.",
    "The travel policy pays for miles driven on client visits.",
    "Cash flow is tight until the big invoice is paid.",
    "The petty cash box is in the finance office.",
    "We can't cash in on the feature until it's stable.",
    "The price of the premium tier went up.",
    "Is the price per seat negotiable?",
    "Downtime is the price we pay for skipping tests.",
    "This quarter, cash is king.",
    "Content is king, so the blog needs a regular schedule.",
    "We ordered king size pizzas for the release party.",
    "We're a young team, so pair the new hires with seniors.",
    "The night is young, let's fix one more bug.",
    "The product is still young and the docs show it.",
    # black, white, brown, green
    "Black text on a dark background is unreadable.",
    "The vendor's pricing is a black box.",
    "Finance says we're back in the black.",
    "Send the white paper to the partners for review.",
    "The new logo needs more white space around it.",
    "The white label version ships to resellers next month.",
    "Bring your lunch to the brown bag talk on accessibility.",
    "The brown envelopes in the post room are for returns.",
    "We got the green light from legal.",
    "All the checks are green, so merge it.",
    "The green team owns the payments flow.",
    # baker, cook, hunter, mason, porter, page, major
    "We ordered a baker's dozen of bagels for the workshop.",
    "The baker who supplies the canteen changed the menu.",
    "Let's not cook up a new process for every small team.",
    "The canteen cook is on holiday, so order lunch in.",
    "Nobody wants to cook the books, so report the real figure.",
    "She's a real bargain hunter when it comes to cloud credits.",
    "The bug hunter bonus goes to whoever finds the worst crash.",
    "The mason fixing the front steps needs the car park cleared.",
    "Keep the mason jar of pens on the front desk.",
    "The night porter lets the cleaners in after hours.",
    "Leave the parcel with the porter at reception.",
    "Can you page the on-call engineer?",
    "Let's get everyone on the same page before the client call.",
    "The landing page loads in under a second now.",
    "Turn to page four of the proposal.",
    "Major incidents need a written review within a week.",
    "We're planning a major version bump for the API.",
    "That's a major improvement over last quarter.",
    # fox, wolf, crane, rice, stone, hill, wood
    "Letting the vendor audit itself is like the fox guarding the henhouse.",
    "The font preview still shows the quick brown fox sentence.",
    "Don't cry wolf with the alerts, or people stop reading them.",
    "I had to wolf down lunch between calls.",
    "The lone wolf approach to code review isn't working.",
    "The crane outside the window blocks half the view.",
    "People at the back have to crane their necks to see the screen.",
    "The lunch order has rice, noodles and a salad.",
    "Someone put their phone in a bag of rice after the coffee spill.",
    "The demo is a stepping stone to the full pilot.",
    "Nothing in the roadmap is set in stone.",
    "Is this really the hill we want to die on?",
    "The sales graph looks like a hill, up in spring and down in autumn.",
    "Knock on wood, the build has been green all week.",
    "The new desks are made of light wood.",
    # bishop, knight, marsh, lane, ford, dean, reed
    "At the team chess night I lost my bishop in four moves.",
    "The help desk was our knight in shining armour during the outage.",
    "Her knight took my queen before the pizza arrived.",
    "The field behind the office turns into a marsh after heavy rain.",
    "The lawn by the car park is a marsh, use the front path.",
    "Each team has its own swim lane on the diagram.",
    "Stay in your lane on the incident call and let the lead decide.",
    "The bike lane outside the office is finally finished.",
    "The hike at the offsite has a shallow ford to cross, so bring boots.",
    "The university partnership needs sign-off from the dean.",
    "The dean of the business school wants to host our workshop.",
    "There's a reed diffuser in the meeting room that smells too strong.",
    "The door alarm relies on a cheap reed sensor.",
    # gray, sage, rocky, chuck, nick, sunny
    "Travel upgrades are a gray area, so ask finance first.",
    "The disabled button should be light gray.",
    "Gray text on white fails the contrast check.",
    "Thanks for the sage advice on the hiring plan.",
    "The brand colours are sage green and cream.",
    "The first week after the migration was rocky.",
    "We're on rocky ground with that customer after the outage.",
    "Just chuck the old cables in the recycling bin.",
    "Chuck me the remote for the projector.",
    "Let's chuck that idea and start fresh.",
    "We fixed the leak in the nick of time.",
    "There's a nick in the power cable, don't use it.",
    "Can I nick a chair from your room for the interview?",
    "On sunny days the glare makes the screens unreadable.",
    "The sales forecast looks sunny for next quarter.",
    "Let's book the terrace for the team lunch if it's sunny.",
    # cherry, daisy, heather, basil, jasmine
    "Please cherry-pick the fix onto the release branch.",
    "Closing the big deal was the cherry on top of a good quarter.",
    "Don't cherry-pick the metrics that look good.",
    "Don't daisy-chain power strips under the desks.",
    "The two monitors are daisy-chained to one port.",
    "The team hoodies come in heather gray.",
    "The new banner has a heather purple background.",
    "The lunch menu has a tomato and basil pasta.",
    "Someone keeps a basil plant on the kitchen windowsill.",
    "The tea box has green, mint and jasmine.",
    "Please order jasmine rice for the catering.",
    # forest, brook, river, storm, crystal, pearl, ginger, candy
    "We trained a random forest on the churn data.",
    "We can't see the forest for the trees with all these tiny tickets.",
    "The client says it can brook no further delays.",
    "Leadership won't brook another missed deadline.",
    "The offsite venue sits by a river, so bring a jacket.",
    "We don't want to sell the support team down the river.",
    "We'll weather the storm if we keep the customers informed.",
    "The release caused a storm of support tickets.",
    "The requirements need to be crystal clear before we estimate.",
    "Nobody has a crystal ball, so give a range.",
    "That's a pearl of wisdom worth putting in the handbook.",
    "The new laptops come in pearl white.",
    "There are ginger biscuits in the kitchen for the workshop.",
    "Can you add ginger ale to the drinks order?",
    "The candy bowl at reception is empty again.",
    "Those animations are just eye candy, cut them for launch.",
    # victory, norm, warren, dale, glen, hank, buck, sonny, bob
    "Shipping on time would be a big victory for the team.",
    "Let's not declare victory until the error rate drops.",
    "Remote days are the norm now, so plan meetings online.",
    "Late code reviews have become the norm, and that has to change.",
    "The old office was a warren of tiny rooms.",
    "The codebase is a warren of helper scripts.",
    "We searched hill and dale for the missing cable.",
    "The offsite lodge sits at the end of a wooded glen.",
    "The welcome slide shows a green glen with sheep.",
    "Someone left a hank of yarn on the craft table in the break room.",
    "Grab a hank of rope from storage for the team building game.",
    "We need to stop passing the buck on flaky tests.",
    "The cheaper plan gives more bang for the buck.",
    "Our numbers buck the trend across the industry.",
    "The old foreman calls every new hire sonny, and he has been asked to stop.",
    "The loading icon should bob up and down, not spin.",
    "Watch the buoy in the logo bob gently while the page loads.",
    # a few that mix name-words
    "Can you chase the grant office and page me when they reply?",
    "I hope the April price change doesn't rob us of the small customers.",
    "The rich green and amber palette drew a lot of praise.",
    "Summer is when the young interns chip in on the backlog.",
    "Don't chuck the rusty old crane model, it's a team mascot.",
    "A ray of hope: the storm of tickets is finally easing.",
    "Pat the new hires on the back, they learnt the ropes in record time.",
    "Cash is tight, so every penny of the art budget needs a reason.",
    "The hunter green and stone gray theme won the vote.",
    "It was a rocky week, but the sunny sales forecast is a real joy.",
]


_PUNCTUATION = re.compile(r"[.,?!:;\"]")


def spoken(text: str, rng: random.Random) -> str:
    """The speech-to-text form: lower case, no punctuation or hyphens, now and then a filler up front."""
    text = " ".join(_PUNCTUATION.sub("", text.lower()).replace("-", " ").split())
    if rng.random() < FILLER_SHARE:
        text = f"{rng.choice(FILLERS)} {text}"
    return text


def typed(text: str) -> str:
    return text[0].upper() + text[1:]


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))


def check(items: list[dict]) -> None:
    """Fail on an evaluation word, an evaluation code-name word, or a name-word left without a sentence."""
    old = {w for name in make_clean_codenames.CODENAMES for w in name.split()}
    reused = old & {w for name in CODENAMES for w in name.split()}
    assert not reused, f"code-name words of the evaluation set: {sorted(reused)}"
    for item in items:
        hit = _words(item["text"]) & set(EXCLUDED)
        assert not hit, f"evaluation word {sorted(hit)} in {item['text']!r}"
    used = set().union(*(_words(s) for s in NAMEWORD_SENTENCES))
    missing = set(NAMEWORDS) - used
    assert not missing, f"name-words without a sentence: {sorted(missing)}"


def build() -> list[dict]:
    rng = random.Random(SEED)
    items: list[tuple[str, str, str]] = []  # (kind, spoken, typed)
    for name in CODENAMES:
        for template in rng.sample(CODENAME_TEMPLATES, 3):
            items.append(("codename", template.format(c=name), template.format(c=name.title())))
    for say, write in PRODUCTS:
        for template in rng.sample(PRODUCT_TEMPLATES, 2):
            items.append(("product", template.format(p=say), template.format(p=write)))
    items += [("nameword", s, s) for s in NAMEWORD_SENTENCES]
    out, seen = [], set()
    for kind, say, write in items:
        assert write not in seen, f"duplicate sentence {write!r}"
        seen.add(write)
        if rng.random() < LOWER_SHARE:
            out.append({"text": spoken(say, rng), "kind": kind, "case": "lower"})
        else:
            out.append({"text": typed(write), "kind": kind, "case": "cased"})
    check(out)
    return out


def main() -> None:
    items = build()
    with OUT.open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} sentences to {OUT}")


if __name__ == "__main__":
    main()
