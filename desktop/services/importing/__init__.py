"""Importing talents, companies and contacts from CSV, Excel and vCard files.

The steps, each usable alone (the dialog and the CLI drive the same ones):

1. :func:`read_table` reads a file into headers and rows of cells (``readers``);
2. :func:`guess_mapping` maps each column to a field by its header (``columns``);
3. :func:`plan_import` validates every row and finds duplicates, writing nothing
   (``plan``);
4. :func:`run_import` writes the plan in one transaction, as a generator of progress
   steps that rolls back when closed early (``writing``).
"""

from desktop.services.importing.columns import (
    KIND_LABELS,
    KINDS,
    TARGETS,
    guess_kind,
    guess_mapping,
    missing_required,
    target,
)
from desktop.services.importing.limits import DEFAULT_LIMITS, ImportFileError, ImportLimits
from desktop.services.importing.plan import Duplicate, ImportPlan, RowError, plan_import
from desktop.services.importing.readers import SourceTable, cell_text, read_table
from desktop.services.importing.rejects import write_rejected_rows
from desktop.services.importing.writing import (
    POLICIES,
    ImportOutcome,
    Resolution,
    preview,
    run_import,
)

__all__ = [
    "DEFAULT_LIMITS",
    "KINDS",
    "KIND_LABELS",
    "POLICIES",
    "TARGETS",
    "Duplicate",
    "ImportFileError",
    "ImportLimits",
    "ImportOutcome",
    "ImportPlan",
    "Resolution",
    "RowError",
    "SourceTable",
    "cell_text",
    "guess_kind",
    "guess_mapping",
    "missing_required",
    "plan_import",
    "preview",
    "read_table",
    "run_import",
    "target",
    "write_rejected_rows",
]
