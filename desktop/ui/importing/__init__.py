"""Import and export from the window: the import wizard and the export of a list."""

from desktop.ui.importing.dialog import ImportDialog
from desktop.ui.importing.export import export_list

__all__ = ["ImportDialog", "export_list"]
