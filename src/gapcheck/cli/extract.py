"""``gapcheck extract`` and ``gapcheck text``: what gapcheck finds in, and reads from, one file."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from gapcheck import Analyzer
from gapcheck.cli.app import app
from gapcheck.cli.options import FileArg, JsonOption, reads_documents, source
from gapcheck.cli.output import console, plain, print_warnings
from gapcheck.escape import escape_controls, escape_controls_json

if TYPE_CHECKING:
    from gapcheck import ProfileSkill, SkillProfile
    from gapcheck.extraction import KindOption

__all__ = ["extract", "text"]

_KINDS: dict[str, KindOption] = {"resume": "resume", "job": "job", "auto": "auto"}
_MENTIONS_SHOWN = 4
# How a mention was found, when not by an alias: a misspelling, or the trained tagger.
_METHOD_NOTES = {"fuzzy": " (fuzzy {score:g})", "model": " (model)"}


@app.command()
@reads_documents()
def extract(
    file: FileArg,
    kind: Annotated[
        str,
        typer.Option(
            "--kind",
            "-k",
            help="resume, job, or auto (tell from the text).",
        ),
    ] = "auto",
    as_json: JsonOption = False,
    *,
    analyzer: Analyzer,
) -> None:
    """List the skills found in FILE: importance (a job), or usage (a resume: in use or listed)."""
    if kind not in _KINDS:
        raise typer.BadParameter("must be resume, job or auto", param_hint="--kind")
    profile = analyzer.profile(source(file), kind=_KINDS[kind])
    print_warnings(profile.source, profile.warnings)
    if as_json:
        sys.stdout.write(escape_controls_json(profile.model_dump_json(indent=2)) + "\n")
        return
    _print_profile(profile)


@app.command()
@reads_documents(skills=False)
def text(file: FileArg, *, analyzer: Analyzer) -> None:
    """Print the text gapcheck reads from a document (useful to check a PDF)."""
    document = analyzer.read(source(file))
    # Control characters are shown escaped, except the form feed between PDF pages.
    sys.stdout.write(escape_controls(document.text, keep="\t\n\f"))
    if not document.text.endswith("\n"):
        sys.stdout.write("\n")


def _print_profile(profile: SkillProfile) -> None:
    """The skills as a table, then certifications, other skills (outside the taxonomy, found by
    the rules or the model), either/or groups and degrees."""
    from rich.table import Table

    table = Table(title=plain(f"{profile.kind}: {profile.source}"), title_justify="left")
    table.add_column("skill")
    table.add_column("category")
    if profile.kind == "job":
        table.add_column("importance")
        table.add_column("years")
    else:
        table.add_column("usage")
        table.add_column("years")
    table.add_column("mentions", overflow="fold")
    for skill in profile.skills:
        cells = (skill.name, skill.category, *_skill_cells(skill, profile.kind == "job"))
        table.add_row(*(plain(cell) for cell in cells))
    out = console()
    out.print(table)
    for certification in profile.certifications:
        asked = f" ({certification.importance})" if certification.importance else ""
        out.print(plain(f"certification: {certification.name}{asked}"))
    for other in profile.other_skills:
        notes = [note for note in (other.importance, f"found by {other.origin}") if note]
        out.print(plain(f"other skill: {other.name} ({', '.join(notes)})"))
    for group in profile.groups:
        out.print(plain(f"either/or ({group.importance}): {' | '.join(group.skills)}"))
    for degree in profile.education:
        out.print(
            plain(
                f"degree: {degree.level or 'any'} in {', '.join(degree.field_names) or 'any field'}"
                + (f" ({degree.importance})" if degree.importance else "")
            )
        )


def _skill_cells(skill: ProfileSkill, is_job: bool) -> tuple[str, str, str]:
    """A skill's importance (a job) or usage (a resume), its years, and where it is mentioned."""
    lines = ", ".join(
        f"{m.section}:{m.line}" + _METHOD_NOTES.get(m.method, "").format(score=m.score)
        for m in skill.mentions[:_MENTIONS_SHOWN]
    )
    if len(skill.mentions) > _MENTIONS_SHOWN:
        lines += f", +{len(skill.mentions) - _MENTIONS_SHOWN}"
    first: str
    if is_job:
        first = skill.importance or "not a requirement"
        years = f"{skill.min_years:g}+" if skill.min_years else ""
    else:
        first = skill.usage or ""
        years = f"{skill.years:g}" if skill.years else ""
    return first, years, lines
