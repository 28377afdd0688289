"""Recognizers for the spoken forms that speech-to-text writes."""

from __future__ import annotations

from collections.abc import Iterable

from presidio_analyzer import EntityRecognizer

__all__ = ["spoken_recognizers"]


def spoken_recognizers(entities: Iterable[str]) -> list[EntityRecognizer]:
    """The spoken-form recognizers for the wanted entity types."""
    wanted = set(entities)
    return [r for r in () if wanted.intersection(r.supported_entities)]
