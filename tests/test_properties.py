"""Properties that hold for any input: reading any bytes, extracting from any text, comparing
any two profiles (hypothesis).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from builders import profile_skill, sample_docx, sample_pdf
from gapcheck.comparison import compare
from gapcheck.documents import Document, read_document
from gapcheck.errors import GapcheckError
from gapcheck.excerpts import MAX_EXCERPT_CHARS
from gapcheck.extraction import SkillExtractor
from gapcheck.limits import Limits
from gapcheck.models import (
    EducationMention,
    ProfileSkill,
    RequirementGroup,
    ScoreWeights,
    SkillProfile,
)
from gapcheck.taxonomy import load_taxonomy

TAXONOMY = load_taxonomy()
EXTRACTOR = SkillExtractor(TAXONOMY)
SKILL_IDS = sorted(s.id for s in TAXONOMY if s.kind != "degree" and s.category != "education")
DEGREES = sorted((s.id, s.level) for s in TAXONOMY if s.kind == "degree" and s.level)
FIELDS = sorted(s.id for s in TAXONOMY if s.category == "education" and s.kind != "degree")
FORMS = sorted(
    {form for s in TAXONOMY for form in (*s.surface_forms, *(s.sense.forms if s.sense else ()))}
)
SMALL_LIMITS = Limits(max_chars=5_000, max_pages=3, max_decompressed_bytes=2_000_000)

# ---------------------------------------------------------------------------------------------
# read_document on any bytes


@st.composite
def file_bytes(draw: st.DrawFn) -> bytes:
    """Bytes a stranger might send: junk, text in many encodings, damaged PDFs and DOCX files."""
    kind = draw(
        st.sampled_from(["raw", "text", "pdf-header", "zip-header", "pdf", "docx", "bom", "nul"])
    )
    if kind == "raw":
        return draw(st.binary(max_size=3_000))
    if kind == "text":
        codec = draw(st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "cp1252", "utf-32"]))
        return draw(st.text(max_size=300)).encode(codec, errors="replace")
    if kind == "pdf-header":
        return b"%PDF-1." + draw(st.binary(max_size=2_000)) + draw(st.sampled_from([b"", b"%%EOF"]))
    if kind == "zip-header":
        return b"PK\x03\x04" + draw(st.binary(max_size=2_000))
    if kind == "bom":
        marks = [b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00"]
        return draw(st.sampled_from(marks)) + draw(st.binary(max_size=500))
    if kind == "nul":
        return draw(st.text(max_size=200)).encode() + b"\x00" + draw(st.binary(max_size=50))
    data = bytearray(sample_pdf() if kind == "pdf" else sample_docx())
    for _ in range(draw(st.integers(0, 10))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data[: draw(st.integers(1, len(data)))])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=file_bytes(), suffix=st.sampled_from([".txt", ".pdf", ".docx", ".md", ""]))
def test_any_bytes_give_a_document_within_the_limits_or_a_one_line_error(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("bytes") / f"cv{suffix}"
    path.write_bytes(data)
    try:
        document = read_document(path, limits=SMALL_LIMITS)
    except GapcheckError as error:
        message = str(error)
        assert "\n" not in message and "\r" not in message
        assert message.startswith(f"{path}: ")
        assert len(message) < len(str(path)) + 300
    else:
        assert document.source == str(path)
        assert document.text.strip()
        assert len(document.text) <= SMALL_LIMITS.max_chars
        assert "\r" not in document.text  # universal newlines for text, normalised PDF and DOCX
        if document.format == "pdf":
            assert document.pages is not None and document.pages <= SMALL_LIMITS.max_pages


# Text in the Latin-1 range: every character has a NUL high byte in UTF-16.
LATIN_TEXT = st.text(
    st.characters(min_codepoint=0x20, max_codepoint=0xFF, blacklist_categories=("Cc",)),
    min_size=1,
    max_size=300,
)


@settings(max_examples=100, deadline=None)
@given(
    lines=st.lists(LATIN_TEXT, min_size=1, max_size=8),
    newline=st.sampled_from(["\n", "\r\n"]),
    codec=st.sampled_from(["utf-16-le", "utf-16-be"]),
)
def test_utf16_text_without_a_byte_order_mark_reads_back(
    tmp_path_factory: pytest.TempPathFactory, lines: list[str], newline: str, codec: str
) -> None:
    text = newline.join(lines)
    if not text.strip() or text.lstrip().lower().startswith(("<html", "<!doctype html")):
        return
    path = tmp_path_factory.mktemp("utf16") / "cv.txt"
    path.write_bytes(text.encode(codec))
    document = read_document(path)
    assert document.text == text.replace("\r\n", "\n")
    assert document.encoding == codec


# ---------------------------------------------------------------------------------------------
# extract on any text

HEADINGS = [
    "Skills", "SKILLS:", "Technical Skills", "Experience", "Work Experience", "Projects",
    "Education", "Requirements", "Qualifications:", "Nice to have", "Responsibilities",
    "Summary", "About us", "Benefits", "# Skills", "**Experience**",
]  # fmt: skip
PHRASES = [
    "3+ years of", "5 years experience with", "at least 2 years", "or", "and/or", "such as",
    "is a plus", "preferred", "required", "must have", "nice to have", "experience with",
    "Bachelor's degree in Computer Science", "MSc in Statistics", "PhD", "or equivalent",
    "Jan 2019 – Present", "2016 - 2020", "03/2018 – 11/2021", "Summer 2020", "since 2015",
    "Senior Engineer, Acme Corp", "Built", "used", "excel at", "go-to", "spark interest",
    "react to", "a grade of C", "Julia Smith", "Ruby Chen",
]  # fmt: skip
SEPARATORS = [
    " ", "  ", "\n", "\n\n", ", ", "; ", " | ", " / ", "\n- ", "\n• ", "\n* ", "\t", ": ",
    " (", ") ", ".", "\r\n", "\u00a0", "\u2028", "\x0c",
]  # fmt: skip
HOSTILE_BITS = [
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u202d", "\u061c",
    "مهندس بايثون", "עברית", "🚀", "👩‍💻", "🇫🇷", "\u0301", "Ｐｙｔｈｏｎ", "Руthon", "数据工程师",
    "\x00", "\x7f", "\U0010fffd", "\ufffd", "ﬁ", "İ", "ß", "ǅ", "\u0345", "𝐏𝐲𝐭𝐡𝐨𝐧",
]  # fmt: skip
PIECES = st.one_of(
    st.sampled_from(FORMS),
    st.sampled_from(HEADINGS),
    st.sampled_from(PHRASES),
    st.sampled_from(SEPARATORS),
    st.sampled_from(HOSTILE_BITS),
    st.text(max_size=10),
)
TEXTS = st.lists(PIECES, min_size=1, max_size=50).map("".join).filter(lambda t: t.strip())


def assert_profile_indexes(text: str, profile: SkillProfile) -> None:
    """Every offset of ``profile`` lies in ``text`` and gives back the text it reports."""
    for skill in profile.skills:
        assert skill.id in TAXONOMY
        assert skill.mentions
        for mention in skill.mentions:
            assert 0 <= mention.start < mention.end <= len(text)
            assert text[mention.start : mention.end] == mention.text
            assert mention.line == text.count("\n", 0, mention.start) + 1
    for group in profile.groups:
        assert 0 <= group.start <= group.end <= len(text)
        # the phrase as the report gives it: whitespace collapsed, cut with "…" when long
        raw = " ".join(text[group.start : group.end].split())
        assert group.text == raw or ("…" in group.text and len(raw) > MAX_EXCERPT_CHARS)
        members = {*profile.skill_ids, *(s.id for s in profile.certifications)}
        assert set(group.skills) <= members | {s.id for s in profile.other_skills}
    for degree in profile.education:
        assert 0 <= degree.start <= degree.end <= len(text)
        assert " ".join(text[degree.start : degree.end].split()) == degree.text
    for entry in profile.entries:
        assert 0 <= entry.start <= entry.end <= len(text)
    for section in profile.sections:
        assert 0 <= section.start <= section.end <= len(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, kind=st.sampled_from(["resume", "job", "auto"]))
def test_extract_offsets_always_index_the_text(text: str, kind: str) -> None:
    profile = EXTRACTOR.extract(Document.from_text(text), kind=kind)
    assert_profile_indexes(text, profile)
    assert EXTRACTOR.extract(Document.from_text(text), kind=kind) == profile  # deterministic


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS)
def test_extract_offsets_index_what_read_document_returns(
    tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:
    path = tmp_path_factory.mktemp("extract") / "cv.txt"
    path.write_bytes(text.encode("utf-8"))
    try:
        document = read_document(path)
    except GapcheckError:
        return  # control characters or whitespace only: refused with a message, checked above
    assert_profile_indexes(document.text, EXTRACTOR.extract(document, kind="resume"))


# ---------------------------------------------------------------------------------------------
# compare on any two profiles


def _skill(skill_id: str, **fields: object) -> ProfileSkill:
    return profile_skill(TAXONOMY[skill_id], **fields)


resume_skills = st.builds(
    lambda skill_id, years, usage: _skill(skill_id, years=years, usage=usage),
    st.sampled_from(SKILL_IDS),
    st.one_of(st.none(), st.floats(0, 30, allow_nan=False)),
    st.sampled_from(["experience", "listed"]),
)
degrees = st.builds(
    lambda degree, fields, importance, equivalent: EducationMention(
        level=degree[0],
        level_rank=degree[1],
        fields=tuple(fields),
        importance=importance,
        or_equivalent=equivalent,
        text="degree",
        start=0,
        end=6,
    ),
    st.sampled_from(DEGREES),
    st.lists(st.sampled_from(FIELDS), max_size=2, unique=True),
    st.sampled_from(["required", "preferred", None]),
    st.booleans(),
)


@st.composite
def resumes(draw: st.DrawFn) -> SkillProfile:
    skills = draw(st.lists(resume_skills, max_size=12, unique_by=lambda s: s.id))
    education = draw(st.lists(degrees, max_size=2))
    return SkillProfile(
        kind="resume",
        skills=tuple(skills),
        education=tuple(e.model_copy(update={"importance": None}) for e in education),
        experience_years=draw(st.one_of(st.none(), st.floats(0, 40, allow_nan=False))),
    )


@st.composite
def jobs(draw: st.DrawFn) -> SkillProfile:
    ids = draw(st.lists(st.sampled_from(SKILL_IDS), min_size=1, max_size=10, unique=True))
    skills = [
        profile_skill(
            TAXONOMY[skill_id],
            start=100 * position,
            importance=draw(st.sampled_from(["required", "preferred", None])),
            standalone=draw(st.booleans()),
            min_years=draw(st.one_of(st.none(), st.floats(0.5, 15, allow_nan=False))),
        )
        for position, skill_id in enumerate(ids)
    ]
    groups = []
    if len(ids) >= 2 and draw(st.booleans()):
        members = draw(st.lists(st.sampled_from(ids), min_size=2, max_size=4, unique=True))
        groups.append(
            RequirementGroup(
                skills=tuple(members),
                importance=draw(st.sampled_from(["required", "preferred"])),
                min_years=draw(st.one_of(st.none(), st.floats(0.5, 10, allow_nan=False))),
                text=" or ".join(members),
                start=0,
                end=len(" or ".join(members)),
            )
        )
    return SkillProfile(
        kind="job",
        skills=tuple(skills),
        groups=tuple(groups),
        education=tuple(draw(st.lists(degrees, max_size=2))),
    )


weights = st.builds(
    ScoreWeights,
    implied=st.floats(0, 1),
    related=st.floats(0, 1),
    years_floor=st.floats(0, 1),
    listed_only=st.floats(0, 1),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(resume=resumes(), job=jobs(), score_weights=weights)
def test_score_is_between_0_and_100(
    resume: SkillProfile, job: SkillProfile, score_weights: ScoreWeights
) -> None:
    report = compare(resume, job, taxonomy=TAXONOMY, weights=score_weights)
    assert 0 <= report.score <= 100
    assert all(0 <= r.credit <= 1 for r in report.requirements)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(resume=resumes(), job=jobs(), added=resume_skills, data=st.data())
def test_adding_the_skill_of_a_missing_requirement_never_lowers_the_score(
    resume: SkillProfile, job: SkillProfile, added: ProfileSkill, data: st.DataObject
) -> None:
    before = compare(resume, job, taxonomy=TAXONOMY)
    missing = [r for r in before.requirements if r.status == "missing"]
    if not missing:
        return
    requirement = data.draw(st.sampled_from(missing))
    skill_id = data.draw(st.sampled_from(requirement.skills))
    after = compare(_with_skill(resume, skill_id, added), job, taxonomy=TAXONOMY)
    assert after.score >= before.score


def _with_skill(resume: SkillProfile, skill_id: str, like: ProfileSkill) -> SkillProfile:
    """``resume`` also showing ``skill_id``, with the years and usage of ``like``."""
    added = _skill(skill_id, years=like.years, usage=like.usage)
    return resume.model_copy(update={"skills": (*resume.skills, added)})


def _partial_through_pytorch() -> tuple[SkillProfile, SkillProfile, ProfileSkill]:
    """A job asking 5 years of deep learning; a resume showing 6 years of PyTorch."""
    job = SkillProfile(
        kind="job",
        skills=(_skill("deep-learning", importance="required", standalone=True, min_years=5.0),),
    )
    resume = SkillProfile(kind="resume", skills=(_skill("pytorch", years=6.0, usage="experience"),))
    return resume, job, _skill("deep-learning", years=None, usage="listed")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(*_partial_through_pytorch())
@given(resume=resumes(), job=jobs(), added=resume_skills)
def test_adding_any_required_skill_the_resume_lacks_never_lowers_the_score(
    resume: SkillProfile, job: SkillProfile, added: ProfileSkill
) -> None:
    wanted = [s.id for s in job.skills if s.importance == "required" and s.standalone is not False]
    lacking = [skill_id for skill_id in wanted if resume.skill(skill_id) is None]
    if not lacking:
        return
    before = compare(resume, job, taxonomy=TAXONOMY)
    for skill_id in lacking:
        after = compare(_with_skill(resume, skill_id, added), job, taxonomy=TAXONOMY)
        assert after.score >= before.score, skill_id
