"""A CPG demand planner against a beverage maker's posting: "sparkling water" is a drink, not
H2O's Sparkling Water; CPG and food and beverage are the consumer goods industry, not retail;
forecast accuracy, MAPE and safety stock are read; Kinaxis asked and SAP IBP shown earn the
related credit of one planning system for another."""

from __future__ import annotations

from builders import assert_matched, posting_item, requirement_line, text_report

POSTING = """\
Demand Planner
Northwind Beverages | Chicago, IL

Responsibilities
- Own the statistical baseline forecast for 150 SKUs of juices and sparkling water
- Improve forecast accuracy (MAPE, bias) and explain variances every month
- Partner with supply planning on safety stock and service levels
- Maintain forecasts in Kinaxis RapidResponse

Qualifications
- 3+ years of demand planning experience in CPG or food and beverage
"""

RESUME = """\
Daniel Okafor
Chicago, IL · daniel.okafor@example.com · (312) 555-0102

EXPERIENCE
Demand Planner, Great Lakes Snacks (CPG), Chicago, IL — Jan 2020 – present
- Own baseline forecasts for 220 SKUs in SAP IBP; cut forecast error (wMAPE) from 38% to 27%
- Agreed safety stock and inventory targets with supply planning
"""


def test_a_demand_planner_against_a_beverage_makers_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in ("forecasting", "inventory-management", "consumer-goods-industry"):
        assert_matched(report, skill)
    assert requirement_line(report, "supply-chain-planning-software").status == "partial"
    asked = {s for r in report.requirements for s in r.skills}
    assert not {"h2o", "retail-industry"} & asked


def test_sparkling_water_is_h2o_beside_spark() -> None:
    item = posting_item("Train models with H2O Sparkling Water on Spark clusters")
    assert "h2o" in {s.id for s in item.skills}


def test_examples_of_a_kind_past_one_no_skill_names_are_one_requirement() -> None:
    report = text_report(
        "EXPERIENCE\nDemand Planner, Acme Foods, 2020 - Present\n"
        "- Tuned exponential smoothing models for 1,200 SKUs\n",
        "Responsibilities\n1. Generate the baseline statistical forecast, selecting and tuning"
        " models such as exponential smoothing, Croston\n   and multiple linear regression.\n",
    )
    line = requirement_line(report, "regression-analysis")
    assert "arima" in line.skills and line.status == "matched"
