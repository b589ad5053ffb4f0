"""The report for the terminal, with rich; plain text when the console is not a terminal.

Every piece of text reaches rich as a ``Text`` (never parsed as markup), its control characters
escaped (:func:`~gapcheck.escape.escape_controls_in`).
"""

from __future__ import annotations

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from gapcheck.escape import escape_controls, escape_controls_in
from gapcheck.models import EducationResult, GapReport, RequirementResult
from gapcheck.render import _shared as shared
from gapcheck.tailor import resume_tips

__all__ = ["render_text"]

_STATUS_STYLE = {"matched": "green", "partial": "yellow", "missing": "red"}
_BAND_STYLE = {"high": "bold green", "medium": "bold yellow", "low": "bold red"}
_BAR_WIDTH = 24


def render_text(report: GapReport, console: Console) -> None:
    """Print ``report`` to ``console``: header, requirements, gaps, flags, education, extras,
    resume tips, coverage bars and the score formula.

    Pass ``Console(file=..., force_terminal=False)`` (or ``no_color=True``) for plain text.
    """
    tips = resume_tips(report)
    report = escape_controls_in(report)
    console.print(_header(report))
    _section(console, "Requirements")
    if report.requirements:
        console.print(_requirements_table(report, console.width))
    else:
        console.print("The posting names no skill requirement that gapcheck recognises.")
    gaps = shared.gaps_by_category(report)
    if gaps:
        _section(console, "Gaps by category")
        for category, requirements in gaps:
            console.print(Text(category, style="bold"))
            console.print(_bullets([_gap(r) for r in requirements]))
    flagged = shared.listed_only(report)
    if flagged:
        _section(console, "Listed but not demonstrated")
        console.print(_bullets([_listed(r) for r in flagged]))
    if report.education:
        _section(console, "Education")
        console.print(_bullets([_education(e) for e in report.education]))
    _extras(report, console)
    if tips:
        _section(console, "Tips")
        arrow = Text("→", style="cyan")
        console.print(_bullets([(arrow, Text(escape_controls(tip.message))) for tip in tips]))
    if report.categories:
        _section(console, "Coverage by category")
        console.print(_coverage(report))
    console.print()
    for line in shared.formula(report.weights):
        console.print(Text(line, style="dim"))


def _bullets(rows: list[tuple[Text, Text]]) -> Table:
    """Indented marker and text side by side, so wrapped lines hang under the text."""
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for marker, text in rows:
        grid.add_row(Text(" ") + marker, text)
    return grid


def _section(console: Console, title: str) -> None:
    console.print()
    console.print(Text(title, style="bold underline"))


def _header(report: GapReport) -> Panel:
    band = _BAND_STYLE[shared.score_band(report.score)]
    lines = [
        Text.assemble(
            ("Score ", "bold"),
            (f"{report.score:.1f}", band),
            " / 100   ",
            (f"({shared.points_line(report)})", "dim"),
        ),
        _counts(report),
    ]
    for label, value in shared.sources(report):
        lines.append(Text.assemble((f"{label}: ", "dim"), value))
    experience = shared.experience_line(report)
    if experience:
        lines.append(Text.assemble(("Experience: ", "dim"), experience))
    return Panel(
        Group(*lines),
        title=Text(f"Skill gap report: {shared.title(report)}", style="bold"),
        title_align="left",
        box=box.ROUNDED,
        expand=False,
    )


def _counts(report: GapReport) -> Text:
    """'✓ 4 matched · ◐ 3 partial · ✗ 2 missing of 9 requirements': also the symbols' legend."""
    found = shared.status_counts(report)
    text = Text()
    for status, count in found.items():
        if text:
            text.append(" · ")
        text.append(shared.STATUS_SYMBOL[status], style=_STATUS_STYLE[status])
        text.append(f" {count} {status}")
    return text + Text(f" of {shared.plural(sum(found.values()), 'requirement')}")


def _requirement_cell(requirement: RequirementResult, snippet_width: int) -> Group | Text:
    """The label, then one line per piece of evidence: 'section:line snippet', indented."""
    label = Text(requirement.label, style="bold")
    if not requirement.evidence:
        return label
    lines = []
    for evidence in requirement.evidence:
        cut = shared.snippet(evidence, width=snippet_width)
        lines.append(
            (
                Text(""),
                Text.assemble(
                    (f"{evidence.section}:{evidence.line} ", "dim"),
                    (cut.before, "dim"),
                    cut.match,
                    (cut.after, "dim"),
                ),
            )
        )
    return Group(label, _bullets(lines))


def _requirements_table(report: GapReport, width: int) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("", no_wrap=True)
    table.add_column("requirement\n  evidence", overflow="fold")
    table.add_column("importance", no_wrap=True)
    table.add_column("years\nasked/shown", no_wrap=True)
    table.add_column("credited", overflow="fold", max_width=24)
    table.add_column("points", justify="right", no_wrap=True)
    # Roughly what the other columns leave to the evidence lines, within reason.
    snippet_width = max(20, min(80, width - 84))
    for requirement in report.requirements:
        table.add_row(
            _marker(requirement.status),
            _requirement_cell(requirement, snippet_width),
            Text(requirement.importance),
            Text(shared.years_cell(requirement)),
            Text(shared.credit_label(requirement)),
            Text(shared.points_cell(requirement)),
        )
    return table


def _marker(status: str) -> Text:
    return Text(shared.STATUS_SYMBOL[status], style=_STATUS_STYLE[status])


def _posting(text: Text, job_text: str) -> Text:
    if job_text:
        text.append(f"\nposting: {shared.posting_line(job_text)}", style="dim")
    return text


def _gap(requirement: RequirementResult) -> tuple[Text, Text]:
    text = Text.assemble(
        (requirement.label, "bold"),
        f" ({requirement.importance}): ",
        shared.sentence(requirement.reason),
    )
    return _marker(requirement.status), _posting(text, requirement.job_text)


def _listed(requirement: RequirementResult) -> tuple[Text, Text]:
    where = ", ".join(sorted({e.section for e in requirement.evidence})) or "a list"
    text = Text.assemble(
        (requirement.label, "bold"),
        f": only in {where}; show it in an experience or project entry.",
    )
    return Text("!", style="yellow"), text


def _education(education: EducationResult) -> tuple[Text, Text]:
    text = Text.assemble(
        (shared.education_label(education), "bold"),
        f" ({education.importance}, {shared.points_cell(education)} points): ",
        shared.sentence(education.reason),
    )
    if education.resume_degree:
        text.append(f"\nresume: {education.resume_degree}", style="dim")
    return _marker(education.status), _posting(text, education.job_text)


def _extras(report: GapReport, console: Console) -> None:
    arguments = shared.arguments(report)
    if arguments:
        _section(console, "Skills that speak to the gaps")
        rows = []
        for extra, gaps in arguments:
            text = Text.assemble((extra.name, "bold"), " relates to ", ", ".join(gaps))
            if extra.evidence is not None:
                cut = shared.snippet(extra.evidence, width=60)
                text.append(f"\n{extra.evidence.section}:{extra.evidence.line} ", style="dim")
                text.append(str(cut), style="dim")
            rows.append((Text("+", style="cyan"), text))
        console.print(_bullets(rows))
    others = shared.other_extra(report)
    if others:
        console.print()
        console.print(
            Text.assemble(
                ("Also on the resume, not asked for: ", "dim"), ", ".join(e.name for e in others)
            )
        )


def _coverage(report: GapReport) -> Table:
    table = Table(box=None, show_header=False, pad_edge=False)
    table.add_column(no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column(justify="right", no_wrap=True)
    table.add_column(style="dim")
    for category in report.categories:
        filled = shared.bar_cells(category.coverage, _BAR_WIDTH)
        band = shared.score_band(100 * category.coverage)
        bar = Text.assemble(
            ("█" * filled, _BAND_STYLE[band].replace("bold ", "")),
            ("░" * (_BAR_WIDTH - filled), "dim"),
        )
        counts = {"matched": category.matched, "partial": category.partial}
        counts["missing"] = category.missing
        detail = ", ".join(f"{n} {status}" for status, n in counts.items() if n)
        table.add_row(Text(category.name), bar, Text(f"{category.coverage:.0%}"), Text(detail))
    return table
