"""A computational biologist against a bioinformatics scientist posting: the tools of the
field are read (Nextflow and Snakemake as workflow managers, Seurat and Scanpy, Bioconductor,
DESeq2 as differential expression, GATK as variant calling, false discovery rate control as
multiple testing correction); "QC" in a list of analysis steps is quality control, never the
QC test tool; "our wet-lab scientists" are colleagues, not a lab skill asked for; "version
control with Git" is one requirement; "Wrote an R/Bioconductor package" shows R in use; Bash
implies the command line; "linear and mixed models" names linear models too."""

from __future__ import annotations

import pytest

from builders import assert_matched, posting_item, requirement_line, text_report
from gapcheck import extract

POSTING = """\
Bioinformatics Scientist II – Genomics Platform
Helix Therapeutics · Cambridge, MA (Hybrid)

About the role
Helix is building a single-cell and spatial genomics platform to find new targets in immunology.
We are looking for a Bioinformatics Scientist to design and run analysis pipelines for bulk and
single-cell RNA-seq, work closely with our wet-lab scientists, and turn large sequencing
datasets into decisions.

What you'll do
• Build, validate and maintain reproducible NGS pipelines (Nextflow or Snakemake) running on AWS
  Batch
• Analyze bulk RNA-seq, scRNA-seq and ATAC-seq data: QC, alignment, quantification, differential
  expression, clustering and cell-type annotation
• Develop statistical models for experimental design and hypothesis testing with the biology team
• Maintain analysis packages in R (Bioconductor, Seurat) and Python (Scanpy, pandas)
• Present results to scientists and leadership; write clear documentation

Requirements
• PhD in Bioinformatics, Computational Biology, Genetics or a related field, or an MS with 3+
  years of industry experience
• 2+ years of hands-on experience analyzing next-generation sequencing data
• Strong programming skills in Python and R; comfortable on the Linux command line
• Experience with workflow managers (Nextflow, Snakemake or WDL) and version control with Git
• Solid grounding in statistics, including linear models and multiple-testing correction
• Excellent communication skills and the ability to work in a cross-functional team

Nice to have
• Experience with Docker and cloud computing (AWS or GCP)
• Familiarity with spatial transcriptomics (Visium, MERFISH) or CRISPR screens
• Machine learning experience (scikit-learn, PyTorch)
• Publications in peer-reviewed journals

Helix Therapeutics is an equal opportunity employer. All qualified applicants will receive
consideration for employment without regard to race, color, religion, sex, sexual orientation,
gender identity, national origin, disability or veteran status.
"""

RESUME = """\
Priya Raman, PhD
Boston, MA · priya.raman@example.com · github.com/praman

SUMMARY
Computational biologist with 4 years of postdoctoral and industry experience analyzing
single-cell and bulk transcriptomic data. I build reproducible pipelines and explain the results
to bench scientists.

EXPERIENCE
Computational Biologist — Northfield Bio, Boston, MA (Mar 2023 – present)
- Built Nextflow pipelines for bulk RNA-seq (STAR, Salmon, DESeq2) running on AWS Batch; cut
  turnaround from 5 days to 1
- Analyzed 40+ scRNA-seq datasets with Seurat and Scanpy: QC, integration, clustering, and
  cell-type annotation
- Designed experiments with the immunology team and fitted mixed-effects models for time-course
  studies
- Packaged lab tools in Docker containers and maintained them in GitHub with CI

Postdoctoral Fellow — Dana Lab, Harvard Medical School (Sep 2020 – Feb 2023)
- Analyzed ATAC-seq and ChIP-seq data to map enhancer activity in T cells
- Wrote an R/Bioconductor package for peak annotation, used by 3 labs
- Trained a random forest classifier (scikit-learn) to predict cell states from chromatin
  accessibility
- Presented at 4 international conferences; mentored 2 graduate students

EDUCATION
PhD, Computational Biology — University of Michigan, 2020
   Thesis: Statistical methods for allele-specific expression in RNA-seq
BS, Biology and Statistics — University of Wisconsin–Madison, 2014

SKILLS
Languages: Python, R, Bash, SQL
Genomics: RNA-seq, scRNA-seq, ATAC-seq, ChIP-seq, variant calling (GATK)
Tools: Nextflow, Snakemake, Git, Docker, Linux, AWS, Slurm
Statistics: linear and mixed models, false discovery rate control, Bayesian inference

PUBLICATIONS
Raman P, et al. Enhancer dynamics in T-cell exhaustion. Nature Immunology (2022).
Raman P, Chen L. alleleR: allele-specific expression at scale. Bioinformatics (2021).
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


@pytest.mark.parametrize(
    "skill",
    [
        "data-pipelines",
        "differential-expression-analysis",
        "clustering",
        "experimental-design",
        "bioconductor",
        "seurat",
        "scanpy",
        "r",
        "nextflow",
        "next-generation-sequencing",
        "linear-regression",
    ],
)
def test_the_field_s_work_is_asked_and_shown(report, skill: str) -> None:
    assert_matched(report, skill)


def test_r_is_shown_in_use_by_a_package_written(report) -> None:
    assert not requirement_line(report, "r").listed_only


def test_workflow_managers_are_one_requirement_met_by_nextflow(report) -> None:
    line = assert_matched(report, "workflow-orchestration")
    assert {"nextflow", "snakemake", "wdl"} <= set(line.skills)
    assert line.credited_for == "nextflow"


def test_version_control_with_git_is_one_requirement(report) -> None:
    line = assert_matched(report, "version-control")
    assert line.skills == ("version-control", "git")


def test_qc_of_data_is_no_test_tool(report) -> None:
    skills = {s for line in report.requirements for s in line.skills}
    assert "hp-alm" not in skills
    assert "hp-alm" not in {s.id for s in report.extra}


def test_colleagues_in_the_lab_ask_for_no_lab_skill(report) -> None:
    skills = {s for line in report.requirements for s in line.skills}
    assert "laboratory-techniques" not in skills


def test_bash_implies_the_command_line(report) -> None:
    line = requirement_line(report, "command-line")
    assert line.credit_kind == "implied" and line.credited_through == "bash"


def test_multiple_testing_correction_implies_hypothesis_testing(report) -> None:
    line = requirement_line(report, "hypothesis-testing")
    assert line.credit_kind == "implied"
    assert line.credited_through == "multiple-testing-correction"


def test_the_report_is_a_strong_match(report) -> None:
    missing = {line.id for line in report.requirements if line.status == "missing"}
    assert missing == {"pandas", "cross-functional-collaboration", "crispr", "pytorch"}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Tools: QC, Jira, Selenium", True),
        ("- Logged and tracked defects in QC for 3 releases", True),
        ("- Ran QC, trimming and alignment of 200 samples with Python and R", False),
        ("- Led QC of incoming materials with SAP", False),
    ],
)
def test_the_qc_test_tool_needs_testing_beside_it(text: str, kept: bool) -> None:
    profile = extract("EXPERIENCE\nQA Analyst, Acme, 2019 - 2023\n" + text + "\n", kind="resume")
    assert ("hp-alm" in {s.id for s in profile.skills}) is kept


def test_examples_in_brackets_are_of_the_last_skill_only() -> None:
    profile = posting_item("Experience with Python, SQL and cloud platforms (AWS or GCP)")
    (group,) = profile.groups
    assert set(group.skills) == {"cloud-platforms", "aws", "google-cloud"}
    importance = {s.id: s.importance for s in profile.skills}
    assert importance["python"] == importance["sql"] == "required"


def test_a_language_with_a_library_asks_for_both() -> None:
    assert posting_item("Experience with Python with pandas").groups == ()
