"""The run's manifest (contract section 4), built from small aggregates.

The manifest is the run's account of itself: what was read (files with
SHA-256 and record counts), what was decided (counts per kind, decision and
reason), what was redacted (entities per type) and what was written. It
refuses to exist when records were lost: for every kind, read must equal
emitted + excluded + quarantined.
"""

from __future__ import annotations

import collections
import re
from typing import Any, Iterable, Mapping

from meeting_privacy.core.consent import MeetingDecisions, Reason
from meeting_privacy.core.errors import MeetingPrivacyError
from meeting_privacy.schemas.envelopes import Rejected
from meeting_privacy.schemas.kinds import AUDITED_KINDS, CONTENT_KINDS, REFERENCE_KINDS

DECISIONS = ("emitted", "excluded", "quarantined", "erased")
KEPT = "kept"
NO_CONTENT = "no_content"
_DIGITS = re.compile(r"\d+")


class AccountingError(MeetingPrivacyError):
    """Records were read but not accounted for: the run must not be trusted."""


def meeting_outcome(meeting: MeetingDecisions) -> str:
    """``kept`` if any of the meeting's content was emitted, else why not (its most common reason)."""
    reasons = collections.Counter(str(r) for p, r in meeting.decisions if p.kind in CONTENT_KINDS)
    if not reasons:
        return NO_CONTENT
    if Reason.EMITTED in reasons:
        return KEPT
    top = max(reasons.values())
    return min(reason for reason, n in reasons.items() if n == top)  # ties: alphabetical, deterministic


def error_class(rejected: Rejected) -> tuple[str, str, str]:
    """``(kind, reason, error)`` with numbers in the error masked, for counting quarantine by error."""
    return rejected.kind, rejected.reason, _DIGITS.sub("N", rejected.error)


def build_manifest(
    *,
    run: Mapping[str, Any],
    files: Iterable,  # FileInfo
    decisions: Iterable[tuple[tuple[str, str, str], int]],  # ((kind, decision, reason), count)
    rejected_reference: Iterable[tuple[str, int]],  # (kind, quarantined lines) for reference kinds
    entities: Iterable[tuple[str, int]],
    meetings: Iterable[tuple[str, int]],  # (meeting_outcome, count)
    quarantine_errors: Iterable[tuple[tuple[str, str, str], int]],  # (error_class, count)
    nulled_fields: Iterable[tuple[str, int]],  # ("kind.field", records whose closed-form field was nulled)
    outputs: Iterable[tuple[str, str, str]],  # (output name, relative path, SHA-256)
) -> dict[str, Any]:
    files = sorted(files, key=lambda f: f.path)
    read = collections.Counter()
    for info in files:
        if info.kind is not None:
            read[info.kind] += info.records

    counts: dict[str, dict[str, Any]] = {}
    for kind in AUDITED_KINDS:
        counts[kind] = {"read": read[kind], **{d: 0 for d in DECISIONS}, "reasons": {}}
    for (kind, decision, reason), count in decisions:
        counts[kind][decision] += count
        counts[kind]["reasons"][reason] = counts[kind]["reasons"].get(reason, 0) + count
    quarantined_reference = dict(rejected_reference)
    for kind in REFERENCE_KINDS:
        quarantined = quarantined_reference.get(kind, 0)
        counts[kind] = {"read": read[kind], "used": read[kind] - quarantined, "quarantined": quarantined}

    for kind in AUDITED_KINDS:
        accounted = sum(counts[kind][d] for d in DECISIONS)
        if accounted != counts[kind]["read"]:
            raise AccountingError(
                f"{kind}: {counts[kind]['read']} records read but {accounted} accounted for; "
                "the run is incomplete and its outputs must not be used"
            )

    output_files: dict[str, list[str]] = collections.defaultdict(list)
    digests: dict[str, str] = {}
    for name, path, sha256 in outputs:
        output_files[name].append(path)
        digests[path] = sha256

    outcomes = dict(meetings)
    return {
        **run,
        "meetings": {
            "total": sum(outcomes.values()),
            "kept": outcomes.pop(KEPT, 0),
            "not_kept": dict(sorted(outcomes.items())),
        },
        "quarantined_by_error": [
            {"kind": kind, "reason": reason, "error": error, "count": count}
            for (kind, reason, error), count in sorted(quarantine_errors)
        ],
        "inputs": [
            {"path": f.path, "kind": f.kind, "sha256": f.sha256, "records": f.records, "error": f.error}
            for f in files
            if f.kind is not None
        ],
        "skipped_files": [f.path for f in files if f.kind is None],
        "counts": counts,
        "entities_redacted": dict(sorted(dict(entities).items())),
        "nulled_fields": dict(sorted(dict(nulled_fields).items())),
        "outputs": {name: sorted(paths) for name, paths in sorted(output_files.items())},
        "output_sha256": dict(sorted(digests.items())),
    }


def merge_manifests(shards: list[Mapping[str, Any]]) -> dict[str, Any]:
    """One manifest for a run made of several shards (each shard counts its own meetings)."""
    first = shards[0]
    inputs: dict[str, dict[str, Any]] = {}
    for shard in shards:
        for entry in shard["inputs"]:
            merged = inputs.setdefault(entry["path"], {**entry, "records": 0})
            merged["records"] += entry["records"]
            merged["error"] = merged["error"] or entry["error"]
    counts: dict[str, dict[str, Any]] = {}
    for shard in shards:
        for kind, figures in shard["counts"].items():
            target = counts.setdefault(kind, {})
            for name, value in figures.items():
                if name == "reasons":
                    reasons = target.setdefault("reasons", {})
                    for reason, n in value.items():
                        reasons[reason] = reasons.get(reason, 0) + n
                else:
                    target[name] = target.get(name, 0) + value
    errors: collections.Counter = collections.Counter()
    not_kept: collections.Counter = collections.Counter()
    entities: collections.Counter = collections.Counter()
    nulled: collections.Counter = collections.Counter()
    outputs: dict[str, list[str]] = collections.defaultdict(list)
    digests: dict[str, str] = {}
    for shard in shards:
        digests.update(shard["output_sha256"])
        errors.update({(e["kind"], e["reason"], e["error"]): e["count"] for e in shard["quarantined_by_error"]})
        not_kept.update(shard["meetings"]["not_kept"])
        entities.update(shard["entities_redacted"])
        nulled.update(shard["nulled_fields"])
        for name, paths in shard["outputs"].items():
            outputs[name].extend(paths)
    for kind in AUDITED_KINDS:
        if sum(counts[kind][d] for d in DECISIONS) != counts[kind]["read"]:
            raise AccountingError(f"{kind}: the shards' counts do not add up; the run must not be used")
    return {
        **{k: v for k, v in first.items() if k not in _PER_SHARD},
        "shards": len(shards),
        "inputs": sorted(inputs.values(), key=lambda e: e["path"]),
        "skipped_files": first["skipped_files"],
        "counts": counts,
        "meetings": {
            "total": sum(s["meetings"]["total"] for s in shards),
            "kept": sum(s["meetings"]["kept"] for s in shards),
            "not_kept": dict(sorted(not_kept.items())),
        },
        "quarantined_by_error": [
            {"kind": kind, "reason": reason, "error": error, "count": count}
            for (kind, reason, error), count in sorted(errors.items())
        ],
        "entities_redacted": dict(sorted(entities.items())),
        "nulled_fields": dict(sorted(nulled.items())),
        "outputs": {name: sorted(paths) for name, paths in sorted(outputs.items())},
        "output_sha256": dict(sorted(digests.items())),
    }


_PER_SHARD = (
    "inputs",
    "skipped_files",
    "counts",
    "meetings",
    "quarantined_by_error",
    "entities_redacted",
    "nulled_fields",
    "outputs",
    "output_sha256",
)
