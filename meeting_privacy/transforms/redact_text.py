"""The de-identifier alone: a PCollection of strings in, redacted strings out.

``RedactText`` is for users who only want the project's Presidio-based
detector (spoken forms, roster names, the policy's entity list) on texts of
their own, without consent gating or pseudonyms. It has the shape of Beam's
``RunInference``: a picklable spec (the :class:`DetectionSettings` and an
optional :class:`Roster`) travels with the graph; the detector and its spaCy
model are built once per worker through
:func:`meeting_privacy.transforms.deidentify.shared_redactor`, texts are
redacted in batches, and texts whose redaction raises go to a dead-letter
output instead of stopping the job or passing through unredacted.
"""

from __future__ import annotations

from typing import Iterator, List, NamedTuple, Optional

import apache_beam as beam
from apache_beam.typehints import with_input_types, with_output_types

from meeting_privacy.core.detection import DetectionSettings, Roster
from meeting_privacy.core.redactor import Placeholders, Redactor
from meeting_privacy.transforms.deidentify import shared_redactor

__all__ = ["FailedText", "RedactText", "REDACTED", "FAILED"]

#: Output tags of :class:`RedactText`.
REDACTED = "redacted"
FAILED = "failed"
_NAMESPACE = "redact_text"


class FailedText(NamedTuple):
    """A text whose redaction raised, on the dead-letter output.

    ``text`` is the *raw, unredacted* input: route it only to a sink as
    restricted as the input itself. ``error`` is the exception's type name
    (never its message, which may quote the text). The repr hides the text,
    so that logging a ``FailedText`` by mistake leaks nothing.
    """

    text: str
    error: str

    def __repr__(self) -> str:
        return f"FailedText(<{len(self.text)} characters>, error={self.error!r})"


@with_input_types(str)
@with_output_types(str)
class RedactText(beam.PTransform):
    """Replaces personal data in each string by typed placeholders (``<PERSON_1>``).

    Args:
        settings: what to detect (``Policy().deidentification`` or your own
            :class:`DetectionSettings`); its ``batch_size`` caps the texts
            per detector batch.
        roster: names and emails that are always redacted, whatever the NER
            model thinks (e.g. the participants of the meeting the texts come
            from). Default: none.

    Takes a ``PCollection[str]``; Beam refuses any other element type when the
    pipeline is built. Returns a ``DoOutputsTuple``: ``result.redacted``
    (``PCollection[str]``, the main output, also ``result[REDACTED]``) and
    ``result.failed`` (``FailedText`` for each text whose redaction raised;
    it is never emitted on ``redacted``). Placeholders are numbered per text:
    the same value gets the same placeholder within one text only.
    """

    def __init__(self, settings: DetectionSettings, roster: Optional[Roster] = None) -> None:
        super().__init__()
        if not isinstance(settings, DetectionSettings):
            raise TypeError("RedactText needs DetectionSettings, e.g. Policy().deidentification")
        if roster is not None and not isinstance(roster, Roster):
            raise TypeError("RedactText's roster must be a meeting_privacy.core.detection.Roster or None")
        self._settings = settings
        self._roster = roster if roster is not None else Roster()

    def expand(self, texts):
        return (
            texts
            | "Batch"
            >> beam.BatchElements(min_batch_size=1, max_batch_size=self._settings.batch_size).with_input_types(str)
            | "Redact" >> beam.ParDo(_RedactBatchFn(self._settings, self._roster)).with_outputs(FAILED, main=REDACTED)
        )


@with_input_types(List[str])
class _RedactBatchFn(beam.DoFn):
    def __init__(self, settings: DetectionSettings, roster: Roster) -> None:
        self._settings = settings
        self._roster = roster
        self._redacted = beam.metrics.Metrics.counter(_NAMESPACE, "redacted")
        self._failed = beam.metrics.Metrics.counter(_NAMESPACE, "failed")

    def setup(self) -> None:
        self._redactor: Redactor = shared_redactor(self._settings)

    def process(self, batch: List[str]) -> Iterator:
        try:
            spans = self._redactor.detect(batch, [self._roster] * len(batch))
        except Exception:  # noqa: BLE001 - retry one by one so that one bad text costs only itself
            spans = [self._detect_one(text) for text in batch]
        for text, text_spans in zip(batch, spans, strict=True):
            try:
                if text_spans is None:
                    raise RuntimeError("detection failed")
                redacted = self._redactor.apply(text, text_spans, Placeholders()).text
            except Exception as error:  # noqa: BLE001 - fail closed: never pass a text through unredacted
                self._failed.inc()
                yield beam.pvalue.TaggedOutput(FAILED, FailedText(text, type(error).__name__))
                continue
            self._redacted.inc()
            yield redacted

    def _detect_one(self, text: str):
        try:
            return self._redactor.detect([text], [self._roster])[0]
        except Exception:  # noqa: BLE001 - the caller sends this text to the dead-letter output
            return None
