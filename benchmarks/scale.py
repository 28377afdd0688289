"""Scaling benchmark: does doubling the input double the time, and do two workers help?

Not a unit test. The input is the embedded sample (``write_sample``: every
consent case, malformed lines, gzip and Parquet files) replicated COPIES times
with every identifier suffixed per copy, so each copy is a disjoint set of
meetings, people and accounts with the same decisions. Deterministic: the same
COPIES give the same bytes.

For each runner configuration it runs ``meeting-privacy run`` in a fresh
process at N and 2N copies and prints the wall times; the fixed start-up cost
(interpreter, Beam, loading spaCy) is measured with one copy and subtracted to
show the marginal cost per record.

Usage::

    .venv/bin/python benchmarks/scale.py                      # N = 20 copies, all configurations
    .venv/bin/python benchmarks/scale.py --copies 40 --configs direct multi2
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from meeting_privacy.demo import AS_OF, write_sample
from meeting_privacy.demo.writer import Line, write_input

#: Benchmark key: published, like the demo key; the outputs are thrown away.
KEY = "scale-benchmark-key-not-secret-0123456789abcdef"
ID_FIELDS = {
    "meeting_id",
    "participant_id",
    "user_id",
    "account_id",
    "segment_id",
    "message_id",
    "event_id",
    "consent_id",
    "subject_id",
    "sender_participant_id",
    "device_id",
}
CONFIGS = {
    "direct": ["--runner=DirectRunner"],
    "multi1": ["--runner=DirectRunner", "--direct_running_mode=multi_processing", "--direct_num_workers=1"],
    "multi2": ["--runner=DirectRunner", "--direct_running_mode=multi_processing", "--direct_num_workers=2"],
}


def _suffix(value: Any, field: str, tag: str) -> Any:
    if isinstance(value, dict):
        return {k: _suffix(v, k, tag) for k, v in value.items()}
    if isinstance(value, str) and (field in ID_FIELDS or (field == "recipient" and value != "everyone")):
        return f"{value}~{tag}"
    return value


def _rewrite_lines(data: bytes, tag: str) -> list[Line]:
    out: list[Line] = []
    lines = data.split(b"\n")
    if not lines[-1]:
        lines.pop()  # the newline that ends the file: the writer writes it again
    for line in lines:
        try:
            record = json.loads(line)
        except ValueError:
            out.append(line)  # malformed on purpose: stays malformed in every copy
            continue
        out.append(_suffix(record, "", tag) if isinstance(record, dict) else line)
    return out


def generate(directory: Path, copies: int) -> dict[str, Any]:
    """Writes ``copies`` disjoint copies of the sample into ``directory``; returns counts."""
    with tempfile.TemporaryDirectory() as tmp:
        info = write_sample(Path(tmp))
        files = {p.name: p for p in sorted(Path(tmp).iterdir()) if p.is_file()}
        tables = {name: pq.read_table(path) for name, path in files.items() if name.endswith(".parquet")}
        lines = {name: path.read_bytes() for name, path in files.items() if name not in tables}
    lines = {name: gzip.decompress(data) if name.endswith(".gz") else data for name, data in lines.items()}
    directory.mkdir(parents=True, exist_ok=True)
    for copy in range(copies):
        tag = f"c{copy:04d}"
        for name in files:
            kind, rest = name.split("-", 1)
            target = directory / f"{kind}-{tag}-{rest}"
            if name in tables:
                rows = [_suffix(row, "", tag) for row in tables[name].to_pylist()]
                write_input(target, rows, tables[name].schema)
            else:
                write_input(target, _rewrite_lines(lines[name], tag))
    return {"files": len(files) * copies, "as_of": info.as_of}


def run_once(input_dir: Path, output: Path, key_file: Path, as_of: str, beam_args: list[str]) -> tuple[float, dict]:
    shutil.rmtree(output, ignore_errors=True)
    command = [sys.executable, "-m", "meeting_privacy.cli", "run", "--quiet", "--input", str(input_dir)]
    command += ["--output", str(output), "--key-file", str(key_file), "--as-of", as_of, *beam_args]
    started = time.perf_counter()
    # Worker processes log at INFO on stderr; keep it out of the table, show its end on failure.
    done = subprocess.run(command, timeout=1800, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-3000:])
        raise SystemExit(f"meeting-privacy run failed with exit status {done.returncode}")
    manifest = json.loads((output / "manifest.json").read_text())
    return elapsed, manifest


def _records(manifest: dict) -> int:
    return sum(counts["read"] for counts in manifest["counts"].values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=20, help="N: copies of the sample at the smaller size")
    parser.add_argument("--configs", nargs="+", choices=sorted(CONFIGS), default=["direct", "multi1", "multi2"])
    parser.add_argument("--repeat", type=int, default=1, help="runs per point; the fastest counts (noisy machines)")
    parser.add_argument("--work", type=Path, help="working folder (default: a temporary one)")
    args = parser.parse_args(argv)

    work = args.work or Path(tempfile.mkdtemp(prefix="meeting-privacy-scale-"))
    key_file = work / "key.txt"
    work.mkdir(parents=True, exist_ok=True)
    key_file.write_text(KEY)
    os.chmod(key_file, 0o600)
    sizes = {"1": 1, "N": args.copies, "2N": 2 * args.copies}
    inputs = {}
    for label, copies in sizes.items():
        inputs[label] = work / f"input-{copies}"
        if not inputs[label].exists():
            generate(inputs[label], copies)

    print(f"cores: {os.cpu_count()}  N = {args.copies} copies of the sample")
    header = f"{'config':8} {'size':>4} {'records':>8} {'wall s':>8} {'marginal s':>10} {'ms/record':>9}"
    print(header)
    print("-" * len(header))
    results = {}
    for config in args.configs:

        def best(label: str, config: str = config) -> tuple[float, dict]:
            runs = [run_once(inputs[label], work / "out", key_file, AS_OF, CONFIGS[config]) for _ in range(args.repeat)]
            return min(runs, key=lambda r: r[0])

        base, _ = best("1")
        for label in ("N", "2N"):
            wall, manifest = best(label)
            records = _records(manifest)
            marginal = wall - base
            results[(config, label)] = (wall, marginal, records)
            print(f"{config:8} {label:>4} {records:8d} {wall:8.1f} {marginal:10.1f} {1000 * marginal / records:9.2f}")
        print(f"{config:8} {'1':>4} {'':8} {base:8.1f}   (start-up and fixed cost)")
    print()
    for config in args.configs:
        (w1, m1, _), (w2, m2, _) = results[(config, "N")], results[(config, "2N")]
        print(f"{config}: wall 2N/N = {w2 / w1:.2f}, marginal 2N/N = {m2 / m1:.2f} (2.00 = linear)")
    if {"multi1", "multi2"} <= set(args.configs):
        for label in ("N", "2N"):
            one, two = results[("multi1", label)][0], results[("multi2", label)][0]
            print(
                f"multi_processing at {label}: 1 worker {one:.1f} s, 2 workers {two:.1f} s, speed-up {one / two:.2f}x"
            )
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
