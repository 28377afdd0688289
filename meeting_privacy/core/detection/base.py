"""The common shape of our own Presidio recognizers.

They all load nothing, are named after their class and tag each result
with the recognizer's name and id, as Presidio's own recognizers do (the
analyzer's decision process and our tests read them).
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult

from .evidence import NAME_EVIDENCE_KEY


class LocalRecognizer(EntityRecognizer):
    """A recognizer built from code and word lists only: nothing to load, named after its class."""

    def __init__(self, supported_entities: list[str], supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=supported_entities, supported_language=supported_language, name=type(self).__name__
        )

    def load(self) -> None:
        """Nothing to load: what a recognizer needs is built in ``__init__`` or cached on first use."""

    def result(
        self, entity: str, start: int, end: int, score: float, evidence: str | None = None, **extra_metadata: object
    ) -> RecognizerResult:
        """A result with this recognizer's name and id, its ``evidence`` (see ``evidence``), ``extra_metadata``."""
        metadata = {
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            **({} if evidence is None else {NAME_EVIDENCE_KEY: evidence}),
            **extra_metadata,
        }
        return RecognizerResult(entity, start, end, score, recognition_metadata=metadata)
