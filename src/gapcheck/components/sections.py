"""Find the sections of a resume or job posting, and tell the two kinds apart.

Headings are recognised in the styles people use: a line of its own in capitals, title case or
lowercase, with or without a colon, Markdown ``#``/``**``, numbered or underlined; a line that
opens with ``Heading: content``; and, for postings pasted as one paragraph, an inline cue phrase
followed by a colon ("... Minimum Skills and Competencies: ..."). Legal boilerplate
("equal opportunity employer", "without regard to race") is found by its phrases.

>>> classify_heading("Technical Skills", "resume")
'skills'
>>> classify_heading("Nice to have", "job")
'preferred'
>>> classify_heading("Senior Software Engineer", "resume") is None
True
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Literal

from spacy.language import Language
from spacy.tokens import Doc

from gapcheck.breaks import EMOJI_BULLETS, LIST_MARK
from gapcheck.components.dates import entry_start, parse_date_ranges
from gapcheck.components.layout import BULLETS, doc_text, statements, text_lines, token_table
from gapcheck.components.statement_kinds import StatementReader
from gapcheck.models import SectionSpan
from gapcheck.wordlist import ROLE_NOUNS

__all__ = [
    "JOB_SECTIONS",
    "RESUME_SECTIONS",
    "SectionDetector",
    "classify_heading",
    "detect_kind",
    "find_sections",
    "section_lookup",
    "token_sections",
]

DocKind = Literal["resume", "job"]

RESUME_SECTIONS = (
    "header",
    "summary",
    "skills",
    "experience",
    "projects",
    "education",
    "certifications",
    "publications",
    "languages",
    "interests",
    "awards",
    "references",
    "other",
)
JOB_SECTIONS = (
    "title",
    "about",
    "industry",
    "role",
    "responsibilities",
    "requirements",
    "stack",
    "preferred",
    "not_required",
    "benefits",
    "legal",
    "apply",
    "info",
    "other",
)


def _vocabulary(groups: dict[str, str]) -> dict[str, str]:
    """``{section: "phrase | phrase"}`` -> ``{phrase: section}``."""
    return {
        " ".join(phrase.split()): section
        for section, phrases in groups.items()
        for phrase in phrases.split("|")
        if phrase.strip()
    }


# Whole headings, normalised (lowercase, '&' -> 'and', punctuation dropped).
_RESUME_EXACT = _vocabulary(
    {
        "summary": """
            summary | professional summary | profile | professional profile | about me | objective |
            career objective | objectives | overview | career summary | executive summary | personal
            statement | introduction | synopsis | highlights | summary of qualifications |
            qualifications summary | career profile | professional overview | about | bio | personal
            profile | key highlights | what i do | who i am
        """,
        "skills": """
            skills | technical skills | key skills | core skills | core competencies | competencies
            | skills summary | skills and abilities | technologies | tools | tools and technologies
            | technical proficiencies | tech stack | expertise | areas of expertise | it skills |
            computer skills | programming languages | technical expertise | skill set | skillset |
            technical skill set | professional skills | other skills | additional skills | software
            | software skills | technical summary | technical competencies | key competencies |
            skills and expertise | skills and competencies | competencies and skills | technical
            knowledge | knowledge | area of expertise | technical skill | key technical skills |
            software tools | softwaretools | software and tools | languages and technologies |
            languages and tools | frameworks | strengths | technical strengths | personal strengths
            | abilities | qualifications | additional information | additional info | skills and
            certifications | certifications and skills | skills and certificates | skills and
            licenses | skills and qualifications
        """,
        "experience": """
            experience | work experience | professional experience | employment | employment history
            | work history | career history | relevant experience | internships | internship |
            internship experience | positions held | professional background | industry experience |
            experience summary | responsibilities | roles and responsibilities | role and
            responsibilities | roles and responsibility | key responsibilities | professional
            history | research experience | teaching experience | volunteer experience |
            volunteering | leadership experience | work | career | experience and projects |
            technical experience | relevant work experience | job history | where i have worked |
            where i've worked | where i worked | places i have worked | places i've worked
        """,
        "projects": """
            projects | personal projects | academic projects | key projects | selected projects |
            project experience | side projects | open source | project details | project | academic
            project | major projects | project work | notable projects | research projects | open
            source contributions
        """,
        "education": """
            education | academic background | educational qualifications | academic qualifications |
            education and training | academics | academic details | educational background |
            education and certifications | academic qualification | educational qualification |
            academic profile | scholastic record | qualification | studies | degrees | coursework |
            relevant coursework | courses taken
        """,
        "certifications": """
            certifications | certificates | licenses and certifications | certifications and
            licenses | certifications and training | courses | training | professional development |
            certification | trainings | courses and certifications | licenses | continuing education
            | training and certifications | licenses and endorsements | licences and endorsements |
            license and endorsements | endorsements | licences | licenses and designations |
            licenses & designations | designations | professional designations | licenses and
            credentials | credentials | exams | exams passed | actuarial exams | professional exams
            | examinations | professional examinations | actuarial examinations
        """,
        "publications": """
            publications | papers | research | talks | presentations | patents | publications and
            talks | conference talks
        """,
        "languages": """
            languages | language skills | spoken languages | language | language proficiency
        """,
        "interests": """
            interests | hobbies | activities | extracurricular activities | hobbies and interests |
            interests and hobbies | personal interests | extra curricular activities |
            extracurricular
        """,
        "awards": """
            awards | honors | honours | achievements | accomplishments | awards and honors | honors
            and awards | awards and achievements | achievement
        """,
        "references": """
            references | referees | contact | contact information | contact details | personal
            details | personal information | personal data | links | declaration | personal info
        """,
    }
)

_JOB_EXACT = _vocabulary(
    {
        "about": """
            about us | about the company | who we are | our company | company overview | our mission
            | the company | company description | about our company | our story | our culture |
            culture | about the team | the team | our team | who are we | company | company profile
            | about the organization | about the organisation | company size | company type | team
            | how we work | our values | values | life at the company | working here | working with
            us
        """,
        # A posting's field of the employer's industries ("Industry: Banking, IT Consulting"),
        # as job boards print it: domains the posting names, which it does not ask for.
        "industry": """
            industry | industries | sector | sectors | industry sector | industry sectors |
            industries served | business sector
        """,
        "role": """
            the role | about the role | job description | position summary | overview | role
            overview | job summary | the opportunity | your mission | summary | position overview |
            role description | description | about the job | about the position | job purpose |
            purpose | the position | role summary | your role | role | position description | job
            overview | mission
        """,
        "responsibilities": """
            responsibilities | key responsibilities | what you will do | what you'll do | your
            responsibilities | duties | the job | day to day | in this role you will | tasks | what
            you'll be doing | what you will be doing | job duties | duties and responsibilities |
            essential duties and responsibilities | roles and responsibilities | main
            responsibilities | accountabilities | what you'll work on | your tasks | job
            responsibilities | essential functions | primary responsibilities | what you'll own |
            what you will own | what you own | the challenge
        """,
        "stack": """
            technologies | tech stack | our stack | our tech stack | stack | tools | technology
            stack | technologies used | tools and technologies | languages and tools
        """,
        "requirements": """
            requirements | qualifications | minimum qualifications | basic qualifications | required
            qualifications | required skills | must have | must haves | what we're looking for |
            what we are looking for | what you'll need | what you need | what you bring | who you
            are | your profile | your skills | skills and experience | experience | key skills |
            technical skills | skills | requirements and skills | essential skills | you have | we
            expect | job requirements | skills and qualifications | qualifications and skills |
            required experience | requirements and qualifications | knowledge and skills | about you
            | you | profile | candidate profile | ideal candidate | the ideal candidate | you should
            have | what you should have | skills required | education | education and experience |
            experience and education | minimum requirements | must | required | essential |
            competencies | what we expect | what you will need | what you will bring | what you'll
            bring | technical requirements | desired experience | you bring | you'll bring | you
            will bring | what we need | you'll need | you will need | you'll have | you will have
        """,
        "preferred": """
            preferred qualifications | preferred skills | nice to have | nice to haves | bonus
            points | bonus | pluses | plus | desirable | desired skills | good to have | additional
            qualifications | it would be great if | extra credit | ideally | preferred | nice to
            have skills | desired qualifications | bonus skills | optional | would be a plus |
            preferred experience | it's a plus if | even better if | desirable skills | brownie
            points | a plus | advantageous | great to have | even better | nice | extra points |
            plus points | nice to haves
        """,
        "benefits": """
            benefits | perks | what we offer | we offer | compensation | salary | why join us | why
            work with us | perks and benefits | benefits and perks | what's in it for you | why
            you'll love working here | our offer | the offer | what you get | what you'll get | pay
            | compensation and benefits | salary and benefits | why us | location options
        """,
        "not_required": """
            not required | not needed | not necessary | not expected | you don't need | you do not
            need | what you don't need | what you do not need | you won't need | no need | what we
            don't expect | we don't expect | not a requirement
        """,
        "legal": """
            equal opportunity | equal opportunity employer | eeo statement | eeo | disclaimer |
            diversity and inclusion | diversity | legal
        """,
        "apply": """
            how to apply | apply | application process | to apply | next steps | interview process |
            contact | recruitment process | the process | process | hiring process | hiring steps |
            interview steps | how we hire | our hiring process | our interview process | recruitment
            steps | interview stages | selection process | what to expect | interviews | the
            interview
        """,
        "info": """
            location | job type | experience level | date posted | employment type | visa
            sponsorship | start date | reports to | travel | job code | job id | seniority level |
            remote | contract type | hours | good to know | practical information | practicalities |
            logistics | the details | job details | key facts | contract | employment | where | on
            call | working hours | working conditions | work conditions | work environment |
            working environment | physical demands | physical requirements | physical demands and
            work environment
        """,
    }
)

# Fallback rules on the words of a short heading, tried in order.
_RESUME_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), name)
    for pattern, name in (
        (r"\b(programming|technical|computer|software|it)\b.*\b(languages?|skills?)$", "skills"),
        (
            r"\b(skills?|competenc(y|ies)|technolog(y|ies)|expertise|proficienc(y|ies)|tools|"
            r"skillset|stack|frameworks)$",
            "skills",
        ),
        (r"\b(experience|employment|history|internships?|positions)$", "experience"),
        (r"\bprojects?$", "projects"),
        (r"\b(education|academics?|qualifications?)$", "education"),
        (r"\b(certifications?|certificates?|licen[cs]es?|courses?|trainings?)$", "certifications"),
        (r"\b(publications|papers|patents|talks)$", "publications"),
        (r"\blanguages?$", "languages"),
        (r"\b(interests|hobbies|activities)$", "interests"),
        (r"\b(awards|honou?rs|achievements|accomplishments)$", "awards"),
        (r"\b(summary|profile|objective|overview)$", "summary"),
        (r"\bresponsibilit(y|ies)$", "experience"),
    )
)
_JOB_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), name)
    for pattern, name in (
        (
            r"\b(nice to have|nice-to-have|preferred|bonus|pluses|a plus|desirable|desired|"
            r"good to have|optional|ideally|advantage(ous)?|great to have|"
            r"(extra|bonus|brownie|plus) points?)\b",
            "preferred",
        ),
        (
            r"\b(not (required|needed|necessary|expected|essential|mandatory|a requirement)|"
            r"(don't|do not|won't|will not|doesn't|does not) (need|expect|require)|no need)\b",
            "not_required",
        ),
        (r"\b(equal (employment )?opportunity|eeo|disclaimer|diversity)\b", "legal"),
        (r"\b(benefits|perks|we offer|compensation|salary|why join|why work)\b|^why\b", "benefits"),
        (
            r"\b(how to apply|apply|interview(s|ing)?|hiring (process|steps)|how we hire|"
            r"recruitment|selection process)\b",
            "apply",
        ),
        (r"^about (the |this )?(role|job|position|opportunity)$", "role"),
        (r"^about (the |this |your )?work$", "responsibilities"),
        (r"^about (you|yourself)$", "requirements"),
        (
            r"^(about|who we are|how we work|our (company|mission|story|culture|team|values))\b",
            "about",
        ),
        (
            r"\b(responsibilit(y|ies)|duties|what you('ll| will) (do|be doing|work on)|"
            r"day[- ]to[- ]day|your (role|impact|tasks|work|day)|accountabilities|"
            r"job looks like|day in the life)\b",
            "responsibilities",
        ),
        (
            r"\b(requirements?|qualifications?|must[- ]haves?|skills|competenc(y|ies)|"
            r"what you('ll| will)? (need|bring)|looking for|who you are|you have|your profile|"
            r"experience|knowledge|technologies|tech stack|education|what we need)\b",
            "requirements",
        ),
        (r"^you('ll| will)? (bring|have|need|should have)$", "requirements"),
        (r"\b(the role|the position|job description|overview|summary|mission|purpose)\b", "role"),
    )
)


def _any_rule(rules: tuple[tuple[re.Pattern[str], str], ...]) -> re.Pattern[str]:
    """One pattern that matches a phrase where any of ``rules`` does: most phrases match none
    of them, which one search tells."""
    return re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in rules))


_RESUME_ANY_RULE = _any_rule(_RESUME_RULES)
_JOB_ANY_RULE = _any_rule(_JOB_RULES)

# Labels that, inside a resume's skills section, name a list of skills, not a new section.
_SKILL_LIST_LABELS = frozenset({"languages", "skills", "summary", "certifications", "interests"})
# Sections of dated entries, and the labels that, inside them, list an entry's skills or name
# its project ("Project: S/4HANA implementation for a chemicals maker" under a consultant's job).
_ENTRY_SECTIONS = frozenset({"experience", "projects"})
_ENTRY_DETAIL_LABELS = frozenset(
    {
        "project",
        "project name",
        "project title",
        "tech stack",
        "stack",
        "technology stack",
        "technologies",
        "technology",
        "tools",
        "tools and technologies",
        "frameworks",
        "software",
        "environment",
        "tech",
    }
)
_HEADING_CLEAN = re.compile(r"[^a-z0-9'+#/ ]+")
_LEADING_MARKUP = re.compile(
    r"^[\s#*_=|>•·▪◦●○■□➢►▶‣⁃∙✓✔❖◆\ufe0f"
    + "".join(sorted(EMOJI_BULLETS))
    + rf"-]*(?:{LIST_MARK}\s+)?"
)
# Emoji that open a heading in postings ("🛠️ What you'll do", "🎁 Perks"): any pictograph.
_LEADING_EMOJI = re.compile(r"^\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?\s*")
# A sentence that introduces a list ("... for the following", "You might be a fit if you
# have") may be longer than a heading.
_MAX_LEAD_IN_WORDS = 14
_LEAD_IN_ENDS = frozenset(
    {("you", "have"), ("you", "bring"), ("looking", "for"), ("you", "need"), ("we", "need")}
)
_MAX_HEADING_WORDS = 7
# A numbered line's number: "2. ", "3) ", "iv. ".
_NUMBERED = re.compile(rf"\s*{LIST_MARK}\s+")


def _same_marker(line: str, previous: str) -> bool:
    """Whether two lines open with list markers of one list: numbers ("1. ", "2. ") or the
    same emoji ("🔸 ").

    >>> _same_marker("2. Experience with X", "1. SQL"), _same_marker("🔸 B", "🔸 A")
    (True, True)
    >>> _same_marker("💎 Nice to have", "🔹 Terraform")
    False
    """
    if _NUMBERED.match(line):
        return _NUMBERED.match(previous) is not None
    first = line.lstrip()[:1]
    return first in EMOJI_BULLETS and previous.lstrip()[:1] == first


def _heading_words(phrase: str) -> list[str]:
    """The words of a heading: lowercase, '&' -> 'and', punctuation dropped."""
    phrase = phrase.lower().replace("&", " and ").replace("’", "'").replace("‘", "'")
    return _HEADING_CLEAN.sub(" ", phrase).split()


def _normalise(phrase: str) -> str:
    return " ".join(_heading_words(phrase))


def classify_heading(phrase: str, kind: DocKind) -> str | None:
    """The section a heading names, or None when ``phrase`` is not a heading."""
    words = _heading_words(phrase)
    if not words or len(words) > _MAX_HEADING_WORDS:
        return None
    normal = " ".join(words)
    exact = _JOB_EXACT if kind == "job" else _RESUME_EXACT
    if normal in exact:
        return exact[normal]
    rules, any_rule = (
        (_JOB_RULES, _JOB_ANY_RULE) if kind == "job" else (_RESUME_RULES, _RESUME_ANY_RULE)
    )
    if any_rule.search(normal) is None:
        return None
    return _by_rules(normal, rules)


def _by_rules(normal: str, rules: tuple[tuple[re.Pattern[str], str], ...]) -> str | None:
    for pattern, name in rules:
        if pattern.search(normal):
            return name
    return None


def classify_lead_in(phrase: str) -> str | None:
    """The section a posting's sentence that introduces a list names ("You will get extra
    points for the following"), or None.

    >>> classify_lead_in("You will get extra points for the following")
    'preferred'
    >>> classify_lead_in("You will do the following") is None
    True
    >>> classify_lead_in("You might be a great fit if you have")
    'requirements'
    """
    words = _heading_words(phrase)
    if not words or len(words) > _MAX_LEAD_IN_WORDS:
        return None
    if words[-1] != "following" and tuple(words[-2:]) not in _LEAD_IN_ENDS:
        return None
    normal = " ".join(words)
    if _JOB_ANY_RULE.search(normal) is None:
        return None
    return _by_rules(normal, _JOB_RULES)


def _job_title(phrase: str, kind: DocKind) -> bool:
    """Whether a resume's line that reads as a heading by a word of it ("Technology") is a job
    title instead: it names a role ("Business Analyst, Claims Technology"). The headings
    gapcheck knows by their whole words ("Technical Skills") are never titles.

    >>> _job_title("Business Analyst, Claims Technology", "resume")
    True
    >>> _job_title("Tools and Technologies", "resume")
    False
    """
    if kind != "resume":
        return False
    words = _heading_words(phrase)
    return " ".join(words) not in _RESUME_EXACT and not ROLE_NOUNS.isdisjoint(words)


def _names_a_skill(phrase: str, line: str) -> bool:
    """Whether a posting's line that reads as a heading by its last word ("experience",
    "knowledge") names what is asked instead: "Kotlin / Android experience", "SQL knowledge",
    but not "Relevant experience" or "Experience:" (a colon or markup makes it a heading).

    >>> _names_a_skill("Kotlin / Android experience", "Kotlin / Android experience")
    True
    >>> _names_a_skill("Required experience", "Required experience")
    False
    >>> _names_a_skill("Python experience", "**Python experience**")
    False
    """
    words = _heading_words(phrase)
    if len(words) < 2 or words[-1] not in ("experience", "knowledge"):
        return False
    if " ".join(words) in _JOB_EXACT:
        return False
    stripped = line.strip()
    if stripped.endswith(":") or stripped.startswith(("#", "**", "__")):
        return False
    return any(word not in _HEADING_ADJECTIVES for word in words[:-1])


# Words that may come before "experience" or "knowledge" in a heading.
_HEADING_ADJECTIVES = frozenset(
    "required relevant desired preferred your the technical professional work industry and "
    "skills education prior previous minimum additional ideal key essential general our what "
    "we you bring need domain other nice to have bonus some useful helpful".split()
)


def _strip_heading(line: str) -> tuple[str, bool]:
    """The heading text of a line and whether it carried Markdown/bullet markup."""
    stripped = line.strip()
    marked = stripped.startswith(("#", "**", "__"))
    text = _LEADING_EMOJI.sub("", _LEADING_MARKUP.sub("", stripped))
    text = text.strip().strip("*_#=:|-–— \t").strip()
    return text, marked


def _looks_like_heading_line(line: str) -> tuple[str, int] | None:
    """(heading text, length of the heading part) if the line may be a heading."""
    stripped = line.strip()
    if not stripped or len(stripped) > 80 or stripped[-1] in ".,;":
        return None  # a line's last character ends its heading text too, see below
    if line[:1].isspace() and stripped[0].islower():
        return None  # an indented line in lowercase continues the bullet above it
    first = stripped[0]
    if (
        first in BULLETS
        and first not in "*#-="
        and first not in EMOJI_BULLETS  # "✅ What we're looking for" may be a heading
        and not stripped.startswith("**")
    ):
        return None
    if first in "-*" and stripped[1:2] == " ":  # a Markdown bullet, not "**Skills**"
        return None
    text, _ = _strip_heading(stripped)
    if not text or text[-1] in ".,;" or not any(ch.isalpha() for ch in text):
        return None
    colon = text.find(":")
    if colon >= 0 and "," in text[colon:]:
        return None  # a label and its list ("RTOS: FreeRTOS, Zephyr (personal projects)")
    return text, len(stripped)


def find_sections(text: str, kind: DocKind) -> list[SectionSpan]:
    """Sections of ``text``, in order, covering it from start to end.

    Headings open sections that run to the next heading. In postings, a ``Label: content``
    line or an inline cue opens a section only for its own line (and the lines that continue
    it), after which the section around it resumes; and each statement is read on its own, so
    a sentence about the company, the benefits, the hiring process or the law is marked as
    such wherever it stands (:mod:`gapcheck.components.statement_kinds`).
    """
    boundaries, labels = _headings(text, kind)
    if kind == "resume":
        boundaries = _implied_experience(text, boundaries)
    spans = _spans_from_boundaries(text, boundaries)
    for start, end, name, heading in labels:
        spans = _overlay(spans, start, end, name, heading)
    overlays: list[tuple[int, int, str]] = []
    section_of = section_lookup(spans)
    headings = {span.start: span.heading for span in spans if span.heading}
    # In resumes only legal text is looked for (a resume states no company, benefits, ...).
    reader = StatementReader(text, None if kind == "job" else ())
    read = kind == "job" or reader.has_legal_text()
    for start, end in statements(text) if read else ():
        if start in headings and _strip_heading(text[start:end])[0] == headings[start]:
            continue  # a heading line says what follows, not what the company does
        overlays += reader.overlays(start, end, section_of(start) if kind == "job" else "")
    for start, end, name in overlays:
        spans = _overlay(spans, start, end, name, "")
    return _merge_adjacent(_absorb_blanks(text, spans))


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
# A date range of an entry ("2020 to present", "Jan 2019 - Mar 2021"), not a date alone.
_RANGE_WORDS = re.compile(r"[-–—~]|\b(?:to|till|until|through|present|current)\b", re.IGNORECASE)


def _implied_experience(
    text: str, boundaries: list[tuple[int, str, str]]
) -> list[tuple[int, str, str]]:
    """``boundaries`` with an experience section where a resume without one lists dated
    entries right after its header, before any heading: "Luis Ortega / Joliet, IL ... /
    (blank) / Shipping Lead — Prairie Cold Storage — 2020 to present". The entries start at
    the first dated line's paragraph, after the header's."""
    if any(name in ("experience", "projects") for _, name, _ in boundaries):
        return boundaries
    header_end = next((start for start, name, _ in boundaries if name != "header"), len(text))
    for found in parse_date_ranges(text[:header_end]):
        if not _RANGE_WORDS.search(found.text):
            continue  # "since 2020", "Summer 2020": no entry's range
        line = text.rfind("\n", 0, found.start_char) + 1
        blanks = [m.end() for m in _BLANK_LINE.finditer(text, 0, line)]
        if not blanks:
            return boundaries  # the dates are in the header's own lines
        start = entry_start(text, line, blanks[-1])
        return sorted([*boundaries, (start, "experience", "")], key=lambda b: b[0])
    return boundaries


def _absorb_blanks(text: str, spans: Sequence[SectionSpan]) -> list[SectionSpan]:
    """``spans`` with each piece of only spaces and punctuation (left between two statements)
    joined to the section before it."""
    result: list[SectionSpan] = []
    for span in spans:
        if result and not any(ch.isalnum() for ch in text[span.start : span.end]):
            result[-1] = result[-1].model_copy(update={"end": span.end})
        else:
            result.append(span)
    return result


# Sections whose skills a posting asks for (the rest: about, benefits, legal, ...).
_ASKING = frozenset(
    {"title", "other", "role", "responsibilities", "requirements", "stack", "preferred"}
)
# The colon that ends a label, in a line.
_LABEL_COLON = re.compile(r":(?=\s|$)")
# Labels of a posting's education line, which after a blank line end a list of preferred
# skills: "Nice to have: ...\n\nEducation: B.Com / M.Com / MBA".
_DEGREE_LABELS = frozenset({"education", "qualification", "educational qualification"})
# A field or list label: a few words and a colon, then content ("Stack: Go, Kafka").
_LABEL_LINE = re.compile(r"^\W*[^\W\d][^:.!?]{0,40}:\s+\S")


def _headings(
    text: str, kind: DocKind
) -> tuple[list[tuple[int, str, str]], list[tuple[int, int, str, str]]]:
    """Heading boundaries ``(start, name, heading)`` and, in postings, scoped label sections
    ``(start, end, name, heading)``."""
    lines = [(a, b) for a, b in text_lines(text) if text[a:b].strip()]
    boundaries: list[tuple[int, str, str]] = []
    labels: list[tuple[int, str, str, int]] = []  # start, name, heading, line number
    industry_line: int | None = None  # the line number of the last "Industry" heading
    for number, (line_start, line_end) in enumerate(lines):
        content = text[line_start:line_end].rstrip("\r")
        lead = len(content) - len(content.lstrip())
        if number == 0:
            title = _title_boundary(content, kind)
            if title is not None:
                boundaries.append((line_start + (lead if kind == "job" else 0), *title))
                if title[0] == "title":
                    continue
        candidate = _looks_like_heading_line(content)
        if (
            candidate is not None
            and number > 0
            and text[lines[number - 1][0] : lines[number - 1][1]].rstrip().endswith(",")
            and text[lines[number - 1][1] : line_start].count("\n") == 1
        ):
            candidate = None  # a list that goes on after a comma: "negotiation,\npresentations"
        # The line under an "Industry" heading is its value, whatever its words ("Staffing
        # and Recruiting" names no section of how to apply).
        if (
            candidate is not None
            and not (kind == "job" and _LABEL_LINE.match(content))
            and (industry_line is None or number != industry_line + 1)
        ):
            name = classify_heading(candidate[0], kind)
            if name is None and kind == "job":
                name = classify_lead_in(candidate[0])
            if kind == "job" and _names_a_skill(candidate[0], content):
                name = None  # "Kotlin / Android experience": a list item, not a heading
            elif (
                name is not None
                and number > 0
                and _same_marker(content, text[lines[number - 1][0] : lines[number - 1][1]])
                and _normalise(candidate[0]) not in (_JOB_EXACT if kind == "job" else _RESUME_EXACT)
            ):
                # "2. Experience with cloud data platforms" after "1. ...", "🔸 Experience
                # with Fivetran" after "🔸 Terraform": an item of a list, not a heading
                name = None
            elif name is not None and _job_title(candidate[0], kind):
                name = None  # "Business Analyst, Claims Technology": a role held
            if name is not None:
                boundaries.append((line_start + lead, name, candidate[0]))
                if name == "industry":
                    industry_line = number
                continue
        if ":" not in content:
            continue  # no label
        current = boundaries[-1][1] if boundaries else ("other" if kind == "job" else "header")
        follows_text = number > 0 and text[lines[number - 1][1] : line_start].count("\n") <= 1
        for offset, name, heading in _line_labels(content, kind, current, follows_text):
            if kind == "resume":
                boundaries.append((line_start + offset, name, heading))
            else:
                labels.append((line_start + offset, name, heading, number))
    return boundaries, _label_scopes(text, lines, labels, boundaries)


def _title_boundary(content: str, kind: DocKind) -> tuple[str, str] | None:
    """The boundary the first line of a document opens: a posting's title, a resume's header."""
    heading_like = _looks_like_heading_line(content)
    is_heading = heading_like is not None and classify_heading(heading_like[0], kind)
    if kind == "resume":
        return ("header", "")
    if not is_heading and len(content.split()) <= 12 and not content.rstrip().endswith("."):
        title = _strip_heading(content)[0] or content.strip()  # "# Data Analyst"
        return ("title", _TITLE_LABEL.sub("", title) or title)  # "Job Title: Data Analyst"
    return None


# The label of a posting's title line: "Job Title: Big Data Engineer", "Position - Analyst".
_TITLE_LABEL = re.compile(
    r"^(?:(?:job|position|role|vacancy)\s*(?:title|name)?|title)\s*[:\-–—]\s*(?=\S)",
    re.IGNORECASE,
)


def _line_labels(
    content: str, kind: DocKind, current: str, follows_text: bool
) -> list[tuple[int, str, str]]:
    """``(offset, section, heading)`` of the ``Label:`` cues of one line that open a section.

    A label at the start of a list item, or one naming a section that requires skills inside
    a section of preferred ones ("MLOps experience: Docker" under "Nice to have"), labels the
    item and opens nothing.
    """
    found: list[tuple[int, str, str]] = []
    bullet = content.lstrip()[:1] in BULLETS and content.lstrip()[:2] not in ("**", "__")
    for match in _LABEL_COLON.finditer(content):
        head_start = _phrase_start(content, match.start())
        phrase = content[head_start : match.start()]
        if not phrase.strip() or len(phrase.split()) > _MAX_HEADING_WORDS:
            continue
        heading, _ = _strip_heading(phrase)
        name = classify_heading(heading, kind) if heading else None
        if name is None:
            continue
        if kind == "resume":
            if head_start > 0:
                continue  # inline cues are a posting style; in resumes they are list labels
            if bullet and current in ("experience", "projects"):
                continue  # "- Built the observability stack: Prometheus, ...": the entry's
            if current == "skills" and name in _SKILL_LIST_LABELS:
                continue  # "Languages: Python, R" inside a skills section is a list label
            if _entry_detail(current, heading, content[match.end() :], follows_text):
                continue  # "Tech stack: Go, Kafka" under a job: part of the entry
        elif head_start == 0 or not content[:head_start].strip(" *_#•-"):
            if bullet:
                continue
            if (
                name in _ASKING
                and current == "preferred"
                and (follows_text or _normalise(heading) not in _DEGREE_LABELS)
            ):
                continue  # "MLOps experience: Docker" under "Nice to have": an item's label
        elif bullet and name in _ASKING and current == "preferred":
            continue  # "• State and local tax (SALT) experience: nexus, ...": the item's too
        lead = len(phrase) - len(phrase.lstrip())
        found.append((head_start + lead, name, heading))
    return found


def _label_scopes(
    text: str,
    lines: Sequence[tuple[int, int]],
    labels: Sequence[tuple[int, str, str, int]],
    boundaries: Sequence[tuple[int, str, str]],
) -> list[tuple[int, int, str, str]]:
    """Where each label's section ends: at the next label of its line, else at the end of its
    line and of the lines that continue it (not a heading, a field label or a blank line)."""
    heading_starts = {position for position, _, _ in boundaries}
    scoped: list[tuple[int, int, str, str]] = []
    for index, (start, name, heading, number) in enumerate(labels):
        following = labels[index + 1] if index + 1 < len(labels) else None
        if following is not None and following[3] == number:
            scoped.append((start, following[0], name, heading))
            continue
        last = number
        while last + 1 < len(lines):
            next_start, _ = lines[last + 1]
            between = text[lines[last][1] : next_start]
            next_line = text[next_start : lines[last + 1][1]]
            lead = len(next_line) - len(next_line.lstrip())
            if (
                between.count("\n") > 1
                or next_start + lead in heading_starts
                or _is_field_line(next_line)
            ):
                break
            last += 1
        scoped.append((start, lines[last][1], name, heading))
    return scoped


def _is_field_line(line: str) -> bool:
    """Whether a line is a ``Label: content`` field, not a list item."""
    stripped = line.lstrip()
    return bool(_LABEL_LINE.match(stripped)) and stripped[:1] not in BULLETS


def _overlay(
    spans: Sequence[SectionSpan], start: int, end: int, name: str, heading: str
) -> list[SectionSpan]:
    """``spans`` with ``[start, end)`` given to section ``name``; what follows it resumes the
    section it interrupted."""
    covered = [s for s in spans if s.start < end and s.end > start]
    if end <= start or all(s.name == name for s in covered):
        return list(spans)
    result: list[SectionSpan] = []
    inserted = False
    for span in spans:
        if span.end <= start or span.start >= end:
            if span.start >= end and not inserted:
                result.append(SectionSpan(name=name, heading=heading, start=start, end=end))
                inserted = True
            result.append(span)
            continue
        if span.start < start:
            result.append(span.model_copy(update={"end": start}))
        if not inserted:
            result.append(SectionSpan(name=name, heading=heading, start=start, end=end))
            inserted = True
        if span.end > end:
            result.append(span.model_copy(update={"start": end, "heading": ""}))
    if not inserted:
        result.append(SectionSpan(name=name, heading=heading, start=start, end=end))
    return result


def _entry_detail(current: str, label: str, rest: str, follows_text: bool) -> bool:
    """Whether a resume's "Label: values" line details the entry above it rather than opening
    a section: the entry's stack ("Tech stack:", "Tools:", "Technologies:") written right under
    a job or project, with no blank line between."""
    return (
        current in _ENTRY_SECTIONS
        and _normalise(label) in _ENTRY_DETAIL_LABELS
        and follows_text
        and bool(rest.strip())
    )


def _phrase_start(line: str, colon: int) -> int:
    """Start of the heading phrase that ends at ``colon``: after the last sentence break."""
    cut = 0
    for index in range(colon - 1, -1, -1):
        char = line[index]
        if char in ".!?;" and (index + 1 >= len(line) or line[index + 1].isspace()):
            cut = index + 1
            break
        if char == ")" and index + 1 < colon and line[index + 1] == " ":
            # "(1-4 years) Skills:" -> the phrase begins after the parenthesis
            cut = index + 1
            break
    return cut


def _spans_from_boundaries(
    text: str, boundaries: Iterable[tuple[int, str, str]]
) -> list[SectionSpan]:
    ordered = sorted(boundaries, key=lambda b: b[0])
    spans: list[SectionSpan] = []
    current_name, current_heading, current_start = "other", "", 0
    for position, name, heading in ordered:
        if position > current_start:
            spans.append(
                SectionSpan(
                    name=current_name, heading=current_heading, start=current_start, end=position
                )
            )
        current_name, current_heading, current_start = name, heading, position
    if current_start < len(text) or not spans:
        spans.append(
            SectionSpan(
                name=current_name, heading=current_heading, start=current_start, end=len(text)
            )
        )
    return _merge_adjacent(spans)


def _merge_adjacent(spans: list[SectionSpan]) -> list[SectionSpan]:
    merged: list[SectionSpan] = []
    for span in spans:
        if merged and merged[-1].name == span.name and span.heading == "":
            last = merged.pop()
            span = SectionSpan(name=last.name, heading=last.heading, start=last.start, end=span.end)
        merged.append(span)
    return merged


_JOB_CUES = re.compile(
    r"\b(we are looking for|we're looking for|you will|you'll|the ideal candidate|"
    r"job description|responsibilities|requirements|qualifications|nice to have|"
    r"equal opportunity|apply|our team|join (us|our)|we offer|benefits|what you'll do|"
    r"must have|is hiring|are hiring|the candidate|candidates|preferred)\b",
    re.IGNORECASE,
)
_RESUME_CUES = re.compile(
    r"(\b(work experience|professional experience|employment history|education|"
    r"curriculum vitae|references available|linkedin\.com/in|github\.com/|objective|"
    r"professional summary|i am|i have|my )\b|[\w.+-]+@[\w-]+\.[\w.]+|"
    r"\+?\d[\d ()-]{8,}\d|\b(19|20)\d\d\s*[-–—]\s*((19|20)\d\d|present|current)\b)",
    re.IGNORECASE,
)


def section_lookup(sections: Sequence[SectionSpan]) -> Callable[[int], str]:
    """A function giving the name of the section that holds a character offset.

    >>> section_of = section_lookup([SectionSpan(name="skills", heading="", start=0, end=9)])
    >>> section_of(3)
    'skills'
    """
    starts = [section.start for section in sections]

    def section_of(offset: int) -> str:
        index = bisect.bisect_right(starts, offset) - 1
        return sections[index].name if index >= 0 else "other"

    return section_of


def token_sections(doc: Doc) -> list[str]:
    """The name of the section of each token of ``doc`` ("other" outside any section).

    >>> import spacy
    >>> register_extensions()
    >>> doc = spacy.blank("en")("Skills: Python")
    >>> doc._.gapcheck_sections = [SectionSpan(name="skills", heading="", start=0, end=14)]
    >>> token_sections(doc)
    ['skills', 'skills', 'skills']
    """
    sections = doc._.gapcheck_sections or []
    names = ["other"] * len(doc)
    if not sections:
        return names
    idx = token_table(doc).idx
    for section in sections:
        first = bisect.bisect_left(idx, section.start)
        last = bisect.bisect_left(idx, section.end)
        names[first:last] = [section.name] * (last - first)
    return names


def detect_kind(text: str) -> DocKind:
    """Whether ``text`` reads like a job posting or a resume (by counting cue phrases).

    >>> detect_kind("We are looking for a data engineer. Requirements: 5+ years of SQL.")
    'job'
    """
    sample = text[:20_000]
    job = len(_JOB_CUES.findall(sample))
    resume = len(_RESUME_CUES.findall(sample))
    for line in sample.splitlines():
        candidate = _looks_like_heading_line(line)
        if candidate is None:
            continue
        heading = candidate[0]
        if _normalise(heading) in _JOB_EXACT and _normalise(heading) not in _RESUME_EXACT:
            job += 2
        elif _normalise(heading) in _RESUME_EXACT and _normalise(heading) not in _JOB_EXACT:
            resume += 2
    return "job" if job > resume else "resume"


class SectionDetector:
    """spaCy component: sets ``doc._.gapcheck_kind`` (if unset) and ``doc._.gapcheck_sections``.

    The document kind may be set before the pipeline runs (``doc._.gapcheck_kind = "job"``);
    otherwise it is detected from the text.
    """

    def __init__(self, nlp: Language, name: str = "gapcheck_sections") -> None:
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        kind = doc._.gapcheck_kind
        if kind not in ("resume", "job"):
            kind = detect_kind(doc_text(doc))
            doc._.gapcheck_kind = kind
        doc._.gapcheck_sections = find_sections(doc_text(doc), kind)
        return doc


def register_extensions() -> None:
    """Register gapcheck's ``Doc`` extensions once."""
    for name in (
        "gapcheck_kind",
        "gapcheck_sections",
        "gapcheck_skill_meta",
        "gapcheck_requirements",
        "gapcheck_entries",
        "gapcheck_education",
        "gapcheck_today",
    ):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


@Language.factory("gapcheck_sections")
def make_section_detector(nlp: Language, name: str) -> SectionDetector:
    """Factory of the ``gapcheck_sections`` component."""
    return SectionDetector(nlp, name)
