"""Load benchmark: a synthetic meeting data set at several sizes, run through the CLI.

Not a unit test. At 100% the data set holds 10,000 meetings, 1,000,000 telemetry
events, 100,000 transcript segments, 20,000 chat messages, 40,000 roster entries
and a ledger of 100,000 consent events. Each fraction (default 10%, 50%, 100%) is
generated, run with ``meeting-privacy run`` in a subprocess, and reported: wall
time, input records per second, and peak RSS of every process of the run (the
launcher and, with ``--direct_running_mode=multi_processing``, each worker),
sampled from ``/proc`` (psutil is not installed).

Usage::

    .venv/bin/python benchmarks/load.py --fractions 0.1 --work /tmp/load
    .venv/bin/python benchmarks/load.py --fractions 0.1 0.5 1.0 -- --direct_running_mode=multi_processing \
        --direct_num_workers=2

Everything after ``--`` is passed to ``meeting-privacy run`` (Beam options).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from memory import TreeMemory  # noqa: E402 - the benchmarks' /proc memory sampler, shared

from meeting_privacy.demo.writer import JsonlWriter  # noqa: E402

FULL = {"meetings": 10_000, "telemetry": 1_000_000, "transcripts": 100_000, "chat": 20_000, "consent": 100_000}
PER_MEETING = 4
AS_OF = "2026-06-30T00:00:00Z"
KEY = "load-benchmark-key-0123456789abcdef0123456789abcdef"
_FIRST = "Priya Marcus Jane Tom Sofia Aisha Liam Mia Noah Emma Olivia Ravi Chen Lucas Zoe Omar".split()
_LAST = "Raman Chen Doe Becker Rossi Khan Walsh Novak Silva Tanaka Okafor Meyer Dubois Larsen".split()
_SAYINGS = (
    "Let's go over the release checklist first.",
    "{name}, can you take the accessibility review?",
    "The export job failed twice overnight, I'll look into it.",
    "Call me at 415-555-{n:04d} if the build breaks again.",
    "Sure, I'll send the notes after the call.",
    "We should loop in {name} on the pricing change.",
)


def _ts(day: int, seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    return f"2026-03-{1 + day % 28:02d}T{(9 + hours) % 24:02d}:{rest // 60:02d}:{rest % 60:02d}Z"


def generate(directory: Path, fraction: float, seed: int = 7) -> dict[str, int]:
    """Writes the data set for ``fraction`` of the full size; returns records per kind."""
    rng = random.Random(seed)
    size = {kind: max(1, int(n * fraction)) for kind, n in FULL.items()}
    meetings = size["meetings"]
    directory.mkdir(parents=True, exist_ok=True)
    users = meetings * PER_MEETING // 2  # people meet more than once
    with contextlib.ExitStack() as stack:
        files = {
            kind: stack.enter_context(JsonlWriter(directory / f"{kind}-0001.jsonl"))
            for kind in ("participants", "consent", "transcripts", "chat", "telemetry")
        }

        def write(kind, record):
            files[kind].write(record)

        # Ledger: every user gets events until the ledger is full; ~70% end up granting.
        for n in range(size["consent"]):
            user = n % users
            decision = "grant" if rng.random() < 0.7 else rng.choice(("deny", "withdraw"))
            write(
                "consent",
                {
                    "consent_id": f"c-{n}",
                    "subject_type": "user",
                    "subject_id": f"u-{user}",
                    "purpose": "ai_training",
                    "data_category": rng.choice(("all", "all", "content", "telemetry")),
                    "decision": decision,
                    "recorded_at": _ts(0, n % 3000),
                    "source": "user",
                },
            )
        tel_per_meeting = size["telemetry"] // meetings
        seg_per_meeting = size["transcripts"] // meetings
        chat_per_meeting = size["chat"] // meetings
        for m in range(meetings):
            day = m % 28
            roster = [(m * PER_MEETING // 2 + i * 7) % users for i in range(PER_MEETING)]
            names = [f"{_FIRST[u % len(_FIRST)]} {_LAST[u % len(_LAST)]}" for u in roster]
            for i, user in enumerate(roster):
                write(
                    "participants",
                    {
                        "meeting_id": f"m-{m}",
                        "participant_id": f"m-{m}-p{i}",
                        "user_id": f"u-{user}",
                        "account_id": f"a-{user % 50}",
                        "display_name": names[i],
                        "email": f"user{user}@example.com",
                        "role": "host" if i == 0 else "attendee",
                        "country": "US",
                        "joined_at": _ts(day, 3600),
                    },
                )
            for s in range(seg_per_meeting):
                speaker = s % PER_MEETING
                text = _SAYINGS[s % len(_SAYINGS)].format(name=names[(speaker + 1) % PER_MEETING].split()[0], n=s)
                write(
                    "transcripts",
                    {
                        "segment_id": f"m-{m}-s{s}",
                        "meeting_id": f"m-{m}",
                        "participant_id": f"m-{m}-p{speaker}",
                        "start_ms": 4000 * s,
                        "end_ms": 4000 * s + 3500,
                        "text": text,
                    },
                )
            for c in range(chat_per_meeting):
                write(
                    "chat",
                    {
                        "message_id": f"m-{m}-c{c}",
                        "meeting_id": f"m-{m}",
                        "sender_participant_id": f"m-{m}-p{c % PER_MEETING}",
                        "recipient": "everyone",
                        "sent_at": _ts(day, 3700 + 60 * c),
                        "text": "Deck is in the shared drive.",
                    },
                )
            for e in range(tel_per_meeting):
                i = e % PER_MEETING
                event = {
                    "event_id": f"m-{m}-e{e}",
                    "meeting_id": f"m-{m}",
                    "participant_id": f"m-{m}-p{i}",
                    "user_id": f"u-{roster[i]}",
                    "account_id": f"a-{roster[i] % 50}",
                    "event_type": "join" if e < PER_MEETING else "network_sample",
                    "occurred_at": _ts(day, 3600 + 5 * e),
                    "network": {"ip_address": f"192.0.2.{e % 250}", "rtt_ms": 20 + e % 40, "jitter_ms": e % 7},
                    "geo": {"country": "US", "region": "Oregon", "city": "Portland"},
                }
                if e < PER_MEETING:
                    event["client"] = {"os": "macOS", "app_version": "6.0.3", "device_name": f"{names[i]}'s laptop"}
                write("telemetry", event)
    return {kind: writer.count for kind, writer in files.items()}


def run_once(input_dir: Path, output: Path, beam_args: list[str]) -> dict:
    key_file = input_dir.parent / "key.txt"
    key_file.write_text(KEY)
    key_file.chmod(0o600)
    command = [
        sys.executable,
        "-m",
        "meeting_privacy.cli",
        "run",
        "--input",
        str(input_dir),
        "--output",
        str(output),
        "--key-file",
        str(key_file),
        "--as-of",
        AS_OF,
        "--quiet",
        *beam_args,
    ]
    start = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    with TreeMemory(process.pid, interval=0.5) as memory:
        _, stderr = process.communicate()
    elapsed = time.monotonic() - start
    workers = sorted(
        ({"pid": pid, "peak_rss_mib": round(mib, 1), "role": _role(cmd)} for pid, (cmd, mib) in memory.peaks.items()),
        key=lambda w: -w["peak_rss_mib"],
    )
    return {
        "exit": process.returncode,
        "seconds": round(elapsed, 1),
        "processes": workers,
        "stderr": stderr[-2000:].decode("utf-8", "replace"),
    }


def _role(cmdline: str) -> str:
    if "sdk_worker" in cmdline or "worker_pool" in cmdline:
        return "worker"
    if "meeting_privacy.cli" in cmdline:
        return "launcher"
    return cmdline[:60]


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    beam_args: list[str] = []
    if "--" in argv:
        beam_args = argv[argv.index("--") + 1 :]
        argv = argv[: argv.index("--")]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fractions", type=float, nargs="+", default=[0.1, 0.5, 1.0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/meeting-privacy-load"))
    parser.add_argument("--keep", action="store_true", help="keep the generated data and outputs")
    parser.add_argument(
        "--records-per-shard",
        type=int,
        default=0,
        help="run with --shards so that each shard holds about this many records (0: one pipeline)",
    )
    args = parser.parse_args(argv)
    results = []
    for fraction in args.fractions:
        folder = args.work / f"f{fraction:g}"
        shutil.rmtree(folder, ignore_errors=True)
        started = time.monotonic()
        counts = generate(folder / "input", fraction)
        generated = time.monotonic() - started
        records = sum(counts.values())
        shards = math.ceil(records / args.records_per_shard) if args.records_per_shard else 1
        outcome = run_once(folder / "input", folder / "output", [*beam_args, "--shards", str(shards)])
        emitted = {}
        if outcome["exit"] == 0:
            manifest = json.loads((folder / "output" / "manifest.json").read_text())
            emitted = {k: manifest["counts"][k]["emitted"] for k in ("transcripts", "chat", "telemetry")}
        result = {
            "fraction": fraction,
            "records": counts,
            "generate_seconds": round(generated, 1),
            **outcome,
            "records_per_second": round(records / outcome["seconds"], 1),
            "emitted": emitted,
            "beam_args": beam_args,
            "shards": shards,
        }
        results.append(result)
        peak = max((p["peak_rss_mib"] for p in outcome["processes"]), default=0)
        print(
            f"{fraction:>5.0%}: {records:>9} records in {outcome['seconds']:>7.1f} s "
            f"({result['records_per_second']:>8.1f} records/s), exit {outcome['exit']}, "
            f"peak RSS {peak} MiB over {len(outcome['processes'])} process(es), {shards} shard(s)",
            flush=True,
        )
        for process in outcome["processes"][:6]:
            print(f"        {process['role']:<10} pid {process['pid']:>7}: {process['peak_rss_mib']:>8.1f} MiB")
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(results, indent=2))
    return 0 if all(r["exit"] == 0 for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
