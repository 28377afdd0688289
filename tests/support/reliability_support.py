"""Helpers for the reliability and security tests (issue 6): a small good meeting set,
an in-process CLI run that captures every byte it prints or logs, and readers for
everything a run writes.

The good set is deliberately small (Presidio runs on every emitted text) but covers
the consent outcomes that bad input could disturb: a fully consenting meeting, a
meeting with one non-consenting participant, a meeting with a guest, a withdrawn
user and an account opt-out.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import apache_beam as beam
import pyarrow.parquet as pq

from meeting_privacy.cli import main
from meeting_privacy.core.pseudonyms import Pseudonymizer
from meeting_privacy.demo.writer import dump, write_input

AS_OF = "2026-06-30T00:00:00Z"
KEY = "reliability-key-7f3c9a1e5b2d4f6081a3c5e7092b4d6f"
AUDITED = ("transcripts", "chat", "telemetry")
TRAINING = AUDITED
ID_FIELD = {"transcripts": "segment_id", "chat": "message_id", "telemetry": "event_id"}

# (user_id, account_id, decision for content/telemetry ledger)
_PEOPLE = {
    "ana": ("good-u-ana", "good-acct-1", "grant"),
    "ben": ("good-u-ben", "good-acct-1", "grant"),
    "cid": ("good-u-cid", "good-acct-1", None),  # silent: never granted
    "dee": ("good-u-dee", "good-acct-1", "withdraw"),
    "eve": ("good-u-eve", "good-acct-2", "grant"),  # account 2 opted out
    "guest": (None, "good-acct-1", None),
}
_NAMES = {
    "ana": "Anneliese Brightwater",
    "ben": "Bartholomew Quince",
    "cid": "Cordelia Ashgrove",
    "dee": "Desmond Farthingale",
    "eve": "Evangeline Thornbury",
    "guest": "Gideon Pemberton",
}
#: meeting -> roster keys. m1 all consent; m2 has a silent participant; m3 a guest;
#: m4 a withdrawn user; m5 an opted-out account.
_MEETINGS = {
    "good-m-1": ("ana", "ben"),
    "good-m-2": ("ana", "cid"),
    "good-m-3": ("ben", "guest"),
    "good-m-4": ("ana", "dee"),
    "good-m-5": ("eve", "ben"),
}
_TEXTS = (
    "Let's go over the release checklist first.",
    "{other}, can you take the accessibility review?",
    "Sure, I'll send the notes after the call.",
)


@dataclasses.dataclass
class GoodSet:
    """The good records, one list of JSON-serialisable dicts per input kind."""

    records: dict[str, list[dict[str, Any]]]

    def lines(self, kind: str) -> list[bytes]:
        return [dump(r) for r in self.records[kind]]

    def write(self, directory: Path) -> Path:
        """Writes one ``<kind>-0001.jsonl`` per kind."""
        directory.mkdir(parents=True, exist_ok=True)
        for kind, records in self.records.items():
            write_input(directory / f"{kind}-0001.jsonl", records)
        return directory


def good_set() -> GoodSet:
    records: dict[str, list[dict[str, Any]]] = {k: [] for k in ("participants", "consent", *AUDITED)}
    for n, (_key, (user, _account, decision)) in enumerate(sorted(_PEOPLE.items())):
        if user is not None and decision is not None:
            records["consent"].append(consent_event(f"good-c-{n}a", "user", user, "grant", "2026-01-01T00:00:00Z"))
            if decision == "withdraw":
                withdrawal = consent_event(f"good-c-{n}b", "user", user, "withdraw", "2026-05-01T00:00:00Z")
                records["consent"].append(withdrawal)
    records["consent"].append(consent_event("good-c-acct2", "account", "good-acct-2", "deny", "2026-02-01T00:00:00Z"))
    for m, (meeting, roster) in enumerate(sorted(_MEETINGS.items())):
        start = f"2026-03-{10 + m:02d}T15:00:00Z"
        for key in roster:
            user, account, _ = _PEOPLE[key]
            first = _NAMES[key].split()[0].lower()
            records["participants"].append(
                {
                    "meeting_id": meeting,
                    "participant_id": f"{meeting}-p-{key}",
                    "user_id": user,
                    "account_id": account,
                    "display_name": _NAMES[key],
                    "email": f"{first}@example.com",
                    "role": "host" if key == roster[0] else ("guest" if user is None else "attendee"),
                    "country": "US",
                    "joined_at": start,
                    "left_at": f"2026-03-{10 + m:02d}T16:00:00Z",
                }
            )
        for i, text in enumerate(_TEXTS):
            speaker = roster[i % len(roster)]
            other = _NAMES[roster[(i + 1) % len(roster)]].split()[0]
            records["transcripts"].append(
                {
                    "segment_id": f"{meeting}-s-{i}",
                    "meeting_id": meeting,
                    "participant_id": f"{meeting}-p-{speaker}",
                    "start_ms": 1000 * (i + 1),
                    "end_ms": 1000 * (i + 2),
                    "text": text.format(other=other),
                    "language": "en",
                }
            )
        for i in range(2):
            speaker = roster[i % len(roster)]
            records["chat"].append(
                {
                    "message_id": f"{meeting}-c-{i}",
                    "meeting_id": meeting,
                    "sender_participant_id": f"{meeting}-p-{speaker}",
                    "recipient": "everyone",
                    "sent_at": f"2026-03-{10 + m:02d}T15:{10 + i:02d}:00Z",
                    "text": f"Agenda item {i + 1}: budget and hiring.",
                }
            )
        for i, key in enumerate(roster):
            user, account, _ = _PEOPLE[key]
            records["telemetry"].append(
                {
                    "event_id": f"{meeting}-e-{i}",
                    "meeting_id": meeting,
                    "participant_id": f"{meeting}-p-{key}",
                    "user_id": user,
                    "account_id": account,
                    "event_type": "join",
                    "occurred_at": start,
                    "client": {"os": "macOS", "app_version": "6.0.3", "device_id": f"good-dev-{key}"},
                    "network": {"ip_address": f"192.0.2.{10 + i}", "rtt_ms": 40.5},
                    "geo": {"country": "US", "region": "California", "city": "Oakland"},
                }
            )
    return GoodSet(records)


def consent_event(consent_id, subject_type, subject_id, decision, at, *, purpose="ai_training", source=None):
    """One consent ledger record (category ``all``), recorded by the party that may give it unless told."""
    return {
        "consent_id": consent_id,
        "subject_type": subject_type,
        "subject_id": subject_id,
        "purpose": purpose,
        "data_category": "all",
        "decision": decision,
        "recorded_at": at,
        "source": source or ("user" if subject_type == "user" else "admin"),
    }


# --- running ---------------------------------------------------------------


@dataclasses.dataclass
class Run:
    """What one in-process CLI run returned, printed, logged and counted."""

    code: int
    stdout: bytes
    stderr: bytes
    logs: str
    metric_names: list[str]
    output: Path


class _ListHandler(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken log call must not hide the rest
            message = repr(record.msg)
        self.lines.append(f"{record.levelname} {record.name} {message}")
        if record.exc_info:
            self.lines.append(logging.Formatter().formatException(record.exc_info))


@contextlib.contextmanager
def _captured_fds() -> Iterator[tuple[Any, Any]]:
    """Redirects file descriptors 1 and 2 (Python and C writes alike) to temp files."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        os.dup2(out.fileno(), 1)
        os.dup2(err.fileno(), 2)
        real = sys.stdout, sys.stderr
        sys.stdout = open(1, "w", closefd=False, encoding="utf-8", errors="backslashreplace")  # noqa: SIM115
        sys.stderr = open(2, "w", closefd=False, encoding="utf-8", errors="backslashreplace")  # noqa: SIM115
        try:
            yield out, err
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            sys.stdout, sys.stderr = real
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])


def run_captured(argv: list[str], output: Path, log_level: int = logging.INFO) -> Run:
    """Runs ``meeting-privacy`` in-process, capturing fds 1 and 2, every log record and
    the names of the Beam metrics of every pipeline it ran."""
    results: list[Any] = []
    original_run = beam.Pipeline.run

    def spying_run(self, *args, **kwargs):
        result = original_run(self, *args, **kwargs)
        results.append(result)
        return result

    handler = _ListHandler()
    root = logging.getLogger()
    previous_level = root.level
    root.addHandler(handler)
    root.setLevel(log_level)
    beam.Pipeline.run = spying_run
    try:
        with _captured_fds() as (out, err):
            code = main(argv)
            sys.stdout.flush()
            sys.stderr.flush()
            out.seek(0)
            err.seek(0)
            stdout, stderr = out.read(), err.read()
    finally:
        beam.Pipeline.run = original_run
        root.removeHandler(handler)
        root.setLevel(previous_level)
    names = []
    for result in results:
        with contextlib.suppress(Exception):
            query = result.metrics().query()
            for group in query.values():
                for item in group:
                    names.append(f"{item.key.metric.namespace}/{item.key.metric.name}/{item.key.step}")
    return Run(code, stdout, stderr, "\n".join(handler.lines), names, output)


def key_file(directory: Path, key: str = KEY) -> Path:
    path = directory / "key.txt"
    path.write_text(key + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def run_args(input_dir: Path, output: Path, key_path: Path, *extra: str) -> list[str]:
    return [
        "run",
        "--input",
        str(input_dir),
        "--output",
        str(output),
        "--key-file",
        str(key_path),
        "--as-of",
        AS_OF,
        *extra,
    ]


# --- reading outputs ---------------------------------------------------------


def rows(output: Path, name: str) -> list[dict[str, Any]]:
    folder = output / name
    if not folder.exists():
        return []
    found = []
    for path in sorted(folder.glob("*.parquet")):
        found.extend(pq.read_table(path).to_pylist())
    return found


def manifest(output: Path) -> dict[str, Any]:
    return json.loads((output / "manifest.json").read_text(encoding="utf-8"))


def quarantine_entries(output: Path) -> list[dict[str, Any]]:
    entries = []
    for path in sorted((output / "quarantine").glob("*")):
        entries.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return entries


def audit_decisions(output: Path) -> dict[tuple[str, str, int], tuple[str, str, str | None]]:
    """``(kind, source_file, source_line) -> (decision, reason, record_pseudonym)``."""
    return {
        (r["kind"], r["source_file"], r["source_line"]): (r["decision"], r["reason"], r["record_pseudonym"])
        for r in rows(output, "audit")
    }


def pseudonym(field: str, value: str, key: str = KEY) -> str:
    return Pseudonymizer(key)(field, value)


def _json_default(value: Any) -> str:
    return str(value)


def searchable_outputs(output: Path, include_quarantine: bool = False) -> dict[str, bytes]:
    """Every file under ``output`` as raw bytes, plus each Parquet file decoded to JSON text
    (so that compressed column pages cannot hide a value from a byte search)."""
    found: dict[str, bytes] = {}
    for path in sorted(output.rglob("*")):
        if not path.is_file():
            continue
        relative = path.relative_to(output).as_posix()
        if relative.startswith("quarantine/") and not include_quarantine:
            continue
        found[relative] = path.read_bytes()
        if path.suffix == ".parquet":
            table = pq.read_table(path)
            decoded = [json.dumps(row, ensure_ascii=False, default=_json_default) for row in table.to_pylist()]
            found[relative + " (decoded)"] = "\n".join(decoded).encode("utf-8")
            found[relative + " (schema)"] = str(table.schema).encode("utf-8")
    return found


def training_paths(output: Path) -> list[Path]:
    return [p for kind in TRAINING for p in sorted((output / kind).glob("*")) if (output / kind).exists()]
