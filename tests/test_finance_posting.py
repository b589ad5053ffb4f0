"""A staff-accountant posting: the degree's fields as written, a tool asked in the duties and
accepted as one of a group in the qualifications, and "another ERP" met by any ERP."""

from __future__ import annotations

import pytest

from gapcheck import analyze, extract
from gapcheck.tailor import resume_tips

POSTING = """\
Staff Accountant

What you will do
- Own month-end close: journal entries, accruals and reconciliations
- Process vendor payments and customer invoicing in NetSuite

What we are looking for
- Bachelor's degree in Accounting or Finance
- 2+ years of general ledger accounting
- Experience with NetSuite or another ERP
- Advanced Excel skills
"""

RESUME = """\
Jordan Lee
jordan.lee@example.com | 555-010-7788

EXPERIENCE
Accounting Associate, Harbor Supply Co.
Jun 2021 - Present
- Prepare monthly journal entries and reconcile 40 balance sheet accounts
- Run weekly vendor payment runs in Sage Intacct

EDUCATION
B.S. in Accounting, Lakeshore University, 2021

SKILLS
Excel, GAAP, Sage Intacct, account reconciliation, month-end close
"""


def test_every_field_of_a_degree_is_read_as_written() -> None:
    (degree,) = extract(POSTING, kind="job").education
    assert degree.fields == ("accounting", "finance")
    (held,) = extract(RESUME, kind="resume").education
    assert held.fields == ("accounting",)
    report = analyze(RESUME, POSTING)
    assert [e.status for e in report.education] == ["matched"]


def test_a_tool_of_the_duties_accepted_in_a_group_is_asked_once() -> None:
    report = analyze(RESUME, POSTING)
    with_netsuite = [r.skills for r in report.requirements if "netsuite" in r.skills]
    assert with_netsuite == [("netsuite", "erp")]


def test_another_erp_is_met_in_full_by_any_erp() -> None:
    report = analyze(RESUME, POSTING)
    (erp,) = [r for r in report.requirements if "erp" in r.skills]
    assert erp.status == "matched"
    assert erp.credit == 1.0
    assert "Sage Intacct" in " ".join(e.text for e in erp.evidence)


def test_a_kind_named_alone_is_still_met_only_through_a_narrower_skill() -> None:
    posting = "Requirements\n- Experience with an ERP system\n"
    report = analyze(RESUME, posting)
    (erp,) = report.requirements
    assert erp.status == "partial"
    assert erp.credit_kind == "implied"


def test_a_tip_names_each_place_once() -> None:
    resume = RESUME.replace("Excel, GAAP,", "Excel, GAAP and US GAAP,")
    report = analyze(resume, "Requirements\n- Working knowledge of US GAAP\n")
    tips = [t for t in resume_tips(report, resume_text=resume) if "only lists it (" in t.message]
    assert tips  # GAAP and US GAAP: two mentions on one line
    for tip in tips:
        places = tip.message.split("only lists it (")[-1].split(")")[0]
        parts = places.split("; ")
        assert len(parts) == len(set(parts)), tip.message


def test_a_group_of_disciplines_without_another_is_no_kind_group() -> None:
    resume = "EXPERIENCE\n- Built CI/CD pipelines in GitHub Actions for 20 services\n"
    posting = "Requirements\n- 4+ years in SRE, DevOps or backend engineering\n"
    (group,) = analyze(resume, posting).requirements
    assert group.credit_kind != "direct"  # CI/CD implies DevOps, it is not "another DevOps"


def test_tools_after_a_degree_field_stay_skills() -> None:
    posting = "Requirements\n- Bachelor's degree in Computer Science, Java, Python\n"
    profile = extract(posting, kind="job")
    assert {"java", "python"} <= {s.id for s in profile.skills}
    assert profile.education[0].fields == ("computer-science",)


@pytest.mark.parametrize(
    ("line", "members"),
    [
        ("Experience with Kafka or Redpanda", ("apache-kafka", "other:redpanda")),
        ("Experience in logistics or transportation", ("logistics", "other:transportation")),
    ],
)
def test_a_skill_outside_the_taxonomy_joins_an_either_or_group(
    line: str, members: tuple[str, ...]
) -> None:
    posting = f"Requirements\n- {line}\n"
    assert [g.skills for g in extract(posting, kind="job").groups] == [members]
    report = analyze(RESUME, posting)
    assert [r.skills for r in report.requirements] == [members]  # one requirement, not two
