"""One step of a long task, as service generators yield it (see ``desktop.ui.tasks``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    label: str  # English, marked with QT_TRANSLATE_NOOP("Progress", ...)
