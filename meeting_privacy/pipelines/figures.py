"""The run's figures from Beam metrics, and a live progress line while it runs.

Beam counters are the single source of the summary's numbers, so a user
sees the same figures in the terminal, in the manifest and on Dataflow's
monitoring page (a test checks the metrics and the manifest agree).
"""

from __future__ import annotations

import sys
import threading
import time
from typing import Any, Mapping, TextIO

from apache_beam.metrics.metric import MetricsFilter

from meeting_privacy.core.manifest import counts_to_json, tally
from meeting_privacy.schemas.kinds import AUDITED_KINDS, REFERENCE_KINDS
from meeting_privacy.transforms.metrics import AUDIT, ENTITIES, QUARANTINED, READ, live_snapshot, reset_live

Counters = Mapping[tuple[str, str], int]


def counters_of(result) -> dict[tuple[str, str], int]:
    """All counters of a finished pipeline, summed over steps."""
    totals: dict[tuple[str, str], int] = {}
    for counter in result.metrics().query(MetricsFilter())["counters"]:
        value = counter.committed if counter.committed is not None else counter.attempted
        key = (counter.key.metric.namespace, counter.key.metric.name)
        totals[key] = totals.get(key, 0) + (value or 0)
    return totals


def figures(counters: Counters) -> dict[str, Any]:
    """``{"counts": ..., "entities_redacted": ...}`` as the manifest has them, tallied the manifest's way."""
    read = {name: value for (namespace, name), value in counters.items() if namespace == READ}
    decisions = [
        (tuple(name.split(".")), value) for (namespace, name), value in counters.items() if namespace == AUDIT and value
    ]
    quarantined = {name: value for (namespace, name), value in counters.items() if namespace == QUARANTINED}
    entities = {name: value for (namespace, name), value in counters.items() if namespace == ENTITIES and value}
    return {
        "counts": counts_to_json(tally(read, decisions, quarantined)),
        "entities_redacted": dict(sorted(entities.items())),
    }


class Progress:
    """Redraws one status line on a terminal while the pipeline runs; silent elsewhere."""

    def __init__(self, enabled: bool = True, stream: TextIO = sys.stderr, interval: float = 0.5) -> None:
        self._stream = stream
        self._interval = interval
        self._enabled = enabled and stream.isatty()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def __enter__(self) -> "Progress":
        reset_live()
        self._started = time.monotonic()
        if self._enabled:
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._enabled:
            self._thread.join()
            self._stream.write("\r\033[K")
            self._stream.flush()

    def line(self) -> str:
        elapsed = int(time.monotonic() - self._started)
        clock = f"{elapsed // 60:02d}:{elapsed % 60:02d}"
        snapshot = live_snapshot()
        if not snapshot:  # workers in other processes: their counts arrive at the end
            return f"running on the workers... {clock}"
        read = " ".join(f"{kind} {snapshot.get((READ, kind), 0):,}" for kind in (*REFERENCE_KINDS, *AUDITED_KINDS))
        decided = sum(v for (namespace, _), v in snapshot.items() if namespace == AUDIT)
        return f"read: {read} | decided {decided:,} | {clock}"

    def _loop(self) -> None:
        while not self._stop.wait(self._interval):
            self._stream.write("\r\033[K" + self.line())
            self._stream.flush()
