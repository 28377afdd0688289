"""``meeting-privacy erase``: an erasure applied to a built output, atomically.

The output is copied beside itself (hard links: unchanged files cost
nothing), the copy is erased (``core/erasure.py``), its report and dataset
card are rendered anew, it is verified, and only then does it replace the
output by the same rename a run publishes with. A reader never sees a
half-erased set, and an erase killed at any moment leaves the previous state.
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path
from typing import NamedTuple, Optional

from meeting_privacy.core.dataset_card import render_dataset_card
from meeting_privacy.core.erasure import (
    Erasure,
    ErasureRefused,
    check_key,
    check_reason,
    erase,
    load_manifest,
    read_user_ids,
    replace_text,
    unmatched_people,
)
from meeting_privacy.core.errors import MeetingPrivacyError
from meeting_privacy.core.pseudonyms import KeySource
from meeting_privacy.core.report import render_report
from meeting_privacy.core.verify import Verdict, verify_output
from meeting_privacy.pipelines.publish import (
    DATASET_CARD,
    REPORT,
    create_staging,
    discard,
    exclusive,
    publish,
    remove_leftovers,
    resolved,
    restrict_quarantine,
    staging_folder,
)


class ErasureFailed(MeetingPrivacyError):
    """The erased copy did not verify; the output was left as it was (exit 1)."""


class ErasureResult(NamedTuple):
    erasure: Optional[Erasure]  # None: nothing rested on these people (already erased, or never there)
    verdict: Verdict
    unmatched: int  # listed people whom no row of the output named before the request


def erase_output(
    output_dir: str, user_ids_file: str, key_source: KeySource, reason: str, now: datetime
) -> ErasureResult:
    """Erases the listed people from ``output_dir``; refuses (``ErasureRefused``) before changing anything."""
    if "://" in output_dir:
        raise ErasureRefused("erase works on local output folders; copy the output locally first")
    output_dir = resolved(output_dir)
    if not Path(output_dir).is_dir():
        raise ErasureRefused(f"output folder {output_dir} does not exist")
    reason = check_reason(reason)
    user_ids = read_user_ids(user_ids_file)
    pseudonymize = key_source.load()
    with exclusive(output_dir):
        check_key(load_manifest(output_dir), pseudonymize)
        before = verify_output(output_dir)
        if not before.ok:  # an erasure can only be as exact as the files are what the manifest says
            raise ErasureRefused(f"{output_dir} does not verify ({before.problems[0]}); nothing was changed")
        unmatched = unmatched_people(output_dir, user_ids, pseudonymize)
        remove_leftovers(output_dir)
        staging = staging_folder(output_dir)
        try:
            create_staging(staging)
            _link_tree(output_dir, staging)
            erasure = erase(staging, user_ids, pseudonymize, reason, now)
            if erasure is None:
                discard(staging)
                return ErasureResult(None, before, unmatched)
            manifest = load_manifest(staging)
            for name, render in ((REPORT, render_report), (DATASET_CARD, render_dataset_card)):
                replace_text(Path(staging) / name, render(manifest))
            restrict_quarantine(staging)
            verdict = verify_output(staging)
            if not verdict.ok:
                raise ErasureFailed(f"the erased copy does not verify ({verdict.problems[0]}); the output is unchanged")
            publish(staging, output_dir)
        except BaseException:
            discard(staging)
            raise
    return ErasureResult(erasure, verdict, unmatched)


def _link_tree(source: str, target: str) -> None:
    """Hard-links every file of ``source`` into ``target`` (copies where links are not possible)."""

    def link(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(source, target, copy_function=link, dirs_exist_ok=True)
