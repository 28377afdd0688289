"""A plain Presidio ``AnalyzerEngine`` holding only the given recognizers: they must work outside our detector."""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry
from presidio_analyzer.nlp_engine import NlpEngineProvider

from meeting_privacy.core.detection import DetectionSettings


def plain_analyzer(*recognizers: EntityRecognizer) -> AnalyzerEngine:
    """Presidio with the default spaCy model's NLP engine and ``recognizers``, nothing of ours around them."""
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": DetectionSettings().spacy_model}],
        }
    )
    registry = RecognizerRegistry(supported_languages=["en"])
    for recognizer in recognizers:
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(registry=registry, nlp_engine=provider.create_engine())
