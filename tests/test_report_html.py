"""The HTML report: summary first, chart next, details collapsible; the first screen says it."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from builders import EXAMPLES
from gapcheck import analyze
from gapcheck.render import render_html

VIEWPORT = (1280, 800)


@pytest.fixture(scope="module")
def page() -> str:
    report = analyze(EXAMPLES / "resume_ai_engineer.txt", EXAMPLES / "job_ai_engineer.txt")
    return render_html(report)


def test_summary_then_chart_then_collapsible_details(page: str) -> None:
    score, headline = page.index('id="score"'), page.index('id="headline"')
    fix_first, chart = page.index('id="fix-first"'), page.index("<svg")
    first_details = page.index("<details")
    assert score < headline < fix_first < chart < first_details
    for title in ("Requirements", "Gaps by category", "Tips"):
        assert f"<summary><h2>{title}</h2></summary>" in page


def test_self_contained_without_scripts(page: str) -> None:
    assert "<script" not in page.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page


# The report stays script-free: a wrapper page (this test's own) shows it in an iframe of the
# viewport's size and measures where its elements are.
_WRAPPER = """<!DOCTYPE html>
<html><head><style>body {{ margin: 0; }}
iframe {{ border: 0; width: {width}px; height: {height}px; display: block; }}</style></head>
<body><iframe id="report" srcdoc="{report}"></iframe><pre id="out"></pre>
<script>
document.getElementById("report").addEventListener("load", function () {{
  var doc = this.contentDocument, found = {{}};
  ["score", "headline", "fix-first"].forEach(function (id) {{
    var element = doc.getElementById(id);
    if (!element) {{ return; }}
    var box = element.getBoundingClientRect();
    found[id] = {{top: box.top, bottom: box.bottom, left: box.left, right: box.right,
                  visible: box.width > 0 && box.height > 0}};
  }});
  found.scrollWidth = doc.documentElement.scrollWidth;
  document.getElementById("out").textContent = JSON.stringify(found);
}});
</script></body></html>
"""


def test_score_headline_and_fix_first_fit_the_first_viewport(
    page: str, tmp_path: Path, chromium: Callable[..., str]
) -> None:
    width, height = VIEWPORT
    wrapper = tmp_path / "wrapper.html"
    wrapper.write_text(
        _WRAPPER.format(width=width, height=height, report=html.escape(page, quote=True)),
        encoding="utf-8",
    )
    dom = chromium(
        "--dump-dom",
        "--virtual-time-budget=5000",
        f"--window-size={width},{height}",
        wrapper.as_uri(),
    )
    match = re.search(r'<pre id="out">(.*?)</pre>', dom, re.DOTALL)
    assert match and match.group(1), dom[-500:]
    found = json.loads(html.unescape(match.group(1)))
    for element in ("score", "headline", "fix-first"):
        box = found[element]
        assert box["visible"], element
        assert box["top"] >= 0 and box["bottom"] <= height, (element, box)
        assert box["left"] >= 0 and box["right"] <= width, (element, box)
    assert found["scrollWidth"] <= width
