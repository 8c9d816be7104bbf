"""Settings > My company: the identity every quote, contract and letter prints."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.company_identity import LEGAL_FORMS, CompanyIdentity, missing_fields
from desktop.domain.errors import DomainError, FieldError, Message, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.profile import Profile
from desktop.services import company
from desktop.ui import i18n
from desktop.ui.widgets import AmountEdit, ErrorBanner, FieldErrors

TEXT_FIELDS = (
    "trade_name",
    "address",
    "postal_code",
    "city",
    "siren",
    "siret",
    "registry_city",
    "vat_number",
    "iban",
    "bic",
    "email",
    "phone",
    "signatory",
)


class CompanySettings(QWidget):
    """Signal ``saved`` after a successful save."""

    saved = Signal()

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings-company")
        self.profile = profile
        self.edits: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(name)
            self.edits[name] = edit
        self.edits["siren"].setPlaceholderText("552 120 222")
        self.edits["iban"].setPlaceholderText("FR76 3000 6000 0112 3456 7890 189")
        self.edits["registry_city"].setPlaceholderText(self.tr("Lyon"))
        self.legal_form = QComboBox()
        self.legal_form.setObjectName("legal_form")
        self.legal_form.addItem("", "")
        for form in LEGAL_FORMS:
            self.legal_form.addItem(form, form)
        self.capital = AmountEdit(example="5 000 €")
        self.capital.setObjectName("share_capital")
        self.vat_exempt = QCheckBox(self.tr("VAT exemption (art. 293 B du CGI)"))
        self.vat_exempt.setObjectName("vat_exempt")
        self.payment_days = QSpinBox()
        self.payment_days.setObjectName("payment_terms_days")
        self.payment_days.setRange(0, 60)
        self.payment_days.setSuffix(self.tr(" days"))
        self.late_rate = QLineEdit()
        self.late_rate.setObjectName("late_rate")
        self.late_rate.setMaximumWidth(120)
        self.terms = QPlainTextEdit()
        self.terms.setObjectName("terms_of_sale")
        self.terms.setMinimumHeight(90)
        self.banner = ErrorBanner()
        self.missing = QLabel()
        self.missing.setObjectName("hint")
        self.missing.setWordWrap(True)

        identity = QGroupBox(self.tr("Identity"))
        form = QFormLayout(identity)
        form.addRow(self.tr("Trade name"), self.edits["trade_name"])
        form.addRow(self.tr("Legal form"), self.legal_form)
        form.addRow(self.tr("Share capital"), self.capital)
        form.addRow(self.tr("Address"), self.edits["address"])
        place = QHBoxLayout()
        self.edits["postal_code"].setMaximumWidth(90)
        place.addWidget(self.edits["postal_code"])
        place.addWidget(self.edits["city"], 1)
        form.addRow(self.tr("Postal code, city"), place)
        form.addRow(self.tr("SIREN"), self.edits["siren"])
        form.addRow(self.tr("SIRET"), self.edits["siret"])
        form.addRow(self.tr("RCS or RM city"), self.edits["registry_city"])
        form.addRow(self.tr("VAT number"), self.edits["vat_number"])
        form.addRow("", self.vat_exempt)
        form.addRow(self.tr("E-mail"), self.edits["email"])
        form.addRow(self.tr("Phone"), self.edits["phone"])
        form.addRow(self.tr("Signatory"), self.edits["signatory"])

        payment = QGroupBox(self.tr("Payment"))
        form2 = QFormLayout(payment)
        form2.addRow(self.tr("IBAN"), self.edits["iban"])
        form2.addRow(self.tr("BIC"), self.edits["bic"])
        form2.addRow(self.tr("Default payment terms"), self.payment_days)
        form2.addRow(self.tr("Late-payment rate (% a year)"), self.late_rate)
        rate_hint = QLabel(
            self.tr(
                "At least three times the legal interest rate; without a rate in your terms, "
                "the ECB refinancing rate + 10 points applies (Code de commerce L441-10). "
                "Documents add the 40 € recovery indemnity."
            )
        )
        rate_hint.setObjectName("hint")
        rate_hint.setWordWrap(True)
        form2.addRow("", rate_hint)
        form2.addRow(self.tr("General terms of sale (CGV)"), self.terms)

        images = QGroupBox(self.tr("Logo and signature"))
        form3 = QFormLayout(images)
        self.logo_preview, logo_row = self._image_row("logo")
        self.signature_preview, signature_row = self._image_row("signature_image")
        form3.addRow(self.tr("Logo"), logo_row)
        form3.addRow(self.tr("Signature image"), signature_row)

        save = QPushButton(self.tr("Save"))
        save.setObjectName("saveCompany")
        save.setDefault(True)
        save.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.missing, 1)
        buttons.addWidget(save)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "Quotes, contracts and letters print this identity. A document is refused "
                "until its mandatory mentions are filled."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addWidget(identity)
        layout.addWidget(payment)
        layout.addWidget(images)
        layout.addLayout(buttons)
        layout.addStretch(1)
        widgets = {**self.edits, "legal_form": self.legal_form, "share_capital": self.capital}
        widgets.update(
            payment_terms_days=self.payment_days,
            late_rate=self.late_rate,
            terms_of_sale=self.terms,
            vat_or_exemption=self.edits["vat_number"],
        )
        self.errors = FieldErrors(self.banner, widgets)
        self.load()

    def _image_row(self, which: str) -> tuple[QLabel, QHBoxLayout]:
        preview = QLabel()
        preview.setFixedSize(120, 48)
        preview.setObjectName(f"{which}Preview")
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(lambda: self._choose_image(which))
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self._set_image(which, None))
        row = QHBoxLayout()
        row.addWidget(preview)
        row.addWidget(choose)
        row.addWidget(remove)
        row.addStretch(1)
        return preview, row

    def load(self) -> None:
        identity = company.identity()
        for name, edit in self.edits.items():
            edit.setText(str(getattr(identity, name)))
        self.legal_form.setCurrentIndex(max(0, self.legal_form.findData(identity.legal_form)))
        self.capital.set_amount(identity.share_capital)
        self.vat_exempt.setChecked(identity.vat_exempt)
        self.payment_days.setValue(identity.payment_terms_days)
        self.late_rate.setText(i18n_number(identity.late_rate))
        self.terms.setPlainText(identity.terms_of_sale)
        self._show_images(identity)
        self._show_missing(identity)

    def _show_images(self, identity: CompanyIdentity) -> None:
        for which, label in (
            ("logo", self.logo_preview),
            ("signature_image", self.signature_preview),
        ):
            path = company.image_path(self.profile, getattr(identity, which))
            pixmap = QPixmap(str(path)) if path else QPixmap()
            if pixmap.isNull():
                label.setText("—")
                continue
            label.setPixmap(
                pixmap.scaled(
                    label.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def _show_missing(self, identity: CompanyIdentity) -> None:
        missing = missing_fields(identity)
        if not missing:
            self.missing.setText(self.tr("Documents can be made: every mandatory field is filled."))
            return
        from desktop.domain.company_identity import IDENTITY_LABELS

        names = ", ".join(i18n.tr_message(Message("Field", IDENTITY_LABELS[m])) for m in missing)
        self.missing.setText(self.tr("Still to fill for documents: {fields}").format(fields=names))

    def identity(self) -> CompanyIdentity:
        """The form's values (raises ValidationError for an unreadable amount or rate)."""
        errors = []
        try:
            capital = self.capital.amount()
        except ValueError:
            capital = None
            errors.append(_bad_number("share_capital"))
        try:
            rate = Decimal(self.late_rate.text().strip().replace(",", ".").rstrip("%").strip())
        except InvalidOperation:
            rate = Decimal(0)
            errors.append(_bad_number("late_rate"))
        if errors:
            raise ValidationError(errors)
        current = company.identity()
        return replace(
            current,
            **{name: edit.text().strip() for name, edit in self.edits.items()},
            legal_form=self.legal_form.currentData() or "",
            share_capital=capital,
            vat_exempt=self.vat_exempt.isChecked(),
            payment_terms_days=self.payment_days.value(),
            late_rate=rate,
            terms_of_sale=self.terms.toPlainText().strip(),
        )

    def save(self) -> bool:
        try:
            saved = company.save_identity(self.identity())
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        self.errors.clear()
        self.load()
        self._show_missing(saved)
        self.saved.emit()
        return True

    def _choose_image(self, which: str) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose an image"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self._set_image(which, path)

    def _set_image(self, which: str, path: str | None) -> None:
        try:
            company.set_image(self.profile, which, path)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Image not used"), i18n.tr_error(exc))
            return
        self._show_images(company.identity())


def i18n_number(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.replace(".", ",") if i18n.language() == "fr" else text


def _bad_number(name: str) -> FieldError:
    from desktop.domain.company_identity import IDENTITY_LABELS

    return FieldError(
        name,
        IDENTITY_LABELS[name],
        Message("Validation", QT_TRANSLATE_NOOP("Validation", "not a number")),
    )
