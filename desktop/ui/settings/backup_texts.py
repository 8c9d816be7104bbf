"""How backups are named and summed up on screen (Settings, restore and recovery dialogs)."""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from desktop.domain import formatting
from desktop.store.backup import ArchiveInfo
from desktop.ui import i18n


def kind_label(kind: str) -> str:
    """``auto`` -> "Automatic", ``before-migration-v4-to-v5`` -> "Before the update v4 → v5"."""
    migration = re.fullmatch(r"before-migration-v(\d+)-to-v(\d+)", kind)
    if migration:
        return QCoreApplication.translate("Backups", "Before the update v{old} → v{new}").format(
            old=migration.group(1), new=migration.group(2)
        )
    labels = {
        "auto": QCoreApplication.translate("Backups", "Automatic"),
        "manual": QCoreApplication.translate("Backups", "Made by hand"),
        "before-restore": QCoreApplication.translate("Backups", "Before a restore"),
    }
    return labels.get(kind, kind)


def when(info: ArchiveInfo) -> str:
    lang = i18n.language()
    return f"{formatting.format_date(info.created_at.date(), lang)} {info.created_at:%H:%M}"


def megabytes(size: int) -> str:
    value = (Decimal(size) / 1_000_000).quantize(Decimal("0.1"))
    return QCoreApplication.translate("Backups", "{size} MB").format(
        size=formatting.format_number(value, i18n.language())
    )


def archive_summary(info: ArchiveInfo) -> str:
    """``07/12/2026 14:48 (automatic): 300 talents, 120 companies, 400 invoices``."""
    counts = info.counts
    return QCoreApplication.translate(
        "Backups", "{when} ({kind}): {talents} talents, {companies} companies, {invoices} invoices"
    ).format(
        when=when(info),
        kind=kind_label(info.kind).lower(),
        talents=counts.get("talent", 0),
        companies=counts.get("company", 0),
        invoices=counts.get("invoice", 0),
    )
