"""The privacy report: one self-contained HTML page, rendered from the manifest.

``render_report(manifest)`` is a pure function of the manifest dict (what
``training_set.run`` returns and what the pipeline writes as
``manifest.json``), so it runs the same on the launcher, in a Beam step or
on a laptop long after a Dataflow job. Standard library only.

The page is meant for a privacy or compliance reviewer: what consent
decided, what was redacted, what was quarantined and under which policy.
It loads nothing: no scripts, no fonts, no stylesheets, no images from
anywhere (a Content-Security-Policy says so to the browser too); charts are
inline SVG drawn here. Every value taken from the manifest is escaped with
``html.escape``. The manifest holds no personal data and the report adds
none: input files are shown by name without their folder (a folder may name
a person), and the policy's ``allow_list`` is shown as a count only (an
allow-listed string could be a name).
"""

from __future__ import annotations

import html
import posixpath
from typing import Any, Iterable, Mapping, Sequence

from meeting_privacy.core.manifest import DECISIONS

__all__ = ["render_report", "REASON_TEXT", "ENTITY_TEXT", "record_totals"]

#: Kinds with one decision per record (contract section 4), in display order.
AUDITED = ("transcripts", "chat", "telemetry")
#: Reference kinds: read to decide, never emitted.
REFERENCE = ("participants", "consent")
#: How the report names each decision.
DECISION_LABELS = {"emitted": "used", "excluded": "excluded", "quarantined": "quarantined", "erased": "erased"}

#: What each reason code means, in words a reviewer can act on.
REASON_TEXT = {
    "emitted": "used: consent holds and de-identification succeeded",
    "no_consent": "the person has not granted consent for this purpose and category (silence, deny or a conflict)",
    "consent_withdrawn": "the person withdrew consent before the as-of time",
    "not_consented_at_capture": "consent was granted only after the data was captured",
    "account_opt_out": "the person's account opted out",
    "guest_participant": "a guest (no user id) is never used",
    "unknown_participant": "the record names someone missing from the meeting's roster",
    "participant_without_consent": "someone else in the meeting may not be used, so its conversation is not used",
    "private_chat": "a private chat message (excluded by policy)",
    "consent_unreadable": "a consent line of this person could not be read, so they count as not granting",
    "roster_unreadable": "a roster line of this meeting could not be read, so its content is not used",
    "duplicate_record": "a second copy of a record already processed",
    "unsupported_language": "content in a language the policy does not list",
    "malformed": "the input line failed validation (quarantined)",
    "deidentification_failed": "redaction failed, so the record was withheld (quarantined)",
    "erasure_request": "erased after the run at the request of a person its use rested on (meeting-privacy erase)",
}

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

_COLOURS = {"emitted": "#2e7d32", "excluded": "#9e9e9e", "quarantined": "#c62828", "erased": "#ef6c00"}
_BAR = "#1565c0"
_ENTITY_BAR = "#6a1b9a"

_CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif;
       margin: 0; background: #f5f6f8; color: #1f2328; line-height: 1.45; }
main { max-width: 1080px; margin: 0 auto; padding: 24px 28px 48px; }
header { background: #263238; color: #fff; padding: 20px 28px; }
header h1 { margin: 0 0 4px; font-size: 26px; font-weight: 600; }
header p { margin: 2px 0; color: #cfd8dc; }
header code { color: #fff; }
h2 { font-size: 19px; margin: 0 0 10px; }
h3 { font-size: 15px; margin: 16px 0 6px; }
section { background: #fff; border: 1px solid #dde1e6; border-radius: 8px; padding: 18px 22px; margin: 18px 0; }
p.note { color: #57606a; font-size: 13px; margin: 6px 0; }
.banner { background: #fff3cd; border: 1px solid #e0c36a; color: #5c4400; padding: 10px 14px;
          border-radius: 6px; margin-top: 18px; font-weight: 600; }
.tiles { display: flex; flex-wrap: wrap; gap: 12px; }
.tile { flex: 1 1 150px; border: 1px solid #dde1e6; border-radius: 8px; padding: 10px 14px; background: #fafbfc; }
.tile .value { font-size: 26px; font-weight: 600; }
.tile .label { font-size: 13px; color: #57606a; }
table { border-collapse: collapse; width: 100%; font-size: 14px; margin: 6px 0; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid #eaeef2; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code, .mono { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12.5px; }
.mono { word-break: break-all; }
.legend { display: flex; gap: 16px; font-size: 13px; margin: 4px 0 8px; }
.swatch { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 5px;
          vertical-align: -1px; }
svg text { font-family: inherit; }
footer { color: #57606a; font-size: 12px; text-align: center; margin-top: 24px; }
"""


def render_report(manifest: Mapping[str, Any]) -> str:
    """The privacy report of one run, as a self-contained HTML document.

    Args:
        manifest: the run's manifest (``manifest.json`` as a dict).

    Returns:
        A complete HTML5 document (UTF-8 text) that loads nothing from
        anywhere. The same manifest always gives the same bytes.
    """
    sections = [
        _overview(manifest),
        _decisions_section(manifest),
        _reasons_section(manifest),
        _meetings_section(manifest),
        _entities_section(manifest),
        _quarantine_section(manifest),
        _erasures_section(manifest),
        _policy_section(manifest),
        _files_section(manifest),
    ]
    demo = ""
    if manifest.get("demo_key"):
        demo = (
            '<p class="banner">This run used the published demo key: its pseudonyms are not secret. '
            "Never use its outputs as a real training set.</p>"
        )
    version = _e(manifest.get("version", "?"))
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            # The page needs nothing from anywhere; tell the browser to fetch nothing.
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
            "style-src 'unsafe-inline'; img-src data:\">",
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>Privacy report: {_e(manifest.get('purpose', ''))} as of {_e(manifest.get('as_of', ''))}</title>",
            f"<style>{_CSS}</style>",
            "</head>",
            "<body>",
            "<header>",
            "<h1>Privacy report</h1>",
            f"<p>meeting-privacy {version} &middot; purpose <strong>{_e(manifest.get('purpose', '?'))}</strong>"
            f" &middot; consent as of <strong>{_e(manifest.get('as_of', '?'))}</strong></p>",
            f"<p>policy SHA-256 <code>{_e(manifest.get('policy_sha256', '?'))}</code></p>",
            "</header>",
            "<main>",
            demo,
            *sections,
            "<footer>Generated from the run's manifest.json. It holds counts, file hashes and the policy: "
            "no identifier, name or text of any person.</footer>",
            "</main>",
            "</body>",
            "</html>",
            "",
        ]
    )


def record_totals(manifest: Mapping[str, Any]) -> dict[str, int]:
    """Read, emitted, excluded and quarantined records over transcripts, chat and telemetry."""
    counts = manifest.get("counts", {})
    totals = {"read": 0, **{d: 0 for d in DECISIONS}}
    for kind in AUDITED:
        for key in totals:
            totals[key] += int(counts.get(kind, {}).get(key, 0))
    return totals


# ---------------------------------------------------------------------------
# Sections
# ---------------------------------------------------------------------------


def _overview(manifest: Mapping[str, Any]) -> str:
    totals = record_totals(manifest)
    read = totals["read"]
    entities = sum(int(n) for n in manifest.get("entities_redacted", {}).values())
    tiles = [
        (f"{read:,}", "records read (transcripts, chat, telemetry)"),
        (f"{totals['emitted']:,}", f"used for training ({_pct(totals['emitted'], read)})"),
        (f"{totals['excluded']:,}", f"excluded by consent or policy ({_pct(totals['excluded'], read)})"),
        (f"{totals['quarantined']:,}", f"quarantined ({_pct(totals['quarantined'], read)})"),
        (f"{entities:,}", "personal data spans redacted in used records"),
    ]
    if totals["erased"]:
        tiles.insert(4, (f"{totals['erased']:,}", f"erased on request after the run ({_pct(totals['erased'], read)})"))
    meetings = manifest.get("meetings")
    if isinstance(meetings, Mapping) and meetings.get("total"):
        kept, total = int(meetings.get("kept", 0)), int(meetings["total"])
        tiles.append((f"{kept:,} of {total:,}", f"meetings with content used ({_pct(kept, total)})"))
    body = "".join(
        f'<div class="tile"><div class="value">{_e(value)}</div><div class="label">{_e(label)}</div></div>'
        for value, label in tiles
    )
    return _section(
        "At a glance",
        f'<div class="tiles">{body}</div>'
        '<p class="note">Every record read is accounted for, per kind: '
        "read = used + excluded + quarantined + erased.</p>",
    )


def _decisions_section(manifest: Mapping[str, Any]) -> str:
    counts = manifest.get("counts", {})
    rows = []
    bars = []
    for kind in AUDITED:
        c = counts.get(kind, {})
        read = int(c.get("read", 0))
        rows.append(
            [_e(kind), _n(read)]
            + [f"{_n(c.get(d, 0))} <small>({_pct(int(c.get(d, 0)), read)})</small>" for d in DECISIONS]
        )
        bars.append((kind, [(d, int(c.get(d, 0))) for d in DECISIONS]))
    table = _table(["kind", "read", *(DECISION_LABELS[d] for d in DECISIONS)], rows, numeric=(1, 2, 3, 4, 5))
    legend = "".join(
        f'<span><span class="swatch" style="background:{_COLOURS[d]}"></span>{_e(DECISION_LABELS[d])}</span>'
        for d in DECISIONS
    )
    reference = []
    for kind in REFERENCE:
        c = counts.get(kind)
        if c is not None:
            reference.append([_e(kind), _n(c.get("read", 0)), _n(c.get("used", 0)), _n(c.get("quarantined", 0))])
    ref_table = ""
    if reference:
        ref_table = (
            "<h3>Reference data (consent ledger and rosters)</h3>"
            + _table(["kind", "lines read", "used to decide", "quarantined"], reference, numeric=(1, 2, 3))
            + '<p class="note">Reference data fails closed: an unreadable consent line makes its subject '
            "count as not granting; an unreadable roster line keeps its meeting's content out.</p>"
        )
    return _section(
        "Consent outcome per kind",
        f'<div class="legend">{legend}</div>{_stacked_bars(bars)}{table}{ref_table}',
    )


def _reasons_section(manifest: Mapping[str, Any]) -> str:
    counts = manifest.get("counts", {})
    per_kind = {kind: counts.get(kind, {}).get("reasons", {}) for kind in AUDITED}
    totals: dict[str, int] = {}
    for reasons in per_kind.values():
        for reason, n in reasons.items():
            if reason != "emitted":
                totals[reason] = totals.get(reason, 0) + int(n)
    if not totals:
        return _section("Why records were not used", "<p>Every record read was used.</p>")
    ordered = sorted(totals.items(), key=lambda item: (-item[1], item[0]))
    chart = _hbars([(reason, n) for reason, n in ordered], _BAR)
    rows = []
    for reason, total in ordered:
        rows.append(
            [f"<code>{_e(reason)}</code>", _e(REASON_TEXT.get(reason, ""))]
            + [_n(per_kind[kind].get(reason, 0)) for kind in AUDITED]
            + [_n(total)]
        )
    table = _table(["reason", "meaning", *AUDITED, "total"], rows, numeric=(2, 3, 4, 5))
    return _section(
        "Why records were not used",
        '<p class="note">One reason per record: the first rule that applies (docs/decisions.md, '
        "reason precedence).</p>" + chart + table,
    )


def _meetings_section(manifest: Mapping[str, Any]) -> str:
    meetings = manifest.get("meetings")
    if not isinstance(meetings, Mapping):
        return _section(
            "Meetings",
            "<p>This manifest has no per-meeting figures (no <code>meetings</code> field), so the share of "
            "meetings whose content was used cannot be shown; the figures in this report count records.</p>",
        )
    total = int(meetings.get("total", 0))
    kept = int(meetings.get("kept", 0))
    not_kept = {str(k): int(v) for k, v in dict(meetings.get("not_kept", {})).items()}
    ordered = sorted(not_kept.items(), key=lambda item: (-item[1], item[0]))
    bars = [("meetings", [("emitted", kept), ("excluded", sum(not_kept.values()))])]
    rows = [["<code>emitted</code>", "content used", _n(kept), _pct(kept, total)]]
    rows += [
        [f"<code>{_e(reason)}</code>", _e(REASON_TEXT.get(reason, "")), _n(n), _pct(n, total)] for reason, n in ordered
    ]
    legend = (
        f'<div class="legend"><span><span class="swatch" style="background:{_COLOURS["emitted"]}"></span>'
        f'content used</span><span><span class="swatch" style="background:{_COLOURS["excluded"]}"></span>'
        "content not used</span></div>"
    )
    return _section(
        "Meetings",
        f"<p>{_n(kept)} of {_n(total)} meetings ({_pct(kept, total)}) had transcripts or chat used for "
        "training. A meeting that was not used is counted under the reason most of its content got.</p>"
        + legend
        + _stacked_bars(bars)
        + _table(["reason", "meaning", "meetings", "share"], rows, numeric=(2, 3)),
    )


def _entities_section(manifest: Mapping[str, Any]) -> str:
    entities = {str(k): int(v) for k, v in dict(manifest.get("entities_redacted", {})).items()}
    if not entities:
        return _section("Personal data redacted", "<p>No personal data was found in the records used.</p>")
    ordered = sorted(entities.items(), key=lambda item: (-item[1], item[0]))
    rows = [[f"<code>{_e(entity)}</code>", _e(ENTITY_TEXT.get(entity, "")), _n(n)] for entity, n in ordered]
    rows.append(["<strong>total</strong>", "", f"<strong>{_n(sum(entities.values()))}</strong>"])
    return _section(
        "Personal data redacted",
        '<p class="note">Spans replaced by typed placeholders (<code>&lt;PERSON_1&gt;</code>, ...) in the '
        "free text of the records used (transcripts, chat, telemetry messages and device names).</p>"
        + _hbars(ordered, _ENTITY_BAR)
        + _table(["entity type", "covers", "spans"], rows, numeric=(2,)),
    )


def _quarantine_section(manifest: Mapping[str, Any]) -> str:
    counts = manifest.get("counts", {})
    rows = []
    for kind in AUDITED:
        reasons = counts.get(kind, {}).get("reasons", {})
        for reason in ("malformed", "deidentification_failed"):
            if reasons.get(reason):
                rows.append([_e(kind), f"<code>{_e(reason)}</code>", _n(reasons[reason])])
    for kind in REFERENCE:
        quarantined = counts.get(kind, {}).get("quarantined", 0)
        if quarantined:
            rows.append([_e(kind), "<code>malformed</code>", _n(quarantined)])
    parts = [
        '<p class="note">Quarantined lines are kept, raw, only in <code>quarantine/</code> (owner-only), '
        "with the error that sent them there. They are never part of the training set.</p>"
    ]
    if rows:
        parts.append(_table(["kind", "reason", "records"], rows, numeric=(2,)))
    else:
        parts.append("<p>Nothing was quarantined.</p>")
    by_error = manifest.get("quarantined_by_error")
    if isinstance(by_error, Sequence) and not isinstance(by_error, str) and by_error:
        error_rows = [
            [
                _e(e.get("kind", "")),
                f"<code>{_e(e.get('reason', ''))}</code>",
                _e(e.get("error", "")),
                _n(e.get("count", 0)),
            ]
            for e in sorted(by_error, key=lambda e: (-int(e.get("count", 0)), str(e.get("kind")), str(e.get("error"))))
        ]
        parts.append("<h3>By error</h3>")
        parts.append(_table(["kind", "reason", "error", "records"], error_rows, numeric=(3,)))
    elif rows:
        parts.append(
            '<p class="note">This manifest does not break quarantined records down by error '
            "(no <code>quarantined_by_error</code> field); each error is in its quarantine entry.</p>"
        )
    return _section("Quarantined records", "".join(parts))


def _erasures_section(manifest: Mapping[str, Any]) -> str:
    """The erasure requests applied since the build (``meeting-privacy erase``); empty when none."""
    erasures = manifest.get("erasures") or []
    if not erasures:
        return ""
    rows = [
        [
            _e(entry.get("at", "?")),
            f"<code>{_e(str(entry.get('request', '?'))[:16])}</code>",
            _e(entry.get("reason", "?")),
            _n(entry.get("people", 0)),
            _n(sum(int(n) for n in (entry.get("rows") or {}).values())),
        ]
        for entry in erasures
    ]
    return _section(
        "Erasures since the build",
        _table(["when", "request", "reason", "people", "rows erased"], rows, numeric=(3, 4))
        + '<p class="note">Rows resting on the consent of the people named in a request were removed from '
        "the training set after the run; their audit rows say <code>erased</code>. The request id is a keyed "
        "pseudonym of the list of people; the list itself is not kept.</p>",
    )


def _policy_section(manifest: Mapping[str, Any]) -> str:
    policy = manifest.get("policy") or {}
    rows = []
    for key, value in policy.items():
        if key == "deidentification" and isinstance(value, Mapping):
            for sub, subvalue in value.items():
                rows.append([f"deidentification.{sub}", _policy_value(sub, subvalue)])
        else:
            rows.append([key, _policy_value(key, value)])
    source = manifest.get("policy_file")
    source_text = (
        f"from the file <code>{_e(posixpath.basename(str(source)))}</code>" if source else "the built-in default"
    )
    return _section(
        "Policy in effect",
        f"<p>SHA-256 <code>{_e(manifest.get('policy_sha256', '?'))}</code> ({source_text}). The hash is "
        "taken over the effective policy in canonical JSON: the same rules always give the same hash.</p>"
        + _table(["setting", "value"], [[f"<code>{_e(k)}</code>", v] for k, v in rows]),
    )


def _files_section(manifest: Mapping[str, Any]) -> str:
    inputs = manifest.get("inputs", [])
    rows = [
        [
            f"<code>{_e(_basename(i.get('path', '')))}</code>",
            _e(i.get("kind", "")),
            _n(i.get("records", 0)),
            f'<span class="mono">{_e(i.get("sha256", ""))}</span>',
            _e(i.get("error") or ""),
        ]
        for i in inputs
    ]
    parts = [
        "<h3>Inputs</h3>",
        _table(["file", "kind", "records", "SHA-256", "problem"], rows, numeric=(2,)),
    ]
    skipped = manifest.get("skipped_files") or []
    if skipped:
        parts.append(
            f'<p class="note">{_n(len(skipped))} file(s) of no known kind were skipped (listed in the manifest).</p>'
        )
    outputs = manifest.get("outputs", {})
    out_rows = [[f"<code>{_e(name)}/</code>", _n(len(paths))] for name, paths in outputs.items()]
    parts += [
        "<h3>Outputs</h3>",
        _table(["folder", "files"], out_rows, numeric=(1,)),
        f'<p class="note">Key source: {_e(manifest.get("key_source", "?"))}. '
        "The key itself is never written anywhere.</p>",
    ]
    return _section("Files", "".join(parts))


# ---------------------------------------------------------------------------
# Building blocks
# ---------------------------------------------------------------------------


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _n(value: object) -> str:
    try:
        return f"{int(value):,}"  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return _e(value)


def _pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:.1f}%" if whole else "n/a"


def _basename(path: str) -> str:
    return posixpath.basename(str(path).replace("\\", "/"))


def _policy_value(key: str, value: object) -> str:
    if key == "allow_list" and isinstance(value, list):
        # An allow-listed string may be a name: show how many, never which.
        return f"{len(value)} entr{'y' if len(value) == 1 else 'ies'} (not shown)" if value else "none"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return _e(", ".join(str(v) for v in value)) if value else "none"
    if isinstance(value, Mapping):
        return _e(", ".join(f"{k}: {v}" for k, v in value.items())) if value else "none"
    return _e(value)


def _section(title: str, body: str) -> str:
    anchor = title.lower().replace(" ", "-")
    return f'<section id="{_e(anchor)}"><h2>{_e(title)}</h2>{body}</section>'


def _table(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    numeric: Sequence[int] = (),
) -> str:
    """An HTML table. Cells are HTML that the caller built, every manifest value in it escaped."""
    head = "".join(f"<th{' class=num' if i in numeric else ''}>{_e(h)}</th>" for i, h in enumerate(headers))
    body = []
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            cells.append(f"<td{' class=num' if i in numeric else ''}>{cell}</td>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _stacked_bars(bars: Sequence[tuple[str, Sequence[tuple[str, int]]]]) -> str:
    """One 100% bar per label, split by decision; shares over 6% are labelled inside."""
    label_w, bar_w, row_h, gap = 120, 820, 26, 10
    height = len(bars) * (row_h + gap)
    parts = [
        f'<svg role="img" aria-label="share of records per decision" width="100%" '
        f'viewBox="0 0 {label_w + bar_w + 10} {height}" preserveAspectRatio="xMinYMin meet">'
    ]
    for index, (label, segments) in enumerate(bars):
        y = index * (row_h + gap)
        total = sum(n for _, n in segments)
        parts.append(f'<text x="0" y="{y + row_h * 0.68:.1f}" font-size="14">{_e(label)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y}" width="{bar_w}" height="{row_h}" fill="#eceff1"/>')
        x = float(label_w)
        for decision, n in segments:
            if not total or not n:
                continue
            width = bar_w * n / total
            colour = _COLOURS.get(decision, _BAR)
            parts.append(
                f'<rect x="{x:.1f}" y="{y}" width="{width:.1f}" height="{row_h}" fill="{colour}">'
                f"<title>{_e(decision)}: {n} ({_pct(n, total)})</title></rect>"
            )
            if n / total >= 0.06:
                parts.append(
                    f'<text x="{x + 6:.1f}" y="{y + row_h * 0.68:.1f}" font-size="13" fill="#fff">'
                    f"{_pct(n, total)}</text>"
                )
            x += width
    parts.append("</svg>")
    return "".join(parts)


def _hbars(items: Sequence[tuple[str, int]], colour: str) -> str:
    """A horizontal bar chart: one labelled bar per item, scaled to the largest."""
    label_w, bar_w, row_h, gap = 230, 640, 18, 6
    height = len(items) * (row_h + gap)
    largest = max((n for _, n in items), default=0) or 1
    parts = [
        f'<svg role="img" aria-label="bar chart" width="100%" '
        f'viewBox="0 0 {label_w + bar_w + 70} {height}" preserveAspectRatio="xMinYMin meet">'
    ]
    for index, (label, n) in enumerate(items):
        y = index * (row_h + gap)
        width = max(bar_w * n / largest, 1.0)
        parts.append(
            f'<text x="{label_w - 8}" y="{y + row_h * 0.75:.1f}" font-size="13" text-anchor="end">{_e(label)}</text>'
        )
        parts.append(
            f'<rect x="{label_w}" y="{y}" width="{width:.1f}" height="{row_h}" rx="2" fill="{colour}">'
            f"<title>{_e(label)}: {n}</title></rect>"
        )
        parts.append(f'<text x="{label_w + width + 6:.1f}" y="{y + row_h * 0.75:.1f}" font-size="13">{n:,}</text>')
    parts.append("</svg>")
    return "".join(parts)
