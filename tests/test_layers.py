"""The layers hold: home/ is the base; courses/, library/ and news/ build on it and never
import each other (nor name each other's modules in strings); no import is hidden inside a
function to dodge a cycle."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FEATURES = ("courses", "library", "news")
FIRST_PARTY = ("cms", "home", *FEATURES)


def project_modules():
    """(dotted name, package, syntax tree) of every module of ours except migrations."""
    for top in FIRST_PARTY:
        for path in sorted((ROOT / top).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if "migrations" in parts:
                continue
            package = parts[:-1]
            if parts[-1] == "__init__":
                parts = parts[:-1]
            yield ".".join(parts), package, ast.parse(path.read_text())


def dependencies(package, tree):
    """First-party modules named by the imports of `tree` (relative ones resolved) or written
    as dotted strings such as "courses.demo" or "news.EventPage"."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            found.add(".".join([*base, node.module] if node.module else base))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            first = node.value.split(".")[0]
            if first in FEATURES and "." in node.value and " " not in node.value:
                found.add(node.value)
    return {name for name in found if name.split(".")[0] in FIRST_PARTY}


def crossings(from_layer, forbidden):
    return sorted(
        (module, target)
        for module, package, tree in project_modules()
        if module.split(".")[0] == from_layer
        for target in dependencies(package, tree)
        if target.split(".")[0] in forbidden
    )


@pytest.mark.parametrize("feature", FEATURES)
def test_a_feature_never_imports_another_feature(feature):
    others = set(FEATURES) - {feature}
    assert crossings(feature, others) == []


def test_the_base_layer_imports_no_feature():
    assert crossings("home", FEATURES) == []


def test_the_graph_sees_imports():
    """The checks above are only as good as the graph: it does find known dependencies."""
    graph = {module: dependencies(package, tree) for module, package, tree in project_modules()}
    assert "home.members.access" in graph["courses.access"]
    assert "courses.models.progress" in graph["courses.progress"]
    assert "home.members.models" in graph["home.members.access"]


def test_no_import_is_hidden_inside_a_function():
    """Imports stand at the top of their module; only AppConfig.ready() imports (signals)."""
    hidden = []
    for name, _package, tree in project_modules():
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            if function.name == "ready" and name.endswith(".apps"):
                continue
            hidden += [
                f"{name}:{node.lineno}"
                for node in ast.walk(function)
                if isinstance(node, ast.Import | ast.ImportFrom)
            ]
    assert hidden == []
