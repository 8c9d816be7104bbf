"""Creating and editing a company (prospect or client)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.identifiers import french_vat_from_siren
from desktop.domain.validation import CompanyDraft, field_error
from desktop.domain.vocabulary import PipelineStage
from desktop.services import companies
from desktop.ui.record_dialog import RecordDialog, field_label, line_edit
from desktop.ui.widgets import set_combo, vocabulary_combo

LEGAL_FORMS = (
    "SAS",
    "SASU",
    "SARL",
    "EURL",
    "SA",
    "SCOP",
    "EI",
    "Micro-entreprise",
    "Association",
    "Établissement public",
)
SECTORS = (
    "Banque",
    "Assurance",
    "Industrie",
    "Distribution",
    "Énergie",
    "Santé",
    "Télécoms",
    "Transport et logistique",
    "Secteur public",
    "Luxe",
    "Médias",
    "ESN",
    "E-commerce",
)


class CompanyDialog(RecordDialog):
    """``company_id`` None creates a company; otherwise edits it. ``saved_id`` after accept."""

    def __init__(self, company_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(company_id, parent)
        self.setObjectName("companyDialog")
        self.setWindowTitle(
            self.tr("New company") if company_id is None else self.tr("Edit company")
        )
        self.setMinimumWidth(780)

        def editable_combo(name: str, values: tuple[str, ...]) -> QComboBox:
            combo = QComboBox()
            combo.setObjectName(name)
            combo.setEditable(True)
            combo.addItems(("", *values))
            return combo

        self.name = line_edit("name")
        self.legal_form = editable_combo("legal_form", LEGAL_FORMS)
        self.siren = line_edit("siren", "552 120 222")
        self.siret = line_edit("siret", "552 120 222 00013")
        self.vat = line_edit("vat_number", "FR 27 552120222")
        self.vat_from_siren = QPushButton(self.tr("From SIREN"))
        self.vat_from_siren.setObjectName("vatFromSiren")
        self.vat_from_siren.setToolTip(self.tr("Compute the French VAT number from the SIREN"))
        self.vat_from_siren.clicked.connect(self.compute_vat)
        self.address = line_edit("address")
        self.postal_code = line_edit("postal_code")
        self.city = line_edit("city")
        self.country = line_edit("country", "FR")
        self.country.setMaxLength(2)
        self.sector = editable_combo("sector", SECTORS)
        self.website = line_edit("website", "https://")
        self.email = line_edit("email")
        self.phone = line_edit("phone")
        self.stage = vocabulary_combo(PipelineStage, "stage")
        self.lost_reason = line_edit("lost_reason")
        self.stage.currentIndexChanged.connect(self._stage_changed)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setFixedHeight(70)

        identity = QGroupBox(self.tr("Legal identity"))
        form = QFormLayout(identity)
        form.addRow(field_label("name", required=True), self.name)
        form.addRow(field_label("legal_form"), self.legal_form)
        form.addRow(field_label("siren"), self.siren)
        form.addRow(field_label("siret"), self.siret)
        vat_row = QHBoxLayout()
        vat_row.addWidget(self.vat, 1)
        vat_row.addWidget(self.vat_from_siren)
        form.addRow(field_label("vat_number"), vat_row)
        form.addRow(field_label("sector"), self.sector)
        contact = QGroupBox(self.tr("Address and contact"))
        form2 = QFormLayout(contact)
        for name, widget in (
            ("address", self.address),
            ("postal_code", self.postal_code),
            ("city", self.city),
            ("country", self.country),
            ("website", self.website),
            ("email", self.email),
            ("phone", self.phone),
        ):
            form2.addRow(field_label(name), widget)
        pipeline = QGroupBox(self.tr("Pipeline"))
        form3 = QFormLayout(pipeline)
        form3.addRow(field_label("stage"), self.stage)
        form3.addRow(field_label("lost_reason"), self.lost_reason)
        notes_box = QGroupBox(field_label("notes"))
        QVBoxLayout(notes_box).addWidget(self.notes)

        self.finish(
            [[identity, contact], [pipeline, notes_box]],
            {
                "name": self.name,
                "siren": self.siren,
                "siret": self.siret,
                "vat_number": self.vat,
                "address": self.address,
                "postal_code": self.postal_code,
                "city": self.city,
                "country": self.country,
                "website": self.website,
                "email": self.email,
                "phone": self.phone,
                "lost_reason": self.lost_reason,
                "legal_form": self.legal_form,
                "sector": self.sector,
                "notes": self.notes,
            },
        )

        if company_id is not None:
            self.load_draft(companies.company_draft(company_id))
        self._stage_changed()
        self.name.setFocus()

    def _stage_changed(self) -> None:
        self.lost_reason.setEnabled(self.stage.currentData() == PipelineStage.LOST)

    def compute_vat(self) -> None:
        try:
            self.vat.setText(french_vat_from_siren(self.siren.text()))
        except ValueError as exc:
            self.errors.show([field_error("siren", str(exc))])  # type: ignore[union-attr]

    def load_draft(self, d: CompanyDraft) -> None:
        self.name.setText(d.name)
        self.legal_form.setCurrentText(d.legal_form)
        self.siren.setText(d.siren)
        self.siret.setText(d.siret)
        self.vat.setText(d.vat_number)
        self.address.setText(d.address)
        self.postal_code.setText(d.postal_code)
        self.city.setText(d.city)
        self.country.setText(d.country)
        self.sector.setCurrentText(d.sector)
        self.website.setText(d.website)
        self.email.setText(d.email)
        self.phone.setText(d.phone)
        set_combo(self.stage, d.stage)
        self.lost_reason.setText(d.lost_reason)
        self.notes.setPlainText(d.notes)

    def draft(self) -> CompanyDraft:
        return CompanyDraft(
            name=self.name.text(),
            siren=self.siren.text(),
            siret=self.siret.text(),
            vat_number=self.vat.text(),
            legal_form=self.legal_form.currentText(),
            address=self.address.text(),
            postal_code=self.postal_code.text(),
            city=self.city.text(),
            country=self.country.text(),
            sector=self.sector.currentText(),
            website=self.website.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            stage=self.stage.currentData(),
            lost_reason=self.lost_reason.text() if self.lost_reason.isEnabled() else "",
            notes=self.notes.toPlainText(),
        )

    def create(self, draft: CompanyDraft) -> int:
        return companies.create_company(draft)

    def update(self, record_id: int, draft: CompanyDraft) -> None:
        companies.update_company(record_id, draft)
