"""A quantitative researcher against a systematic equities posting: the work of the field is
read (alpha signals, backtesting, portfolio optimization, factor risk models, stochastic
volatility as quantitative finance); "Quantitative Researcher" on a title line counts the
entry's years of quantitative research, as "Quantitative Analyst" does; "time-series
econometrics" names time series and econometrics both; regularized regression is an example of
machine learning methods."""

from __future__ import annotations

import pytest

from builders import assert_matched, posting_item, text_report
from gapcheck import extract

POSTING = """\
Quantitative Researcher – Systematic Equities
Meridian Point Capital | New York, NY

The Role
Meridian Point is a systematic hedge fund. Our equities team researches, builds and trades
mid-frequency alpha signals across global markets. You will own the full research cycle: from
data and hypothesis to backtest, portfolio construction and live trading with our execution
team.

Responsibilities
- Research and develop predictive alpha signals from price, fundamental and alternative data
- Build robust backtests; control for look-ahead bias, transaction costs and overfitting
- Improve portfolio optimization and risk models (factor models, covariance estimation)
- Write production-quality research code in Python (NumPy, pandas) and contribute to our C++
  execution libraries
- Work with large tick and daily datasets stored in kdb+/q and Parquet

Qualifications
- Master's or PhD in a quantitative discipline: Mathematics, Statistics, Physics, Computer
  Science, Financial Engineering or similar
- 3+ years of experience in quantitative research at a hedge fund, prop shop or bank
- Deep knowledge of time series analysis, econometrics and statistical learning
- Strong Python; C++ a plus
- Solid understanding of stochastic calculus and derivatives pricing
- Track record of signals that made it into production

Preferred
- Experience with machine learning methods (gradient boosting, regularized regression)
- Familiarity with Bloomberg, Refinitiv or FactSet data
- CFA charterholder or progress toward it
"""

RESUME = """\
DANIEL OKAFOR
New York, NY | (917) 555-0143 | daniel.okafor@example.com | linkedin.com/in/dokafor

PROFESSIONAL SUMMARY
Quantitative researcher with 5 years of systematic equity research at a multi-strategy fund. I
turn noisy data into tradable signals and production code.

EXPERIENCE
Quantitative Researcher, Halcyon Partners LP — New York, NY          Jul 2021 – Present
• Developed 14 cross-sectional equity alpha signals from fundamentals, news sentiment and
  options data; 6 went live, adding 0.4 Sharpe to the book
• Built an event-driven backtesting framework in Python (pandas, NumPy, Numba) with realistic
  transaction cost and slippage models
• Estimated shrinkage covariance matrices and a 40-factor risk model for mean-variance portfolio
  optimization (CVXPY)
• Queried 15 years of tick data in kdb+/q; moved daily research datasets to Parquet on S3
• Wrote latency-sensitive order book analytics in C++17, called from Python via pybind11

Quantitative Analyst, Lakeview Bank — Chicago, IL                     Jun 2019 – Jun 2021
• Priced exotic equity derivatives with Monte Carlo and finite-difference PDE solvers
• Calibrated local and stochastic volatility models (Heston, SABR) to daily option surfaces
• Automated model validation reports for the risk committee

EDUCATION
M.S. in Financial Engineering — Columbia University, 2019
B.S. in Physics and Mathematics — University of Illinois Urbana-Champaign, 2017

SKILLS
Programming: Python, C++, SQL, q/kdb+, R
Methods: time-series econometrics (ARIMA, GARCH, cointegration), stochastic calculus, LASSO and
ridge regression, gradient boosting (LightGBM, XGBoost)
Data: Bloomberg, FactSet, Compustat, CRSP

CERTIFICATIONS
CFA Level II candidate
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


@pytest.mark.parametrize(
    "skill",
    [
        "alpha-research",
        "backtesting",
        "portfolio-optimization",
        "factor-models",
        "quantitative-finance",
        "kdb-q",
        "econometrics",
    ],
)
def test_the_field_s_work_is_asked_and_shown(report, skill: str) -> None:
    assert_matched(report, skill)


def test_a_researcher_s_title_counts_the_entry_s_years(report) -> None:
    line = assert_matched(report, "quantitative-analysis")
    assert line.min_years == 3 and not line.years_shortfall
    assert line.resume_years is not None and line.resume_years > 7


def test_time_series_econometrics_names_both() -> None:
    profile = extract("SKILLS\nMethods: time-series econometrics (ARIMA, GARCH)\n", kind="resume")
    assert {"time-series-analysis", "econometrics"} <= {s.id for s in profile.skills}


def test_regularized_regression_is_an_example_of_machine_learning() -> None:
    line = "Experience with machine learning methods (gradient boosting, regularized regression)"
    (group,) = posting_item(line).groups
    assert set(group.skills) == {"machine-learning", "gradient-boosting", "linear-regression"}


@pytest.mark.parametrize(
    ("title", "skill"),
    [
        ("Quantitative Researcher", "quantitative-analysis"),
        ("UX Researcher", "user-research"),
        ("Market Researcher", "market-research"),
    ],
)
def test_a_researcher_s_title_names_the_research(title: str, skill: str) -> None:
    text = f"EXPERIENCE\n{title}, Acme Corp — Boston, MA    Jan 2020 – Dec 2023\n- Led studies\n"
    found = {s.id: s for s in extract(text, kind="resume").skills}
    assert found[skill].years == pytest.approx(4.0, abs=0.1)


def test_a_lasso_of_rope_is_no_regression() -> None:
    profile = extract(
        "EXPERIENCE\nRanch hand, 2019 - 2021\n- Threw a LASSO at rodeos\n", kind="resume"
    )
    assert "linear-regression" not in {s.id for s in profile.skills}
