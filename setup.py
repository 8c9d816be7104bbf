"""Package layout that pyproject.toml cannot express: ``resources/`` at the top level of
the repository is installed as the package data ``desktop/resources/`` of the wheel.

Everything else (metadata, dependencies, entry points) is in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["desktop", "desktop.*"]), "desktop.resources"],
    package_dir={"desktop.resources": "resources"},
    package_data={
        "desktop": ["py.typed"],
        "desktop.resources": [
            "icons/*.svg",
            "icons/*.png",
            "icons/*.ico",
            "icons/*.icns",
            "translations/*.qm",
            "fonts/*",
            "clauses/**/*",
            "styles/*",
            "color/*",
            "rates/*",
            "selftest/*",
        ],
    },
)
