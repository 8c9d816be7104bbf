"""Package layout that pyproject.toml cannot express: ``resources/`` at the top level of
the repository is installed as the package data ``desktop/resources/`` of the wheel.

Everything else (metadata, dependencies, entry points) is in pyproject.toml.
"""

from pathlib import Path

from setuptools import find_packages, setup

HERE = Path(__file__).resolve().parent
# Each folder of resources/ is a data-only package of the wheel (setuptools warns about
# data in a folder that is not listed as a package); none holds Python code.
RESOURCE_PACKAGES = [
    "desktop.resources",
    *(
        "desktop.resources." + ".".join(folder.relative_to(HERE / "resources").parts)
        for folder in sorted((HERE / "resources").rglob("*"))
        if folder.is_dir() and folder.name != "__pycache__"
    ),
]
# What ships: everything but the translation sources (.ts).
SHIPPED = ["*.svg", "*.png", "*.ico", "*.icns", "*.qm", "*.ttf", "*.otf", "*.txt", "*.toml",
           "*.json", "*.sql", "*.icc", "*.css"]  # fmt: skip

setup(
    packages=[*find_packages(include=["desktop", "desktop.*"]), *RESOURCE_PACKAGES],
    package_dir={"desktop.resources": "resources"},
    package_data={"desktop": ["py.typed"], **{name: SHIPPED for name in RESOURCE_PACKAGES}},
)
