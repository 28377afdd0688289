"""The privacy report: rendered from a real run's manifest, checked in a real headless browser."""

from __future__ import annotations

import copy
import gzip
import json
import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from meeting_privacy.core.report import render_report
from tests.support.runs import TEST_KEY

#: Fields of the sample input whose values identify someone or something.
IDENTIFYING_FIELDS = (
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
    "device_name",
    "ip_address",
    "display_name",
    "email",
    "city",
    "region",
)
BROWSER_TIMEOUT_S = 90


def sample_identifiers(input_dir: Path) -> tuple[set[str], set[str]]:
    """(ids and emails, name words) found anywhere in the sample's input files."""
    values: set[str] = set()
    for path in sorted(input_dir.iterdir()):
        for record in _records(path):
            _collect(record, values)
    names = {part for value in values if " " in value or value.istitle() for part in re.findall(r"[A-Z][a-z]+", value)}
    # Name parts that are also everyday report words ("Pro", "Air") say nothing about a person.
    names -= {"Pro", "Air", "Book", "Mac", "Laptop", "Surface", "Pixel", "Galaxy", "Tab", "New", "York"}
    ids = {v for v in values if len(v) >= 6}
    return ids, {n for n in names if len(n) >= 3}


def _records(path: Path):
    if path.name.endswith(".parquet"):
        yield from pq.read_table(path).to_pylist()
        return
    raw = gzip.decompress(path.read_bytes()) if path.name.endswith(".gz") else path.read_bytes()
    for line in raw.splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict):
            yield record


def _collect(record: dict, values: set[str]) -> None:
    for key, value in record.items():
        if isinstance(value, dict):
            _collect(value, values)
        elif key in IDENTIFYING_FIELDS and isinstance(value, str) and value.strip():
            values.add(value)


def assert_no_personal_data(text: str, input_dir: Path) -> None:
    ids, names = sample_identifiers(input_dir)
    assert ids and names  # the check must have something to look for
    leaked = sorted(v for v in ids if v in text)
    leaked += sorted(n for n in names if re.search(rf"\b{re.escape(n)}\b", text))
    assert not leaked, f"personal data in the output: {leaked[:10]}"
    assert TEST_KEY not in text


@pytest.fixture(scope="module")
def manifest(sample_run) -> dict:
    assert sample_run.exit_code == 0, sample_run.stderr
    return json.loads((sample_run.output / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report(manifest) -> str:
    return render_report(manifest)


def test_report_states_the_run(report, manifest):
    for text in (manifest["as_of"], manifest["purpose"], manifest["policy_sha256"], manifest["version"]):
        assert text in report
    for section in (
        "Consent outcome per kind",
        "Why records were not used",
        "Meetings",
        "Personal data redacted",
        "Quarantined records",
        "Policy in effect",
    ):
        assert f">{section}</h2>" in report
    counts = manifest["counts"]
    for kind in ("transcripts", "chat", "telemetry"):
        row = re.search(rf"<tr><td>{kind}</td><td class=num>([\d,]+)</td><td class=num>([\d,]+) ", report)
        assert row, kind
        assert (int(row.group(1)), int(row.group(2))) == (counts[kind]["read"], counts[kind]["emitted"])
    for entity, count in manifest["entities_redacted"].items():
        assert re.search(rf"<code>{entity}</code></td><td>[^<]*</td><td class=num>{count}</td>", report)
    for reason in set(counts["transcripts"]["reasons"]) - {"emitted"}:
        assert f"<code>{reason}</code>" in report
    assert "published demo key" not in report  # a real key: no demo banner
    assert report.count("<svg") >= 3


def test_report_is_self_contained(report):
    assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/", report, re.I), "a URL the browser could fetch"
    lowered = report.lower()
    for forbidden in ("<script", "<link", "<img", "<iframe", "@import", "url(", " src=", "@font-face"):
        assert forbidden not in lowered, forbidden
    assert "default-src 'none'" in report  # the browser is told to fetch nothing


def test_report_has_no_personal_data(report, sample_run):
    assert_no_personal_data(report, sample_run.input)


def test_report_is_a_pure_function_of_the_manifest(manifest, report):
    assert render_report(copy.deepcopy(manifest)) == report


def test_report_escapes_manifest_values(manifest):
    tampered = copy.deepcopy(manifest)
    tampered["purpose"] = "<script>alert(1)</script>"
    tampered["inputs"][0]["path"] = "/data/<b>x</b>.jsonl"
    tampered["entities_redacted"]["<i>X</i>"] = 3
    html = render_report(tampered)
    assert "<script>" not in html and "<b>x</b>" not in html and "<i>X</i>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_report_hides_allow_list_and_folders(manifest):
    tampered = copy.deepcopy(manifest)
    tampered["policy"]["deidentification"]["allow_list"] = ["Zelda Quux", "Acme Widget"]
    tampered["inputs"][0]["path"] = "/home/zelda.quux/meetings/chat-0001.jsonl"
    html = render_report(tampered)
    assert "Zelda" not in html and "Acme Widget" not in html and "zelda.quux" not in html
    assert "2 entries (not shown)" in html
    assert "chat-0001.jsonl" in html


def test_report_says_when_meeting_figures_are_missing(manifest):
    older = {k: v for k, v in manifest.items() if k not in ("meetings", "quarantined_by_error")}
    assert "meetings" in manifest and "no per-meeting figures" in render_report(older)


def test_report_shows_meeting_and_error_figures_when_present(manifest):
    extended = copy.deepcopy(manifest)
    extended["meetings"] = {"total": 12, "kept": 5, "not_kept": {"participant_without_consent": 6, "no_consent": 1}}
    extended["quarantined_by_error"] = [
        {"kind": "chat", "reason": "malformed", "error": "text: missing", "count": 2},
    ]
    html = render_report(extended)
    assert "5 of 12 meetings (41.7%)" in html
    assert "<code>participant_without_consent</code></td><td>" in html
    assert "text: missing" in html and "no per-meeting figures" not in html


def test_demo_run_is_flagged(manifest):
    demo = dict(manifest, demo_key=True, key_source="demo")
    assert "published demo key" in render_report(demo)


# ---------------------------------------------------------------------------
# A real browser, network off
# ---------------------------------------------------------------------------


def _chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    message = "Chromium is not installed: run `make browser` (apt-get install chromium)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def _browser(chromium: str, profile: Path, *args: str) -> subprocess.CompletedProcess:
    offline = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--proxy-server=127.0.0.1:9",  # a closed port: any request would fail
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--no-first-run",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
    ]
    return subprocess.run(
        [chromium, *offline, *args],
        capture_output=True,
        text=True,
        timeout=BROWSER_TIMEOUT_S,
        check=False,
    )


@pytest.fixture(scope="module")
def rendered(report, tmp_path_factory):
    chromium = _chromium()
    folder = tmp_path_factory.mktemp("report")
    page = folder / "report.html"
    page.write_text(report, encoding="utf-8")
    shot = folder / "report.png"
    result = _browser(
        chromium,
        folder / "profile-shot",
        "--hide-scrollbars",
        f"--screenshot={shot}",
        "--window-size=1200,2000",
        page.as_uri(),
    )
    assert shot.exists(), result.stderr[-2000:]
    dom = _browser(chromium, folder / "profile-dom", "--dump-dom", page.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    return shot, dom.stdout


def test_browser_renders_the_report_text(rendered, manifest):
    _, dom = rendered
    assert "Privacy report" in dom
    assert "Consent outcome per kind" in dom
    assert manifest["policy_sha256"] in dom
    assert dom.count("<svg") >= 3


def test_browser_screenshot_is_not_blank(rendered):
    shot, _ = rendered
    width, height, pixels = _png(shot.read_bytes())
    assert (width, height) == (1200, 2000)
    assert shot.stat().st_size > 20_000
    # A blank page filters to almost nothing but zero bytes; a rendered report does not.
    nonzero = sum(1 for b in pixels[:: max(1, len(pixels) // 200_000)] if b)
    assert nonzero / (len(pixels) / max(1, len(pixels) // 200_000)) > 0.01


def _png(data: bytes) -> tuple[int, int, bytes]:
    """(width, height, the decompressed filtered scanlines) of a PNG, standard library only."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, width, height, idat = 8, 0, 0, b""
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        chunk_type = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        if chunk_type == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif chunk_type == b"IDAT":
            idat += body
        position += 12 + length
    return width, height, zlib.decompress(idat)
