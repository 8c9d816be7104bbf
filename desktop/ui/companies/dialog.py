"""Creating and editing a company (prospect or client): identity, contact, pipeline, vetting."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ValidationError
from desktop.domain.identifiers import french_vat_from_siren
from desktop.domain.validation import (
    NOT_AN_AMOUNT,
    VETTING_FIELDS,
    CompanyDraft,
    clean_list,
    field_error,
)
from desktop.domain.vocabulary import PipelineStage
from desktop.services import companies
from desktop.ui.record_dialog import RecordDialog, field_label, form_page, line_edit
from desktop.ui.widgets import AmountEdit, OptionalDateEdit, set_combo, vocabulary_combo

LEGAL_FORMS = ("SAS", "SASU", "SARL", "EURL", "SA", "SCOP", "EI", "Micro-entreprise",
               "Association", "Établissement public")  # fmt: skip
SECTORS = ("Banque", "Assurance", "Industrie", "Distribution", "Énergie", "Santé", "Télécoms",
           "Transport et logistique", "Secteur public", "Luxe", "Médias", "ESN",
           "E-commerce")  # fmt: skip


def trust_dots(score: int) -> str:
    """``●●●○`` for 3 of the 4 vetting checks."""
    return "●" * score + "○" * (4 - score)


def editable_combo(name: str, values: tuple[str, ...] | list[str]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setEditable(True)
    combo.addItems(("", *values))
    return combo


class CompanyDialog(RecordDialog):
    """``company_id`` None creates a company; otherwise edits it. ``saved_id`` after accept."""

    record_table = "company"  # saving checks the row version (changed elsewhere?)

    def __init__(self, company_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(company_id, parent)
        self.setObjectName("companyDialog")
        self.setWindowTitle(
            self.tr("New company") if company_id is None else self.tr("Edit company")
        )
        self.setMinimumWidth(700)

        self.name = line_edit("name")
        self.legal_form = editable_combo("legal_form", LEGAL_FORMS)
        self.siren = line_edit("siren", "552 120 222")
        self.siret = line_edit("siret", "552 120 222 00013")
        self.vat = line_edit("vat_number", "FR 27 552120222")
        self.vat_from_siren = QPushButton(self.tr("From SIREN"))
        self.vat_from_siren.setObjectName("vatFromSiren")
        self.vat_from_siren.setToolTip(self.tr("Compute the French VAT number from the SIREN"))
        self.vat_from_siren.clicked.connect(self.compute_vat)
        vat_row = QWidget()
        row = QHBoxLayout(vat_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.vat, 1)
        row.addWidget(self.vat_from_siren)
        self.sector = editable_combo("sector", SECTORS)
        self.address = line_edit("address")
        self.postal_code = line_edit("postal_code")
        self.city = line_edit("city")
        self.country = line_edit("country", "FR")
        self.country.setMaxLength(2)
        self.website = line_edit("website", "https://")
        self.email = line_edit("email")
        self.phone = line_edit("phone")
        self.stage = vocabulary_combo(PipelineStage, "stage")
        self.lost_reason = line_edit("lost_reason")
        self.stage.currentIndexChanged.connect(self._stage_changed)
        self.owner = editable_combo("owner", companies.owners())
        self.tags = line_edit("tags", self.tr("e.g. key account, SME, public sector"))
        self.expected_value = AmountEdit(example="45 000 €")
        self.expected_value.setObjectName("expected_value")
        self.last_contact = OptionalDateEdit(self.tr("on"))
        self.next_follow_up = OptionalDateEdit(self.tr("on"))
        self.vetting = {name: QCheckBox(field_label(name)) for name in VETTING_FIELDS}
        self.trust = QLabel()
        self.trust.setObjectName("trust")
        for box in self.vetting.values():
            box.toggled.connect(self._update_trust)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")

        vetting_page = QWidget()
        vetting_layout = QVBoxLayout(vetting_page)
        vetting_layout.addWidget(
            QLabel(
                self.tr(
                    "Before working with a client, check these four points: the fewer hold, the "
                    "riskier the deal (unpaid invoices, scope creep)."
                )
            )
        )
        for box in self.vetting.values():
            vetting_layout.addWidget(box)
        vetting_layout.addWidget(self.trust)
        self.payment = QLabel()  # invoicing: how the client pays, beside the checks
        self.payment.setObjectName("paymentBehaviour")
        self.payment.setWordWrap(True)
        vetting_layout.addWidget(self.payment)
        vetting_layout.addStretch(1)
        notes_page = QWidget()
        QVBoxLayout(notes_page).addWidget(self.notes)

        tabs = self.tabs = QTabWidget()
        tabs.addTab(
            form_page(
                [
                    ("name", self.name, True),
                    ("legal_form", self.legal_form, False),
                    ("siren", self.siren, False),
                    ("siret", self.siret, False),
                    ("vat_number", vat_row, False),
                    ("sector", self.sector, False),
                ]
            ),
            self.tr("Legal identity"),
        )
        tabs.addTab(
            form_page(
                [
                    ("address", self.address, False),
                    ("postal_code", self.postal_code, False),
                    ("city", self.city, False),
                    ("country", self.country, False),
                    ("website", self.website, False),
                    ("email", self.email, False),
                    ("phone", self.phone, False),
                ]
            ),
            self.tr("Address and contact"),
        )
        tabs.addTab(
            form_page(
                [
                    ("stage", self.stage, False),
                    ("lost_reason", self.lost_reason, False),
                    ("owner", self.owner, False),
                    ("tags", self.tags, False),
                    ("expected_value", self.expected_value, False),
                    ("last_contact_on", self.last_contact, False),
                    ("next_follow_up_on", self.next_follow_up, False),
                ]
            ),
            self.tr("Pipeline"),
        )
        tabs.addTab(vetting_page, self.tr("Vetting"))
        tabs.addTab(notes_page, field_label("notes"))
        self.finish(
            [[tabs]],
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
                "owner": self.owner,
                "tags": self.tags,
                "expected_value": self.expected_value,
            },
        )

        if company_id is not None:
            self.load_draft(companies.company_draft(company_id))
            self._show_payment(company_id)
        self._stage_changed()
        self._update_trust()
        self.name.setFocus()

    def _stage_changed(self) -> None:
        self.lost_reason.setEnabled(self.stage.currentData() == PipelineStage.LOST)

    def _update_trust(self) -> None:
        score = sum(box.isChecked() for box in self.vetting.values())
        self.trust.setText(
            self.tr("Trust: {dots} ({score} of 4 checks)").format(
                dots=trust_dots(score), score=score
            )
        )

    def _show_payment(self, company_id: int) -> None:
        behaviour = companies.payment_behaviour(company_id)
        if behaviour is None:
            self.payment.setText(self.tr("Payments: no paid invoice yet."))
            return
        self.payment.setText(
            self.tr(
                "Payments: {late} of {paid} invoices paid late, {days} days late on average."
            ).format(
                late=behaviour.paid_late,
                paid=behaviour.paid_invoices,
                days=behaviour.average_days_late,
            )
        )
        if behaviour.average_days_late > 15:
            self.payment.setStyleSheet("color: #b42318")

    def compute_vat(self) -> None:
        try:
            self.vat.setText(french_vat_from_siren(self.siren.text()))
        except ValueError as exc:
            self.show_errors(ValidationError([field_error("siren", str(exc))]))

    def load_draft(self, d: CompanyDraft) -> None:
        for edit, value in (
            (self.name, d.name),
            (self.siren, d.siren),
            (self.siret, d.siret),
            (self.vat, d.vat_number),
            (self.address, d.address),
            (self.postal_code, d.postal_code),
            (self.city, d.city),
            (self.country, d.country),
            (self.website, d.website),
            (self.email, d.email),
            (self.phone, d.phone),
            (self.lost_reason, d.lost_reason),
        ):
            edit.setText(value)
        self.legal_form.setCurrentText(d.legal_form)
        self.sector.setCurrentText(d.sector)
        self.owner.setCurrentText(d.owner)
        self.tags.setText(", ".join(d.tags))
        self.expected_value.set_amount(d.expected_value)
        self.last_contact.set_date(d.last_contact_on)
        self.next_follow_up.set_date(d.next_follow_up_on)
        set_combo(self.stage, d.stage)
        for name, box in self.vetting.items():
            box.setChecked(getattr(d, name))
        self.notes.setPlainText(d.notes)

    def draft(self) -> CompanyDraft:
        try:
            value: Decimal | None = self.expected_value.amount()
        except ValueError:
            raise ValidationError([field_error("expected_value", NOT_AN_AMOUNT)]) from None
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
            owner=self.owner.currentText(),
            tags=clean_list(self.tags.text()),
            expected_value=value,
            last_contact_on=self.last_contact.date(),
            next_follow_up_on=self.next_follow_up.date(),
            **{name: box.isChecked() for name, box in self.vetting.items()},
        )

    def fetch_draft(self, record_id: int):
        return companies.company_draft(record_id)

    def create(self, draft: CompanyDraft) -> int:
        return companies.create_company(draft)

    def update(self, record_id: int, draft: CompanyDraft) -> None:
        companies.update_company(record_id, draft)
