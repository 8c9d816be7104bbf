"""The lists a bundle is checked against: lazily imported modules and named resources."""

from __future__ import annotations

import textwrap
from pathlib import Path

from desktop import bundle_inventory
from desktop.bundle_inventory import lazy_imports, lazy_modules, resource_references
from desktop.resource_files import resources_dir

ROOT = Path(__file__).resolve().parent.parent


def write_package(tmp_path: Path, files: dict[str, str]) -> Path:
    package = tmp_path / "desktop"
    for name, text in files.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
    return package


def test_imports_inside_functions_are_found_with_where_they_are(tmp_path):
    package = write_package(
        tmp_path,
        {
            "__init__.py": "",
            "store/__init__.py": "",
            "store/database.py": """
                import json  # module level: PyInstaller follows it, not lazy

                def open_it():
                    from . import migrations
                    from ..services.demo import generate
                    import openpyxl.styles

                class Reader:
                    def read(self):
                        def inner():
                            import zipfile
                        try:
                            import pypdf
                        except ImportError:
                            pass
            """,
            "plugins.py": """
                import importlib
                BACKEND = importlib.import_module("keyring.backends.SecretService")
                name = "computed"
                importlib.import_module(name)  # not a literal: cannot be listed
            """,
        },
    )
    found = lazy_imports(package)
    assert "json" not in found
    assert found["desktop.store.migrations"].places == ["desktop/store/database.py:5"]
    assert found["desktop.store"].candidate is False
    assert found["desktop.store.migrations"].candidate is True  # `from . import migrations`
    assert "desktop.services.demo" in found
    assert "desktop.services.demo.generate" in found  # a candidate; importable() decides
    assert {"openpyxl.styles", "zipfile", "pypdf"} <= set(found)
    assert found["pypdf"].optional and not found["zipfile"].optional
    assert found["keyring.backends.SecretService"].places == ["desktop/plugins.py:3"]
    assert "computed" not in found and "name" not in found


def test_a_required_lazy_import_that_is_not_installed_is_reported(tmp_path):
    package = write_package(
        tmp_path,
        {
            "__init__.py": "",
            "invoices.py": """
                def embed():
                    import facturx_not_installed
                    from openpyxl import Workbook
                    from desktop import no_such_module
                def optional():
                    try:
                        import reportlab_not_installed
                    except ImportError:
                        return None
            """,
        },
    )
    modules, missing = lazy_modules(package)
    assert list(missing) == ["facturx_not_installed"]
    assert missing["facturx_not_installed"].places == ["desktop/invoices.py:3"]
    assert "openpyxl" in modules
    assert "openpyxl.Workbook" not in modules  # a class, not a module
    assert "reportlab_not_installed" not in missing  # optional: bundled when installed


def test_every_lazy_import_of_the_app_is_installed_and_listed():
    """What installer.spec hands PyInstaller: a missing one would stop the build."""
    found = lazy_imports()
    # Known lazy imports of the app, so that the scan cannot silently find nothing.
    assert any(
        p.startswith("desktop/store/database.py") for p in found["desktop.store.migrations"].places
    )
    assert "openpyxl" in found and "desktop.services.demo" in found
    modules, missing = lazy_modules()
    assert missing == {}, f"lazily imported but not installed: {missing}"
    assert {"openpyxl", "desktop.store.migrations", "keyring"} <= set(modules)


def test_every_resource_the_code_names_exists():
    references = resource_references()
    assert "icons/search.svg" in references  # icon("search") in the lists' filter box
    absent = [name for name in references if not (resources_dir() / name).is_file()]
    assert absent == [], f"named in the code, missing from resources/: {absent}"


def test_a_resource_named_in_the_code_is_found_by_the_scan(tmp_path):
    package = write_package(
        tmp_path,
        {
            "__init__.py": "",
            "documents/fonts.py": """
                from desktop.resource_files import resource
                def regular():
                    return resource("fonts", "DejaVuSans.ttf")
                def bold(name):
                    return resource("fonts", name)  # not literal: not listed
            """,
            "ui/page.py": "def build():\n    icon('add')\n",
        },
    )
    assert resource_references(package) == {
        "fonts/DejaVuSans.ttf": ["desktop/documents/fonts.py:4"],
        "icons/add.svg": ["desktop/ui/page.py:2"],
    }


def test_the_manifest_round_trips(tmp_path, monkeypatch):
    bundle = tmp_path / "bundle"
    bundle_inventory.write_manifest(bundle / bundle_inventory.MANIFEST, ["desktop"], ["a/b.svg"])
    assert bundle_inventory.read_manifest() is None  # not frozen
    monkeypatch.setattr("sys._MEIPASS", str(bundle), raising=False)
    assert bundle_inventory.read_manifest() == {"modules": ["desktop"], "resources": ["a/b.svg"]}


def test_every_module_of_the_app_is_listed():
    modules = bundle_inventory.source_modules()
    files = [p for p in (ROOT / "desktop").rglob("*.py") if "__pycache__" not in p.parts]
    assert len(modules) == len(files)
    assert {"desktop", "desktop.cli", "desktop.store.migrations", "desktop.ui.app"} <= set(modules)
