"""The shape of the package: data flows one way and no module imports its way back.

    file -> documents -> pipeline (components) -> extract -> compare -> render / tailor -> cli

Every ``import`` of a gapcheck module is read from the source, at module level and inside
functions alike, so a lazy import cannot hide a circle; imports for type checkers only (under
``if TYPE_CHECKING:``) are not dependencies and are left out.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import gapcheck

PACKAGE = Path(gapcheck.__file__).parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {
    _module_name(path): path
    for path in sorted(PACKAGE.rglob("*.py"))
    if "taxonomy_data" not in path.parts
}


def _resolve(name: str) -> str | None:
    """The gapcheck module ``name`` refers to (a module, or the package that holds a name)."""
    while name:
        if name in MODULES:
            return name
        name = name.rpartition(".")[0]
    return None


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node of ``tree`` except the bodies of ``if TYPE_CHECKING:`` blocks."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            yield from (n for child in node.orelse for n in [child, *_runtime_nodes(child)])
            continue
        yield node
        yield from _runtime_nodes(node)


def _imports(module: str) -> Iterator[tuple[str, str | None]]:
    """(gapcheck module imported, name imported from it or None) for every import in module."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in _runtime_nodes(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("gapcheck"):
                    target = _resolve(alias.name)
                    if target:
                        yield target, None
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            if not base.startswith("gapcheck"):
                continue
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                if submodule in MODULES:
                    yield submodule, None
                else:
                    target = _resolve(base)
                    if target:
                        yield target, alias.name


GRAPH = {module: {target for target, _ in _imports(module)} - {module} for module in MODULES}


def _in(module: str, *prefixes: str) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def test_the_walk_sees_the_package() -> None:
    assert "gapcheck.cli" in MODULES
    assert "gapcheck.analyzer" in MODULES
    assert GRAPH["gapcheck.analyzer"], "the analyzer imports the rooms it joins"


def test_no_import_circles() -> None:
    """Depth-first search over the import graph; a back edge is a circle."""
    state: dict[str, int] = {}
    circles: list[list[str]] = []

    def visit(module: str, trail: list[str]) -> None:
        state[module] = 1
        for target in sorted(GRAPH[module]):
            if state.get(target) == 1:
                circles.append([*trail[trail.index(target) :], target])
            elif target not in state:
                visit(target, [*trail, target])
        state[module] = 2

    for module in sorted(GRAPH):
        if module not in state:
            visit(module, [module])
    assert not circles, "import circles: " + "; ".join(" -> ".join(c) for c in circles)


# (modules, modules they must never import, why)
RULES = [
    (
        ("gapcheck.documents", "gapcheck.taxonomy", "gapcheck.models", "gapcheck.errors",
         "gapcheck.limits", "gapcheck.marks", "gapcheck.breaks", "gapcheck.statements",
         "gapcheck.wordforms"),
        ("gapcheck.pipeline", "gapcheck.components", "gapcheck.extraction", "gapcheck.analyzer",
         "gapcheck.comparison", "gapcheck.rank", "gapcheck.spark", "gapcheck.tailor",
         "gapcheck.render", "gapcheck.cli"),
        "the data layer never reaches up into the pipeline or what is built on it",
    ),
    (
        ("gapcheck.render", "gapcheck.tailor", "gapcheck.comparison"),
        ("gapcheck.pipeline", "gapcheck.components", "gapcheck.extraction", "gapcheck.analyzer",
         "gapcheck.rank", "gapcheck.spark", "gapcheck.cli"),
        "comparison, rendering and tailoring work from profiles and reports; they never build "
        "a pipeline",
    ),
    (
        ("gapcheck.comparison",),
        ("gapcheck.tailor", "gapcheck.render"),
        "comparison comes before tailoring and rendering",
    ),
    (
        ("gapcheck.components", "gapcheck.pipeline"),
        ("gapcheck.extraction", "gapcheck.analyzer", "gapcheck.comparison", "gapcheck.rank",
         "gapcheck.spark", "gapcheck.tailor", "gapcheck.render", "gapcheck.cli"),
        "the spaCy components know nothing of what consumes them",
    ),
]


@pytest.mark.parametrize("sources, forbidden, why", RULES)
def test_imports_follow_the_flow(
    sources: tuple[str, ...], forbidden: tuple[str, ...], why: str
) -> None:
    wrong = [
        f"{module} imports {target}"
        for module, targets in GRAPH.items()
        if _in(module, *sources)
        for target in sorted(targets)
        if _in(target, *forbidden)
    ]
    assert not wrong, f"{why}: " + ", ".join(wrong)


def test_library_never_imports_the_cli() -> None:
    wrong = [
        f"{module} imports {target}"
        for module, targets in GRAPH.items()
        if not _in(module, "gapcheck.cli") and module != "gapcheck.__main__"
        for target in targets
        if _in(target, "gapcheck.cli")
    ]
    assert not wrong, ", ".join(wrong)


def test_only_the_analyzer_builds_pipelines() -> None:
    """Nothing but the Analyzer (and extract, which it drives) builds the pipeline itself."""
    builders = {"gapcheck.analyzer", "gapcheck.extraction", "gapcheck.pipeline"}
    wrong = [
        f"{module} imports {name} from {target}"
        for module in MODULES
        if module not in builders and not _in(module, "gapcheck.components")
        for target, name in _imports(module)
        if (target, name) in {("gapcheck.pipeline", "build_nlp"), ("gapcheck.extraction", None)}
        or (target == "gapcheck.extraction" and name == "SkillExtractor")
    ]
    assert not wrong, ", ".join(wrong)


def test_the_cli_uses_only_public_names() -> None:
    """CLI modules import library and sibling names that do not start with an underscore."""
    wrong = [
        f"{module} imports {name} from {target}"
        for module in MODULES
        if _in(module, "gapcheck.cli")
        for target, name in _imports(module)
        if (name and name.startswith("_")) or any(p.startswith("_") for p in target.split("."))
    ]
    assert not wrong, ", ".join(wrong)


def test_no_public_name_is_also_a_module() -> None:
    """Importing a submodule binds its name on the package, so a public function of the same
    name ("gapcheck.extract") would turn into the module once something imported it."""
    clashes = [name for name in gapcheck.__all__ if f"gapcheck.{name}" in MODULES]
    assert not clashes
