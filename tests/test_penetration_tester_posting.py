"""A penetration tester's posting: web application assessments and web application penetration
tests are application security and penetration testing, not web development."""

from __future__ import annotations

from builders import posting_item


def test_web_application_assessments_are_security_work() -> None:
    item = posting_item(
        "Lead external, internal and web application penetration tests; perform web application"
        " assessments against the OWASP Top 10 using Burp Suite Pro",
        section="Responsibilities",
    )
    found = {s.id for s in item.skills}
    assert {"penetration-testing", "application-security", "burp-suite"} <= found
    assert "web-development" not in found
