"""The report as Markdown (GitHub flavour: tables, headings).

Document text is made inert twice: Markdown syntax backslashed, control characters escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from gapcheck.escape import escape_controls
from gapcheck.escape import escape_markdown as escape
from gapcheck.models import EducationResult, Evidence, GapReport, RequirementResult
from gapcheck.render import _shared as shared

if TYPE_CHECKING:
    from gapcheck.tailor import Tip

__all__ = ["render_markdown"]


def render_markdown(report: GapReport, *, tips: Sequence[Tip] | None = None) -> str:
    """The whole report as one Markdown document, ending with a newline.

    It opens with the summary: the score, its headline and what to fix first. ``tips`` are the
    resume tips to show (by default computed from the report alone; see
    :func:`gapcheck.tailor.resume_tips` for tips that read the whole resume).
    """
    if tips is None:
        from gapcheck.tailor import resume_tips

        tips = resume_tips(report)
    summary = shared.summary_of(report)
    lines = [f"# Skill gap report: {escape(shared.title(report))}", ""]
    lines.append(f"**{escape(summary.headline)}**")
    lines.append("")
    lines.append(f"{shared.points_line(report)} · {shared.counts(report)}")
    lines.append("")
    if summary.fix_first:
        lines += ["## Fix first", ""]
        lines += [
            f"{n}. {escape(fix.action)} (+{shared.num(fix.impact)} points)"
            for n, fix in enumerate(summary.fix_first, start=1)
        ]
        lines.append("")
    if summary.missing_keywords:
        lines.append("Missing keywords: " + ", ".join(escape(k) for k in summary.missing_keywords))
        lines.append("")
    lines += [f"- {label}: {escape(value)}" for label, value in shared.sources(report)]
    experience = shared.experience_line(report)
    if experience:
        lines.append(f"- Experience: {experience}")
    lines += ["", "## Requirements", ""]
    lines += _requirements(report)
    lines += _gaps(report)
    flagged = shared.listed_only(report)
    if flagged:
        lines += ["", "## Listed but not demonstrated", ""]
        for requirement in flagged:
            where = ", ".join(sorted({e.section for e in requirement.evidence})) or "a list"
            lines.append(
                f"- **{escape(requirement.label)}**: only in {escape(where)}; show it in an "
                "experience or project entry."
            )
    if report.education:
        lines += ["", "## Education", ""]
        lines += [_education(education) for education in report.education]
    lines += _extras(report)
    if tips:
        lines += ["", "## Tips", ""]
        lines += [f"- {escape(tip.message)}" for tip in tips]
    lines += _ats(report)
    if report.categories:
        lines += ["", "## Coverage by category", ""]
        lines += _coverage(report)
    lines += ["", "---", ""]
    lines += [f"<sub>{line}</sub><br>" for line in shared.formula(report.weights)]
    return escape_controls("\n".join(lines) + "\n")


def _evidence(evidence: Evidence) -> str:
    cut = shared.snippet(evidence, width=60)
    match = f"**{escape(cut.match)}**" if cut.match else ""
    return f"{escape(shared.place(evidence))}: {escape(cut.before)}{match}{escape(cut.after)}"


def _requirements(report: GapReport) -> list[str]:
    if not report.requirements:
        return ["The posting names no skill requirement that gapcheck recognises."]
    lines = [
        "| status | requirement | importance | years asked / shown | credited | points | "
        "evidence |",
        "|---|---|---|---|---|---:|---|",
    ]
    for r in report.requirements:
        evidence = "<br>".join(_evidence(e) for e in r.evidence) or shared.NONE
        lines.append(
            f"| {shared.STATUS_SYMBOL[r.status]} {r.status} | {escape(r.label)} | "
            f"{r.importance} | {shared.years_cell(r)} | {escape(shared.credit_label(r))} | "
            f"{shared.points_cell(r)} | {evidence} |"
        )
    return lines


def _gaps(report: GapReport) -> list[str]:
    grouped = shared.gaps_by_category(report)
    if not grouped:
        return []
    lines = ["", "## Gaps by category"]
    for category, requirements in grouped:
        lines += ["", f"### {escape(category)}", ""]
        lines += [_gap(requirement) for requirement in requirements]
    return lines


def _gap(requirement: RequirementResult) -> str:
    line = (
        f"- {shared.STATUS_SYMBOL[requirement.status]} **{escape(requirement.label)}** "
        f"({requirement.importance}): {escape(shared.sentence(requirement.reason))}"
    )
    if requirement.job_text:
        line += f"<br>Posting: *{escape(shared.posting_line(requirement.job_text))}*"
    return line


def _education(education: EducationResult) -> str:
    line = (
        f"- {shared.STATUS_SYMBOL[education.status]} {education.status}: "
        f"**{escape(shared.education_label(education))}** ({education.importance}, "
        f"{shared.points_cell(education)} points): {escape(shared.sentence(education.reason))}"
    )
    if education.job_text:
        line += f"<br>Posting: *{escape(shared.posting_line(education.job_text))}*"
    return line


def _extras(report: GapReport) -> list[str]:
    lines: list[str] = []
    arguments = shared.arguments(report)
    if arguments:
        lines += ["", "## Skills that speak to the gaps", ""]
        for extra, gaps in arguments:
            line = f"- **{escape(extra.name)}** relates to {escape(', '.join(gaps))}"
            if extra.evidence is not None:
                line += f" ({_evidence(extra.evidence)})"
            lines.append(line)
    others = shared.other_extra(report)
    if others:
        lines += [
            "",
            "Also on the resume, not asked for: " + escape(", ".join(e.name for e in others)),
        ]
    return lines


def _coverage(report: GapReport) -> list[str]:
    lines = [
        "| category | coverage | | matched | partial | missing |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for c in report.categories:
        filled = shared.bar_cells(c.coverage, 10)
        bar = "█" * filled + "░" * (10 - filled)
        lines.append(
            f"| {escape(c.name)} | {bar} | {c.coverage:.0%} | {c.matched} | {c.partial} | "
            f"{c.missing} |"
        )
    return lines


def _ats(report: GapReport) -> list[str]:
    """Keywords, the title and the tracking-system checks, when the report has them."""
    lines: list[str] = []
    if report.keywords:
        lines += ["", "## Keywords", ""]
        lines += ["| term | kind | posting | resume |", "|---|---|---:|---:|"]
        for kind in ("hard", "soft"):
            lines += [
                f"| {escape(k.term)} | {k.kind} | {k.job_count} | {k.resume_count} |"
                for k in report.keywords
                if k.kind == kind
            ]
    match = report.title_match
    if match is not None:
        verdict = "matches" if match.matches else "differs"
        resume = escape(match.resume_title) if match.resume_title else "none found"
        lines += ["", f"Job title: {escape(match.job_title)}; resume: {resume} ({verdict})."]
    if report.ats_checks:
        lines += ["", "## Applicant tracking systems", ""]
        lines += [
            f"- {'✓' if check.passed else '✗'} {escape(check.message)}"
            for check in report.ats_checks
        ]
    return lines
