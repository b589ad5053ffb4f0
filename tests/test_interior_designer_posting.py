"""A commercial interior designer's posting: the architect's construction administration phase,
space planning and test fits, FF&E specification, the accessibility codes and the NCIDQ are
read; a Bachelor's degree in Interior Design asks its field."""

from __future__ import annotations

from builders import posting_item


def test_an_interior_designers_work_is_read() -> None:
    item = posting_item(
        "Space planning and test fits, FF&E specification, construction administration"
        " (submittals, punch lists) and code review against the 2010 ADA Standards and"
        " ICC A117.1; NCIDQ certified"
    )
    found = {s.id for s in (*item.skills, *item.certifications)}
    assert {"space-planning", "ffe-specification", "construction-administration"} <= found
    assert {"accessibility-codes", "ncidq-certification"} <= found


def test_an_interior_design_degree_asks_its_field() -> None:
    item = posting_item("Bachelor's degree in Interior Design from a CIDA-accredited program")
    (degree,) = item.education
    assert "interior-design" in degree.fields
