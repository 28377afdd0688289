"""The dataset card: what an ML engineer needs to know before training on a run.

``render_dataset_card(manifest)`` is a pure function of the run's manifest
(:class:`~meeting_privacy.core.manifest.Manifest`, which also computes its
totals; plus the output schemas in :mod:`meeting_privacy.schemas.outputs`, so the
column list can never drift from what was written). It returns Markdown
for ``DATASET_CARD.md`` in the output folder: each file and column, how the
data was de-identified, which consent it reflects, row counts and the known
limits. Like the manifest, it holds no personal data: the policy's
``allow_list`` is given as a count only.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional, Union

from meeting_privacy.core.manifest import DECISIONS, Manifest, by_count
from meeting_privacy.core.outcomes import Decision, meaning
from meeting_privacy.core.report import ENTITY_TEXT
from meeting_privacy.schemas.kinds import AUDITED_KINDS, KINDS
from meeting_privacy.schemas.outputs import SCHEMAS

__all__ = ["render_dataset_card", "COLUMN_TEXT"]

_PSEUDONYM = "keyed pseudonym (HMAC-SHA256, lower-case hex) of the input's `{field}`"

#: What each output column holds, per output. A test checks that every column of every
#: schema is described here, so a new column cannot ship undocumented.
COLUMN_TEXT: dict[str, dict[str, str]] = {
    "transcripts": {
        "segment_pseudonym": _PSEUDONYM.format(field="segment_id"),
        "meeting_pseudonym": _PSEUDONYM.format(field="meeting_id"),
        "speaker_pseudonym": "keyed pseudonym of the speaker's `user_id` (same person, same value in every meeting)",
        "start_ms": "start of the segment, milliseconds after the speaker joined the meeting",
        "end_ms": "end of the segment, milliseconds after the speaker joined the meeting",
        "language": "BCP 47 language tag of the segment, reduced to language, script and region "
        "(only the policy's languages are present)",
        "text": "the segment's words with personal data replaced by typed placeholders",
    },
    "chat": {
        "message_pseudonym": _PSEUDONYM.format(field="message_id"),
        "meeting_pseudonym": _PSEUDONYM.format(field="meeting_id"),
        "sender_pseudonym": "keyed pseudonym of the sender's `user_id`",
        "sent_hour": "when the message was sent, UTC, truncated to the policy's `time_granularity`",
        "text": "the message with personal data replaced by typed placeholders",
    },
    "telemetry": {
        "event_pseudonym": _PSEUDONYM.format(field="event_id"),
        "meeting_pseudonym": _PSEUDONYM.format(field="meeting_id"),
        "user_pseudonym": _PSEUDONYM.format(field="user_id"),
        "account_pseudonym": _PSEUDONYM.format(field="account_id"),
        "event_type": "the service's event type, lower-case words from a closed vocabulary; "
        "null when the input's was not of that form",
        "occurred_hour": "when the event occurred, UTC, truncated to the policy's `time_granularity`",
        "os": "client operating system family with an optional version number (`Windows 11`); "
        "null when the input's was not of that form",
        "app_version": "client application version number; null when the input's was not one",
        "device_pseudonym": _PSEUDONYM.format(field="device_id"),
        "device_name": "the device's name with personal data (often its owner's name) replaced by placeholders",
        "rtt_ms": "network round-trip time, milliseconds",
        "jitter_ms": "network jitter, milliseconds",
        "packet_loss_pct": "packet loss, percent",
        "bitrate_kbps": "bitrate, kilobits per second",
        "country": "ISO 3166-1 alpha-2 country of the client (region and city are dropped)",
        "message": "the event's free-text message with personal data replaced by placeholders",
    },
    "audit": {
        "kind": "`transcripts`, `chat` or `telemetry`",
        "record_pseudonym": "keyed pseudonym of the record's `segment_id`, `message_id` or `event_id`; "
        "null when a malformed line had no readable id",
        "decision": "`emitted`, `excluded`, `quarantined` or `erased` (removed later by `meeting-privacy erase`)",
        "reason": "why (one reason code per record; see below)",
        "entities_redacted": "number of spans redacted in the record (emitted records only)",
        "entity_counts": "spans redacted per entity type",
        "source_file": "input file path inside the input folder",
        "source_line": "line (or Parquet row) number in that file, from 1",
        "consent_receipts": "emitted records: keyed pseudonyms of the `consent_id`s of the grants the use rests "
        "on (the speaker's or user's at capture and as of the run; every room member's under "
        "`all_participants`)",
        "consent_subjects": "emitted records: keyed pseudonyms of the `user_id`s whose consent the use rests on",
    },
}

_FOLDER_TEXT = {
    **{kind: KINDS[kind].description for kind in AUDITED_KINDS},
    "audit": f"one row per {', '.join(AUDITED_KINDS[:-1])} and {AUDITED_KINDS[-1]} input record: "
    "what was decided and why",
    "quarantine": "raw input lines that failed validation or de-identification; owner-only, **never train on it**",
}


def render_dataset_card(manifest: Union[Manifest, Mapping[str, Any]], evaluation_link: Optional[str] = None) -> str:
    """The dataset card of one run, as Markdown.

    Args:
        manifest: the run's manifest, parsed or as ``manifest.json`` holds it.
        evaluation_link: where readers find the detector's measured recall;
            default: the project's ``docs/evaluation.md``, named as text
            since the card lives in the output folder, not in the project.

    Returns:
        Markdown text; the same manifest always gives the same text.
    """
    if not isinstance(manifest, Manifest):
        manifest = Manifest.from_json(manifest)
    run = manifest.run
    policy = run.policy
    settings = policy.get("deidentification") or {}
    totals = manifest.totals
    read, emitted = totals.read, totals.decided[Decision.EMITTED]
    evaluation = (
        f"[the detector evaluation]({evaluation_link})"
        if evaluation_link
        else f"`docs/evaluation.md` in the meeting-privacy project (version {_md(run.version)})"
    )
    lines: list[str] = [
        f"# Dataset card: meeting data for {_code(run.purpose)}",
        "",
    ]
    if run.demo_key:
        lines += [
            "> **Demo run.** The pseudonyms were made with the published demo key: they are not secret, "
            "and these files must not be used as a real training set.",
            "",
        ]
    lines += [
        "| | |",
        "|---|---|",
        f"| produced by | meeting-privacy {_md(run.version)} |",
        f"| purpose | {_code(run.purpose)} (only consent given for this purpose counts) |",
        f"| consent as of | {_md(run.as_of)} |",
        f"| policy SHA-256 | {_code(run.policy_sha256)} |",
        f"| pseudonym key | {_key_text(manifest)} |",
        f"| training rows | {_n(emitted)} of {_n(read)} records read ({_pct(emitted, read)}) |",
        "",
        "The run's full account (input files with SHA-256, counts per reason, the effective policy) is "
        "`manifest.json`; `report.html` shows the same as a privacy report.",
        "",
        "## Files",
        "",
        "| folder | holds | rows | files |",
        "|---|---|---:|---:|",
    ]
    rows = {
        **{kind: manifest.audited(kind).decided[Decision.EMITTED] for kind in AUDITED_KINDS},
        "audit": read,
        "quarantine": totals.quarantined_lines,
    }
    for name, n in rows.items():
        lines.append(f"| `{name}/` | {_FOLDER_TEXT[name]} | {_n(n)} | {_n(len(manifest.outputs.get(name, ())))} |")
    lines += [
        "",
        "Training and audit files are Parquet (snappy), one explicit schema per folder; read a folder "
        "whole, e.g. `pyarrow.parquet.read_table('transcripts')`. A folder with zero rows may hold no file.",
        "",
        "## Columns",
        "",
    ]
    for name in (*AUDITED_KINDS, "audit"):
        lines += [f"### `{name}/`", "", "| column | type | nullable | meaning |", "|---|---|---|---|"]
        for field in SCHEMAS[name]:
            meaning = COLUMN_TEXT.get(name, {}).get(field.name, "")
            lines.append(f"| `{field.name}` | `{field.type}` | {'yes' if field.nullable else 'no'} | {meaning} |")
        lines.append("")
    lines += _deidentification(policy, settings, manifest)
    lines += _consent(policy, manifest)
    lines += _tracing(manifest)
    lines += [
        "## Known limits",
        "",
        "- **Names the detector missed can remain in the text.** De-identification is statistical: the "
        "meeting's own roster names and emails are always found, but a name of someone *not* on the roster "
        "(a colleague mentioned in passing, a customer) is found only if the NER model and the recognizers "
        f"catch it. Measured recall per entity type is in {evaluation}. Do not publish the text, and do "
        "not train models that can reproduce training text verbatim without further safeguards.",
        "- **Placeholders are numbered per meeting.** `<PERSON_1>` in one meeting is not `<PERSON_1>` in "
        "another; within a meeting, one value keeps its placeholder.",
        "- **Pseudonyms are linkable.** One person has the same `speaker_pseudonym`, `sender_pseudonym` and "
        "`user_pseudonym` everywhere, so their rows can be joined across meetings and kinds. Whoever holds "
        "the key can find one person's rows (for an erasure request); nobody else can reverse them.",
        "- **Consent is a snapshot.** The set reflects consent as of the time above. A person who withdraws "
        "later is removed by `meeting-privacy erase` (or the next build); copies of this set made before "
        "must be deleted and replaced then.",
        "- **Selection bias.** Only meetings and people who opted in are present "
        f"({_pct(emitted, read)} of the records read); under `content_scope: "
        "all_participants` a meeting is used only if everyone in it consented, which tends to favour small "
        "meetings among consenting colleagues.",
        f"- **Language.** Only content in {_list(policy.get('languages'))} is present; other languages were "
        "excluded rather than redacted badly.",
        "- **Timestamps are coarse:** truncated to the "
        f"{_md(policy.get('time_granularity', 'hour'))}, so the set does not support finer timing analyses "
        "across records (within a transcript, `start_ms` and `end_ms` keep their precision).",
        "",
    ]
    return "\n".join(lines)


def _tracing(manifest: Manifest) -> list:
    """How an auditor walks from a training row to the consent that admitted it, and the erasures since."""
    lines = [
        "## Tracing a row to its consent",
        "",
        "Every training row has one `emitted` row in `audit/` with the same pseudonym (`segment_pseudonym`, "
        "`message_pseudonym` or `event_pseudonym` is the audit's `record_pseudonym`). That audit row's "
        "`consent_receipts` are the keyed pseudonyms of the consent events (`consent_id`) the use rests on, "
        "and `consent_subjects` those of the people (`user_id`) whose consent it is. Without the key, rows "
        'resting on the same grant can be grouped; with the key, `HMAC-SHA256(key, "consent_id:" + id)` '
        "of each ledger line finds the grants themselves. `meeting-privacy verify` checks, without the key, "
        "that every training row has such a receipt and that the files are those the manifest lists.",
        "",
    ]
    erasures = manifest.erasures or ()
    if erasures:
        lines += [
            "### Erasures since the build",
            "",
            "| when | request | reason | people | rows erased |",
            "|---|---|---|---:|---:|",
        ]
        for entry in erasures:
            lines.append(
                f"| {_md(entry.at)} | {_code(entry.request[:16])} | "
                f"{_code(entry.reason)} | {_n(entry.people)} | {_n(entry.rows_erased)} |"
            )
        lines.append("")
    return lines


def _deidentification(policy: Mapping[str, Any], settings: Mapping[str, Any], manifest: Manifest) -> list:
    entities = settings.get("entities") or []
    found = manifest.entities_redacted
    allow = settings.get("allow_list") or []
    lines = [
        "## How it was de-identified",
        "",
        "- **Identifiers** (`meeting_id`, `participant_id`, `user_id`, `account_id`, `segment_id`, "
        "`message_id`, `event_id`, `device_id`) are replaced by keyed pseudonyms: the lower-case hex of "
        "HMAC-SHA256(key, `FIELD:VALUE`). A speaker's or sender's pseudonym is that of their `user_id`.",
        "- **Free text** (`text`, `message`, `device_name`) went through Presidio with the project's "
        "recognizers (including spoken forms such as `five five five ...` and `jane dot doe at example dot "
        "com`) and the meeting's roster. Each detected span is replaced by a typed placeholder such as "
        "`<PERSON_1>` or `<PHONE_NUMBER_2>`.",
        f"- **Entity types detected:** {_list(entities)}; minimum score "
        f"{_md(settings.get('default_score_threshold', '?'))}"
        + (
            f", per type {_md(_pairs(settings.get('score_thresholds') or {}))}"
            if settings.get("score_thresholds")
            else ""
        )
        + f"; dates: {_code(settings.get('dates', '?'))}; country names "
        + ("kept" if settings.get("keep_countries") else "redacted")
        + f"; spaCy model {_code(settings.get('spacy_model', '?'))}; allow list: "
        + (f"{len(allow)} entr{'y' if len(allow) == 1 else 'ies'} (not shown)." if allow else "none."),
        "- **Never present:** IP addresses, display names, emails, regions and cities. Timestamps are "
        f"truncated to the {_md(policy.get('time_granularity', 'hour'))}.",
        "- **Closed forms:** `language`, `event_type`, `os`, `app_version` and `country` are copied only in a "
        "form that cannot carry a name (a registered language tag, words from a closed vocabulary, a known "
        "operating system and version number, a version number, a country code); other values were nulled: "
        + (_md(_pairs(manifest.nulled_fields)) if manifest.nulled_fields else "none in this run")
        + ".",
        "- **Fail closed:** a record whose de-identification raised is not in the training set; it is in "
        "`quarantine/` with reason `deidentification_failed`.",
        "",
        "Spans redacted in this run:",
        "",
        "| entity type | covers | spans |",
        "|---|---|---:|",
    ]
    for entity, n in by_count(found):
        lines.append(f"| {_code(entity)} | {ENTITY_TEXT.get(entity, '')} | {_n(n)} |")
    if not found:
        lines.append("| (none) | | 0 |")
    lines.append("")
    return lines


def _consent(policy: Mapping[str, Any], manifest: Manifest) -> list:
    scope = policy.get("content_scope", "?")
    scope_text = (
        "a meeting's transcripts and chat are used only if **every** participant on its roster may be used"
        if scope == "all_participants"
        else "each segment or message needs only its own speaker's or sender's consent"
    )
    lines = [
        "## What consent it reflects",
        "",
        f"Every row comes from a person who granted consent for {_code(policy.get('purpose', '?'))} "
        "themselves, for the data's category (`content` or `telemetry`), before the data was captured, and "
        f"still granted it at the as-of time; their account had not opted out. Guests and people missing "
        f"from a roster are never used. Content scope {_code(scope)}: {scope_text}.",
        "",
        "- Private chat: "
        + ("included when both ends may be used." if policy.get("include_private_chat") else "excluded."),
        "- Account (admin) grants stand in for a user's silence for: "
        f"{_list(policy.get('allow_account_consent_for')) or 'nothing'}"
        + (
            f"; never for participants in {_n(len(policy.get('strict_countries') or []))} strict countries "
            "(EU/EEA, UK, CH by default) or without a country."
            if policy.get("allow_account_consent_for")
            else "."
        ),
        "",
        "Records per kind and decision:",
        "",
        "| kind | read | emitted | excluded | quarantined | erased |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for kind in AUDITED_KINDS:
        c = manifest.audited(kind)
        lines.append(f"| {kind} | {_n(c.read)} | " + " | ".join(_n(c.decided[d]) for d in DECISIONS) + " |")
    reasons = manifest.totals.not_emitted
    lines += ["", "Why records were left out:", "", "| reason | meaning | records |", "|---|---|---:|"]
    for reason, n in reasons.items():
        lines.append(f"| {_code(reason)} | {meaning(reason)} | {_n(n)} |")
    if not reasons:
        lines.append("| (none) | | 0 |")
    lines.append("")
    return lines


def _key_text(manifest: Manifest) -> str:
    if manifest.run.demo_key:
        return "the published **demo** key (pseudonyms are not secret)"
    return f"a secret key ({_md(manifest.run.key_source)}); never written to any output"


def _md(value: object) -> str:
    """A manifest value made safe in Markdown text and tables: no markup, no HTML, no table break."""
    text = " ".join(str(value).split())
    for char in ("\\", "|", "`", "*", "_", "[", "]", "<", ">", "#"):
        text = text.replace(char, "\\" + char)
    return text


def _code(value: object) -> str:
    """A manifest value as a Markdown code span (inside which backslashes are literal)."""
    text = " ".join(str(value).split()).replace("`", "'").replace("|", "\\|")
    return f"`{text}`"


def _list(values: object) -> str:
    if not values:
        return ""
    return ", ".join(f"{_code(v)}" for v in values)  # type: ignore[union-attr]


def _pairs(mapping: Mapping[str, Any]) -> str:
    return ", ".join(f"{k} {v}" for k, v in mapping.items())


def _n(value: object) -> str:
    try:
        return f"{int(value):,}"  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return _md(value)


def _pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:.1f}%" if whole else "n/a"
