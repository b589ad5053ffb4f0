"""A job posting saved from the web: schema.org JobPosting data, else the page's main text."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from builders import EXAMPLES
from gapcheck import Analyzer, read_document
from gapcheck.cli import app

runner = CliRunner()

POSTING = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    "title": "Data Engineer",
    "hiringOrganization": {"@type": "Organization", "name": "Acme Freight"},
    "description": "<p>We move freight.</p><h3>Requirements</h3>"
    "<ul><li>5+ years of Python</li><li>Kubernetes &amp; Docker</li></ul>",
    "skills": ["SQL", "Apache Airflow"],
    "qualifications": "Bachelor's degree in Computer Science",
}


def _page(head: str, body: str) -> bytes:
    return (
        "<!DOCTYPE html>\n<html><head><title>Jobs at Acme</title>"
        f"<style>li {{ color: red }}</style>{head}</head><body>"
        "<nav><a href='/'>Home</a> Careers Python Java</nav>"
        f"{body}"
        "<footer>© Acme · Privacy · Rust jobs</footer>"
        "<script>var tracker = 'Go';</script></body></html>"
    ).encode()


def test_json_ld_job_posting_is_read(tmp_path: Path) -> None:
    ld = f'<script type="application/ld+json">{json.dumps({"@graph": [POSTING]})}</script>'
    path = tmp_path / "posting.html"
    path.write_bytes(_page(ld, "<main><p>Apply now!</p></main>"))
    document = read_document(path)
    assert document.format == "html"
    lines = document.text.splitlines()
    assert lines[:2] == ["Data Engineer", "Acme Freight"]
    assert "- 5+ years of Python" in lines and "- Kubernetes & Docker" in lines
    assert "Skills" in lines and "- SQL" in lines and "- Apache Airflow" in lines
    assert "Bachelor's degree in Computer Science" in document.text
    assert "Apply now" not in document.text  # the structured data is the posting


def test_without_json_ld_the_main_text_is_read(tmp_path: Path) -> None:
    body = (
        "<header>Acme careers</header><main><h1>Data Engineer</h1>"
        "<p>We move freight across the Midwest and need help with our data platform.</p>"
        "<h2>Requirements</h2><ul><li>5+ years of Python</li><li>SQL</li>"
        "<li>Experience with Kubernetes</li></ul>"
        "<p>Competitive pay, remote-friendly, and a team that writes things down.</p></main>"
    )
    path = tmp_path / "posting.htm"
    path.write_bytes(_page("", body))
    text = read_document(path).text
    assert text.startswith("Data Engineer\n")
    assert "- 5+ years of Python\n- SQL\n" in text
    for dropped in ("Home", "Careers", "Rust jobs", "tracker", "color", "Jobs at Acme"):
        assert dropped not in text


def test_an_html_posting_is_analysed_with_its_title(tmp_path: Path) -> None:
    ld = f'<script type="application/ld+json">{json.dumps(POSTING)}</script>'
    path = tmp_path / "posting.html"
    path.write_bytes(_page(ld, ""))
    report = Analyzer().analyze(EXAMPLES / "resume_data_engineer.txt", path)
    assert report.job_title == "Data Engineer"
    assert {"python", "kubernetes", "sql"} <= {r.id for r in report.requirements}


def test_an_html_job_from_standard_input() -> None:
    ld = f'<script type="application/ld+json">{json.dumps(POSTING)}</script>'
    resume = EXAMPLES / "resume_data_engineer.txt"
    result = runner.invoke(app, [str(resume), "-", "--json"], input=_page(ld, ""))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["job_title"] == "Data Engineer"
    assert any(k["term"] == "Kubernetes" for k in data["keywords"])


def test_a_broken_json_ld_block_falls_back_to_the_page(tmp_path: Path) -> None:
    path = tmp_path / "posting.html"
    body = "<main><h1>Data Engineer</h1><p>" + "Python and SQL every day. " * 10 + "</p></main>"
    path.write_bytes(_page('<script type="application/ld+json">{"@type": </script>', body))
    document = read_document(path)
    assert document.text.startswith("Data Engineer")
    assert any("not valid JSON" in warning for warning in document.warnings)
