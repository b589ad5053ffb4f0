"""Hostile input, round two (issue 16): text that cannot be encoded, one huge line, hidden
text, documents not in English. Every input is made here by code.

The corpus cases run through :func:`read_document`, ``gapcheck text FILE`` and
``gapcheck FILE JOB --json``: each ends in a result or in a one-line GapcheckError, never in a
traceback. The other tests pin what the corpus cannot: the caps on contexts and statements,
the ranking that goes on, the option to keep hidden text, and no false alarm on real documents.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from builders import EXAMPLES, docx_run, one_line_text, type0_pdf_bytes
from gapcheck import analyze
from gapcheck.cli import app
from gapcheck.documents import Document, content_warnings, read_document
from gapcheck.documents.language import language_warning
from gapcheck.errors import CorruptDocument, DocumentTooLarge, GapcheckError, NoTextFound
from gapcheck.excerpts import MAX_EXCERPT_CHARS, excerpt
from gapcheck.extraction import _entries_holding
from gapcheck.models import DatedEntry
from gapcheck.rank import rank
from gapcheck.statements import statement_at
from test_hostile import (
    document_xml,
    docx_members,
    docx_with,
    form,
    one_page_pdf,
    pdf_stream,
)

runner = CliRunner()
JOB = "Requirements:\n- 3+ years of Python\n- Kubernetes or Docker\n- SQL\n"
READ = None
HIDDEN = "hidden text"
NOT_ENGLISH = "not in English"
REPLACED = "U+FFFD"


@dataclasses.dataclass(frozen=True)
class Case:
    kind: str  # pdf, docx, text
    name: str
    make: Callable[[], bytes]
    outcome: type[GapcheckError] | None  # None: a Document
    phrase: str  # in the Document's text, or in the error message
    warning: str | None  # in one of the Document's content warnings; None: no content warning
    absent: tuple[str, ...]  # words the Document's text must not hold

    @property
    def file_name(self) -> str:
        return self.name + {"text": ".txt"}.get(self.kind, f".{self.kind}")


CASES: list[Case] = []


def case(
    kind: str,
    outcome: type[GapcheckError] | None = READ,
    *,
    phrase: str = "",
    warning: str | None = None,
    absent: tuple[str, ...] = (),
    name: str | None = None,
) -> Callable[[Callable[[], bytes]], Callable[[], bytes]]:
    """Registers ``make`` as a case, named ``name`` or after the function."""

    def register(make: Callable[[], bytes]) -> Callable[[], bytes]:
        named = name or make.__name__.replace("_", "-")
        CASES.append(Case(kind, named, make, outcome, phrase, warning, absent))
        return make

    return register


# --- 1. Text that cannot be encoded as UTF-8

# A ToUnicode map giving P y t h o n, a space, and a lone high or low surrogate.
_PYTHON_CMAP = (
    b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange "
    b"<0000> <FFFF> endcodespacerange 9 beginbfchar <0001> <0050> <0002> <0079> <0003> <0074> "
    b"<0004> <0068> <0005> <006F> <0006> <006E> <0007> <D800> <0008> <0020> <0009> <DC00> "
    b"endbfchar endcmap end end"
)


@case("pdf", phrase="Python \ufffd", warning=REPLACED)
def tounicode_maps_a_code_to_a_lone_high_surrogate() -> bytes:
    return type0_pdf_bytes(
        _PYTHON_CMAP, b"BT /F1 12 Tf 72 700 Td <00010002000300040005000600080007> Tj ET"
    )


@case("pdf", phrase="Pyt\ufffdhon", warning=REPLACED)
def lone_low_surrogate_inside_a_word() -> bytes:
    return type0_pdf_bytes(
        _PYTHON_CMAP, b"BT /F1 12 Tf 72 700 Td <00010002000300090004000500060008> Tj ET"
    )


@case("pdf", phrase="\ufffd \ufffd \ufffd", warning="3 characters")
def three_lone_surrogates_and_no_word() -> bytes:
    return type0_pdf_bytes(_PYTHON_CMAP, b"BT /F1 12 Tf 72 700 Td <00070008000700080009> Tj ET")


@case("pdf", phrase="Python \U00010000")
def high_and_low_surrogate_from_two_codes_are_joined() -> bytes:
    return type0_pdf_bytes(
        _PYTHON_CMAP, b"BT /F1 12 Tf 72 700 Td <000100020003000400050006000800070009> Tj ET"
    )


@case("docx", CorruptDocument, phrase="damaged")
def docx_with_a_surrogate_character_reference() -> bytes:
    body = b"<w:p><w:r><w:t>Python &#xD800; developer</w:t></w:r></w:p>"
    return docx_with({"word/document.xml": document_xml(body)})


# --- 2. One huge line


def _example_resumes() -> list[str]:
    return [
        (EXAMPLES / f"resume_{name}.txt").read_text() for name in ("data_engineer", "ai_engineer")
    ]


@case("text", phrase="Snowflake")
def resume_of_480_kb_on_one_line() -> bytes:
    return (one_line_text(480_000, _example_resumes()) + "\n").encode()


@case("text", phrase="Kubernetes")
def posting_of_200_kb_on_one_line() -> bytes:
    postings = [(EXAMPLES / f"job_{n}.txt").read_text() for n in ("data_engineer", "ai_engineer")]
    return (one_line_text(200_000, postings) + "\n").encode()


@case("text", phrase="Python, SQL, Docker")
def skills_without_a_full_stop_on_one_line() -> bytes:
    return (
        "Skills: " + ", ".join(["Python", "SQL", "Docker", "Kubernetes"] * 12_000) + "\n"
    ).encode()


@case("text", phrase="Python")
def one_word_of_300000_letters_then_a_skill() -> bytes:
    return ("x" * 300_000 + " Python developer\n").encode()


@case("text", phrase="characters")
def capitalised_words_without_punctuation_on_one_line() -> bytes:
    return (" ".join(["Python", "Kubernetes", "Docker", "AWS"] * 16_000) + " characters\n").encode()


@case("text", DocumentTooLarge, phrase="500,000")
def one_line_over_the_character_limit() -> bytes:
    return (one_line_text(600_000, _example_resumes()) + "\n").encode()


# --- 3. Hidden text

_VISIBLE = b"BT /F1 11 Tf 72 750 Td (Python developer with Django and SQL) Tj ET"
_STUFFED = b"(Kubernetes Terraform Snowflake) Tj ET"
_STUFFING = ("Kubernetes", "Terraform", "Snowflake")


def _stuffed_page(drawing: bytes) -> bytes:
    """A page of the visible line, then the stuffed words drawn after ``drawing``."""
    return one_page_pdf(_VISIBLE + b"\n" + drawing + _STUFFED)


@case("pdf", phrase="Django", warning="3 words of hidden text (white)", absent=_STUFFING)
def white_text_on_the_white_page() -> bytes:
    return _stuffed_page(b"1 1 1 rg BT /F1 11 Tf 72 700 Td ")


# (name, warning, what is drawn before the stuffed words: it hides them)
_HIDDEN_ON_THE_PAGE = [
    ("near-white-cmyk-text", "(white)", b"0.01 0 0.02 0 k BT /F1 11 Tf 72 700 Td "),
    ("text-render-mode-3", "(invisible)", b"BT 3 Tr /F1 11 Tf 72 700 Td "),
    ("font-of-half-a-point", "(tiny)", b"BT /F1 0.5 Tf 72 700 Td "),
    ("text-placed-left-of-the-page", "(off the page)", b"BT /F1 11 Tf -2000 700 Td "),
]
for _name, _warning, _drawing in _HIDDEN_ON_THE_PAGE:
    case("pdf", name=_name, phrase="Django", warning=_warning, absent=_STUFFING)(
        functools.partial(_stuffed_page, _drawing)
    )


@case("pdf", NoTextFound, phrase="all the text of the PDF is hidden")
def every_word_invisible() -> bytes:
    return one_page_pdf(b"BT 3 Tr /F1 11 Tf 72 700 Td " + _STUFFED)


@case("pdf", phrase="Django", warning="(transparent)", absent=_STUFFING)
def fully_transparent_text() -> bytes:
    resources = b"<< /Font << /F1 4 0 R >> /ExtGState << /GS0 6 0 R >> >>"
    return one_page_pdf(
        _VISIBLE + b"\n/GS0 gs BT /F1 11 Tf 72 700 Td " + _STUFFED,
        resources=resources,
        objects={6: b"<< /Type /ExtGState /ca 0 /CA 0 >>"},
    )


@case("pdf", phrase="Django", warning="(white)", absent=("Kubernetes", "Terraform"))
def white_text_inside_a_form_xobject() -> bytes:
    resources = b"<< /Font << /F1 4 0 R >> /XObject << /Fm0 6 0 R >> >>"
    stuffed = b"1 1 1 rg BT /F1 9 Tf 72 650 Td (Kubernetes Terraform) Tj ET"
    return one_page_pdf(_VISIBLE + b"\n/Fm0 Do", resources=resources, objects={6: form(stuffed)})


_DARK_SIDEBAR = b"0.1 0.2 0.4 rg 0 0 180 792 re f "
# (name, what is drawn before the stuffed words: it leaves them seen)
_SEEN_ON_THE_PAGE = [
    ("white-text-on-a-dark-sidebar-is-seen", _DARK_SIDEBAR + b"1 1 1 rg BT /F1 11 Tf 20 700 Td "),
    ("one-point-font-scaled-by-the-text-matrix-is-seen", b"BT /F1 1 Tf 11 0 0 11 72 700 Tm "),
    ("grey-text-is-seen", b"0.55 g BT /F1 11 Tf 72 700 Td "),
]
for _name, _drawing in _SEEN_ON_THE_PAGE:
    case("pdf", name=_name, phrase="Kubernetes Terraform Snowflake")(
        functools.partial(_stuffed_page, _drawing)
    )


_SCAN = pdf_stream(
    b"\x80",
    b"/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray "
    b"/BitsPerComponent 8",
)
_SCAN_RESOURCES = b"<< /Font << /F1 4 0 R >> /XObject << /Im0 6 0 R >> >>"


@case("pdf", phrase="Kubernetes Terraform Snowflake")
def ocr_text_layer_over_a_scan_is_the_text() -> bytes:
    layer = b"BT 3 Tr /F1 11 Tf 72 700 Td " + _STUFFED
    content = b"q 612 0 0 792 0 0 cm /Im0 Do Q\n" + layer
    return one_page_pdf(content, resources=_SCAN_RESOURCES, objects={6: _SCAN})


@case("pdf", phrase="Python", warning="(invisible)", absent=_STUFFING)
def ocr_like_layer_beside_a_small_picture_is_hidden() -> bytes:
    layer = b"q BT 3 Tr /F1 11 Tf 300 300 Td " + _STUFFED + b" Q"
    content = layer + b"\nq 90 0 0 90 450 680 cm /Im0 Do Q\n" + _VISIBLE
    return one_page_pdf(content, resources=_SCAN_RESOURCES, objects={6: _SCAN})


@case("pdf", phrase="Kubernetes", warning="(white)", absent=("Snowflake",))
def white_words_inside_a_tj_array_of_seen_ones() -> bytes:
    return one_page_pdf(
        _VISIBLE + b"\nBT /F1 11 Tf 72 700 Td (Kubernetes) Tj 1 1 1 rg [(Snow) -20 (flake)] TJ ET"
    )


def _docx(*paragraphs: bytes, styles: bytes = b"") -> bytes:
    changes: dict[str, bytes | None] = {
        "word/document.xml": document_xml(b"".join(b"<w:p>" + p + b"</w:p>" for p in paragraphs))
    }
    if styles:
        changes["word/styles.xml"] = docx_members()["word/styles.xml"].replace(
            b"</w:styles>", styles + b"</w:styles>"
        )
    return docx_with(changes)


_SEEN = docx_run("Python developer with Django and SQL")
_STUFFED_RUN = "Kubernetes Terraform Snowflake"


@case("docx", phrase="Django", warning="3 words of hidden text (hidden)", absent=_STUFFING)
def hidden_run() -> bytes:
    return _docx(_SEEN, docx_run(_STUFFED_RUN, b"<w:vanish/>"))


@case("docx", phrase="Django", warning="(hidden)", absent=_STUFFING)
def spec_vanish_run() -> bytes:
    return _docx(_SEEN + docx_run(" " + _STUFFED_RUN, b"<w:specVanish/>"))


@case("docx", phrase="Django", warning="(white)", absent=_STUFFING)
def white_run_on_no_shading() -> bytes:
    return _docx(_SEEN, docx_run(_STUFFED_RUN, b'<w:color w:val="FFFFFF"/>'))


@case("docx", phrase="Django", warning="(tiny)", absent=_STUFFING)
def run_of_half_a_point() -> bytes:
    return _docx(_SEEN, docx_run(_STUFFED_RUN, b'<w:sz w:val="1"/>'))


@case("docx", phrase="Django", warning="(hidden)", absent=_STUFFING)
def run_hidden_by_its_character_style() -> bytes:
    style = (
        b'<w:style w:type="character" w:styleId="Quiet"><w:name w:val="Quiet"/>'
        b"<w:rPr><w:vanish/></w:rPr></w:style>"
    )
    return _docx(_SEEN, docx_run(_STUFFED_RUN, b'<w:rStyle w:val="Quiet"/>'), styles=style)


@case("docx", phrase=_STUFFED_RUN)
def white_run_on_a_shaded_paragraph_is_seen() -> bytes:
    shaded = b'<w:pPr><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/></w:pPr>'
    return _docx(_SEEN, shaded + docx_run(_STUFFED_RUN, b'<w:color w:val="FFFFFF"/>'))


@case("docx", phrase=_STUFFED_RUN)
def vanish_turned_off_is_seen() -> bytes:
    return _docx(_SEEN, docx_run(_STUFFED_RUN, b'<w:vanish w:val="0"/>'))


# --- 4. Not in English

GERMAN_POSTING = """Senior Python-Entwickler (m/w/d)

Wir suchen für unser Team in Berlin eine erfahrene Entwicklerin oder einen erfahrenen Entwickler.
Deine Aufgaben:
- Du entwickelst und betreibst unsere Dienste mit Python und Django.
- Du arbeitest eng mit dem Produktteam zusammen und bist für die Qualität des Codes verantwortlich.
Dein Profil:
- Mindestens drei Jahre Erfahrung in der Entwicklung von Webanwendungen
- Sehr gute Kenntnisse in PostgreSQL und Docker sind ein Muss
Wir bieten dir ein modernes Büro, flexible Arbeitszeiten und ein tolles Team.
"""

SPANISH_RESUME = """María López
Ingeniera de datos

Experiencia
Ingeniera de datos en una empresa de logística en Madrid (2019 - presente)
- Diseñé y mantengo los procesos de datos con Python, Airflow y Snowflake para el equipo de
  análisis y para los informes de la dirección.
- Migré más de cuarenta informes de SQL Server a la nueva plataforma en la nube.
Analista de datos en un banco (2016 - 2019)
- Preparé los modelos de riesgo con SQL y Python y los presenté a los clientes del banco.
Idiomas: español, inglés
"""

FRENCH_POSTING = """Ingénieur DevOps (H/F)

Nous recherchons un ingénieur DevOps pour rejoindre notre équipe à Lyon. Vous serez responsable
de la mise en place et de la maintenance de nos plateformes dans le cloud.
Vos missions :
- Automatiser les déploiements avec Terraform et Ansible sur AWS
- Gérer les clusters Kubernetes et la supervision des services
Votre profil :
- Au moins trois ans d'expérience sur un poste similaire
- Vous êtes à l'aise avec Linux, Docker et les outils de CI/CD
Nous vous offrons un poste en CDI, des horaires flexibles et du télétravail.
"""

RUSSIAN_POSTING = """Старший разработчик Python

Мы ищем опытного разработчика в нашу команду в Москве. Вы будете разрабатывать и
поддерживать наши сервисы на Python и Django, работать с базами данных PostgreSQL и
участвовать в проектировании новой платформы. Требования: опыт работы от трёх лет,
знание Docker и Kubernetes, умение работать в команде. Мы предлагаем гибкий график и
удалённую работу.
"""


@case("text", phrase="Entwickler", warning="looks like it is not in English")
def german_posting() -> bytes:
    return GERMAN_POSTING.encode()


@case("text", phrase="Ingeniera", warning=NOT_ENGLISH)
def spanish_resume() -> bytes:
    return SPANISH_RESUME.encode()


@case("text", phrase="DevOps", warning=NOT_ENGLISH)
def french_posting_in_cp1252() -> bytes:
    return FRENCH_POSTING.encode("cp1252")


@case("text", phrase="Python", warning=NOT_ENGLISH)
def russian_posting() -> bytes:
    return RUSSIAN_POSTING.encode()


@case("text", phrase="Kubernetes")
def english_skill_list_with_spanish_university_names() -> bytes:
    return (
        b"Skills: Python, SQL, Kubernetes, Terraform, dbt, Airflow, Spark, Kafka, Docker, Go\n"
        b"Education: Universidad de los Andes, Universidad del Norte, Universidad de la Sabana\n"
        b"Certificates: AWS Solutions Architect, CKA, Terraform Associate\n"
    )


@case("text", phrase="Python")
def short_german_line() -> bytes:
    return "Anforderungen: Python, SQL und Docker für unser Team\n".encode()


# --- Running the corpus


def _write(tmp_path: Path, case: Case) -> Path:
    path = tmp_path / case.file_name
    path.write_bytes(case.make())
    return path


def _check_document(document: Document, case: Case) -> None:
    assert case.outcome is READ, f"read, but expected {case.outcome}"
    assert case.phrase in document.text
    document.text.encode("utf-8")  # never raises now
    for word in case.absent:
        assert word not in document.text
    notices = content_warnings(document.warnings)
    if case.warning is None:
        assert notices == (), notices
    else:
        assert any(case.warning in notice for notice in notices), document.warnings


def _check_error(error: GapcheckError, path: Path, case: Case) -> None:
    assert type(error) is case.outcome, f"{type(error).__name__}: {error}"
    message = str(error)
    assert message.startswith(f"{path}: ") and "\n" not in message
    assert case.phrase in message


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.kind}:{case.name}")
def test_reading_ends_in_a_document_or_a_one_line_error(tmp_path: Path, case: Case) -> None:
    path = _write(tmp_path, case)
    try:
        document = read_document(path)
    except GapcheckError as error:
        _check_error(error, path, case)
    else:
        _check_document(document, case)


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.kind}:{case.name}")
def test_gapcheck_text_prints_the_text_or_one_error_line(tmp_path: Path, case: Case) -> None:
    path = _write(tmp_path, case)
    result = runner.invoke(app, ["text", str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    if case.outcome is READ:
        assert result.exit_code == 0, result.stderr
        assert case.phrase in result.stdout
        assert not any(word in result.stdout for word in case.absent)
    else:
        assert result.exit_code == 1 and result.stdout == ""
        (line,) = result.stderr.splitlines()
        assert line.startswith(f"Error: {path}: ") and case.phrase in line


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.kind}:{case.name}")
def test_gapcheck_analyze_reports_or_fails_in_one_line(tmp_path: Path, case: Case) -> None:
    """Each case as the resume and as the posting of ``gapcheck FILE JOB --json``."""
    path = _write(tmp_path, case)
    job = tmp_path / "job.txt"
    job.write_text(JOB)
    for args, side in (([path, job], "resume"), ([job, path], "job")):
        result = runner.invoke(app, [*map(str, args), "--json"])
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert "Traceback" not in result.output
        if case.outcome is not READ:
            assert result.exit_code == 1 and result.stdout == ""
            (line,) = result.stderr.splitlines()
            assert line.startswith(f"Error: {path}: ")
            return
        assert result.exit_code == 0, result.stderr
        report = json.loads(result.stdout)
        warnings = report[f"{side}_warnings"]
        warned = [line for line in result.stderr.splitlines() if line.startswith("Warning: ")]
        if case.warning is None:
            assert content_warnings(tuple(warnings)) == () and warned == []
        else:
            assert any(case.warning in warning for warning in warnings)
            assert any(line.startswith(f"Warning: {path}: ") for line in warned)
        if side == "resume":
            assert not {word.lower() for word in case.absent} & set(report["resume_skills"])


def test_the_corpus_covers_the_four_kinds_of_input() -> None:
    assert len(CASES) >= 15
    assert len({case.name for case in CASES}) == len(CASES)
    warnings = [case.warning or "" for case in CASES]
    assert sum(REPLACED in w or "characters" in w for w in warnings) >= 2
    assert sum("hidden text" in w or w.startswith("(") for w in warnings) >= 8
    assert sum(NOT_ENGLISH in w for w in warnings) >= 3
    assert sum("one-line" in case.name for case in CASES) >= 3


# --- 1. Unencodable text: the library and rank


def test_a_str_with_lone_surrogates_given_to_the_library_is_made_valid() -> None:
    text = "Experience\nBuilt services in Python \ud800 and Go \udcff.\n"
    document = read_document(text)
    assert document.text == "Experience\nBuilt services in Python \ufffd and Go \ufffd.\n"
    assert document.warnings == (
        "the text held 2 characters that cannot be encoded as UTF-8 (unpaired surrogates), "
        "replaced with U+FFFD",
    )
    report = analyze(text, JOB)
    assert "python" in report.resume_skills
    assert report.resume_warnings == document.warnings
    report.model_dump_json().encode("utf-8")


def test_a_surrogate_pair_given_as_two_characters_is_joined() -> None:
    document = Document(text="Python \ud83d\ude80 developer", source="cv\udcff.txt", format="text",
                        extraction="given")  # fmt: skip
    assert document.text == "Python 🚀 developer"
    assert document.source == "cv\ufffd.txt"
    assert document.warnings == ()


def test_rank_scores_a_pdf_with_a_lone_surrogate_and_goes_on(tmp_path: Path) -> None:
    surrogate = tmp_path / "surrogate.pdf"
    surrogate.write_bytes(tounicode_maps_a_code_to_a_lone_high_surrogate())
    resume = tmp_path / "resume.txt"
    resume.write_text("Experience\n2020 - 2024: Python, SQL and Docker services\n")
    job = tmp_path / "job.txt"
    job.write_text(JOB)
    results = rank(job, [surrogate, resume])
    assert [r.source for r in results] == [str(resume), str(surrogate)]
    assert all(r.score is not None and r.error is None for r in results)
    assert REPLACED in results[1].warnings[0]
    cli = runner.invoke(app, ["rank", str(job), str(surrogate), str(resume), "--json", "-q"])
    assert cli.exit_code == 0, cli.stderr
    assert len(json.loads(cli.stdout)["results"]) == 2


# --- 2. One huge line


def _strings(data: object, key: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(data, dict):
        for name, value in data.items():
            yield from _strings(value, name)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value, key)
    elif isinstance(data, str):
        yield key, data


def test_a_resume_that_lost_its_line_breaks_gives_a_small_report(tmp_path: Path) -> None:
    resume = tmp_path / "resume.txt"
    resume.write_text(one_line_text(480_000, _example_resumes()) + "\n")
    job = EXAMPLES / "job_data_engineer.txt"
    result = runner.invoke(app, [str(resume), str(job), "--json"])
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.encode()) <= 5_000_000
    report = json.loads(result.stdout)
    capped = [(key, value) for key, value in _strings(report)
              if key in ("context", "statement", "job_text", "text")]  # fmt: skip
    assert len(capped) > 100
    assert max(len(value) for _, value in capped) <= MAX_EXCERPT_CHARS
    evidence = [e for r in report["requirements"] for e in r["evidence"]]
    for item in evidence:
        mention = " ".join(item["text"].split())
        assert mention in item["context"] and mention in item["statement"]
    assert any(e["context"].startswith("… ") and e["context"].endswith(" …") for e in evidence)


def test_extract_json_of_a_one_line_posting_caps_every_context(tmp_path: Path) -> None:
    postings = [(EXAMPLES / f"job_{n}.txt").read_text() for n in ("data_engineer", "ai_engineer")]
    posting = tmp_path / "job.txt"
    posting.write_text(one_line_text(100_000, postings) + "\n")
    result = runner.invoke(app, ["extract", str(posting), "--kind", "job", "--json"])
    assert result.exit_code == 0, result.stderr
    profile = json.loads(result.stdout)
    texts = [v for k, v in _strings(profile) if k in ("context", "text", "heading")]
    assert texts and max(len(text) for text in texts) <= MAX_EXCERPT_CHARS


@pytest.mark.parametrize("limit", [20, 60, 300])
def test_excerpts_cut_at_word_boundaries_around_the_mention(limit: int) -> None:
    rng = random.Random(limit)
    words = ["Python", "a", "data", "engineering,", "x" * 40, "  ", "\n", "SQL."]
    for _ in range(500):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 300)))
        start = rng.randrange(len(text))
        end = min(len(text), start + rng.randint(0, 12))
        clip = excerpt(text, start, end, limit=limit)
        assert len(clip) <= limit and clip == " ".join(clip.split())
        mention = " ".join(text[start:end].split())
        assert mention in clip
        body = clip.removeprefix("… ").removesuffix(" …")
        assert body in " ".join(text.split())
        if len(text) <= limit:
            assert clip == " ".join(text.split())


def test_an_excerpt_drops_the_word_a_cut_would_split() -> None:
    text = "alpha beta gamma delta Python epsilon zeta eta theta"
    start = text.index("Python")
    assert excerpt(text, start, start + 6, limit=26) == "… delta Python epsilon …"
    assert excerpt(text, start, start + 6, limit=24) == "… delta Python …"


def test_a_statement_in_a_huge_line_is_its_sentence_cut_to_the_limit() -> None:
    sentence = "Built ETL jobs in Python for 14 SaaS APIs."
    text = (
        ("Led the move of sixty nightly pipelines to Airflow. " * 5000)
        + sentence
        + (" Mentored three analysts in SQL and dbt." * 5000)
    )
    start = text.index("Python")
    assert statement_at(text, start, start + 6) == sentence
    run_on = "word " * 100_000 + "Python " + "word " * 100_000
    start = run_on.index("Python")
    statement = statement_at(run_on, start, start + 6)
    assert "Python" in statement and len(statement) <= MAX_EXCERPT_CHARS


def test_dated_entries_holding_each_mention_by_one_sweep() -> None:
    import datetime as dt

    rng = random.Random(5)
    day = dt.date(2020, 1, 1)
    entries = []
    for _ in range(40):
        start = rng.randrange(1000)
        entries.append(DatedEntry(start_date=day, end_date=day, date_text="2020",
                                  section="experience", start=start,
                                  end=start + rng.randrange(1, 300)))  # fmt: skip
    offsets = [rng.randrange(1400) for _ in range(300)]
    expected = [tuple(n for n, e in enumerate(entries) if e.start <= o < e.end) for o in offsets]
    assert _entries_holding(offsets, entries) == expected


# --- 3. Hidden text: kept on request, shown in the report


def test_hidden_text_is_kept_on_request(tmp_path: Path) -> None:
    for make, suffix in ((white_text_on_the_white_page, ".pdf"), (hidden_run, ".docx")):
        path = tmp_path / f"stuffed{suffix}"
        path.write_bytes(make())
        kept = read_document(path, hidden_text="keep")
        assert all(word in kept.text for word in _STUFFING)
        how = "white" if suffix == ".pdf" else "hidden"
        assert kept.warnings[-1].endswith(
            f"3 words of hidden text ({how}), kept in the analysis as asked"
        )


def test_hidden_skills_do_not_count_and_the_report_says_so(tmp_path: Path) -> None:
    stuffed = tmp_path / "resume.pdf"
    stuffed.write_bytes(white_text_on_the_white_page())
    job = tmp_path / "job.txt"
    job.write_text("Requirements:\n- Python\n- Kubernetes\n- Terraform\n")
    report = analyze(stuffed, job)
    assert [(r.id, r.status) for r in report.requirements] == [
        ("python", "matched"), ("kubernetes", "missing"), ("terraform", "missing"),
    ]  # fmt: skip
    assert report.resume_warnings == (
        "the document contains 3 words of hidden text (white), left out of the analysis",
    )
    result = runner.invoke(app, [str(stuffed), str(job)])
    assert result.exit_code == 0
    assert result.stderr == (
        f"Warning: {stuffed}: the document contains 3 words of hidden text (white), left out "
        "of the analysis\n"
    )


def test_the_run_together_word_repair_still_reads_a_page_with_hidden_text(
    tmp_path: Path,
) -> None:
    """Words drawn one by one with no space glyph: layout mode separates them, and the
    hidden text stays out of it too."""
    words = [b"Senior", b"data", b"engineer", b"building", b"pipelines", b"with", b"Python"]
    shown = b" ".join(b"%d 0 Td (%s) Tj" % (0 if n == 0 else 60, w) for n, w in enumerate(words))
    content = (
        b"BT /F1 11 Tf 40 750 Td " + shown + b" ET\n1 1 1 rg BT /F1 11 Tf 40 700 Td " + _STUFFED
    )
    path = tmp_path / "glued.pdf"
    path.write_bytes(one_page_pdf(content))
    document = read_document(path)
    assert "Python" in document.text and "Kubernetes" not in document.text
    assert HIDDEN in document.warnings[-1]


# --- 4. Not in English: no false alarm on real documents


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")) + sorted(EXAMPLES.glob("*.pdf")),
                         ids=lambda path: path.name)  # fmt: skip
def test_no_false_alarm_on_the_shipped_examples(path: Path) -> None:
    assert content_warnings(read_document(path).warnings) == ()


SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/data is not here")
def test_no_false_alarm_on_the_dev_split_postings_and_the_real_resumes() -> None:
    postings = sorted((SHARED / "job_postings" / "skillspan_postings").glob("*_dev_*.txt"))
    documents = [*postings, *sorted((SHARED / "resume_pdfs").glob("*.pdf"))]
    assert len(documents) > 50
    alarms = [(p.name, w) for p in documents for w in content_warnings(read_document(p).warnings)]
    assert alarms == []


def test_the_language_warning_gives_the_share_of_english_words() -> None:
    warning = language_warning(GERMAN_POSTING)
    assert warning is not None
    share = int(re.search(r"about (\d+)% English words", warning)[1])  # type: ignore[index]
    assert 0 < share < 40
    warning = language_warning(RUSSIAN_POSTING)
    assert warning is not None and warning.endswith("English words); gapcheck reads English only")
    assert int(re.search(r"about (\d+)%", warning)[1]) < 10  # type: ignore[index]
    assert language_warning((EXAMPLES / "job_ai_engineer.txt").read_text()) is None
