"""The embedded sample meetings: the scenario tables written as input files, with their oracle.

``write_sample(directory)`` writes a small, realistic and fully deterministic
set of meetings (the same bytes on every call) in the input layout of the data
contract, section 1: rosters, consent, transcripts, chat and telemetry in
JSON Lines, gzip and Parquet files, with lines broken on purpose.
``SampleInfo.expected`` says, for every transcripts, chat and telemetry record
written, which decision and reason the pipeline must give it under the
default policy (``configs/policy.yaml``) at ``SampleInfo.as_of``.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pyarrow as pa

from meeting_privacy.demo.oracle import (
    ExpectedRow,
    SampleInfo,
    content_outcome,
    decision,
    sample_info,
    telemetry_outcome,
)
from meeting_privacy.demo.scenarios import (
    ACCOUNT_CONSENT,
    DUPLICATE,
    FILLER,
    MALFORMED,
    MALFORMED_CONSENT_SUBJECT,
    MEETINGS,
    PEOPLE,
    UNKNOWN,
    Meeting,
    Say,
)
from meeting_privacy.demo.writer import Line, write_input

__all__ = ["FILES", "write_sample"]

_SEED = 20260630

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


def _parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def _ts(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class _Builder:
    """Collects the lines (Parquet rows) of each file and the expected outcome of each record."""

    lines: dict[str, list[Line]] = field(default_factory=dict)
    rows: list[ExpectedRow] = field(default_factory=list)

    def line(self, file: str, line: Line) -> int:
        """Append one line of a reference file; returns its 1-based line number."""
        self.lines.setdefault(file, []).append(line)
        return len(self.lines[file])

    def record(self, kind: str, file: str, line: Line, record_id: str | None, reason: str) -> None:
        """Append a record (or a raw line) and its outcome; ``record_id`` None: it cannot be read."""
        number = self.line(file, line)
        rid = record_id if record_id is not None else f"{file}:{number}"
        self.rows.append(ExpectedRow(kind, rid, decision(reason), reason, file, number))


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
            text = rng.choice(FILLER).format(first=other.first, full=other.name)
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
        reason = content_outcome(meeting, say.speaker, language=say.language or "en")
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
        out.append((record, content_outcome(meeting, message.sender, private=private)))
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
        reason = telemetry_outcome(meeting, key)
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
    b.record(
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
    b.record(
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

# Column types of the Parquet files (inferring them from the rows would vary with the data).
_PARQUET_SCHEMAS = {
    "telemetry-0002.parquet": pa.schema(
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
    ),
}


def _build() -> _Builder:
    """Every file's lines and every record's expected outcome."""
    rng = random.Random(_SEED)
    b = _Builder()

    # Reference data: the roster (one malformed line) and the consent ledger.
    for meeting in MEETINGS:
        for row in _roster(meeting):
            key = row["participant_id"].split("-", 2)[2]
            if key == meeting.bad_roster_line:
                row["role"] = "presenter"  # not a contract role; meeting_id readable
            b.line("participants-0001.jsonl", row)
    for line in _consent_lines():
        late = line["recorded_at"] >= "2026-03-01"
        b.line("consent-0002.jsonl.gz" if late else "consent-0001.jsonl", line)
    victor = PEOPLE[MALFORMED_CONSENT_SUBJECT].user_id
    b.line(
        "consent-0002.jsonl.gz",
        {
            "consent_id": "cns-9001",
            "subject_type": "user",
            "subject_id": victor,
            "purpose": "ai_training",
            "data_category": "all",
            "decision": "withdraw",
            "recorded_at": "2026-05-02T10:00:00",
            "source": "user",
        },
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
        telemetry_file = "telemetry-0002.parquet" if later else "telemetry-0001.jsonl"
        for event, reason in _telemetry(meeting, roster, rng):
            b.record("telemetry", telemetry_file, event, event["event_id"], reason)
        if meeting.number == 2:
            _malformed_content(b)
        if meeting.number == 6:
            # The re-export batch starts with a copy of an already exported
            # segment (first copy in transcripts-0001.jsonl is used).
            for segment, reason in duplicates:
                b.record("transcripts", "transcripts-0002.jsonl.gz", segment, segment["segment_id"], reason)
            seg = _MALFORMED_TRANSCRIPT_WRONG_TYPE
            b.record("transcripts", "transcripts-0002.jsonl.gz", seg, seg["segment_id"], MALFORMED)

    return b


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
    b = _build()
    for name in FILES:
        write_input(directory / name, b.lines.get(name, []), _PARQUET_SCHEMAS.get(name))
    reference = {
        "participants": len(b.lines["participants-0001.jsonl"]),
        "consent": len(b.lines["consent-0001.jsonl"]) + len(b.lines["consent-0002.jsonl.gz"]),
    }
    return sample_info(directory, FILES, b.rows, reference)
