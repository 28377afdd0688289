"""The person spans a real detector finds in one text."""

from __future__ import annotations

from meeting_privacy.core.detection import Detector, Roster


def persons(detector: Detector, text: str, roster: Roster | None = None) -> list[str]:
    """The text of each PERSON span of ``text``, in order."""
    [results] = detector.analyze_batch([text], [roster or Roster()])
    return [text[r.start : r.end] for r in results if r.entity_type == "PERSON"]
