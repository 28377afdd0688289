"""An offline, lean Presidio ``AnalyzerEngine``.

spaCy runs only what detection needs (the NER and, if the NER listens to it,
the shared tok2vec): Presidio never reads POS tags or parses, and lower-cased
tokens stand in for lemmas in context enhancement (identical results on our
measurements, about twice as fast), computed only when context enhancement
asks (``LazyNlpArtifacts``); the engine and the registry skip Presidio's
per-text passes that change nothing here (``LeanAnalyzerEngine``,
``LeanRecognizerRegistry``). Nothing is downloaded: the model must be
installed, and tldextract uses its bundled public suffix list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property

import spacy
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer import predefined_recognizers as predefined
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Doc, Span

from meeting_privacy.core.errors import PolicyError

from .emails import OfflineEmailRecognizer
from .names import retype_entities
from .places import retype_places
from .settings import DetectionSettings

__all__ = [
    "OfflineEmailRecognizer",
    "LazyNlpArtifacts",
    "LeanAnalyzerEngine",
    "LeanContextEnhancer",
    "LeanRecognizerRegistry",
    "LeanSpacyNlpEngine",
    "build_analyzer",
    "load_spacy",
]


#: Components Presidio does not use; the NER works without them.
_UNUSED_COMPONENTS = (
    "tagger",
    "parser",
    "attribute_ruler",
    "lemmatizer",
    "trainable_lemmatizer",
    "morphologizer",
    "senter",
)

#: spaCy labels that are personal data here. ORG is not (a company named in a
#: meeting is business talk); NORP, MONEY, CARDINAL... neither.
_NER_MAPPING = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
    "DATE": "DATE_TIME",
}


class LeanSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine over an already loaded, NER-only pipeline."""

    def __init__(self, nlp: Language, language: str = "en") -> None:
        labels = set(nlp.get_pipe("ner").labels) if "ner" in nlp.pipe_names else set()
        config = NerModelConfiguration(
            model_to_presidio_entity_mapping=dict(_NER_MAPPING),
            labels_to_ignore=sorted(labels - set(_NER_MAPPING)),
        )
        super().__init__(
            models=[{"lang_code": language, "model_name": nlp.meta.get("name", "spacy")}],
            ner_model_configuration=config,
        )
        self.nlp = {language: nlp}

    def load(self) -> None:
        """Already loaded in ``__init__``; never downloads."""

    def _get_entities(self, doc: Doc) -> list[Span]:
        # The small model tags many unfamiliar names as organisations or places, and towns as organisations.
        return retype_places(doc, retype_entities(doc))

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        # Presidio's own, less its pass over the (empty) lemmas: without a
        # lemmatizer, lower-cased tokens match Presidio's context words.
        entities, scores = self._get_updated_entities(self._get_entities(doc), self._get_scores_for_entities(doc))
        return LazyNlpArtifacts(entities=entities, doc=doc, nlp_engine=self, language=language, scores=scores)


class LazyNlpArtifacts(NlpArtifacts):
    """Presidio's artifacts of one text, its tokens' offsets, lemmas and keywords read only when asked for.

    Only context enhancement reads them, and only for a text in which a recognizer with context words found
    something: most meeting speech has none, and the keywords' stop-word lookups cost a twentieth of the
    detector's own time. Lower-cased tokens stand in for lemmas (the pipeline has no lemmatizer).
    """

    def __init__(
        self, entities: list[Span], doc: Doc, nlp_engine: SpacyNlpEngine, language: str, scores: list[float]
    ) -> None:  # not Presidio's: it would compute every field now
        self.entities = entities
        self.tokens = doc
        self.nlp_engine = nlp_engine
        self.scores = scores if scores else [0.85] * len(entities)
        self._language = language

    @cached_property
    def tokens_indices(self) -> list[int]:  # type: ignore[override]
        return [token.idx for token in self.tokens]

    @cached_property
    def lemmas(self) -> list[str]:  # type: ignore[override]
        return [token.lower_ for token in self.tokens]

    @cached_property
    def keywords(self) -> list[str]:  # type: ignore[override]
        return _Keywords(self.set_keywords(self.nlp_engine, self.lemmas, self._language))


class _Keywords(list):
    """Presidio's keyword list, answering ``in`` from a set: its enhancer asks it of every word around each
    result, which on a list is quadratic in a long text with many results (52 kB of URLs: 3.7 s)."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self._set = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self._set


def load_spacy(model: str) -> Language:
    """Load an installed spaCy model with only the components NER needs."""
    if not (spacy.util.is_package(model) or spacy.util.ensure_path(model).exists()):
        raise PolicyError("deidentification.spacy_model: model is not installed (it is never downloaded)")
    nlp = spacy.load(model, exclude=list(_UNUSED_COMPONENTS))
    if "ner" not in nlp.pipe_names:
        raise PolicyError("deidentification.spacy_model: model has no 'ner' component")
    if "tok2vec" in nlp.pipe_names:
        listeners = getattr(nlp.get_pipe("tok2vec"), "listener_map", {})
        if "ner" not in listeners:
            nlp.remove_pipe("tok2vec")  # the NER embeds its own
    return nlp


class _Gated:
    """A Presidio recognizer that can match nothing in a text without ``NEEDS``: such a text is not read.

    Most meeting speech holds no digit, dot or colon (spoken numbers are the spoken recognizers' work), and
    these recognizers' regular expressions and phone matcher cost a fifth of the detector's own time.
    """

    NEEDS: re.Pattern[str]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **kwargs: object
    ) -> list[RecognizerResult]:
        if self.NEEDS.search(text) is None:
            return []
        return super().analyze(text, entities, nlp_artifacts, **kwargs)  # type: ignore[misc]


def _gated(base: type[EntityRecognizer], needs: str) -> type[EntityRecognizer]:
    """``base`` under its own name (results name the recognizer the same), gated on ``needs``."""
    doc = f"Presidio's {base.__name__}, skipping a text with no match of {needs!r}, where every pattern fails."
    attrs = {"NEEDS": re.compile(needs), "__doc__": doc, "__module__": __name__, "__qualname__": base.__name__}
    return type(base.__name__, (_Gated, base), attrs)


_DIGIT = r"\d"
CreditCardRecognizer = _gated(predefined.CreditCardRecognizer, _DIGIT)
PhoneRecognizer = _gated(predefined.PhoneRecognizer, _DIGIT)
DateRecognizer = _gated(predefined.DateRecognizer, _DIGIT)
IbanRecognizer = _gated(predefined.IbanRecognizer, _DIGIT)
IpRecognizer = _gated(predefined.IpRecognizer, r"[\d:]")  # IPv4 has digits, IPv6 colons
UrlRecognizer = _gated(predefined.UrlRecognizer, r"\.")  # a domain has a dot
UsSsnRecognizer = _gated(predefined.UsSsnRecognizer, _DIGIT)
UsItinRecognizer = _gated(predefined.UsItinRecognizer, _DIGIT)
#: The default countries' recognizers, gated so (every pattern is digits).
_GATED_COUNTRY = {predefined.UsSsnRecognizer: UsSsnRecognizer, predefined.UsItinRecognizer: UsItinRecognizer}


def _generic_recognizers(entities: frozenset[str]) -> Iterable[EntityRecognizer]:
    candidates: list[EntityRecognizer] = [
        CreditCardRecognizer(),
        OfflineEmailRecognizer(),
        IpRecognizer(),
        UrlRecognizer(),
        PhoneRecognizer(),
        DateRecognizer(),
        IbanRecognizer(),
        predefined.MacAddressRecognizer(),
        predefined.CryptoRecognizer(),
        predefined.UuidRecognizer(),
    ]
    for recognizer in candidates:
        if entities.intersection(recognizer.supported_entities):
            yield recognizer


def _country_recognizers(countries: Iterable[str], entities: frozenset[str]) -> Iterable[EntityRecognizer]:
    """Country-specific Presidio recognizers for the chosen countries and entities."""
    wanted = {c.lower() for c in countries}
    if "gb" in wanted:
        wanted.add("uk")
    for name in sorted(dir(predefined)):
        cls = getattr(predefined, name)
        code = getattr(cls, "COUNTRY_CODE", None)
        if not isinstance(cls, type) or not issubclass(cls, EntityRecognizer) or code not in wanted:
            continue
        try:
            recognizer = _GATED_COUNTRY.get(cls, cls)()
        except TypeError:
            continue  # needs arguments we cannot give (none today)
        if entities.intersection(recognizer.supported_entities):
            yield recognizer


class LeanContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's context enhancer, returning the results as they are when no recognizer with context words
    found any: it would copy them all and change none (our recognizers have no context words)."""

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        with_context = {r.id for r in recognizers if r.context}
        key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        if not any((r.recognition_metadata or {}).get(key) in with_context for r in raw_results):
            return raw_results
        return super().enhance_using_context(text, raw_results, nlp_artifacts, recognizers, context)

    @staticmethod
    def _find_index_of_match_token(word: str, start: int, tokens: Doc, tokens_indices: list[int]) -> int:
        """Presidio's: the first token that starts at ``start`` or ends after it, found by bisection rather
        than by reading every token (quadratic on a long text with many results: a 52 kB text of URLs)."""
        lo, hi = 0, len(tokens_indices)
        while lo < hi:  # tokens are in order: a token's end is the first end after ``start``, or none is
            mid = (lo + hi) // 2
            if tokens_indices[mid] + len(tokens[mid]) > start:
                hi = mid
            else:
                lo = mid + 1
        if lo == len(tokens_indices):
            return LemmaContextAwareEnhancer._find_index_of_match_token(word, start, tokens, tokens_indices)
        return lo


class LeanRecognizerRegistry(RecognizerRegistry):
    """Presidio's registry, its answer to the same request remembered: the detector asks the same question
    for every text of a meeting (the entities, and the meeting's roster recognizer), and the answer costs
    a pass over the recognizers for each entity. A change to the registry changes the question."""

    _REMEMBERED = 64

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._answers: dict[tuple[object, ...], tuple[tuple[EntityRecognizer, ...], list[EntityRecognizer]]] = {}

    def get_recognizers(
        self,
        language: str,
        entities: list[str] | None = None,
        all_fields: bool = False,
        ad_hoc_recognizers: list[EntityRecognizer] | None = None,
    ) -> list[EntityRecognizer]:
        ad_hoc = tuple(ad_hoc_recognizers or ())
        key = (language, tuple(entities or ()), all_fields, *map(id, self.recognizers), None, *map(id, ad_hoc))
        if (answer := self._answers.get(key)) is None:
            if len(self._answers) >= self._REMEMBERED:
                self._answers.clear()
            found = super().get_recognizers(language, entities, all_fields, list(ad_hoc) or None)
            answer = self._answers[key] = ((*self.recognizers, *ad_hoc), found)  # held: their ids stay theirs
        return list(answer[1])


class LeanAnalyzerEngine(AnalyzerEngine):
    """Presidio's engine, less its per-recognizer pass before context enhancement when no recognizer
    enhances its own results (none of Presidio's or ours does): that pass only groups the results by
    recognizer, in the registry's order, which one stable sort does too."""

    def _enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        if any(type(r).enhance_using_context is not EntityRecognizer.enhance_using_context for r in recognizers):
            return super()._enhance_using_context(text, raw_results, nlp_artifacts, recognizers, context)
        order = {recognizer.id: index for index, recognizer in enumerate(recognizers)}
        key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        grouped = sorted(raw_results, key=lambda r: order.get(r.recognition_metadata[key], len(order)))
        return self.context_aware_enhancer.enhance_using_context(
            text=text, raw_results=grouped, nlp_artifacts=nlp_artifacts, recognizers=recognizers, context=context
        )


def build_analyzer(
    settings: DetectionSettings,
    extra_recognizers: Iterable[EntityRecognizer] = (),
    nlp: Language | None = None,
) -> AnalyzerEngine:
    """A plain Presidio ``AnalyzerEngine`` configured by ``settings``, offline."""
    if nlp is None:
        nlp = load_spacy(settings.spacy_model)
    nlp_engine = LeanSpacyNlpEngine(nlp)
    entities = frozenset(settings.entities)
    registry = LeanRecognizerRegistry(supported_languages=["en"])
    ner_entities = sorted(entities.intersection(_NER_MAPPING.values()))
    if ner_entities:
        registry.add_recognizer(predefined.SpacyRecognizer(supported_entities=ner_entities))
    for recognizer in _generic_recognizers(entities):
        registry.add_recognizer(recognizer)
    for recognizer in _country_recognizers(settings.countries, entities):
        registry.add_recognizer(recognizer)
    for recognizer in extra_recognizers:
        registry.add_recognizer(recognizer)
    return LeanAnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        context_aware_enhancer=LeanContextEnhancer(),
        supported_languages=["en"],
        default_score_threshold=0.0,
    )
