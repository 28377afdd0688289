"""The record-kind registry: one frozen spec per input kind, read by every step.

Adding a kind means adding its input model, its row type and one entry here;
no step dispatches on a kind's name. Specs hold data only (this layer imports
nothing from the core): a step that needs behaviour keys it on the spec.
"""

from __future__ import annotations

import dataclasses
from typing import Mapping, NamedTuple, Optional

from meeting_privacy.schemas import inputs, outputs


@dataclasses.dataclass(frozen=True)
class KindSpec:
    """What the pipeline knows about one input kind.

    Attributes:
        name: the file-name prefix and, for training kinds, the output folder.
        model: the pydantic input model.
        id_field: the field holding an audited record's own id (its pseudonym
            names the audit row); None for reference kinds.
        row: the training row type; None for reference kinds.
        category: the consent data category its records need; None for reference kinds.
        meeting_order: where its records come in a meeting's redaction batch
            (placeholders are numbered in that order).
        description: one line for the report and the dataset card.
    """

    name: str
    model: type
    description: str
    id_field: Optional[str] = None
    row: Optional[type[NamedTuple]] = None
    category: Optional[str] = None
    meeting_order: int = 0

    @property
    def audited(self) -> bool:
        """One audit row per input record, and a training set of its own."""
        return self.row is not None

    @property
    def content(self) -> bool:
        """Customer content: the room check applies to it."""
        return self.category == "content"

    @property
    def columns(self) -> Mapping[str, outputs.StringRule]:
        """The rule of every string column of its training rows."""
        return outputs.STRING_COLUMNS.get(self.name, {})

    @property
    def id_column(self) -> Optional[str]:
        """The training column holding the pseudonym of ``id_field``."""
        return None if self.id_field is None else self.id_field.removesuffix("_id") + "_pseudonym"


KINDS: Mapping[str, KindSpec] = {
    spec.name: spec
    for spec in (
        KindSpec("participants", inputs.Participant, "meeting rosters: who was in which meeting"),
        KindSpec("consent", inputs.ConsentEvent, "the consent ledger"),
        KindSpec(
            "transcripts",
            inputs.TranscriptSegment,
            "speech-to-text segments of consenting meetings, de-identified",
            id_field="segment_id",
            row=outputs.TranscriptRow,
            category="content",
            meeting_order=0,
        ),
        KindSpec(
            "chat",
            inputs.ChatMessage,
            "chat messages of consenting meetings, de-identified",
            id_field="message_id",
            row=outputs.ChatRow,
            category="content",
            meeting_order=1,
        ),
        KindSpec(
            "telemetry",
            inputs.TelemetryEvent,
            "service events of consenting users, de-identified",
            id_field="event_id",
            row=outputs.TelemetryRow,
            category="telemetry",
            meeting_order=2,
        ),
    )
}

#: Kinds with a training set and an audit row per record, in output order.
AUDITED_KINDS = tuple(name for name, spec in KINDS.items() if spec.audited)
#: Audited kinds that are customer content (the room check applies).
CONTENT_KINDS = tuple(name for name, spec in KINDS.items() if spec.content)
#: Kinds read only to decide: rosters and the consent ledger.
REFERENCE_KINDS = tuple(name for name, spec in KINDS.items() if not spec.audited)
