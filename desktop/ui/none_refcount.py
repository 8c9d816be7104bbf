"""Work around PySide6 6.12 on Python 3.11: void Qt methods use up references to None.

PySide6 6.12.0's wheels (built for the stable ABI) return ``None`` from void methods
(``painter.setPen``, ``label.setText``…) without taking a reference to it. On Python
3.12+ ``None`` is immortal and nothing happens; on 3.11 every such call drops one
reference, and after a few thousand calls (None starts with about 5,000) CPython
aborts: "Fatal Python error: none_dealloc: deallocating None". Painting a board card
makes about forty such calls, so a board would crash within seconds of scrolling.

:func:`replenish` gives ``None`` a large stock of references back when it runs low.
It costs one comparison when there is nothing to do, so paint paths call it. Where the
leak does not exist (Python 3.12+, fixed PySide6 releases), it never touches anything:
the leak is measured once, not assumed from version numbers.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject

_LOW = 1 << 20  # top up below this many references...
_STOCK = 1 << 24  # ...by this many (16 million void calls)
_leaking: bool | None = None


def _measure() -> bool:
    """Whether a void Qt method loses a reference to None here."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False  # None is immortal, or reference counts work otherwise
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("")
    return sys.getrefcount(None) <= before - 16


def replenish() -> None:
    """Top up None's reference count when the PySide6 leak has run it low."""
    global _leaking
    if _leaking is None:
        _leaking = _measure()
    if _leaking and sys.getrefcount(None) < _LOW:
        # CPython 3.11: ob_refcnt is the first field of every object.
        ctypes.c_ssize_t.from_address(id(None)).value += _STOCK
