"""``gapcheck taxonomy validate|list|show|search``, ``gapcheck roles`` and ``gapcheck schema``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from gapcheck.cli.app import app
from gapcheck.cli.options import JsonOption, TaxonomyOption, taxonomy_from
from gapcheck.cli.output import console, echo_json, plain, stderr_console
from gapcheck.errors import UnknownSkill

if TYPE_CHECKING:
    from gapcheck.taxonomy import Skill, Taxonomy

__all__ = [
    "roles",
    "schema",
    "taxonomy_app",
    "taxonomy_list",
    "taxonomy_search",
    "taxonomy_show",
    "taxonomy_validate",
]


@app.command()
def roles(
    as_json: JsonOption = False,
    taxonomy: TaxonomyOption = None,
) -> None:
    """List the role profiles you can compare a resume against with --role."""
    loaded = taxonomy_from(taxonomy)
    if as_json:
        echo_json([r.model_dump(mode="json", exclude_none=True) for r in loaded.roles.values()])
        return
    out = console()
    for role_profile in sorted(loaded.roles.values(), key=lambda r: r.id):
        required = sum(1 for r in role_profile.requirement if r.importance == "required")
        out.print(
            plain(
                f"{role_profile.id:28} {role_profile.name} "
                f"({required} required, {len(role_profile.requirement) - required} preferred)"
            )
        )


@app.command()
def schema() -> None:
    """Print the JSON Schema of the report (`gapcheck RESUME JOB --json`)."""
    from gapcheck.render import report_schema

    sys.stdout.write(report_schema())


taxonomy_app = typer.Typer(help="Inspect and validate the skills taxonomy.", no_args_is_help=True)
app.add_typer(taxonomy_app, name="taxonomy")


def _skill_json(skill: Skill) -> dict[str, object]:
    return skill.model_dump(mode="json", exclude_none=True)


@taxonomy_app.command("validate")
def taxonomy_validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="User taxonomy files or folders to check (merged over the shipped)."),
    ] = None,
) -> None:
    """Check the shipped taxonomy and any user files; exit 1 with the first error."""
    loaded = taxonomy_from(paths)
    for warning in loaded.warnings:
        stderr_console().print(plain(f"warning: {warning}"))
    aliases = sum(len(s.aliases) for s in loaded)
    forms = sum(len(s.sense.forms) for s in loaded if s.sense)
    console().print(
        f"OK: {len(loaded)} skills, {aliases} aliases, {forms} word-sense forms, "
        f"{len(loaded.categories)} categories, {len(loaded.roles)} role profiles",
        markup=False,
    )


@taxonomy_app.command("list")
def taxonomy_list(
    category: Annotated[
        str | None, typer.Option("--category", "-c", help="Only this category id.")
    ] = None,
    as_json: JsonOption = False,
    taxonomy: TaxonomyOption = None,
) -> None:
    """List the skills (optionally of one category)."""
    loaded = taxonomy_from(taxonomy)
    if category is not None and category not in loaded.categories:
        known = ", ".join(loaded.categories)
        raise typer.BadParameter(f"unknown category {category!r} (known: {known})")
    skills = [s for s in loaded if category is None or s.category == category]
    if as_json:
        echo_json([_skill_json(s) for s in skills])
        return
    from rich.table import Table

    table = Table(title=f"{len(skills)} skills", title_justify="left")
    for column in ("id", "name", "category", "kind", "aliases"):
        table.add_column(column, overflow="fold")
    for skill in skills:
        cells = (skill.id, skill.name, skill.category, skill.kind, ", ".join(skill.aliases))
        table.add_row(*(plain(cell) for cell in cells))
    console().print(table)


@taxonomy_app.command("show")
def taxonomy_show(
    skill: Annotated[str, typer.Argument(help="A skill id, name or alias.")],
    as_json: JsonOption = False,
    taxonomy: TaxonomyOption = None,
) -> None:
    """Show one skill: aliases, word-sense data, relations and provenance."""
    loaded = taxonomy_from(taxonomy)
    found = loaded.get(skill) or loaded.resolve(skill)
    if found is None:
        hints = ", ".join(s.id for s, _ in loaded.search(skill, limit=3))
        raise UnknownSkill(f"no skill {skill!r}" + (f" (did you mean: {hints}?)" if hints else ""))
    if as_json:
        echo_json(_skill_json(found))
        return
    out = console()
    for label, value in _skill_rows(found, loaded):
        if value:
            out.print(plain(f"{label:>16}  {value}"))


def _skill_rows(found: Skill, loaded: Taxonomy) -> list[tuple[str, str]]:
    """What ``taxonomy show`` prints about a skill, as (label, value) rows."""
    rows = [
        ("id", found.id),
        ("name", found.name),
        ("category", found.category + (f" / {found.subcategory}" if found.subcategory else "")),
        ("kind", found.kind),
        ("aliases", ", ".join(found.aliases)),
        ("broader", " > ".join(loaded.ancestors(found.id))),
        ("narrower", ", ".join(loaded.narrower(found.id))),
        ("implies", ", ".join(loaded.implied_by(found.id))),
        ("related", ", ".join(loaded.related_to(found.id))),
        ("sources", ", ".join(found.sources)),
    ]
    if found.sense:
        sense = found.sense
        rows[5:5] = [
            (
                "ambiguous forms",
                ", ".join(sense.forms) + (" (exact case)" if sense.case_sensitive else ""),
            ),
            ("confirmed by", ", ".join(sense.confirm)),
            ("rejected after", ", ".join(sense.reject_before)),
            ("rejected before", ", ".join(sense.reject_after)),
        ]
    return rows


@taxonomy_app.command("search")
def taxonomy_search(
    text_query: Annotated[str, typer.Argument(metavar="TEXT", help="What to look for.")],
    limit: Annotated[
        int, typer.Option("--top", "--limit", "-n", min=1, help="How many results.")
    ] = 10,
    as_json: JsonOption = False,
    taxonomy: TaxonomyOption = None,
) -> None:
    """Find skills whose names or aliases resemble TEXT (fuzzy)."""
    results = taxonomy_from(taxonomy).search(text_query, limit=limit)
    if as_json:
        echo_json([{**_skill_json(s), "score": round(score, 1)} for s, score in results])
        return
    out = console()
    if not results:
        out.print("no match")
    for skill, score in results:
        out.print(plain(f"{score:5.1f}  {skill.id:32} {skill.name} ({skill.category})"))
