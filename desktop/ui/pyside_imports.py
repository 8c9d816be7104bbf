"""PySide6's look at every module imported after it, made cheap.

To support ``from __feature__ import snake_case, true_property``, PySide6 replaces
``__import__``, and after each import it notes whether the new module uses PySide by
reading the module's whole source (``inspect.getsource``, kept in ``linecache`` for the
life of the process). In the 300k session of ``benchmarks/bench_session.py`` that was
361 modules, 111 ms of the UI thread in all (19.6 ms for one import, inside a page's
first visit), and 5.3 MB of source text held in memory.

The answer only matters to a module that switches features on, and the app never does.
:func:`spare_source_reads` gives PySide the same answer from the module's globals (a
module that uses PySide holds something of it: a module, a class, a function), without
reading its file. Nothing is done where PySide has no such check (other versions).
"""

from __future__ import annotations

import sys
from types import ModuleType

_PREFIXES = ("PySide6", "shiboken6")


def uses_pyside(module: ModuleType) -> bool:
    """Whether ``module`` holds anything of PySide6 (what PySide's check answers)."""
    for value in list(vars(module).values()):
        try:
            if isinstance(value, ModuleType):
                name = value.__name__
            else:
                name = getattr(value, "__module__", None)
        except Exception:  # an object whose attributes cannot be read: not PySide's
            continue
        if isinstance(name, str) and name.startswith(_PREFIXES):
            return True
    return False


def spare_source_reads() -> bool:
    """Replace PySide's source-reading check by :func:`uses_pyside`; True when done."""
    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        return False
    feature._mod_uses_pyside = uses_pyside
    return True
