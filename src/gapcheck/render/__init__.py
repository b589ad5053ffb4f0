"""Renderers of a :class:`~gapcheck.models.GapReport`: terminal text, Markdown, JSON, HTML.

Each returns a string (or prints to the rich ``Console`` it is given); none writes files.
"""

from __future__ import annotations

from gapcheck.render.html import render_html
from gapcheck.render.json import render_json, report_schema
from gapcheck.render.markdown import render_markdown
from gapcheck.render.text import render_text

__all__ = ["render_html", "render_json", "render_markdown", "render_text", "report_schema"]
