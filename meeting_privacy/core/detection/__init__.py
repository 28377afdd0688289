"""PII detection for meeting text: Presidio, offline, tuned for speech-to-text.

``Detector(settings).analyze_batch(texts, rosters)`` returns, for each text,
non-overlapping Presidio ``RecognizerResult`` spans. The recognizers are
plain Presidio recognizers and also work in a bare ``AnalyzerEngine``.
"""

from .allow import AllowList
from .detector import Detector, resolve_overlaps
from .engine import OfflineEmailRecognizer, build_analyzer, load_spacy
from .repeats import repeat_names_across
from .roster import ROSTER_PERSON_KEY, Roster, RosterRecognizer
from .settings import DEFAULT_ENTITIES, DatePolicy, DetectionSettings

__all__ = [
    "AllowList",
    "DEFAULT_ENTITIES",
    "ROSTER_PERSON_KEY",
    "DatePolicy",
    "DetectionSettings",
    "Detector",
    "OfflineEmailRecognizer",
    "Roster",
    "RosterRecognizer",
    "build_analyzer",
    "load_spacy",
    "repeat_names_across",
    "resolve_overlaps",
]
