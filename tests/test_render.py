"""The four renderers of a GapReport: terminal text, Markdown, JSON and HTML."""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from rich.console import Console

from gapcheck.models import (
    CategoryCoverage,
    EducationResult,
    Evidence,
    ExtraSkill,
    GapReport,
    RequirementResult,
    ScoreWeights,
)
from gapcheck.render import render_html, render_json, render_markdown, render_text

WEIGHTS = ScoreWeights()
CATEGORY_NAMES = {
    "programming_languages": "Programming languages",
    "machine_learning": "Machine learning",
    "big_data": "Big data",
    "cloud": "Cloud",
    "devops": "DevOps",
    "databases": "Databases",
    "education": "Education",
}
ANSI = re.compile(r"\x1b\[")
PYTHON_LINE = "Built Python services for model serving at Acme (FastAPI, Celery)"


def evidence(skill: str, name: str, text: str, section: str, line: int, context: str) -> Evidence:
    start = 40 * line + context.find(text)
    return Evidence(
        skill=skill,
        name=name,
        text=text,
        section=section,
        line=line,
        start=start,
        end=start + len(text),
        context=context,
    )


def requirement(
    skills: dict[str, str],
    category: str,
    importance: str,
    status: str,
    credit: float,
    reason: str,
    **fields: object,
) -> RequirementResult:
    return RequirementResult(
        id="|".join(skills),
        label=" or ".join(skills.values()),
        skills=tuple(skills),
        names=tuple(skills.values()),
        category=category,
        importance=importance,
        status=status,
        credit=credit,
        weight=WEIGHTS.required if importance == "required" else WEIGHTS.preferred,
        reason=reason,
        **fields,
    )


def sample_report(
    *,
    aws_context: str = "Deployed inference endpoints on AWS (SageMaker, Lambda)",
    job_title: str = "Senior AI Engineer",
) -> GapReport:
    """A report with every kind of result, its score and categories worked out by the formula."""
    requirements = (
        requirement(
            {"python": "Python"},
            "programming_languages",
            "required",
            "matched",
            1.0,
            "The resume shows Python.",
            min_years=3,
            resume_years=5.5,
            credit_kind="direct",
            credited_through="python",
            job_text="3+ years of Python in production",
            evidence=(evidence("python", "Python", "Python", "experience", 14, PYTHON_LINE),),
        ),
        requirement(
            {"deep-learning-frameworks": "Deep learning frameworks"},
            "machine_learning",
            "required",
            "partial",
            WEIGHTS.implied,
            "Not named, but implied by PyTorch, which the resume shows.",
            credit_kind="implied",
            credited_through="pytorch",
            evidence=(
                evidence(
                    "pytorch",
                    "PyTorch",
                    "PyTorch",
                    "experience",
                    16,
                    "Trained PyTorch models for demand forecasting across 300 stores",
                ),
            ),
            job_text="Hands-on experience with deep learning frameworks",
        ),
        requirement(
            {"apache-spark": "Apache Spark"},
            "big_data",
            "preferred",
            "partial",
            WEIGHTS.related,
            "Not shown; the related skill Dask earns partial credit.",
            credit_kind="related",
            credited_through="dask",
            evidence=(
                evidence(
                    "dask",
                    "Dask",
                    "Dask",
                    "projects",
                    30,
                    "Parallelised feature pipelines with Dask on a 12-node cluster",
                ),
            ),
        ),
        requirement(
            {"aws": "AWS"},
            "cloud",
            "required",
            "partial",
            max(WEIGHTS.years_floor, 2 / 5),
            "The resume shows AWS; 2 years of experience where 5+ are asked.",
            min_years=5,
            resume_years=2,
            years_shortfall=True,
            credit_kind="direct",
            credited_through="aws",
            evidence=(evidence("aws", "AWS", "AWS", "experience", 20, aws_context),),
        ),
        requirement(
            {"docker": "Docker"},
            "devops",
            "required",
            "matched",
            WEIGHTS.listed_only,
            "The resume shows Docker; listed but not demonstrated in experience or projects.",
            listed_only=True,
            credit_kind="direct",
            credited_through="docker",
            evidence=(
                evidence(
                    "docker", "Docker", "Docker", "skills", 40, "Tools: Docker, Git, Linux, Bash"
                ),
            ),
        ),
        requirement(
            {"kubernetes": "Kubernetes"},
            "devops",
            "required",
            "missing",
            0.0,
            "The resume does not show Kubernetes.",
            job_text="Experience running workloads on Kubernetes",
        ),
        requirement(
            {"postgresql": "PostgreSQL", "mysql": "MySQL"},
            "databases",
            "preferred",
            "matched",
            1.0,
            "The resume shows PostgreSQL (one of the group).",
            credit_kind="direct",
            credited_through="postgresql",
            evidence=(
                evidence(
                    "postgresql",
                    "PostgreSQL",
                    "PostgreSQL",
                    "experience",
                    18,
                    "Designed PostgreSQL schemas for the feature store",
                ),
            ),
        ),
        requirement(
            {"terraform": "Terraform"},
            "cloud",
            "preferred",
            "missing",
            0.0,
            "The resume does not show Terraform.",
        ),
    )
    education = (
        EducationResult(
            level="bachelors-degree",
            level_name="Bachelor's degree",
            fields=("computer-science",),
            importance="required",
            status="matched",
            credit=1.0,
            weight=WEIGHTS.required,
            resume_degree="B.Sc. Computer Science, University of Leeds, 2016",
            # as compare() writes it: lower case, no full stop; a posting line with its bullet
            reason="the resume shows 'B.Sc. Computer Science', which meets Bachelor's degree",
            job_text="- Bachelor's degree in Computer Science or a related field",
        ),
    )
    extra = (
        ExtraSkill(
            id="ray",
            name="Ray",
            category="big_data",
            related_gaps=("apache-spark",),
            evidence=evidence(
                "ray",
                "Ray",
                "Ray",
                "projects",
                31,
                "Scaled hyperparameter search with Ray Tune on spot instances",
            ),
        ),
        ExtraSkill(id="figma", name="Figma", category="design"),
    )
    rows: dict[str, list[RequirementResult | EducationResult]] = {}
    for result in requirements:
        rows.setdefault(result.category, []).append(result)
    rows["education"] = list(education)
    categories = tuple(
        CategoryCoverage(
            id=category_id,
            name=CATEGORY_NAMES[category_id],
            requirements=len(results),
            matched=sum(r.status == "matched" for r in results),
            partial=sum(r.status == "partial" for r in results),
            missing=sum(r.status == "missing" for r in results),
            coverage=round(
                sum(r.weight * r.credit for r in results) / sum(r.weight for r in results), 4
            ),
        )
        for category_id, results in rows.items()
    )
    scored = [*requirements, *education]
    score = 100 * sum(r.weight * r.credit for r in scored) / sum(r.weight for r in scored)
    return GapReport(
        score=round(score, 1),
        resume="resume_jane_doe.pdf",
        job="job_ai_engineer.txt",
        job_title=job_title,
        requirements=requirements,
        education=education,
        extra=extra,
        categories=categories,
        weights=WEIGHTS,
        resume_experience_years=6.5,
        job_experience_years=5,
    )


def empty_report() -> GapReport:
    return GapReport(score=0.0, requirements=())


def plain_text(report: GapReport, width: int = 160) -> str:
    console = Console(file=io.StringIO(), force_terminal=False, width=width)
    render_text(report, console, full=True)
    return console.file.getvalue()


HOSTILE = "<script>alert(1)</script> AWS [b]x[/b] | *t* & `x`"


# ------------------------------------------------------------------------------------------
# The sample itself


def test_sample_score_follows_the_formula():
    # 3 + 3*0.75 + 0.4 + 3*0.5 + 3*0.9 + 0 + 1 + 0 + 3 = 13.85 of 21 weight points
    assert sample_report().score == 66.0


# ------------------------------------------------------------------------------------------
# Text


def test_text_plain_console_has_no_ansi_codes():
    output = plain_text(sample_report())
    assert not ANSI.search(output)
    assert "Score 66/100" in output


def test_text_terminal_console_is_coloured():
    console = Console(file=io.StringIO(), force_terminal=True, color_system="truecolor", width=160)
    render_text(sample_report(), console)
    assert ANSI.search(console.file.getvalue())


def test_text_header_names_score_points_counts_and_sources():
    output = plain_text(sample_report())
    assert "Skill gap report: Senior AI Engineer" in output
    assert "13.85 of 21 weight points" in output
    assert "✓ 4 matched · ◐ 3 partial · ✗ 2 missing of 9 requirements" in output
    assert "Resume: resume_jane_doe.pdf" in output
    assert "Job: job_ai_engineer.txt" in output
    assert "6.5 years of dated experience shown, 5+ asked (not part of the score)" in output


def _table_row(output: str, label: str) -> tuple[str, str]:
    """The table line of a requirement and the evidence lines under it."""
    lines = [line.removeprefix(" ") for line in _section(output, "Requirements").splitlines()]
    for n, line in enumerate(lines):
        if line[:1] in "✓◐✗" and line[1:].lstrip().startswith(label + " "):
            following = []
            for below in lines[n + 1 :]:
                if below[:1] in "✓◐✗":
                    break
                following.append(below.strip())
            return line, " ".join(following)
    raise AssertionError(f"no table row for {label}")


def test_text_requirement_rows_show_status_years_credit_points_and_evidence():
    output = plain_text(sample_report(), width=160)
    python, python_evidence = _table_row(output, "Python")
    assert python.startswith("✓")
    for expected in ("required", "3+ / 5.5", "shown", "3/3"):
        assert f" {expected} " in python + " "
    assert python_evidence == (
        "experience:14 Built Python services for model serving at Acme (FastAPI, Celery)"
    )
    implied, evidence = _table_row(output, "Deep learning frameworks")
    assert implied.startswith("◐") and "implied by PyTorch" in implied and "2.25/3" in implied
    assert evidence.startswith("experience:16 Trained PyTorch models")
    spark, evidence = _table_row(output, "Apache Spark")
    assert "preferred" in spark and "related: Dask" in spark and "0.4/1" in spark
    assert evidence.startswith("projects:30 ")
    aws, _ = _table_row(output, "AWS")
    assert "5+ / 2" in aws and "shown, fewer years" in aws and "1.5/3" in aws
    docker, evidence = _table_row(output, "Docker")
    assert "shown, listed only" in docker and "2.7/3" in docker
    assert evidence == "skills:40 Tools: Docker, Git, Linux, Bash"
    kubernetes, evidence = _table_row(output, "Kubernetes")
    assert kubernetes.startswith("✗") and "not shown" in kubernetes and "0/3" in kubernetes
    assert evidence == ""
    group, _ = _table_row(output, "PostgreSQL or MySQL")
    assert "shown (PostgreSQL)" in group and "1/1" in group


def test_text_table_keeps_every_column_on_an_80_column_terminal():
    output = plain_text(sample_report(), width=80)
    assert max(len(line) for line in output.splitlines()) <= 80
    rows = [line for line in _section(output, "Requirements").splitlines() if line[1:2] in "✓◐✗"]
    assert len(rows) == 8
    points = [line.split()[-1] for line in rows]
    assert points == ["3/3", "2.25/3", "0.4/1", "1.5/3", "2.7/3", "0/3", "1/1", "0/1"]


def test_text_long_evidence_is_cut_around_the_match_on_narrow_consoles():
    long_line = "Led " + "a very long list of duties, " * 6 + "all of it on AWS and then some more"
    output = plain_text(sample_report(aws_context=long_line + " " + long_line), width=60)
    _, evidence = _table_row(output, "AWS")
    assert "experience:20 …" in evidence
    assert "on AWS" in evidence and evidence.endswith("…")
    assert max(len(line) for line in output.splitlines()) <= 60


def _section(output: str, title: str) -> str:
    after = output.split("\n" + title + "\n", 1)[1]
    return after.split("\n\n", 1)[0]


def test_text_gaps_are_grouped_by_category_missing_first():
    gaps = _section(plain_text(sample_report()), "Gaps by category")
    lines = [line.strip() for line in gaps.splitlines()]
    cloud = lines.index("Cloud")
    assert lines[cloud + 1].startswith("✗ Terraform (preferred): The resume does not show")
    assert lines[cloud + 2].startswith("◐ AWS (required): The resume shows AWS; 2 years")
    assert "posting: Experience running workloads on Kubernetes" in gaps
    assert "Python" not in gaps and "Docker" not in gaps
    # categories in the report's order
    assert [c for c in ("Machine learning", "Big data", "Cloud", "DevOps") if c in lines] == [
        "Machine learning",
        "Big data",
        "Cloud",
        "DevOps",
    ]


def test_text_flags_education_extras_coverage_and_formula():
    output = plain_text(sample_report())
    listed = _section(output, "Listed but not demonstrated")
    assert "Docker: only in skills" in listed and "Python" not in listed
    education = [line.strip() for line in _section(output, "Education").splitlines()]
    assert education == [
        "✓ Bachelor's degree (required, 3/3 points): The resume shows 'B.Sc. Computer Science', "
        "which meets Bachelor's degree.",
        "resume: B.Sc. Computer Science, University of Leeds, 2016",
        "posting: Bachelor's degree in Computer Science or a related field",
    ]
    extras = _section(output, "Skills that speak to the gaps")
    assert [line.strip() for line in extras.splitlines()] == [
        "+ Ray relates to Apache Spark",
        "projects:31 Scaled hyperparameter search with Ray Tune on spot instances",
    ]
    assert "Also on the resume, not asked for: Figma" in output
    coverage = _section(output, "Coverage by category")
    devops = next(line for line in coverage.splitlines() if line.startswith("DevOps"))
    assert "45%" in devops and devops.rstrip().endswith("45%  1 matched, 1 missing")
    assert "█" * 11 + "░" * 13 in devops  # 0.45 of 24 cells
    assert "Points: shared in the ratio required 3 : preferred 1;" in output
    assert "times 0.9 when the skill is only listed" in output


def test_text_is_deterministic_and_does_not_interpret_document_markup():
    report = sample_report(aws_context=HOSTILE)
    first, second = plain_text(report), plain_text(report)
    assert first == second
    assert "[b]x[/b]" in first


def test_text_of_a_report_without_requirements():
    output = plain_text(empty_report())
    assert "Score 0/100" in output
    assert "names no skill requirement" in output
    assert "Gaps by category" not in output


# ------------------------------------------------------------------------------------------
# Markdown


def test_markdown_has_headings_and_a_row_per_requirement():
    markdown = render_markdown(sample_report())
    assert markdown.startswith("# Skill gap report: Senior AI Engineer\n")
    assert "**Score 66/100: 3 of 6 required items met;" in markdown
    assert "13.85 of 21 weight points" in markdown
    for heading in (
        "Requirements",
        "Gaps by category",
        "Listed but not demonstrated",
        "Education",
        "Skills that speak to the gaps",
        "Coverage by category",
    ):
        assert f"\n## {heading}\n" in markdown
    table = _markdown_table(markdown, "| status | requirement |")
    assert len(table) == 2 + 8
    assert table[2].startswith(
        "| ✓ matched | Python | required | 3+ / 5.5 | shown | 3/3 | experience, line 14: "
        "Built **Python** services"
    )
    assert table[3].startswith(
        "| ◐ partial | Deep learning frameworks | required |  | implied by PyTorch | 2.25/3 |"
    )
    assert "| ✗ missing | Kubernetes | required |  | not shown | 0/3 | – |" in markdown


def _markdown_table(markdown: str, header: str) -> list[str]:
    start = markdown.index(header)
    block = markdown[start:].split("\n\n", 1)[0]
    return block.splitlines()


def test_markdown_gaps_education_extras_and_coverage():
    markdown = render_markdown(sample_report())
    cloud = markdown.split("### Cloud\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert cloud[0].startswith("- ✗ **Terraform** (preferred): The resume does not show")
    assert cloud[1].startswith("- ◐ **AWS** (required)")
    assert "- **Docker**: only in skills" in markdown
    assert "- ✓ matched: **Bachelor's degree** (required, 3/3 points)" in markdown
    assert (
        "- **Ray** relates to Apache Spark (projects, line 31: Scaled hyperparameter search "
        "with **Ray** Tune" in markdown
    )
    assert "| DevOps | █████░░░░░ | 45% | 1 | 0 | 1 |" in markdown
    assert "Credit: 1 when the resume shows the skill" in markdown


def test_markdown_escapes_document_text():
    markdown = render_markdown(sample_report(aws_context=HOSTILE, job_title="AI | ML <Lead>"))
    assert "<script>" not in markdown
    assert "\\<script\\>alert(1)\\</script\\> **AWS** \\[b\\]x\\[/b\\] \\| \\*t\\* \\& \\`x\\`" in (
        markdown
    )
    assert "# Skill gap report: AI \\| ML \\<Lead\\>" in markdown
    row = next(line for line in markdown.splitlines() if line.startswith("| ◐ partial | AWS |"))
    # the escaped pipe keeps the row at 8 cells
    assert len(re.split(r"(?<!\\)\|", row)) == 9


# ------------------------------------------------------------------------------------------
# JSON


def test_json_holds_the_report_and_nothing_else():
    text = render_json(sample_report())
    assert text.endswith("}\n")
    data = json.loads(text)
    assert data["schema_version"] == 3
    assert data["score"] == 66.0
    for key in ("matched", "partial", "missing", "extra", "categories", "requirements"):
        assert key in data
    assert [r["id"] for r in data["matched"]] == ["python", "docker", "postgresql|mysql"]
    assert [r["id"] for r in data["partial"]] == ["deep-learning-frameworks", "apache-spark", "aws"]
    assert [r["id"] for r in data["missing"]] == ["kubernetes", "terraform"]
    for entry in data["matched"] + data["partial"] + data["missing"]:
        assert {"id", "label", "skills", "names", "importance", "reason"} <= entry.keys()
    group = data["matched"][2]
    assert group["skills"] == ["postgresql", "mysql"]
    assert group["names"] == ["PostgreSQL", "MySQL"]
    assert [(e["id"], e["name"]) for e in data["extra"]] == [("ray", "Ray"), ("figma", "Figma")]
    assert data["categories"][0] == {
        "id": "programming_languages",
        "name": "Programming languages",
        "requirements": 1,
        "matched": 1,
        "partial": 0,
        "missing": 0,
        "coverage": 1.0,
    }


def test_json_round_trips_to_the_same_report():
    report = sample_report(aws_context=HOSTILE)
    data = json.loads(render_json(report))
    for computed in ("matched", "partial", "missing"):
        del data[computed]
    assert GapReport.model_validate(data) == report


# ------------------------------------------------------------------------------------------
# HTML


def test_html_is_one_self_contained_page():
    page = render_html(sample_report())
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page
    assert "<style>" in page and "@media print" in page
    for external in ("<script", "<link", " src=", " href=", "@import", "url("):
        assert external not in page


def test_html_shows_score_requirements_gaps_education_and_extras():
    page = render_html(sample_report())
    assert '<div class="score medium" id="score">66.0' in page
    assert "13.85 of 21 weight points" in page
    assert page.count("<tr>") == 1 + 8
    assert (
        '<tr><td><span class="badge partial">◐ partial</span></td>'
        "<td><b>Deep learning frameworks</b>"
    ) in page
    assert '<td>implied by PyTorch</td><td class="num">2.25/3</td>' in page
    assert "Trained <mark>PyTorch</mark> models" in page
    assert "Not shown; the related skill Dask earns partial credit." in page
    gaps = page.split("<h3>Cloud</h3>", 1)[1].split("</ul>", 1)[0]
    assert gaps.index("Terraform") < gaps.index("AWS")
    assert "<b>Docker</b>: only in skills" in page
    assert "Resume: “B.Sc. Computer Science, University of Leeds, 2016”" in page
    assert "Posting: “Bachelor&#x27;s degree in Computer Science or a related field”" in page
    assert (
        "The resume shows &#x27;B.Sc. Computer Science&#x27;, which meets Bachelor&#x27;s" in page
    )
    assert "<b>Ray</b> relates to Apache Spark" in page
    assert "Also on the resume, not asked for: Figma" in page
    assert "Points: shared in the ratio required 3 : preferred 1;" in page


def test_html_coverage_chart_is_valid_svg_with_a_bar_per_category():
    report = sample_report()
    page = render_html(report)
    svg = ET.fromstring(re.search(r"<svg.*?</svg>", page, re.S).group(0))
    ns = {"svg": "http://www.w3.org/2000/svg"}
    assert svg.get("role") == "img"
    assert svg.find("svg:title", ns).text == "Coverage of the job's requirements by category"
    bars = svg.findall("svg:rect", ns)
    assert len(bars) == 2 * len(report.categories)
    widths = [float(bar.get("width")) for bar in bars[1::2]]
    assert widths == [round(300 * c.coverage, 1) for c in report.categories]
    labels = [t.text for t in svg.findall("svg:text", ns)]
    assert labels[0:2] == ["Programming languages", "100%"]
    assert "DevOps" in labels and "45%" in labels


def test_html_escapes_every_piece_of_document_text():
    page = render_html(sample_report(aws_context=HOSTILE, job_title="R&D <Lead>"))
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; <mark>AWS</mark> [b]x[/b] | *t* &amp; `x`" in page
    assert "<title>Skill gap report: R&amp;D &lt;Lead&gt;</title>" in page


def test_html_of_a_report_without_requirements():
    page = render_html(empty_report())
    assert "names no skill requirement" in page
    assert "<svg" not in page


def test_html_renders_in_headless_chromium(tmp_path: Path, chromium: Callable[..., str]):
    from PIL import Image

    page = tmp_path / "report.html"
    page.write_text(render_html(sample_report()), encoding="utf-8")
    dom = chromium("--dump-dom", page.as_uri())
    assert 'id="score">66.0' in dom
    assert "<svg" in dom and "Coverage of the job's requirements by category" in dom
    screenshot = tmp_path / "report.png"
    chromium(f"--screenshot={screenshot}", "--window-size=1200,1600", page.as_uri())
    with Image.open(screenshot) as image:
        assert image.size == (1200, 1600)
        grey = image.convert("L")
        inked = sum(grey.histogram()[:200])
    assert inked > 0.02 * 1200 * 1600  # text, table rules and bars, not a blank page
