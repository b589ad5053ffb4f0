"""A warehouse lead against a logistics-coordinator posting: a resume whose dated entries come
right after its header, with no "Experience" heading, has experience; "Skills &
Certifications" is a skills list; a diploma is no other skill; "logistics, transportation or
warehouse coordination" is one group; SAP EWM names SAP and is a WMS; a degree's field may
follow a comma; forklift operation and its certification are skills of their own."""

from __future__ import annotations

import pytest

from builders import requirement_line
from gapcheck import analyze, extract

POSTING = """\
Logistics Coordinator (Inbound & Outbound)
Meridian Foods Distribution | Joliet, IL | Full-time, day shift

Meridian moves 4,000 pallets a week to grocery chains across the Midwest.

What you'll be doing
* Schedule inbound and outbound loads with carriers and book appointments in our TMS.
* Track shipments, resolve delays and damages, and keep customers informed.
* Maintain accurate inventory records in SAP and run weekly cycle counts.
* Prepare bills of lading, packing lists and customs paperwork for Canadian orders.
* Audit freight invoices and flag billing discrepancies to accounting.

What we're looking for
* 2+ years in logistics, transportation or warehouse coordination.
* Working knowledge of a WMS or TMS (SAP, Manhattan or Blue Yonder a plus).
* Advanced Excel: VLOOKUP, pivot tables.
* Strong organizational skills and attention to detail; calm on the phone with drivers.
* High school diploma required; associate degree in supply chain management preferred.
* Forklift certification is a plus but not required; we train on site.
* Bilingual English/Spanish is a plus.

Benefits: medical, dental, 401(k) match, paid time off.
"""

RESUME = """\
Luis Ortega
Joliet, IL 60435 | (815) 555-0198 | luis.ortega@example.com

Shipping & Receiving Lead — Prairie Cold Storage, Romeoville, IL — 2020 to present
- Coordinated 60+ inbound and outbound trucks a day with carriers and dispatch.
- Kept inventory accurate in SAP EWM; ran daily cycle counts (99.6% accuracy).
- Prepared bills of lading and packing lists; handled cross-border paperwork for Canada.
- Trained 8 new associates on RF scanners and safety procedures.

Warehouse Associate — Target Distribution Center, Joliet, IL — 2017 to 2020
- Picked and staged orders; operated sit-down and reach forklifts.
- Resolved damaged-freight claims with the transportation team.

Education
Joliet Junior College — Associate of Applied Science, Logistics and Supply Chain, 2019
Joliet West High School — Diploma, 2016

Skills & Certifications
SAP EWM, Microsoft Excel (VLOOKUP, pivot tables), OSHA 10, Forklift certified (2017),
inventory control, freight claims, bilingual English/Spanish
"""


@pytest.fixture(scope="module")
def report():
    return analyze(RESUME, POSTING)


def test_entries_right_after_the_header_are_experience() -> None:
    resume = extract(RESUME)
    assert [s.name for s in resume.sections] == ["header", "experience", "education", "skills"]
    assert {e.section for e in resume.entries} == {"experience"}
    assert resume.skill("sap-ewm").usage == "experience"


def test_a_header_without_entries_stays_a_header() -> None:
    resume = extract("Jane Doe\nBoston, MA | jane@example.com\n\nSKILLS\nPython, SQL\n")
    assert [s.name for s in resume.sections] == ["header", "skills"]


def test_a_diploma_is_no_other_skill(report) -> None:
    assert not any(
        s.startswith("other:") and "diploma" in s for r in report.requirements for s in r.skills
    )


def test_a_list_that_ends_in_or_is_one_group_with_its_years(report) -> None:
    line = requirement_line(report, "logistics")
    assert set(line.skills) == {"logistics", "other:transportation", "other:warehouse-coordination"}
    assert (line.status, line.min_years) == ("matched", 2.0)


def test_sap_ewm_names_sap_and_is_a_wms(report) -> None:
    (sap,) = [r for r in report.requirements if r.skills == ("sap",)]
    assert (sap.status, sap.credit_kind) == ("matched", "direct")
    (wms,) = [r for r in report.requirements if r.skills == ("wms-software",)]
    assert wms.credit_kind == "implied"
    # "(SAP, Manhattan or Blue Yonder a plus)": the vendors' warehouse systems, one choice.
    (vendors,) = [r for r in report.requirements if set(r.skills) == {"sap", "wms-software"}]
    assert (vendors.importance, vendors.status) == ("preferred", "matched")


def test_a_field_after_a_comma_and_and(report) -> None:
    (degree,) = report.education
    assert degree.status == "matched"


def test_forklifts(report) -> None:
    assert requirement_line(report, "forklift-certification").status == "matched"
    resume = extract(RESUME)
    assert resume.skill("forklift-operation").usage == "experience"
