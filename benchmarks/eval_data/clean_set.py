"""The layout, checks and writer of the hand-written clean tuning sets (``make_tuning_clean_d.py``, ``_e.py``).

Each set is 50 sentences of each kind (code names, products, name-words, mixed) in each case (lower-case
speech, typed text), one JSON object a line: ``{"text", "kind", "case"}``.
"""

import json
import string
import sys
from collections import Counter

KINDS = ("codename", "product", "nameword", "mixed")
CASES = ("lower", "cased")
PER_BUCKET = 50
TOTAL = PER_BUCKET * len(KINDS) * len(CASES)
MIN_WORDS, MAX_WORDS = 5, 30

# Speech-to-text style: lower-case letters, digits, spaces and apostrophes only.
LOWER_ALLOWED = set(string.ascii_lowercase + string.digits + " '")


def build_rows(sets):
    """Return the rows in a fixed order (grouped by kind, then case)."""
    return [{"text": text, "kind": kind, "case": case} for kind, case, texts in sets for text in texts]


def validate(rows):
    """Return a list of problems; an empty list means the set is valid."""
    problems = []
    if len(rows) != TOTAL:
        problems.append(f"expected {TOTAL} rows, got {len(rows)}")

    seen = {}
    for i, row in enumerate(rows):
        text, kind, case = row.get("text"), row.get("kind"), row.get("case")
        where = f"row {i} ({kind}/{case}): {text!r}"
        if set(row) != {"text", "kind", "case"}:
            problems.append(f"{where}: unexpected fields {sorted(row)}")
        if kind not in KINDS:
            problems.append(f"{where}: bad kind")
        if case not in CASES:
            problems.append(f"{where}: bad case")
        if not isinstance(text, str) or not text:
            problems.append(f"{where}: empty or non-string text")
            continue
        if text != text.strip() or "  " in text:
            problems.append(f"{where}: stray whitespace")
        n_words = len(text.split())
        if not MIN_WORDS <= n_words <= MAX_WORDS:
            problems.append(f"{where}: {n_words} words")
        if case == "lower":
            bad = sorted(set(text) - LOWER_ALLOWED)
            if bad:
                problems.append(f"{where}: characters not allowed in lower case: {bad}")
        elif case == "cased":
            if not any(ch.isupper() for ch in text):
                problems.append(f"{where}: no capital letters")
        key = " ".join(text.lower().split())
        if key in seen:
            problems.append(f"{where}: duplicate of row {seen[key]}")
        else:
            seen[key] = i

    kind_counts = Counter(row["kind"] for row in rows)
    case_counts = Counter(row["case"] for row in rows)
    bucket_counts = Counter((row["kind"], row["case"]) for row in rows)
    for kind in KINDS:
        if kind_counts[kind] != PER_BUCKET * len(CASES):
            problems.append(f"kind {kind}: {kind_counts[kind]} rows")
    for case in CASES:
        if case_counts[case] != PER_BUCKET * len(KINDS):
            problems.append(f"case {case}: {case_counts[case]} rows")
    for kind in KINDS:
        for case in CASES:
            if bucket_counts[(kind, case)] != PER_BUCKET:
                problems.append(f"{kind}/{case}: {bucket_counts[(kind, case)]} rows")
    return problems


def main(sets, out_path):
    """Check the sentences of ``sets`` ((kind, case, texts) triples) and write them to ``out_path``."""
    rows = build_rows(sets)
    problems = validate(rows)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        sys.exit(1)
    with out_path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = Counter((row["kind"], row["case"]) for row in rows)
    print(f"wrote {len(rows)} rows to {out_path}")
    for kind in KINDS:
        print(f"  {kind}: " + ", ".join(f"{case}={counts[(kind, case)]}" for case in CASES))
