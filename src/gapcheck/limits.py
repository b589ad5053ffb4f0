"""Resource limits for reading and processing untrusted documents, in one place.

>>> from gapcheck.limits import Limits
>>> Limits().max_bytes
20000000
>>> Limits(max_pages=10).max_pages
10
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Limits(BaseModel):
    """What gapcheck accepts from one document; anything larger fails with a clear error."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    max_bytes: int = Field(20_000_000, gt=0, description="Largest file size read, in bytes.")
    max_pages: int = Field(50, gt=0, description="Most pages read from a PDF.")
    max_chars: int = Field(
        2_000_000, gt=0, description="Most characters of extracted text kept for analysis."
    )
    max_decompressed_bytes: int = Field(
        200_000_000,
        gt=0,
        description="Most bytes a compressed container (DOCX zip, PDF streams) may expand to.",
    )
    timeout_seconds: float = Field(
        60.0, gt=0, description="Longest time spent reading one document, in seconds."
    )


DEFAULT_LIMITS = Limits()
