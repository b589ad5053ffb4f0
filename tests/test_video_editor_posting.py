"""A video editor's posting: "Degree in film, media production, graphic design or similar"
asks for a degree whose fields are those named (graphic design read as a field, not a skill),
across the fields the taxonomy does not name; a design discipline is a degree's field as
business and statistics are ("Bachelor's degree in Graphic Design")."""

from __future__ import annotations

import pytest

from builders import posting_item


@pytest.mark.parametrize(
    "line",
    [
        "Degree in film, media production, graphic design or similar, or equivalent experience",
        "Bachelor's degree in Graphic Design or a related field",
    ],
)
def test_a_design_discipline_after_degree_in_is_its_field(line: str) -> None:
    item = posting_item(line)
    assert "graphic-design" not in {s.id for s in item.skills}
    (degree,) = item.education
    assert "graphic-design" in degree.fields


def test_a_language_after_the_degrees_field_is_still_a_skill() -> None:
    item = posting_item("Degree in Computer Science, Java and Python experience")
    assert {"java", "python"} <= {s.id for s in item.skills}
    (degree,) = item.education
    assert degree.fields == ("computer-science",)
