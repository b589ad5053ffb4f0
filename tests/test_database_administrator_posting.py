"""A SQL Server DBA against a DBA posting: SolarWinds' SQL Sentry is a database monitoring
tool, not the Sentry of application errors nor SolarWinds' network monitor; a database's
"performance tuning" is query tuning, shown by Query Store analysis and index redesign, and
an application's stays performance optimization."""

from __future__ import annotations

from builders import assert_all_matched, posting_item, text_report

POSTING = """\
Database Administrator II
Harborview Mutual - Columbus, OH

Responsibilities
- Monitor with SolarWinds SQL Sentry and respond to alerts and incidents

Requirements
- 5+ years administering Microsoft SQL Server in production
- Strong T-SQL skills and performance tuning experience
"""

RESUME = """\
Elena Brandt
Columbus, OH · elena.brandt@example.com

EXPERIENCE
Senior SQL Server DBA | Buckeye Claims Services | 2016 - Present
- Administer 40 SQL Server 2016-2022 instances in Always On availability groups
- Cut average CPU on the claims server by 35% through Query Store analysis, index redesign
  and parameter sniffing fixes
- Tuned alerting in SQL Sentry and Redgate SQL Monitor; wrote T-SQL jobs for maintenance
"""


def test_a_dba_against_a_dba_posting() -> None:
    report = text_report(RESUME, POSTING)
    assert_all_matched(report, "sql-server", "t-sql", "query-optimization")
    assert_all_matched(report, "database-monitoring-tools")
    asked = {skill for line in report.requirements for skill in line.skills}
    assert asked.isdisjoint({"sentry", "solarwinds", "performance-optimization"})


def test_an_applications_performance_tuning_is_performance_optimization() -> None:
    item = posting_item("Performance tuning of our Java services for latency and throughput")
    found = {s.id for s in item.skills}
    assert "performance-optimization" in found and "query-optimization" not in found
