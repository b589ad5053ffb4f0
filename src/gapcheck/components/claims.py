"""Drop mentions that claim no skill: part of an organisation's name ("Oracle Inc"), a job
title ("Java Developer") of a skill named elsewhere too, a soft skill named in passing.

A soft skill, knowledge area or practice counts where it is claimed or asked for ("strong
communication skills", a skills list, a posting's requirements), not wherever its words occur
("communication with clients", "sales rose 20%").

>>> import spacy
>>> from gapcheck.components.layout import get_layout
>>> from gapcheck.components.matching import Candidate
>>> from gapcheck.taxonomy import load_taxonomy
>>> claims = ClaimFilter(load_taxonomy())
>>> doc = spacy.blank("en")("Worked at Oracle Inc with strong communication skills")
>>> mentions = [Candidate(2, 3, "oracle-database", False), Candidate(6, 7, "communication", False)]
>>> [c.skill_id for c in claims.keep(doc, mentions, get_layout(doc), ["other"] * len(doc))]
['communication']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from spacy.tokens import Doc

from gapcheck.components.context import (
    LIST_SEPARATORS,
    clause_window,
    line_end,
    line_start,
    words_after,
    words_before,
)
from gapcheck.components.layout import BULLETS, Layout, doc_text, token_lowers
from gapcheck.components.matching import Candidate
from gapcheck.marks import DASHES
from gapcheck.taxonomy import INDUSTRY_SUBCATEGORY, Taxonomy
from gapcheck.wordlist import ROLE_NOUNS, known_words

__all__ = [
    "INDUSTRY_SUBCATEGORY",
    "ClaimFilter",
    "names_employer",
    "names_employers_industry",
    "opens_title_line",
]

# Marks between a role and its unit or team on a title line ("Staff Nurse, Medical ICU").
_ROLE_SEPARATORS = frozenset({",", "|", "-", "–", "—", "/", "·", "•", "→"})
# Words of rank that may come before a job title's skill ("Senior DevOps Engineer").
_RANKS = frozenset(
    "senior sr sr. junior jr jr. lead principal staff chief head associate assistant "
    "deputy mid-level entry-level graduate".split()
)
# A line longer than this (runs of spaces counted as one) is not a job title line (with its
# dates and place).
_TITLE_LINE_CHARS = 120
# Words after a name that make it an organisation's name ("Oracle Inc", "SAP Labs India").
_COMPANY_SUFFIXES = frozenset(
    {
        "inc",
        "inc.",
        "corp",
        "corp.",
        "corporation",
        "ltd",
        "ltd.",
        "llc",
        "limited",
        "pvt",
        "pvt.",
        "plc",
        "gmbh",
        "ag",
        "college",  # "Russell Sage College" is no Sage software
        "university",
        "llp",
        "labs",
        "incorporated",
        "s.a.",
        "b.v.",
    }
)
# Categories of practices and domains (not technologies): like soft skills, they are reported
# where claimed or shown, not wherever the words occur ("sales rose 20%", "English teacher").
_PRACTICE_CATEGORIES = frozenset({"business", "analytical", "soft_skills", "spoken_languages"})
# The capitalised words an employer's name may have before an industry.
_EMPLOYER_WORDS = 4
# Sections where naming a soft skill or a knowledge area claims it (or, in a job, asks for it).
# "industry": a posting's field of the employer's industries names domains, asked or not.
_CLAIM_SECTIONS = frozenset(
    {"skills", "stack", "requirements", "preferred", "languages", "education", "industry"}
)
# Sections where a soft skill written as a past action ("collaborated", "mentored") shows it.
_DEMONSTRATION_SECTIONS = frozenset({"experience", "projects"})
# A posting's sections of the job's duties, where the object of a verb of practice is asked.
_DUTY_SECTIONS = frozenset({"responsibilities", "role"})
# Words near a soft skill or knowledge area that make it a claim: "strong X skills".
_CLAIM_CUES = frozenset(
    {
        "skills",
        "skill",
        "skilled",
        "experience",
        "experienced",
        "expertise",
        "expert",
        "knowledge",
        "knowledgeable",
        "proficient",
        "proficiency",
        "familiar",
        "familiarity",
        "background",
        "strong",
        "excellent",
        "good",
        "solid",
        "deep",
        "understanding",
        "ability",
        "abilities",
        "able",
        "competent",
        "competence",
        "competency",
        "certified",
        "trained",
        "training",
        "specialist",
        "specialized",
        "specialised",
        "specializing",
        "focus",
        "focused",
        "track",
        "demonstrated",
        "proven",
        "exceptional",
        "outstanding",
        "great",
        "effective",
        "fluent",
        "native",
        "advanced",
        "intermediate",
        "basic",
        "working",
        "hands-on",
        "passion",
        "passionate",
        "years",
        "in-depth",
        "thorough",
        "sound",
        "keen",
        "capable",
        "capability",
        "capabilities",
        "excel",
        "mastery",
        "clear",
        "confident",
        "articulate",
        "natural",
        "accomplished",
        "seasoned",
        "versed",
        "skillful",
        "skilful",
        # "Basics of cryptography", "comfortable with databases", "exposure to MLOps"
        "basics",
        "fundamentals",
        "comfortable",
        "exposure",
        "grounding",
        "fluency",
    }
)


# "Work with product, analytics and data science", "partner with marketing and finance teams":
# the knowledge areas after a verb of working together name teams, not skills, when the list
# names a team (one of _TEAM_WORDS) too.
_TOGETHER_VERBS = frozenset(
    {
        "work", "works", "working", "worked", "partner", "partners", "partnering", "partnered",
        "collaborate", "collaborates", "collaborating", "collaborated", "liaise", "liaises",
        "liaising", "liaised", "coordinate", "coordinates", "coordinating", "coordinated",
        "closely", "together", "directly", "alongside", "cross-functionally",
    }
)  # fmt: skip
_TEAM_WORDS = frozenset(
    {
        "team", "teams", "stakeholders", "partners", "colleagues", "counterparts", "peers",
        "departments", "functions", "groups", "product", "leadership", "engineering", "design",
        "business", "operations", "executives", "customers", "clients", "hse", "ehs", "hsse",
    }
)  # fmt: skip
# Departments, named as list items: "with product management, sales and customer success".
_DEPARTMENTS = frozenset(
    {
        "product", "product management", "engineering", "design", "sales", "marketing",
        "finance", "legal", "operations", "support", "customer success", "customer support",
        "leadership", "hr", "people", "security", "compliance", "procurement", "it",
        "data science", "analytics", "research", "growth", "partnerships", "executives",
        "business", "service desk", "help desk", "helpdesk", "qa", "infrastructure",
        # a bank's or an insurer's: "across Risk, Finance and Consumer Banking"
        "risk", "audit", "internal audit", "treasury", "tax", "accounting", "underwriting",
        "claims",
        # a plant's: "Lead HAZOP studies together with HSE"
        "hse", "ehs", "hsse",
        # a hospital's: "communicate plans with physicians, nurses and speech therapy"
        "physicians", "doctors", "nurses", "nursing", "providers", "pharmacy", "pharmacists",
        "therapists", "case management", "case managers", "social work", "social workers",
        "dietitians", "physical therapy", "occupational therapy", "speech therapy",
        "respiratory therapy", "radiology", "teachers", "families", "parents",
    }
)  # fmt: skip
# A bank's business lines, units only when written as names in a list of those one partners
# with ("partners with Retail, Commercial Banking and Treasury Management").
_BUSINESS_LINES = frozenset(
    {
        "retail", "retail banking", "commercial banking", "consumer banking", "corporate banking",
        "treasury management", "wealth management", "lending", "fraud", "private banking",
    }
)  # fmt: skip
# Words before a list item that do not change which team it is ("the service desk").
_TEAM_DETERMINERS = frozenset({"the", "our", "your", "their", "its", "a"})
# Words after a skill's name that make it a team or the people one works with: "with the
# data science team", "with our wet-lab scientists", "alongside ML engineers".
_TEAM_NOUNS = frozenset(
    {
        "team", "teams", "scientists", "engineers", "researchers", "analysts", "developers",
        "colleagues", "partners", "counterparts", "specialists", "experts", "leads",
        "consultants", "architects", "designers", "department", "departments",
    }
)  # fmt: skip
# Words that open a list of teams: "work with ...", "alongside ...", "across ...".
_TEAM_ANCHORS = frozenset({"with", "alongside", "across"})
_ITEM_SEPARATORS = frozenset({",", "and", "or", "&", "/", ";"})
# Words that end such a list: what follows is no longer who one works with ("work with
# engineers on data modelling", "partner with product to build analytics").
_LIST_ENDS = frozenset(
    {"to", "on", "in", "for", "by", "using", "via", "of", "from", "into", "at", "across", "so", ")"}
)
_LIST_SPAN = 12  # tokens from "with" to the mention at most
# Verbs that open a practice's name, done for a purpose in an entry's bullet: "met with users
# to gather requirements", "paired with juniors to mentor them", "to train new hires".
_PURPOSE_VERBS = frozenset(
    "gather elicit mentor coach train review negotiate facilitate analyze analyse".split()
)
# Verbs whose object is a practice or an area one works in ("Ran the on-call rotation",
# "Introduced GitOps", "Led the SRE practice"), or a practice's own record when the name is the
# whole object ("Built the RAID log", "Maintained the risk register"); a name that only
# describes the object is not claimed ("Built a demand-forecasting model", "Modeled sales
# data": see _OBJECT_ENDS).
_PRACTICE_VERBS = frozenset(
    "ran led introduced implemented adopted established owned championed practiced practised "
    "applied instituted managed headed conducted delivered facilitated built maintained "
    # as a posting's duties state them: "Run FEA", "You will lead SEO", "Owns the roadmap"
    "run runs lead leads introduce implement implements adopt establish own owns champion "
    "practice practise apply applies manage manages head conduct conducts deliver delivers "
    "facilitate facilitates perform performs performed coordinate coordinates coordinated "
    "build builds maintain maintains prepare prepares prepared produce produces produced "
    "support supports supported process processes processed improve improves improved "
    "optimize optimizes optimized optimise optimises optimised administer administers "
    "administered wrote "
    # an engineer's duties: "Design, build and operate microservices", "Drive the roadmap"
    "design designs designed develop develops developed operate operates operated create "
    "creates created deploy deploys deployed architect architects architected define defines "
    "defined drive drives drove write writes tune tunes tuned "
    # duties of handling: "Handle controlled substances", "Handled customer complaints"
    "handle handles handled "
    # duties of keeping to a code or a rule: "Follow the National Electrical Code"
    "follow follows followed comply complies complied "
    # a record or a task done: "Complete CTRs under BSA/AML rules"
    "complete completes completed "
    # a teller's and an analyst's duties: "Open new checking accounts", "Detect check fraud"
    "open opens opened detect detects detected prevent prevents prevented investigate "
    "investigates investigated "
    # a talk or a training given: "Gave presentations to the board"
    "give gives gave "
    # records kept: "keep CII counts and DEA records audit-ready"
    "keep keeps kept "
    # a system's set-up: "Configured cost center and profit center accounting"
    "configure configures configured "
    # a buyer's duties: "Negotiated framework agreements", "Monitor supplier performance"
    "negotiate negotiates negotiated monitor monitors monitored "
    # a plan carried out: "Develop and execute category strategies"
    "execute executes executed "
    # a return or a record filed: "File quarterly payroll tax returns", "Prepare 941s"
    "file files filed "
    # a payer billed: "Bill Medicaid for eligible sessions"
    "bill bills billed "
    # a clinician's duties: "Evaluate and diagnose voice disorders", "Treated dysphagia"
    "diagnose diagnoses diagnosed treat treats treated".split()
)
# Verbs of taking part, with the word before their object: "Participate in code reviews",
# "take part in the on-call rotation", "contribute to incident response".
_PARTAKING = frozenset(
    "participate participates participated partake part contribute contributes contributed "
    "engage engages engaged".split()
)
_PARTAKING_WORDS = frozenset({"in", "to", "with", "on"})
# Verbs of helping with a practice: "Assist with the month-end close".
_ASSISTING = frozenset("assist assists assisted assisting help helps helped helping".split())
_TAKING = frozenset({"take", "takes", "took", "taking"})
# Verbs of keeping one's knowledge up: "Stay current on NCCI edits", "keep up with".
_KEEPING = frozenset("stay stays stayed keep keeps kept remain remains".split())
# Words joining two objects of one verb, and the longest first object looked across.
_CONJUNCTS = frozenset({"and", ",", "&", "or"})
_FIRST_OBJECT_WORDS = 3
_DESCRIBING_WORDS = 2  # plain words between a verb of practice and its object, at most
_MORE_OBJECTS = 4  # objects before the mention looked across


def _plain(word: str) -> bool:
    """Whether ``word`` may be part of a first object: a word, not a mark or a joining word."""
    return word.isalpha() and word not in _CONJUNCTS and word not in _PRACTICE_VERBS


def _word_hyphen(lowers: Sequence[str], i: int) -> bool:
    """Whether ``lowers[i]`` is the hyphen of a word the tokenizer split ("month", "-", "end").

    >>> _word_hyphen(["month", "-", "end"], 1), _word_hyphen(["2019", "-", "2021"], 1)
    (True, False)
    """
    return (
        lowers[i] == "-"
        and 0 < i < len(lowers) - 1
        and lowers[i - 1].isalpha()
        and lowers[i + 1].isalpha()
    )


# Words that may stand between such a verb and its object.
# Words of a period may come too: "Prepare monthly financial statements", "the annual audit".
_OBJECT_LEADS = frozenset(
    "the a an our its their his her my all new daily weekly monthly quarterly annual yearly "
    "year-end month-end".split()
)
# Words after the object that end it (the mention is the object, not a word describing it:
# "Ran the on-call rotation for ...", not "Ran demand forecasting reviews").
_OBJECT_ENDS = DASHES | frozenset(
    ". , ; : ( ) and or for across with in on at to from by using via over of as that which "
    "who per under within following according through during where when whenever together "
    "alongside jointly".split()
)
# Words after a practice that name its ways, not an object it describes: "apply causal
# inference methods", "use agile practices" ("demand forecasting reviews" describes reviews).
_WAYS = frozenset(
    "methods method techniques technique approaches approach methodologies methodology "
    "principles practices".split()
)


class ClaimFilter:
    """The claim checks of one taxonomy: which skills must be claimed, which are tools."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        # A practice's software ("MS Project", "Google Ads") is a tool: used, not claimed.
        self._needs_claim = frozenset(
            skill.id
            for skill in taxonomy
            if skill.kind in ("soft", "knowledge")
            or (
                skill.category in _PRACTICE_CATEGORIES
                and not (skill.kind == "hard" and (skill.subcategory or "").endswith(" tools"))
            )
        )
        self._knowledge = frozenset(skill.id for skill in taxonomy if skill.kind == "knowledge")
        # Industries ("Insurance", "Retail"): an employer named by one shows the domain.
        self._industries = frozenset(
            skill.id for skill in taxonomy if skill.subcategory == INDUSTRY_SUBCATEGORY
        )
        # Named methods of a practice ("MEDDPICC", "Six Sigma"): written as a name, not as
        # everyday words, they need no claim.
        self._named_methods = frozenset(
            skill.id
            for skill in taxonomy
            if skill.kind == "hard" and skill.category in _PRACTICE_CATEGORIES
        )
        self._tools = frozenset(skill.id for skill in taxonomy if skill.kind == "hard")
        self._taxonomy = taxonomy

    def keep(
        self, doc: Doc, mentions: Sequence[Candidate], layout: Layout, sections: Sequence[str]
    ) -> list[Candidate]:
        """The ``mentions`` (accepted, without overlaps, in text order) that claim a skill.

        ``sections`` holds the section name of each token of ``doc``.
        """
        lowers = token_lowers(doc)
        clause_of = layout.token_clause
        same_clause: dict[int, list[Candidate]] = {}
        for candidate in mentions:
            same_clause.setdefault(clause_of[candidate.start], []).append(candidate)
        kept: list[Candidate] = []
        for candidate in mentions:
            if (
                _names_no_skill(doc, candidate, layout, lowers)
                or self._employer(doc, candidate, layout)
                or (kept and _product_served(doc, kept[-1], candidate, clause_of, lowers))
            ):
                continue
            # A named method is a practice: only a skill that needs a claim can be one.
            if (
                candidate.skill_id in self._needs_claim
                and not (
                    candidate.skill_id in self._named_methods and _written_as_name(doc, candidate)
                )
                and not (candidate.skill_id in self._knowledge and _long_acronym(doc, candidate))
                and not (kept and _joined_to(kept[-1], candidate, clause_of, lowers))
                and not self._claimed(
                    doc,
                    candidate,
                    layout,
                    sections,
                    lowers,
                    same_clause[clause_of[candidate.start]],
                )
            ):
                continue
            kept.append(candidate)
        return _without_repeated_titles(doc, kept, layout.flattened, sections)

    def roles(
        self, doc: Doc, mentions: Sequence[Candidate], layout: Layout, sections: Sequence[str]
    ) -> list[Candidate]:
        """The ``mentions`` inside a job title in an experience or project entry ("Senior
        Product Marketing Manager", "Java Developer"): roles held, whether or not the mention
        is kept as evidence (a title of a skill named elsewhere is not)."""
        flat = layout.flattened
        return [
            c
            for c in mentions
            if sections[c.start] in _DEMONSTRATION_SECTIONS
            and _in_job_title(doc, c, flat)
            and not _organisation_name(doc, c, flat)
        ]

    def named_roles(
        self,
        doc: Doc,
        mentions: Sequence[Candidate],
        layout: Layout,
        sections: Sequence[str],
        skills_named: Callable[[Sequence[str]], list[str]],
    ) -> list[Candidate]:
        """Mentions of a practice by the role that does it, where no mention covers them: a
        job title that opens an entry's line ("Business Analyst, Claims Technology": business
        analysis; "Data Scientist | Acme": data science), a role with its years ("Business
        analyst with four years in insurance"), or the role of years of experience ("3-5 years
        of experience as a business analyst"). ``skills_named`` gives the skills a sequence of
        lowercase words names (:meth:`AliasMatcher.skills_named`).
        """
        taken = {i for c in mentions for i in range(c.start, c.end)}
        lowers = token_lowers(doc)
        found = []
        for end, word in enumerate(lowers, start=1):
            practice = _PRACTICE_OF_ROLE.get(word)
            if practice is None or end - 1 in taken:
                continue
            role = self._role_skill(doc, lowers, end, practice, layout, sections, skills_named)
            if role is not None:
                found.append(role)
        return found

    def _role_skill(
        self,
        doc: Doc,
        lowers: Sequence[str],
        end: int,
        practice: str,
        layout: Layout,
        sections: Sequence[str],
        skills_named: Callable[[Sequence[str]], list[str]],
    ) -> Candidate | None:
        """The practice of the role whose noun ends at token ``end`` (see :meth:`named_roles`)."""
        after = words_after(doc, end, 3, layout.flattened)
        titled = sections[end - 1] in _DEMONSTRATION_SECTIONS and (
            not after or after[0] in _ROLE_SEPARATORS or after[0] in ("(", "at", "@")
        )
        stated = len(after) >= 2 and after[0] == "with" and _counts(after[1])
        if not (titled or stated or _as_role(lowers, end)):
            return None
        line = layout.token_line[end - 1]
        for start in range(max(0, end - 4), end - 1):
            words = [w for w in lowers[start : end - 1] if w.strip()]
            if (
                layout.token_line[start] != line
                or not words
                or not all(w.isalpha() for w in words)
                or (titled and not doc[start].text[:1].isupper())
            ):
                continue
            named = skills_named([*words, practice])
            skill = self._taxonomy.get(named[0]) if named else None
            if skill is None or skill.kind in ("certification", "degree"):
                continue
            if skill.category == "education":
                continue  # "Software Engineer" does no field of study
            candidate = Candidate(start, end, skill.id, False, accepted=True)
            if stated or opens_title_line(doc, candidate, layout):
                return candidate
            if start > 0 and lowers[start - 1] in ("a", "an") and _as_role(lowers, end):
                return candidate  # "experience as a business analyst"
        if titled and practice in _PRACTICES_ALONE:
            # "Staff Accountant - Tax, Ostrander & Beal": the role alone, after words of rank
            named = skills_named([practice])
            if named:
                candidate = Candidate(end - 1, end, named[0], False, accepted=True)
                if opens_title_line(doc, candidate, layout):
                    return candidate
        return None

    def keep_names(
        self, doc: Doc, mentions: Sequence[Candidate], layout: Layout
    ) -> list[Candidate]:
        """The ``mentions`` (in text order) that are no part of an organisation's name ("Oracle
        Inc"), no team someone works with, and no job title of a skill named elsewhere too: the
        checks of :meth:`keep` that hold for any mention, claimed or not (the trained tagger's
        additions go through these)."""
        lowers = token_lowers(doc)
        kept = [
            c
            for c in mentions
            if not _names_no_skill(doc, c, layout, lowers) and not self._employer(doc, c, layout)
        ]
        return _without_repeated_titles(doc, kept, layout.flattened)

    def _employer(self, doc: Doc, candidate: Candidate, layout: Layout) -> bool:
        """Whether the mention ends an employer's name after a job title ("Data Engineer,
        Acme Analytics, 2020 - 2023"; "Software Engineer | Bluefin Security"), which names no
        skill of the person's, unless it is an industry (the employer's domain: "Mutual
        Insurance") or a unit the employer follows ("Staff Nurse, Medical ICU, Mercy Hospital")."""
        if candidate.skill_id in self._industries or not names_employer(doc, candidate, layout):
            return False
        before = doc[candidate.start - 1] if candidate.start > 0 else None
        if before is None or not (before.is_alpha and before.text[:1].isupper()):
            return False  # right after the title's separator: a unit ("Nurse, ICU, 2019")
        line = layout.token_line[candidate.start]
        return not _named_after(doc, candidate.end, line, layout)

    def _claimed(
        self,
        doc: Doc,
        candidate: Candidate,
        layout: Layout,
        sections: Sequence[str],
        lowers: Sequence[str],
        neighbours: Sequence[Candidate],
    ) -> bool:
        """Whether a soft skill or knowledge area is claimed or asked for, not just named.

        "Strong communication skills", "experience in banking", a skills list or a job's
        requirements claim it; "communication with clients" or "sales rose 20%" do not.
        ``neighbours`` are the mentions of the same clause.
        """
        section = sections[candidate.start]
        if section in _CLAIM_SECTIONS:
            return True
        if section == "title" and _on_first_line(doc, candidate, layout):
            return True  # the posting's title names the role: "Machine Learning Engineer"
        if section in _DEMONSTRATION_SECTIONS:
            if lowers[candidate.start].endswith("ed"):
                return True  # "collaborated with legal", "mentored two analysts"
            if (
                candidate.start > 0
                and lowers[candidate.start - 1] == "to"
                and lowers[candidate.start] in _PURPOSE_VERBS
            ):
                return True  # "met with business users to gather reporting requirements"
            if _opens_bullet(doc, candidate, layout.flattened):
                return True  # "• Onboard 15 new hires a month", "• Mentor three engineers"
            if opens_title_line(doc, candidate, layout):
                return True  # a role held: "Front-end Developer", "Data Analyst"
            if _unit_of_role(doc, candidate, layout):
                return True  # where it was held: "Staff Nurse, Medical ICU, Mercy Hospital"
            if _employer_described(doc, candidate, layout):
                return True  # the employer's field: "Ledgerline (AP automation SaaS)"
            if candidate.skill_id in self._industries and (
                names_employers_industry(doc, candidate, layout)
                or _industry_of_work(candidate, lowers)
            ):
                # The employer's industry ("Project Manager | Mutual Insurance"), or that of
                # what the work was for ("On-call for the payments platform").
                return True
            if _object_of_action(candidate, layout.token_clause, lowers):
                return True  # "Ran the on-call rotation", "Introduced GitOps"
            if _measured(candidate, lowers) or _grown(candidate, lowers):
                # a result stated: "96% gross revenue retention", "Grew comp sales 11%"
                return True
            if candidate.skill_id in self._knowledge and self._near_tool(candidate, neighbours):
                return True  # "built an NLP pipeline with spaCy"
        if section in _DUTY_SECTIONS:
            if _object_of_action(candidate, layout.token_clause, lowers):
                return True  # a posting's duty: "Run FEA and tolerance analyses", "Lead SEO"
            if _opens_bullet(doc, candidate, layout.flattened):
                return True  # "* Debugging production issues with senior engineers"
            if (
                candidate.skill_id in self._knowledge
                and self._near_tool(candidate, neighbours)
                and not _place_of_work(candidate, lowers)
            ):
                return True  # "Build microservices in Java and Spring Boot"
        if _listed_item(doc, candidate, layout.flattened, neighbours):
            return True
        return _claim_cue_near(candidate, layout.token_clause, lowers)

    def _near_tool(self, candidate: Candidate, neighbours: Sequence[Candidate]) -> bool:
        """Whether a named technology is used in the same clause, a few words away."""
        for other in neighbours:
            if other is candidate:
                continue
            distance = max(candidate.start - other.end, other.start - candidate.end)
            if distance <= 6 and other.skill_id in self._tools:
                return True
        return False


def _object_of_action(
    candidate: Candidate, clause_of: Sequence[int], lowers: Sequence[str]
) -> bool:
    """Whether the mention is the object of a verb of practice (:data:`_PRACTICE_VERBS`) or
    of taking part ("take part in") that opens its clause ("Ran the on-call rotation",
    "Introduced GitOps"), perhaps past one word describing it ("lead incident postmortems"),
    and names no team ("Managed the finance team").

    >>> def judge(text: str, start: int, end: int) -> bool:
    ...     lowers = text.split()
    ...     return _object_of_action(Candidate(start, end, "x", False), [0] * len(lowers), lowers)
    >>> judge("- ran the on-call rotation for 14 services", 3, 5)
    True
    >>> judge("- ran discovery calls and product demos for buyers", 5, 7)  # a second object
    True
    >>> judge("- presented results to finance leadership", 4, 5)  # no verb of practice
    False
    >>> judge("- ran demand forecasting reviews weekly", 2, 4)  # it only describes the object
    False
    >>> judge("- modeled sales , inventory and web-analytics data", 2, 3)
    False
    >>> judge("- build and own project plans , schedules , raid logs and status reports", 12, 14)
    True
    >>> judge("- improve performance ( core web vitals )", 4, 7)  # a gloss of the object
    True
    >>> judge("- onboard new hires and run open enrollment", 6, 8)  # a second action
    True
    >>> judge("- design , build and operate high-throughput microservices", 7, 8)
    True
    >>> judge("- supported month - end and year - end closing", 6, 10)  # a split hyphen
    True
    >>> judge("- take part in code reviews", 4, 6)  # a verb of taking part
    True
    >>> judge("- apply causal inference methods where trials fail", 2, 4)  # its ways
    True
    >>> judge("- built policy and claims apis for insurers", 5, 6)  # described, in a list
    True
    >>> judge("- led 5 - why root cause analysis", 5, 8)  # a describing word split at "-"
    True
    >>> judge("- own deals end to end : demos , business cases and negotiation", 12, 13)
    True
    >>> judge("- skills : demos , business cases and negotiation", 8, 9)  # no duty before
    False
    """
    clause = clause_of[candidate.start]

    def in_clause(i: int) -> bool:
        return i >= 0 and clause_of[i] == clause

    end = candidate.end
    if end < len(lowers) and lowers[end] in _WAYS:
        end += 1  # "apply causal inference methods"
    elif end < len(lowers) and _EDITION.fullmatch(lowers[end]):
        end += 1  # a code's edition or a tool's version: "Led code analysis (IBC 2018, ADA)"
    after = lowers[end] if end < len(lowers) else ""
    if after.strip() and after not in _OBJECT_ENDS:
        return False  # "Ran demand forecasting reviews", "Managed the finance team"
    i = candidate.start - 1
    while in_clause(i) and (_object_lead(lowers[i]) or not lowers[i].strip()):
        i -= 1
    j = i
    for _ in range(_DESCRIBING_WORDS):
        if not (in_clause(j) and _modifier(lowers[j])):
            break
        # Words describing the object: "operate high-throughput microservices", "lead
        # incident postmortems", "Own a $900K paid media budget"; one split at its hyphen
        # ("led 5-Why root cause analysis").
        if in_clause(j - 2) and lowers[j - 1] == "-" and lowers[j - 2].isalnum():
            j -= 2
        j -= 1
        while in_clause(j) and (_object_lead(lowers[j]) or not lowers[j].strip()):
            j -= 1
        if in_clause(j) and (lowers[j] in _PRACTICE_VERBS or _partaking(lowers, j, in_clause) >= 0):
            i = j
            break
        if in_clause(j) and lowers[j] in _CONJUNCTS:
            i = j  # a later object of a list: "Built policy and claims APIs"
            break
    if in_clause(i) and lowers[i] == "(":
        # A gloss of the object before it: "Improve performance (Core Web Vitals)".
        first = i - 1
        while in_clause(first) and not lowers[first].strip():
            first -= 1
        end = first
        while in_clause(first) and end - first < _FIRST_OBJECT_WORDS and _plain(lowers[first]):
            first -= 1
        while in_clause(first) and (lowers[first] in _OBJECT_LEADS or not lowers[first].strip()):
            first -= 1
        if first == end:
            return False
        i = first
    for _ in range(_MORE_OBJECTS):
        if not (in_clause(i) and lowers[i] in _CONJUNCTS):
            break
        # A later object of a list: "Ran discovery calls and product demos", "Own project
        # plans, schedules, RAID logs and status reports".
        first = i - 1
        while (
            in_clause(first)
            and i - first <= _FIRST_OBJECT_WORDS
            and (_plain(lowers[first]) or _word_hyphen(lowers, first) or not lowers[first].strip())
        ):
            first -= 1  # a line break inside an item too: "business\n  cases"
        while in_clause(first) and (lowers[first] in _OBJECT_LEADS or not lowers[first].strip()):
            first -= 1
        if first == i - 1 or not in_clause(first):
            break
        i = first
    if in_clause(i) and lowers[i] == ":":
        # The items after a colon detail a duty that opens the clause: "Own deals end to end:
        # discovery calls, ROI business cases and contract negotiation".
        colon = i
        while in_clause(i - 1) and lowers[i - 1] not in BULLETS:
            i -= 1
        while i < colon and not lowers[i].strip():
            i += 1
    if in_clause(i) and lowers[i] in _PARTAKING_WORDS:
        i = _partaking(lowers, i, in_clause)
        if i < 0:
            return False
    elif not in_clause(i) or lowers[i] not in _PRACTICE_VERBS:
        return False
    i -= 1
    while in_clause(i - 1) and lowers[i] in _CONJUNCTS and lowers[i - 1] in _PRACTICE_VERBS:
        i -= 2  # two verbs of one object: "Build and own the plans"
    while in_clause(i) and (not lowers[i].strip() or lowers[i] in BULLETS):
        i -= 1
    # The verb opens the clause, or a second action of it: "Onboard new hires and run open
    # enrollment".
    return not in_clause(i) or lowers[i] == "and"


def _industry_of_work(candidate: Candidate, lowers: Sequence[str]) -> bool:
    """Whether an industry's name describes what an entry's work was for: its clients, its
    systems or its products ("for the payments platform", "banking clients").

    >>> _industry_of_work(Candidate(3, 4, "x", False), "on-call for the payments platform".split())
    True
    >>> _industry_of_work(Candidate(2, 3, "x", False), "presented to banking".split())
    False
    """
    end = candidate.end
    while end < len(lowers) and not lowers[end].strip():
        end += 1
    return end < len(lowers) and lowers[end] in _WORK_FOR_NOUNS


# What an entry's work may be for, after an industry's name: "banking clients", "the payments
# platform", "insurance products".
_WORK_FOR_NOUNS = frozenset(
    "client clients customer customers platform platforms system systems product products "
    "app apps application applications company companies".split()
)


def _measured(candidate: Candidate, lowers: Sequence[str]) -> bool:
    """Whether a percentage stands right before the mention: a result it states ("96% gross
    revenue retention", "112% net revenue retention").

    >>> words = "- 96 % gross revenue retention".split()
    >>> _measured(Candidate(3, 6, "x", False), words), _measured(Candidate(1, 2, "x", False), words)
    (True, False)
    """
    i = candidate.start - 1
    return i > 0 and lowers[i] == "%" and _AMOUNT.fullmatch(lowers[i - 1]) is not None


def _grown(candidate: Candidate, lowers: Sequence[str]) -> bool:
    """Whether the mention is what the writer grew, by a percentage stated after it ("Grew comp
    sales 11%", "Increased sales by 20%"); not a figure that rose of itself ("sales rose 20%").

    >>> words = "- grew comp sales 11 % in 2024".split()
    >>> _grown(Candidate(2, 4, "sales", False), words)
    True
    >>> _grown(Candidate(1, 2, "sales", False), "- sales rose 20 %".split())
    False
    """
    before = candidate.start - 1
    if before < 0 or lowers[before] not in _GROWTH_VERBS:
        return False
    after = lowers[candidate.end : candidate.end + 4]
    return "%" in after


# Verbs of a result the writer brought about, before what grew: "Grew comp sales 11%".
_GROWTH_VERBS = frozenset(
    "grew grow grows increased increase increases raised boosted lifted drove doubled tripled "
    "improved".split()
)


def _modifier(word: str) -> bool:
    """Whether ``word`` may describe a verb's object before its name: a plain or hyphenated
    word ("incident", "high-throughput") or a short code of letters and digits ("8D" of "Led
    8D root cause investigations"), not a joining word or a verb of practice."""
    plain = word.replace("-", "")
    return (
        (plain.isalpha() or (plain.isalnum() and not plain.isdigit()))
        and word not in _CONJUNCTS
        and word not in _PRACTICE_VERBS
        and word not in _OBJECT_ENDS
        and word not in _PARTAKING_WORDS
    )


def _partaking(lowers: Sequence[str], i: int, in_clause: Callable[[int], bool]) -> int:
    """The position of the verb of a verb of taking part whose last word ("in", "to", "with",
    "on") is at ``i`` ("participate in", "take part in", "contribute to", "assist with",
    "partner with finance on"), or -1.

    >>> words = "- take part in code reviews".split()
    >>> _partaking(words, 3, lambda i: 0 <= i < len(words))
    1
    >>> _partaking("- believe in".split(), 2, lambda i: i >= 0)
    -1
    >>> _partaking("- partner with accounting on the close".split(), 4, lambda i: i >= 0)
    1
    >>> _partaking("- assist with the close".split(), 2, lambda i: i >= 0)
    1
    >>> _partaking("- stay current on ncci edits".split(), 3, lambda i: i >= 0)
    1
    """
    if lowers[i] not in _PARTAKING_WORDS or not in_clause(i - 1):
        return -1
    verb = i - 1
    if lowers[i] in ("on", "with"):
        # "Stay current on NCCI edits", "keep up to date with", "keep up with": knowing it
        for lead in (("current",), ("up", "to", "date"), ("up-to-date",), ("up",)):
            first = i - len(lead)
            if (
                tuple(lowers[first:i]) == lead
                and in_clause(first - 1)
                and lowers[first - 1] in _KEEPING
            ):
                return first - 1
    if lowers[i] == "with":
        return verb if lowers[verb] in _ASSISTING else -1
    if lowers[i] == "on":
        # "Partner with accounting on the month-end close": a verb of working together, the
        # ones worked with, then what is worked on.
        for j in range(i - 2, max(-1, i - 6), -1):
            if not in_clause(j):
                return -1
            if lowers[j] == "with":
                together = in_clause(j - 1) and lowers[j - 1] in _TOGETHER_VERBS
                return j - 1 if together else -1
        return -1
    if lowers[verb] not in _PARTAKING:
        return -1
    if lowers[verb] == "part":
        if not (in_clause(verb - 1) and lowers[verb - 1] in _TAKING):
            return -1
        verb -= 1
    return verb


_LEADING_VERBS = 2
_VERB_JOINERS = frozenset({",", "and", "&"})


def _opens_bullet(doc: Doc, candidate: Candidate, flat: bool) -> bool:
    """Whether the mention opens a bulleted or numbered line: the skill is what the line is
    about, most often as its verb ("• Onboard new hires", "3. Mentor three engineers"); so is
    one of the line's first verbs ("• Lead, coach and grow managers") and the verb that opens
    its clause after a semicolon ("- Settle claims; negotiate with contractors")."""
    i = candidate.start - 1
    while i >= 0 and doc[i].is_space and "\n" not in doc[i].text:
        i -= 1
    # The second or third of the line's verbs: "• Lead, coach and grow engineering managers".
    for _ in range(_LEADING_VERBS):
        if i > 0 and doc[i].lower_ in _VERB_JOINERS and doc[i - 1].is_alpha:
            i -= 2
    if i > 0 and doc[i].text == ";":
        # The second action of a bullet: "- Settle claims up to $40,000; negotiate with ...".
        while i > 0 and "\n" not in doc[i - 1].text:
            i -= 1
    if i < 0:
        return False
    if doc[i].text in BULLETS:
        return line_start(doc, i, flat)
    # A numbered line: "3. Communicate findings", "2) Mentor engineers".
    if doc[i].text in (".", ")") and i > 0 and doc[i - 1].text.isdigit():
        i -= 1
    elif not _LIST_NUMBER.fullmatch(doc[i].text):
        return False
    return len(doc[i].text) <= 3 and line_start(doc, i, flat)


def _object_lead(word: str) -> bool:
    """Whether ``word`` may stand between a verb of practice and its object: an article or
    the like (:data:`_OBJECT_LEADS`), a count ("Built 12 dashboards", "Ran 30+ tests") or an
    amount ("Managed a $2M budget", "Own a €500k+ budget": "$", "2", "m").

    >>> [_object_lead(w) for w in ("the", "12", "$", "1.2", "m", "500k+", "budget")]
    [True, True, True, True, True, True, False]
    """
    return word in _OBJECT_LEADS or word in _AMOUNT_WORDS or _AMOUNT.fullmatch(word) is not None


# The parts of an amount of money the tokenizer splits ("$", "900", "K"): currency signs and
# codes, and the words for thousands and millions.
_AMOUNT_WORDS = frozenset(
    "+ $ € £ ¥ usd eur gbp k m mm b bn thousand million millions billion".split()
)
_EDITION = re.compile(r"(?:19|20)\d\d|v?\d+(?:\.\d+)+")
_AMOUNT = re.compile(r"(?:[a-z]{0,3}[$€£])?\d[\d,.]*(?:k|m|mm|b|bn)?\+?")  # "ca$9m"


_CONJUNCTS = _ITEM_SEPARATORS - {";"}


def _joined_to(
    previous: Candidate, candidate: Candidate, clause_of: Sequence[int], lowers: Sequence[str]
) -> bool:
    """Whether the mention is joined by "and", "or" or a comma to the kept mention right before
    it in its clause, sharing its claim: "Run our SOC 2 Type II and ISO 27001 audit programs".

    >>> lowers = "run soc 2 and iso 27001 audits".split()
    >>> _joined_to(Candidate(1, 3, "a", False), Candidate(4, 6, "b", False), [0] * 7, lowers)
    True
    >>> _joined_to(Candidate(1, 3, "a", False), Candidate(5, 6, "b", False), [0] * 7, lowers)
    False
    """
    if clause_of[previous.start] != clause_of[candidate.start]:
        return False
    between = [w for w in lowers[previous.end : candidate.start] if w.strip()]
    return len(between) == 1 and between[0] in _CONJUNCTS


def _listed_item(
    doc: Doc, candidate: Candidate, flat: bool, neighbours: Sequence[Candidate]
) -> bool:
    """Whether the mention is an item of a list: a line of its own, or between separators
    next to another skill of its clause."""
    before = words_before(doc, candidate.start, 1, flat)
    after = words_after(doc, candidate.end, 1, flat)
    listed_before = not before or before[0] in LIST_SEPARATORS
    listed_after = not after or after[0] in LIST_SEPARATORS
    if not (listed_before and listed_after):
        return False
    if line_start(doc, candidate.start, flat) and line_end(doc, candidate.end, flat):
        return True  # a line of its own: a list item
    return any(
        other is not candidate
        and (0 <= candidate.start - other.end <= 2 or 0 <= other.start - candidate.end <= 2)
        for other in neighbours
    )


def _names_no_skill(doc: Doc, candidate: Candidate, layout: Layout, lowers: Sequence[str]) -> bool:
    """Whether the mention is part of an organisation's name ("Oracle Inc") or one of the teams
    someone works with ("work with product, analytics and data science"), claimed or not."""
    # The cheaper tests first: most mentions follow no "with". The people of a field named
    # right after "with" are colleagues, whatever their field's name ("Work with ABAP
    # developers on enhancements", "alongside our UX designers").
    return (
        _organisation_name(doc, candidate, layout.flattened)
        or _team_named(candidate, lowers)
        or _office_named(doc, candidate, lowers, layout.flattened)
        or _school_subject(candidate, lowers)
        or _person_above(candidate, lowers)
        or (
            _names_a_team(
                candidate, layout.token_clause, lowers, lambda i: doc[i].text[:1].isupper()
            )
            and (
                _ordinary_words(doc, candidate)
                or doc[candidate.start : candidate.end].text.lower() in _DEPARTMENTS
            )
        )
    )


def _person_above(candidate: Candidate, lowers: Sequence[str]) -> bool:
    """Whether the mention names the person one works under, after "under the supervision of
    a", "supervised by the" or "reporting to the", perhaps with a word or two before the
    title: "working under the supervision of a California Professional Geologist", "reporting
    to the Data Science Manager"; or before "supervision" after "under" ("under PLS
    supervision"), or before "in responsible charge". The person's licence or field is not
    the reader's.

    >>> words = "under the supervision of a california professional geologist".split()
    >>> _person_above(Candidate(6, 8, "professional-geologist", False), words)
    True
    >>> words = "provide supervision of construction activities".split()
    >>> _person_above(Candidate(3, 4, "construction-management", False), words)
    False
    >>> words = "drafted base maps under pls supervision".split()
    >>> _person_above(Candidate(4, 5, "professional-land-surveyor", False), words)
    True
    """
    after = [w for w in lowers[candidate.end : candidate.end + 4] if w.strip()]
    if after[:1] and after[0] in _OVERSIGHT_NOUNS and _under_before(candidate, lowers):
        return True  # "Drafted maps under PLS supervision", "under the RN's direction"
    if after[:3] == ["in", "responsible", "charge"]:
        return True  # "field notes for the PLS in responsible charge"
    index = candidate.start - 1
    for _ in range(_TITLE_WORDS_BEFORE):  # "a California", "the licensed"
        if index < 2 or lowers[index] in _PERSON_DETERMINERS:
            break
        if not lowers[index].isalpha():
            return False
        index -= 1
    if index < 2 or lowers[index] not in _PERSON_DETERMINERS:
        return False
    return (lowers[index - 2], lowers[index - 1]) in _PERSON_CUES


def _under_before(candidate: Candidate, lowers: Sequence[str]) -> bool:
    """Whether "under" comes right before the mention, perhaps with "the", "a" or "direct":
    "under PLS supervision", "under the direct supervision"."""
    index = _back_over(lowers, candidate.start - 1, _UNDER_FILLERS)
    return index >= 0 and lowers[index] == "under"


def _back_over(lowers: Sequence[str], index: int, fillers: frozenset[str]) -> int:
    """The index of the first word at or before ``index`` that is neither a space nor one of
    ``fillers`` ("the", "our"...), or -1."""
    while index >= 0 and (not lowers[index].strip() or lowers[index] in fillers):
        index -= 1
    return index


_PERSON_CUES = frozenset(
    {("supervision", "of"), ("supervised", "by"), ("reporting", "to"), ("reports", "to")}
)
_OVERSIGHT_NOUNS = frozenset({"supervision", "direction", "oversight", "guidance"})
_UNDER_FILLERS = frozenset({"a", "an", "the", "direct", "general"})
_PERSON_DETERMINERS = frozenset({"a", "an", "the", "our"})
_TITLE_WORDS_BEFORE = 3  # words between the determiner and the person's title, at most


def _place_of_work(candidate: Candidate, lowers: Sequence[str]) -> bool:
    """Whether the mention names the places a duty is done in ("Lead outbreak investigations
    in long-term care facilities, schools and restaurants"): after "in", "at" or "across",
    ending in a word for places.

    >>> words = "lead outbreak investigations in long - term care facilities".split()
    >>> _place_of_work(Candidate(4, 9, "long-term-care", False), words)
    True
    >>> _place_of_work(Candidate(1, 2, "x", False), "build microservices in java".split())
    False
    """
    start = candidate.start
    return (
        start > 0
        and lowers[start - 1] in ("in", "at", "across")
        and lowers[candidate.end - 1] in _PLACE_NOUNS
    )


# Words for the places work is done in.
_PLACE_NOUNS = frozenset(
    "facilities facility homes home settings setting centers centres center centre schools "
    "hospitals clinics units wards sites plants stores branches".split()
)


def _office_named(doc: Doc, candidate: Candidate, lowers: Sequence[str], flat: bool) -> bool:
    """Whether the mention names the field of an office held by the people the work is for or
    with, inside a line: "Sell to CFOs, controllers and VPs of Finance", "report to the Head
    of Data"; not a title opening its line ("Director of Engineering | Acme").

    >>> import spacy
    >>> doc = spacy.blank("en")("Sell to controllers and VPs of Finance")
    >>> _office_named(doc, Candidate(6, 7, "finance", False), token_lowers(doc), False)
    True
    >>> doc = spacy.blank("en")("Director of Engineering | Acme")
    >>> _office_named(doc, Candidate(2, 3, "engineering", False), token_lowers(doc), False)
    False
    """
    office = candidate.start - 2
    if office < 0 or lowers[office + 1] != "of" or lowers[office] not in _OFFICES:
        return False
    if lowers[office] in ("president", "presidents") and office > 0:
        office -= int(lowers[office - 1] in ("vice", "-"))
        office -= int(office > 0 and lowers[office] == "-" and lowers[office - 1] == "vice")
    return not line_start(doc, office, flat)


def _school_subject(candidate: Candidate, lowers: Sequence[str]) -> bool:
    """Whether the mention is a subject a school teaches, in a list with reading or writing
    ("instruction in reading, writing, math, science and social studies", "ELA and math"): a
    class taught, not the knowledge of a mathematician.

    >>> words = "instruction in reading , writing , math , science and social studies".split()
    >>> _school_subject(Candidate(6, 7, "mathematics", False), words)
    True
    >>> _school_subject(Candidate(1, 2, "mathematics", False), "strong math and statistics".split())
    False
    """
    if " ".join(lowers[candidate.start : candidate.end]) not in _TAUGHT_SUBJECTS:
        return False
    before = lowers[max(0, candidate.start - _SUBJECT_LIST_REACH) : candidate.start]
    after = lowers[candidate.end : candidate.end + _SUBJECT_LIST_REACH]
    nearest = [w for w in (*before[-1:], *after[:1]) if w.strip()]
    if not nearest or not set(nearest) <= _SUBJECT_JOINERS:
        return False  # not an item of a list
    return not _LITERACY_SUBJECTS.isdisjoint((*before, *after))


_TAUGHT_SUBJECTS = frozenset({"math", "maths", "mathematics", "science", "sciences"})
# School subjects no other field lists beside mathematics: "reading, writing, math".
_LITERACY_SUBJECTS = frozenset({"reading", "writing", "ela", "phonics", "spelling", "literacy"})
_SUBJECT_JOINERS = frozenset({",", "and", "or", "&", "/"})
_SUBJECT_LIST_REACH = 6  # words either side of a subject looked at for its list


# Offices named by their field after "of": "VP of Finance", "Heads of Engineering".
_OFFICES = frozenset(
    "vp vps svp svps evp evps avp avps head heads director directors president presidents "
    "chief chiefs dean deans".split()
)


def _product_served(
    doc: Doc,
    previous: Candidate,
    candidate: Candidate,
    clause_of: Sequence[int],
    lowers: Sequence[str],
) -> bool:
    """Whether the mention names, in lowercase words after "for our" and a word or two that
    describe it, the writer's product that the work named just before it serves: "Build APIs
    for our merchant dashboard" asks for APIs, not for dashboards; not a named product ("tests
    for our Python SDK"), nor the field the work is in ("Java for our back-end applications").

    >>> import spacy
    >>> doc = spacy.blank("en")("Build APIs for our merchant dashboard")
    >>> lowers = [t.lower_ for t in doc]
    >>> _product_served(doc, Candidate(1, 2, "a", False), Candidate(5, 6, "b", False),
    ...                 [0] * 6, lowers)
    True
    """
    if clause_of[previous.start] != clause_of[candidate.start]:
        return False
    gap = [i for i in range(previous.end, candidate.start) if lowers[i].strip()]
    if len(gap) < 2 or len(gap) > 7:
        return False
    owner = next((n for n in range(len(gap) - 1) if lowers[gap[n]] == "for"), None)
    if owner is None or lowers[gap[owner + 1]] not in _PRODUCT_OWNERS or owner > 3:
        return False
    describing = gap[owner + 2 :]
    return (
        0 < len(describing) <= 2
        and all(lowers[i].isalpha() for i in describing)
        and all(token.is_space or token.is_lower for token in doc[candidate.start : candidate.end])
    )


# The words of the writer's own products, in a posting or a resume: "for our merchant dashboard".
_PRODUCT_OWNERS = frozenset({"our"})


def _written_as_name(doc: Doc, candidate: Candidate) -> bool:
    """Whether the mention is written as a method's name, not as words: a capital inside a
    word ("SAFe") or a long acronym that is no English word ("MEDDPICC", "BPMN"); not
    "PROJECT MANAGEMENT" in capitals, nor a short acronym ("HR", "PMO") that needs a claim.

    >>> import spacy
    >>> doc = spacy.blank("en")("Used MEDDPICC and PROJECT MANAGEMENT and HR")
    >>> spans = ((1, 2), (3, 5), (6, 7))
    >>> [_written_as_name(doc, Candidate(start, end, "x", False)) for start, end in spans]
    [True, False, False]
    """
    words = known_words()
    for token in doc[candidate.start : candidate.end]:
        text = token.text
        if not text.isalpha():
            continue
        if text.isupper():
            if len(text) < 4 or text.lower() in words:
                return False
        elif text.islower() or text.istitle():
            return False
    return True


def _long_acronym(doc: Doc, candidate: Candidate) -> bool:
    """Whether the mention's words are acronyms of four letters or more that are no English
    words: a standard or a body of knowledge named ("WCAG 2.1", "HIPAA", "GDPR"), which needs no
    claim; not "SaaS", "DevOps" or "AI", which may be named in passing.

    >>> import spacy
    >>> doc = spacy.blank("en")("WCAG 2.1 and SaaS and SOLID")
    >>> [_long_acronym(doc, Candidate(s, e, "x", False)) for s, e in ((0, 2), (3, 4), (5, 6))]
    [True, False, False]
    >>> _long_acronym(spacy.blank("en")("BUILD BACKEND SYSTEMS"), Candidate(1, 2, "x", False))
    False
    """
    words = known_words()
    letters = [t.text for t in doc[candidate.start : candidate.end] if t.text.isalpha()]
    if not letters or not all(
        w.isupper() and len(w) >= 4 and w.lower() not in words for w in letters
    ):
        return False
    # In a line written in capitals ("EXPERIENCE WITH BACKEND SYSTEMS") no word is an acronym.
    near = [
        t.text
        for t in (
            *doc[max(0, candidate.start - 3) : candidate.start],
            *doc[candidate.end : candidate.end + 3],
        )
        if t.text.isalpha()
    ]
    return not any(w.isupper() and len(w) >= 3 and w.lower() in words for w in near)


def _ordinary_words(doc: Doc, candidate: Candidate) -> bool:
    """Whether the mention is written as plain words ("analytics", "Data Science", "wet-lab"),
    as a team's name is, not as a product's ("PySpark", "C++", "AWS")."""
    return all(
        token.is_space
        or (
            all(part.isalpha() for part in token.text.split("-"))
            and (token.is_lower or token.is_title)
        )
        for token in doc[candidate.start : candidate.end]
    )


def _names_a_team(
    candidate: Candidate,
    clause_of: Sequence[int],
    lowers: Sequence[str],
    capitalised: Callable[[int], bool] | None = None,
) -> bool:
    """Whether the mention is one of the teams someone works with: in a list after "work
    with", "partner with", "collaborate closely with" (or "alongside") that names a team too
    ("Work with product, analytics and data science": analytics is a team here), or whose
    items are all written as names (``capitalised``, by token) and one is a department's
    ("partner with Retail, Commercial Banking and Treasury Management").

    >>> def judge(text: str, start: int, end: int) -> bool:
    ...     lowers = text.split()
    ...     return _names_a_team(Candidate(start, end, "x", False), [0] * len(lowers), lowers)
    >>> judge("work with product , analytics and data science to ship", 4, 5)
    True
    >>> judge("run launches with product management , sales and customer success", 6, 7)
    True
    >>> judge("experience working with analytics and machine learning", 3, 4)
    False
    >>> judge("experience with product analytics and sales forecasting", 5, 7)
    False
    >>> judge("planning sessions across engineering , analytics and data science", 7, 9)
    True
    >>> judge("deploy across aws and gcp", 2, 3)
    False
    >>> judge("read the results with the data science team", 5, 7)
    True
    >>> judge("work closely with our wet-lab scientists", 4, 5)
    True
    """
    start = candidate.start
    window = lowers[max(0, start - _LIST_SPAN) : start]
    if _TEAM_ANCHORS.isdisjoint(window):
        return False  # most mentions: no list of who one works with can hold them
    if _team_named(candidate, lowers):
        return True
    clause = clause_of[start]
    anchor = None
    for index in range(start - 1, max(-1, start - _LIST_SPAN - 1), -1):
        if clause_of[index] != clause:
            return False
        if lowers[index] in _TEAM_ANCHORS:
            anchor = index
            break
        if lowers[index] in _LIST_ENDS:
            return False
    if anchor is None:
        return False
    end = anchor + 1
    while (
        end < len(lowers)
        and clause_of[end] == clause
        and lowers[end] not in _LIST_ENDS
        and end - anchor <= 2 * _LIST_SPAN
    ):
        end += 1
    together = lowers[anchor] == "alongside" or (
        anchor > 0 and lowers[anchor - 1] in _TOGETHER_VERBS
    )
    if together:
        if any(word in _TEAM_WORDS or _people(word) for word in lowers[anchor + 1 : end]):
            return True  # "with the product team", "with SAS programmers and biostatisticians"
        # "partners closely with Retail, Commercial Banking and Treasury Management": units
        # written as names, one of them a department's or a business line's; not the domains
        # one "worked with" ("Security, Retail, Travel").
        return (
            capitalised is not None
            and (anchor == 0 or lowers[anchor - 1] not in _WORK_VERBS)
            and _units_named(lowers, anchor + 1, end, capitalised)
        )
    # "launches with product management, sales and customer success": the other items of the
    # list are departments, so this one is too.
    return any(
        " ".join(lowers[i] for i in item) in _DEPARTMENTS
        for item in _list_items(lowers, anchor + 1, end)
        if not any(candidate.start <= i < candidate.end for i in item)
    )


def _list_items(lowers: Sequence[str], start: int, end: int) -> list[list[int]]:
    """The token indices of each item of the list in ``lowers[start:end]``, split at commas,
    "and", "or" and slashes, without a leading "the"/"our" and without spaces.

    >>> _list_items("the retail , commercial banking and treasury management .".split(), 0, 9)
    [[1], [3, 4], [6, 7, 8]]
    """
    items: list[list[int]] = []
    item: list[int] = []
    for index in range(start, end):
        word = lowers[index]
        if word in _ITEM_SEPARATORS:
            if item:
                items.append(item)
            item = []
        elif word.strip() and (item or word not in _TEAM_DETERMINERS):
            item.append(index)
    if item:
        items.append(item)
    return items


def _units_named(
    lowers: Sequence[str], start: int, end: int, capitalised: Callable[[int], bool]
) -> bool:
    """Whether the list of ``lowers[start:end]`` names units: every item written as a name
    ("Retail", "Commercial Banking"), one of them a department or business line.

    >>> words = "retail , commercial banking and treasury management".split()
    >>> _units_named(words, 0, len(words), lambda i: True)
    True
    >>> _units_named(words, 0, len(words), lambda i: i != 2)
    False
    >>> words = "python , spark and airflow".split()
    >>> _units_named(words, 0, len(words), lambda i: True)
    False
    """
    items = [  # a full stop or a bracket is no word of a name
        [i for i in item if any(c.isalnum() for c in lowers[i])]
        for item in _list_items(lowers, start, end)
    ]
    if not all(capitalised(i) for item in items for i in item):
        return False
    names = (" ".join(lowers[i] for i in item) for item in items)
    return any(name in _DEPARTMENTS or name in _BUSINESS_LINES for name in names)


def _on_first_line(doc: Doc, candidate: Candidate, layout: Layout) -> bool:
    """Whether the mention is on the document's first line of text."""
    first = next((t.i for t in doc if not t.is_space), None)
    return first is not None and layout.token_line[candidate.start] == layout.token_line[first]


def _team_named(candidate: Candidate, lowers: Sequence[str]) -> bool:
    """Whether the mention names a team, or the people of a field, right after "with",
    "alongside" or "across" ("with the data science team", "across our platform teams",
    "closely with our wet-lab scientists", "with SAS programmers")."""
    end = candidate.end
    if not (end < len(lowers) and _people(lowers[end])) and not _role_plural(lowers[end - 1]):
        return False  # "with the data science team", "with SAS programmers"
    index = _back_over(lowers, candidate.start - 1, _TEAM_DETERMINERS)
    return index >= 0 and lowers[index] in _TEAM_ANCHORS


def _people(word: str) -> bool:
    """Whether a word names the people of a team or a field: "scientists", "programmers"."""
    return word in _TEAM_NOUNS or _role_plural(word)


def _role_plural(word: str) -> bool:
    """Whether a word names the people of a role: "programmers", "nurses"; not "teams", nor
    a role noun that names software or things as often ("workflow managers", "sales leads")."""
    return word in ROLE_NOUNS and word.endswith("s") and word not in _THINGS_TOO


_THINGS_TOO = frozenset({"managers", "leads", "assistants", "associates", "planners"})


_LIST_NUMBER = re.compile(r"\d{1,2}[.)]")
# Words of the manner of a service, a claim right before its name ("friendly patient
# service", "courteous customer care"), not elsewhere ("keep the code review process friendly").
_MANNER_CUES = frozenset({"friendly", "courteous", "attentive"})
# Verbs of working in a field or an industry, before "in".
_WORK_VERBS = frozenset({"worked", "working", "work", "works"})


def _claim_cue_near(candidate: Candidate, clause_of: Sequence[int], lowers: Sequence[str]) -> bool:
    """Whether a claim cue ("strong", "skills", "experience") is among the 6 words before or
    the 4 words after the mention, in its clause, or a word of manner is right before it."""
    lo, hi = clause_window(clause_of, candidate.start, candidate.end, 6, 4)
    if candidate.start > lo and lowers[candidate.start - 1] in _MANNER_CUES:
        return True  # "friendly patient service"
    window = lowers[lo : candidate.start]
    if "in" in window:  # most clauses have no "in": the words are not gathered
        before = [w for w in window if w.strip()]
        if any(w in _WORK_VERBS and nxt == "in" for w, nxt in pairwise(before)):
            return True  # "if you have worked in the energy sector", not "worked with finance"
    return not (
        _CLAIM_CUES.isdisjoint(lowers[lo : candidate.start])
        and _CLAIM_CUES.isdisjoint(lowers[candidate.end : hi])
    )


def _organisation_name(doc: Doc, candidate: Candidate, flat: bool) -> bool:
    """Whether the mention is part of an organisation's name: "Oracle Inc", "Cisco Systems
    Pvt Ltd", "SAP AG"."""
    after = words_after(doc, candidate.end, 3, flat)
    if not after:
        return False
    if after[0] in _COMPANY_SUFFIXES or after[:2] == ["credit", "union"]:
        return True  # "Great Plains Credit Union" is no Dynamics GP
    # "Oracle India Pvt Ltd": one capitalised word between the name and the suffix.
    return (
        len(after) > 1
        and after[1] in _COMPANY_SUFFIXES
        and after[0].isalpha()
        and doc[candidate.end].text[:1].isupper()
    )


def _in_job_title(doc: Doc, candidate: Candidate, flat: bool) -> bool:
    """Whether the mention is part of a job title: "Java Developer", "DevOps - Engineer"."""
    after = words_after(doc, candidate.end, 2, flat)
    return bool(after) and (
        after[0] in ROLE_NOUNS
        or (len(after) > 1 and after[0] in ("-", "/") and after[1] in ROLE_NOUNS)
    )


_ROLE_NAME_WORDS = 3  # capitalised words of a role's name before its noun, at most


def opens_title_line(doc: Doc, candidate: Candidate, layout: Layout) -> bool:
    """Whether the mention opens a job title, after words of rank, that opens a short line of
    its own: an entry's "Front-end Developer" or "Senior DevOps Engineer" (perhaps followed by
    the employer and dates), not a title inside a sentence. A mention of the role's noun itself
    may follow up to three title-case words of the role's name ("Adult Services Librarian")."""
    names_role = doc[candidate.end - 1].lower_ in ROLE_NOUNS  # "Account Executive"
    if layout.flattened or not (names_role or _in_job_title(doc, candidate, False)):
        return False
    first = candidate.start
    line = layout.token_line[candidate.start]
    named = 0
    while first > 0:
        before = doc[first - 1]
        if before.lower_ in _RANKS or (
            before.text == "." and first > 1 and doc[first - 2].lower_ in _RANKS
        ):
            first -= 1  # "Sr." may be "Sr" and "."
        elif (
            names_role
            and named < _ROLE_NAME_WORDS
            and before.is_alpha
            and before.is_title
            and layout.token_line[first - 1] == line
        ):
            # the role's own name: "Adult Services Librarian", "Technical Project Manager"; not
            # a field's initials, which make it another role ("QA Automation Engineer")
            first -= 1
            named += 1
        else:
            break
    if not line_start(doc, first):
        return False
    text = doc_text(doc)
    start, end = layout.line_span(text, line)
    return len(" ".join(text[start:end].split())) <= _TITLE_LINE_CHARS


def names_employer(doc: Doc, candidate: Candidate, layout: Layout) -> bool:
    """Whether the mention ends the name of the employer (or unit) that follows the job title
    on a title line of its own: "Project Manager | Constitution Mutual Insurance | 2021"."""
    return _unit_of_role(doc, candidate, layout, _EMPLOYER_WORDS, unit=False)


def names_employers_industry(doc: Doc, candidate: Candidate, layout: Layout) -> bool:
    """Whether an industry's mention ends the employer's name after the job title
    (:func:`names_employer`) or on the line under it ("DATA ANALYST  2021 - Present", then
    "Carolina Federal Credit Union, Charlotte, NC"): the employer's domain."""
    return names_employer(doc, candidate, layout) or _employer_under_title(doc, candidate, layout)


def _employer_under_title(doc: Doc, candidate: Candidate, layout: Layout) -> bool:
    """Whether the mention ends the first part of a line (after a few capitalised words) whose
    line above is an entry's title: the employer's name under the role held.

    >>> import spacy
    >>> from gapcheck.components.layout import get_layout
    >>> text = "DATA ANALYST    Jun 2021 - Present\\nCarolina Federal Credit Union, Charlotte, NC"
    >>> doc = spacy.blank("en")(text)
    >>> _employer_under_title(doc, Candidate(10, 12, "banking", False), get_layout(doc))
    True
    >>> doc = spacy.blank("en")("Summary of my work\\nCarolina Federal Credit Union, Charlotte")
    >>> _employer_under_title(doc, Candidate(7, 9, "banking", False), get_layout(doc))
    False
    """
    line = layout.token_line[candidate.start]
    if layout.flattened or line == 0:
        return False
    first = candidate.start
    for _ in range(_EMPLOYER_WORDS):
        before = first - 1
        if before < 0 or layout.token_line[before] != line:
            break
        if not (doc[before].is_alpha and doc[before].text[:1].isupper()):
            break
        first = before
    text = doc_text(doc)
    start, _ = layout.line_span(text, line)
    if text[start : doc[first].idx].strip():
        return False  # a bullet's words ("- Wrote SQL"), not a line of the employer's name
    end = candidate.end
    if (
        end < len(doc)
        and layout.token_line[end] == line
        and not doc[end].is_space
        and doc[end].text not in _ROLE_SEPARATORS
    ):
        return False  # "Credit Union members": not the end of the name
    return _title_end(doc, layout, line - 1) is not None


def _unit_of_role(
    doc: Doc, candidate: Candidate, layout: Layout, words: int = 1, unit: bool = True
) -> bool:
    """Whether the mention names the unit or team of a role on a title line of its own: the
    line opens with a short job title, then a separator, then the mention (perhaps after
    ``words`` capitalised words: an employer's name is longer than a unit's): "Staff Nurse,
    Medical ICU, Lakeside Hospital", "Data Engineer | Payments, Acme".

    >>> import spacy
    >>> from gapcheck.components.layout import get_layout
    >>> doc = spacy.blank("en")("Staff Nurse, Medical ICU, Lakeside Hospital\\nCared for adults")
    >>> _unit_of_role(doc, Candidate(4, 5, "critical-care-nursing", False), get_layout(doc))
    True
    >>> doc = spacy.blank("en")("Worked with the nurse, ICU staff and physicians on rounds")
    >>> _unit_of_role(doc, Candidate(5, 6, "critical-care-nursing", False), get_layout(doc))
    False
    >>> doc = spacy.blank("en")("Software Engineer II, Backend, Ledgerly\\nBuilt services")
    >>> _unit_of_role(doc, Candidate(4, 5, "backend-development", False), get_layout(doc))
    True
    >>> doc = spacy.blank("en")("Data Engineer, Acme Analytics, 2020 - 2023\\nBuilt pipelines")
    >>> _unit_of_role(doc, Candidate(4, 5, "data-analysis", False), get_layout(doc))
    False
    """
    if layout.flattened:
        return False
    line = layout.token_line[candidate.start]
    separator = candidate.start - 1
    for _ in range(words):
        if separator > 0 and doc[separator].text[:1].isupper() and doc[separator].is_alpha:
            separator -= 1  # "Medical ICU", "Constitution Mutual Insurance"
    if separator < 1 or doc[separator].text not in _ROLE_SEPARATORS:
        return False
    if (
        unit
        and separator < candidate.start - 1
        and not _named_after(doc, candidate.end, line, layout)
    ):
        return False  # "Data Engineer, Acme Analytics, 2020 - 2023": the employer's name
    role = separator - 1
    if role > 0 and doc[role].text in _LEVELS:
        role -= 1  # "Software Engineer II, Backend"
    if doc[role].lower_ not in ROLE_NOUNS:
        return False  # the cheap test first: most mentions follow no job title
    title_end = _title_end(doc, layout, line)  # the separator must be the title's own
    if title_end is None or doc[separator].idx < title_end:
        return False
    return not doc_text(doc)[title_end : doc[separator].idx].strip()


def _employer_described(doc: Doc, candidate: Candidate, layout: Layout) -> bool:
    """Whether the mention describes the employer in brackets after its name, on an entry's
    title line or the line under it: "Account Executive, Commercial - Ledgerline (AP
    automation SaaS), Atlanta": the field the role was held in.

    >>> import spacy
    >>> from gapcheck.components.layout import get_layout
    >>> doc = spacy.blank("en")("Account Executive - Ledgerline (AP automation SaaS), Atlanta")
    >>> _employer_described(doc, Candidate(7, 8, "saas", False), get_layout(doc))
    True
    >>> doc = spacy.blank("en")("Sold licences to buyers (mostly SaaS)")
    >>> _employer_described(doc, Candidate(6, 7, "saas", False), get_layout(doc))
    False
    """
    if layout.flattened or candidate.end >= len(doc) or doc[candidate.end].text != ")":
        return False
    line = layout.token_line[candidate.start]
    opening = candidate.start - 1
    while (
        opening >= 0
        and candidate.start - opening <= _DESCRIBING_BRACKET_WORDS
        and layout.token_line[opening] == line
        and doc[opening].text != "("
    ):
        if not (doc[opening].is_alpha or doc[opening].text == "-"):
            return False
        opening -= 1
    if opening < 1 or doc[opening].text != "(" or not doc[opening - 1].text[:1].isupper():
        return False
    if _title_end(doc, layout, line) is not None:
        return True
    text = doc_text(doc)
    start, _ = layout.line_span(text, line)
    name_end = doc[opening - 1]  # the employer's name ends right before the bracket
    return (
        line > 0
        and _title_end(doc, layout, line - 1) is not None
        and text[start : name_end.idx].strip(" \t")[:1] not in BULLETS
    )


def _title_end(doc: Doc, layout: Layout, line: int) -> int | None:
    """Where a short job title written as one ends, when one opens the line before a separator,
    its dates or the line's end ("Account Executive, ...", "Data Engineer II | ...", "DATA
    ANALYST    Jun 2021"): the offset after its last word; otherwise None. The one reader of a
    title line for the employer, unit and domain named beside the title or under it.

    >>> import spacy
    >>> from gapcheck.components.layout import get_layout
    >>> doc = spacy.blank("en")("Lead Data Engineer II | Acme (fintech)\\nSold to banks (SaaS)")
    >>> _title_end(doc, get_layout(doc), 0), _title_end(doc, get_layout(doc), 1)
    (21, None)
    """
    ends = doc.user_data.setdefault("gapcheck_title_ends", {})
    if line not in ends:  # read once a line: its mentions ask in turn
        ends[line] = _read_title_end(doc, layout, line)
    found: int | None = ends[line]
    return found


def _read_title_end(doc: Doc, layout: Layout, line: int) -> int | None:
    text = doc_text(doc)
    start, end = layout.line_span(text, line)
    if not start < end or len(" ".join(text[start:end].split())) > _TITLE_LINE_CHARS:
        return None
    part = _TITLE_PART.split(text[start:end], maxsplit=1)[0].rstrip()
    words = part.split()
    if not 0 < len(words) <= _TITLE_WORDS or not all(word[:1].isupper() for word in words):
        return None
    role = words[-2] if len(words) > 1 and words[-1] in _LEVELS else words[-1]
    return start + len(part) if role.lower() in ROLE_NOUNS else None


# The first part of a title line, before its dates or employer: after a title's last word.
_TITLE_PART = re.compile(r"\s{2,}|\t|[|,–—·•→]|\s[-/]\s")
_DESCRIBING_BRACKET_WORDS = 5  # words in brackets after an employer's name, with the mention
_TITLE_WORDS = 5  # words of a job title opening its line, at most


# The practice a role does, by the role's noun: "Business Analyst" does business analysis.
_PRACTICE_OF_ROLE = {
    "analyst": "analysis",
    "engineer": "engineering",
    "scientist": "science",
    "developer": "development",
    "designer": "design",
    "manager": "management",
    "administrator": "administration",
    "tester": "testing",
    "architect": "architecture",
    "accountant": "accounting",
    "consultant": "consulting",
    "recruiter": "recruiting",
    "programmer": "programming",
    "auditor": "auditing",
    "researcher": "research",
    "writer": "writing",
}


# The practices a role's noun names alone, after words of rank only ("Senior Accountant"):
# "Senior Engineer" or "Lead Analyst" name no practice of their own.
_PRACTICES_ALONE = frozenset({"accounting", "auditing", "recruiting"})


def _as_role(lowers: Sequence[str], end: int) -> bool:
    """Whether the role whose noun ends at token ``end`` follows "experience as a(n)", at most
    three words before it ("3-5 years of experience as a business analyst")."""
    for start in range(max(0, end - 6), end - 1):
        if lowers[start : start + 2] == ["experience", "as"] and lowers[start + 2] in ("a", "an"):
            return end - (start + 3) <= 3
    return False


def _counts(word: str) -> bool:
    """Whether ``word`` is a count of years: "7", "7+", "four"."""
    return word.rstrip("+").isdigit() or word in _COUNT_WORDS


_COUNT_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty".split()
)
# Levels written after a job title ("Software Engineer II").
_LEVELS = frozenset({"I", "II", "III", "IV", "V", "1", "2", "3", "4", "5"})
_MONTH_WORDS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june "
    "july august september october november december present current summer winter spring "
    "fall autumn".split()
)


def _named_after(doc: Doc, end: int, line: int, layout: Layout) -> bool:
    """Whether, on ``line`` after token ``end``, a separator comes and then a capitalised
    word that is no date: the employer after a unit ("Medical ICU, Mercy Hospital")."""
    i = end
    while i < len(doc) and layout.token_line[i] == line and doc[i].is_space:
        i += 1
    if i >= len(doc) or layout.token_line[i] != line or doc[i].text not in _ROLE_SEPARATORS:
        return False
    i += 1
    while i < len(doc) and layout.token_line[i] == line and doc[i].is_space:
        i += 1
    if i >= len(doc) or layout.token_line[i] != line:
        return False
    word = doc[i]
    return word.is_alpha and word.text[:1].isupper() and word.lower_ not in _MONTH_WORDS


def _without_repeated_titles(
    doc: Doc, candidates: list[Candidate], flat: bool, sections: Sequence[str] | None = None
) -> list[Candidate]:
    """Drop mentions inside job titles ("Java Developer") of skills the text also names
    elsewhere: a title names a role, and the skill's evidence is in the other mentions. A
    skill named only in a title keeps that mention, and so does a role asked for with its
    years ("3-5 years of experience as a business analyst"). A degree's field in the
    education section (by ``sections``, each token's) is no evidence of use: "EHS Coordinator"
    keeps its mention beside a "B.S. Environmental Health and Safety"."""
    lowers = token_lowers(doc)
    in_title = [_in_job_title(doc, c, flat) and not _as_role(lowers, c.end) for c in candidates]
    named_elsewhere = {
        c.skill_id
        for c, title in zip(candidates, in_title, strict=True)
        if not title and (sections is None or sections[c.start] != "education")
    }
    return [
        c
        for c, title in zip(candidates, in_title, strict=True)
        if not title or c.skill_id not in named_elsewhere
    ]
