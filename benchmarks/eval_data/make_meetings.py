"""Generate the labelled meeting-utterance set (``meetings.jsonl``) with a fixed seed.

Utterances are written the way speech-to-text writes them: lower case or
sentence case, numbers and addresses spoken as words. Each record holds the
meeting roster, the text and the labelled spans; clean business sentences
have no spans and must come out unchanged. Every value here is invented.

    python benchmarks/eval_data/make_meetings.py  # rewrites meetings.jsonl
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 20260301
OUT = Path(__file__).with_name("meetings.jsonl")

FIRST = "Priya Will Mark Grace Tomasz Aisha Diego Mei Olu Sven Hannah Rafael Yuki Nadia Bill May Kwame Ines".split()
LAST = (
    "Sharma Turner Kowalski Okafor Lindqvist Haddad Moreno Tanaka Nguyen Fischer Brennan Castillo Mensah Rossi".split()
)
DIGITS = "zero one two three four five six seven eight nine".split()
DOMAINS = ["example dot com", "acme dot io", "gmail dot com", "contoso dot co dot uk", "fabrikam dot org"]
STREETS = ["clarke avenue", "elm street", "harbour road", "maple lane", "station road", "king street"]
CITIES = ["Leeds", "Austin", "Rotterdam", "Brisbane", "Denver", "Glasgow"]
MONTHS = "january february march april may june july august september october november december".split()
ORD = "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
YEARS = ["nineteen eighty five", "nineteen ninety two", "two thousand one", "nineteen seventy eight"]

CLEAN = [
    "we grew twelve percent quarter over quarter",
    "version two point three ships next tuesday",
    "we had five hundred attendees at the summit",
    "the page still returns a four oh four error",
    "I will send it after lunch",
    "please mark the date in your calendar",
    "in may we migrate the billing service",
    "revenue was two million dollars in twenty twenty four",
    "let's meet tomorrow at ten thirty",
    "the budget is forty thousand euros for the pilot",
    "can you share your screen",
    "we need three more engineers on the platform team",
    "the latency dropped to eighty milliseconds",
    "I think we may need another sprint",
    "bill the client at the end of the month",
    "grace period for the invoices is thirty days",
    "next tuesday works for me",
    "we shipped release fourteen last week",
    "the dashboard shows ninety nine point nine percent uptime",
    "Will you take the action items?",
    "let's revisit this in q three",
    "the deal with Acme closes in june",
    "our office in Germany is hiring",
    "page two of the deck has the numbers",
    "we moved the standup to nine fifteen",
]


def spoken_digits(rng: random.Random, n: int) -> tuple[str, str]:
    digits = [rng.randrange(10) for _ in range(n)]
    words, i = [], 0
    while i < n:
        d = digits[i]
        if i + 1 < n and digits[i + 1] == d and rng.random() < 0.3:
            words.append(f"double {DIGITS[d]}")
            i += 2
            continue
        words.append("oh" if d == 0 and rng.random() < 0.5 else DIGITS[d])
        i += 1
    return " ".join(words), "".join(map(str, digits))


def grouped(rng: random.Random, groups: list[int]) -> str:
    parts = [spoken_digits(rng, g)[0] for g in groups]
    sep = rng.choice([" ", ", ", " ... ", " - "])
    return sep.join(parts)


def luhn_card(rng: random.Random) -> str:
    digits = [4] + [rng.randrange(10) for _ in range(14)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        total += (d * 2 - 9 if d * 2 > 9 else d * 2) if i % 2 == 0 else d
    digits.append((10 - total % 10) % 10)
    return " ".join("oh" if d == 0 and rng.random() < 0.5 else DIGITS[d] for d in digits)


def pii_utterance(rng: random.Random, people: list[tuple[str, str]]) -> tuple[str, list[tuple[str, str]]]:
    """A template with (value, type) slots, filled in order."""
    first, last = rng.choice(people)
    other_first = rng.choice([p[0] for p in people])
    kind = rng.randrange(14)
    if kind == 0:
        v = grouped(rng, [3, 3, 4])
        return "my number is {} if you need me", [(v, "PHONE_NUMBER")]
    if kind == 1:
        v = grouped(rng, [5, 6])
        return "you can reach me on {}, that's my mobile", [(v, "PHONE_NUMBER")]
    if kind == 2:
        local = rng.choice(
            [
                f"{first.lower()} dot {last.lower()}",
                f"{first.lower()}",
                f"{first[0].lower()} {last.lower()}",
                f"{first.lower()} underscore {last.lower()}",
            ]
        )
        v = f"{local} at {rng.choice(DOMAINS)}"
        return "send it to {} please", [(v, "EMAIL_ADDRESS")]
    if kind == 3:
        return "the card number is {} expiring next year", [(luhn_card(rng), "CREDIT_CARD")]
    if kind == 4:
        return "it's {}", [(luhn_card(rng), "CREDIT_CARD")]
    if kind == 5:
        return "my social security number is {}", [(grouped(rng, [3, 2, 4]), "US_SSN")]
    if kind == 6:
        v = f"{rng.choice(MONTHS)} {rng.choice(ORD)} {rng.choice(YEARS)}"
        return "I was born on {} so I qualify", [(v, "DATE_TIME")]
    if kind == 7:
        v = f"{spoken_digits(rng, 2)[0]} {rng.choice(STREETS)}"
        return "I live at {} near the station", [(v, "STREET_ADDRESS")]
    if kind == 8:
        return "thanks {}, over to you", [(other_first.lower(), "PERSON")]
    if kind == 9:
        return "{} and {} will own the follow up", [(first, "PERSON"), (f"{rng.choice(people)[0]} {last}", "PERSON")]
    if kind == 10:
        return "did you see {}'s notes?", [(f"{first.lower()}", "PERSON")]
    if kind == 11:
        return "my account number is {}", [(spoken_digits(rng, rng.randrange(8, 12))[0], "ACCOUNT_NUMBER")]
    if kind == 12:
        name = rng.choice(LAST)
        return "the surname is {}, that's {}", [(name, "PERSON"), (" ".join(name.upper()), "PERSON")]
    return "{} is moving to {} next month", [(f"{first} {last}", "PERSON"), (rng.choice(CITIES), "LOCATION")]


def main() -> None:
    rng = random.Random(SEED)
    records = []
    for meeting in range(40):
        firsts = rng.sample(FIRST, 4)
        people = [(f, rng.choice(LAST)) for f in firsts]
        roster = {
            "names": [f"{f} {ln}" for f, ln in people],
            "emails": [f"{f.lower()}.{ln.lower()}@example.com" for f, ln in people],
        }
        for _ in range(8):
            template, slots = pii_utterance(rng, people)
            text, spans = "", []
            pieces = template.split("{}")
            for piece, (value, etype) in zip(pieces, slots, strict=False):
                text += piece
                spans.append({"start": len(text), "end": len(text) + len(value), "type": etype})
                text += value
            text += pieces[-1]
            records.append({"meeting": meeting, "roster": roster, "text": text, "spans": spans})
        for sentence in rng.sample(CLEAN, 4):
            records.append({"meeting": meeting, "roster": roster, "text": sentence, "spans": []})
    with OUT.open("w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record) + "\n")


if __name__ == "__main__":
    main()
