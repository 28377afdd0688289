"""Our recognizers, in families, built in one place.

Each family is a list of plain Presidio recognizers (each also works alone
in a bare ``AnalyzerEngine``); :func:`local_recognizers` builds those the
wanted entity types need. The roster family is per meeting: the detector
builds one :class:`~.roster.RosterRecognizer` per roster and passes it to
Presidio as an ad hoc recognizer. Presidio's own recognizers (the NER,
generic and country patterns) are added by ``engine.build_analyzer``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from presidio_analyzer import EntityRecognizer

from .names import GazetteerNameRecognizer, PersonCueRecognizer
from .places import CasedPlaceRecognizer, LowerCasePlaceRecognizer
from .recognizers import (
    NameCueRecognizer,
    SpeakerLabelRecognizer,
    SpelledNameRecognizer,
    SpokenAccountNumberRecognizer,
    SpokenCardRecognizer,
    SpokenDateRecognizer,
    SpokenEmailRecognizer,
    SpokenIpRecognizer,
    SpokenPhoneRecognizer,
    SpokenPinRecognizer,
    SpokenSsnRecognizer,
    SpokenUrlRecognizer,
    StreetAddressRecognizer,
    WrittenNumberRecognizer,
)
from .unknown_names import UnknownNameRecognizer

__all__ = ["FAMILIES", "local_recognizers"]

#: Family name -> builders of its recognizers, given the NER model's known words.
FAMILIES: dict[str, tuple[Callable[[frozenset[str]], EntityRecognizer], ...]] = {
    # Numbers written as digits, in any layout.
    "numbers": (lambda _: WrittenNumberRecognizer(),),
    # Numbers, addresses, dates and spelled names said aloud (speech-to-text output).
    "spoken": (
        lambda _: SpokenPhoneRecognizer(),
        lambda _: SpokenCardRecognizer(),
        lambda _: SpokenSsnRecognizer(),
        lambda _: SpokenPinRecognizer(),
        lambda _: SpokenAccountNumberRecognizer(),
        lambda _: SpokenIpRecognizer(),
        lambda _: SpokenEmailRecognizer(),
        lambda _: SpokenUrlRecognizer(),
        lambda _: SpelledNameRecognizer(),
        lambda _: SpokenDateRecognizer(),
    ),
    "addresses": (lambda _: StreetAddressRecognizer(),),
    # Places of the gazetteer that the model misses, in lower-case speech and in typed text.
    "places": (lambda _: LowerCasePlaceRecognizer(), lambda _: CasedPlaceRecognizer()),
    # Person names: cues, speaker labels, name lists, shapes (each span carries its evidence).
    "persons": (
        lambda _: NameCueRecognizer(),
        lambda _: SpeakerLabelRecognizer(),
        lambda _: GazetteerNameRecognizer(),
        lambda _: UnknownNameRecognizer(),
        PersonCueRecognizer,
    ),
}


def local_recognizers(entities: Iterable[str], known_words: frozenset[str] = frozenset()) -> list[EntityRecognizer]:
    """The recognizers of every family that find one of ``entities``.

    Args:
        entities: the entity types wanted.
        known_words: the NER model's vocabulary (``names.known_words``), read
            before the model sees any text; lets the person cues tell unseen
            words in lower-case text.
    """
    wanted = set(entities)
    built = [build(known_words) for family in FAMILIES.values() for build in family]
    return [r for r in built if wanted.intersection(r.supported_entities)]
