"""An executive assistant against an administrative-assistant posting: discretion with
confidential information is a soft skill of its own, asked and shown."""

from __future__ import annotations

import pytest

from builders import entry_resume
from gapcheck import analyze, extract

POSTING = """\
Administrative Assistant
Greenleaf Property Management - Denver, CO

Requirements
- 2+ years of experience as an administrative or executive assistant.
- Proficiency in Microsoft Office (Word, Excel, Outlook, PowerPoint).
- Discretion with confidential information.
"""

RESUME = """\
Angela Reyes
Denver, CO | angela.reyes@example.com

EXPERIENCE
Executive Assistant | Summit Realty Group | Denver, CO | 2022 - Present
- Managed calendars and travel for two managing partners.
- Handled confidential lease and tenant files.

SKILLS
Microsoft Word, Excel, Outlook, PowerPoint
"""


def test_discretion_is_asked_and_shown() -> None:
    report = analyze(RESUME, POSTING)
    (line,) = [r for r in report.requirements if "discretion" in r.skills]
    assert (line.importance, line.status) == ("required", "matched")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Maintained confidentiality of patient records.", True),
        ("Handled confidential information for the board.", True),
        ("Diplomatic with clients.", False),
    ],
)
def test_discretion_in_its_words(text: str, found: bool) -> None:
    resume = extract(entry_resume("Assistant, Acme   2019 - 2024", text, dates=None))
    assert ("discretion" in {s.id for s in resume.skills}) is found, text
