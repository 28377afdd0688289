"""``meeting-privacy validate``: check input files against the contract without running the pipeline.

Reads every file the pipeline would read (subfolders too), with the same
reader and limits, and reports per file: kind, records, valid, malformed,
the first problems by line (field and rule only, never a value), what the
reader tolerated (a byte-order mark), and whether a reference line or file
would stop a run.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from meeting_privacy.core.consent import unattributable
from meeting_privacy.core.input_files import DEFAULT_LIMITS, InputFile, describe, read_records
from meeting_privacy.core.policy import ReadLimits
from meeting_privacy.schemas.envelopes import Rejected
from meeting_privacy.transforms.read import folder_pattern

PROBLEMS_SHOWN = 5


@dataclasses.dataclass
class FileReport:
    name: str  # relative to the input folder
    kind: str | None
    records: int = 0
    malformed: int = 0
    problems: list[str] = dataclasses.field(default_factory=list)
    fatal: list[str] = dataclasses.field(default_factory=list)
    notes: list[str] = dataclasses.field(default_factory=list)


def validate_folder(input_dir: str, limits: ReadLimits = DEFAULT_LIMITS) -> list[FileReport]:
    """One report per file in the folder and its subfolders, in name order."""
    root = input_dir.rstrip("/")
    matched = FileSystems.match([folder_pattern(root)])[0].metadata_list
    files = sorted((describe(m.path, root) for m in matched if not m.path.endswith("/")), key=lambda f: f.name)
    return [_validate_file(file, limits) for file in files]


def _validate_file(file: InputFile, limits: ReadLimits) -> FileReport:
    report = FileReport(file.name, file.kind)
    if file.kind is None:
        return report

    def open_stream():
        return FileSystems.open(file.path, compression_type=CompressionTypes.UNCOMPRESSED)

    for record in read_records(file, open_stream, limits, report.notes):
        report.records += 1
        if isinstance(record, Rejected):
            report.malformed += 1
            where = f"{record.source.file}:{record.source.line}"
            if len(report.problems) < PROBLEMS_SHOWN:
                report.problems.append(f"{where}: {record.error}")
            if unattributable(record):
                report.fatal.append(where)
    return report


def format_report(reports: list[FileReport]) -> Iterator[str]:
    yield f"{'file':<36}{'kind':<14}{'records':>8}{'valid':>8}{'malformed':>11}"
    for r in reports:
        if r.kind is None:
            yield f"{r.name:<36}{'(skipped: not an input file)'}"
        else:
            yield f"{r.name:<36}{r.kind:<14}{r.records:>8}{r.records - r.malformed:>8}{r.malformed:>11}"
    for r in reports:
        for note in r.notes:
            yield f"  {r.name}: {note}"
        for problem in r.problems:
            yield f"  {problem}"
        if r.malformed > len(r.problems):
            yield f"  {r.name}: and {r.malformed - len(r.problems)} more"
    fatal = [where for r in reports for where in r.fatal]
    malformed = sum(r.malformed for r in reports)
    if fatal:
        named = ", ".join(fatal[:10])
        yield f"{len(fatal)} reference line(s) or file(s) name no subject or meeting; a run would stop: {named}"
    yield f"{malformed} malformed record(s) in {sum(1 for r in reports if r.malformed)} file(s)"
