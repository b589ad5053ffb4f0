"""Tell a document that is mostly not in English, so its analysis is not silently empty.

gapcheck's skill names, cues and word senses are English: a German posting scores 0 without
saying why. :func:`language_warning` says so instead.

>>> german = ("Wir suchen für unser Team in Berlin eine erfahrene Entwicklerin oder einen "
...           "erfahrenen Entwickler mit Python und Django. Du hast mindestens drei Jahre "
...           "Erfahrung in der Entwicklung von Webanwendungen und kennst dich mit PostgreSQL "
...           "aus. Wir bieten dir ein modernes Büro und flexible Arbeitszeiten.")
>>> language_warning(german)
'the text looks like it is not in English (about 11% English words); gapcheck reads English only'
>>> language_warning("Skills: Python, SQL, Kubernetes, Terraform, dbt, Airflow") is None
True

The test counts function words, not dictionary words: skill names ("Kubernetes", "PyTorch"),
bullet lists and short texts have few of either language's function words, so they are never
taken for another language; prose in German, Spanish, French, Italian, Portuguese or Dutch has
many of its own and few English ones. Text mostly in another script (Cyrillic, Greek, Arabic,
Hebrew, Chinese, ...) is told by its letters.
"""

from __future__ import annotations

import re

from gapcheck.wordlist import known_words

__all__ = ["MIN_WORDS", "NOT_ENGLISH", "english_share", "language_warning"]

MIN_WORDS = 30
NOT_ENGLISH = "the text looks like it is not in English"
"""How the warning of :func:`language_warning` begins."""
"""Texts with fewer words (of two or more letters) are not judged."""
MIN_FOREIGN = 8
"""A Latin-script text is not English when it holds at least this many different function
words of one other language (names such as "Universidad de los Andes" repeat a few), and
:data:`FOREIGN_RATIO` times as many of them in all as English function words."""
FOREIGN_RATIO = 2.0
"""How many times as many function words of one other language as of English (with
:data:`MIN_FOREIGN`) make a Latin-script text foreign."""
MAX_OTHER_SCRIPT_SHARE = 0.5
"""A text is in another script when more than this share of its letters are not Latin."""
MIN_LETTERS = 100
"""Texts in other scripts are judged by their letters (Chinese and Japanese put no spaces
between words): from this many letters on."""

_WORD = re.compile(r"[^\W\d_]{2,}")
_LETTER = re.compile(r"[^\W\d_]")
# A letter outside Basic Latin to Latin Extended-B and Latin Extended Additional.
_OTHER_LETTER = re.compile(r"[^\W\d_\x00-\u024f\u1e00-\u1eff]")

_ENGLISH = frozenset(
    "the and of to in for with on is are be as at by from or our we you your will this that "
    "these those have has had it its not can all an into who what which their they he she his "
    "her was were been would should must may about than more most such also any each other "
    "if when where how do does did so but no".split()
)
# The commonest function words of other languages written in Latin script, without the ones
# that are English words too ("in", "an", "was", "will", "also", "die" is kept: it is no
# English function word).
_OTHER_LANGUAGES: dict[str, frozenset[str]] = {
    "German": frozenset(
        "und der die das mit für ist sind wir sie ein eine einen einem einer von zu den dem des "
        "auf im bei oder nicht auch als sowie ihre ihr unser unsere unseren werden wird haben "
        "hast über nach aus wie sich es du dich dir dein deine ich mich mir mein meine zum zur "
        "durch sehr bereits jahre".split()
    ),
    "Spanish": frozenset(
        "el la los las del en con para por un una unos unas que es son se su sus al lo como más "
        "nos nuestro nuestra nuestros tu tus ser muy pero sin sobre entre este esta y de años "
        "experiencia".split()
    ),
    "French": frozenset(
        "le la les des du de et en un une pour avec dans sur par est sont nous vous votre vos "
        "notre nos au aux qui que ce cette ces il elle ne pas plus ou leur être avoir ans "
        "expérience".split()
    ),
    "Italian": frozenset(
        "il lo la gli le di del della dello dei delle per con un una che sono nel nella alla "
        "al ai noi voi nostro nostra anche come più anni esperienza".split()
    ),
    "Portuguese": frozenset(
        "os da do das dos de em um uma para com por que são no na nos nas ao aos seu sua nosso "
        "nossa mais como anos experiência".split()
    ),
    "Dutch": frozenset(
        "de het een en van voor met op te zijn wij jij je jouw ons onze niet ook als bij naar "
        "uit door aan worden heeft hebben dat die dit deze jaar ervaring".split()
    ),
}


def english_share(words: list[str]) -> float:
    """The share of ``words`` (lowercase) that are in gapcheck's English word list."""
    known = known_words()
    return sum(word in known for word in words) / len(words) if words else 0.0


def language_warning(text: str) -> str | None:
    """A warning when ``text`` looks mostly not English, else None."""
    words = _WORD.findall(text)
    if not (_other_script(text, words) or _other_latin_language([w.lower() for w in words])):
        return None
    return (
        f"{NOT_ENGLISH} (about "
        f"{english_share([w.lower() for w in words]):.0%} English words); gapcheck reads "
        "English only"
    )


def _other_script(text: str, words: list[str]) -> bool:
    """Whether most of the (at least MIN_LETTERS) letters of ``text`` are not Latin."""
    other = len(_OTHER_LETTER.findall(text))
    if other < MIN_LETTERS * MAX_OTHER_SCRIPT_SHARE:
        return False
    letters = len(_LETTER.findall(text))
    return letters >= MIN_LETTERS and other > MAX_OTHER_SCRIPT_SHARE * letters


def _other_latin_language(words: list[str]) -> bool:
    """Whether ``words`` (at least MIN_WORDS) hold many more function words of one other
    language than English."""
    if len(words) < MIN_WORDS:
        return False
    english = sum(word in _ENGLISH for word in words)
    distinct = set(words)
    return any(
        len(distinct & vocabulary) >= MIN_FOREIGN
        and sum(word in vocabulary for word in words) >= FOREIGN_RATIO * english
        for vocabulary in _OTHER_LANGUAGES.values()
    )
