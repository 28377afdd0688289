"""Erasure from a built output: everything a person's consent admitted, removed after the fact.

A training set outlives the run that built it; when a person withdraws or
asks to be erased (GDPR article 17), the sets already built must follow.
Every emitted audit row names whose consent its use rests on
(``consent_subjects``: the speaker or user, a private message's recipient,
and under ``all_participants`` everyone in the room), so erasing a person
removes exactly the rows a rebuild with their withdrawal would leave out.
The key turns the listed user ids into pseudonyms; the ids are never stored.

This module rewrites one output folder in place and is meant to run on a
staging copy (``pipelines/erase.py`` copies, verifies and publishes).
"""

from __future__ import annotations

import collections
import json
import os
import re
from datetime import datetime
from pathlib import Path
from typing import Iterable, NamedTuple, Optional

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from meeting_privacy.core.errors import ConfigError
from meeting_privacy.core.manifest import ErasureEntry, Manifest
from meeting_privacy.core.outcomes import Decision, Reason
from meeting_privacy.core.pseudonyms import Pseudonymizer
from meeting_privacy.core.verify import MANIFEST, file_sha256, row_id_column
from meeting_privacy.schemas.kinds import AUDITED_KINDS, CONTENT_KINDS

DEFAULT_REASON = str(Reason.ERASURE_REQUEST)
#: A reason is a code, never free text: the audit and manifest must hold no personal data.
_REASON = re.compile(r"[a-z][a-z0-9_]{0,39}")


class ErasureRefused(ConfigError):
    """The request cannot be applied to this output (exit 2); nothing was changed."""


class Erasure(NamedTuple):
    """What one request removed: rows per kind, and the log entry written to the manifest."""

    rows: dict[str, int]
    log_entry: ErasureEntry


def unmatched_people(output_dir: str | Path, user_ids: Iterable[str], pseudonymize: Pseudonymizer) -> int:
    """How many of the listed people no audit row names (misspelt, never there, or erased before)."""
    root = Path(output_dir)
    wanted = {pseudonymize("user_id", user_id) for user_id in set(user_ids)}
    named: set[str] = set()
    for path in _files(load_manifest(root), "audit"):
        for subjects in pq.read_table(root / path, columns=["consent_subjects"]).column(0).to_pylist():
            named.update(wanted.intersection(subjects or ()))
    return len(wanted - named)


def check_reason(reason: str) -> str:
    if not _REASON.fullmatch(reason):
        raise ErasureRefused("--reason must be a code of lower-case letters, digits and _ (e.g. erasure_request)")
    return reason


def read_user_ids(path: str | Path) -> list[str]:
    """One ``user_id`` a line (``\n`` or ``\r\n``); blank lines are skipped.

    Each line is taken as written and also without surrounding white space:
    an id that carries spaces in the input must stay erasable, and an editor's
    trailing space must not make an id miss.
    """
    try:
        text = Path(path).read_text(encoding="utf-8-sig")  # a Windows editor's BOM is no id
    except (OSError, UnicodeDecodeError) as error:
        raise ErasureRefused(f"cannot read the user id list {path} ({type(error).__name__})") from None
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    ids = sorted({form for line in lines if line.strip() for form in (line, line.strip())})
    if not ids:
        raise ErasureRefused(f"the user id list {path} names no one")
    return ids


def load_manifest(output_dir: str | Path) -> Manifest:
    try:
        document = json.loads((Path(output_dir) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise ErasureRefused(f"{output_dir} holds no readable {MANIFEST}: not an output of meeting-privacy") from None
    if not isinstance(document, dict) or "output_sha256" not in document:
        raise ErasureRefused(f"{output_dir} was built by an older meeting-privacy without file hashes; rebuild it")
    try:
        return Manifest.from_json(document)
    except ValueError as error:
        raise ErasureRefused(f"{output_dir}: {error}; nothing was changed") from None


def check_key(manifest: Manifest, pseudonymize: Pseudonymizer) -> None:
    """Refuses an output built with another key: its pseudonyms would match no one."""
    if manifest.run.key_fingerprint != pseudonymize.fingerprint():
        raise ErasureRefused("this output was built with another key; give the key it was built with")


def erase(
    output_dir: str | Path,
    user_ids: Iterable[str],
    pseudonymize: Pseudonymizer,
    reason: str,
    now: datetime,
) -> Optional[Erasure]:
    """Erases from ``output_dir`` every row whose consent rests on one of ``user_ids``.

    Rewrites the affected training and audit files, the manifest (counts and
    an erasure log entry) and returns what was done; returns ``None`` and
    changes nothing when no row rests on them (erasing twice is a no-op).
    """
    root = Path(output_dir)
    manifest = load_manifest(root)
    check_key(manifest, pseudonymize)
    user_ids = sorted(set(user_ids))
    people = {pseudonymize("user_id", user_id) for user_id in user_ids}
    doomed = _doomed_records(root, manifest, people)
    if not any(doomed.values()):
        return None
    digests = dict(manifest.output_sha256)
    meetings_before = _content_meetings(root, manifest)
    rows = {kind: _drop_rows(root, manifest, kind, doomed[kind], digests) for kind in AUDITED_KINDS}
    entities = _mark_audit(root, manifest, doomed, reason, digests)
    meetings_gone = len(meetings_before - _content_meetings(root, manifest))
    entry = ErasureEntry(
        at=now.isoformat().replace("+00:00", "Z"),
        request=pseudonymize("erasure_request", "\n".join(user_ids)),
        reason=reason,
        people=len(user_ids),
        rows=rows,
        meetings_no_longer_kept=meetings_gone,
    )
    erased = manifest.after_erasure(
        rows=rows, reason=reason, entities=entities, meetings_gone=meetings_gone, output_sha256=digests, entry=entry
    )
    replace_text(root / MANIFEST, json.dumps(erased.to_json(), indent=2, sort_keys=True) + "\n")
    return Erasure(rows, entry)


def _doomed_records(root: Path, manifest: Manifest, people: set[str]) -> dict[str, set[str]]:
    """Record pseudonyms per kind of the emitted records whose consent rests on ``people``."""
    doomed: dict[str, set[str]] = {kind: set() for kind in AUDITED_KINDS}
    columns = ["kind", "decision", "record_pseudonym", "consent_subjects"]
    for path in _files(manifest, "audit"):
        table = pq.read_table(root / path, columns=columns).to_pydict()
        for kind, decision, record, subjects in zip(*(table[c] for c in columns), strict=True):
            if decision == Decision.EMITTED and people.intersection(subjects or ()):
                doomed[kind].add(record)
    return doomed


def _drop_rows(root: Path, manifest, kind: str, doomed: set[str], digests: dict[str, str]) -> int:
    removed = 0
    if not doomed:
        return removed
    for path in _files(manifest, kind):
        table = pq.read_table(root / path)
        keep = pc.invert(pc.is_in(table.column(row_id_column(kind)), value_set=pa.array(sorted(doomed))))
        kept = table.filter(keep)
        if kept.num_rows != table.num_rows:
            removed += table.num_rows - kept.num_rows
            digests[path] = _rewrite(root / path, kept)
    return removed


def _mark_audit(root: Path, manifest, doomed: dict[str, set[str]], reason: str, digests) -> collections.Counter:
    """Marks erased records ``erased`` in the audit; returns the entity counts of the rows still emitted."""
    entities: collections.Counter = collections.Counter()
    for path in _files(manifest, "audit"):
        table = pq.read_table(root / path)
        rows = table.to_pylist()
        changed = False
        for row in rows:
            if row["decision"] == Decision.EMITTED and row["record_pseudonym"] in doomed[row["kind"]]:
                row.update(
                    decision=str(Decision.ERASED),
                    reason=reason,
                    entities_redacted=0,
                    entity_counts=[],
                    consent_receipts=[],
                    consent_subjects=[],
                )
                changed = True
            elif row["decision"] == Decision.EMITTED:
                entities.update(dict(row["entity_counts"]))
        if changed:
            digests[path] = _rewrite(root / path, pa.Table.from_pylist(rows, schema=table.schema))
    return entities


def _content_meetings(root: Path, manifest) -> set[str]:
    meetings: set[str] = set()
    for kind in CONTENT_KINDS:
        for path in _files(manifest, kind):
            meetings.update(pq.read_table(root / path, columns=["meeting_pseudonym"]).column(0).to_pylist())
    return meetings


def _files(manifest: Manifest, name: str) -> list[str]:
    return sorted(manifest.outputs.get(name, ()))


def replace_text(path: Path, text: str) -> None:
    """Writes ``text`` to ``path`` through a new file (a hard-linked original is left as it was)."""
    temporary = path.with_name(path.name + ".erasing")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def _rewrite(path: Path, table: pa.Table) -> str:
    """Writes ``table`` to ``path`` through a new file; returns its SHA-256."""
    temporary = path.with_name(path.name + ".erasing")
    pq.write_table(table, temporary, compression="snappy")
    os.replace(temporary, path)
    return file_sha256(path)
