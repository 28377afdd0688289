"""Side-by-side PII detection quality: our Detector against vanilla Presidio.

Both run offline on the same spaCy model. Vanilla is ``AnalyzerEngine`` with
its default recognizers and NLP configuration, except that its email
recognizer uses tldextract's bundled suffix list (same logic, no network).

Scoring (span level, type-agnostic for recall, because a value redacted
under the wrong type is still not leaked):

* a gold span is *caught* when every letter and digit of it is covered by
  predictions (a closing possessive ``'s`` is not part of the value);
  otherwise it is *leaked*; recall = caught / gold;
* a prediction is correct when it overlaps a gold span of any type;
  precision per predicted type and overall;
* F2 weighs recall four times as much as precision;
* "clean unchanged": share of utterances without gold spans that come out
  with no prediction at all.

    python benchmarks/eval_pii.py [--limit N] [--data-root ../shared/data] [--datasets synth slurp ...]

Data (see ../shared/data/README.md): presidio-research synth_dataset_v2
(MIT), SLURP test (CC BY 4.0), redactomatic sample call (MIT), our
generated meeting set (benchmarks/eval_data/meetings.jsonl), and a held-out
meeting set written by hand without sight of the detector
(benchmarks/eval_data/heldout.jsonl, from make_heldout.py).
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from meeting_privacy.core.detection import (  # noqa: E402
    DetectionSettings,
    Detector,
    OfflineEmailRecognizer,
    Roster,
)

#: Types the project claims to catch (recall target 0.95 each data set).
CLAIMED = {
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "US_SSN",
    "IP_ADDRESS",
    "STREET_ADDRESS",
    "DATE_OF_BIRTH",
}
_BIRTH = re.compile(r"\b(?:born|birth|birthday|dob|d\.o\.b)\b", re.IGNORECASE)


@dataclass
class Sample:
    text: str
    spans: list[tuple[int, int, str]]
    roster: Roster = field(default_factory=Roster)


# --- data sets ---------------------------------------------------------------


def _dob(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Gold dates in a birth context are scored as DATE_OF_BIRTH."""
    return [
        (s, e, "DATE_OF_BIRTH" if t == "DATE_TIME" and _BIRTH.search(text[max(0, s - 60) : s]) else t)
        for s, e, t in spans
    ]


def load_synth(root: Path) -> list[Sample]:
    """presidio-research synth_dataset_v2 (MIT)."""
    data = json.loads((root / "pii/presidio-research/synth_dataset_v2.json").read_text(encoding="utf-8"))
    samples = []
    for item in data:
        spans = [(s["start_position"], s["end_position"], s["entity_type"]) for s in item["spans"]]
        spans = [(s, e, "LOCATION" if t == "GPE" else t) for s, e, t in spans]
        samples.append(Sample(item["full_text"], _dob(item["full_text"], spans)))
    return samples


_SLURP_TYPES = {"person": "PERSON", "email_address": "EMAIL_ADDRESS", "date": "DATE_TIME", "place_name": "LOCATION"}
#: SLURP labels whose values are names of people or organisations under another
#: intent (``play ... by david bowie``, ``order from papa john's``). Loaded as
#: unclaimed gold, like synth's ORGANIZATION: they count for nothing in recall,
#: and a prediction on them is not a false positive. ``--legacy-scoring`` drops them.
_SLURP_NAME_TYPES = {"artist_name": "ARTIST", "audiobook_author": "AUTHOR", "business_name": "ORGANIZATION"}
LEGACY_SCORING = False


def load_slurp(root: Path) -> list[Sample]:
    """SLURP test set (CC BY 4.0). ``personal_info`` labels name a kind of data
    ("telephone number"), not a value, so they are not scored."""
    samples = []
    for line in (root / "spoken/slurp/test.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        offsets, pos = [], 0
        for tok in item["tokens"]:
            start = item["sentence"].find(tok["surface"], pos)
            if start < 0:
                break  # a token the sentence spells differently: skip the sample
            offsets.append((start, start + len(tok["surface"])))
            pos = start + len(tok["surface"])
        if len(offsets) != len(item["tokens"]):
            continue
        spans = []
        for ent in item["entities"]:
            etype = _SLURP_TYPES.get(ent["type"])
            if etype is None and not LEGACY_SCORING:
                etype = _SLURP_NAME_TYPES.get(ent["type"])
            if etype and ent["span"]:
                spans.append((offsets[ent["span"][0]][0], offsets[ent["span"][-1]][1], etype))
        samples.append(Sample(item["sentence"], spans))
    return samples


_REDACTOMATIC_TYPES = {"PERSON": "PERSON", "PHONE": "PHONE_NUMBER", "SSN": "US_SSN", "EMAIL": "EMAIL_ADDRESS",
                       "CCARD": "CREDIT_CARD", "ZIPCODE": "STREET_ADDRESS", "ADDRESS": "STREET_ADDRESS"}  # fmt: skip


def load_redactomatic(root: Path) -> list[Sample]:
    """redactomatic voice sample (MIT); gold spans recovered by aligning its
    expected output (tags such as ``[SSN-13]``, not checked by people)."""
    folder = root / "spoken/redactomatic"

    def rows(name: str) -> list[str]:
        with (folder / name).open(encoding="utf-8-sig", newline="") as f:
            return [r["text"] for r in csv.DictReader(f)]

    samples = []
    for text, expected in zip(rows("sample_data_voice.csv"), rows("voice_output_l3.csv"), strict=True):
        parts = re.split(r"\[([A-Z]+)-\d+\]", expected)
        pattern = "".join(re.escape(p) if i % 2 == 0 else "(.+?)" for i, p in enumerate(parts))
        match = re.fullmatch(pattern, text, re.DOTALL)
        spans = []
        if match:
            for g, tag in enumerate(parts[1::2], start=1):
                spans.append((match.start(g), match.end(g), _REDACTOMATIC_TYPES.get(tag, tag)))
        samples.append(Sample(text, _dob(text, spans)))
    return samples


def load_meetings(path: Path) -> list[Sample]:
    """Our generated meeting utterances (benchmarks/eval_data/make_meetings.py)."""
    samples = []
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        roster = Roster(names=tuple(item["roster"]["names"]), emails=tuple(item["roster"]["emails"]))
        spans = [(s["start"], s["end"], s["type"]) for s in item["spans"]]
        samples.append(Sample(item["text"], _dob(item["text"], spans), roster))
    return samples


# --- systems -------------------------------------------------------------------

Predict = Callable[[list[Sample]], list[list[tuple[int, int, str]]]]


def ours(settings: DetectionSettings) -> Predict:
    detector = Detector(settings)

    def predict(samples: list[Sample]) -> list[list[tuple[int, int, str]]]:
        out = []
        for i in range(0, len(samples), 256):
            batch = samples[i : i + 256]
            results = detector.analyze_batch([s.text for s in batch], [s.roster for s in batch])
            out.extend([(r.start, r.end, r.entity_type) for r in rs] for rs in results)
        return out

    return predict


def vanilla(model: str) -> Predict:
    provider = NlpEngineProvider(
        nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]}
    )
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine())
    analyzer.registry.remove_recognizer("EmailRecognizer")
    analyzer.registry.add_recognizer(OfflineEmailRecognizer())

    def predict(samples: list[Sample]) -> list[list[tuple[int, int, str]]]:
        return [[(r.start, r.end, r.entity_type) for r in analyzer.analyze(s.text, language="en")] for s in samples]

    return predict


# --- scoring ---------------------------------------------------------------------


@dataclass
class Score:
    gold: Counter = field(default_factory=Counter)
    caught: Counter = field(default_factory=Counter)
    predicted: Counter = field(default_factory=Counter)
    correct: Counter = field(default_factory=Counter)
    clean: int = 0
    clean_unchanged: int = 0


_POSSESSIVE_END = re.compile(r"\s?['’]s$", re.IGNORECASE)


def _value_end(text: str, start: int, end: int) -> int:
    """End of a gold value without a closing possessive: ``jessica's`` -> ``jessica``.

    The clitic is not part of the name; ``<PERSON_1>'s email`` leaks nothing.
    """
    if LEGACY_SCORING:
        return end
    m = _POSSESSIVE_END.search(text[start:end])
    return start + m.start() if m and m.start() > 0 else end


def score(samples: list[Sample], predictions: list[list[tuple[int, int, str]]]) -> Score:
    result = Score()
    for sample, preds in zip(samples, predictions, strict=True):
        covered = [False] * len(sample.text)
        for s, e, _ in preds:
            for i in range(s, min(e, len(covered))):
                covered[i] = True
        for s, e, t in sample.spans:
            result.gold[t] += 1
            value_end = _value_end(sample.text, s, e)
            if all(covered[i] for i in range(s, value_end) if sample.text[i].isalnum()):
                result.caught[t] += 1
        for s, e, t in preds:
            result.predicted[t] += 1
            if any(s < ge and gs < e for gs, ge, _ in sample.spans):
                result.correct[t] += 1
        if not sample.spans:
            result.clean += 1
            result.clean_unchanged += not preds
    return result


def f2(p: float, r: float) -> float:
    return 5 * p * r / (4 * p + r) if p + r else 0.0


def _fmt(x: float | None) -> str:
    return "   -" if x is None else f"{x:.2f}"


def table(name: str, a: Score, b: Score, seconds: tuple[float, float]) -> str:
    types = sorted(set(a.gold) | set(a.predicted) | set(b.predicted))
    lines = [
        f"### {name}",
        "",
        "| entity | gold | ours R | ours P | ours F2 | ours leaked "
        "| vanilla R | vanilla P | vanilla F2 | vanilla leaked |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]

    def cols(s: Score, t: str) -> list[str]:
        r = s.caught[t] / s.gold[t] if s.gold[t] else None
        p = s.correct[t] / s.predicted[t] if s.predicted[t] else None
        f = f2(p, r) if r is not None and p is not None else None
        leaked = str(s.gold[t] - s.caught[t]) if s.gold[t] else "-"
        return [_fmt(r), _fmt(p), _fmt(f), leaked]

    for t in types:
        mark = "*" if t in CLAIMED else ""
        lines.append("| " + " | ".join([f"{t}{mark}", str(a.gold[t] or "-"), *cols(a, t), *cols(b, t)]) + " |")

    def overall(s: Score) -> list[str]:
        gold = sum(s.gold[t] for t in CLAIMED)
        caught = sum(s.caught[t] for t in CLAIMED)
        r = caught / gold if gold else None
        p = sum(s.correct.values()) / sum(s.predicted.values()) if sum(s.predicted.values()) else None
        f = f2(p, r) if r is not None and p is not None else None
        return [_fmt(r), _fmt(p), _fmt(f), str(gold - caught)]

    gold = sum(a.gold[t] for t in CLAIMED)
    lines.append(
        "| " + " | ".join(["**overall (claimed* recall, all precision)**", str(gold), *overall(a), *overall(b)]) + " |"
    )
    if a.clean:
        lines.append("")
        lines.append(
            f"Clean business utterances unchanged: ours {a.clean_unchanged}/{a.clean} "
            f"({a.clean_unchanged / a.clean:.0%}), vanilla {b.clean_unchanged}/{b.clean} "
            f"({b.clean_unchanged / b.clean:.0%})."
        )
    lines.append("")
    lines.append(f"Time: ours {seconds[0]:.1f} s, vanilla {seconds[1]:.1f} s.")
    return "\n".join(lines)


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-root", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--meetings", type=Path, default=ROOT / "benchmarks" / "eval_data" / "meetings.jsonl")
    parser.add_argument("--heldout", type=Path, default=ROOT / "benchmarks" / "eval_data" / "heldout.jsonl")
    parser.add_argument("--limit", type=int, default=0, help="at most N samples per data set (0: all)")
    parser.add_argument("--datasets", nargs="+", default=["synth", "slurp", "redactomatic", "meetings", "heldout"])
    parser.add_argument("--model", default=DetectionSettings().spacy_model)
    parser.add_argument(
        "--legacy-scoring",
        action="store_true",
        help="score as before 2026-11: possessive 's part of a gold name; SLURP artist/author/business names not gold",
    )
    args = parser.parse_args(argv)
    global LEGACY_SCORING
    LEGACY_SCORING = args.legacy_scoring
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)

    loaders = {
        "synth": lambda: load_synth(args.data_root),
        "slurp": lambda: load_slurp(args.data_root),
        "redactomatic": lambda: load_redactomatic(args.data_root),
        "meetings": lambda: load_meetings(args.meetings),
        "heldout": lambda: load_meetings(args.heldout),
    }
    ours_predict = ours(DetectionSettings(spacy_model=args.model))
    vanilla_predict = vanilla(args.model)
    print("Entities marked * are claimed; R, leaked: per gold type; P: per predicted type.\n")
    for name in args.datasets:
        samples = loaders[name]()
        if args.limit:
            samples = samples[: args.limit]
        t0 = time.perf_counter()
        a = score(samples, ours_predict(samples))
        t1 = time.perf_counter()
        b = score(samples, vanilla_predict(samples))
        t2 = time.perf_counter()
        print(table(f"{name} ({len(samples)} texts)", a, b, (t1 - t0, t2 - t1)))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
