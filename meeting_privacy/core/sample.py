"""Embedded sample meetings: the demo's input and the end-to-end oracle.

``write_sample(directory)`` writes a small, realistic and fully deterministic
set of meetings (the same bytes on every call) in the input layout of the data
contract, section 1. The consent ledger and the rosters cover every consent
situation of section 2, each isolated in its own meeting or participant, so
that the outcome of every record is unambiguous. ``SampleInfo.expected`` says,
for every transcripts, chat and telemetry record written, which decision and
reason the pipeline must give it under the default policy
(``configs/policy.yaml``) at ``SampleInfo.as_of``.

The expected outcomes are *declared* per scenario in the tables below (each
person's own outcome for content and for telemetry, each meeting's outcome for
content whose speaker passes their own checks); they are deliberately not
computed by a second consent engine, so that a bug shared by two engines
cannot hide. The only logic here is the contract's reason precedence
(``_content_outcome``).

All people are fictional; domains are example.com / example.org, phone
numbers are 555 numbers and IP addresses come from the documentation ranges.
"""

from __future__ import annotations

import gzip
import io
import json
import random
import types
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, NamedTuple

import pyarrow as pa
import pyarrow.parquet as pq

__all__ = [
    "AS_OF",
    "MEETINGS",
    "PEOPLE",
    "ExpectedRow",
    "Meeting",
    "Person",
    "SampleInfo",
    "write_sample",
]

#: The as-of time to run the sample with; the expected outcomes hold for it.
AS_OF = "2026-06-30T00:00:00Z"
_SEED = 20260630

# Decisions and reasons (contract section 2, plus the project's two extras).
EMITTED = "emitted"
EXCLUDED = "excluded"
QUARANTINED = "quarantined"
NO_CONSENT = "no_consent"
CONSENT_WITHDRAWN = "consent_withdrawn"
NOT_AT_CAPTURE = "not_consented_at_capture"
ACCOUNT_OPT_OUT = "account_opt_out"
GUEST = "guest_participant"
UNKNOWN = "unknown_participant"
WITHOUT_CONSENT = "participant_without_consent"
PRIVATE_CHAT = "private_chat"
CONSENT_UNREADABLE = "consent_unreadable"
ROSTER_UNREADABLE = "roster_unreadable"
MALFORMED = "malformed"
DUPLICATE = "duplicate_record"
UNSUPPORTED_LANGUAGE = "unsupported_language"

FILES = (
    "participants-0001.jsonl",
    "consent-0001.jsonl",
    "consent-0002.jsonl.gz",
    "transcripts-0001.jsonl",
    "transcripts-0002.jsonl.gz",
    "chat-0001.jsonl",
    "telemetry-0001.jsonl",
    "telemetry-0002.parquet",
)


# --------------------------------------------------------------------------
# The scenario tables
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Consent:
    """One consent-ledger event that a scenario declares for its subject."""

    decision: str
    category: str
    recorded_at: str
    purpose: str = "ai_training"
    source: str = "user"


def _grant(category: str = "all", at: str = "2026-01-08T09:00:00Z") -> Consent:
    return Consent("grant", category, at)


@dataclass(frozen=True)
class Person:
    """A fictional person, their consent events and their declared outcome.

    ``content`` and ``telemetry`` are the outcomes of the person's *own*
    checks (contract section 2, rules 1-4) for records they speak, send or
    generate: ``emitted`` when they pass.
    """

    key: str
    name: str
    user_id: str | None  # None: a guest
    account: str
    country: str | None
    region: str | None
    city: str | None
    device: str
    os: str
    consent: tuple[Consent, ...]
    content: str
    telemetry: str
    why: str

    @property
    def first(self) -> str:
        return self.name.split()[0]

    @property
    def email(self) -> str:
        return f"{self.name.lower().replace(' ', '.')}@{_DOMAINS[self.account]}"


_DOMAINS = {
    "acct-northwind": "example.com",
    "acct-globex": "example.org",
    "acct-initech": "example.org",
}

# Account-level ledger events (subject_type account, recorded by an admin).
ACCOUNT_CONSENT: dict[str, tuple[Consent, ...]] = {
    # Rule 1: an account opt-out covers everyone in it (Hiro granted himself).
    "acct-globex": (Consent("deny", "all", "2026-02-01T08:00:00Z", source="admin"),),
    # Rule 3: an account grant never stands in by default
    # (allow_account_consent_for: []), so Olivia's silence stays silence.
    "acct-initech": (Consent("grant", "all", "2026-01-05T08:00:00Z", source="admin"),),
}

_NW = "acct-northwind"
_E = EMITTED

# fmt: off
PEOPLE: dict[str, Person] = {p.key: p for p in (
    # --- people who may be used -------------------------------------------
    Person("priya", "Priya Raman", "u-priya-raman", _NW, "US", "California",
           "San Francisco", "Priya's MacBook Pro", "macOS",
           (_grant("all", "2026-01-08T09:00:00Z"),), _E, _E,
           "category `all` grant before every meeting"),
    Person("marcus", "Marcus Chen", "u-marcus-chen", _NW, "US", "Washington",
           "Seattle", "Marcus's ThinkPad X1", "Windows",
           (_grant("content", "2026-01-09T10:00:00Z"),
            _grant("telemetry", "2026-01-09T10:05:00Z")), _E, _E,
           "separate content and telemetry grants"),
    Person("jane", "Jane Doe", "u-jane-doe", _NW, "US", "New York", "New York",
           "Jane's iPhone 15", "iOS",
           (_grant("all", "2026-01-10T16:30:00Z"),), _E, _E,
           "granted before the meeting"),
    Person("tom", "Tom Becker", "u-tom-becker", _NW, "DE", "Berlin", "Berlin",
           "Tom's Dell XPS 13", "Linux",
           (_grant("all", "2026-01-12T08:00:00Z"),), _E, _E,
           "strict country (DE), own grant"),
    Person("sofia", "Sofia Alvarez", "u-sofia-alvarez", _NW, "ES", "Madrid",
           "Madrid", "Sofia's iPad Air", "iPadOS",
           (_grant("all", "2026-01-13T11:00:00Z"),), _E, _E,
           "strict country (ES), own grant"),
    Person("aisha", "Aisha Okafor", "u-aisha-okafor", _NW, "GB", "England",
           "London", "Aisha's Surface Laptop", "Windows",
           (_grant("all", "2026-01-14T09:30:00Z"),), _E, _E,
           "strict country (GB), own grant"),
    Person("lena", "Lena Fischer", "u-lena-fischer", _NW, None, None, None,
           "Lena's Chromebook", "ChromeOS",
           (_grant("all", "2026-01-15T13:00:00Z"),), _E, _E,
           "no country (counts as strict), own grant; rejoins (two roster rows)"),
    Person("mia", "Mia Rossi", "u-mia-rossi", _NW, "IT", "Lazio", "Rome",
           "Mia's MacBook Air", "macOS",
           (_grant("all", "2026-01-16T10:00:00Z"),), _E, _E,
           "granted, but her roster line is malformed"),
    # --- one failing rule per person ----------------------------------------
    Person("noah", "Noah Patel", "u-noah-patel", _NW, "US", "Texas", "Austin",
           "Noah's Pixel 8", "Android",
           (_grant("content", "2026-01-17T09:00:00Z"),), _E, NO_CONSENT,
           "content-only grant: telemetry not granted"),
    Person("rachel", "Rachel Kim", "u-rachel-kim", _NW, "US", "Oregon",
           "Portland", "Rachel's MacBook Pro", "macOS",
           (_grant("telemetry", "2026-01-17T10:00:00Z"),), NO_CONSENT, _E,
           "telemetry-only grant: content not granted"),
    Person("ben", "Ben Carter", "u-ben-carter", _NW, "US", "Illinois",
           "Chicago", "Ben's HP EliteBook", "Windows",
           (), NO_CONSENT, NO_CONSENT,
           "silent: no consent event at all"),
    Person("dana", "Dana Whitfield", "u-dana-whitfield", _NW, "US",
           "Massachusetts", "Boston", "Dana's MacBook Pro", "macOS",
           (Consent("deny", "all", "2026-01-18T12:00:00Z"),),
           NO_CONSENT, NO_CONSENT, "explicit deny"),
    Person("omar", "Omar Haddad", "u-omar-haddad", _NW, "CA", "Ontario",
           "Toronto", "Omar's Galaxy Tab", "Android",
           (Consent("grant", "all", "2026-01-19T09:00:00Z", purpose="analytics"),),
           NO_CONSENT, NO_CONSENT,
           "granted only for another purpose (analytics)"),
    Person("grace", "Grace Liu", "u-grace-liu", _NW, "US", "California",
           "Oakland", "Grace's MacBook Pro", "macOS",
           (_grant("all", "2026-01-20T09:00:00Z"),
            Consent("withdraw", "all", "2026-05-20T18:00:00Z")),
           CONSENT_WITHDRAWN, CONSENT_WITHDRAWN,
           "granted, then withdrew after the meeting, before as-of"),
    Person("ethan", "Ethan Brooks", "u-ethan-brooks", _NW, "US", "Colorado",
           "Denver", "Ethan's ThinkPad T14", "Linux",
           (_grant("all", "2026-07-15T09:00:00Z"),), NO_CONSENT, NO_CONSENT,
           "grant recorded after as-of: does not exist for the run"),
    Person("yuki", "Yuki Tanaka", "u-yuki-tanaka", _NW, "JP", "Tokyo", "Tokyo",
           "Yuki's MacBook Pro", "macOS",
           (_grant("all", "2026-05-04T09:00:00Z"),), NOT_AT_CAPTURE,
           NOT_AT_CAPTURE, "grant recorded after the meeting, before as-of"),
    Person("carlos", "Carlos Mendes", "u-carlos-mendes", _NW, "BR",
           "Sao Paulo", "Sao Paulo", "Carlos's Dell Latitude", "Windows",
           (_grant("all", "2026-02-10T12:00:00Z"),
            Consent("deny", "all", "2026-02-10T12:00:00Z")),
           NO_CONSENT, NO_CONSENT, "grant and deny at the same instant"),
    Person("hiro", "Hiro Sato", "u-hiro-sato", "acct-globex", "JP", "Osaka",
           "Osaka", "Hiro's VAIO", "Windows",
           (_grant("all", "2026-01-21T01:00:00Z"),), ACCOUNT_OPT_OUT,
           ACCOUNT_OPT_OUT, "granted himself, but his account opted out"),
    Person("olivia", "Olivia Park", "u-olivia-park", "acct-initech", "US",
           "Ohio", "Columbus", "Olivia's MacBook Air", "macOS",
           (), NO_CONSENT, NO_CONSENT,
           "silent; only her account (admin) granted"),
    Person("sam", "Sam Rivera", "u-sam-rivera", _NW, "US", "Arizona",
           "Phoenix", "Sam's Surface Pro", "Windows",
           (Consent("grant", "all", "2026-01-22T09:00:00Z", source="admin"),),
           NO_CONSENT, NO_CONSENT,
           "an admin recorded a grant on his user subject (ignored, D1)"),
    Person("victor", "Victor Nunez", "u-victor-nunez", _NW, "US", "Florida",
           "Miami", "Victor's MacBook Pro", "macOS",
           (_grant("all", "2026-01-23T09:00:00Z"),), CONSENT_UNREADABLE,
           CONSENT_UNREADABLE,
           "granted, but one of his consent lines is unreadable"),
    Person("alex", "Alex Morgan", None, _NW, "US", "Illinois", "Evanston",
           "Alex's iPhone 14", "iOS", (), GUEST, GUEST,
           "guest (no user_id)"),
    # Speaks in meeting 10 but is missing from its roster.
    Person("ghost", "Chris Dalton", "u-chris-dalton", _NW, "US", "Nevada",
           "Reno", "Chris's Galaxy S23", "Android", (), UNKNOWN, UNKNOWN,
           "missing from the roster"),
)}
# fmt: on

# A consent line that cannot be read, though its subject_id can: it makes
# that subject count as not granting anything (consent_unreadable). It looks
# like a withdrawal, which is why failing closed matters.
_MALFORMED_CONSENT_SUBJECT = "victor"


class Say(NamedTuple):
    """One scripted transcript line; ``language`` None omits the field."""

    speaker: str
    text: str
    language: str | None = "en"


class Chat(NamedTuple):
    """One scripted chat message; ``to`` is a person key or ``everyone``."""

    sender: str
    text: str
    to: str = "everyone"


@dataclass(frozen=True)
class Meeting:
    """A meeting, its roster and the rule it exercises.

    ``content`` is the outcome of content whose speaker or sender passes their
    own checks: ``emitted``, ``participant_without_consent`` (someone on the
    roster may not be used, or someone off the roster speaks) or
    ``roster_unreadable``.
    """

    number: int
    slug: str
    start: str
    roster: tuple[str, ...]  # person keys, host first
    content: str
    why: str
    script: tuple[Say, ...]
    chat: tuple[Chat, ...]
    filler: int = 18
    off_roster: tuple[str, ...] = ()  # speak or send but are not on the roster
    bad_roster_line: str | None = None  # whose roster line is malformed
    rejoins: tuple[str, ...] = ()  # have a second roster entry
    duplicate: int | None = None  # script index exported twice
    errors: tuple[tuple[str, str], ...] = ()  # telemetry error messages
    mismatched_user: tuple[str, str] | None = None  # (roster key, user key)

    @property
    def meeting_id(self) -> str:
        return f"mtg-{self.number:02d}-{self.slug}"

    def participant_id(self, key: str) -> str:
        return f"pt-{self.number:02d}-{key}"


# fmt: off
MEETINGS: tuple[Meeting, ...] = (
    Meeting(
        1, "roadmap", "2026-03-03T15:00:00Z", ("priya", "marcus", "jane"), EMITTED,
        "everyone granted before the meeting (category `all` and split "
        "grants); private chat; a segment exported twice",
        (
            Say("priya", "Morning Marcus, morning Jane. Let's walk through the "
                         "Q2 roadmap."),
            Say("marcus", "Before we start, Jane, can you send the deck to "
                          "marcus.chen@example.com?"),
            Say("jane", "Sure. If it bounces, my address is jane dot doe at "
                        "example dot com."),
            Say("priya", "If anyone needs me during the offsite, call me at "
                         "(555) 555-0134."),
            Say("jane", "My desk line is five five five, one two three, "
                        "four five six seven."),
            Say("marcus", "Jane Doe's churn analysis is the reason we're "
                          "prioritising exports."),
            Say("priya", "The offsite is at 1200 Harbor View Drive, "
                         "Springfield, same as last year."),
            Say("jane", "For the travel booking HR needs my date of birth, "
                        "it's the fourteenth of March, 1990."),
            Say("marcus", "Let's lock the export feature for the May release."),
        ),
        (
            Chat("priya", "Agenda: roadmap, exports, offsite logistics."),
            Chat("marcus", "Deck is in the shared drive under Q2."),
            Chat("jane", "Can you resend the invite? My calendar ate it.", "priya"),
            Chat("priya", "Done, sent to jane.doe@example.com.", "jane"),
            Chat("jane", "Export spec draft: https://docs.example.com/exports-v2"),
        ),
        duplicate=8,
        errors=(("priya", "Calendar sync failed for priya.raman@example.com"),),
    ),
    Meeting(
        2, "design-review", "2026-03-10T09:00:00Z",
        ("tom", "sofia", "aisha", "lena", "noah"), EMITTED,
        "everyone granted content (strict countries and a missing country "
        "with own grants; Noah granted content only, so his telemetry is "
        "no_consent); one French segment; Lena rejoins; malformed lines",
        (
            Say("tom", "Welcome everyone, today is the settings page review."),
            Say("sofia", "Tom, I pushed the new mockups last night."),
            Say("noah", "Quick note, my mobile is 555-0178 if the bridge drops."),
            Say("aisha", "I'll cover Lena's notes until she rejoins."),
            Say("lena", "Back now, sorry, my laptop restarted."),
            Say("sofia", "On peut garder le même écran pour la version mobile.",
                "fr"),
            Say("tom", "Sofia, could you say that in English for the notes?"),
            Say("sofia", "Sure: we can keep the same screen for the mobile "
                         "version."),
            Say("noah", "Send feedback to noah.patel@example.com or post it "
                        "in the channel."),
        ),
        (
            Chat("tom", "Mockups: https://design.example.com/settings"),
            Chat("aisha", "Contrast on the toggle labels looks low to me."),
            Chat("lena", "Dropped for a minute, catching up now."),
            Chat("noah", "I can pair on the toggle component tomorrow."),
        ),
        rejoins=("lena",),
        errors=(("tom", "Audio device lost for Tom Becker"),),
    ),
    Meeting(
        3, "standup", "2026-03-17T16:00:00Z", ("priya", "ben", "rachel"),
        WITHOUT_CONSENT,
        "Ben never answered (silence); Rachel granted telemetry only; a "
        "private message is private_chat before any consent check",
        (
            Say("priya", "Quick standup, Ben you're first."),
            Say("ben", "Yesterday I fixed the export bug, today I'm on the CSV "
                       "parser."),
            Say("rachel", "Rachel here, I'm blocked on the staging credentials."),
            Say("ben", "I'm on call this week, page me at 555-0112."),
            Say("priya", "Rachel's blocker goes first after standup."),
        ),
        (
            Chat("ben", "CSV parser PR is up for review."),
            Chat("ben", "Can you approve my PTO for Friday?", "priya"),
            Chat("rachel", "Who has admin on staging?"),
        ),
        filler=16,
    ),
    Meeting(
        4, "retro", "2026-03-24T17:00:00Z", ("marcus", "dana", "omar"),
        WITHOUT_CONSENT,
        "Dana denied; Omar granted only for analytics",
        (
            Say("marcus", "Let's start the retro. What went well?"),
            Say("dana", "The release went smoothly, thanks to Omar's checklist."),
            Say("omar", "What didn't go well: the pager woke me at three in the "
                        "morning."),
            Say("dana", "Omar Haddad deserves a day off for that."),
        ),
        (
            Chat("dana", "Retro board: https://retro.example.com/board/42"),
            Chat("omar", "+1 to moving the release to Tuesdays."),
        ),
        filler=16,
    ),
    Meeting(
        5, "escalation", "2026-04-07T14:00:00Z", ("priya", "grace", "ethan"),
        WITHOUT_CONSENT,
        "Grace granted then withdrew; Ethan's grant is recorded after as-of",
        (
            Say("priya", "Grace, can you summarise the customer escalation?"),
            Say("grace", "Their admin is Maria Lopez, maria.lopez@example.org, "
                         "and she wants a call today."),
            Say("ethan", "I'll call her back on five five five, zero one nine "
                         "zero."),
            Say("grace", "Ethan's fix for the export timeout should go out "
                         "tonight."),
        ),
        (
            Chat("grace", "Ticket: https://support.example.com/t/88123"),
            Chat("ethan", "Hotfix branch is green."),
        ),
        errors=(("grace", "Microphone permission denied for Grace Liu"),),
    ),
    Meeting(
        6, "incident-review", "2026-04-14T13:00:00Z", ("aisha", "yuki", "carlos"),
        WITHOUT_CONSENT,
        "Yuki granted only after the meeting (not at capture); Carlos's grant "
        "and deny share one instant",
        (
            Say("aisha", "Let's review Sunday's outage."),
            Say("yuki", "I was paged at two, I'm Yuki Tanaka from the SRE "
                        "rotation."),
            Say("carlos", "The root cause was the expired certificate on the "
                          "gateway."),
            Say("aisha", "Yuki's timeline is good, let's add it to the "
                         "postmortem."),
            Say("carlos", "You can reach me on +1 555 0147 if it recurs."),
        ),
        (
            Chat("yuki", "Timeline doc: https://wiki.example.com/inc/2026-04-12"),
            Chat("carlos", "Cert renewal is now automated."),
        ),
    ),
    Meeting(
        7, "partner-sync", "2026-04-21T15:00:00Z", ("priya", "marcus", "hiro"),
        WITHOUT_CONSENT,
        "Hiro granted himself but his account (Globex) opted out",
        (
            Say("hiro", "Hiro Sato from Globex; reach me at hiro.sato@example.org."),
            Say("priya", "Hiro, can your team share the integration logs?"),
            Say("marcus", "We saw retries from Globex's webhook every night."),
            Say("hiro", "I'll send them to Marcus by Thursday."),
        ),
        (
            Chat("hiro", "Logs will land in the shared bucket."),
            Chat("marcus", "Thanks Hiro."),
        ),
    ),
    Meeting(
        8, "vendor-onboarding", "2026-04-28T16:00:00Z", ("marcus", "olivia", "sam"),
        WITHOUT_CONSENT,
        "Olivia is silent while her account (Initech) granted; Sam's grant "
        "was recorded by an admin on his user subject",
        (
            Say("olivia", "Olivia from Initech. Our billing address is 88 "
                          "Quarry Road, Riverton, Ohio."),
            Say("sam", "Sam Rivera here, I'll set up the SSO connection."),
            Say("marcus", "Olivia, who should get the admin invite?"),
            Say("olivia", "Send it to olivia.park@example.org please."),
        ),
        (
            Chat("olivia", "Our IdP metadata URL: https://sso.example.org/meta"),
            Chat("sam", "SSO test tenant is ready."),
        ),
    ),
    Meeting(
        9, "office-hours", "2026-05-05T17:00:00Z", ("jane", "tom", "alex"),
        WITHOUT_CONSENT,
        "a guest (no user_id) is in the room",
        (
            Say("alex", "Hi, I'm Alex, a guest from the design agency."),
            Say("jane", "Welcome Alex, ask anything about the API."),
            Say("alex", "You can reach me at alex.morgan@example.org after "
                        "this."),
            Say("tom", "Alex's question about pagination comes up a lot."),
        ),
        (
            Chat("alex", "Is there a sandbox key I can use?"),
            Chat("jane", "Yes, docs at https://developer.example.com/sandbox"),
        ),
        errors=(("alex", "Guest Alex Morgan could not join the breakout room"),),
    ),
    Meeting(
        10, "hiring-debrief", "2026-05-12T15:00:00Z", ("priya", "aisha"),
        WITHOUT_CONSENT,
        "someone missing from the roster speaks and chats; telemetry from an "
        "off-roster participant and one whose user_id contradicts the roster",
        (
            Say("ghost", "Sorry, dialling in from the car, this is Chris from "
                         "recruiting."),
            Say("priya", "Chris, I don't see you on the invite list."),
            Say("aisha", "The candidate's phone is 555-0165, I'll send the "
                         "offer details."),
            Say("ghost", "I'll forward the feedback to chris.dalton@example.com."),
        ),
        (
            Chat("ghost", "Joining from my phone, audio only."),
            Chat("aisha", "Scorecards due by Friday."),
        ),
        off_roster=("ghost",),
        mismatched_user=("aisha", "priya"),
    ),
    Meeting(
        11, "platform-planning", "2026-05-19T14:00:00Z", ("tom", "victor", "sofia"),
        WITHOUT_CONSENT,
        "one of Victor's consent lines cannot be read (subject_id readable)",
        (
            Say("victor", "Victor Nunez here, I own the data platform budget."),
            Say("tom", "Victor's estimate was forty nodes for the new cluster."),
            Say("sofia", "We can start with twenty and scale on demand."),
        ),
        (
            Chat("victor", "Budget sheet is in the finance folder."),
            Chat("sofia", "Capacity plan draft is ready for review."),
        ),
        errors=(("victor", "Screen share failed for victor.nunez@example.com"),),
    ),
    Meeting(
        12, "launch-readiness", "2026-05-26T16:00:00Z", ("marcus", "jane", "mia"),
        ROSTER_UNREADABLE,
        "Mia's roster line is malformed (bad role): no content of the meeting "
        "is used; telemetry of the others is decided normally",
        (
            Say("mia", "Mia Rossi, launch comms; my number is 555-0153."),
            Say("marcus", "Mia, send the press list to launch@example.com."),
            Say("jane", "The status page copy is approved."),
        ),
        (
            Chat("mia", "Press embargo lifts at nine Eastern."),
            Chat("jane", "Can you check the launch FAQ wording?", "marcus"),
        ),
        filler=16,
        bad_roster_line="mia",
    ),
)
# fmt: on

# Ordinary meeting talk, mostly free of personal data; ``{first}`` and
# ``{full}`` name another participant of the meeting.
_FILLER = (
    "Let's get started, we have a lot to cover today.",
    "Can everyone see my screen?",
    "The latency numbers look better since we moved the cache.",
    "I think we should push the migration to next sprint.",
    "The flaky test in the billing service is back.",
    "We're at about eighty percent of the rollout.",
    "Do we have a rollback plan if the schema change fails?",
    "I'll file a ticket for that after the call.",
    "The dashboard shows error rates under one percent.",
    "Let's timebox this to five minutes.",
    "Customers keep asking for offline mode.",
    "We need design sign-off before we build the settings page.",
    "The new onboarding flow cut drop-off by a third.",
    "I'm still waiting on the security review.",
    "Let's not block the release on that.",
    "Can we get metrics on how often people use search?",
    "The API rate limits are too aggressive for batch jobs.",
    "Staging is green as of this morning.",
    "We should deprecate the v1 endpoints by the end of the quarter.",
    "The accessibility audit found a few contrast issues.",
    "Mobile crash rate went down after the last patch.",
    "I'll write up the decision record.",
    "Does anyone object to moving the standup to ten?",
    "We're over budget on compute this month.",
    "Let's add an alert for queue depth.",
    "The feature flag is on for internal users only.",
    "I can take the action item on documentation.",
    "Sounds good to me.",
    "Yeah, agreed.",
    "Sorry, I was on mute.",
    "Could you repeat that last part?",
    "Let's take that offline.",
    "Any other blockers?",
    "Okay, next item.",
    "We should check with legal before we ship that.",
    "Load tests passed at twice the expected traffic.",
    "The search index rebuild takes about forty minutes.",
    "Let's keep the scope small for the first version.",
    "Support tickets about login dropped this week.",
    "The memory leak was in the image resizer.",
    "I'd like a second reviewer on that pull request.",
    "We have three open incidents, all low severity.",
    "Thanks, {first}.",
    "{first}, do you want to walk us through it?",
    "I agree with {first}'s proposal.",
    "{full} owns the follow-up on that.",
    "Over to you, {first}.",
    "Let's hear from {first} on the estimate.",
    "I synced with {full} yesterday and we're aligned.",
)


# --------------------------------------------------------------------------
# Expected outcomes: the contract's precedence over the declared outcomes
# --------------------------------------------------------------------------


def _decision(reason: str) -> str:
    if reason == EMITTED:
        return EMITTED
    return QUARANTINED if reason == MALFORMED else EXCLUDED


def _content_outcome(meeting: Meeting, speaker: str, *, private: bool = False, language: str = "en") -> str:
    """Reason for one well-formed, first-seen content record (D7 order)."""
    if meeting.content == ROSTER_UNREADABLE:
        return ROSTER_UNREADABLE
    if private:
        return PRIVATE_CHAT
    own = PEOPLE[speaker].content
    if own != EMITTED:
        return own
    if meeting.content != EMITTED:
        return meeting.content
    if language != "en":
        return UNSUPPORTED_LANGUAGE
    return EMITTED


def _telemetry_outcome(meeting: Meeting, key: str) -> str:
    """Telemetry is decided by its own user's checks only."""
    if key in meeting.off_roster:
        return UNKNOWN
    return PEOPLE[key].telemetry


# --------------------------------------------------------------------------
# The builder
# --------------------------------------------------------------------------


class ExpectedRow(NamedTuple):
    """The expected audit outcome of one input line, in file and line order."""

    kind: str
    record_id: str
    decision: str
    reason: str
    file: str
    line: int  # 1-based; the row number for Parquet


@dataclass(frozen=True)
class SampleInfo:
    """What ``write_sample`` wrote and what the pipeline must decide.

    Attributes:
        directory: The folder written.
        as_of: The as-of time to run with.
        files: The file names written, in ``FILES`` order.
        rows: One row per transcripts, chat and telemetry input record,
            including every copy of a duplicated record; compare these as a
            multiset against the audit.
        expected: ``(kind, record_id) -> (decision, reason)`` for every record;
            a malformed line whose id cannot be read has record_id
            ``"<file>:<line>"``. A record id written twice (the duplicate
            scenario) maps to its first copy; ``duplicates`` holds the rest.
        duplicates: ``(kind, record_id) -> outcomes`` of the later copies.
        counts: Records read per kind (transcripts, chat, telemetry).
        reference_counts: Lines per reference kind (participants, consent).
    """

    directory: Path
    as_of: str
    files: tuple[str, ...]
    rows: tuple[ExpectedRow, ...]
    expected: Mapping[tuple[str, str], tuple[str, str]]
    duplicates: Mapping[tuple[str, str], tuple[tuple[str, str], ...]]
    counts: Mapping[str, int]
    reference_counts: Mapping[str, int]


def _parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def _ts(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _dump(record: Mapping[str, Any]) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


@dataclass
class _Builder:
    """Collects lines per file and the expected outcome of each record."""

    lines: dict[str, list[bytes]] = field(default_factory=dict)
    parquet_rows: list[dict[str, Any]] = field(default_factory=list)
    rows: list[ExpectedRow] = field(default_factory=list)

    def line(self, file: str, raw: bytes) -> int:
        """Append one raw line; returns its 1-based line number."""
        self.lines.setdefault(file, []).append(raw)
        return len(self.lines[file])

    def record(self, kind: str, file: str, record: Mapping[str, Any], record_id: str, reason: str) -> None:
        self.raw(kind, file, _dump(record), record_id, reason)

    def raw(self, kind: str, file: str, raw: bytes, record_id: str | None, reason: str) -> None:
        """Append a line; ``record_id`` None means it cannot be read."""
        number = self.line(file, raw)
        rid = record_id if record_id is not None else f"{file}:{number}"
        self.rows.append(ExpectedRow(kind, rid, _decision(reason), reason, file, number))

    def parquet(self, record: dict[str, Any], reason: str) -> None:
        file = "telemetry-0002.parquet"
        self.parquet_rows.append(record)
        self.rows.append(
            ExpectedRow(
                "telemetry",
                record["event_id"],
                _decision(reason),
                reason,
                file,
                len(self.parquet_rows),
            )
        )


def _roster(meeting: Meeting) -> list[dict[str, Any]]:
    """Roster rows: the host joins 2 minutes early, the others on time-ish."""
    start = _parse(meeting.start)
    rows = []
    for i, key in enumerate(meeting.roster):
        person = PEOPLE[key]
        joined = start + timedelta(minutes=-2 if i == 0 else i - 1, seconds=7 * i)
        left = start + timedelta(minutes=45, seconds=11 * i)
        role = "host" if i == 0 else "attendee"
        if person.user_id is None:
            role = "guest"
        elif i == 1 and len(meeting.roster) > 3:
            role = "co_host"
        spans = [(joined, left)]
        if key in meeting.rejoins:
            spans = [(joined, start + timedelta(minutes=18)), (start + timedelta(minutes=21), left)]
        for joined_at, left_at in spans:
            row: dict[str, Any] = {
                "meeting_id": meeting.meeting_id,
                "participant_id": meeting.participant_id(key),
                "user_id": person.user_id,
                "account_id": person.account,
                "display_name": person.name,
                "email": person.email,
                "role": role,
                "country": person.country,
                "joined_at": _ts(joined_at),
                "left_at": _ts(left_at),
            }
            if person.country is None:
                del row["country"]  # optional field absent, not null
            rows.append(row)
    return rows


def _first_join(roster: Sequence[Mapping[str, Any]], meeting: Meeting, key: str) -> datetime:
    if key in meeting.off_roster:
        return _parse(meeting.start)
    pid = meeting.participant_id(key)
    return min(_parse(r["joined_at"]) for r in roster if r["participant_id"] == pid)


def _segments(
    meeting: Meeting, roster: Sequence[Mapping[str, Any]], rng: random.Random
) -> list[tuple[dict[str, Any], str]]:
    """Transcript segments with their expected reason, in speaking order."""
    speakers = [k for k in meeting.roster if k not in meeting.off_roster]
    total = len(meeting.script) + meeting.filler
    # Spread the scripted lines evenly among the filler.
    slots = {round(i * total / len(meeting.script)) for i in range(len(meeting.script))}
    script = iter(meeting.script)
    clock = _parse(meeting.start) + timedelta(minutes=3)
    out = []
    for index in range(total):
        if index in slots:
            say = next(script)
        else:
            speaker = rng.choice(speakers)
            other = PEOPLE[rng.choice([k for k in meeting.roster if k != speaker])]
            text = rng.choice(_FILLER).format(first=other.first, full=other.name)
            say = Say(speaker, text, rng.choice(("en", None)))
        duration_ms = 1500 + 60 * len(say.text) + rng.randrange(0, 900)
        start_ms = int((clock - _first_join(roster, meeting, say.speaker)).total_seconds())
        start_ms = start_ms * 1000 + rng.randrange(0, 1000)
        segment: dict[str, Any] = {
            "segment_id": f"seg-{meeting.number:02d}-{index + 1:04d}",
            "meeting_id": meeting.meeting_id,
            "participant_id": meeting.participant_id(say.speaker),
            "start_ms": start_ms,
            "end_ms": start_ms + duration_ms,
            "text": say.text,
        }
        if say.language is not None:
            segment["language"] = say.language
        segment["asr_confidence"] = round(0.82 + rng.random() * 0.17, 3)
        reason = _content_outcome(meeting, say.speaker, language=say.language or "en")
        out.append((segment, reason))
        clock += timedelta(milliseconds=duration_ms, seconds=rng.randrange(2, 40))
    return out


def _chat(meeting: Meeting, rng: random.Random) -> list[tuple[dict[str, Any], str]]:
    clock = _parse(meeting.start) + timedelta(minutes=4)
    out = []
    for index, message in enumerate(meeting.chat):
        clock += timedelta(minutes=rng.randrange(1, 7), seconds=rng.randrange(60))
        private = message.to != "everyone"
        record = {
            "message_id": f"msg-{meeting.number:02d}-{index + 1:03d}",
            "meeting_id": meeting.meeting_id,
            "sender_participant_id": meeting.participant_id(message.sender),
            "recipient": meeting.participant_id(message.to) if private else "everyone",
            "sent_at": _ts(clock),
            "text": message.text,
        }
        out.append((record, _content_outcome(meeting, message.sender, private=private)))
    return out


_IP_PREFIXES = ("192.0.2.", "198.51.100.", "203.0.113.")
_PEOPLE_ORDER = list(PEOPLE)


def _telemetry(
    meeting: Meeting, roster: Sequence[Mapping[str, Any]], rng: random.Random
) -> list[tuple[dict[str, Any], str]]:
    """Joins, network quality, errors and leaves, ordered by time."""
    spans = [
        (r["participant_id"].split("-", 2)[2], _parse(r["joined_at"]), _parse(r["left_at"]))
        for r in roster
        if r["participant_id"] != meeting.participant_id(meeting.bad_roster_line or "")
    ]
    for key in meeting.off_roster:  # their client reports, the roster does not
        start = _parse(meeting.start)
        spans.append((key, start + timedelta(minutes=1), start + timedelta(minutes=30)))
    events: list[tuple[datetime, str, str, dict[str, Any]]] = []
    for key, joined, left in spans:
        person = PEOPLE[key]
        n = _PEOPLE_ORDER.index(key)
        base = {
            "client": {
                "os": person.os,
                "app_version": f"6.{n % 4}.{n + 3}",
                "device_name": person.device,
                "device_id": f"dev-{n:03d}-{key}",
            },
            "geo": {"country": person.country, "region": person.region, "city": person.city},
        }
        ip = f"{_IP_PREFIXES[n % 3]}{10 + n}"
        events.append((joined, key, "join", {**base, "network": {"ip_address": ip}}))
        for minutes in (9, 24):
            if joined + timedelta(minutes=minutes) < left:
                network = {
                    "ip_address": ip,
                    "rtt_ms": 20 + rng.randrange(0, 180),
                    "jitter_ms": rng.randrange(1, 30),
                    "packet_loss_pct": round(rng.random() * 3, 2),
                    "bitrate_kbps": rng.choice((800, 1200, 1800, 2500)),
                }
                when = joined + timedelta(minutes=minutes, seconds=rng.randrange(60))
                events.append((when, key, "network_quality", {**base, "network": network}))
        events.append((left, key, "leave", base))
    for key, message in meeting.errors:
        when = _parse(meeting.start) + timedelta(minutes=12, seconds=rng.randrange(60))
        events.append((when, key, "error", {"message": message}))
    events.sort(key=lambda e: (e[0], e[1], e[2]))

    # One network event of this participant carries another user's user_id (D6).
    mismatch = meeting.mismatched_user
    out = []
    for index, (when, key, event_type, extra) in enumerate(events):
        person = PEOPLE[key]
        record: dict[str, Any] = {
            "event_id": f"evt-{meeting.number:02d}-{index + 1:03d}",
            "meeting_id": meeting.meeting_id,
            "participant_id": meeting.participant_id(key),
            "user_id": person.user_id,
            "account_id": person.account,
            "event_type": event_type,
            "occurred_at": _ts(when),
            **extra,
        }
        reason = _telemetry_outcome(meeting, key)
        if mismatch and mismatch[0] == key and event_type == "network_quality":
            record["user_id"] = PEOPLE[mismatch[1]].user_id  # contradicts the roster
            reason = UNKNOWN
            mismatch = None
        out.append((record, reason))
    return out


def _consent_lines() -> list[dict[str, Any]]:
    """The ledger, ordered by recorded_at, with sequential consent ids."""
    events = [("user", p.user_id, c) for p in PEOPLE.values() if p.user_id for c in p.consent] + [
        ("account", a, c) for a, cs in ACCOUNT_CONSENT.items() for c in cs
    ]
    events.sort(key=lambda e: (e[2].recorded_at, e[1], e[2].decision))
    return [
        {
            "consent_id": f"cns-{i + 1:04d}",
            "subject_type": subject_type,
            "subject_id": subject_id,
            "purpose": c.purpose,
            "data_category": c.category,
            "decision": c.decision,
            "recorded_at": c.recorded_at,
            "source": c.source,
        }
        for i, (subject_type, subject_id, c) in enumerate(events)
    ]


def _malformed_content(b: _Builder) -> None:
    """Lines of each kind that must be quarantined as malformed (meeting 2)."""
    m = MEETINGS[1]
    tom, sofia = m.participant_id("tom"), m.participant_id("sofia")
    # Broken JSON (a truncated export): its segment_id cannot be read.
    b.raw(
        "transcripts",
        "transcripts-0001.jsonl",
        b'{"segment_id": "seg-02-9001", "meeting_id": "'
        + m.meeting_id.encode()
        + b'", "participant_id": "'
        + tom.encode()
        + b'", "start_ms": 61000, "te',
        None,
        MALFORMED,
    )
    # A timestamp without a zone.
    b.record(
        "chat",
        "chat-0001.jsonl",
        {
            "message_id": "msg-02-901",
            "meeting_id": m.meeting_id,
            "sender_participant_id": sofia,
            "recipient": "everyone",
            "sent_at": "2026-03-10T09:31:00",
            "text": "Uploading the icons now.",
        },
        "msg-02-901",
        MALFORMED,
    )
    # A required field (text) missing.
    b.record(
        "chat",
        "chat-0001.jsonl",
        {
            "message_id": "msg-02-902",
            "meeting_id": m.meeting_id,
            "sender_participant_id": tom,
            "recipient": "everyone",
            "sent_at": "2026-03-10T09:33:00Z",
        },
        "msg-02-902",
        MALFORMED,
    )
    # Invalid UTF-8 bytes: the line cannot be decoded, so its id is not read.
    b.raw(
        "telemetry",
        "telemetry-0001.jsonl",
        b'{"event_id": "evt-02-901", "meeting_id": "'
        + m.meeting_id.encode()
        + b'", "participant_id": "'
        + tom.encode()
        + b'", "user_id": "u-tom-becker"'
        b', "account_id": "acct-northwind", "event_type": "error", "occurred_at": '
        b'"2026-03-10T09:20:00Z", "message": "Camera driver error \xff\xfe\xc3("}',
        None,
        MALFORMED,
    )


_MALFORMED_TRANSCRIPT_WRONG_TYPE = {
    # start_ms must be an integer (written into transcripts-0002.jsonl.gz).
    "segment_id": "seg-02-9002",
    "meeting_id": "mtg-02-design-review",
    "participant_id": "pt-02-aisha",
    "start_ms": "soon",
    "end_ms": 70000,
    "text": "Let me check the spacing tokens.",
    "language": "en",
}

_TELEMETRY_SCHEMA = pa.schema(
    [
        ("event_id", pa.string()),
        ("meeting_id", pa.string()),
        ("participant_id", pa.string()),
        ("user_id", pa.string()),
        ("account_id", pa.string()),
        ("event_type", pa.string()),
        ("occurred_at", pa.string()),
        (
            "client",
            pa.struct(
                [
                    ("os", pa.string()),
                    ("app_version", pa.string()),
                    ("device_name", pa.string()),
                    ("device_id", pa.string()),
                ]
            ),
        ),
        (
            "network",
            pa.struct(
                [
                    ("ip_address", pa.string()),
                    ("rtt_ms", pa.int64()),
                    ("jitter_ms", pa.int64()),
                    ("packet_loss_pct", pa.float64()),
                    ("bitrate_kbps", pa.int64()),
                ]
            ),
        ),
        (
            "geo",
            pa.struct([("country", pa.string()), ("region", pa.string()), ("city", pa.string())]),
        ),
        ("message", pa.string()),
    ]
)


def _parquet_bytes(rows: list[dict[str, Any]]) -> bytes:
    sink = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows, schema=_TELEMETRY_SCHEMA), sink)
    return sink.getvalue()


def _build() -> tuple[dict[str, bytes], list[ExpectedRow]]:
    """Every file's bytes and every record's expected outcome."""
    rng = random.Random(_SEED)
    b = _Builder()

    # Reference data: the roster (one malformed line) and the consent ledger.
    for meeting in MEETINGS:
        for row in _roster(meeting):
            key = row["participant_id"].split("-", 2)[2]
            if key == meeting.bad_roster_line:
                row["role"] = "presenter"  # not a contract role; meeting_id readable
            b.line("participants-0001.jsonl", _dump(row))
    for line in _consent_lines():
        late = line["recorded_at"] >= "2026-03-01"
        b.line("consent-0002.jsonl.gz" if late else "consent-0001.jsonl", _dump(line))
    victor = PEOPLE[_MALFORMED_CONSENT_SUBJECT].user_id
    b.line(
        "consent-0002.jsonl.gz",
        _dump(
            {
                "consent_id": "cns-9001",
                "subject_type": "user",
                "subject_id": victor,
                "purpose": "ai_training",
                "data_category": "all",
                "decision": "withdraw",
                "recorded_at": "2026-05-02T10:00:00",
                "source": "user",
            }
        ),
    )

    # Content and telemetry, meeting by meeting; meetings 7-12 go to the
    # second (gzip / Parquet) files, as a second export batch would.
    duplicates: list[tuple[dict[str, Any], str]] = []
    for meeting in MEETINGS:
        roster = _roster(meeting)
        later = meeting.number > 6
        transcript_file = "transcripts-0002.jsonl.gz" if later else "transcripts-0001.jsonl"
        segments = _segments(meeting, roster, rng)
        for segment, reason in segments:
            b.record("transcripts", transcript_file, segment, segment["segment_id"], reason)
        if meeting.duplicate is not None:
            scripted = [s for s, _ in segments if s["text"] == meeting.script[meeting.duplicate].text]
            duplicates.append((scripted[0], DUPLICATE))
        for message, reason in _chat(meeting, rng):
            b.record("chat", "chat-0001.jsonl", message, message["message_id"], reason)
        for event, reason in _telemetry(meeting, roster, rng):
            if later:
                b.parquet(event, reason)
            else:
                b.record("telemetry", "telemetry-0001.jsonl", event, event["event_id"], reason)
        if meeting.number == 2:
            _malformed_content(b)
        if meeting.number == 6:
            # The re-export batch starts with a copy of an already exported
            # segment (first copy in transcripts-0001.jsonl is used).
            for segment, reason in duplicates:
                b.record("transcripts", "transcripts-0002.jsonl.gz", segment, segment["segment_id"], reason)
            seg = _MALFORMED_TRANSCRIPT_WRONG_TYPE
            b.record("transcripts", "transcripts-0002.jsonl.gz", seg, seg["segment_id"], MALFORMED)

    data: dict[str, bytes] = {}
    for name in FILES:
        if name.endswith(".parquet"):
            data[name] = _parquet_bytes(b.parquet_rows)
            continue
        payload = b"".join(line + b"\n" for line in b.lines.get(name, []))
        data[name] = gzip.compress(payload, mtime=0) if name.endswith(".gz") else payload
    return data, b.rows


def write_sample(directory: Path) -> SampleInfo:
    """Write the sample meetings into ``directory`` and return the oracle.

    The bytes are the same on every call (fixed seed, gzip without a
    timestamp), so a demo run is reproducible and tests can compare outputs.

    Args:
        directory: The input folder to write; created if missing. Existing
            files of the same names are overwritten.

    Returns:
        The files written and the expected audit outcome of every record.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    data, rows = _build()
    for name, payload in data.items():
        (directory / name).write_bytes(payload)

    expected: dict[tuple[str, str], tuple[str, str]] = {}
    later: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for row in rows:
        key = (row.kind, row.record_id)
        if key in expected:
            later.setdefault(key, []).append((row.decision, row.reason))
        else:
            expected[key] = (row.decision, row.reason)
    counts = Counter(row.kind for row in rows)
    reference = {
        "participants": len(data["participants-0001.jsonl"].splitlines()),
        "consent": len(data["consent-0001.jsonl"].splitlines())
        + len(gzip.decompress(data["consent-0002.jsonl.gz"]).splitlines()),
    }
    return SampleInfo(
        directory=directory,
        as_of=AS_OF,
        files=FILES,
        rows=tuple(rows),
        expected=types.MappingProxyType(expected),
        duplicates=types.MappingProxyType({k: tuple(v) for k, v in later.items()}),
        counts=types.MappingProxyType({kind: counts[kind] for kind in ("transcripts", "chat", "telemetry")}),
        reference_counts=types.MappingProxyType(reference),
    )
