"""The privacy report: one self-contained HTML page, rendered from the manifest.

``render_report(manifest)`` is a pure function of the manifest (what
``training_set.run`` returns and what the pipeline writes as
``manifest.json``), so it runs the same on the launcher, in a Beam step or
on a laptop long after a Dataflow job.

The page is meant for a privacy or compliance reviewer: what consent
decided, what was redacted, what was quarantined and under which policy.
It loads nothing: no scripts, no fonts, no stylesheets, no images from
anywhere (a Content-Security-Policy says so to the browser too); charts are
inline SVG. The markup is the Jinja2 template ``templates/report.html.j2``
with autoescaping on: this module only computes what it shows (figures,
chart geometry, texts) and never builds markup, so every manifest value is
escaped. The manifest holds no personal data and the report adds none:
input files are shown by name without their folder (a folder may name a
person), and the policy's ``allow_list`` is shown as a count only (an
allow-listed string could be a name).
"""

from __future__ import annotations

import posixpath
from typing import Any, Mapping, Sequence, Union

import jinja2

from meeting_privacy.core.manifest import DECISIONS, Manifest, QuarantineError, ReferenceCounts, by_count
from meeting_privacy.core.outcomes import DECISION_LABELS, QUARANTINE_REASONS, Decision, Reason, meaning
from meeting_privacy.schemas.kinds import AUDITED_KINDS, REFERENCE_KINDS

__all__ = ["render_report", "ENTITY_TEXT"]

#: What each entity type covers.
ENTITY_TEXT = {
    "PERSON": "person names",
    "EMAIL_ADDRESS": "email addresses",
    "PHONE_NUMBER": "phone numbers",
    "CREDIT_CARD": "credit card numbers",
    "US_SSN": "US social security numbers",
    "US_ITIN": "US taxpayer ids",
    "IBAN_CODE": "bank account numbers (IBAN)",
    "ACCOUNT_NUMBER": "spoken account numbers",
    "PIN": "PINs and codes",
    "IP_ADDRESS": "IP addresses",
    "URL": "web addresses",
    "STREET_ADDRESS": "street addresses",
    "LOCATION": "places finer than a country",
    "DATE_TIME": "dates of birth and calendar dates",
    "IDENTIFIER": "raw user, participant, account, meeting and device ids of the meeting",
}

_COLOURS = {
    Decision.EMITTED: "#2e7d32",
    Decision.EXCLUDED: "#9e9e9e",
    Decision.QUARANTINED: "#c62828",
    Decision.ERASED: "#ef6c00",
}
_BAR = "#1565c0"
_ENTITY_BAR = "#6a1b9a"


_ENVIRONMENT = jinja2.Environment(
    loader=jinja2.PackageLoader("meeting_privacy.core", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,  # a name the template misspells fails the render, not the page
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)
_ENVIRONMENT.filters["n"] = lambda value: f"{value:,}"
_TEMPLATE = "report.html.j2"


def render_report(manifest: Union[Manifest, Mapping[str, Any]]) -> str:
    """The privacy report of one run, as a self-contained HTML document.

    Args:
        manifest: the run's manifest, parsed or as ``manifest.json`` holds it.

    Returns:
        A complete HTML5 document (UTF-8 text) that loads nothing from
        anywhere. The same manifest always gives the same bytes.
    """
    if not isinstance(manifest, Manifest):
        manifest = Manifest.from_json(manifest)
    return _ENVIRONMENT.get_template(_TEMPLATE).render(_context(manifest))


def _context(m: Manifest) -> dict[str, Any]:
    totals = m.totals
    audited = [(kind, m.audited(kind)) for kind in AUDITED_KINDS]
    entities = by_count(m.entities_redacted)
    meetings = m.meetings
    not_kept = by_count(meetings.not_kept) if meetings else []
    return {
        "run": m.run,
        "pct": _pct,
        "meaning": meaning,
        "basename": _basename,
        "tiles": _tiles(m),
        "decisions": DECISIONS,
        "decision_labels": [DECISION_LABELS[d] for d in DECISIONS],
        "decision_legend": [(_COLOURS[d], DECISION_LABELS[d]) for d in DECISIONS],
        "audited": audited,
        "audited_kinds": AUDITED_KINDS,
        "kind_bars": _stacked_bars([(kind, [(d, figures.decided[d]) for d in DECISIONS]) for kind, figures in audited]),
        "reference": [
            (kind, m.counts[kind]) for kind in REFERENCE_KINDS if isinstance(m.counts.get(kind), ReferenceCounts)
        ],
        "not_emitted": list(totals.not_emitted.items()),
        "reason_bars": _hbars(list(totals.not_emitted.items()), _BAR),
        "meetings": meetings,
        "meetings_not_kept": not_kept,
        "meeting_legend": [
            (_COLOURS[Decision.EMITTED], "content used"),
            (_COLOURS[Decision.EXCLUDED], "content not used"),
        ],
        "meeting_bars": _stacked_bars(
            [("meetings", [(Decision.EMITTED, meetings.kept), (Decision.EXCLUDED, sum(n for _, n in not_kept))])]
            if meetings
            else []
        ),
        "entities": entities,
        "entities_total": sum(n for _, n in entities),
        "entity_text": ENTITY_TEXT,
        "entity_bars": _hbars(entities, _ENTITY_BAR),
        "quarantined": _quarantined(m),
        "errors": _errors(m.quarantined_by_error),
        "erasures": m.erasures or (),
        "policy": _policy_rows(m.run.policy),
        "policy_file": posixpath.basename(m.run.policy_file) if m.run.policy_file else None,
        "inputs": m.inputs,
        "skipped": len(m.skipped_files),
        "outputs": list(m.outputs.items()),
    }


def _tiles(m: Manifest) -> list[tuple[str, str]]:
    totals = m.totals
    read, decided = totals.read, totals.decided
    entities = sum(m.entities_redacted.values())
    tiles = [
        (f"{read:,}", "records read (" + ", ".join(AUDITED_KINDS) + ")"),
        (f"{decided[Decision.EMITTED]:,}", f"used for training ({_pct(decided[Decision.EMITTED], read)})"),
        (
            f"{decided[Decision.EXCLUDED]:,}",
            f"excluded by consent or policy ({_pct(decided[Decision.EXCLUDED], read)})",
        ),
        (f"{decided[Decision.QUARANTINED]:,}", f"quarantined ({_pct(decided[Decision.QUARANTINED], read)})"),
        (f"{entities:,}", "personal data spans redacted in used records"),
    ]
    if decided[Decision.ERASED]:
        erased = decided[Decision.ERASED]
        tiles.insert(4, (f"{erased:,}", f"erased on request after the run ({_pct(erased, read)})"))
    if m.meetings and m.meetings.total:
        kept, total = m.meetings.kept, m.meetings.total
        tiles.append((f"{kept:,} of {total:,}", f"meetings with content used ({_pct(kept, total)})"))
    return tiles


def _quarantined(m: Manifest) -> list[tuple[str, str, int]]:
    """(kind, reason, records) quarantined: audited kinds by reason, reference lines as ``malformed``."""
    rows = [
        (kind, str(reason), m.audited(kind).reasons[reason])
        for kind in AUDITED_KINDS
        for reason in QUARANTINE_REASONS
        if m.audited(kind).reasons.get(reason)
    ]
    for kind in REFERENCE_KINDS:
        figures = m.counts.get(kind)
        if isinstance(figures, ReferenceCounts) and figures.quarantined:
            rows.append((kind, str(Reason.MALFORMED), figures.quarantined))
    return rows


def _errors(errors: Union[Sequence[QuarantineError], None]) -> list[QuarantineError]:
    return sorted(errors or (), key=lambda e: (-e.count, e.kind, e.error))


def _policy_rows(policy: Mapping[str, Any]) -> list[tuple[str, str]]:
    rows = []
    for key, value in policy.items():
        if key == "deidentification" and isinstance(value, Mapping):
            rows += [(f"deidentification.{sub}", _policy_value(sub, subvalue)) for sub, subvalue in value.items()]
        else:
            rows.append((key, _policy_value(key, value)))
    return rows


def _policy_value(key: str, value: object) -> str:
    if key == "allow_list" and isinstance(value, list):
        # An allow-listed string may be a name: show how many, never which.
        return f"{len(value)} entr{'y' if len(value) == 1 else 'ies'} (not shown)" if value else "none"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) if value else "none"
    if isinstance(value, Mapping):
        return ", ".join(f"{k}: {v}" for k, v in value.items()) if value else "none"
    return str(value)


def _pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:.1f}%" if whole else "n/a"


def _basename(path: str) -> str:
    return posixpath.basename(str(path).replace("\\", "/"))


def _stacked_bars(bars: Sequence[tuple[str, Sequence[tuple[Decision, int]]]]) -> dict[str, Any]:
    """Geometry of one 100% bar per label, split by decision; shares of 6% or more are labelled inside."""
    label_w, bar_w, row_h, gap = 120, 820, 26, 10
    rows = []
    for index, (label, segments) in enumerate(bars):
        y = index * (row_h + gap)
        total = sum(n for _, n in segments)
        x = float(label_w)
        drawn = []
        for decision, n in segments:
            if not total or not n:
                continue
            width = bar_w * n / total
            drawn.append(
                {
                    "x": f"{x:.1f}",
                    "width": f"{width:.1f}",
                    "colour": _COLOURS.get(decision, _BAR),
                    "decision": str(decision),
                    "n": n,
                    "share": _pct(n, total),
                    "labelled": n / total >= 0.06,
                    "text_x": f"{x + 6:.1f}",
                }
            )
            x += width
        rows.append({"label": label, "y": y, "text_y": f"{y + row_h * 0.68:.1f}", "segments": drawn})
    return {
        "width": label_w + bar_w + 10,
        "height": len(bars) * (row_h + gap),
        "label_w": label_w,
        "bar_w": bar_w,
        "row_h": row_h,
        "bars": rows,
    }


def _hbars(items: Sequence[tuple[str, int]], colour: str) -> dict[str, Any]:
    """Geometry of a horizontal bar chart: one labelled bar per item, scaled to the largest."""
    label_w, bar_w, row_h, gap = 230, 640, 18, 6
    largest = max((n for _, n in items), default=0) or 1
    rows = []
    for index, (label, n) in enumerate(items):
        y = index * (row_h + gap)
        width = max(bar_w * n / largest, 1.0)
        rows.append(
            {
                "label": label,
                "n": n,
                "y": y,
                "text_y": f"{y + row_h * 0.75:.1f}",
                "width": f"{width:.1f}",
                "value_x": f"{label_w + width + 6:.1f}",
            }
        )
    return {
        "width": label_w + bar_w + 70,
        "height": len(items) * (row_h + gap),
        "label_w": label_w,
        "label_x": label_w - 8,
        "row_h": row_h,
        "colour": colour,
        "bars": rows,
    }
