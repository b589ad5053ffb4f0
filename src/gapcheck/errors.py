"""The exceptions gapcheck raises.

Every error is a :class:`GapcheckError`; its ``str()`` is one line that names the file (or the
input) and the reason, so the CLI can print it as it is. Messages never quote document text:
resumes are personal data.

>>> from gapcheck.errors import EmptyDocument
>>> str(EmptyDocument("cv.pdf"))
'cv.pdf: the file is empty (0 bytes)'
"""

from __future__ import annotations


class GapcheckError(Exception):
    """Base class of every error gapcheck raises on purpose."""


class DocumentError(GapcheckError):
    """A document could not be read. ``source`` names the file, ``reason`` says why."""

    default_reason = "the document could not be read"

    def __init__(self, source: str, reason: str | None = None) -> None:
        self.source = str(source)
        self.reason = _one_line(reason or self.default_reason)
        super().__init__(f"{self.source}: {self.reason}")


class DocumentNotFound(DocumentError):
    default_reason = "no such file"


class NotAFile(DocumentError):
    default_reason = "is a directory, not a file"


class EmptyDocument(DocumentError):
    default_reason = "the file is empty (0 bytes)"


class NoTextFound(DocumentError):
    """The document holds no extractable text (e.g. a scanned PDF)."""

    default_reason = "no text could be extracted"


class EncryptedDocument(DocumentError):
    default_reason = "the PDF is encrypted with a password; remove the password and try again"


class CorruptDocument(DocumentError):
    default_reason = "the file is damaged and cannot be read"


class UnsupportedFormat(DocumentError):
    default_reason = "unsupported format (gapcheck reads PDF, DOCX, plain text and Markdown)"


class DocumentTooLarge(DocumentError):
    """The file, its pages, its decompressed content or its text exceed a limit."""

    default_reason = "the document exceeds a size limit"


class ExtractionTimeout(DocumentError):
    default_reason = "processing took longer than the time limit"


class TaxonomyError(GapcheckError):
    """A taxonomy or role file is invalid. ``location`` says where, e.g. ``languages.toml``."""

    def __init__(self, location: str, reason: str) -> None:
        self.location = str(location)
        self.reason = _one_line(reason)
        super().__init__(f"[{self.location}] {self.reason}")


class UnknownSkill(GapcheckError):
    """A skill id that the taxonomy does not hold."""


class UnknownRole(GapcheckError):
    """A role profile name that is not shipped or given."""


class TemplateError(GapcheckError):
    """A cover-letter template cannot be used. ``location`` names the file."""

    def __init__(self, location: str, reason: str) -> None:
        self.location = str(location)
        self.reason = _one_line(reason)
        super().__init__(f"{self.location}: {self.reason}")


class HonestyError(GapcheckError):
    """A draft names a skill as the applicant's own that the resume does not back.

    ``draft`` says which draft ('cover letter', 'resume tips'); ``skills`` holds the skill names.
    """

    def __init__(self, draft: str, skills: tuple[str, ...]) -> None:
        self.draft = draft
        self.skills = skills
        names = ", ".join(skills)
        super().__init__(
            f"{draft}: names {names} as the applicant's own, but the resume does not show "
            f"{'it' if len(skills) == 1 else 'them'}"
        )


def _one_line(text: str) -> str:
    return " ".join(str(text).split())
