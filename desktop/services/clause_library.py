"""The clause library shipped in resources/clauses (one TOML file per language).

Read once per process. Which clauses a new contract starts with depends on who it
is signed with: a client contract, or (agency mode) the subcontract with the talent.
"""

from __future__ import annotations

import tomllib
from functools import cache

from desktop.domain.clauses import ClauseTemplate
from desktop.resource_files import resource

LANGUAGES = ("fr", "en")
CLIENT_SET = (
    "object",
    "duration",
    "price",
    "payment",
    "milestones",
    "late_penalties",
    "termination",
    "intellectual_property",
    "confidentiality",
    "gdpr",
    "law",
)
SUBCONTRACT_SET = (
    "object",
    "subcontracting",
    "duration",
    "price",
    "payment",
    "late_penalties",
    "termination",
    "intellectual_property",
    "confidentiality",
    "gdpr",
    "law",
)
# An agency's client contract also protects the talent it introduced.
AGENCY_CLIENT_EXTRA = ("non_solicitation",)


@cache
def library(language: str) -> dict[str, ClauseTemplate]:
    """Every clause of the library in ``language`` (French when unknown), by key."""
    language = language if language in LANGUAGES else "fr"
    data = tomllib.loads(resource("clauses", f"{language}.toml").read_text(encoding="utf-8"))
    return {
        c["key"]: ClauseTemplate(c["key"], c["title"], c["body"].strip(), c["source"])
        for c in data["clause"]
    }


def default_set(language: str, subcontract: bool, agency: bool = False) -> list[ClauseTemplate]:
    """The clauses a new contract starts with, in order."""
    keys = list(SUBCONTRACT_SET if subcontract else CLIENT_SET)
    if agency and not subcontract:
        keys.insert(keys.index("law"), *AGENCY_CLIENT_EXTRA)
    clauses = library(language)
    return [clauses[k] for k in keys]
