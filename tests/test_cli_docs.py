"""Every command has help text and is documented in the README."""

from __future__ import annotations

from pathlib import Path

import typer

from gapcheck.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands():
    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        sub = getattr(command, "commands", None)
        if sub:
            for sub_name, sub_command in sub.items():
                yield f"{name} {sub_name}", sub_command
        else:
            yield name, command


def test_every_command_has_help_and_is_in_the_readme() -> None:
    names = []
    for name, command in _commands():
        names.append(name)
        assert (command.help or "").strip(), f"gapcheck {name} has no help text"
        short = name.split()[0]
        assert f"gapcheck {short}" in README, f"gapcheck {name} is not in the README"
        if " " in name:
            assert name.split()[1] in README, f"gapcheck {name} is not in the README"
    assert "analyze" in names and "taxonomy validate" in names
