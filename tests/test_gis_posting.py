"""A county GIS technician against an environmental consultancy's GIS analyst posting: Esri's
field apps (Survey123, Field Maps), geodatabases, ArcPy (Python on ArcGIS), remote sensing and
coordinate systems are skills of their own; "coordinate systems / map projections" names one
skill, not a choice beside remote sensing; a stormwater "retrofit" is no Android library; a
skill's parts all shown but only listed earn what the skill listed would."""

from __future__ import annotations

from builders import assert_matched, requirement_line, text_report
from gapcheck import extract

POSTING = """\
GIS Analyst – Environmental Services
Harbor & Pine Environmental Consulting | Portland, OR | Hybrid

Responsibilities:
• Create and maintain geodatabases for field data collected with Survey123 and Field Maps
• Perform spatial analysis (buffers, overlays, watershed delineation) in ArcGIS Pro
• Automate repetitive geoprocessing tasks with Python (ArcPy) and ModelBuilder

Qualifications:
• 2+ years of professional GIS experience
• Working knowledge of remote sensing and coordinate systems / map projections

Preferred:
• GISP certification
"""

RESUME = """\
Priya Raman
Tacoma, WA · (253) 555-0188 · priya.raman@example.org

PROFESSIONAL EXPERIENCE

GIS Technician II | Cascade County Public Works | Tacoma, WA | 06/2022 – Present
• Maintain the county's stormwater and culvert geodatabase (Enterprise geodatabase)
• Built Survey123 forms and Field Maps layouts for 9 inspection crews
• Wrote ArcPy scripts to automate the weekly QA/QC of edits
• Processed aerial imagery and LiDAR for a stormwater retrofit study

CERTIFICATIONS
Esri Technical Certification: ArcGIS Pro Associate (2023)
"""


def test_a_gis_technician_against_a_gis_analyst_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in ("geodatabases", "survey123", "field-maps", "arcpy", "remote-sensing"):
        assert_matched(report, skill)
    python = requirement_line(report, "python")
    assert python.status == "partial" and python.credit == 0.75  # ArcPy scripts imply it
    projections = requirement_line(report, "coordinate-systems")
    assert projections.skills == ("coordinate-systems",) and projections.status == "missing"
    gisp = requirement_line(report, "gisp")
    assert gisp.status == "partial"  # another GIS certification is related
    assert "retrofit" not in {s.id for s in extract(RESUME, kind="resume").skills}


def test_field_maps_in_everyday_words_is_no_esri_app() -> None:
    resume = extract("Skills\nReading field maps and compasses, first aid\n", kind="resume")
    assert "field-maps" not in {s.id for s in resume.skills}


def test_every_part_listed_earns_what_the_skill_listed_earns() -> None:
    report = text_report(
        "Skills\nExcel (pivot tables, XLOOKUP)\n",
        "Requirements\n- Advanced Excel (VLOOKUP/XLOOKUP, pivot tables)\n",
    )
    excel = requirement_line(report, "microsoft-excel")
    assert excel.status == "matched" and excel.listed_only
    assert excel.credit == 0.9
