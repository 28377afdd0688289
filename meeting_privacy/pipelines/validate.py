"""``meeting-privacy validate``: check input files against the contract without running the pipeline.

Reads every file the pipeline would read, with the same parser, and reports
per file: kind, records, valid, malformed, the first problems by line (field
and rule only, never a value), and whether a reference line would stop a run.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from meeting_privacy.core.input_files import file_name, kind_of, read_records
from meeting_privacy.schemas.envelopes import Rejected

PROBLEMS_SHOWN = 5


@dataclasses.dataclass
class FileReport:
    name: str
    kind: str | None
    records: int = 0
    malformed: int = 0
    problems: list[str] = dataclasses.field(default_factory=list)
    fatal: list[str] = dataclasses.field(default_factory=list)


def validate_folder(input_dir: str) -> list[FileReport]:
    """One report per file in the folder, in name order."""
    pattern = input_dir.rstrip("/") + "/*"
    paths = sorted(m.path for result in FileSystems.match([pattern]) for m in result.metadata_list)
    return [_validate_file(path) for path in paths]


def _validate_file(path: str) -> FileReport:
    report = FileReport(file_name(path), kind_of(path))
    if report.kind is None:
        return report

    def open_stream(decompress: bool):
        compression = CompressionTypes.AUTO if decompress else CompressionTypes.UNCOMPRESSED
        return FileSystems.open(path, compression_type=compression)

    for record in read_records(report.kind, report.name, open_stream):
        report.records += 1
        if isinstance(record, Rejected):
            report.malformed += 1
            where = f"{record.source.file}:{record.source.line}"
            if len(report.problems) < PROBLEMS_SHOWN:
                report.problems.append(f"{where}: {record.error}")
            if _unattributable(record):
                report.fatal.append(where)
    return report


def _unattributable(record: Rejected) -> bool:
    needed = {"consent": "subject_id", "participants": "meeting_id"}.get(record.kind)
    return needed is not None and record.salvaged_value(needed) is None


def format_report(reports: list[FileReport]) -> Iterator[str]:
    yield f"{'file':<36}{'kind':<14}{'records':>8}{'valid':>8}{'malformed':>11}"
    for r in reports:
        if r.kind is None:
            yield f"{r.name:<36}{'(skipped: not an input kind)'}"
        else:
            yield f"{r.name:<36}{r.kind:<14}{r.records:>8}{r.records - r.malformed:>8}{r.malformed:>11}"
    for r in reports:
        for problem in r.problems:
            yield f"  {problem}"
        if r.malformed > len(r.problems):
            yield f"  {r.name}: and {r.malformed - len(r.problems)} more"
    fatal = [where for r in reports for where in r.fatal]
    malformed = sum(r.malformed for r in reports)
    if fatal:
        yield f"{len(fatal)} reference line(s) name no subject or meeting; a run would stop: {', '.join(fatal[:10])}"
    yield f"{malformed} malformed record(s) in {sum(1 for r in reports if r.malformed)} file(s)"
