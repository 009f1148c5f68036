"""The layers hold: home/ is the base; courses/, library/ and news/ build on it and never
import each other (nor name each other's modules in strings); no import is hidden inside a
function to dodge a cycle."""

import ast
import re
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


# --- Beyond Python imports: templates, migrations, lookups by translated names -------------

LOAD = re.compile(r"{%\s*load\s+(.+?)\s*%}")


def top_package(path, root=ROOT):
    return path.relative_to(root).parts[0]


def tag_libraries(root=ROOT, packages=FIRST_PARTY):
    """{tag library name: the top package defining it} (e.g. "news_tags": "news")."""
    return {
        path.stem: top_package(path, root)
        for top in packages
        for path in (root / top).rglob("templatetags/*.py")
        if path.stem != "__init__"
    }


def loaded_libraries(text):
    """The tag libraries a template's `{% load %}` tags name (`load a b`, `load x from lib`)."""
    found = set()
    for names in LOAD.findall(text):
        words = names.split()
        found.update(words[-1:] if "from" in words else words)
    return found


def template_crossings(from_layer, forbidden, root=ROOT):
    """(template, library) where a template of `from_layer` loads a tag library of a
    package in `forbidden`."""
    owners = tag_libraries(root)
    return sorted(
        (str(path.relative_to(root)), library)
        for path in (root / from_layer).rglob("templates/**/*")
        if path.is_file()
        for library in loaded_libraries(path.read_text())
        if owners.get(library) in forbidden
    )


def app_labels(root=ROOT, packages=FIRST_PARTY):
    """{app label: top package} from every apps.py (`label`, else the last part of `name`)."""
    labels = {}
    for top in packages:
        for path in (root / top).rglob("apps.py"):
            values = {
                target.id: node.value.value
                for node in ast.walk(ast.parse(path.read_text()))
                if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
                for target in node.targets
                if isinstance(target, ast.Name)
            }
            if "name" in values:
                labels[values.get("label", values["name"].split(".")[-1])] = top
    return labels


def migration_dependencies(tree):
    """The app labels a migration's `dependencies` list names."""
    labels = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "dependencies" for target in node.targets
        ):
            for item in getattr(node.value, "elts", []):
                first = item.elts[0] if isinstance(item, ast.Tuple) else None
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    labels.add(first.value)
    return labels


def migration_crossings(from_layer, forbidden, root=ROOT):
    """(migration, app label) where a migration of `from_layer` depends on an app of a
    package in `forbidden`."""
    owners = app_labels(root)
    return sorted(
        (str(path.relative_to(root)), label)
        for path in (root / from_layer).rglob("migrations/*.py")
        for label in migration_dependencies(ast.parse(path.read_text()))
        if owners.get(label) in forbidden
    )


NAME_LOOKUP = re.compile(r"^(name|.*__name)(__(iexact|exact|in|startswith|contains))?$")
TRANSLATED = re.compile(r"[^\x00-\x7f]")
GETTEXT = {"_", "gettext", "gettext_lazy", "pgettext", "pgettext_lazy"}


def _translated_text(node, constants):
    """True when `node` is text in a language other than English (a literal or a module
    constant holding Cyrillic, say) or a call to gettext: a name that changes with languages
    or with an editor's correction."""
    if isinstance(node, ast.Name):
        node = constants.get(node.id, node)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(TRANSLATED.search(node.value))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        return node.func.id in GETTEXT
    return False


QUERIES = {"filter", "exclude", "get", "get_or_create", "update_or_create", "Q"}


def _is_query(function):
    name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
    return name in QUERIES


def lookups_by_translated_name(tree):
    """Line numbers of queries such as `.filter(name=MEMBERS_ONLY)` whose value is a
    translated text."""
    constants = {
        target.id: node.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    return sorted(
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and _is_query(node.func)
        for keyword in node.keywords
        if keyword.arg
        and NAME_LOOKUP.match(keyword.arg)
        and _translated_text(keyword.value, constants)
    )


@pytest.mark.parametrize("layer", ["home", *FEATURES])
def test_templates_load_no_tag_library_of_a_higher_or_sibling_layer(layer):
    forbidden = set(FEATURES) - {layer}
    assert template_crossings(layer, forbidden) == []


def test_the_base_layers_migrations_depend_on_no_feature():
    assert migration_crossings("home", set(FEATURES)) == []


def test_code_never_finds_a_row_by_a_translated_name():
    found = [
        f"{module}:{line}"
        for module, _package, tree in project_modules()
        for line in lookups_by_translated_name(tree)
    ]
    assert found == []


def _write(root, files):
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def test_the_checkers_find_a_violation(tmp_path):
    """The checks above are only as good as their checkers: each finds a planted crossing."""
    _write(
        tmp_path,
        {
            "home/apps.py": 'class A:\n    name = "home"\n',
            "home/members/apps.py": 'class A:\n    name = "home.members"\n    label = "members"\n',
            "courses/reflections/apps.py": (
                'class A:\n    name = "courses.reflections"\n    label = "reflections"\n'
            ),
            "news/templatetags/news_tags.py": "",
            "home/templatetags/club_tags.py": "",
            "home/templates/home/page.html": "{% load i18n club_tags %}{% load x from news_tags %}",
            "home/members/migrations/0009_bad.py": (
                "dependencies = [\n"
                '    ("members", "0008"),\n'
                '    ("reflections", "0001_initial"),\n'
                "]\n"
            ),
        },
    )
    assert template_crossings("home", {"news"}, root=tmp_path) == [
        ("home/templates/home/page.html", "news_tags")
    ]
    assert migration_crossings("home", {"courses"}, root=tmp_path) == [
        ("home/members/migrations/0009_bad.py", "reflections")
    ]
    tree = ast.parse(
        'SHOWN = "Мүчөлөр үчүн гана"\n'
        "Collection.objects.filter(name=SHOWN)\n"
        'Group.objects.get(name=_("Editors"))\n'
        'Page.objects.filter(owner__name__iexact="Айгүл")\n'
        'Collection.objects.filter(name="Members only", depth=2)\n'
        "Mark.objects.filter(key=SHOWN)\n"
        "root.add_child(name=SHOWN)\n"
        "Collection.objects.exclude(Q(name__in=[SHOWN]) | Q(name=SHOWN))\n"
    )
    assert lookups_by_translated_name(tree) == [2, 3, 4, 8]


CACHE_HEADER_SETTERS = {
    "never_cache",
    "cache_control",
    "cache_page",
    "patch_cache_control",
    "add_never_cache_headers",
    "patch_response_headers",
}


def cache_policy_outside(tree):
    """Line numbers where a module sets Cache-Control itself: Django's cache decorators and
    helpers, or `response["Cache-Control"] = ...`."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in (
            "django.views.decorators.cache",
            "django.utils.cache",
        ):
            if any(alias.name in CACHE_HEADER_SETTERS for alias in node.names):
                lines.append(node.lineno)
        elif isinstance(node, ast.Assign):
            lines += [
                node.lineno
                for target in node.targets
                if isinstance(target, ast.Subscript)
                and isinstance(target.slice, ast.Constant)
                and str(target.slice.value).lower() == "cache-control"
            ]
    return lines


def test_every_cache_policy_is_named_in_home_cache():
    """Who may keep a response is decided in one module (home/cache.py: keep_private,
    private_view, public_for, revalidate_always): no view sets the header itself."""
    found = [
        f"{module}:{line}"
        for module, _package, tree in project_modules()
        if module != "home.cache"
        for line in cache_policy_outside(tree)
    ]
    assert found == []


def test_the_cache_policy_checker_finds_a_header_set_by_hand():
    tree = ast.parse(
        "from django.views.decorators.cache import never_cache\n"
        "from django.utils.cache import cc_delim_re\n"
        'response["Cache-Control"] = "no-cache"\n'
    )
    assert cache_policy_outside(tree) == [1, 3]
