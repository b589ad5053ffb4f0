"""A UK quantity surveyor's CV against a main contractor's posting: the commercial work of
construction (cost plans, bills of quantities under NRM2, subcontract packages, valuations,
CVRs, compensation events, final accounts), its contracts (NEC, JCT) and CostX are read, with
the RICS APC; "NEC" beside contract words is the New Engineering Contract, not the National
Electrical Code; "Degree in Quantity Surveying" asks for a degree in that field; "CostX or
similar measurement software, and Excel" asks for Excel besides; "Intermediate" is a rank."""

from __future__ import annotations

from builders import assert_matched, posting_item, text_report

POSTING = """\
Intermediate Quantity Surveyor
Harrowgate Construction Ltd — Leeds

Key responsibilities
• Prepare cost plans and estimates at RIBA Stages 2–4
• Produce bills of quantities and measure works in accordance with NRM2
• Tender, appoint and manage subcontract packages; prepare subcontract orders
• Carry out monthly valuations and applications for payment; prepare CVRs
• Assess and agree variations and compensation events under NEC4 and JCT contracts
• Agree final accounts with the client and subcontractors

About you
• Degree in Quantity Surveying or a related construction discipline (RICS accredited)
• Good working knowledge of NEC and JCT forms of contract
• Proficient in CostX or similar measurement software, and Excel
"""

RESUME = """\
Oliver Bannister BSc (Hons)
Wakefield, West Yorkshire · 07700 900 412 · oliver.bannister@example.co.uk

CAREER HISTORY
Assistant Quantity Surveyor → Quantity Surveyor
Calderbrook Building Ltd, Wakefield — Sept 2021 to present
• Manage 14 subcontract packages worth £9m: tender analysis, orders, monthly valuations
• Produce monthly CVRs and cost reports for the commercial manager
• Prepare and agree compensation events with the NEC project manager
• Measure groundworks from drawings in CostX; helped prepare RIBA Stage 3 cost plans
• Took off quantities for bills of quantities under NRM2
• Agreed the final account on a £6m care home six weeks after practical completion

EDUCATION
BSc (Hons) Quantity Surveying — Leeds Beckett University (RICS accredited), 2017 – 2021

SKILLS
CostX · Excel (advanced) · NEC3/NEC4 · JCT 2016
"""


def test_a_quantity_surveyor_against_a_contractors_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "quantity-surveying",
        "cost-estimating",
        "bills-of-quantities",
        "subcontract-procurement",
        "interim-valuations",
        "cost-value-reconciliation",
        "construction-change-management",
        "final-accounts",
        "construction-contracts",
        "costx",
        "microsoft-excel",
    ):
        assert_matched(report, skill)
    asked = {s for r in report.requirements for s in r.skills}
    assert "national-electrical-code" not in asked
    assert "microsoft-excel" not in assert_matched(report, "costx").skills
    (degree,) = report.education
    assert degree.fields == ("quantity-surveying",) and degree.status == "matched"
    assert report.title_match is not None and report.title_match.matches


def test_an_electricians_nec_is_still_the_electrical_code() -> None:
    item = posting_item("- Install conduit and wiring to NEC and local electrical codes")
    ids = {s.id for s in item.skills}
    assert "national-electrical-code" in ids and "construction-contracts" not in ids
