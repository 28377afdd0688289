"""The fixed split of SLUE-VoxPopuli's fine-tune file into tuning and development parts.

Whole plenary sessions go to one side (a session's speakers and topics
repeat), chosen by a hash of the session id, so the split is the same on
every machine and never depends on row order. Nothing that is tuned, trained
or chosen may look at the development part; only the evaluation reports it.
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path
from typing import Iterator

#: One session in three is development data (SLUE has few person names: keep enough to score).
DEV_SHARE = 3


def session_of(row_id: str) -> str:
    """The plenary session of a SLUE row id (``20131007-0900-PLENARY-19-en_...`` -> its part before ``_``)."""
    return row_id.split("_", 1)[0]


def is_development(row_id: str) -> bool:
    digest = hashlib.sha256(session_of(row_id).encode("utf-8")).digest()
    return digest[0] % DEV_SHARE == 0


def rows(path: Path, development: bool) -> Iterator[dict]:
    """The rows of ``fine-tune.tsv`` on one side of the split."""
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if is_development(row["id"]) == development:
                yield row
