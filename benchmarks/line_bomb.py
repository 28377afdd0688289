"""Line-bomb benchmark: gzip files that expand to one huge line, or to a flood of bad lines.

Not a unit test. Builds, in a temporary folder, a ``.jsonl.gz`` of about
0.5 MB holding one 500 MB line (and a good line after it), and one of about
1 KB holding 349,525 ``{}`` lines, next to a small valid meeting set. Each
case runs in a fresh process so that its peak RSS (``VmHWM`` in
``/proc/self/status``) is its own:

* ``reader``: ``read_records`` over the bomb alone (the reader's own cost);
* ``validate``: ``meeting-privacy validate`` on the folder;
* ``run``: ``meeting-privacy run`` on the folder (DirectRunner, in process).

The default limits (policy ``limits``) apply: the long line is quarantined
unread past 1 MiB, and after 10,000 malformed lines the rest of a file is one
quarantine entry. Prints a table of time (after imports), RSS after imports, peak RSS,
records and quarantine entries per case.

Usage::

    .venv/bin/python benchmarks/line_bomb.py [--line-mib 500] [--cases reader validate run]
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from memory import own_peak_mib  # noqa: E402 - the benchmarks' /proc memory sampler, shared

MIB = 1 << 20
BOMBS = {"line": "transcripts-0002.jsonl.gz", "flood": "transcripts-0003.jsonl.gz"}
KEY = "line-bomb-benchmark-key-0123456789abcdef0123456789"


def build(folder: Path, bomb: str, line_mib: int) -> int:
    """Writes the valid meeting set and one bomb; returns the bomb's size on disk."""
    from meeting_privacy.demo.writer import dump, write_input
    from tests.support.reliability_support import good_set

    good = good_set()
    good.write(folder)
    path = folder / BOMBS[bomb]
    if bomb == "flood":
        write_input(path, [b"{}"] * 349_525)
        return path.stat().st_size
    # One line too long to hold in memory, written in pieces: not a job for the input writer.
    with gzip.open(path, "wb", compresslevel=9) as handle:
        handle.write(b'{"segment_id": "bomb", "text": "')
        for _ in range(line_mib):
            handle.write(b"a" * MIB)
        handle.write(b'"}\n' + dump({**good.records["transcripts"][0], "segment_id": "after-the-bomb"}) + b"\n")
    return path.stat().st_size


def measure(case: str, folder: Path, bomb: str) -> dict:
    """Runs one case in this process; returns time (after imports), peak RSS, records and quarantine entries."""
    from meeting_privacy.cli import main
    from meeting_privacy.core.input_files import describe, read_records
    from meeting_privacy.pipelines.validate import validate_folder
    from meeting_privacy.schemas.envelopes import Rejected

    imported = own_peak_mib()  # Beam, pyarrow, Presidio and spaCy's libraries, before any reading
    started = time.perf_counter()
    if case == "reader":
        path = folder / BOMBS[bomb]
        records = list(read_records(describe(str(path), str(folder)), lambda: path.open("rb")))
        result = {"records": len(records), "quarantined": sum(isinstance(r, Rejected) for r in records)}
    elif case == "validate":
        (report,) = [r for r in validate_folder(str(folder)) if r.name == BOMBS[bomb]]
        result = {"records": report.records, "quarantined": report.malformed}
    else:
        key = folder.parent / "key.txt"
        key.write_text(KEY)
        key.chmod(0o600)
        output = folder.parent / "output"
        argv = ["run", "--input", str(folder), "--output", str(output), "--key-file", str(key), "--quiet"]
        code = main([*argv, "--as-of", "2026-06-30T00:00:00Z"])
        counts = json.loads((output / "manifest.json").read_text())["counts"]["transcripts"] if code == 0 else {}
        quarantine = sum(p.stat().st_size for p in (output / "quarantine").glob("*")) if code == 0 else 0
        result = {"records": counts.get("read"), "quarantined": counts.get("quarantined")}
        result["quarantine_kib"] = round(quarantine / 1024)
    seconds = round(time.perf_counter() - started, 1)
    return {"seconds": seconds, "imported_mib": round(imported), "peak_rss_mib": round(own_peak_mib()), **result}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--line-mib", type=int, default=500, help="length of the long line in MiB (default 500)")
    parser.add_argument("--cases", nargs="+", default=["reader", "validate", "run"])
    parser.add_argument("--measure", nargs=3, metavar=("CASE", "FOLDER", "BOMB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        case, folder, bomb = args.measure
        print(json.dumps(measure(case, Path(folder), bomb)))
        return
    with tempfile.TemporaryDirectory() as work:
        results = []
        for bomb in BOMBS:
            folder = Path(work) / bomb / "input"
            folder.mkdir(parents=True)
            size = build(folder, bomb, args.line_mib)
            for case in args.cases:
                command = [sys.executable, __file__, "--measure", case, str(folder), bomb]
                output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
                results.append(
                    {
                        "bomb": bomb,
                        "gz_kib": round(size / 1024, 1),
                        "case": case,
                        **json.loads(output.splitlines()[-1]),
                    }
                )
    header = f"{'bomb':<7}{'gz KiB':>8}  {'case':<9}{'time s':>8}{'RSS after imports':>19}{'peak RSS MiB':>14}"
    print(header + f"{'records':>9}{'quarantined':>13}")
    for r in results:
        print(
            f"{r['bomb']:<7}{r['gz_kib']:>8}  {r['case']:<9}{r['seconds']:>8}"
            f"{r['imported_mib']:>19}{r['peak_rss_mib']:>14}{r['records']:>9}{r['quarantined']:>13}"
            + (f"  quarantine {r['quarantine_kib']} KiB" if "quarantine_kib" in r else "")
        )


if __name__ == "__main__":
    main()
