"""Freelance Desk: the talent-to-cash pipeline of a French IT freelancer, offline."""

APP_NAME = "Freelance Desk"
APP_ID = "FreelanceDesk"
# The one place the version is written (pyproject.toml reads it): importing
# importlib.metadata to look it up cost 68 ms of every start-up.
__version__ = "0.1.0"
