"""Erasure benchmark: erasing 1, 100 and 10,000 people from the load benchmark's output vs rebuilding it.

Not a unit test. Generates the load benchmark's data set at ``--fraction`` of its
full size (0.5 holds 10,000 users), builds it once with ``meeting-privacy run``
(the time a rebuild with the people's withdrawals would also take), then erases
each number of people from a fresh hard-linked copy of that output and prints
one table: people, rows erased, seconds, and the rebuild's time over the erasure's.

Usage::

    .venv/bin/python benchmarks/erase.py --fraction 0.5 --work /tmp/erase -- --shards 5
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import load  # noqa: E402 - the load benchmark's generator and runner, shared

from meeting_privacy.core.pseudonyms import KeySource  # noqa: E402
from meeting_privacy.pipelines.erase import erase_output  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    beam_args: list[str] = []
    if "--" in argv:
        beam_args, argv = argv[argv.index("--") + 1 :], argv[: argv.index("--")]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fraction", type=float, default=0.5)
    parser.add_argument("--people", type=int, nargs="+", default=[1, 100, 10_000])
    parser.add_argument("--work", type=Path, default=Path("/tmp/meeting-privacy-erase"))
    args = parser.parse_args(argv)
    shutil.rmtree(args.work, ignore_errors=True)
    counts = load.generate(args.work / "input", args.fraction)
    built = load.run_once(args.work / "input", args.work / "built", beam_args)
    if built["exit"] != 0:
        print(built["stderr"], file=sys.stderr)
        return 1
    users = int(load.FULL["meetings"] * args.fraction) * load.PER_MEETING // 2  # as load.generate makes them
    key = KeySource.from_file(args.work / "key.txt")
    print(f"{sum(counts.values())} records, {users} users; build (= rebuild) {built['seconds']:.1f} s")
    print(f"{'people':>8} {'rows erased':>12} {'erase s':>9} {'rebuild / erase':>16}")
    for people in args.people:
        copy = args.work / f"erase-{people}"
        shutil.copytree(args.work / "built", copy, copy_function=_link)
        ids = args.work / f"ids-{people}.txt"
        ids.write_text("".join(f"u-{n}\n" for n in range(min(people, users))), encoding="utf-8")
        started = time.monotonic()
        result = erase_output(str(copy), str(ids), key, "erasure_request", datetime.now(timezone.utc))
        seconds = time.monotonic() - started
        rows = sum(result.erasure.rows.values()) if result.erasure else 0
        print(f"{people:>8} {rows:>12} {seconds:>9.1f} {built['seconds'] / seconds:>15.1f}x", flush=True)
        shutil.rmtree(copy)
    return 0


def _link(source: str, target: str) -> None:
    Path(target).hardlink_to(source)


if __name__ == "__main__":
    sys.exit(main())
