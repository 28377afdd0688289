"""``meeting-privacy verify``: checks a built output against its own manifest, without the key.

A training set is handed on (to a model team, an auditor) long after the run
that built it. Anyone can then check that it is what the manifest says:
every listed file is there unchanged, nothing else is, the Parquet schemas
are the contract's, the counts add up, every emitted row has its consent
receipt, erasures are consistent, and the quarantine is owner-only. ``run``
and ``erase`` check what they wrote the same way before they publish it.
"""

from __future__ import annotations

import collections
import hashlib
import json
import stat
from pathlib import Path
from typing import Any, Iterable, NamedTuple

import pyarrow.parquet as pq

from meeting_privacy.core.manifest import DECISIONS, Manifest
from meeting_privacy.core.outcomes import Decision
from meeting_privacy.schemas.kinds import AUDITED_KINDS, KINDS
from meeting_privacy.schemas.outputs import SCHEMAS

MANIFEST = "manifest.json"
#: Rendered from the manifest, so the manifest cannot hold their hashes.
DOCUMENTS = frozenset({MANIFEST, "report.html", "DATASET_CARD.md"})
_CHUNK = 1 << 20


class Verdict(NamedTuple):
    """What ``verify`` found: no problems means the output is what its manifest says."""

    problems: tuple[str, ...]
    files: int
    training_rows: int
    audit_rows: int

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self, output_dir: str) -> str:
        if self.ok:
            return (
                f"verified {output_dir}: {self.files} files as the manifest lists them, "
                f"{self.training_rows} training rows, {self.audit_rows} audit rows"
            )
        return f"{output_dir} failed verification: {len(self.problems)} problem(s)"


def row_id_column(kind: str) -> str:
    """The training-set column holding a record's own pseudonym (``segment_pseudonym`` ...)."""
    return KINDS[kind].id_column


def verify_output(output_dir: str | Path) -> Verdict:
    """Checks an output folder; never raises on a broken one (each problem is named instead)."""
    root = Path(output_dir)
    try:
        return _verify(root)
    except Exception as error:  # noqa: BLE001 - a manifest or file of the wrong shape is a finding
        return Verdict((f"the output cannot be read as the manifest describes it ({type(error).__name__})",), 0, 0, 0)


def _verify(root: Path) -> Verdict:
    try:
        manifest = Manifest.from_json(json.loads((root / MANIFEST).read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return Verdict((f"{MANIFEST} is missing, unreadable or not of the shape this version writes",), 0, 0, 0)
    digests = dict(manifest.output_sha256)
    problems = [*_files(root, digests, manifest), *_schemas(root, digests)]
    if problems:  # counting rows of files that are not what the manifest says proves nothing
        return Verdict(tuple(problems), len(digests), 0, 0)
    audit = _audit(root, digests)
    training = {kind: _row_ids(root, digests, kind) for kind in AUDITED_KINDS}
    problems += _counts(manifest, audit, training)
    problems += _quarantine_modes(root)
    return Verdict(tuple(problems), len(digests), sum(map(len, training.values())), len(audit))


def _files(root: Path, digests: dict[str, str], manifest: Manifest) -> Iterable[str]:
    listed = {path for paths in manifest.outputs.values() for path in paths}
    for path in sorted(listed - digests.keys()):
        yield f"{path}: listed under outputs but has no SHA-256 in the manifest"
    for path in sorted(digests.keys() - listed):
        yield f"{path}: has a SHA-256 in the manifest but is not listed under outputs"
    for path, expected in sorted(digests.items()):
        file = root / path
        if path.startswith("/") or ".." in Path(path).parts:
            yield f"{path}: the manifest names a file outside the output"
        elif file.is_symlink():
            yield f"{path}: is a symbolic link, not a file the run wrote"
        elif not file.is_file():
            yield f"{path}: listed in the manifest but missing"
        elif file_sha256(file) != expected:
            yield f"{path}: SHA-256 differs from the manifest's (changed after the run)"
    for file in sorted(p for p in root.rglob("*") if p.is_file() or p.is_symlink()):
        relative = file.relative_to(root).as_posix()
        if relative not in digests and relative not in DOCUMENTS:
            yield f"{relative}: not listed in the manifest"


def _schemas(root: Path, digests: dict[str, str]) -> Iterable[str]:
    for path in sorted(digests):
        kind = path.split("/", 1)[0]
        if kind in SCHEMAS and not path.endswith(".parquet"):
            yield f"{path}: not a Parquet file name"
        elif kind in SCHEMAS and (root / path).is_file():
            try:
                schema = pq.read_schema(root / path)
            except Exception:  # noqa: BLE001 - a file that is not Parquet is a finding, not a crash
                yield f"{path}: not a readable Parquet file"
                continue
            if not schema.equals(SCHEMAS[kind], check_metadata=False):
                yield f"{path}: Parquet schema is not the contract's {kind} schema"


class _AuditRow(NamedTuple):
    kind: str
    decision: str
    record_pseudonym: Any
    receipts: int
    subjects: int


def _audit(root: Path, digests: dict[str, str]) -> list[_AuditRow]:
    columns = ["kind", "decision", "record_pseudonym", "consent_receipts", "consent_subjects"]
    found = []
    for path in sorted(p for p in digests if p.startswith("audit/")):
        table = pq.read_table(root / path, columns=columns).to_pydict()
        for kind, decision, pseudonym, receipts, subjects in zip(*(table[c] for c in columns), strict=True):
            found.append(_AuditRow(kind, decision, pseudonym, len(receipts or ()), len(subjects or ())))
    return found


def _row_ids(root: Path, digests: dict[str, str], kind: str) -> list[str]:
    ids: list[str] = []
    for path in sorted(p for p in digests if p.startswith(f"{kind}/")):
        ids += pq.read_table(root / path, columns=[row_id_column(kind)]).column(0).to_pylist()
    return ids


def _counts(manifest: Manifest, audit: list[_AuditRow], training: dict[str, list[str]]) -> Iterable[str]:
    by_decision = collections.Counter((row.kind, row.decision) for row in audit)
    strays = sorted({f"{kind}/{decision}" for kind, decision in by_decision if decision not in DECISIONS})
    if strays:
        yield f"audit rows with a decision the contract does not know: {', '.join(strays)}"
    for kind in AUDITED_KINDS:
        figures = manifest.audited(kind)
        if figures.read != figures.accounted:
            yield f"{kind}: manifest says {figures.read} read but {figures.accounted} decided"
        for decision in DECISIONS:
            if by_decision[(kind, decision)] != figures.decided[decision]:
                yield (
                    f"{kind}: {by_decision[(kind, decision)]} audit rows are {decision}, "
                    f"the manifest says {figures.decided[decision]}"
                )
        # Compared as multisets: one record id may be used in two meetings (ids are unique per meeting).
        emitted = [row for row in audit if row.kind == kind and row.decision == Decision.EMITTED]
        if (
            collections.Counter(training[kind]) != collections.Counter(row.record_pseudonym for row in emitted)
            or len(training[kind]) != figures.decided[Decision.EMITTED]
        ):
            yield f"{kind}: training rows are not exactly the audit's emitted records"
        if any(not (row.receipts and row.subjects) for row in emitted):
            yield f"{kind}: emitted audit rows without a consent receipt"
        logged = sum(entry.rows.get(kind, 0) for entry in manifest.erasures or ())
        if logged != figures.decided[Decision.ERASED]:
            yield f"{kind}: the erasure log counts {logged} rows, the manifest {figures.decided[Decision.ERASED]}"


def _quarantine_modes(root: Path) -> Iterable[str]:
    folder = root / "quarantine"
    if not folder.exists():
        return
    if stat.S_IMODE(folder.stat().st_mode) != 0o700:
        yield "quarantine/: must be readable by its owner only (mode 0700)"
    for file in sorted(folder.rglob("*")):
        expected = 0o700 if file.is_dir() else 0o600
        if stat.S_IMODE(file.stat().st_mode) != expected:
            yield f"{file.relative_to(root).as_posix()}: must be readable by its owner only (mode {expected:o})"


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
