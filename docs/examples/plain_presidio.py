"""Our recognizers in your own Presidio AnalyzerEngine, without the rest of the detector.

Every recognizer of ``core/detection`` is a plain Presidio recognizer, built
in families (numbers, spoken, addresses, places, persons) by one registry.
Here they join Presidio's spaCy NER and our offline e-mail recognizer (no
suffix list is fetched). What this engine lacks is what ``Detector`` adds:
the roster, the overlap and policy filters, names repeated over a meeting.
"""

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import NlpEngineProvider
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from meeting_privacy.core.detection import DEFAULT_ENTITIES, DetectionSettings, OfflineEmailRecognizer
from meeting_privacy.core.detection.registry import local_recognizers


def plain_analyzer(model: str = DetectionSettings().spacy_model) -> AnalyzerEngine:
    nlp = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]}
    registry = RecognizerRegistry(supported_languages=["en"])
    for recognizer in [SpacyRecognizer(), OfflineEmailRecognizer(), *local_recognizers(DEFAULT_ENTITIES)]:
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(registry=registry, nlp_engine=NlpEngineProvider(nlp_configuration=nlp).create_engine())


if __name__ == "__main__":
    text = "so um i met derek vanterpool in bratislava and he said call me at five five five one two one two"
    for result in plain_analyzer().analyze(text, language="en"):
        print(result.entity_type, repr(text[result.start : result.end]))
