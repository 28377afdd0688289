"""RedactText: strings in, redacted strings out; misuse refused when the pipeline is built."""

from __future__ import annotations

import apache_beam as beam
import pytest
from apache_beam.testing.test_pipeline import TestPipeline as BeamTestPipeline
from apache_beam.testing.util import assert_that, equal_to, is_empty
from apache_beam.typehints.decorators import TypeCheckError

from meeting_privacy.core.detection import Roster
from meeting_privacy.core.policy import Policy
from meeting_privacy.pipelines.options import pipeline_options
from meeting_privacy.transforms.redact_text import FAILED, REDACTED, FailedText, RedactText, _RedactBatchFn

SETTINGS = Policy().deidentification
ROSTER = Roster(names=("Priya Raman", "Marcus Chen"), emails=("marcus.chen@example.com",))


def test_redacts_strings_and_keeps_plain_ones():
    texts = [
        "Morning Priya, can you send the deck to ops-team@example.org?",
        "priya raman said the build is green",
        "Nothing personal in this sentence.",
        "Call me at (555) 555-0134 after lunch.",
    ]
    with BeamTestPipeline(options=pipeline_options([])) as pipeline:
        result = pipeline | beam.Create(texts) | RedactText(SETTINGS, roster=ROSTER)
        assert_that(
            result.redacted,
            equal_to(
                [
                    "Morning <PERSON_1>, can you send the deck to <EMAIL_ADDRESS_1>?",
                    "<PERSON_1> said the build is green",
                    "Nothing personal in this sentence.",
                    "Call me at <PHONE_NUMBER_1> after lunch.",
                ]
            ),
            label="redacted",
        )
        assert_that(result.failed, is_empty(), label="failed")
        assert_that(result[REDACTED] | beam.combiners.Count.Globally(), equal_to([4]), label="by tag")


def test_non_strings_are_refused_when_the_pipeline_is_built():
    pipeline = BeamTestPipeline()
    numbers = pipeline | beam.Create([1, 2, 3])
    with pytest.raises(TypeCheckError, match="RedactText"):
        _ = numbers | RedactText(SETTINGS)


def test_bad_arguments_are_refused():
    with pytest.raises(TypeError, match="DetectionSettings"):
        RedactText({"entities": ["PERSON"]})
    with pytest.raises(TypeError, match="Roster"):
        RedactText(SETTINGS, roster=["Priya Raman"])


def test_a_text_whose_redaction_raises_goes_to_the_dead_letter_output():
    # A lone surrogate cannot be encoded as UTF-8, so spaCy or Presidio raises on it: a real failure.
    # (Beam's own string coder refuses such a text too, so it is driven through the DoFn here.)
    fn = _RedactBatchFn(SETTINGS, ROSTER)
    fn.setup()
    outputs = list(fn.process(["Hi Priya", "Priya \ud800 Raman", "all fine"]))
    main = [o for o in outputs if not isinstance(o, beam.pvalue.TaggedOutput)]
    failed = [o for o in outputs if isinstance(o, beam.pvalue.TaggedOutput)]
    assert main == ["Hi <PERSON_1>", "all fine"]
    assert [(o.tag, o.value.text) for o in failed] == [(FAILED, "Priya \ud800 Raman")]
    assert failed[0].value.error in ("UnicodeEncodeError", "RuntimeError")  # the exception's type, not its message
    assert "Priya" not in repr(failed[0].value)  # a logged dead letter leaks nothing


def test_failed_text_repr_hides_the_text():
    failed = FailedText("call Priya Raman", "RuntimeError")
    assert repr(failed) == "FailedText(<16 characters>, error='RuntimeError')"
    assert failed.text == "call Priya Raman"


def test_one_detector_per_worker():
    first, second = _RedactBatchFn(SETTINGS, ROSTER), _RedactBatchFn(SETTINGS, Roster())
    first.setup()
    second.setup()
    assert first._redactor is second._redactor
