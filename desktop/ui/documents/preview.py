"""A built PDF shown in the app (QtPdf's QPdfView), with Save as, Open folder and Print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.document_files import save_copy
from desktop.ui.assets import icon


class PdfPreviewDialog(QDialog):
    """Shows ``path``; the file stays where it was built (the profile's attachments or a
    temporary folder) until the user saves a copy elsewhere."""

    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(title)
        self.path = Path(path)
        self.document = QPdfDocument(self)
        self.document.load(str(self.path))
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages = QLabel(self.tr("{n} page(s)").format(n=self.document.pageCount()))
        self.pages.setObjectName("hint")
        save = QPushButton(self.tr("Save as…"))
        save.setObjectName("saveAs")
        save.clicked.connect(self.save_as)
        folder = QPushButton(icon("folder"), self.tr("Open folder"))
        folder.setObjectName("openFolder")
        folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))
        )
        printing = QPushButton(self.tr("Print…"))
        printing.setObjectName("print")
        printing.clicked.connect(self.print_document)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pages)
        buttons.addStretch(1)
        for button in (save, folder, printing, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(820, 900)

    def save_as(self, target: str | None = None) -> Path | None:
        if not target:
            target, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the PDF"), self.path.name, self.tr("PDF (*.pdf)")
            )
        if not target:
            return None
        destination = Path(target)
        if destination.suffix.lower() != ".pdf":
            destination = destination.with_suffix(".pdf")
        try:
            save_copy(self.path, destination)  # whole or not at all, no leftover
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), exc.strerror or str(exc))
            return None
        return destination

    def print_document(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        painter = QPainter()
        if not painter.begin(printer):
            return
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                area = printer.pageRect(QPrinter.Unit.DevicePixel)
                size = self.document.pagePointSize(page).scaled(
                    area.size(), Qt.AspectRatioMode.KeepAspectRatio
                )
                image = self.document.render(page, QSize(int(size.width()), int(size.height())))
                painter.drawImage(QRectF(QPointF(0, 0), size), image)
        finally:
            painter.end()
