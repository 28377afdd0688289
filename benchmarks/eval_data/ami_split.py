"""The fixed split of the AMI meetings (QMSum's copy) into tuning and development parts, and their turns as text.

Whole meetings go to one side, chosen by a hash of the meeting id, as in
``slue_split``: a model may rehearse on the tuning meetings, and the
evaluation counts PERSON spans on the development meetings only.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Iterator

#: One meeting in three is development data.
DEV_SHARE = 3

#: Transcription marks such as ``{disfmarker}``, ``{vocalsound}``: annotations, not speech.
_MARK = re.compile(r"\s*\{\w+\}")


def is_development(meeting_id: str) -> bool:
    digest = hashlib.sha256(meeting_id.encode("utf-8")).digest()
    return digest[0] % DEV_SHARE == 0


def clean(content: str) -> str:
    """A turn without transcription marks and with single spaces."""
    return " ".join(_MARK.sub(" ", content).split())


def turns(folder: Path, development: bool) -> Iterator[tuple[str, str]]:
    """``(meeting id, turn text)`` of every non-empty turn on one side of the split, in file order."""
    for path in sorted(folder.glob("*.json")):
        if is_development(path.stem) != development:
            continue
        for turn in json.loads(path.read_text(encoding="utf-8"))["meeting_transcripts"]:
            text = clean(turn["content"])
            if text:
                yield path.stem, text
