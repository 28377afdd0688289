"""De-identification on Beam workers, shaped like RunInference.

The DoFns carry only picklable specs (the detection settings and a
``KeySource``); the Presidio engines and the spaCy model are built once per
worker process in ``setup()`` through ``apache_beam.utils.shared.Shared``,
and the key is read there too, so neither is ever pickled with the graph.
"""

from __future__ import annotations

import apache_beam as beam
from apache_beam.typehints import with_input_types
from apache_beam.utils.shared import Shared

from meeting_privacy.core.consent import MeetingDecisions
from meeting_privacy.core.deidentify import audit_row, deidentify_meetings
from meeting_privacy.core.detection import DetectionSettings, Detector
from meeting_privacy.core.pseudonyms import KeySource
from meeting_privacy.core.redactor import Redactor
from meeting_privacy.schemas.envelopes import Rejected
from meeting_privacy.schemas.kinds import AUDITED_KINDS
from meeting_privacy.schemas.outputs import AuditRow
from meeting_privacy.transforms.metrics import AUDIT as AUDIT_COUNTER
from meeting_privacy.transforms.metrics import ENTITIES, count

__all__ = ["DeidentifyMeetings", "AuditRejected", "shared_redactor"]

AUDIT = "audit"
QUARANTINE = "quarantine"
_TEXTS_PER_BATCH = 512
_SHARED = Shared()


def shared_redactor(settings: DetectionSettings) -> Redactor:
    """The worker's one ``Redactor`` for these settings, built on first use."""

    def build() -> _Holder:
        return _Holder(Redactor(Detector(settings)))

    return _SHARED.acquire(build, tag=repr(settings)).redactor


class _Holder:
    # Shared needs a weak-referenceable object; a Redactor holds engines, not itself.
    def __init__(self, redactor: Redactor) -> None:
        self.redactor = redactor


@with_input_types(MeetingDecisions)
class DeidentifyMeetings(beam.PTransform):
    """De-identifies consented records, meeting by meeting.

    Takes ``MeetingDecisions`` (from ``GateByConsent``). Returns a dict: one
    entry of training rows per audited kind (``transcripts``, ``chat``,
    ``telemetry``), ``audit`` (one
    ``AuditRow`` per record) and ``quarantine`` (``Rejected`` records whose
    de-identification failed; they are never emitted).
    """

    def __init__(self, settings: DetectionSettings, key_source: KeySource, time_granularity: str = "hour") -> None:
        super().__init__()
        self._fn = _DeidentifyFn(settings, key_source, time_granularity)

    def expand(self, meetings):
        results = (
            meetings
            # Several small meetings share one spaCy batch; sized by their number of records.
            | "BatchMeetings"
            >> beam.BatchElements(
                min_batch_size=1, max_batch_size=_TEXTS_PER_BATCH, element_size_fn=lambda m: len(m.decisions) or 1
            )
            | "Deidentify" >> beam.ParDo(self._fn).with_outputs(*AUDITED_KINDS, AUDIT, QUARANTINE)
        )
        return {tag: results[tag] for tag in (*AUDITED_KINDS, AUDIT, QUARANTINE)}


class _DeidentifyFn(beam.DoFn):
    def __init__(self, settings: DetectionSettings, key_source: KeySource, time_granularity: str) -> None:
        self._settings = settings
        self._key_source = key_source
        self._time_granularity = time_granularity

    def setup(self) -> None:
        self._pseudonymize = self._key_source.load()
        self._redactor = shared_redactor(self._settings)

    def process(self, meetings: list[MeetingDecisions]):
        for output in deidentify_meetings(meetings, self._redactor, self._pseudonymize, self._time_granularity):
            if output.tag == AUDIT:
                _count(output.value)
            yield beam.pvalue.TaggedOutput(output.tag, output.value)


@with_input_types(Rejected)
class AuditRejected(beam.PTransform):
    """Audit rows for the lines of audited kinds (transcripts, chat, telemetry) that failed validation."""

    def __init__(self, key_source: KeySource) -> None:
        super().__init__()
        self._key_source = key_source

    def expand(self, rejected):
        return rejected | "AuditQuarantined" >> beam.ParDo(_AuditRejectedFn(self._key_source))


class _AuditRejectedFn(beam.DoFn):
    def __init__(self, key_source: KeySource) -> None:
        self._key_source = key_source

    def setup(self) -> None:
        self._pseudonymize = self._key_source.load()

    def process(self, rejected: Rejected):
        if rejected.kind in AUDITED_KINDS:
            row = audit_row(rejected, rejected.reason, self._pseudonymize)
            _count(row)
            yield row


def _count(row: AuditRow) -> None:
    count(AUDIT_COUNTER, f"{row.kind}.{row.decision}.{row.reason}")
    for entity, n in row.entity_counts:
        count(ENTITIES, entity, n)
