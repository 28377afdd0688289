"""Where a run writes, and how its outputs replace the previous ones.

A run never writes into its output folder. It first refuses an output that
overlaps the input or holds files no earlier run wrote (the user's own files
are not ours to replace), then writes into an owner-only staging folder
beside the output and, once the manifest, report and dataset card are
complete, renames that folder into place. A run killed at any moment thus
leaves at the output path either the previous complete output or none, never
a partial one (docs/decisions.md, "Output folder safety and errors").

Object stores (``gs://``, ``s3://``) have no atomic rename: there the files
are moved one by one with Beam's ``FileSystems``, the manifest last, and
readers must go by ``manifest.json``.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import posixpath
import re
import secrets
import shutil
import signal
import tempfile
import threading
from pathlib import Path, PurePosixPath
from typing import Iterator, Optional

from apache_beam.io.filesystems import FileSystems

from meeting_privacy.core.errors import ConfigError
from meeting_privacy.transforms.write import relative

__all__ = [
    "DATASET_CARD",
    "MANIFEST",
    "REPORT",
    "OutputRefused",
    "check_output",
    "create_staging",
    "discard",
    "exclusive",
    "publish",
    "remove_leftovers",
    "resolved",
    "restrict_quarantine",
    "staging_folder",
]

#: The documents a run writes besides the files its manifest lists under ``outputs``.
MANIFEST = "manifest.json"
REPORT = "report.html"
DATASET_CARD = "DATASET_CARD.md"

_STAGING = "staging"
_PREVIOUS = "previous"


class OutputRefused(ConfigError):
    """The output folder would overlap the input or lose files that are not ours (exit 2)."""


def resolved(path: str) -> str:
    """A local path made absolute with symlinks resolved; a remote one normalised.

    Paths are compared and published in this form, so that a symlink cannot
    hide that an output lies inside the input.
    """
    if not _is_remote(path):
        return str(Path(path).resolve())
    scheme, rest = path.split("://", 1)
    return f"{scheme.lower()}://{posixpath.normpath('/' + rest).lstrip('/')}"


def check_output(input_dir: str, output_dir: str) -> None:
    """Raises ``OutputRefused`` unless a run may write ``output_dir``; changes nothing.

    Refused: an output that is, contains or lies inside the input (it would
    delete the input, or be read back as input), an output that is a file or
    a mount point, and an output that holds anything the previous run's
    manifest does not list.
    """
    input_dir, output_dir = resolved(input_dir), resolved(output_dir)
    output_parts, input_parts = _parts(output_dir), _parts(input_dir)
    if output_parts[: len(input_parts)] == input_parts:
        raise OutputRefused(f"output folder {output_dir} is, or lies inside, the input folder {input_dir}")
    if input_parts[: len(output_parts)] == output_parts:
        raise OutputRefused(f"output folder {output_dir} contains the input folder {input_dir}")
    entries = _entries(output_dir)
    foreign = _first_foreign(entries, _written_by_us(output_dir)) if entries else None
    if foreign is not None:
        raise OutputRefused(
            f"output folder {output_dir} holds {foreign}, which no earlier meeting-privacy run wrote; "
            "nothing was changed: move it away or choose an empty or new folder"
        )


@contextlib.contextmanager
def exclusive(output_dir: str) -> Iterator[None]:
    """Holds the output's lock while a run or an erase writes it.

    Two writers of one output would each publish their own copy, and the last
    rename would silently undo the other (an erasure lost, erased rows back).
    The lock is ``flock`` on a file named by the output's resolved path in a
    folder of this user's in the temporary directory (nothing is added beside
    the output), so it is released when the process ends however it ends.
    Local outputs on one machine only.
    """
    if _is_remote(output_dir):
        yield
        return
    folder = Path(tempfile.gettempdir()) / f"meeting-privacy-locks-{os.getuid()}"
    folder.mkdir(mode=0o700, exist_ok=True)
    name = hashlib.sha256(resolved(output_dir).encode("utf-8")).hexdigest()
    with open(folder / f"{name}.lock", "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputRefused(
                f"another meeting-privacy run or erase is writing {output_dir}; wait for it to finish"
            ) from None
        yield


def remove_leftovers(output_dir: str) -> None:
    """Removes the staging and set-aside folders that killed runs left beside this output.

    They may hold a quarantine (raw input), so they must not linger. Only
    folders of runs whose process is gone are removed; a live run's are its
    own. Local outputs only: on an object store a process id names nothing.
    """
    if _is_remote(output_dir):
        return
    output = Path(output_dir)
    pattern = re.compile(rf"\.{re.escape(output.name)}\.(?:{_STAGING}|{_PREVIOUS})-(\d+)-[0-9a-f]{{8}}")
    for entry in output.parent.iterdir() if output.parent.is_dir() else ():
        match = pattern.fullmatch(entry.name)
        if match and entry.is_dir() and not entry.is_symlink() and not _alive(int(match.group(1))):
            shutil.rmtree(entry)


def staging_folder(output_dir: str) -> str:
    """A new staging folder's name: hidden, beside the output (same parent, so that publishing it
    is one rename on the same file system), named with this process's id and a random part."""
    return _beside(output_dir, _STAGING)


def create_staging(staging: str) -> None:
    """Creates the staging folder, owner-only: it will hold the quarantine (raw input)."""
    if _is_remote(staging):
        return
    try:
        Path(staging).parent.mkdir(parents=True, exist_ok=True)
        Path(staging).mkdir(mode=0o700)
        Path(staging).chmod(0o700)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise OutputRefused(f"cannot create the staging folder {staging} ({reason})") from None


def discard(staging: str) -> None:
    """Removes a staging folder: what a failed or interrupted run wrote is never published."""
    if _is_remote(staging):
        files = _remote_files(staging)
        if files:
            FileSystems.delete(files)
    else:
        shutil.rmtree(staging, ignore_errors=True)


def restrict_quarantine(output_dir: str) -> None:
    """Makes the quarantine owner-only (0700 folder, 0600 files): it holds raw input lines.

    Called on the staging folder, before publishing, so that the quarantine is
    never readable by others at the output path, not even for a moment.
    """
    quarantine = Path(output_dir) / "quarantine"
    if _is_remote(output_dir) or not quarantine.exists():
        return
    quarantine.chmod(0o700)
    for path in quarantine.rglob("*"):
        path.chmod(0o700 if path.is_dir() else 0o600)


def publish(staging: str, output_dir: str) -> None:
    """Moves a complete staging folder into place, replacing the previous output."""
    if _is_remote(output_dir):
        _publish_by_moving_files(staging, output_dir)
        return
    with _signals_held():
        previous = None
        if os.path.lexists(output_dir):
            previous = _beside(output_dir, _PREVIOUS)
            os.rename(output_dir, previous)
        try:
            os.rename(staging, output_dir)  # from here on the new output is complete at its path
        except BaseException:
            if previous is not None:  # the previous output goes back, rather than be removed as a leftover
                os.rename(previous, output_dir)
            raise
        if previous is not None:
            shutil.rmtree(previous)  # rows of people who have since withdrawn must not linger


def _publish_by_moving_files(staging: str, output_dir: str) -> None:
    # No rename of a folder on object stores: the old manifest goes first and the new one comes
    # last, so that at every moment a manifest at the output path lists complete files.
    manifest = FileSystems.join(output_dir, MANIFEST)
    if FileSystems.exists(manifest):
        FileSystems.delete([manifest])
    old = _remote_files(output_dir)
    if old:
        FileSystems.delete(old)
    new = _remote_files(staging)
    for batch in ([p for p in new if not _is_manifest(p)], [p for p in new if _is_manifest(p)]):
        if batch:
            FileSystems.rename(batch, [FileSystems.join(output_dir, relative(p, staging)) for p in batch])


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Ignores SIGINT and SIGTERM while the output is swapped (two renames and a removal), so that
    an interruption cannot leave no output where there was one, nor a published run reported as not."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    handlers = {number: signal.signal(number, signal.SIG_IGN) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in handlers.items():
            signal.signal(number, signal.SIG_DFL if handler is None else handler)


def _entries(output_dir: str) -> Optional[list[str]]:
    """Everything in the output folder, relative to it (folders too); ``None`` when there is no output."""
    if _is_remote(output_dir):
        return [relative(p, output_dir) for p in _remote_files(output_dir)] or None
    output = Path(output_dir)
    if not output.exists():
        return None
    if not output.is_dir():
        raise OutputRefused(f"output folder {output_dir} is a file, not a folder")
    if output.stat().st_dev != output.parent.stat().st_dev:
        raise OutputRefused(
            f"output folder {output_dir} is a mount point; outputs are published by renaming a folder "
            "beside it, so give a folder inside it"
        )
    entries = []
    for folder, subfolders, files in os.walk(output):
        for name in (*subfolders, *files):
            entries.append((Path(folder) / name).relative_to(output).as_posix())
    return entries


def _written_by_us(output_dir: str) -> frozenset[str]:
    """The files the previous run wrote here, by its manifest; none without a manifest of ours."""
    path = FileSystems.join(output_dir, MANIFEST)
    try:
        with FileSystems.open(path) as handle:
            manifest = json.loads(handle.read().decode("utf-8"))
    except (OSError, ValueError):  # no manifest, or not ours
        return frozenset()
    outputs = manifest.get("outputs") if isinstance(manifest, dict) and "policy_sha256" in manifest else None
    if not isinstance(outputs, dict):
        return frozenset()
    listed = {p for paths in outputs.values() if isinstance(paths, list) for p in paths if isinstance(p, str)}
    return frozenset({MANIFEST, REPORT, DATASET_CARD, *listed})


def _first_foreign(entries: list[str], ours: frozenset[str]) -> Optional[str]:
    """The first entry (in sorted order) that is neither one of our files nor a folder holding one."""
    allowed = set(ours) | {str(folder) for path in ours for folder in PurePosixPath(path).parents}
    return next((entry for entry in sorted(entries) if entry not in allowed), None)


def _beside(output_dir: str, role: str) -> str:
    """A hidden, unique name next to the output: ``.<name>.<role>-<pid>-<random>``."""
    parent, name = posixpath.split(output_dir.rstrip("/")) if _is_remote(output_dir) else os.path.split(output_dir)
    if not name or parent.endswith(":"):
        raise OutputRefused(f"output folder {output_dir} must be a folder inside a folder or bucket")
    return FileSystems.join(parent, f".{name}.{role}-{os.getpid()}-{secrets.token_hex(4)}")


def _parts(path: str) -> tuple[str, ...]:
    return PurePosixPath(path.replace("://", ":/", 1)).parts


def _remote_files(prefix: str) -> list[str]:
    return [m.path for m in FileSystems.match([FileSystems.join(prefix, "**")])[0].metadata_list]


def _is_manifest(path: str) -> bool:
    return posixpath.basename(path) == MANIFEST


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _is_remote(path: str) -> bool:
    return "://" in path
