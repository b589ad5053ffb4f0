"""gapcheck never touches the network: no telemetry, no model download, no remote references
followed in documents. Every test here runs with sockets disabled and checks nothing tried.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from builders import EXAMPLES, REPO, docx_bytes
from gapcheck.cli import app
from test_hostile import CASES

runner = CliRunner()


class NetworkAttempt(OSError):
    """Raised by every way of opening a connection while sockets are disabled."""


# ``import spacy`` imports requests, whose urllib3 opens (and never connects) a local IPv6
# socket at import time to learn whether the host has IPv6: the only socket allowed.
IMPORT_PROBES = {"urllib3/util/connection.py:_has_ipv6"}


def _caller() -> str:
    """``path:function`` of the code that tried to open a socket (outside this module)."""
    frame = sys._getframe(2)
    while frame.f_code.co_filename == __file__:
        frame = frame.f_back  # type: ignore[assignment]
    path = Path(frame.f_code.co_filename)
    return f"{'/'.join(path.parts[-3:])}:{frame.f_code.co_name}"


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Make ``socket.socket`` (and the helpers that bypass it) raise; yield who tried, apart
    from the import-time probe of urllib3."""
    attempts: list[str] = []

    def refuse(what: str):
        def refused(*args: object, **kwargs: object) -> None:
            caller = _caller()
            if caller not in IMPORT_PROBES:
                attempts.append(f"{what} from {caller}")
            raise NetworkAttempt(f"network access attempted: {what}")

        return refused

    class RefusedSocket(socket.socket):  # a class still, so ``class SSLSocket(socket)`` works
        def __init__(self, *args: object, **kwargs: object) -> None:
            refuse("socket.socket")(*args, **kwargs)

    monkeypatch.setattr(socket, "socket", RefusedSocket)
    monkeypatch.setattr(socket, "create_connection", refuse("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("socket.getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("socket.gethostbyname"))
    yield attempts


@pytest.fixture
def cold_caches() -> None:
    """Forget built pipelines and loaded taxonomies, so the test builds them without network."""
    from gapcheck.pipeline import _build_cached
    from gapcheck.taxonomy import _load_cached

    _build_cached.cache_clear()
    _load_cached.cache_clear()


def test_the_fixture_really_disables_sockets(no_sockets: list[str]) -> None:
    with pytest.raises(NetworkAttempt):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkAttempt):
        socket.create_connection(("example.invalid", 80))
    assert len(no_sockets) == 2


def _docx_resume() -> bytes:
    def build(document) -> None:
        document.add_paragraph("Data engineer: Python, Spark and Kafka")
        document.add_paragraph("Experience: 2019 - 2023 at Acme, Airflow and AWS")

    return docx_bytes(build)


@pytest.mark.usefixtures("cold_caches")
def test_every_command_runs_end_to_end_with_sockets_disabled(
    no_sockets: list[str], tmp_path: Path
) -> None:
    resume_pdf = EXAMPLES / "resume_ai_engineer.pdf"
    resume_txt = EXAMPLES / "resume_ai_engineer.txt"
    job = EXAMPLES / "job_ai_engineer.txt"
    resume_docx = tmp_path / "resume.docx"
    resume_docx.write_bytes(_docx_resume())
    commands = [
        [str(resume_pdf), str(job)],
        ["analyze", str(resume_docx), str(job), "--format", "markdown"],
        ["analyze", str(resume_txt), str(job), "--json", "--html", str(tmp_path / "r.html")],
        ["analyze", str(resume_txt), "--role", "ai-engineer", "--format", "html"],
        ["extract", str(resume_pdf), "--json"],
        ["extract", str(job), "--kind", "job"],
        ["text", str(resume_docx)],
        ["roles"],
        ["schema"],
        ["taxonomy", "validate"],
        ["taxonomy", "show", "pytorch"],
        ["taxonomy", "search", "kubernets"],
    ]
    for command in commands:
        result = runner.invoke(app, command)
        assert result.exit_code == 0, (command, result.stderr)
    assert no_sockets == []


def test_reports_load_nothing_from_the_web(no_sockets: list[str], tmp_path: Path) -> None:
    """The HTML report is self-contained: no scripts, styles, fonts or images fetched."""
    page = tmp_path / "report.html"
    result = runner.invoke(
        app,
        [
            str(EXAMPLES / "resume_ai_engineer.txt"),
            str(EXAMPLES / "job_ai_engineer.txt"),
            "--html",
            str(page),
        ],
    )
    assert result.exit_code == 0
    html = page.read_text(encoding="utf-8")
    fetched = re.findall(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.IGNORECASE)
    assert fetched == []
    assert not re.search(r"@import|url\(\s*['\"]?(?:https?:)?//", html, re.IGNORECASE)
    assert no_sockets == []


def test_a_model_that_is_not_installed_is_never_downloaded(no_sockets: list[str]) -> None:
    result = runner.invoke(
        app,
        [
            str(EXAMPLES / "resume_ai_engineer.txt"),
            str(EXAMPLES / "job_ai_engineer.txt"),
            "--model",
            "en_core_web_sm_not_installed",
        ],
    )
    assert result.exit_code == 1
    assert "never downloads models" in result.stderr
    assert no_sockets == []


REMOTE_REFERENCES = {
    "javascript-launch-and-links",
    "external-relationships",
    "external-dtd-over-http",
    "external-entity-reads-a-file",
}


@pytest.mark.parametrize("name", sorted(REMOTE_REFERENCES))
def test_documents_with_remote_references_are_read_offline(
    no_sockets: list[str], tmp_path: Path, name: str
) -> None:
    case = next(case for case in CASES if case.name == name)
    path = tmp_path / case.file_name
    path.write_bytes(case.make())
    job = tmp_path / "job.txt"
    job.write_text("Requirements:\n- Python\n")
    result = runner.invoke(app, [str(path), str(job)])
    assert result.exit_code in (0, 1)
    assert no_sockets == []


SOCKETLESS_MAIN = """
import socket, sys
from pathlib import Path

def refused(*args, **kwargs):
    frame = sys._getframe(1)
    while frame.f_code.co_filename == "<string>":
        frame = frame.f_back
    path = "/".join(Path(frame.f_code.co_filename).parts[-3:])
    sys.stderr.write(f"NETWORK ATTEMPT from {path}:{frame.f_code.co_name}\\n")
    raise OSError("network access attempted")

class RefusedSocket(socket.socket):
    def __init__(self, *args, **kwargs):
        refused()

socket.socket = RefusedSocket
socket.create_connection = socket.getaddrinfo = refused
from gapcheck.cli import main
sys.argv = ["gapcheck", *sys.argv[1:]]
main()
"""


def test_a_fresh_process_imports_and_runs_without_the_network() -> None:
    """Import time included: nothing phones home when gapcheck or its libraries load."""
    completed = subprocess.run(
        [
            sys.executable,
            "-c",
            SOCKETLESS_MAIN,
            str(EXAMPLES / "resume_ai_engineer.pdf"),
            str(EXAMPLES / "job_ai_engineer.txt"),
            "--json",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    attempts = set(completed.stderr.splitlines())
    assert attempts <= {f"NETWORK ATTEMPT from {probe}" for probe in IMPORT_PROBES}
    assert completed.stdout.startswith("{")


def test_gapcheck_has_no_network_code() -> None:
    """No module of gapcheck imports a network library (urllib.parse only parses names)."""
    network = re.compile(
        r"^\s*(?:import|from)\s+(?:socket|ssl|urllib(?!\.parse\b)|http|requests|httpx|aiohttp|"
        r"ftplib|smtplib|xmlrpc|websocket)\b",
        re.MULTILINE,
    )
    sources = sorted((REPO / "src" / "gapcheck").rglob("*.py"))
    assert sources
    offenders = [str(path) for path in sources if network.search(path.read_text("utf-8"))]
    assert offenders == []
