"""The outcome vocabulary: why a record was or was not used, what became of it, and what that means.

Every audit row carries one reason and one decision (contract section 4);
the manifest counts them, and the summary, the report and the dataset card
explain them. They all read the codes and their meanings here, so a new
reason is one entry in :class:`Reason` and one in ``_OUTCOMES`` (a test
checks that every reason has both).
"""

from __future__ import annotations

import enum
from typing import Mapping, NamedTuple


class Decision(enum.StrEnum):
    """What became of a record: the audit's ``decision`` column."""

    EMITTED = "emitted"
    EXCLUDED = "excluded"
    QUARANTINED = "quarantined"
    ERASED = "erased"  # removed after the run by ``meeting-privacy erase``


class Reason(enum.StrEnum):
    """Why a record was emitted, excluded, quarantined or erased (one per record)."""

    EMITTED = "emitted"
    NO_CONSENT = "no_consent"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    NOT_CONSENTED_AT_CAPTURE = "not_consented_at_capture"
    ACCOUNT_OPT_OUT = "account_opt_out"
    GUEST_PARTICIPANT = "guest_participant"
    UNKNOWN_PARTICIPANT = "unknown_participant"
    PARTICIPANT_WITHOUT_CONSENT = "participant_without_consent"
    PRIVATE_CHAT = "private_chat"
    CONSENT_UNREADABLE = "consent_unreadable"
    ROSTER_UNREADABLE = "roster_unreadable"
    DUPLICATE_RECORD = "duplicate_record"
    UNSUPPORTED_LANGUAGE = "unsupported_language"
    MALFORMED = "malformed"
    DEIDENTIFICATION_FAILED = "deidentification_failed"
    ERASURE_REQUEST = "erasure_request"  # the default reason of ``meeting-privacy erase``


class Outcome(NamedTuple):
    decision: Decision
    meaning: str  # in words a reviewer can act on


_OUTCOMES: Mapping[Reason, Outcome] = {
    Reason.EMITTED: Outcome(Decision.EMITTED, "used: consent holds and de-identification succeeded"),
    Reason.NO_CONSENT: Outcome(
        Decision.EXCLUDED,
        "the person has not granted consent for this purpose and category (silence, deny or a conflict)",
    ),
    Reason.CONSENT_WITHDRAWN: Outcome(Decision.EXCLUDED, "the person withdrew consent before the as-of time"),
    Reason.NOT_CONSENTED_AT_CAPTURE: Outcome(Decision.EXCLUDED, "consent was granted only after the data was captured"),
    Reason.ACCOUNT_OPT_OUT: Outcome(Decision.EXCLUDED, "the person's account opted out"),
    Reason.GUEST_PARTICIPANT: Outcome(Decision.EXCLUDED, "a guest (no user id) is never used"),
    Reason.UNKNOWN_PARTICIPANT: Outcome(
        Decision.EXCLUDED, "the record names someone missing from the meeting's roster"
    ),
    Reason.PARTICIPANT_WITHOUT_CONSENT: Outcome(
        Decision.EXCLUDED, "someone else in the meeting may not be used, so its conversation is not used"
    ),
    Reason.PRIVATE_CHAT: Outcome(Decision.EXCLUDED, "a private chat message (excluded by policy)"),
    Reason.CONSENT_UNREADABLE: Outcome(
        Decision.EXCLUDED, "a consent line of this person could not be read, so they count as not granting"
    ),
    Reason.ROSTER_UNREADABLE: Outcome(
        Decision.EXCLUDED, "a roster line of this meeting could not be read, so its content is not used"
    ),
    Reason.DUPLICATE_RECORD: Outcome(Decision.EXCLUDED, "a second copy of a record already processed"),
    Reason.UNSUPPORTED_LANGUAGE: Outcome(Decision.EXCLUDED, "content in a language the policy does not list"),
    Reason.MALFORMED: Outcome(Decision.QUARANTINED, "the input line failed validation (quarantined)"),
    Reason.DEIDENTIFICATION_FAILED: Outcome(
        Decision.QUARANTINED, "redaction failed, so the record was withheld (quarantined)"
    ),
    Reason.ERASURE_REQUEST: Outcome(
        Decision.ERASED,
        "erased after the run at the request of a person its use rested on (meeting-privacy erase)",
    ),
}

#: How the report names each decision.
DECISION_LABELS: Mapping[Decision, str] = {
    Decision.EMITTED: "used",
    Decision.EXCLUDED: "excluded",
    Decision.QUARANTINED: "quarantined",
    Decision.ERASED: "erased",
}

#: Reasons that send a record to quarantine rather than mark it excluded, in vocabulary order.
QUARANTINE_REASONS = tuple(r for r, outcome in _OUTCOMES.items() if outcome.decision is Decision.QUARANTINED)

#: A meeting's outcome when some of its content was emitted; otherwise it is its most common reason.
MEETING_KEPT = "kept"
#: A meeting's outcome when it had no content records at all (telemetry only).
MEETING_NO_CONTENT = "no_content"


def decision_of(reason: str) -> str:
    """The audit's ``decision`` column for a reason of this vocabulary (``ValueError`` for any other code).

    A plain string, as the audit row holds it: rows cross Beam's coders, which need no enum.
    """
    return str(_OUTCOMES[Reason(reason)].decision)


def meaning(code: str) -> str:
    """What a reason code means; empty for a code this version does not define.

    An erasure may carry an operator's own reason code, and a manifest may
    come from another version: their codes are shown without a meaning
    rather than refused.
    """
    try:
        return _OUTCOMES[Reason(code)].meaning
    except ValueError:
        return ""
