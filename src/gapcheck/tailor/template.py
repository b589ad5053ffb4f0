"""Cover-letter templates: the shipped ones (``gapcheck/templates/cover_letter.txt`` and
``.md``) or the user's own :class:`string.Template` file.

>>> LetterTemplate.load(None, "txt").location
'cover_letter.txt'
>>> LetterTemplate("Dear $company team,", "example").fill({"company": "Acme"})
'Dear Acme team,\\n'
"""

from __future__ import annotations

import os
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from gapcheck.errors import TemplateError

__all__ = ["FIELDS", "LetterTemplate"]

FIELDS = ("greeting", "opening", "strengths", "plan", "closing", "applicant", "role", "company")
_MAX_BYTES = 100_000


@dataclass(frozen=True)
class LetterTemplate:
    """A letter template's text and where it came from (for error messages)."""

    text: str
    location: str

    @classmethod
    def load(cls, template: str | os.PathLike[str] | None, suffix: str) -> LetterTemplate:
        """The user's file ``template``, or the shipped ``cover_letter.<suffix>`` when None."""
        if template is None:
            name = f"cover_letter.{suffix}"
            shipped = resources.files("gapcheck").joinpath("templates", name)
            return cls(shipped.read_text(encoding="utf-8"), name)
        path = Path(template)
        try:
            if path.stat().st_size > _MAX_BYTES:
                raise TemplateError(str(path), f"larger than {_MAX_BYTES // 1000} kB")
            return cls(path.read_text(encoding="utf-8"), str(path))
        except FileNotFoundError:
            raise TemplateError(str(path), "no such file") from None
        except IsADirectoryError:
            raise TemplateError(str(path), "is a directory, not a file") from None
        except UnicodeDecodeError:
            raise TemplateError(str(path), "is not UTF-8 text") from None
        except OSError as error:
            raise TemplateError(str(path), f"cannot be read ({error.strerror or error})") from None

    def fill(self, values: Mapping[str, str]) -> str:
        """The template with ``values`` substituted; trailing spaces and empty paragraphs go.

        Raises :class:`~gapcheck.errors.TemplateError` for a malformed or unknown placeholder.
        """
        parsed = string.Template(self.text)
        if not parsed.is_valid():
            raise TemplateError(self.location, "invalid placeholder (write $$ for a dollar sign)")
        unknown = sorted(set(parsed.get_identifiers()) - set(FIELDS))
        if unknown:
            known = ", ".join(f"${name}" for name in FIELDS)
            raise TemplateError(
                self.location, f"unknown placeholder ${unknown[0]} (known: {known})"
            )
        text = parsed.substitute(values)
        text = "\n".join(line.rstrip(" \t") for line in text.splitlines())
        return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
