"""The short summary a run prints, read from its manifest."""

from __future__ import annotations

from typing import Any, Mapping

from meeting_privacy.schemas.kinds import AUDITED_KINDS, REFERENCE_KINDS


def format_summary(manifest: Mapping[str, Any], figures: Mapping[str, Any], output_dir: str) -> str:
    """The end-of-run summary: run facts from the manifest, figures from Beam metrics."""
    counts = figures["counts"]
    lines = [
        f"meeting-privacy {manifest['version']}: as of {manifest['as_of']}, purpose {manifest['purpose']}"
        + (" (DEMO KEY: pseudonyms are not secret)" if manifest["demo_key"] else ""),
        "",
        f"{'kind':<13}{'read':>8}{'emitted':>9}{'excluded':>10}{'quarantined':>13}",
    ]
    for kind in AUDITED_KINDS:
        c = counts[kind]
        lines.append(f"{kind:<13}{c['read']:>8}{c['emitted']:>9}{c['excluded']:>10}{c['quarantined']:>13}")
    for kind in REFERENCE_KINDS:
        c = counts[kind]
        lines.append(f"{kind:<13}{c['read']:>8}{'-':>9}{'-':>10}{c['quarantined']:>13}")
    reasons: dict[str, int] = {}
    for kind in AUDITED_KINDS:
        for reason, count in counts[kind]["reasons"].items():
            if reason != "emitted":
                reasons[reason] = reasons.get(reason, 0) + count
    lines += ["", "not emitted, by reason: " + _pairs(reasons)]
    lines.append("entities redacted: " + _pairs(figures["entities_redacted"]))
    if manifest.get("skipped_files"):
        lines.append(f"skipped (not an input kind): {len(manifest['skipped_files'])} file(s), listed in the manifest")
    lines += [
        "",
        f"outputs in {output_dir}:",
        "  transcripts/ chat/ telemetry/   training set (Parquet)",
        "  audit/                          one row per input record (Parquet)",
        "  quarantine/                     rejected raw lines (owner-only)",
        "  manifest.json                   what was read, decided and written",
        "  report.html                     privacy report (open in a browser)",
        "  DATASET_CARD.md                 dataset card for the training set's users",
    ]
    return "\n".join(lines)


def _pairs(counts: Mapping[str, int]) -> str:
    items = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ", ".join(f"{name} {count}" for name, count in items) if items else "none"
