"""The report for the terminal, with rich; plain text when the console is not a terminal.

The report reads at 80 columns: each requirement is one line, its evidence on lines of their
own beneath it, and no line is wider than the console. By default it is short (at most
:data:`DEFAULT_MAX_LINES` lines): the header, what to fix first and the required gaps, then a
pointer to the rest; ``full=True`` prints everything.

Every piece of text reaches rich as a ``Text`` (never parsed as markup), its control characters
escaped (:func:`~gapcheck.escape.escape_controls_in`). Colour follows the console: none when it
is not a terminal or ``NO_COLOR`` is set.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from rich.console import Console
from rich.table import Table
from rich.text import Text

from gapcheck.escape import escape_controls, escape_controls_in
from gapcheck.models import EducationResult, Evidence, GapReport, RequirementResult
from gapcheck.render import _shared as shared

if TYPE_CHECKING:
    from gapcheck.tailor import Tip

__all__ = ["DEFAULT_MAX_LINES", "render_text"]

DEFAULT_MAX_LINES = 60

_STATUS_STYLE = {"matched": "green", "partial": "yellow", "missing": "red"}
_BAND_STYLE = {"high": "bold green", "medium": "bold yellow", "low": "bold red"}
_BAR_WIDTH = 24
_INDENT = "    "

Section = Callable[[GapReport, Console], None]


def render_text(
    report: GapReport,
    console: Console,
    *,
    full: bool = False,
    tips: Sequence[Tip] | None = None,
    max_lines: int = DEFAULT_MAX_LINES,
) -> None:
    """Print ``report`` to ``console``.

    By default: the header (score, headline, counts, sources), what to fix first and the
    missing or partial required items, in at most ``max_lines`` lines, the last one saying how
    many more lines ``full=True`` (``--full``) shows. With ``full``: every section.

    ``tips`` are the resume tips to show (compute them with the resume's text:
    :func:`gapcheck.tailor.resume_tips`); by default they are computed from the report alone.
    Pass ``Console(file=..., force_terminal=False)`` (or ``no_color=True``) for plain text.
    """
    if tips is None:
        from gapcheck.tailor import resume_tips

        tips = resume_tips(report)
    report = escape_controls_in(report)
    tips = [tip.model_copy(update={"message": escape_controls(tip.message)}) for tip in tips]
    everything = _lines(console, _full_sections(tips), report)
    if full or len(everything) <= max_lines:
        _write(console, everything)
        return
    short = _lines(console, [_header, _fix_first, _required_gaps], report)
    shown = short[: max(1, max_lines - 1)]
    while shown and not Text.from_ansi(shown[-1]).plain.strip():
        shown.pop()
    hidden = len(everything) - len(shown)
    pointer = Text(f"{hidden} more lines: --full", style="dim")
    _write(console, [*shown, *_lines(console, [lambda _r, c: c.print(pointer)], report)])


def _full_sections(tips: Sequence[Tip]) -> list[Section]:
    return [
        _header,
        _fix_first,
        _requirements,
        _gaps,
        _listed,
        _education,
        _extras,
        lambda report, console: _tips(tips, console),
        _keywords,
        _title_match,
        _ats,
        _coverage,
        _formula,
    ]


def _lines(console: Console, sections: Sequence[Section], report: GapReport) -> list[str]:
    """What ``sections`` print on ``console``, as lines (with the console's styling)."""
    with console.capture() as capture:
        for section in sections:
            section(report, console)
    return [line.rstrip() for line in capture.get().splitlines()]


def _write(console: Console, lines: Sequence[str]) -> None:
    console.file.write("".join(line + "\n" for line in lines))
    console.file.flush()


_T = TypeVar("_T")


def _heading(console: Console, title: str) -> None:
    console.print()
    console.print(Text(title, style="bold underline"))


def _section(console: Console, title: str, items: Sequence[_T]) -> Sequence[_T]:
    """``items``, under the heading ``title`` when there are any (no heading over nothing)."""
    if items:
        _heading(console, title)
    return items


def _line(console: Console, text: Text) -> None:
    """One line, cut with an ellipsis at the console's width (evidence, not prose)."""
    console.print(text, no_wrap=True, overflow="ellipsis", crop=True)


def _wrapped(console: Console, marker: Text, text: Text) -> None:
    """Marker and text side by side, so wrapped lines hang under the text."""
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row(Text(" ") + marker, text)
    console.print(grid)


# ------------------------------------------------------------------------------ the short view


def _header(report: GapReport, console: Console) -> None:
    summary = shared.summary_of(report)
    console.print(Text(f"Skill gap report: {shared.title(report)}", style="bold"))
    band = _BAND_STYLE[shared.score_band(report.score)]
    head, _, rest = summary.headline.partition(": ")
    console.print(Text.assemble((head, band), ": " if rest else "", rest))
    console.print(_counts(report) + Text(f" ({shared.points_line(report)})", style="dim"))
    for label, value in shared.sources(report):
        _line(console, Text.assemble((f"{label}: ", "dim"), value))
    experience = shared.experience_line(report)
    if experience:
        console.print(Text.assemble(("Experience: ", "dim"), experience))


def _fix_first(report: GapReport, console: Console) -> None:
    actions = shared.summary_of(report).fix_first
    if not actions:
        return
    _heading(console, "Fix first")
    for n, action in enumerate(actions, start=1):
        text = Text.assemble(action.action, (f"  +{shared.num(action.impact)} points", "cyan"))
        _wrapped(console, Text(f"{n}."), text)


def _required_gaps(report: GapReport, console: Console) -> None:
    gaps = [r for r in report.requirements if r.status != "matched" and r.importance == "required"]
    degrees = [e for e in report.education if e.status != "matched" and e.importance == "required"]
    if not gaps and not degrees:
        return
    _heading(console, "Required, missing or partial")
    gaps.sort(key=lambda r: shared.STATUS_ORDER[r.status])
    for requirement in gaps:
        _gap(requirement, console)
    for education in degrees:
        _education_item(education, console)


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


def _marker(status: str) -> Text:
    return Text(shared.STATUS_SYMBOL[status], style=_STATUS_STYLE[status])


def _posting_line(console: Console, job_text: str) -> None:
    if job_text:
        _line(console, Text(f"{_INDENT}posting: {shared.posting_line(job_text)}", style="dim"))


def _gap(requirement: RequirementResult, console: Console) -> None:
    text = Text.assemble(
        (requirement.label, "bold"),
        f" ({requirement.importance}): ",
        shared.sentence(requirement.reason),
    )
    _wrapped(console, _marker(requirement.status), text)
    _posting_line(console, requirement.job_text)


def _education_item(education: EducationResult, console: Console) -> None:
    text = Text.assemble(
        (shared.education_label(education), "bold"),
        f" ({education.importance}, {shared.points_cell(education)} points): ",
        shared.sentence(education.reason),
    )
    _wrapped(console, _marker(education.status), text)
    if education.resume_degree:
        _line(console, Text(f"{_INDENT}resume: {education.resume_degree}", style="dim"))
    _posting_line(console, education.job_text)


# ------------------------------------------------------------------------------ the full report


def _evidence_line(evidence: Evidence, console: Console) -> None:
    place = f"{evidence.section}:{evidence.line} "
    room = max(20, console.width - len(_INDENT) - len(place))
    cut = shared.snippet(evidence, width=room)
    _line(
        console,
        Text.assemble(
            _INDENT,
            (place, "dim"),
            (cut.before, "dim"),
            cut.match,
            (cut.after, "dim"),
        ),
    )


def _requirements(report: GapReport, console: Console) -> None:
    _heading(console, "Requirements")
    if not report.requirements:
        console.print("The posting names no skill requirement that gapcheck recognises.")
        return
    console.print(Text("  requirement · importance · years asked/shown · credit · points", "dim"))
    for requirement in report.requirements:
        details: list[str] = [requirement.importance]
        years = shared.years_cell(requirement)
        if years:
            details.append(f"years {years}")
        details += [shared.credit_label(requirement), shared.points_cell(requirement)]
        text = Text.assemble((requirement.label, "bold"), (" · " + " · ".join(details), "dim"))
        _wrapped(console, _marker(requirement.status), text)
        for evidence in requirement.evidence:
            _evidence_line(evidence, console)


def _gaps(report: GapReport, console: Console) -> None:
    for category, requirements in _section(
        console, "Gaps by category", shared.gaps_by_category(report)
    ):
        console.print(Text(category, style="bold"))
        for requirement in requirements:
            _gap(requirement, console)


def _listed(report: GapReport, console: Console) -> None:
    flagged = shared.listed_only(report)
    for requirement in _section(console, "Listed but not demonstrated", flagged):
        where = ", ".join(sorted({e.section for e in requirement.evidence})) or "a list"
        text = Text.assemble(
            (requirement.label, "bold"),
            f": only in {where}; show it in an experience or project entry.",
        )
        _wrapped(console, Text("!", style="yellow"), text)


def _education(report: GapReport, console: Console) -> None:
    for education in _section(console, "Education", report.education):
        _education_item(education, console)


def _extras(report: GapReport, console: Console) -> None:
    arguments = shared.arguments(report)
    for extra, gaps in _section(console, "Skills that speak to the gaps", arguments):
        text = Text.assemble((extra.name, "bold"), " relates to ", ", ".join(gaps))
        _wrapped(console, Text("+", style="cyan"), text)
        if extra.evidence is not None:
            _evidence_line(extra.evidence, console)
    others = shared.other_extra(report)
    if others:
        console.print()
        console.print(
            Text.assemble(
                ("Also on the resume, not asked for: ", "dim"), ", ".join(e.name for e in others)
            )
        )


def _tips(tips: Sequence[Tip], console: Console) -> None:
    for tip in _section(console, "Tips", tips):
        _wrapped(console, Text("→", style="cyan"), Text(tip.message))


def _keywords(report: GapReport, console: Console) -> None:
    if not report.keywords:
        return
    _heading(console, "Keywords (posting / resume mentions)")
    for kind in ("hard", "soft"):
        rows = [k for k in report.keywords if k.kind == kind]
        if not rows:
            continue
        table = Table(box=None, pad_edge=False, show_header=True, header_style="dim")
        table.add_column(f"{kind} skills", overflow="fold")
        table.add_column("posting", justify="right", no_wrap=True)
        table.add_column("resume", justify="right", no_wrap=True)
        for keyword in rows:
            style = "" if keyword.resume_count else "red"
            table.add_row(
                Text(keyword.term, style=style),
                Text(str(keyword.job_count)),
                Text(str(keyword.resume_count), style=style),
            )
        console.print(table)


def _title_match(report: GapReport, console: Console) -> None:
    match = report.title_match
    if match is None:
        return
    _heading(console, "Job title")
    verdict = Text("matches", style="green") if match.matches else Text("differs", "yellow")
    resume = match.resume_title or "none found"
    console.print(
        Text.assemble("Posting: ", match.job_title, " · resume: ", resume, " · ", verdict)
    )


def _ats(report: GapReport, console: Console) -> None:
    if not report.ats_checks:
        return
    _heading(console, "Applicant tracking systems")
    for check in report.ats_checks:
        marker = _marker("matched") if check.passed else _marker("missing")
        _wrapped(console, marker, Text(check.message))


def _coverage(report: GapReport, console: Console) -> None:
    if not report.categories:
        return
    _heading(console, "Coverage by category")
    table = Table(box=None, show_header=False, pad_edge=False)
    table.add_column(overflow="fold", max_width=28)
    table.add_column(no_wrap=True)
    table.add_column(justify="right", no_wrap=True)
    table.add_column(style="dim", overflow="fold")
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
    console.print(table)


def _formula(report: GapReport, console: Console) -> None:
    console.print()
    for line in shared.formula(report.weights):
        console.print(Text(line, style="dim"))
