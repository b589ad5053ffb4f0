"""A PhD student's CV against an NLP research scientist posting: the resume's title is looked
for in its header and its jobs, never in its education ("Thesis: Cross-lingual transfer for
low-resource African languages" had been shown as the resume's title, beside "Natural Language
Processing") nor in a section's heading ("RESEARCH EXPERIENCE")."""

from __future__ import annotations

from builders import text_report

POSTING = """\
Research Scientist, Natural Language Processing
Lumen AI Lab | Toronto

Minimum qualifications
- PhD in Computer Science or Linguistics (or equivalent research experience)
- Deep knowledge of transformer architectures and pretraining
- Strong programming skills in Python and PyTorch or JAX
"""

RESUME = """\
Amara Nwosu
amara.nwosu@example.edu | +1 416 555 0170

EDUCATION
Ph.D. in Computer Science, University of Toronto (expected 2026)
Thesis: Cross-lingual transfer for low-resource African languages

RESEARCH EXPERIENCE
Research Intern, Google DeepMind, London                              Jun 2024 - Sep 2024
- Pretrained multilingual encoder-decoder transformer models in JAX on TPU pods

Graduate Researcher, Vector Institute, Toronto                          Sep 2020 - present
- Built a neural machine translation toolkit in PyTorch
"""


def test_the_resume_title_comes_from_its_jobs() -> None:
    match = text_report(RESUME, POSTING).title_match
    assert match is not None and not match.matches
    assert match.resume_title == "Research Intern"


def test_a_headline_in_the_header_is_still_read() -> None:
    headline = RESUME.replace(
        "amara.nwosu@example.edu", "NLP Research Scientist\namara.nwosu@example.edu"
    )
    match = text_report(headline, POSTING).title_match
    assert match is not None and match.resume_title == "NLP Research Scientist"
