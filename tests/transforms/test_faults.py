"""Faults fail closed: a failing detector, an anonymizer that does not do what the spans
say, a worker crashing mid-bundle. The affected records are quarantined with
``deidentification_failed`` (or the run fails and leaves no training output), and no
un-redacted text reaches a training output in any case.

The faults are fakes (subclasses of the real Detector and Redactor, a DoFn subclass that
builds them), wired in place of ``DeidentifyMeetings`` in the real ``build()``.
"""

from __future__ import annotations

import functools

import pytest

from meeting_privacy.core.detection import Detector
from meeting_privacy.core.redactor import Redactor
from meeting_privacy.demo.writer import dump, write_input
from meeting_privacy.pipelines import training_set
from meeting_privacy.transforms import deidentify as deidentify_module
from meeting_privacy.transforms.deidentify import DeidentifyMeetings
from tests.support.reliability_support import (
    AUDITED,
    audit_decisions,
    good_set,
    key_file,
    quarantine_entries,
    run_args,
    run_captured,
    searchable_outputs,
)

pytestmark = pytest.mark.slow  # every test here runs the whole pipeline

#: Unredactable by any detector (no personal data): only a fault decides its fate.
SECRET = "zx-fault-canary-7781"
TRIGGER = "TRIGGER"


class FailingDetector(Detector):
    """Raises on any batch holding the trigger; its message quotes the text, as a careless
    library's might."""

    def analyze_batch(self, texts, rosters):
        for text in texts:
            if TRIGGER in text:
                raise RuntimeError(f"cannot analyze {text!r}")
        return super().analyze_batch(texts, rosters)


class _UnredactingAnonymizer:
    """An anonymizer whose output ignores the spans for the trigger text."""

    def __init__(self, real) -> None:
        self._real = real

    def anonymize(self, text, analyzer_results, operators, **options):
        result = self._real.anonymize(text=text, analyzer_results=analyzer_results, operators=operators, **options)
        if TRIGGER in text:
            result.text = text
        return result


class UnredactingRedactor(Redactor):
    def __init__(self, detector) -> None:
        super().__init__(detector)
        self._anonymizer = _UnredactingAnonymizer(self._anonymizer)


class OutOfRangeSpanDetector(Detector):
    """Reports, for the trigger text, a span that runs past the end of the text."""

    def analyze_batch(self, texts, rosters):
        found = super().analyze_batch(texts, rosters)
        for text, spans in zip(texts, found, strict=True):
            if TRIGGER in text and spans:
                spans[-1].end = len(text) + 25
        return found


class _FaultyFn(deidentify_module._DeidentifyFn):  # noqa: SLF001 - the real DoFn, with a fake redactor
    def __init__(self, settings, key_source, time_granularity, fault) -> None:
        super().__init__(settings, key_source, time_granularity)
        self._fault = fault

    def setup(self) -> None:
        self._pseudonymize = self._key_source.load()
        if self._fault == "detector_raises":
            self._redactor = Redactor(FailingDetector(self._settings))
        elif self._fault == "anonymizer_unredacts":
            self._redactor = UnredactingRedactor(Detector(self._settings))
        elif self._fault == "span_out_of_range":
            self._redactor = Redactor(OutOfRangeSpanDetector(self._settings))
        else:
            self._redactor = Redactor(Detector(self._settings))

    def process(self, element):
        meetings = element if isinstance(element, (list, tuple)) and not hasattr(element, "meeting_id") else [element]
        if self._fault == "crash_mid_bundle" and any(m.meeting_id == "good-m-4" for m in meetings):
            raise RuntimeError(f"worker lost while holding {SECRET}")
        yield from super().process(element)


class FaultyDeidentify(DeidentifyMeetings):
    def __init__(self, settings, key_source, time_granularity="hour", *, fault: str) -> None:
        super().__init__(settings, key_source, time_granularity)
        self._fn = _FaultyFn(settings, key_source, time_granularity, fault)


def _input(root):
    good = good_set()
    good.write(root / "input")
    # Consented meeting good-m-1: these would be emitted if de-identification worked.
    trigger = {
        **good.records["transcripts"][0],
        "segment_id": "fault-s-1",
        "text": f"{TRIGGER} Anneliese read out {SECRET} and the address 203.0.113.77",
    }
    chat = {**good.records["chat"][0], "message_id": "fault-c-1", "text": f"{TRIGGER} Bartholomew: {SECRET}"}
    write_input(root / "input" / "transcripts-0002.jsonl", [dump(trigger)])
    write_input(root / "input" / "chat-0002.jsonl", [dump(chat)])
    return root / "input"


def _run(root, monkeypatch, fault):
    monkeypatch.setattr(training_set, "DeidentifyMeetings", functools.partial(FaultyDeidentify, fault=fault))
    return run_captured(run_args(_input(root), root / "output", key_file(root)), root / "output")


def _assert_no_secret_outside_quarantine(run):
    for name, data in searchable_outputs(run.output).items():
        assert SECRET.encode() not in data, name
        assert b"203.0.113.77" not in data, name
    assert SECRET.encode() not in run.stdout + run.stderr
    assert SECRET not in run.logs
    assert not any(SECRET in name for name in run.metric_names)


@pytest.mark.parametrize("fault", ["detector_raises", "anonymizer_unredacts", "span_out_of_range"])
def test_failed_deidentification_quarantines_only_the_affected_records(tmp_path, monkeypatch, fault):
    run = _run(tmp_path, monkeypatch, fault)
    assert run.code == 0, run.stderr
    audit = audit_decisions(run.output)
    assert audit[("transcripts", "transcripts-0002.jsonl", 1)][:2] == ("quarantined", "deidentification_failed")
    assert audit[("chat", "chat-0002.jsonl", 1)][:2] == ("quarantined", "deidentification_failed")
    # The rest of the meeting is still emitted: one bad text costs only its own record.
    assert ("emitted", "emitted") in {v[:2] for k, v in audit.items() if k[1] == "transcripts-0001.jsonl"}
    failed = [e for e in quarantine_entries(run.output) if e["reason"] == "deidentification_failed"]
    assert {(e["file"], e["line"]) for e in failed} == {("transcripts-0002.jsonl", 1), ("chat-0002.jsonl", 1)}
    for entry in failed:
        assert SECRET in entry["raw"]  # quarantine keeps the raw line for review ...
        assert SECRET not in entry["error"]  # ... but the error names the failure, never the text
    _assert_no_secret_outside_quarantine(run)


def test_worker_crash_mid_bundle_fails_the_run_and_leaves_no_training_output(tmp_path, monkeypatch):
    run = _run(tmp_path, monkeypatch, "crash_mid_bundle")
    assert run.code == 1
    assert b"the pipeline failed" in run.stderr
    for name in (*AUDITED, "audit", "quarantine", "manifest.json"):
        assert not (run.output / name).exists(), name
    assert SECRET.encode() not in run.stdout + run.stderr


def test_crash_message_does_not_reach_logs(tmp_path, monkeypatch):
    # Beam logs a failing bundle's exception; the exception of our own DoFns never quotes
    # data (deidentify keeps only the type), so only this fake's message could appear.
    run = _run(tmp_path, monkeypatch, "detector_raises")
    assert "cannot analyze" not in run.logs
    assert SECRET not in run.logs
