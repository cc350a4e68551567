"""The dependency rules of the layout, checked on the source."""

import ast
from pathlib import Path

import pytest

SERVICE = Path(__file__).resolve().parent.parent / "service"
FRAMEWORKS = ("flask", "flask_smorest", "marshmallow", "webargs", "apispec", "werkzeug")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative import: resolve against the package
                package = path.parent.relative_to(SERVICE.parent).parts[: len(path.parent.relative_to(
                    SERVICE.parent).parts) - node.level + 1]
                names.add(".".join([*package, node.module or ""]).rstrip("."))
            else:
                names.add(node.module)
    return names


# The pipeline may use Whoosh's language modules (its stemmer, so that stems equal index terms), never the index.
LANGUAGE_ONLY = ("whoosh.lang",)


@pytest.mark.parametrize("package, forbidden", [
    ("pipeline", FRAMEWORKS + ("service.search", "whoosh")),
    ("search", FRAMEWORKS + ("service.pipeline",)),
])
def test_domain_packages_stay_framework_free(package, forbidden):
    for path in (SERVICE / package).rglob("*.py"):
        for name in imported_modules(path):
            if name.startswith(LANGUAGE_ONLY):
                continue
            assert not name.startswith(forbidden), f"{path.name} imports {name}"


def test_routes_only_reach_the_domain_through_the_catalog():
    for path in (SERVICE / "routes").glob("*.py"):
        for name in imported_modules(path):
            assert not name.startswith(("service.search", "service.pipeline", "whoosh")), f"{path.name}: {name}"


def test_no_app_is_built_at_import_time():
    for path in SERVICE.rglob("*.py"):
        if path.name == "wsgi.py":
            continue
        tree = ast.parse(path.read_text())
        for node in tree.body:
            if isinstance(node, (ast.Assign, ast.Expr)) and "create_app(" in ast.unparse(node):
                pytest.fail(f"{path.name} builds an app at import time")



def test_every_dimension_the_extractor_produces_is_in_the_contract():
    from service.pipeline import quantities
    from service.records import DIMENSIONS

    produced = {dimension for _, dimension in quantities._MEASURES.values()}
    for sentence in ("Prices rose 3.2% in May.", "The fund holds $4 billion.", "About 11,000 troops arrived.",
                     "A magnitude 7.8 quake struck.", "Deaths average 1,200 per day.", "It flew 300 km at 900 km/h."):
        produced |= {q.dimension for _, _, q in quantities.find_quantities(sentence)}
    assert produced - {None} <= set(DIMENSIONS), produced - set(DIMENSIONS)
    assert {"percentage", "money", "persons", "magnitude", "speed"} <= produced
