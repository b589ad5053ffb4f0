"""A network engineer against an enterprise network posting: "Cisco Catalyst and Nexus" names
switches, not Sonatype's artifact repository; "CCNP Enterprise (or CCNA with equivalent
experience)" is one requirement either certificate meets; a CCNA or CCNP implies TCP/IP; an
ITIL certificate is related to IT change management; PCNSE and Fortinet's NSE are
certifications of their own."""

from __future__ import annotations

import pytest

from builders import posting_item, requirement_line, text_report

POSTING = """\
Network Engineer II
Harborview Health System | Seattle, WA

What you will do
* Design, configure and troubleshoot routing and switching (Cisco Catalyst and Nexus)
* Run our SD-WAN (Cisco Viptela) and manage site-to-site VPNs
* Document changes and follow our ITIL change management process

What you bring
* Strong knowledge of TCP/IP, OSPF and BGP
* CCNP Enterprise (or CCNA with equivalent experience)
* Hands-on experience with Palo Alto or Fortinet firewalls

Bonus
* PCNSE certification
"""

RESUME = """\
DANIEL OKAFOR
Network Engineer | CCNA
daniel.okafor@example.com | 253-555-0117

EXPERIENCE
Network Engineer, Puget Sound Bank                                   Apr 2022 - Present
* Own routing and switching for 48 branches (Cisco Catalyst 9300, Nexus 9000); OSPF and BGP
* Migrated the branches from MPLS to Cisco SD-WAN (Viptela)
* Manage Palo Alto firewalls through Panorama and site-to-site IPsec VPNs

CERTIFICATIONS
CCNA (2019) | ITIL 4 Foundation (2021)
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


def test_nexus_beside_catalyst_is_no_artifact_repository(report):
    asked = {s for r in report.requirements for s in (*r.skills, *r.details)}
    assert "nexus" not in asked
    # "routing and switching (Cisco Catalyst and Nexus)": Cisco is a part of the requirement.
    (line,) = [r for r in report.requirements if "cisco-networking" in (*r.skills, *r.details)]
    assert line.status == "matched", line.reason


def test_a_parenthesis_opening_with_or_is_an_alternative(report):
    line = requirement_line(report, "ccnp")
    assert set(line.skills) == {"ccnp", "ccna"}
    assert line.status == "matched", line.reason


def test_a_cisco_certificate_implies_tcp_ip(report):
    line = requirement_line(report, "tcp-ip")
    assert line.credit_kind == "implied" and line.credited_through == "ccna", line.reason


def test_an_itil_certificate_is_related_to_change_management(report):
    line = requirement_line(report, "change-management-itil")
    assert line.status == "partial" and line.credited_through == "itil-foundation", line.reason


@pytest.mark.parametrize(
    ("text", "skill"),
    [("PCNSE certification", "pcnse"), ("Fortinet NSE 4 a plus", "fortinet-nse")],
)
def test_firewall_vendors_certificates_are_their_own(text, skill):
    assert skill in {s.id for s in posting_item(text).certifications}


def test_nexus_in_a_build_pipeline_is_still_the_repository():
    item = posting_item("Publish artifacts to Nexus from Jenkins and Maven")
    assert "nexus" in {s.id for s in item.skills}
