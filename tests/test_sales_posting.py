"""An account-executive posting: a sales role named in an entry's title, a named sales method,
the second object of a verb of practice, and sales tools that are also everyday words."""

from __future__ import annotations

import pytest

from builders import entry_resume
from gapcheck import analyze, extract

RESUME = """\
MARCUS OYELARAN
marcus.oyelaran@example.com | (720) 555-0147

EXPERIENCE
Account Executive, Mid-Market - PeopleGrid, Denver, CO                2022 - Present
- Closed $1.9M in new ARR in 2024 (124% of quota)
- Ran discovery calls and product demonstrations for HR leaders; negotiated contracts
- Used MEDDPICC to qualify opportunities and kept the pipeline clean in Salesforce

Sales Development Representative - Ledgerly, Boulder, CO              2020 - 2022
- Booked 30+ meetings a month through Outreach sequences and cold calls

SKILLS
Salesforce, Gong, Outreach, MEDDPICC, Challenger Sale
"""

POSTING = """\
Account Executive

Requirements
- 3+ years of B2B SaaS sales experience
- Experience with a structured sales methodology (MEDDIC, Challenger or similar)
- Excellent negotiation skills
- Salesforce proficiency

Nice to have
- Gong or Outreach experience
"""


def _skills(text: str, kind: str) -> dict[str, object]:
    profile = extract(text, kind=kind)  # type: ignore[arg-type]
    return {s.id: s for s in profile.skills}


def test_a_sales_role_in_an_entrys_title_shows_sales_for_the_entrys_years() -> None:
    sales = _skills(RESUME, "resume")["sales"]
    assert sales.usage == "experience"  # type: ignore[attr-defined]
    assert sales.years is not None and sales.years >= 4  # type: ignore[attr-defined]


def test_a_named_method_an_object_and_a_past_action_are_shown_in_experience() -> None:
    found = _skills(RESUME, "resume")
    for skill in ("sales-methodologies", "presales", "negotiation"):
        assert found[skill].usage == "experience", skill  # type: ignore[attr-defined]


def test_an_account_executive_meets_the_posting() -> None:
    report = analyze(RESUME, POSTING)
    statuses = {r.skills: r.status for r in report.requirements}
    assert statuses[("sales",)] == "matched"
    assert statuses[("sales-methodologies",)] == "matched"
    assert statuses[("negotiation",)] == "matched"
    assert statuses[("gong", "outreach-io")] == "matched"


def test_evidence_is_one_line_once() -> None:
    report = analyze(RESUME, POSTING)
    for requirement in report.requirements:
        lines = [(e.section, e.line) for e in requirement.evidence]
        assert len(lines) == len(set(lines)), requirement.label


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Led community outreach for the food bank", "outreach-io"),
        ("Rang the gong at every closed deal", "gong"),
        ("Sent weekly PROJECT MANAGEMENT reports to the board", "project-management"),
    ],
)
def test_everyday_words_are_no_sales_tools_or_named_methods(text: str, skill: str) -> None:
    resume = entry_resume("Office Manager, Hillside Clinic, 2019 - 2023", text, dates=None)
    assert skill not in _skills(resume, "resume")
