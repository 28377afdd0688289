"""The sample's scenario tables: fictional people, their consent and the meetings they hold.

The ledger and the rosters cover every consent situation of the data
contract, section 2, each isolated in its own meeting or participant, so that
the outcome of every record is unambiguous. Each person and each meeting
*declares* its outcome here (``Person.content`` / ``Person.telemetry``,
``Meeting.content``); ``oracle.py`` only applies the contract's precedence
to these declarations, and ``sample.py`` turns the tables into records.

All people are fictional; domains are example.com / example.org, phone
numbers are 555 numbers and IP addresses come from the documentation ranges.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

__all__ = [
    "ACCOUNT_CONSENT",
    "AS_OF",
    "FILLER",
    "MALFORMED_CONSENT_SUBJECT",
    "MEETINGS",
    "PEOPLE",
    "Chat",
    "Consent",
    "Meeting",
    "Person",
    "Say",
]

#: The as-of time to run the sample with; the declared outcomes hold for it.
AS_OF = "2026-06-30T00:00:00Z"

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
MALFORMED_CONSENT_SUBJECT = "victor"


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
FILLER = (
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
