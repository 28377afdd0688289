"""Replacing detected spans with typed placeholders numbered per meeting.

Detection (which spans are personal data) lives in
:mod:`meeting_privacy.core.detection`; this module decides what a span
becomes. Within one meeting the same value always gets the same placeholder
(``<PERSON_1>``), and every form of one roster person's name ("Priya",
"Priya Sharma", "priya") counts as the same value.
"""

from __future__ import annotations

import collections
import re
from typing import NamedTuple, Sequence

from presidio_analyzer import RecognizerResult
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig

from meeting_privacy.core.detection import Detector, Roster

_SPACES = re.compile(r"\s+")


class Placeholders:
    """Numbers values per entity type in order of first appearance (one per meeting)."""

    def __init__(self) -> None:
        self._numbers: dict[tuple[str, object], int] = {}
        self._next: collections.Counter[str] = collections.Counter()

    def placeholder(self, result: RecognizerResult, value: str) -> str:
        entity = result.entity_type
        roster_person = (result.recognition_metadata or {}).get("roster_person")
        identity = ("roster", roster_person) if roster_person is not None else _SPACES.sub(" ", value).casefold()
        key = (entity, identity)
        if key not in self._numbers:
            self._next[entity] += 1
            self._numbers[key] = self._next[entity]
        return f"<{entity}_{self._numbers[key]}>"

    def __repr__(self) -> str:  # never show the values it has seen
        return f"Placeholders({len(self._numbers)} values)"


class Redaction(NamedTuple):
    text: str
    entity_counts: collections.Counter


class Redactor:
    """Detects and replaces personal data in the texts of one meeting at a time."""

    def __init__(self, detector: Detector) -> None:
        self._detector = detector
        self._anonymizer = AnonymizerEngine()

    def detect(self, texts: Sequence[str], rosters: Sequence[Roster]) -> list[list[RecognizerResult]]:
        """Spans of personal data in each text, given its meeting's roster (one spaCy batch)."""
        return self._detector.analyze_batch(list(texts), list(rosters))

    def apply(self, text: str, spans: Sequence[RecognizerResult], placeholders: Placeholders) -> Redaction:
        """Replaces ``spans`` (sorted, non-overlapping) of ``text`` through Presidio's anonymizer."""
        if not spans:
            return Redaction(text, collections.Counter())
        replacements = {}
        for span in spans:
            value = text[span.start : span.end]
            replacements[(span.entity_type, value)] = placeholders.placeholder(span, value)
        operators = {
            entity: OperatorConfig("custom", {"lambda": _lookup(replacements, entity)})
            for entity in {span.entity_type for span in spans}
        }
        result = self._anonymizer.anonymize(
            text=text,
            analyzer_results=list(spans),
            operators=operators,
            # Our spans never overlap; merging "Kay" and "I'm" across a space would ask
            # for a value we never numbered. Each span keeps its own placeholder.
            merge_entities_with_spaces=False,
        )
        expected = _splice(text, spans, replacements)
        if result.text != expected:
            # Fail closed: the anonymizer did something other than replace exactly our spans.
            raise RuntimeError("anonymizer output does not match the detected spans")
        return Redaction(result.text, collections.Counter(span.entity_type for span in spans))


def _lookup(replacements: dict, entity: str):
    return lambda value: replacements[(entity, value)]


def _splice(text: str, spans: Sequence[RecognizerResult], replacements: dict) -> str:
    parts, position = [], 0
    for span in sorted(spans, key=lambda s: s.start):
        parts.append(text[position : span.start])
        parts.append(replacements[(span.entity_type, text[span.start : span.end])])
        position = span.end
    parts.append(text[position:])
    return "".join(parts)
