"""A healthcare data engineering posting names Monte Carlo as a data observability tool beside
Great Expectations: no Monte Carlo methods are asked; a quant's "Priced exotic derivatives with
Monte Carlo" still shows the methods."""

from __future__ import annotations

from gapcheck import extract


def test_monte_carlo_beside_data_quality_tools_is_no_simulation_method() -> None:
    posting = extract(
        "What you'll do\n- Own data quality: tests, monitoring and alerting with Great "
        "Expectations and Monte Carlo\n",
        kind="job",
    )
    ids = {s.id for s in posting.skills}
    assert "monte-carlo-methods" not in ids and "great-expectations" in ids


def test_monte_carlo_beside_pricing_words_is_the_method() -> None:
    resume = extract(
        "Experience\nQuant, Acme Capital, 2019 - 2024\n"
        "- Priced exotic equity derivatives with Monte Carlo and finite-difference PDE solvers\n",
        kind="resume",
    )
    assert "monte-carlo-methods" in {s.id for s in resume.skills}
