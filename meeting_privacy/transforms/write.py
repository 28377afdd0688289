"""Writing the training set, the audit, the quarantine and the manifest.

Every sink sits behind :class:`RefuseIfFatal`: if any consent or roster line
could not be attributed to anyone, the run fails before a training row is
written (contract section 2).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from typing import Any, Callable

import apache_beam as beam
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems
from apache_beam.typehints import with_input_types

from meeting_privacy.core.errors import ReferenceDataError
from meeting_privacy.schemas.envelopes import Rejected
from meeting_privacy.schemas.outputs import SCHEMAS, row_to_dict

__all__ = ["RefuseIfFatal", "WriteParquet", "WriteQuarantine", "WriteDocument", "FATAL_PREFIX"]

FATAL_PREFIX = "unreadable reference data"
_MAX_NAMED = 20


class RefuseIfFatal(beam.PTransform):
    """Passes elements through unless reference data named no one; then fails the run."""

    def __init__(self, fatal) -> None:
        super().__init__()
        self._fatal = fatal

    def expand(self, pcoll):
        return pcoll | "CheckReferenceData" >> beam.Map(_refuse_if_fatal, beam.pvalue.AsList(self._fatal))


def _refuse_if_fatal(element, fatal):
    if fatal:
        named = ", ".join(f"{s.file}:{s.line}" for s in sorted(fatal)[:_MAX_NAMED])
        more = f" and {len(fatal) - _MAX_NAMED} more" if len(fatal) > _MAX_NAMED else ""
        raise ReferenceDataError(
            f"{FATAL_PREFIX}: {len(fatal)} consent or roster line(s) cannot be read well enough to "
            f"know whom they concern ({named}{more}); fix them and run again"
        )
    return element


class WriteParquet(beam.PTransform):
    """Writes rows of one kind (``NamedTuple``) as Parquet with the kind's explicit schema.

    Returns the PCollection of written file paths.
    """

    def __init__(self, output_dir: str, kind: str, prefix: str = "part") -> None:
        super().__init__()
        self._prefix = FileSystems.join(output_dir, kind, prefix)
        self._kind = kind

    def expand(self, rows):
        return (
            rows
            | "ToDict" >> beam.Map(row_to_dict)
            | "Parquet"
            >> beam.io.WriteToParquet(self._prefix, SCHEMAS[self._kind], file_name_suffix=".parquet", codec="snappy")
        )


@with_input_types(Rejected)
class WriteQuarantine(beam.PTransform):
    """Writes rejected lines as JSON Lines; the only sink that may hold raw input.

    Local files are created owner-only by the CLI's umask and checked after
    the run; on object stores, restrict the bucket (see docs/deploy.md).
    """

    def __init__(self, output_dir: str, prefix: str = "part") -> None:
        super().__init__()
        self._prefix = FileSystems.join(output_dir, "quarantine", prefix)

    def expand(self, rejected):
        return (
            rejected
            | "ToJson" >> beam.Map(quarantine_line)
            | "Text" >> beam.io.WriteToText(self._prefix, file_name_suffix=".jsonl")
        )


def quarantine_line(rejected: Rejected) -> str:
    entry = {
        "kind": rejected.kind,
        "file": rejected.source.file,
        "line": rejected.source.line,
        "reason": rejected.reason,
        "error": rejected.error,
    }
    try:
        entry["raw"] = rejected.raw.decode("utf-8")
    except UnicodeDecodeError:
        entry["raw_base64"] = base64.b64encode(rejected.raw).decode("ascii")
    return json.dumps(entry, ensure_ascii=False, sort_keys=True)


class WriteDocument(beam.PTransform):
    """Writes one document, rendered from a single-element PCollection, to ``path``.

    ``render`` turns the element into text (default: indented, sorted JSON).
    Returns the PCollection of the written path.
    """

    def __init__(self, path: str, render: Callable[[Any], str] = None) -> None:
        super().__init__()
        self._path = path
        self._render = render or render_json

    def expand(self, document):
        return document | "WriteFile" >> beam.Map(_write_document, self._path, self._render)


def render_json(document: Any) -> str:
    return json.dumps(document, indent=2, sort_keys=True) + "\n"


def _write_document(document: Any, path: str, render: Callable[[Any], str]) -> str:
    with FileSystems.create(path) as handle:
        handle.write(render(document).encode("utf-8"))
    return path


def file_sha256(path: str) -> str:
    """SHA-256 of a written file, for the manifest (``verify`` checks it)."""
    digest = hashlib.sha256()
    with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def relative(path: str, root: str) -> str:
    """``path`` relative to the output folder, with forward slashes."""
    root = root.rstrip("/") + "/"
    return path[len(root) :] if path.startswith(root) else os.path.basename(path)
