"""The report as one self-contained HTML page: inline CSS and SVG, no scripts, no assets.

Every piece of document text goes through :func:`html.escape`; control characters and
bidirectional overrides are escaped (:func:`~gapcheck.escape.escape_controls`) in the whole page.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from gapcheck.escape import escape_controls
from gapcheck.models import EducationResult, Evidence, GapReport, RequirementResult
from gapcheck.render import _shared as shared

if TYPE_CHECKING:
    from gapcheck.tailor import Tip

__all__ = ["render_html"]

_COLOURS = {"high": "#1a7f37", "medium": "#9a6700", "low": "#cf222e"}

_CSS = """
:root { --ok: #1a7f37; --part: #9a6700; --miss: #cf222e; --ink: #1f2328; --mute: #59636e;
  --line: #d1d9e0; --soft: #f6f8fa; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  sans-serif; color: var(--ink); max-width: 1120px; margin: 2rem auto; padding: 0 1.25rem; }
header { display: flex; gap: 1.5rem; align-items: center; padding-bottom: 1rem;
  border-bottom: 1px solid var(--line); }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; }
h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
.score { font-size: 3rem; font-weight: 700; line-height: 1; padding: .6rem 1rem;
  border: 3px solid currentColor; border-radius: 12px; text-align: center; }
.score small { display: block; font-size: .8rem; font-weight: 400; }
.high { color: var(--ok); } .medium { color: var(--part); } .low { color: var(--miss); }
.meta { margin: .1rem 0; color: var(--mute); }
.meta b { color: var(--ink); font-weight: 600; }
table { border-collapse: collapse; width: 100%; font-size: .88rem; }
th, td { text-align: left; vertical-align: top; padding: .4rem .5rem;
  border-bottom: 1px solid var(--line); }
th { background: var(--soft); font-weight: 600; }
th.num { white-space: normal; }
td.evidence { min-width: 15rem; }
td.why { min-width: 11rem; }
.badge { white-space: nowrap; font-weight: 600; }
.matched { color: var(--ok); } .partial { color: var(--part); } .missing { color: var(--miss); }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.small, .where { color: var(--mute); font-size: .8rem; }
ul.ev { margin: 0; padding: 0; list-style: none; }
ul.ev li + li { margin-top: .25rem; }
mark { background: #fff1b8; color: inherit; padding: 0 .1em; }
ul.gaps { margin: .25rem 0; padding-left: 1.25rem; }
ul.gaps li { margin: .2rem 0; }
ul.status { list-style: none; padding-left: .25rem; }
svg.chart { max-width: 100%; height: auto; font-family: inherit; }
.headline { margin: .2rem 0 .4rem; font-weight: 600; }
#fix-first h2 { margin-top: 1rem; }
ol.fix { margin: .25rem 0; padding-left: 1.5rem; }
ol.fix li { margin: .15rem 0; }
.impact { color: var(--mute); font-size: .85rem; white-space: nowrap; }
details { margin: .75rem 0; border-top: 1px solid var(--line); }
details > summary { cursor: pointer; list-style-position: outside; margin-left: 1rem; }
details > summary h2 { display: inline; font-size: 1.15rem; margin: 0; }
details > summary { padding: .6rem 0 .3rem; }
footer { margin-top: 2rem; padding-top: .75rem; border-top: 1px solid var(--line);
  color: var(--mute); font-size: .8rem; }
footer p { margin: .15rem 0; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2, h3 { break-after: avoid; }
  details > summary { list-style: none; }
  tr, li, svg.chart, header { break-inside: avoid; }
  th { background: none; }
}
"""


def render_html(report: GapReport, *, tips: Sequence[Tip] | None = None) -> str:
    """The whole report as one HTML document (UTF-8), ending with a newline.

    The score, its headline and what to fix first come first (element ids ``score``,
    ``headline``, ``fix-first``), then the coverage chart, then the details in collapsible
    sections. ``tips`` are the resume tips to show (by default computed from the report alone;
    see :func:`gapcheck.tailor.resume_tips` for tips that read the whole resume).
    """
    if tips is None:
        from gapcheck.tailor import resume_tips

        tips = resume_tips(report)
    page_title = escape(f"Skill gap report: {shared.title(report)}")
    body = [
        _header(report),
        _fix_first_section(report),
        _coverage_section(report),
        _requirements_section(report),
        _gaps_section(report),
        _listed_section(report),
        _education_section(report),
        _extras_section(report),
        _tips_section(tips),
        _keywords_section(report),
        _ats_section(report),
        _footer(report),
    ]
    return escape_controls(
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{page_title}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(part for part in body if part)
        + "\n</body>\n</html>\n"
    )


def _header(report: GapReport) -> str:
    band = shared.score_band(report.score)
    lines = [f'<p class="meta">{escape(shared.counts(report))}</p>']
    lines += [
        f'<p class="meta">{label}: <b>{escape(value)}</b></p>'
        for label, value in shared.sources(report)
    ]
    experience = shared.experience_line(report)
    if experience:
        lines.append(f'<p class="meta">Experience: {escape(experience)}</p>')
    return (
        "<header>\n"
        f'<div class="score {band}" id="score">{report.score:.1f}'
        f"<small>of 100 · {escape(shared.points_line(report))}</small></div>\n"
        f"<div><h1>Skill gap report: {escape(shared.title(report))}</h1>\n"
        f'<p class="headline" id="headline">{escape(shared.summary_of(report).headline)}</p>\n'
        + "\n".join(lines)
        + "</div>\n</header>"
    )


def _fix_first_section(report: GapReport) -> str:
    summary = shared.summary_of(report)
    if not summary.fix_first and not summary.missing_keywords:
        return ""
    parts = ['<section id="fix-first">\n<h2>Fix first</h2>']
    if summary.fix_first:
        items = "\n".join(
            f'<li>{escape(fix.action)} <span class="impact">+{shared.num(fix.impact)} '
            "points</span></li>"
            for fix in summary.fix_first
        )
        parts.append(f'<ol class="fix">\n{items}\n</ol>')
    if summary.missing_keywords:
        words = ", ".join(escape(word) for word in summary.missing_keywords)
        parts.append(f'<p class="small">Missing keywords: {words}</p>')
    return "\n".join(parts) + "\n</section>"


def _details(title: str, body: str, *, open_: bool = False) -> str:
    """A collapsible section: its title always shown, its body on a click."""
    opened = " open" if open_ else ""
    return f"<details{opened}>\n<summary><h2>{title}</h2></summary>\n{body}\n</details>"


def _status(status: str) -> str:
    return f'<span class="badge {status}">{shared.STATUS_SYMBOL[status]} {status}</span>'


def _evidence(evidence: Evidence, width: int = 80) -> str:
    cut = shared.snippet(evidence, width=width)
    match = f"<mark>{escape(cut.match)}</mark>" if cut.match else ""
    return (
        f'<span class="where">{escape(shared.place(evidence))}:</span> '
        f"{escape(cut.before)}{match}{escape(cut.after)}"
    )


def _coverage_section(report: GapReport) -> str:
    if not report.categories:
        return ""
    return (
        '<section id="coverage">\n<h2>Coverage by category</h2>\n'
        + _coverage_svg(report)
        + "\n</section>"
    )


def _coverage_svg(report: GapReport) -> str:
    """Horizontal bars, one per category: label, weighted coverage and status counts."""
    row, label_width, bar_width = 28, 210, 300
    height = row * len(report.categories) + 8
    summary = "; ".join(f"{c.name} {c.coverage:.0%}" for c in report.categories)
    parts = [
        f'<svg class="chart" role="img" aria-labelledby="coverage-title coverage-desc" '
        f'xmlns="http://www.w3.org/2000/svg" viewBox="0 0 820 {height}" width="820" '
        f'height="{height}">',
        '<title id="coverage-title">Coverage of the job\'s requirements by category</title>',
        f'<desc id="coverage-desc">{escape(summary)}</desc>',
    ]
    for n, category in enumerate(report.categories):
        y = n * row + 4
        filled = round(bar_width * category.coverage, 1)
        colour = _COLOURS[shared.score_band(100 * category.coverage)]
        name = category.name if len(category.name) <= 30 else category.name[:29] + "…"
        detail = (
            f"{category.matched} matched · {category.partial} partial · {category.missing} missing"
        )
        parts += [
            f'<text x="{label_width - 10}" y="{y + 15}" text-anchor="end" font-size="13" '
            f'fill="#1f2328">{escape(name)}</text>',
            f'<rect x="{label_width}" y="{y + 3}" width="{bar_width}" height="16" rx="3" '
            'fill="#eaeef2"/>',
            f'<rect x="{label_width}" y="{y + 3}" width="{filled}" height="16" rx="3" '
            f'fill="{colour}"/>',
            f'<text x="{label_width + bar_width + 8}" y="{y + 15}" font-size="13" '
            f'font-weight="600" fill="#1f2328">{category.coverage:.0%}</text>',
            f'<text x="{label_width + bar_width + 52}" y="{y + 15}" font-size="12" '
            f'fill="#59636e">{detail}</text>',
        ]
    parts.append("</svg>")
    return "\n".join(parts)


def _requirements_section(report: GapReport) -> str:
    if not report.requirements:
        return _details(
            "Requirements",
            "<p>The posting names no skill requirement that gapcheck recognises.</p>",
        )
    rows = [
        "<tr><th>Status</th><th>Requirement</th><th>Importance</th>"
        '<th class="num">Years asked / shown</th><th>Credited</th><th class="num">Points</th>'
        "<th>Evidence in the resume</th><th>Why</th></tr>"
    ]
    rows += [_requirement_row(r) for r in report.requirements]
    return _details("Requirements", "<table>\n" + "\n".join(rows) + "\n</table>")


def _requirement_row(r: RequirementResult) -> str:
    evidence = "".join(f"<li>{_evidence(e)}</li>" for e in r.evidence)
    posting = (
        f'<div class="small">“{escape(shared.posting_line(r.job_text))}”</div>'
        if r.job_text
        else ""
    )
    return (
        f"<tr><td>{_status(r.status)}</td>"
        f"<td><b>{escape(r.label)}</b>{posting}</td>"
        f"<td>{r.importance}</td>"
        f'<td class="num">{escape(shared.years_cell(r))}</td>'
        f"<td>{escape(shared.credit_label(r))}</td>"
        f'<td class="num">{shared.points_cell(r)}</td>'
        f'<td class="evidence">{f"<ul class=ev>{evidence}</ul>" if evidence else shared.NONE}</td>'
        f'<td class="why">{escape(shared.sentence(r.reason))}</td></tr>'
    )


def _gaps_section(report: GapReport) -> str:
    grouped = shared.gaps_by_category(report)
    if not grouped:
        return ""
    parts = []
    for category, requirements in grouped:
        parts.append(f'<h3>{escape(category)}</h3>\n<ul class="gaps status">')
        parts += [
            f"<li>{_status(r.status)} <b>{escape(r.label)}</b> ({r.importance}): "
            f"{escape(shared.sentence(r.reason))}</li>"
            for r in requirements
        ]
        parts.append("</ul>")
    return _details("Gaps by category", "\n".join(parts), open_=True)


def _listed_section(report: GapReport) -> str:
    flagged = shared.listed_only(report)
    if not flagged:
        return ""
    items = []
    for r in flagged:
        where = ", ".join(sorted({e.section for e in r.evidence})) or "a list"
        items.append(
            f"<li><b>{escape(r.label)}</b>: only in {escape(where)}; show it in an experience "
            "or project entry.</li>"
        )
    body = '<ul class="gaps">\n' + "\n".join(items) + "\n</ul>"
    return _details("Listed but not demonstrated", body)


def _education_section(report: GapReport) -> str:
    if not report.education:
        return ""
    body = '<ul class="gaps status">\n' + "\n".join(_education(e) for e in report.education)
    return _details("Education", body + "\n</ul>")


def _education(e: EducationResult) -> str:
    resume = (
        f'<div class="small">Resume: “{escape(e.resume_degree)}”</div>' if e.resume_degree else ""
    )
    posting = (
        f'<div class="small">Posting: “{escape(shared.posting_line(e.job_text))}”</div>'
        if e.job_text
        else ""
    )
    return (
        f"<li>{_status(e.status)} <b>{escape(shared.education_label(e))}</b> "
        f"({e.importance}, {shared.points_cell(e)} points): {escape(shared.sentence(e.reason))}"
        f"{posting}{resume}</li>"
    )


def _extras_section(report: GapReport) -> str:
    arguments = shared.arguments(report)
    others = shared.other_extra(report)
    if not arguments and not others:
        return ""
    parts = []
    if arguments:
        parts.append('<ul class="gaps">')
        for extra, gaps in arguments:
            evidence = (
                f'<div class="small">{_evidence(extra.evidence)}</div>' if extra.evidence else ""
            )
            parts.append(
                f"<li><b>{escape(extra.name)}</b> relates to {escape(', '.join(gaps))}"
                f"{evidence}</li>"
            )
        parts.append("</ul>")
    else:
        parts.append("<p>None of the resume's other skills relates to a gap.</p>")
    if others:
        names = escape(", ".join(e.name for e in others))
        parts.append(f'<p class="small">Also on the resume, not asked for: {names}</p>')
    return _details("Skills that speak to the gaps", "\n".join(parts))


def _tips_section(tips: Sequence[Tip]) -> str:
    if not tips:
        return ""
    items = "\n".join(f"<li>{escape(tip.message)}</li>" for tip in tips)
    return _details("Tips", f'<ul class="gaps">\n{items}\n</ul>', open_=True)


def _keywords_section(report: GapReport) -> str:
    if not report.keywords:
        return ""
    rows = ['<tr><th>Term</th><th>Kind</th><th class="num">Posting</th>'
            '<th class="num">Resume</th></tr>']  # fmt: skip
    for kind in ("hard", "soft"):
        rows += [
            f"<tr><td{'' if k.resume_count else ' class=missing'}>{escape(k.term)}</td>"
            f'<td>{k.kind}</td><td class="num">{k.job_count}</td>'
            f'<td class="num">{k.resume_count}</td></tr>'
            for k in report.keywords
            if k.kind == kind
        ]
    return _details("Keywords", "<table>\n" + "\n".join(rows) + "\n</table>")


def _ats_section(report: GapReport) -> str:
    parts = []
    match = report.title_match
    if match is not None:
        verdict = _status("matched") if match.matches else _status("partial")
        resume = escape(match.resume_title) if match.resume_title else "none found"
        parts.append(
            f"<p>Job title: <b>{escape(match.job_title)}</b>; resume: {resume} {verdict}</p>"
        )
    if report.ats_checks:
        items = "\n".join(
            f"<li>{_status('matched' if check.passed else 'missing')} {escape(check.message)}</li>"
            for check in report.ats_checks
        )
        parts.append(f'<ul class="gaps status">\n{items}\n</ul>')
    return _details("Applicant tracking systems", "\n".join(parts)) if parts else ""


def _footer(report: GapReport) -> str:
    lines = "\n".join(f"<p>{escape(line)}</p>" for line in shared.formula(report.weights))
    return f"<footer>\n{lines}\n</footer>"
