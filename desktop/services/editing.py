"""Editing a record read earlier: its version when read, and saving only over that version.

A form reads :func:`version_of` when it loads a record and saves inside
:func:`saving_over`; a change or a delete made elsewhere in between raises
:class:`StaleRecordError` (nothing written), and the form offers to reload or to
save as a new record. See :mod:`desktop.store.row_versions`.
"""

from __future__ import annotations

from desktop.store.row_versions import StaleRecordError, current, expect

__all__ = ["StaleRecordError", "saving_over", "version_of"]


def version_of(table: str, record_id: int) -> int | None:
    """The record's version now (None: it does not exist)."""
    return current(table, record_id)


def saving_over(table: str, record_id: int, version: int | None):
    """``with saving_over("talent", 12, version): update_talent(12, draft)``."""
    return expect(table, record_id, version)
