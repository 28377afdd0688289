"""Read limits (policy ``limits``): bombs cost neither memory nor an unbounded quarantine.

A line past ``max_line_bytes`` is quarantined without ever being held whole,
a file past ``max_file_bytes`` (after decompression) or past
``max_malformed_per_file`` ends with one entry for its rest, and a
quarantine copy is cut to ``quarantine_raw_bytes``, saying so. Every record
is still accounted for: read = emitted + excluded + quarantined.
"""

from __future__ import annotations

import gzip
import io
import itertools
import json
import tracemalloc

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from meeting_privacy.core.errors import PolicyError
from meeting_privacy.core.input_files import describe, is_file_failure, read_records
from meeting_privacy.core.policy import Policy, ReadLimits
from meeting_privacy.demo.writer import dump
from meeting_privacy.pipelines.validate import validate_folder
from meeting_privacy.schemas.envelopes import Parsed, Rejected
from tests.support.reliability_support import (
    audit_decisions,
    good_set,
    key_file,
    manifest,
    quarantine_entries,
    run_args,
    run_captured,
)

MIB = 1 << 20
SEGMENT = good_set().records["transcripts"][0]
GOOD = dump(SEGMENT)


class Generated(io.RawIOBase):
    """A stream made piece by piece as it is read, so that the test never holds it whole."""

    def __init__(self, pieces) -> None:
        self._pieces = iter(pieces)
        self._rest = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._rest:
            piece = next(self._pieces, None)
            if piece is None:
                return 0
            self._rest = piece
        n = min(len(buffer), len(self._rest))
        buffer[:n] = self._rest[:n]
        self._rest = self._rest[n:]
        return n


def long_line(mebibytes: int):
    yield b'{"segment_id": "s-long", "text": "'
    for _ in range(mebibytes):
        yield "é".encode() * (MIB // 2)
    yield b'"}\n'


def read(name, open_stream, **limits):
    return list(read_records(describe(name, ""), open_stream, ReadLimits(**limits)))


def peak_while(function) -> tuple[object, int]:
    tracemalloc.start()
    try:
        result = function()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_line_past_the_limit_is_quarantined_without_being_held_whole():
    def stream():
        return Generated(itertools.chain(long_line(64), [GOOD + b"\n"]))

    records, peak = peak_while(lambda: read("transcripts-0001.jsonl", stream))
    long, good = records
    assert isinstance(long, Rejected) and long.salvaged == () and long.source.line == 1
    assert long.error.startswith("line: longer than 1048576 bytes (limits.max_line_bytes)")
    assert f"of {sum(map(len, long_line(64))) - 1} bytes" in long.error
    assert len(long.raw) <= 64 * 1024 and long.raw.decode("utf-8")  # cut between characters
    assert isinstance(good, Parsed) and good.source.line == 2
    assert peak < 8 * MIB, peak


def test_a_gzip_bomb_of_one_long_line_stays_small_in_memory():
    packed = io.BytesIO()
    with gzip.GzipFile(fileobj=packed, mode="wb", mtime=0) as handle:
        for piece in long_line(64):
            handle.write(piece)
        handle.write(GOOD + b"\n")
    assert len(packed.getvalue()) < MIB

    def stream():
        return io.BytesIO(packed.getvalue())

    records, peak = peak_while(lambda: read("transcripts-0001.jsonl.gz", stream))
    assert [type(r) for r in records] == [Rejected, Parsed]
    assert peak < 8 * MIB, peak


def test_a_file_past_its_byte_limit_ends_with_one_entry_for_the_rest():
    data = b"".join(GOOD + b"\n" for _ in range(10))
    limit = 3 * (len(GOOD) + 1) + 5  # three whole lines and a bit of the fourth
    records = read("transcripts-0001.jsonl", lambda: io.BytesIO(data), max_file_bytes=limit)
    assert [type(r) for r in records] == [Parsed] * 3 + [Rejected]
    rest = records[-1]
    assert is_file_failure(rest) and rest.source.line == 4 and rest.salvaged == ()
    assert (
        rest.error
        == f"file unreadable from line 4 on: more than {limit} bytes after decompression (limits.max_file_bytes)"
    )


def test_malformed_lines_past_the_limit_become_one_entry_for_the_rest():
    data = b"{}\n" * 100 + GOOD + b"\n"
    records = read("transcripts-0001.jsonl", lambda: io.BytesIO(data), max_malformed_per_file=10)
    assert len(records) == 11 and all(isinstance(r, Rejected) for r in records)
    assert [is_file_failure(r) for r in records] == [False] * 10 + [True]
    assert records[-1].error.startswith("file unreadable from line 11 on: more than 10 malformed records")


def parquet_of(rows: list[dict], row_group_size: int) -> bytes:
    sink = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows), sink, row_group_size=row_group_size, compression="zstd")
    return sink.getvalue()


def segment(number: int, text: str = "fine") -> dict:
    return {**json.loads(GOOD), "segment_id": f"s-{number}", "text": text}


def test_a_parquet_row_longer_than_a_line_may_be_is_quarantined_with_its_speaker_salvaged():
    rows = [segment(1), segment(2, "é" * 5000), segment(3)]
    records = read("transcripts-0001.parquet", lambda: io.BytesIO(parquet_of(rows, 10)), max_line_bytes=4096)
    assert [type(r) for r in records] == [Parsed, Rejected, Parsed]
    long = records[1]
    assert long.source.line == 2 and not is_file_failure(long)
    assert long.error.startswith("row: longer than 4096 bytes as JSON (limits.max_line_bytes)")
    assert dict(long.salvaged)["participant_id"] == SEGMENT["participant_id"]  # still counts for the room


def test_a_parquet_file_past_its_uncompressed_limit_ends_with_one_entry_for_the_rest():
    rows = [segment(n, f"{n:05d}" * 400) for n in range(1, 31)]  # distinct: no dictionary page
    data = parquet_of(rows, 10)  # three row groups of ten rows
    footer = pq.ParquetFile(io.BytesIO(data)).metadata
    limit = footer.row_group(0).total_byte_size + footer.row_group(1).total_byte_size
    assert len(data) < limit  # the whole file is smaller than the limit: uncompressed bytes count
    records = read("transcripts-0001.parquet", lambda: io.BytesIO(data), max_file_bytes=limit)
    assert [type(r) for r in records] == [Parsed] * 20 + [Rejected]
    rest = records[-1]
    assert is_file_failure(rest) and rest.source.line == 21
    assert rest.error.endswith(f"more than {limit} bytes uncompressed (limits.max_file_bytes)")


def test_a_parquet_row_group_too_large_to_hold_is_not_read():
    rows = [segment(n, f"{n:05d}" * 60) for n in range(1, 2001)]
    data = parquet_of(rows, 2000)  # one row group of ~700 KB, more than 1024 rows of 256 bytes
    records = read("transcripts-0001.parquet", lambda: io.BytesIO(data), max_line_bytes=256)
    assert len(records) == 1 and is_file_failure(records[0]) and records[0].source.line == 1
    assert "a row group of more than 262144 bytes uncompressed" in records[0].error


def test_a_quarantine_copy_is_cut_at_a_character_and_says_how_long_the_line_was():
    raw = b'{"segment_id": "s", "text": "' + "ü".encode() * 500 + b'"'  # truncated JSON
    (record,) = read("transcripts-0001.jsonl", lambda: io.BytesIO(raw), quarantine_raw_bytes=100)
    assert len(record.raw) <= 100 and raw.startswith(record.raw) and record.raw.decode("utf-8")
    cut = f"quarantine copy cut to {len(record.raw)} of {len(raw)} bytes (limits.quarantine_raw_bytes)"
    assert record.error == f"line: json_invalid; {cut}"
    (whole,) = read("transcripts-0001.jsonl", lambda: io.BytesIO(raw), quarantine_raw_bytes=len(raw))
    assert whole.raw == raw and whole.error == "line: json_invalid"


def test_a_consent_file_past_a_limit_would_stop_a_run(tmp_path):
    (tmp_path / "consent-0001.jsonl").write_bytes(b"{}\n" * 10_001)
    (report,) = validate_folder(str(tmp_path))
    assert report.records == 10_001 and report.fatal[-1] == "consent-0001.jsonl:10001"


@pytest.mark.parametrize(
    ("limits", "named"),
    [
        ({"max_line_byte": 10}, "limits.max_line_byte"),
        ({"max_line_bytes": 0}, "limits.max_line_bytes"),
        ({"max_file_bytes": "4 GiB"}, "limits.max_file_bytes"),
        ({"max_malformed_per_file": True}, "limits.max_malformed_per_file"),
        ({"quarantine_raw_bytes": 1.5}, "limits.quarantine_raw_bytes"),
        ([1024], "limits"),
    ],
)
def test_bad_limits_stop_with_the_key_named(limits, named):
    with pytest.raises(PolicyError) as error:
        Policy.from_mapping({"limits": limits})
    assert str(error.value).startswith(named)


def test_limits_are_part_of_the_effective_policy_and_its_hash():
    policy = Policy.from_mapping({"limits": {"max_line_bytes": 4096}})
    assert policy.limits == ReadLimits(max_line_bytes=4096)
    assert policy.to_mapping()["limits"]["max_line_bytes"] == 4096
    assert Policy.from_mapping(policy.to_mapping()) == policy
    assert policy.sha256() != Policy().sha256()


@pytest.mark.slow
def test_a_run_under_small_limits_accounts_for_every_record(tmp_path):
    folder = tmp_path / "input"
    good_set().write(folder)
    packed = io.BytesIO()
    with gzip.GzipFile(fileobj=packed, mode="wb", mtime=0) as handle:
        handle.write(dump({**SEGMENT, "segment_id": "s-long", "text": "word " * 2000}) + b"\n")
        handle.write(b"{}\n" * 30)
    (folder / "transcripts-0002.jsonl.gz").write_bytes(packed.getvalue())
    policy = tmp_path / "policy.yaml"
    policy.write_text("limits: {max_line_bytes: 4096, max_malformed_per_file: 10, quarantine_raw_bytes: 256}\n")
    run = run_captured(run_args(folder, tmp_path / "output", key_file(tmp_path), "--policy", str(policy)), tmp_path)
    assert run.code == 0, run.stderr.decode("utf-8", "replace")[-3000:]
    counts = manifest(tmp_path / "output")["counts"]["transcripts"]
    read_good = len(good_set().records["transcripts"])
    assert counts["read"] == read_good + 11  # the long line, nine {} and one entry for the rest
    assert counts["read"] == counts["emitted"] + counts["excluded"] + counts["quarantined"]
    assert counts["quarantined"] == 11
    audited = [k for k in audit_decisions(tmp_path / "output") if k[1] == "transcripts-0002.jsonl.gz"]
    assert sorted(line for _, _, line in audited) == list(range(1, 12))
    entries = {
        e["line"]: e for e in quarantine_entries(tmp_path / "output") if e["file"] == "transcripts-0002.jsonl.gz"
    }
    assert len(entries) == 11
    assert entries[1]["error"].startswith("line: longer than 4096 bytes") and "cut to 256 of 10" in entries[1]["error"]
    assert len(entries[1]["raw"].encode()) <= 256
    assert entries[11]["error"].startswith("file unreadable from line 11 on: more than 10 malformed records")
    assert json.dumps(entries).count("word") < 100
