"""Settings > Backups: the profile's backups, a backup on demand, and restore.

The list reads each archive's manifest (not its content); backing up and restoring run
off the UI thread. Restoring first shows what the backup holds against the data now
(:class:`RestoreDialog`), then backs up the current state, then hands over to
:func:`desktop.ui.app.switch_to_restored_data`, which closes the window, swaps the files
and opens a fresh window on the restored data.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import backup_rotation
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.profile import Profile
from desktop.services import backups
from desktop.services.backups import ArchiveInfo
from desktop.ui.assets import icon
from desktop.ui.failures import show_failure
from desktop.ui.settings.backup_texts import kind_label, megabytes, when
from desktop.ui.tasks import run_reporting

_ROWS = (
    ("talent", QT_TRANSLATE_NOOP("Backups", "Talents")),
    ("company", QT_TRANSLATE_NOOP("Backups", "Companies")),
    ("contact", QT_TRANSLATE_NOOP("Backups", "Contacts")),
    ("mission", QT_TRANSLATE_NOOP("Backups", "Missions")),
    ("contract", QT_TRANSLATE_NOOP("Backups", "Contracts")),
    ("invoice", QT_TRANSLATE_NOOP("Backups", "Invoices")),
    ("attachment", QT_TRANSLATE_NOOP("Backups", "Attached files")),
)


_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CancelledError(Exception):
    """The user cancelled a backup: its temporary files are removed."""


class _Progress:
    """A progress dialog with Cancel for work reporting (bytes done, bytes in all)."""

    def __init__(self, parent: QWidget, title: str) -> None:
        self.cancelled = threading.Event()
        cancel = QCoreApplication.translate("Tasks", "Cancel")
        self.dialog = QProgressDialog(title, cancel, 0, 100, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(lambda: self.cancelled.set())

    def report(self, done: int, total: int) -> None:
        """Called on the worker thread: stops the work when the user cancelled."""
        if self.cancelled.is_set():
            raise CancelledError

    def show(self, done: int, total: int) -> None:
        self.dialog.setValue(int(done * 100 / total) if total else 0)

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()


class BackupsSettings(QWidget):
    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings-backups")
        self.profile = profile
        about = QLabel(
            self.tr(
                "Each backup holds the database, the attached files and a manifest, checked "
                "when it is written and again before a restore. Automatic backups are made at "
                "start and every {hours} hours of use; the last {daily} days and {weekly} weeks "
                "are kept. Backups made here are kept until you delete them."
            ).format(
                hours=int(backups.EVERY.total_seconds() // 3600),
                daily=backup_rotation.DAILY,
                weekly=backup_rotation.WEEKLY,
            )
        )
        about.setWordWrap(True)
        about.setObjectName("hint")
        self.table = QTreeWidget()
        self.table.setObjectName("backupList")
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Talents"),
                self.tr("Companies"),
                self.tr("Invoices"),
                self.tr("Files"),
                self.tr("Size"),
            ]
        )
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(220)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda *_: self.restore_selected())
        self.unreadable = QLabel()
        self.unreadable.setObjectName("hint")
        self.unreadable.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setObjectName("restoreSelected")
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setEnabled(False)
        from_file = QPushButton(self.tr("Restore from a file…"))
        from_file.setObjectName("restoreFromFile")
        from_file.clicked.connect(self.restore_from_file)
        folder = QPushButton(icon("folder"), self.tr("Open the folder"))
        folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(profile.backups)))
        )
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, from_file):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(folder)

        box = QGroupBox(self.tr("Backups"))
        inner = QVBoxLayout(box)
        inner.addWidget(about)
        where = QLabel(self.tr("Folder: {path}").format(path=str(profile.backups)))
        where.setObjectName("hint")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner.addWidget(where)
        inner.addLayout(buttons)
        inner.addWidget(self.table, 1)
        inner.addWidget(self.unreadable)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box, 1)
        self.reload()

    # -- list -------------------------------------------------------------------------------
    def reload(self) -> None:
        good, bad = backups.backup_list(self.profile)
        self.table.clear()
        for info in good:
            counts = info.counts
            item = QTreeWidgetItem(
                [
                    when(info),
                    kind_label(info.kind),
                    str(counts.get("talent", 0)),
                    str(counts.get("company", 0)),
                    str(counts.get("invoice", 0)),
                    str(info.attachments),
                    megabytes(info.size),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
            item.setToolTip(0, str(info.path))
            for column in range(2, 7):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            self.table.addTopLevelItem(item)
        self.unreadable.setText(
            self.tr("Not readable as a backup: {names}").format(
                names=", ".join(p.name for p in bad)
            )
            if bad
            else ""
        )
        self.unreadable.setVisible(bool(bad))
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectedItems()))

    def selected_path(self) -> Path | None:
        items = self.table.selectedItems()
        return Path(items[0].data(0, Qt.ItemDataRole.UserRole)) if items else None

    # -- back up ----------------------------------------------------------------------------
    def backup_now(self) -> None:
        progress = _Progress(self, self.tr("Backing up"))
        self.backup_button.setEnabled(False)

        def done(info: ArchiveInfo) -> None:
            progress.close()
            self.backup_button.setEnabled(True)
            self.reload()
            QMessageBox.information(
                self,
                self.tr("Backup done"),
                self.tr("The database and {files} attached files were saved to:\n{path}").format(
                    files=info.attachments, path=str(info.path)
                ),
            )

        def failed(exc: Exception) -> None:
            progress.close()
            self.backup_button.setEnabled(True)
            if isinstance(exc, CancelledError):
                return
            if not show_failure(self, self.tr("Backup failed"), exc, self.backup_now):
                raise exc

        run_reporting(
            lambda report: backups.back_up(self.profile, progress=report),
            progress.report,
            progress.show,
            done,
            failed,
            reads_only=True,
        )

    # -- restore ----------------------------------------------------------------------------
    def restore_selected(self) -> None:
        path = self.selected_path()
        if path is not None:
            self.restore(path)

    def restore_from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore a backup"), str(Path.home()), self.tr("Backups (*.zip)")
        )
        if name:
            self.restore(Path(name))

    def restore(self, path: Path) -> None:
        """Check the archive, show what it replaces, back up, then switch to it."""
        checking = _Progress(self, self.tr("Checking the backup"))

        def checked(info: ArchiveInfo) -> None:
            checking.close()
            dialog = RestoreDialog(info, backups.current_counts(), self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self._prepare(path)

        def failed(exc: Exception) -> None:
            checking.close()
            if not show_failure(self, self.tr("Cannot restore"), exc, None):
                raise exc

        run_reporting(
            lambda report: backups.check_archive(path),
            checking.report,
            checking.show,
            checked,
            failed,
            reads_only=True,
        )

    def _prepare(self, path: Path) -> None:
        progress = _Progress(self, self.tr("Backing up the current data, then restoring"))

        def prepared(result: backups.PreparedRestore) -> None:
            progress.close()
            from desktop.ui.app import switch_to_restored_data

            switch_to_restored_data(self.window(), result)

        def failed(exc: Exception) -> None:
            progress.close()
            if isinstance(exc, CancelledError):
                return
            if not show_failure(self, self.tr("Cannot restore"), exc, None):
                raise exc

        def work(report):
            return backups.prepare_restore(self.profile, path, report)

        run_reporting(work, progress.report, progress.show, prepared, failed, reads_only=True)


class RestoreDialog(QDialog):
    """What a restore replaces: the backup's records against the data now; Restore or Cancel."""

    def __init__(
        self, info: ArchiveInfo, current: dict[str, int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(560)
        heading = QLabel(self.tr("Restore the backup of {when}?").format(when=when(info)))
        heading.setObjectName("pageTitle")
        replaces = QLabel(
            self.tr(
                "All the data of this folder is replaced by the data saved then: what was "
                "entered since is not in the backup. Your current data is backed up first "
                "(listed as “Before a restore”), so you can come back to it."
            )
        )
        replaces.setWordWrap(True)
        table = QTableWidget(len(_ROWS), 3)
        table.setObjectName("restoreCounts")
        table.setHorizontalHeaderLabels(
            [self.tr("Records"), self.tr("Now"), self.tr("In the backup")]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, (table_name, label) in enumerate(_ROWS):
            now = current.get(table_name, 0)
            then = info.counts.get(table_name, 0)
            cells = [QCoreApplication.translate("Backups", label), str(now), str(then)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column == 2 and then < now:
                    item.setForeground(Qt.GlobalColor.darkRed)  # fewer records than now
                table.setItem(row, column, item)
        table.setFixedHeight(
            table.horizontalHeader().height()
            + sum(table.rowHeight(r) for r in range(len(_ROWS)))
            + 4
        )
        details = QLabel(
            self.tr("Backup “{kind}”, by Freelance Desk {version} (data version {schema}).").format(
                kind=kind_label(info.kind), version=info.app_version, schema=info.schema_version
            )
        )
        details.setObjectName("hint")
        details.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(replaces)
        layout.addWidget(table)
        layout.addWidget(details)
        if info.schema_version < backups.SCHEMA_VERSION:
            older = QLabel(
                self.tr(
                    "It comes from an earlier version: it is updated to this version once restored."
                )
            )
            older.setObjectName("hint")
            older.setWordWrap(True)
            layout.addWidget(older)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        restore = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        restore.setObjectName("confirmRestore")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        layout.addWidget(buttons)
