"""The shared skill vocabulary: one row per skill, matched without case or accents."""

from __future__ import annotations

from desktop.domain.text import fold
from desktop.store.models import Skill


def skill_id(name: str) -> int:
    """The id of the skill called ``name`` (``"kubernetes"`` finds "Kubernetes"), created if new."""
    key = fold(name)
    found = Skill.select(Skill.id).where(Skill.key == key).first()
    if found:
        return found.id
    return Skill.insert(name=" ".join(name.split()), key=key).execute()


def all_skill_names() -> list[str]:
    """Every known skill name, sorted, for completers."""
    return [s.name for s in Skill.select(Skill.name).order_by(Skill.key)]
