"""Counting what the pipeline does, in Beam metrics and for the live progress line.

Every figure the summary and the report show is a Beam counter, so the same
numbers appear on Dataflow's monitoring page. Counter names carry kinds,
decisions, reasons and entity types only, never a value from a record.
In-process runs also mirror the counters into :data:`LIVE`, which the CLI
polls to draw a progress line while the pipeline is still running (Beam's
in-process runner reports metrics only at the end).
"""

from __future__ import annotations

import collections
import threading

import apache_beam as beam

#: (namespace, name) -> count, for this process only.
LIVE: collections.Counter = collections.Counter()
_LOCK = threading.Lock()

READ = "read"  # records read per input kind (valid or not)
QUARANTINED = "quarantined"  # lines rejected at reading, per input kind
AUDIT = "audit"  # "kind.decision.reason"
ENTITIES = "entities"  # entity type


def count(namespace: str, name: str, value: int = 1) -> None:
    if value:
        beam.metrics.Metrics.counter(namespace, name).inc(value)
        with _LOCK:
            LIVE[(namespace, name)] += value


def live_snapshot() -> dict[tuple[str, str], int]:
    with _LOCK:
        return dict(LIVE)


def reset_live() -> None:
    with _LOCK:
        LIVE.clear()
