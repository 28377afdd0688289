"""What a person span was found on, and which evidence may spread a name.

Every ``PERSON`` result carries ``recognition_metadata["name_evidence"]``:
the kind of signal that proposed it. Only *strong* evidence (a roster match,
the model in text with capitals, a cue, a speaker label, a name field) lets
a name be repeated over the rest of a meeting (``repeats``). A span that only
a word list, a word's shape or the model in lower-case text proposed is
redacted where it was found and nowhere else: ``mellow summit`` tagged once
must not take every later ``summit`` of the meeting with it.
"""

from __future__ import annotations

from collections.abc import Iterable

from presidio_analyzer import RecognizerResult

__all__ = [
    "CUE",
    "MODEL_CASED",
    "MODEL_LOWER",
    "NAME_EVIDENCE_KEY",
    "NAME_FIELD",
    "OVER_MODEL",
    "REPEAT",
    "ROSTER",
    "SHAPE",
    "SPEAKER_LABEL",
    "STRONG",
    "WORD_LIST",
    "evidence_of",
    "is_strong",
    "strongest",
]

#: ``recognition_metadata`` key of a person span's evidence.
NAME_EVIDENCE_KEY = "name_evidence"

ROSTER = "roster"  # a name of the meeting's roster
NAME_FIELD = "name_field"  # ``Name: Nayla Montero``, ``my last name is turgeon``
SPEAKER_LABEL = "speaker_label"  # ``Priya Raman: shall we start?``
CUE = "cue"  # ``talk to X about``, ``X said``, ``call me X``, a title, a spelled name
MODEL_CASED = "model_cased"  # the NER model, in text that has capitals
WORD_LIST = "word_list"  # given names and surnames of our lists
SHAPE = "shape"  # capitalised words English hardly uses
MODEL_LOWER = "model_lower"  # the NER model, in text without capitals
REPEAT = "repeat"  # a name found elsewhere in the meeting

#: Evidence enough to repeat a name over the meeting, strongest first.
STRONG: tuple[str, ...] = (ROSTER, NAME_FIELD, SPEAKER_LABEL, CUE, MODEL_CASED)
#: Our span the model also calls a person outscores the model's (0.85 in typed text), so that Presidio, which
#: keeps only the higher of two such spans, keeps our evidence: a cue's (``commissioner Urbanova``, ``Taneja and
#: Kiss tabled``), or a list's where the model's guess alone would be dropped as an everyday word (``Palmer and
#: Svoboda``).
OVER_MODEL = 0.9
#: Evidence that is a name's own context: a lower-case pair of everyday words needs one of these.
OWN_CUES = frozenset((ROSTER, NAME_FIELD, SPEAKER_LABEL, CUE))


def evidence_of(result: RecognizerResult) -> str | None:
    """The evidence a result carries, or None (not a person span of ours)."""
    return (result.recognition_metadata or {}).get(NAME_EVIDENCE_KEY)


def is_strong(result: RecognizerResult) -> bool:
    """Whether a person span may spread over its meeting."""
    return result.entity_type == "PERSON" and evidence_of(result) in STRONG


def strongest(results: Iterable[RecognizerResult]) -> str | None:
    """The strongest evidence among ``results`` (for a span merged from several)."""
    kinds = {evidence_of(r) for r in results if r.entity_type == "PERSON"} - {None}
    for kind in STRONG:
        if kind in kinds:
            return kind
    return min(kinds, default=None)
