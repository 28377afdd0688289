"""The run's manifest (contract section 4): one typed model, built, merged, totalled and parsed here.

The manifest is the run's account of itself: what was read (files with
SHA-256 and record counts), what was decided (counts per kind, decision and
reason), what was redacted (entities per type) and what was written. It
refuses to exist when records were lost: for every kind, read must equal
emitted + excluded + quarantined + erased.

:class:`Manifest` is the only shape of it in the package. The pipeline
builds it (:meth:`Manifest.build`, :meth:`Manifest.merge` for shards), the
Beam metrics tally into the same :class:`AuditedCounts` (``pipelines/figures``),
``erase`` derives the erased one (:meth:`Manifest.after_erasure`), and
verify, erase, the summary, the report and the dataset card read
``manifest.json`` back with :meth:`Manifest.from_json`. ``to_json`` gives
back exactly the JSON it was parsed from; parsing checks the shape only
(a manifest whose counts do not add up is for ``verify`` to name, not to
refuse to read) and refuses fields it does not know, so that nothing a
newer version wrote is silently dropped by a rewrite.
"""

from __future__ import annotations

import collections
import dataclasses
import re
from typing import Any, Iterable, Mapping, Optional, Union

from meeting_privacy.core.consent import MeetingDecisions
from meeting_privacy.core.errors import MeetingPrivacyError
from meeting_privacy.core.outcomes import MEETING_KEPT, MEETING_NO_CONTENT, Decision, Reason
from meeting_privacy.schemas.envelopes import Rejected
from meeting_privacy.schemas.kinds import AUDITED_KINDS, CONTENT_KINDS, KINDS, REFERENCE_KINDS

DECISIONS = tuple(Decision)
_DIGITS = re.compile(r"\d+")


class AccountingError(MeetingPrivacyError):
    """Records were read but not accounted for: the run must not be trusted."""


class ManifestError(ValueError):
    """A manifest that does not have the shape this version writes (no value is quoted)."""


def meeting_outcome(meeting: MeetingDecisions) -> str:
    """``kept`` if any of the meeting's content was emitted, else why not (its most common reason)."""
    reasons = collections.Counter(str(r) for p, r in meeting.decisions if p.kind in CONTENT_KINDS)
    if not reasons:
        return MEETING_NO_CONTENT
    if Reason.EMITTED in reasons:
        return MEETING_KEPT
    top = max(reasons.values())
    return min(reason for reason, n in reasons.items() if n == top)  # ties: alphabetical, deterministic


def error_class(rejected: Rejected) -> tuple[str, str, str]:
    """``(kind, reason, error)`` with numbers in the error masked, for counting quarantine by error."""
    return rejected.kind, rejected.reason, _DIGITS.sub("N", rejected.error)


# ---------------------------------------------------------------------------
# Counts
# ---------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class AuditedCounts:
    """One audited kind: records read, and how many got each decision and each reason."""

    read: int
    decided: Mapping[Decision, int]
    reasons: Mapping[str, int]  # reason code -> records; erasures may add operators' own codes

    @property
    def accounted(self) -> int:
        return sum(self.decided.values())

    @property
    def quarantined(self) -> int:
        return self.decided[Decision.QUARANTINED]

    def after_erasure(self, rows: int, reason: str) -> AuditedCounts:
        decided = {**self.decided, Decision.EMITTED: self.decided[Decision.EMITTED] - rows}
        decided[Decision.ERASED] += rows
        reasons = dict(self.reasons)
        emitted = str(Reason.EMITTED)
        reasons[emitted] -= rows
        if not reasons[emitted]:
            del reasons[emitted]
        reasons[reason] = reasons.get(reason, 0) + rows
        return AuditedCounts(self.read, decided, reasons)

    def __add__(self, other: AuditedCounts) -> AuditedCounts:
        reasons = collections.Counter(self.reasons)
        reasons.update(other.reasons)
        decided = {d: self.decided[d] + other.decided[d] for d in DECISIONS}
        return AuditedCounts(self.read + other.read, decided, dict(reasons))

    def to_json(self) -> dict[str, Any]:
        return {"read": self.read, **{str(d): self.decided[d] for d in DECISIONS}, "reasons": dict(self.reasons)}

    @classmethod
    def from_json(cls, data: Any) -> AuditedCounts:
        data = _mapping(data, {"read", *DECISIONS, "reasons"})
        reasons = {_text(k): _count(v) for k, v in _mapping(data["reasons"]).items()}
        return cls(_count(data["read"]), {d: _count(data[d]) for d in DECISIONS}, reasons)


@dataclasses.dataclass(frozen=True)
class ReferenceCounts:
    """One reference kind (rosters, the consent ledger): lines read, used to decide, quarantined."""

    read: int
    used: int
    quarantined: int

    def __add__(self, other: ReferenceCounts) -> ReferenceCounts:
        return ReferenceCounts(self.read + other.read, self.used + other.used, self.quarantined + other.quarantined)

    def to_json(self) -> dict[str, Any]:
        return {"read": self.read, "used": self.used, "quarantined": self.quarantined}

    @classmethod
    def from_json(cls, data: Any) -> ReferenceCounts:
        data = _mapping(data, {"read", "used", "quarantined"})
        return cls(_count(data["read"]), _count(data["used"]), _count(data["quarantined"]))


KindCounts = Union[AuditedCounts, ReferenceCounts]


def tally(
    read: Mapping[str, int],
    decisions: Iterable[tuple[tuple[str, str, str], int]],
    quarantined_reference: Mapping[str, int],
) -> dict[str, KindCounts]:
    """Counts per kind (audited kinds first, as the manifest has them) from ``((kind, decision, reason), n)``.

    The one place decisions are added up: the manifest's aggregates and the
    Beam counters of the summary both go through it, so they cannot differ.
    """
    decided = {kind: dict.fromkeys(DECISIONS, 0) for kind in AUDITED_KINDS}
    reasons: dict[str, dict[str, int]] = {kind: {} for kind in AUDITED_KINDS}
    for (kind, decision, reason), n in decisions:
        decided[kind][Decision(decision)] += n
        reasons[kind][reason] = reasons[kind].get(reason, 0) + n
    counts: dict[str, KindCounts] = {
        kind: AuditedCounts(read.get(kind, 0), decided[kind], reasons[kind]) for kind in AUDITED_KINDS
    }
    for kind in REFERENCE_KINDS:
        quarantined = quarantined_reference.get(kind, 0)
        counts[kind] = ReferenceCounts(read.get(kind, 0), read.get(kind, 0) - quarantined, quarantined)
    return counts


def counts_to_json(counts: Mapping[str, KindCounts]) -> dict[str, Any]:
    return {kind: figures.to_json() for kind, figures in counts.items()}


def counts_from_json(data: Any) -> dict[str, KindCounts]:
    """The ``counts`` section; a kind this version does not know is refused."""
    parsed: dict[str, KindCounts] = {}
    for kind, figures in _mapping(data).items():
        if kind not in KINDS:
            raise ManifestError("the manifest counts a kind this version does not know")
        parsed[kind] = (AuditedCounts if KINDS[kind].audited else ReferenceCounts).from_json(figures)
    return parsed


@dataclasses.dataclass(frozen=True)
class Totals:
    """Figures over all audited kinds: what the summary, the report and the dataset card headline."""

    read: int
    decided: Mapping[Decision, int]
    #: Records not emitted, per reason, most frequent first (ties by code).
    not_emitted: Mapping[str, int]
    #: Quarantined records and lines over every kind, reference kinds included.
    quarantined_lines: int

    @classmethod
    def of(cls, counts: Mapping[str, KindCounts]) -> Totals:
        audited = [figures for figures in counts.values() if isinstance(figures, AuditedCounts)]
        decided = {d: sum(figures.decided[d] for figures in audited) for d in DECISIONS}
        reasons: collections.Counter = collections.Counter()
        for figures in audited:
            reasons.update({r: n for r, n in figures.reasons.items() if r != Reason.EMITTED})
        return cls(
            read=sum(figures.read for figures in audited),
            decided=decided,
            not_emitted=dict(by_count(reasons)),
            quarantined_lines=sum(figures.quarantined for figures in counts.values()),
        )


def by_count(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    """Pairs most frequent first, ties by name: the order every rendering lists counts in."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


# ---------------------------------------------------------------------------
# The other sections
# ---------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class RunInfo:
    """The run's description (no key, no data): ``RunConfig.run_info`` in the pipeline."""

    version: str
    as_of: str
    purpose: str
    policy: Mapping[str, Any]  # the effective policy, as ``Policy.to_mapping`` gives it
    policy_file: Optional[str]
    policy_sha256: str
    key_source: str
    key_fingerprint: str
    demo_key: bool

    def to_json(self) -> dict[str, Any]:
        return {field.name: getattr(self, field.name) for field in dataclasses.fields(self)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RunInfo:
        values = {field.name: data[field.name] for field in dataclasses.fields(cls)}
        _mapping(values["policy"])
        for name in ("version", "as_of", "purpose", "policy_sha256", "key_source", "key_fingerprint"):
            _text(values[name])
        if values["policy_file"] is not None:
            _text(values["policy_file"])
        if not isinstance(values["demo_key"], bool):
            raise ManifestError("the manifest's demo_key is not true or false")
        return cls(**values)


@dataclasses.dataclass(frozen=True)
class InputFile:
    path: str
    kind: str
    sha256: str
    records: int
    error: Optional[str]

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: Any) -> InputFile:
        data = _mapping(data, {"path", "kind", "sha256", "records", "error"})
        return cls(
            _text(data["path"]),
            _text(data["kind"]),
            _text(data["sha256"]),
            _count(data["records"]),
            None if data["error"] is None else _text(data["error"]),
        )


@dataclasses.dataclass(frozen=True)
class Meetings:
    """Meetings seen, those with content used, and why the others were not (their most common reason)."""

    total: int
    kept: int
    not_kept: Mapping[str, int]

    def to_json(self) -> dict[str, Any]:
        return {"total": self.total, "kept": self.kept, "not_kept": dict(self.not_kept)}

    @classmethod
    def from_json(cls, data: Any) -> Meetings:
        data = _mapping(data, {"total", "kept", "not_kept"})
        not_kept = {_text(k): _count(v) for k, v in _mapping(data["not_kept"]).items()}
        return cls(_count(data["total"]), _count(data["kept"]), not_kept)


@dataclasses.dataclass(frozen=True)
class QuarantineError:
    """Quarantined records of one kind and reason with one error (numbers masked as ``N``)."""

    kind: str
    reason: str
    error: str
    count: int

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: Any) -> QuarantineError:
        data = _mapping(data, {"kind", "reason", "error", "count"})
        return cls(_text(data["kind"]), _text(data["reason"]), _text(data["error"]), _count(data["count"]))


@dataclasses.dataclass(frozen=True)
class ErasureEntry:
    """One applied erasure request: its pseudonymous id, never the people it names."""

    at: str
    request: str
    reason: str
    people: int
    rows: Mapping[str, int]
    meetings_no_longer_kept: int

    @property
    def rows_erased(self) -> int:
        return sum(self.rows.values())

    def to_json(self) -> dict[str, Any]:
        return {**dataclasses.asdict(self), "rows": dict(self.rows)}

    @classmethod
    def from_json(cls, data: Any) -> ErasureEntry:
        data = _mapping(data, {"at", "request", "reason", "people", "rows", "meetings_no_longer_kept"})
        rows = {_text(k): _count(v) for k, v in _mapping(data["rows"]).items()}
        return cls(
            _text(data["at"]),
            _text(data["request"]),
            _text(data["reason"]),
            _count(data["people"]),
            rows,
            _count(data["meetings_no_longer_kept"]),
        )


# ---------------------------------------------------------------------------
# The manifest
# ---------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Manifest:
    """A run's manifest. Optional sections are absent (None) in manifests of runs that did not write them."""

    run: RunInfo
    inputs: tuple[InputFile, ...]
    skipped_files: tuple[str, ...]
    counts: Mapping[str, KindCounts]
    entities_redacted: Mapping[str, int]
    nulled_fields: Mapping[str, int]
    outputs: Mapping[str, tuple[str, ...]]
    output_sha256: Mapping[str, str]
    meetings: Optional[Meetings] = None
    quarantined_by_error: Optional[tuple[QuarantineError, ...]] = None
    shards: Optional[int] = None
    erasures: Optional[tuple[ErasureEntry, ...]] = None

    @property
    def totals(self) -> Totals:
        return Totals.of(self.counts)

    def audited(self, kind: str) -> AuditedCounts:
        """The counts of an audited kind (zeros when the manifest lacks it)."""
        figures = self.counts.get(kind)
        return figures if isinstance(figures, AuditedCounts) else AuditedCounts(0, dict.fromkeys(DECISIONS, 0), {})

    @classmethod
    def build(
        cls,
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
    ) -> Manifest:
        """The manifest of one pipeline, from its aggregates; ``AccountingError`` if a record was lost."""
        files = sorted(files, key=lambda f: f.path)
        read: collections.Counter = collections.Counter()
        for info in files:
            if info.kind is not None:
                read[info.kind] += info.records
        output_files: dict[str, list[str]] = collections.defaultdict(list)
        digests: dict[str, str] = {}
        for name, path, sha256 in outputs:
            output_files[name].append(path)
            digests[path] = sha256
        outcomes = dict(meetings)
        kept = outcomes.pop(MEETING_KEPT, 0)
        manifest = cls(
            run=RunInfo.from_json(run),
            inputs=tuple(InputFile(f.path, f.kind, f.sha256, f.records, f.error) for f in files if f.kind is not None),
            skipped_files=tuple(f.path for f in files if f.kind is None),
            counts=tally(read, decisions, dict(rejected_reference)),
            entities_redacted=dict(sorted(dict(entities).items())),
            nulled_fields=dict(sorted(dict(nulled_fields).items())),
            outputs={name: tuple(sorted(paths)) for name, paths in sorted(output_files.items())},
            output_sha256=dict(sorted(digests.items())),
            meetings=Meetings(sum(outcomes.values()) + kept, kept, dict(sorted(outcomes.items()))),
            quarantined_by_error=tuple(QuarantineError(*key, n) for key, n in sorted(quarantine_errors)),
        )
        for kind in AUDITED_KINDS:
            figures = manifest.audited(kind)
            if figures.accounted != figures.read:
                raise AccountingError(
                    f"{kind}: {figures.read} records read but {figures.accounted} accounted for; "
                    "the run is incomplete and its outputs must not be used"
                )
        return manifest

    @classmethod
    def merge(cls, shards: list[Manifest]) -> Manifest:
        """One manifest for a run made of several shards (each shard counts its own meetings)."""
        inputs: dict[str, InputFile] = {}
        for shard in shards:
            for entry in shard.inputs:
                merged = inputs.setdefault(entry.path, dataclasses.replace(entry, records=0))
                records, error = merged.records + entry.records, merged.error or entry.error
                inputs[entry.path] = dataclasses.replace(merged, records=records, error=error)
        counts: dict[str, KindCounts] = {}
        for shard in shards:
            for kind, figures in shard.counts.items():
                counts[kind] = counts[kind] + figures if kind in counts else figures
        for kind in AUDITED_KINDS:
            if not isinstance(counts.get(kind), AuditedCounts) or counts[kind].accounted != counts[kind].read:
                raise AccountingError(f"{kind}: the shards' counts do not add up; the run must not be used")
        errors: collections.Counter = collections.Counter()
        not_kept: collections.Counter = collections.Counter()
        entities: collections.Counter = collections.Counter()
        nulled: collections.Counter = collections.Counter()
        outputs: dict[str, list[str]] = collections.defaultdict(list)
        digests: dict[str, str] = {}
        for shard in shards:
            digests.update(shard.output_sha256)
            errors.update({(e.kind, e.reason, e.error): e.count for e in shard.quarantined_by_error or ()})
            not_kept.update(shard.meetings.not_kept if shard.meetings else {})
            entities.update(shard.entities_redacted)
            nulled.update(shard.nulled_fields)
            for name, paths in shard.outputs.items():
                outputs[name].extend(paths)
        return cls(
            run=shards[0].run,
            inputs=tuple(sorted(inputs.values(), key=lambda e: e.path)),
            skipped_files=shards[0].skipped_files,
            counts=counts,
            entities_redacted=dict(sorted(entities.items())),
            nulled_fields=dict(sorted(nulled.items())),
            outputs={name: tuple(sorted(paths)) for name, paths in sorted(outputs.items())},
            output_sha256=dict(sorted(digests.items())),
            meetings=Meetings(
                sum(s.meetings.total for s in shards if s.meetings),
                sum(s.meetings.kept for s in shards if s.meetings),
                dict(sorted(not_kept.items())),
            ),
            quarantined_by_error=tuple(QuarantineError(*key, n) for key, n in sorted(errors.items())),
            shards=len(shards),
        )

    def after_erasure(
        self,
        *,
        rows: Mapping[str, int],
        reason: str,
        entities: Mapping[str, int],
        meetings_gone: int,
        output_sha256: Mapping[str, str],
        entry: ErasureEntry,
    ) -> Manifest:
        """This manifest once ``rows`` (per kind) were erased for ``reason``, with the request logged."""
        counts = dict(self.counts)
        for kind, n in rows.items():
            if n:
                counts[kind] = self.audited(kind).after_erasure(n, reason)
        meetings = self.meetings
        if meetings is not None and meetings_gone:
            erased = str(Decision.ERASED)
            not_kept = {**meetings.not_kept, erased: meetings.not_kept.get(erased, 0) + meetings_gone}
            meetings = Meetings(meetings.total, meetings.kept - meetings_gone, not_kept)
        return dataclasses.replace(
            self,
            counts=counts,
            entities_redacted=dict(sorted(entities.items())),
            meetings=meetings,
            output_sha256=dict(sorted(output_sha256.items())),
            erasures=(*(self.erasures or ()), entry),
        )

    def to_json(self) -> dict[str, Any]:
        """The manifest as ``manifest.json`` holds it (written with sorted keys)."""
        document: dict[str, Any] = self.run.to_json()
        if self.shards is not None:
            document["shards"] = self.shards
        if self.meetings is not None:
            document["meetings"] = self.meetings.to_json()
        if self.quarantined_by_error is not None:
            document["quarantined_by_error"] = [e.to_json() for e in self.quarantined_by_error]
        document.update(
            inputs=[i.to_json() for i in self.inputs],
            skipped_files=list(self.skipped_files),
            counts=counts_to_json(self.counts),
            entities_redacted=dict(self.entities_redacted),
            nulled_fields=dict(self.nulled_fields),
            outputs={name: list(paths) for name, paths in self.outputs.items()},
            output_sha256=dict(self.output_sha256),
        )
        if self.erasures is not None:
            document["erasures"] = [e.to_json() for e in self.erasures]
        return document

    @classmethod
    def from_json(cls, data: Any) -> Manifest:
        """Parses ``manifest.json`` (as loaded); ``ManifestError`` if it is not of the shape this version writes."""
        try:
            return cls._from_json(_mapping(data, _FIELDS))
        except ManifestError:
            raise
        except (KeyError, TypeError, ValueError) as error:
            raise ManifestError(
                f"the manifest lacks a field or has one of another type ({type(error).__name__})"
            ) from None

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> Manifest:
        def optional(name, parse):
            return None if name not in data else parse(data[name])

        def entries(parse):
            return lambda value: tuple(map(parse, _list(value)))

        return cls(
            run=RunInfo.from_json(data),
            inputs=tuple(InputFile.from_json(i) for i in _list(data["inputs"])),
            skipped_files=tuple(_text(p) for p in _list(data["skipped_files"])),
            counts=counts_from_json(data["counts"]),
            entities_redacted={_text(k): _count(v) for k, v in _mapping(data["entities_redacted"]).items()},
            nulled_fields={_text(k): _count(v) for k, v in _mapping(data["nulled_fields"]).items()},
            outputs={
                _text(name): tuple(_text(p) for p in _list(paths)) for name, paths in _mapping(data["outputs"]).items()
            },
            output_sha256={_text(k): _text(v) for k, v in _mapping(data["output_sha256"]).items()},
            meetings=optional("meetings", Meetings.from_json),
            quarantined_by_error=optional("quarantined_by_error", entries(QuarantineError.from_json)),
            shards=optional("shards", _count),
            erasures=optional("erasures", entries(ErasureEntry.from_json)),
        )


_FIELDS = frozenset(
    {
        *(field.name for field in dataclasses.fields(RunInfo)),
        *(field.name for field in dataclasses.fields(Manifest) if field.name != "run"),
    }
)


def _mapping(value: Any, allowed: Optional[Iterable[str]] = None) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ManifestError("the manifest has a section that is not an object")
    if allowed is not None and not set(value) <= set(allowed):
        raise ManifestError("the manifest has fields this version does not know")
    return value


def _list(value: Any) -> list:
    if not isinstance(value, list):
        raise ManifestError("the manifest has a section that is not a list")
    return value


def _count(value: Any) -> int:
    if type(value) is not int:  # noqa: E721 - a JSON true is no count
        raise ManifestError("the manifest has a count that is not a whole number")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ManifestError("the manifest has a name that is not text")
    return value
