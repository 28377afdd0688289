"""The detector: batches of texts with their rosters in, resolved spans out."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from presidio_analyzer import AnalyzerEngine, RecognizerResult

from .allow import AllowList, meeting_vocabulary
from .emails import cut_around_emails
from .engine import build_analyzer, load_spacy
from .evidence import MODEL_CASED, MODEL_LOWER, NAME_EVIDENCE_KEY, OWN_CUES, evidence_of, is_strong, strongest
from .fastpath import ResultCache, copy_result, is_filler
from .filters import declared_things, keep_result
from .lexicon import NAME_IDIOMS
from .name_parts import extend_names
from .name_words import bare
from .names import is_everyday_pair, is_lower_case_text, is_thing_name, known_words
from .places import extend_places
from .registry import local_recognizers
from .roster import PERSON_VERB, ROSTER_PERSON_KEY, Roster, RosterRecognizer
from .settings import DetectionSettings
from .spans import overlaps
from .truecase import TRUECASED_SCORE, truecase

__all__ = ["Detector", "resolve_overlaps"]

_LANGUAGE = "en"
#: Characters shared by neighbouring chunks of a long text; longer than any
#: entity we look for, so each entity is seen whole in at least one chunk.
_CHUNK_OVERLAP = 400
_ROSTER_CACHE_SIZE = 256
#: Types that win over an overlapping phone number without a context word.
_NOT_PHONE_LOOKALIKES = frozenset(
    ("PHONE_NUMBER", "CREDIT_CARD", "EMAIL_ADDRESS", "URL", "IP_ADDRESS", "PERSON", "LOCATION", "STREET_ADDRESS")
)


class Detector:
    """Finds personal data in meeting text; heavy, build once per worker.

    Args:
        settings: what to detect and how (see :class:`DetectionSettings`).
    """

    def __init__(self, settings: DetectionSettings, *, fast_paths: bool = True) -> None:
        self.settings = settings
        # Off only in the test that proves the shortcuts change nothing.
        self._fast_paths = fast_paths
        self._cache = ResultCache()
        self._nlp = load_spacy(settings.spacy_model)
        # The vocabulary is read before the model sees any text (texts add to it).
        extra = local_recognizers(settings.entities, known_words(self._nlp))
        self.analyzer: AnalyzerEngine = build_analyzer(settings, extra_recognizers=extra, nlp=self._nlp)
        # Entities no recognizer supports would only make Presidio warn per call.
        supported = set(self.analyzer.get_supported_entities(_LANGUAGE))
        self._entities = [e for e in settings.entities if e in supported]
        # The per-meeting roster recognizer's types are always looked for (contract section 3).
        self._entities += [e for e in RosterRecognizer.ENTITIES if e not in self._entities]
        self._roster_recognizer = lru_cache(maxsize=_ROSTER_CACHE_SIZE)(RosterRecognizer)
        self._allow_list = AllowList(settings.allow_list)
        self._idioms = AllowList(NAME_IDIOMS)
        self._vocabulary = lru_cache(maxsize=_ROSTER_CACHE_SIZE)(self._meeting_vocabulary)

    def __repr__(self) -> str:
        return f"Detector(model={self.settings.spacy_model!r})"

    def analyze_batch(self, texts: Sequence[str], rosters: Sequence[Roster]) -> list[list[RecognizerResult]]:
        """Detect PII in each text, using the roster of its meeting.

        Returns one list per text of non-overlapping results sorted by start,
        with thresholds, the allow list and the date and location policies
        applied. Person spans of roster members carry
        ``recognition_metadata["roster_person"]`` (index into ``roster.names``);
        every person span carries its ``evidence.NAME_EVIDENCE_KEY``. Names
        are not repeated here: :func:`repeats.repeat_names_across` does it
        once per meeting, from strong evidence only.
        """
        if len(texts) != len(rosters):
            raise ValueError("analyze_batch needs one roster per text")
        jobs: list[tuple[int, int, str]] = []
        answered: dict[int, list[RecognizerResult]] = {}
        first_of: dict[str, int] = {}  # cacheable text -> the index that computes it
        repeats: dict[int, int] = {}  # index -> index of the same cacheable text earlier in the batch
        for index, text in enumerate(texts):
            text = text if isinstance(text, str) else ""
            if (
                self._fast_paths
                and not rosters[index].vocabulary
                and not self._roster_recognizer(rosters[index]).may_match(text)
            ):
                known = [] if is_filler(text) else self._cache.get(text)
                if known is not None:
                    answered[index] = known
                    continue
                if text in first_of:
                    repeats[index] = first_of[text]
                    continue
                first_of[text] = index
            for offset, chunk in self._chunks(text):
                jobs.append((index, offset, chunk))
        found: list[list[RecognizerResult]] = [[] for _ in texts]
        lower = [is_lower_case_text(chunk) for _, _, chunk in jobs]
        artifacts = self.analyzer.nlp_engine.process_batch(
            [truecase(chunk) if low else chunk for (_, _, chunk), low in zip(jobs, lower, strict=True)],
            _LANGUAGE,
            batch_size=self.settings.batch_size,
        )
        for (index, offset, chunk), (_, nlp_artifacts), low in zip(jobs, artifacts, lower, strict=True):
            if low:  # the model read capitals we gave it: its guess yields to our recognizers' evidence
                nlp_artifacts.scores = [min(score, TRUECASED_SCORE) for score in nlp_artifacts.scores]
            results = self.analyzer.analyze(
                text=chunk,
                language=_LANGUAGE,
                entities=self._entities,
                ad_hoc_recognizers=[self._roster_recognizer(rosters[index])],
                nlp_artifacts=nlp_artifacts,
            )
            person_ends = [r.end for r in results if r.entity_type == "PERSON"]
            allowed = self._allow_list.matches(chunk)
            weak_person = any(r.entity_type == "PERSON" and evidence_of(r) not in OWN_CUES for r in results)
            idioms = self._idioms.matches(chunk) if weak_person else []
            # What a text says its names are outweighs only a guess: read it where one stands.
            weak = weak_person or any(r.entity_type == "LOCATION" for r in results)
            things = declared_things(chunk) if weak else frozenset()
            vocabulary = self._vocabulary(rosters[index]).matches(chunk)
            model_evidence = MODEL_LOWER if low else MODEL_CASED
            for result in results:
                if result.entity_type == "PERSON" and evidence_of(result) is None:
                    result.recognition_metadata = {
                        **(result.recognition_metadata or {}),
                        NAME_EVIDENCE_KEY: model_evidence,
                    }
            if vocabulary:  # a guess overlapping a span found on evidence is part of that name
                strong = [(r.start, r.end) for r in results if is_strong(r)]
                vocabulary = [(s, e) for s, e in vocabulary if not overlaps(s, e, strong)]
            for result in results:
                if self._keep(chunk, result, person_ends, allowed, vocabulary, idioms, things):
                    result.start += offset
                    result.end += offset
                    found[index].append(result)
        final = [
            answered[i] if i in answered else _trim_possessives(texts[i], self._resolve(texts[i], r))
            for i, r in enumerate(found)
        ]
        for text, index in first_of.items():
            self._cache.put(text, final[index])
        for index, first in repeats.items():
            final[index] = [copy_result(r) for r in final[first]]
        return final

    @staticmethod
    def _meeting_vocabulary(roster: Roster) -> AllowList:
        return AllowList(meeting_vocabulary(roster))

    def _resolve(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        results = extend_places(text, extend_names(text, _prefer_phone(results)))
        # An e-mail address stays one span: what else reaches into it is cut at its edges.
        return resolve_overlaps(cut_around_emails(text, results))

    def _keep(
        self,
        text: str,
        result: RecognizerResult,
        person_ends: list[int],
        allowed: list[tuple[int, int]],
        vocabulary: list[tuple[int, int]],
        idioms: list[tuple[int, int]],
        things: frozenset[str],
    ) -> bool:
        if (result.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY) == "RosterRecognizer":
            return True  # the contract: roster names and emails are always found, whatever the policy
        if result.score < self.settings.threshold_for(result.entity_type):
            return False
        span = text[result.start : result.end]
        stripped_start = result.start + len(span) - len(span.lstrip())
        stripped_end = stripped_start + len(span.strip())
        if allowed and AllowList.covers(allowed, stripped_start, stripped_end):
            return False
        if vocabulary and result.entity_type == "PERSON" and not is_strong(result):
            if AllowList.covers(vocabulary, stripped_start, stripped_end):
                return False  # a meeting's own words outweigh a guess, never evidence
        if result.entity_type == "PERSON" and evidence_of(result) not in OWN_CUES:
            if is_everyday_pair(span) or (is_thing_name(span) and not PERSON_VERB.match(text, result.end)):
                return False  # "the golden harbor rollout", "Glass Archipelago": a code name until a cue says otherwise
            if idioms and AllowList.covers(idioms, stripped_start, stripped_end):
                return False  # "kelly green", "a cup of joe": a given name in an everyday phrase
        if things and result.entity_type in ("PERSON", "LOCATION") and evidence_of(result) not in OWN_CUES:
            if all(bare(w) in things for w in span.split()):
                return False  # "Dale and Glen are the two Postgres replicas; Glen lags": the text says what they are
        return keep_result(text, result, self.settings, person_ends)

    def _chunks(self, text: str) -> list[tuple[int, str]]:
        """Overlapping chunks of at most the model's and the settings' size."""
        size = min(self.settings.max_chunk_chars, self._nlp.max_length - 1)
        if len(text) <= size:
            return [(0, text)]
        overlap = min(_CHUNK_OVERLAP, size // 4)
        chunks = []
        start = 0
        while True:
            end = min(len(text), start + size)
            if end < len(text):
                cut = text.rfind(" ", end - overlap // 2, end)
                end = cut if cut > start else end
            chunks.append((start, text[start:end]))
            if end >= len(text):
                return chunks
            start = max(end - overlap, start + 1)


#: A hesitation sound before a name, that the model sometimes takes into its span (``Um Larsen``).
_HESITATION = re.compile(r"(?:u+m+|u+h+|uhm|erm|ehm|h+m+|m{2,})[,.]?\s+(?=\S)", re.IGNORECASE)


def _trim_possessives(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """``Tom's`` becomes ``<PERSON_1>'s``: the possessive is grammar, not part of the name; and ``Um Larsen``
    becomes ``Um <PERSON_1>``: a hesitation is no part of it either.

    It also makes "John" and "John's" one value, so they share a placeholder.
    """
    for result in results:
        if result.entity_type == "PERSON" and result.end - result.start > 2:
            if text[result.end - 2 : result.end].lower() in ("'s", "’s"):
                result.end -= 2
        if result.entity_type == "PERSON":
            while (m := _HESITATION.match(text, result.start, result.end)) is not None:
                result.start = m.end()
    return results


def _prefer_phone(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Drop country ids that collide with a phone number and lack their context.

    ``212-555-0199`` passes the UK NHS checksum by chance (one number in
    eleven does); without a context word such as "NHS" it is a phone number.
    """
    phones = [r for r in results if r.entity_type == "PHONE_NUMBER"]
    if not phones:
        return results
    kept = []
    for result in results:
        enhanced = (result.recognition_metadata or {}).get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY)
        collides = any(p.start < result.end and result.start < p.end for p in phones)
        if collides and result.entity_type not in _NOT_PHONE_LOOKALIKES and not enhanced:
            continue
        kept.append(result)
    return kept


def resolve_overlaps(results: Sequence[RecognizerResult]) -> list[RecognizerResult]:
    """Merge overlapping spans into one covering their union.

    Keeping only the best of two overlapping spans would leave text of the
    other one unredacted (``John`` of an NER ``John Smith`` that overlaps a
    roster ``Smith``), so the union is kept, typed as its best member: one
    that covers the whole union if any (``priya.sharma@example.com`` holds
    the roster part ``priya`` and is an email), else the highest score. A
    roster person found in the union keeps its roster index.
    """
    ordered = sorted(results, key=lambda r: (r.start, -r.end))
    merged: list[RecognizerResult] = []
    groups: list[list[RecognizerResult]] = []
    for result in ordered:
        if groups and result.start < groups[-1][0].end:
            group = groups[-1]
            group.append(result)
            group[0].end = max(group[0].end, result.end)
        else:
            groups.append([RecognizerResult(result.entity_type, result.start, result.end, 0.0), result])
    for span, *members in groups:
        # A member that covers the whole union wins over the ones inside it
        # (an email that contains a roster name part is an email).
        best = max(
            members,
            key=lambda r: (
                r.start == span.start and r.end == span.end,
                r.score,
                r.entity_type == "PERSON",
                r.end - r.start,
            ),
        )
        metadata = dict(best.recognition_metadata or {})
        evidence = strongest(members) if best.entity_type == "PERSON" else None
        if evidence is not None:  # the merged span stands on the strongest evidence of its members
            metadata[NAME_EVIDENCE_KEY] = evidence
        if best.entity_type == "PERSON" and ROSTER_PERSON_KEY not in metadata:
            for member in members:
                person = (member.recognition_metadata or {}).get(ROSTER_PERSON_KEY)
                if member.entity_type == "PERSON" and person is not None:
                    metadata[ROSTER_PERSON_KEY] = person
                    break
        merged.append(
            RecognizerResult(
                best.entity_type,
                span.start,
                span.end,
                best.score,
                analysis_explanation=best.analysis_explanation,
                recognition_metadata=metadata,
            )
        )
    return merged
