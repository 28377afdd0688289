"""A meeting set seeded with hundreds of unique canary values, and one cached CLI run on it.

Every canary is realistic enough that the detector can be expected to find it (names on
the roster, standard email, phone, card and IP formats, spoken forms as speech-to-text
writes them), and unique enough that a byte search finds it only where it leaked. Raw
ids are canaries too: no input id may appear anywhere but in quarantine.
"""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

from meeting_privacy.demo.writer import dump, write_input
from tests.support.reliability_support import Run, key_file, run_args, run_captured

KEY = "canary-key-Qm7vXr2pLw9sTz4nHk8yBd3fJc6gNe5u"
_FIRST = (
    "Zephyrine Thaddeus Marisol Ignatius Rosalind Leopold Wilhelmina Cornelius Seraphina Bartholomew "
    "Philippa Montgomery Evangeline Sylvester Octavia Florian Genevieve Lysander Cordelia Barnaby "
    "Henrietta Peregrine Ottoline Mortimer"
).split()
_SYLLABLES = "quill borough raven sworth thorn bury ash combe hollings worth pember ton fair weather wyn dham".split()
_DIGITS = "zero one two three four five six seven eight nine".split()
_WORDS = "kestrel brambling osprey lapwing curlew dunlin plover siskin whimbrel godwit".split()
N_MEETINGS = 12  # 9 consented, 3 with a silent participant (content excluded)
PER_MEETING = 3


@dataclasses.dataclass
class CanarySet:
    canaries: dict[str, set[str]]  # class -> values that must not leak
    input: Path


#: Kinds of canary values, each searched for separately.
CLASSES = (
    "names",
    "emails",
    "phones",
    "spoken_phones",
    "spoken_emails",
    "cards",
    "ips",
    "ip_fields",
    "geo",
    "raw_ids",
    "extra_fields",
    "key",
)


def _surname(rng: random.Random, used: set[str]) -> str:
    while True:
        name = (rng.choice(_SYLLABLES) + rng.choice(_SYLLABLES)).capitalize()
        if name not in used and len(name) >= 7:
            used.add(name)
            return name


def _luhn_card(rng: random.Random) -> str:
    digits = [4] + [rng.randrange(10) for _ in range(14)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        d = d * 2 if i % 2 == 0 else d
        total += d - 9 if d > 9 else d
    digits.append((10 - total % 10) % 10)
    text = "".join(map(str, digits))
    return " ".join(text[i : i + 4] for i in range(0, 16, 4))


def _spoken(number: str) -> str:
    return " ".join(_DIGITS[int(c)] for c in number if c.isdigit())


def build(directory: Path, seed: int = 6) -> CanarySet:
    rng = random.Random(seed)
    c: dict[str, set[str]] = {k: set() for k in CLASSES}
    c["key"].add(KEY)
    records = {k: [] for k in ("participants", "consent", "transcripts", "chat", "telemetry")}
    malformed = []
    used: set[str] = set()
    serial = 0

    def uid(prefix: str) -> str:
        nonlocal serial
        serial += 1
        token = "".join(rng.choice("ghjkmnpqrstuvwxyz") for _ in range(8))
        value = f"{prefix}-{token}{serial}"
        c["raw_ids"].add(value)
        return value

    first_names = list(_FIRST)
    rng.shuffle(first_names)
    for m in range(N_MEETINGS):
        meeting = uid("mtg")
        consented = m < 9
        start = f"2026-04-{1 + m:02d}T14:00:00Z"
        people = []
        for p in range(PER_MEETING):
            first = first_names[(m * PER_MEETING + p) % len(first_names)]
            last = _surname(rng, used)
            person = {
                "first": first,
                "last": last,
                "user": uid("usr"),
                "account": uid("acct"),
                "participant": uid("prt"),
                "email": f"{first.lower()}.{last.lower()}@example.com",
                "device": uid("dev"),
            }
            people.append(person)
            c["names"].update({f"{first} {last}", first, last})
            c["emails"].add(person["email"])
            records["participants"].append(
                {
                    "meeting_id": meeting,
                    "participant_id": person["participant"],
                    "user_id": person["user"],
                    "account_id": person["account"],
                    "display_name": f"{first} {last}",
                    "email": person["email"],
                    "role": "host" if p == 0 else "attendee",
                    "country": "US",
                    "joined_at": start,
                    "left_at": f"2026-04-{1 + m:02d}T15:00:00Z",
                }
            )
            if consented or p:
                records["consent"].append(
                    {
                        "consent_id": uid("cns"),
                        "subject_type": "user",
                        "subject_id": person["user"],
                        "purpose": "ai_training",
                        "data_category": "all",
                        "decision": "grant",
                        "recorded_at": "2026-01-01T00:00:00Z",
                        "source": "user",
                    }
                )
        for s in range(6):
            speaker, other = people[s % PER_MEETING], people[(s + 1) % PER_MEETING]
            phone = f"({rng.choice((212, 415, 617, 312))}) 555-{rng.randrange(100, 200):04d}"
            spoken_phone = _spoken(f"555{rng.randrange(1000, 10000)}")
            card = _luhn_card(rng)
            ip = f"203.0.113.{serial % 250 + 1}"
            other_email = f"{rng.choice(_WORDS)}{serial}@example.net"
            spoken_email = f"{rng.choice(_WORDS)} {_DIGITS[serial % 10]} at {rng.choice(_WORDS)}mail dot com"
            c["phones"].add(phone)
            c["spoken_phones"].add(spoken_phone)
            c["cards"].add(card)
            c["ips"].add(ip)
            c["emails"].add(other_email)
            c["spoken_emails"].add(spoken_email)
            texts = [
                f"Thanks {other['first']}, I'll ask {other['first']} {other['last']} to call {phone}.",
                f"my number is {spoken_phone}, or email {other['first'].lower()} {other['last'].lower()}.",
                f"Send it to {other['email']} or {other_email}, the card is {card}.",
                f"The VPN showed {ip} for {other['last']}'s laptop.",
                f"you can reach me at {spoken_email}",
                f"{other['first']}, please loop in {other['last']} about the invoice.",
            ]
            records["transcripts"].append(
                {
                    "segment_id": uid("seg"),
                    "meeting_id": meeting,
                    "participant_id": speaker["participant"],
                    "start_ms": 5000 * (s + 1),
                    "end_ms": 5000 * (s + 1) + 4000,
                    "text": texts[s],
                    "language": "en",
                }
            )
            records["chat"].append(
                {
                    "message_id": uid("msg"),
                    "meeting_id": meeting,
                    "sender_participant_id": speaker["participant"],
                    "recipient": "everyone",
                    "sent_at": f"2026-04-{1 + m:02d}T14:{10 + s:02d}:00Z",
                    "text": texts[(s + 2) % len(texts)],
                }
            )
        for p, person in enumerate(people):
            ip_field = f"198.51.100.{(m * PER_MEETING + p) % 250 + 1}"
            region, city = f"{_surname(rng, used)} County", f"{_surname(rng, used)} Springs"
            c["ip_fields"].add(ip_field)
            c["geo"].update({region, city})
            extra = f"{rng.choice(_WORDS)}-extra-{uid('x')}"
            c["extra_fields"].add(extra)
            records["telemetry"].append(
                {
                    "event_id": uid("evt"),
                    "meeting_id": meeting,
                    "participant_id": person["participant"],
                    "user_id": person["user"],
                    "account_id": person["account"],
                    "event_type": "error",
                    "occurred_at": start,
                    "client": {
                        "os": "macOS",
                        "app_version": "6.1.0",
                        "device_name": f"{person['first']}'s MacBook Pro",
                        "device_id": person["device"],
                    },
                    "network": {"ip_address": ip_field, "rtt_ms": 31.0},
                    "geo": {"country": "US", "region": region, "city": city},
                    "message": f"Camera failed for {person['first']} {person['last']}, callback {phone}",
                    "internal_notes": extra,
                }
            )
        # A malformed line full of canaries: quarantine is the only place it may go.
        malformed.append(dump({**records["transcripts"][-1], "start_ms": "soon"}))
    directory.mkdir(parents=True, exist_ok=True)
    for kind, items in records.items():
        write_input(directory / f"{kind}-0001.jsonl", items)
    write_input(directory / "transcripts-0002.jsonl", malformed)
    return CanarySet(c, directory)


_CACHE: dict[str, tuple[CanarySet, Run]] = {}


def canary_run(tmp_path_factory) -> tuple[CanarySet, Run]:
    """The CLI run on the canary set (cached for the whole test session)."""
    if "run" not in _CACHE:
        root = tmp_path_factory.mktemp("canary")
        canaries = build(root / "input")
        key_path = key_file(root, KEY)
        run = run_captured(run_args(root / "input", root / "output", key_path), root / "output")
        _CACHE["run"] = (canaries, run)
    return _CACHE["run"]
