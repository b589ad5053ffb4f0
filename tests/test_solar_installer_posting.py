"""A lead solar installer against a solar contractor's crew lead posting: PV installation,
racking and roof attachments, Enphase and SolarEdge inverters, battery storage, fall
protection and NABCEP's credentials are read, and tailgate safety talks are safety training;
TikTok's Spark Ads are no Apache Spark and a brand's retail activations ask for no retail."""

from __future__ import annotations

from builders import assert_all_matched, posting_item, text_report

POSTING = """\
Lead PV Installer - Residential Solar + Storage
Tule Ridge Solar & Electric - Sacramento, CA

Day to day:
- Lead crews installing roof-mount PV on comp shingle and tile
- Install racking and attachments (IronRidge XR, Unirac SFM) and flash roof penetrations
- Install and wire Enphase IQ8 microinverters and SolarEdge inverters with optimizers
- Install battery storage (Tesla Powerwall 3, Enphase IQ Battery)
- Enforce fall protection; run daily tailgate safety meetings

NICE TO HAVE
- NABCEP PV Installation Professional (PV Associate a plus)
"""

RESUME = """\
DJ Vanholt
Roseville, CA · dj.vanholt@example.com

EXPERIENCE
Lead Installer - Golden Hills Solar, Rocklin, CA (2022-present)
- Lead a 4-person crew on 3-4 residential solar installations a week, roof and ground mounts
- Racking and flashing on comp shingle with IronRidge; helical piles for ground mounts
- Enphase IQ8 micros and SolarEdge HD-Wave with optimizers; Tesla Powerwall 2 installs
- Run morning tailgate safety talks; set up roof anchors, harnesses and guardrails

CERTIFICATIONS
- NABCEP PV Associate (2021)
"""


def test_a_lead_installer_against_a_solar_contractors_posting() -> None:
    report = text_report(RESUME, POSTING)
    assert_all_matched(
        report,
        "solar-pv-installation",
        "solar-racking",
        "pv-inverters",
        "battery-storage",
        "fall-protection",
        "safety-training",
    )
    nabcep = [r for r in report.requirements if "nabcep-pv-installation-professional" in r.skills]
    assert nabcep and nabcep[0].status != "matched"  # the Associate is the lesser credential


def test_spark_ads_and_retail_activations_are_a_social_media_managers() -> None:
    item = posting_item(
        "Run Spark Ads with our paid social agency and own retail activations",
        section="What you'll do",
    )
    found = {s.id for s in item.skills}
    assert found.isdisjoint({"apache-spark", "retail-industry"})
