"""What went wrong, in words a user can act on: the services' errors and storage failures.

The window's dialogs and its exception hook, and the command line, ask here rather
than reading SQLite's messages: a full disk, a read-only folder, a lock held too long
or a damaged file each get a plain message (:mod:`desktop.store.storage_errors`).
"""

from __future__ import annotations

from desktop.domain.errors import DomainError
from desktop.store.storage_errors import DatabaseBusyError, StorageError, explain

__all__ = ["DatabaseBusyError", "StorageError", "explain_failure", "retry_may_help"]


def explain_failure(exc: BaseException) -> DomainError | None:
    """The error to show for ``exc``; None when it is a bug (nothing a user can do)."""
    if isinstance(exc, DomainError):
        return exc
    return explain(exc)


def retry_may_help(error: DomainError) -> bool:
    """Trying again in a moment may succeed (a lock held by another writer, a disk back)."""
    return isinstance(error, StorageError) and error.retry_helps
