"""The short summary a run prints: run facts from its manifest, figures from Beam metrics."""

from __future__ import annotations

from typing import Any, Mapping

from meeting_privacy.core.manifest import Manifest, Totals, by_count, counts_from_json
from meeting_privacy.core.outcomes import Decision
from meeting_privacy.schemas.kinds import AUDITED_KINDS, REFERENCE_KINDS

#: What the output folder holds, in the order the summary lists it.
_OUTPUTS = (
    (" ".join(f"{kind}/" for kind in AUDITED_KINDS), "training set (Parquet)"),
    ("audit/", "one row per input record (Parquet)"),
    ("quarantine/", "rejected raw lines (owner-only)"),
    ("manifest.json", "what was read, decided and written"),
    ("report.html", "privacy report (open in a browser)"),
    ("DATASET_CARD.md", "dataset card for the training set's users"),
)


def format_summary(manifest: Mapping[str, Any], figures: Mapping[str, Any], output_dir: str) -> str:
    """The end-of-run summary: run facts from the manifest, figures (``pipelines.figures``) from Beam metrics."""
    run = Manifest.from_json(manifest)
    counts = counts_from_json(figures["counts"])
    lines = [
        f"meeting-privacy {run.run.version}: as of {run.run.as_of}, purpose {run.run.purpose}"
        + (" (DEMO KEY: pseudonyms are not secret)" if run.run.demo_key else ""),
        "",
        f"{'kind':<13}{'read':>8}{'emitted':>9}{'excluded':>10}{'quarantined':>13}",
    ]
    for kind in AUDITED_KINDS:
        c = counts[kind]
        emitted, excluded, quarantined = (
            c.decided[d] for d in (Decision.EMITTED, Decision.EXCLUDED, Decision.QUARANTINED)
        )
        lines.append(f"{kind:<13}{c.read:>8}{emitted:>9}{excluded:>10}{quarantined:>13}")
    for kind in REFERENCE_KINDS:
        c = counts[kind]
        lines.append(f"{kind:<13}{c.read:>8}{'-':>9}{'-':>10}{c.quarantined:>13}")
    lines += ["", "not emitted, by reason: " + _pairs(Totals.of(counts).not_emitted)]
    lines.append("entities redacted: " + _pairs(figures["entities_redacted"]))
    if run.skipped_files:
        lines.append(f"skipped (not an input kind): {len(run.skipped_files)} file(s), listed in the manifest")
    lines += ["", f"outputs in {output_dir}:", *(f"  {name:<32}{text}" for name, text in _OUTPUTS)]
    return "\n".join(lines)


def _pairs(counts: Mapping[str, int]) -> str:
    return ", ".join(f"{name} {count}" for name, count in by_count(counts)) or "none"
