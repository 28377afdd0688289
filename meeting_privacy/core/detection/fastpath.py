"""Texts that cannot hold personal data, and a per-worker memory of answers.

Meeting speech repeats itself: of the 67,222 AMI turns, 31% repeat an
earlier turn word for word ("Yeah .", "Okay .", "Mm-hmm .") and 35% have
three words or fewer. Neither deserves another pass through spaCy's NER.
Both shortcuts give exactly the slow path's answer (a test compares them on
every evaluation set):

- a text made only of fillers and function words below (after removing
  transcription marks such as ``{disfmarker}``) has nothing a recognizer
  could find; number words, "oh" (a spoken zero), and every word that is
  also a name (``will``, ``can``, ``may``) are deliberately absent;
- a text seen before gets the same answer again, as long as the current
  meeting's roster cannot match it (roster matches depend on the meeting).
"""

from __future__ import annotations

import re
from collections import OrderedDict

from presidio_analyzer import RecognizerResult

FILLERS = frozenset(
    """
    yeah yes yep yup yah ya aye no nope nah okay ok okey alright alrighty right
    um umm uh uhm uhh er erm eh ah ahh aha hmm hm mm mmm mhm mm-hmm uh-huh uh-oh huh
    ooh oops wow whoa gosh ehm righto cheers ta okie okey-dokey okay-dokey
    so and but or then well sure cool great good nice fine fair true exactly
    absolutely definitely totally really actually basically anyway anyways maybe
    perhaps probably indeed quite very just like kind sort of
    i i'm i'll i've i'd me my mine you you're you'll your we we're we'll our us
    it it's that that's this these those there there's here what what's which
    who how why when where is are was were be been do does did don't doesn't
    didn't can't could would should won't have has had not
    a an the to in on at for with about from as by
    thanks thank please sorry hello hi hey bye pardon
    agree agreed see know mean think guess suppose yeah-yeah okay-okay
    """.split()
)
_MARKS = re.compile(r"\{[^{}]*\}|\[[^\[\]]*\]")
_WORDS = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*|\d|[^\s\w.,!?;:]")


def is_filler(text: str) -> bool:
    """True when every word of ``text`` is a filler or function word (and there is no digit)."""
    return all(word in FILLERS for word in _WORDS.findall(_MARKS.sub(" ", text).lower()))


class ResultCache:
    """Least-recently-used answers of the detector for whole texts, per worker process."""

    def __init__(self, size: int = 20_000, max_chars: int = 400) -> None:
        self._size = size
        self._max_chars = max_chars
        self._entries: OrderedDict[str, tuple[RecognizerResult, ...]] = OrderedDict()

    def get(self, text: str) -> list[RecognizerResult] | None:
        entry = self._entries.get(text)
        if entry is None:
            return None
        self._entries.move_to_end(text)
        return [copy_result(r) for r in entry]

    def put(self, text: str, results: list[RecognizerResult]) -> None:
        if len(text) > self._max_chars:
            return  # long texts rarely repeat; keep memory bounded
        self._entries[text] = tuple(copy_result(r) for r in results)
        if len(self._entries) > self._size:
            self._entries.popitem(last=False)

    def __repr__(self) -> str:  # never show the texts it holds
        return f"ResultCache({len(self._entries)} texts)"


def copy_result(result: RecognizerResult) -> RecognizerResult:
    return RecognizerResult(
        result.entity_type,
        result.start,
        result.end,
        result.score,
        analysis_explanation=result.analysis_explanation,
        recognition_metadata=dict(result.recognition_metadata or {}),
    )
