"""What a frozen bundle must hold: every module of the app, every module it imports
lazily, and every resource its code names.

A bundle that misses a module imported inside a function, or a data file, fails only on
the user's machine, when that function first runs. This module finds them by parsing
the sources with :mod:`ast` (nothing is imported), so that:

- ``installer.spec`` passes every lazily imported module to PyInstaller as a hidden
  import and writes the lists into the bundle (``selftest/manifest.json``);
- ``freelance-desk selftest`` imports each listed module and finds each listed resource,
  from the manifest when frozen (a bundle holds no sources) or from the sources otherwise;
- ``tests/test_bundle_inventory.py`` checks that the lists are right and complete.

No Qt, no import of the scanned modules: the spec runs this before any analysis.
"""

from __future__ import annotations

import ast
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE = "desktop"
PACKAGE_DIR = Path(__file__).resolve().parent
MANIFEST = Path("selftest") / "manifest.json"  # inside the bundle (sys._MEIPASS)

_OPTIONAL_HANDLERS = {"ImportError", "ModuleNotFoundError"}


@dataclass
class LazyImport:
    """A module imported inside a function (or by ``importlib.import_module("...")``)."""

    module: str
    places: list[str] = field(default_factory=list)  # "desktop/cli.py:63"
    optional: bool = True  # every place guards it with ``except ImportError``
    # Only seen as ``from a.b import c``: ``a.b.c`` may be a function, not a module.
    candidate: bool = True


def source_modules(package_dir: Path = PACKAGE_DIR) -> list[str]:
    """Every module of the package, from its ``.py`` files (``desktop``, ``desktop.cli``...)."""
    names = []
    for path in sorted(package_dir.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        parts = list(path.relative_to(package_dir.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names.append(".".join(parts))
    return names


def _module_name(path: Path, package_dir: Path) -> tuple[str, bool]:
    parts = list(path.relative_to(package_dir.parent).with_suffix("").parts)
    is_package = parts[-1] == "__init__"
    if is_package:
        parts.pop()
    return ".".join(parts), is_package


def _resolve(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


class _Scanner(ast.NodeVisitor):
    def __init__(self, module: str, is_package: bool, where: str) -> None:
        self.module, self.is_package, self.where = module, is_package, where
        self.depth = 0  # functions we are in
        self.guarded = 0  # try blocks catching ImportError we are in
        self.found: list[tuple[str, str, bool, bool]] = []  # module, place, optional, candidate
        self.resources: list[tuple[tuple[str, ...], str]] = []

    def _add(self, name: str, node: ast.AST, candidate: bool = False) -> None:
        if name:
            place = f"{self.where}:{node.lineno}"
            self.found.append((name, place, self.guarded > 0, candidate))

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Try(self, node: ast.Try) -> None:
        names = set()
        for handler in node.handlers:
            kinds = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
            names |= {k.id for k in kinds if isinstance(k, ast.Name)}
        optional = bool(names & _OPTIONAL_HANDLERS)
        self.guarded += optional
        for statement in node.body:
            self.visit(statement)
        self.guarded -= optional
        for part in (*node.handlers, *node.orelse, *node.finalbody):
            self.visit(part)

    def visit_Import(self, node: ast.Import) -> None:
        if self.depth:
            for alias in node.names:
                self._add(alias.name, node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if self.depth:
            base = _resolve(node, self.module, self.is_package)
            self._add(base, node)
            # `from desktop.store import migrations` imports a submodule: name it too.
            for alias in node.names:
                if alias.name != "*":
                    self._add(f"{base}.{alias.name}", node, candidate=True)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        literal = [a.value for a in node.args if isinstance(a, ast.Constant)]
        all_literal = len(literal) == len(node.args) and all(isinstance(v, str) for v in literal)
        if name == "import_module" and node.args and all_literal:
            # PyInstaller's analysis cannot see through import_module: a hidden import.
            self._add(literal[0], node)
        elif name == "resource" and node.args and all_literal:
            self.resources.append((tuple(literal), f"{self.where}:{node.lineno}"))
        elif name == "icon" and len(node.args) == 1 and all_literal:
            self.resources.append((("icons", f"{literal[0]}.svg"), f"{self.where}:{node.lineno}"))
        self.generic_visit(node)


def _scan(package_dir: Path) -> list[_Scanner]:
    scanners = []
    for path in sorted(package_dir.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        module, is_package = _module_name(path, package_dir)
        where = path.relative_to(package_dir.parent).as_posix()
        scanner = _Scanner(module, is_package, where)
        scanner.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        scanners.append(scanner)
    return scanners


def lazy_imports(package_dir: Path = PACKAGE_DIR) -> dict[str, LazyImport]:
    """Modules imported inside functions, by name, with where they are imported.

    ``from a.b import c`` yields ``a.b`` and the candidate ``a.b.c`` (a name, not always a
    module: :func:`importable` tells which).
    """
    found: dict[str, LazyImport] = {}
    for scanner in _scan(package_dir):
        for name, place, optional, candidate in scanner.found:
            entry = found.setdefault(name, LazyImport(name))
            entry.places.append(place)
            entry.optional = entry.optional and optional
            entry.candidate = entry.candidate and candidate
    return dict(sorted(found.items()))


def lazy_modules(package_dir: Path = PACKAGE_DIR) -> tuple[list[str], dict[str, LazyImport]]:
    """The lazily imported modules this Python can import, and the required ones it cannot
    (a dependency missing from the build environment: the bundle would lack it).

    Names only seen as ``from a import b`` count when ``a.b`` is a module; optional
    imports (guarded by ``except ImportError``) count when installed.
    """
    modules, missing = [], {}
    for name, entry in lazy_imports(package_dir).items():
        if importable(name):
            modules.append(name)
        elif not (entry.candidate or entry.optional):
            missing[name] = entry
    return modules, missing


def resource_references(package_dir: Path = PACKAGE_DIR) -> dict[str, list[str]]:
    """Resources named by literal calls ``resource("fonts", "X.ttf")`` or ``icon("home")``:
    relative path -> where the code names it."""
    found: dict[str, list[str]] = {}
    for scanner in _scan(package_dir):
        for parts, place in scanner.resources:
            found.setdefault("/".join(parts), []).append(place)
    return dict(sorted(found.items()))


def importable(name: str) -> bool:
    """True when ``name`` is a module this Python can import (its parents get imported)."""
    import importlib.util

    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # a parent is not a package, or not installed
        return False


def write_manifest(path: Path, modules: list[str], resources: list[str]) -> None:
    """The lists a frozen ``selftest`` checks (written by installer.spec)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"modules": modules, "resources": resources}, indent=1) + "\n")


def read_manifest() -> dict[str, list[str]] | None:
    """The bundle's manifest, or None when not running from a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if not bundle:
        return None
    return json.loads((Path(bundle) / MANIFEST).read_text())
