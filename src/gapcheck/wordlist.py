"""Ordinary English words, to tell prose from glued-together text and from skill names.

The list holds about 64,000 lowercase words from SCOWL (the Debian ``wamerican`` list), built by
``scripts/make_wordlist.py``; capitalised entries (proper names, and brands such as "Java" or
"Kafka") are left out. Attribution is in ``gapcheck/data/NOTICE``.

>>> from gapcheck.wordlist import is_known_word, known_words
>>> "engineer" in known_words()
True
>>> is_known_word("Engineer"), is_known_word("kubernetes")
(True, False)
"""

from __future__ import annotations

import functools
import gzip
from importlib import resources

__all__ = ["ROLE_NOUNS", "is_known_word", "known_words"]

_WORDLIST_RESOURCE = "english_words.txt.gz"

# Nouns of a job title's role: after a skill's name they make it part of the title ("Java
# Developer"), and a line that holds one is a title, not a section heading.
ROLE_NOUNS = frozenset(
    "developer developers engineer engineers consultant consultants architect architects "
    "administrator administrators analyst analysts programmer programmers lead leads manager "
    "managers specialist specialists tester testers designer designers intern interns "
    "trainee trainees teacher teachers expert experts associate associates nurse nurses "
    "technician technicians therapist therapists representative representatives rep reps "
    "executive executives director directors coordinator coordinators officer officers "
    "generalist generalists assistant assistants recruiter recruiters clerk clerks accountant "
    "accountants auditor auditors advisor advisors adviser advisers supervisor supervisors "
    "scientist scientists researcher researchers writer writers planner planners "
    # The trades' and professions' own role nouns. Words with a second, technical sense stay
    # out: "agent", "broker", "operator", "driver", "editor", "producer", "interpreter",
    # "trainer", "pilot" name software or a trial as often as a person.
    "machinist machinists paramedic paramedics pharmacist pharmacists superintendent "
    "superintendents installer installers librarian librarians counselor counselors "
    "counsellor counsellors hygienist hygienists electrician electricians mechanic "
    "inspector inspectors estimator estimators underwriter underwriters adjuster adjusters "
    "dispatcher dispatchers welder welders plumber plumbers carpenter carpenters chef chefs "
    "attorney attorneys paralegal paralegals physician physicians dentist dentists "
    "veterinarian veterinarians instructor instructors professor professors lecturer "
    "lecturers tutor tutors".split()
)


@functools.cache
def known_words() -> frozenset[str]:
    """Return the set of known lowercase English words, loaded once on first use."""
    data = resources.files("gapcheck").joinpath("data", _WORDLIST_RESOURCE).read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").split())


def is_known_word(word: str) -> bool:
    """Return whether ``word``, lowercased, is a known English word."""
    return word.lower() in known_words()
