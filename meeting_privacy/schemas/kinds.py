"""The record-kind registry: one frozen spec per input kind, read by every step.

Adding a kind means adding its input model, its row type and one entry here
(``docs/architecture.md`` lists the steps). Specs hold data only (this layer
imports nothing from the core): a step that needs behaviour (how a row is
built, which consent rule applies) keeps a table keyed by the kind's name,
and a test checks that the table covers every kind.
"""

from __future__ import annotations

import dataclasses
import functools
from typing import Mapping, NamedTuple, Optional

from meeting_privacy.schemas import inputs, outputs


@dataclasses.dataclass(frozen=True)
class KindSpec:
    """What the pipeline knows about one input kind.

    Attributes:
        name: the file-name prefix and, for training kinds, the output folder.
        model: the pydantic input model.
        description: one line for the report and the dataset card.
        id_field: the field holding an audited record's own id (its pseudonym
            names the audit row, and a second copy of it is a duplicate);
            None for reference kinds.
        category: the consent data category its records need; None for reference kinds.
        meeting_order: where its records come in a meeting's redaction batch
            (placeholders are numbered in that order).
        order_field: the field ordering its records within a meeting (then
            ``id_field``); None for reference kinds.
        attributed_by: for a reference kind, the field naming whom or which
            meeting a line is about: a broken line without it cannot be
            attributed and stops the run.
    """

    name: str
    model: type
    description: str
    id_field: Optional[str] = None
    category: Optional[str] = None
    meeting_order: int = 0
    order_field: Optional[str] = None
    attributed_by: Optional[str] = None

    @property
    def row(self) -> Optional[type[NamedTuple]]:
        """The training row type (``outputs.TRAINING_ROWS``); None for reference kinds."""
        return outputs.TRAINING_ROWS.get(self.name)

    @property
    def decisive(self) -> bool:
        """Losing one of its lines could let data out: an unreadable file or line of it stops the run.

        True for rosters and the consent ledger; a meetings line lost only
        allows fewer words, which redacts more.
        """
        return self.attributed_by is not None

    @property
    def audited(self) -> bool:
        """One audit row per input record, and a training set of its own."""
        return self.row is not None

    @property
    def per_meeting(self) -> bool:
        """Its records belong to one meeting each (the consent ledger's do not)."""
        return "meeting_id" in self.model.model_fields

    @property
    def content(self) -> bool:
        """Customer content: the room check applies to it."""
        return self.category == "content"

    @property
    def columns(self) -> Mapping[str, outputs.StringRule]:
        """The rule of every string column of its training rows."""
        return outputs.STRING_COLUMNS.get(self.name, {})

    @functools.cached_property  # read for every record de-identified
    def free_text(self) -> tuple[tuple[str, ...], ...]:
        """The input fields the de-identifier rewrites (paths into the record), in column order."""
        return tuple(rule.source for rule in self.columns.values() if isinstance(rule, outputs.FreeText))

    @property
    def id_column(self) -> Optional[str]:
        """The training column holding the pseudonym of ``id_field``."""
        return None if self.id_field is None else self.id_field.removesuffix("_id") + "_pseudonym"


KINDS: Mapping[str, KindSpec] = {
    spec.name: spec
    for spec in (
        KindSpec(
            "participants",
            inputs.Participant,
            "meeting rosters: who was in which meeting",
            attributed_by="meeting_id",
        ),
        KindSpec("consent", inputs.ConsentEvent, "the consent ledger", attributed_by="subject_id"),
        KindSpec("meetings", inputs.Meeting, "meeting titles and agendas: words allowed in their own meeting"),
        KindSpec(
            "transcripts",
            inputs.TranscriptSegment,
            "speech-to-text segments of consenting meetings, de-identified",
            id_field="segment_id",
            category="content",
            meeting_order=0,
            order_field="start_ms",
        ),
        KindSpec(
            "chat",
            inputs.ChatMessage,
            "chat messages of consenting meetings, de-identified",
            id_field="message_id",
            category="content",
            meeting_order=1,
            order_field="sent_at",
        ),
        KindSpec(
            "telemetry",
            inputs.TelemetryEvent,
            "service events of consenting users, de-identified",
            id_field="event_id",
            category="telemetry",
            meeting_order=2,
            order_field="occurred_at",
        ),
    )
}

#: Kinds with a training set and an audit row per record, in output order.
AUDITED_KINDS = tuple(name for name, spec in KINDS.items() if spec.audited)
#: Audited kinds that are customer content (the room check applies).
CONTENT_KINDS = tuple(name for name, spec in KINDS.items() if spec.content)
#: Kinds read only to decide: rosters, the consent ledger and meeting descriptions.
REFERENCE_KINDS = tuple(name for name, spec in KINDS.items() if not spec.audited)
#: Input kind (the file-name prefix) -> record model.
INPUT_MODELS: Mapping[str, type] = {name: spec.model for name, spec in KINDS.items()}
