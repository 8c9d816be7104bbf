"""The wheel ships every resource, and the locator finds each one from an installed copy."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

from desktop.resource_files import MissingResourceError, all_resources, resource, resources_dir

ROOT = Path(__file__).resolve().parent.parent


def test_locator_finds_the_checkout_resources() -> None:
    assert resources_dir() == ROOT / "resources"
    assert resource("icons", "home.svg").is_file()
    shipped = {str(p) for p in all_resources()}
    assert "translations/freelance_desk_fr.qm" in shipped
    assert not any(p.endswith((".py", ".ts")) for p in shipped)  # sources stay out


def test_a_missing_resource_is_named() -> None:
    with pytest.raises(MissingResourceError, match=r"no-such-icon\.svg"):
        resource("icons", "no-such-icon.svg")


def test_pip_install_ships_every_resource(tmp_path: Path) -> None:
    """`pip install .` into a fresh venv: each resource is found through the locator."""
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--no-index", "-w", str(wheels), str(ROOT)],
        check=True, cwd=tmp_path, capture_output=True,
    )  # fmt: skip
    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(target)
    python = target / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    (wheel,) = wheels.glob("freelance_desk-*.whl")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True, cwd=tmp_path, capture_output=True,
    )  # fmt: skip
    expected = [str(p) for p in all_resources()]
    script = (
        "import sys\n"
        "from desktop.resource_files import resource, resources_dir\n"
        "print(resources_dir())\n"
        "for name in sys.argv[1:]:\n"
        "    assert resource(*name.split('/')).is_file(), name\n"
    )
    run = subprocess.run(
        [str(python), "-c", script, *expected],
        cwd=tmp_path, capture_output=True, text=True,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    found_in = Path(run.stdout.strip())
    assert found_in.parts[-2:] == ("desktop", "resources")
    assert ROOT not in found_in.parents  # the installed copy, not this checkout
