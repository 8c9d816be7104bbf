"""A talent's CV: attach or replace it, open it with the system's viewer, remove it."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from desktop.domain import formatting
from desktop.domain.errors import DomainError
from desktop.profile import Profile
from desktop.services import attachments
from desktop.services.attachments import AttachmentInfo
from desktop.ui import i18n
from desktop.ui.assets import icon
from desktop.ui.traces import files


class CvWidget(QWidget):
    """One line: the CV's name (a link that opens it), Attach/Replace, Open, Remove.
    A CV file dropped on it replaces the current one."""

    changed = Signal()  # the CV was attached, replaced or removed
    deleted = Signal(object)  # a Snapshot after Remove, for Undo

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.talent_id: int | None = None
        self.cv: AttachmentInfo | None = None
        self.setObjectName("cvWidget")
        self.setAcceptDrops(True)
        pin = QLabel()
        pin.setPixmap(icon("attach").pixmap(16, 16))
        self.caption = QLabel(self.tr("CV:"))
        self.caption.setStyleSheet("font-weight: 600;")
        self.name = QLabel()
        self.name.setObjectName("cvName")
        self.name.setTextFormat(Qt.TextFormat.RichText)
        self.name.linkActivated.connect(lambda _href: self.open_cv())
        self.attach_button = QPushButton(icon("attach"), self.tr("Attach a CV…"))
        self.attach_button.setObjectName("attachCv")
        self.attach_button.clicked.connect(self.choose_cv)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openCv")
        self.open_button.clicked.connect(self.open_cv)
        self.remove_button = QPushButton(icon("delete"), self.tr("Remove"))
        self.remove_button.setObjectName("removeCv")
        self.remove_button.clicked.connect(self.remove_cv)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(pin)
        layout.addWidget(self.caption)
        layout.addWidget(self.name, 1)
        for button in (self.attach_button, self.open_button, self.remove_button):
            layout.addWidget(button)
        self.set_talent(None)

    def set_talent(self, talent_id: int | None) -> None:
        self.talent_id = talent_id
        self.refresh()

    def refresh(self) -> None:
        self.cv = attachments.cv_of(self.talent_id) if self.talent_id is not None else None
        has_cv = self.cv is not None
        if has_cv:
            added = formatting.format_date(self.cv.created_at.date(), i18n.language())
            details = self.tr("{size}, added on {date}").format(
                size=files.format_size(self.cv.size), date=added
            )
            self.name.setText(
                f"<a href='open'>{escape(self.cv.file_name)}</a> "
                f"<span style='color:#6b7280'>({escape(details)})</span>"
            )
            self.name.setToolTip(self.tr("Open with the program of your computer"))
        else:
            empty = self.tr("No CV yet: attach a PDF, DOCX, DOC or ODT file, or drop it here.")
            self.name.setText(f"<span style='color:#6b7280'>{escape(empty)}</span>")
            self.name.setToolTip("")
        self.name.setWordWrap(True)
        self.attach_button.setText(self.tr("Replace…") if has_cv else self.tr("Attach a CV…"))
        self.attach_button.setEnabled(self.talent_id is not None)
        self.open_button.setVisible(has_cv)
        self.remove_button.setVisible(has_cv)

    def choose_cv(self) -> None:
        if self.talent_id is None:
            return
        paths = files.choose_files(
            self, self.tr("Choose the CV"), self.tr("CV (*.pdf *.docx *.doc *.odt)")
        )
        if paths:
            self.set_cv(paths[0])

    def set_cv(self, path: Path) -> bool:
        """Attach ``path`` as the CV (replacing the previous one); reports a refusal."""
        if self.talent_id is None:
            return False
        try:
            attachments.set_cv(self.profile, self.talent_id, path)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("CV not attached"), i18n.tr_error(exc))
            return False
        self.refresh()
        self.changed.emit()
        return True

    def open_cv(self) -> None:
        if self.cv is not None:
            files.open_attachment(self, self.profile, self.cv.id)

    def remove_cv(self) -> None:
        if self.cv is None:
            return
        from desktop.ui.confirm import confirm

        if not confirm(
            self,
            self.tr("Remove the CV"),
            self.tr("Remove the CV “{name}”?").format(name=self.cv.file_name)
            + "\n"
            + self.tr("You can undo it with Ctrl+Z."),
            self.tr("Remove the CV"),
        ):
            return
        snapshot = attachments.remove(self.cv.id)
        self.refresh()
        self.deleted.emit(snapshot)
        self.changed.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.talent_id is not None and files.dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = files.dropped_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.set_cv(paths[0])
