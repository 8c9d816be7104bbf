"""Creating and editing a mission: client, scope checklist, skills, budget, conditions.

The scope checklist is shown as it is filled in (what is still missing), and
the agency margin as the rates are typed: the two things that make talents
say yes or no.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting
from desktop.domain.errors import ValidationError
from desktop.domain.missions import (
    COMPANY_REQUIRED,
    MissionDraft,
    Phase,
    margin,
    missing_scope,
)
from desktop.domain.validation import FIELD_LABELS, NOT_AN_AMOUNT, field_error
from desktop.domain.vocabulary import BudgetKind, MissionStatus, RemotePreference
from desktop.services import companies, missions
from desktop.services import skills as skill_service
from desktop.ui import i18n
from desktop.ui.assets import icon
from desktop.ui.pickers import RecordPicker
from desktop.ui.record_dialog import RecordDialog, field_label, form_page, line_edit
from desktop.ui.skills_editor import SkillsEditor
from desktop.ui.widgets import AmountEdit, OptionalDateEdit, set_combo, vocabulary_combo


def text_box(name: str, placeholder: str, height: int = 60) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(height)
    return box


class PhasesEditor(QWidget):
    """Phases of the mission, each with a name and a deadline."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("phasesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Phase"), self.tr("Deadline")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(110)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        add = QPushButton(icon("add"), self.tr("Add a phase"))
        add.setObjectName("addPhase")
        add.clicked.connect(lambda: self.add_phase("", None))
        remove = QPushButton(icon("delete"), self.tr("Remove"))
        remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_phase(self, name: str, due_on) -> None:
        row = self.table.rowCount()
        self.table.blockSignals(True)  # a row is whole only once its date widget is in
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        date = OptionalDateEdit("")
        date.set_date(due_on)
        date.changed.connect(self.changed)
        self.table.setCellWidget(row, 1, date)
        self.table.blockSignals(False)
        if not name:
            self.table.editItem(self.table.item(row, 0))
        self.changed.emit()

    def _remove(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
        self.changed.emit()

    def phases(self) -> tuple[Phase, ...]:
        return tuple(
            Phase(
                self.table.item(r, 0).text() if self.table.item(r, 0) else "",
                self.table.cellWidget(r, 1).date(),
            )
            for r in range(self.table.rowCount())
        )

    def set_phases(self, phases: tuple[Phase, ...]) -> None:
        self.table.setRowCount(0)
        for phase in phases:
            self.add_phase(phase.name, phase.due_on)


class MissionDialog(RecordDialog):
    """``mission_id`` None creates a mission (for ``company_id`` if given); else edits it."""

    record_table = "mission"  # saving checks the row version (changed elsewhere?)

    def __init__(
        self,
        mission_id: int | None = None,
        company_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(mission_id, parent)
        self.setObjectName("missionDialog")
        self.setWindowTitle(
            self.tr("New mission") if mission_id is None else self.tr("Edit mission")
        )
        self.setMinimumWidth(760)

        # -- mission
        self.company = RecordPicker(companies.company_choices)
        self.company.setObjectName("company_id")
        self.company.setPlaceholderText(self.tr("Type the client's name"))
        self.company.picked.connect(self._company_changed)
        self.contact = QComboBox()
        self.contact.setObjectName("contact_id")
        self.title = line_edit("title", self.tr("e.g. Migration of the billing API to Kubernetes"))
        self.description = text_box("description", self.tr("Context, team, stakes…"), 80)
        self.sector = QComboBox()
        self.sector.setObjectName("sector")
        self.sector.setEditable(True)
        self.sector.addItems(["", *companies.sectors()])
        self.status = vocabulary_combo(MissionStatus, "status")
        self.seniority = QSpinBox()
        self.seniority.setObjectName("seniority_min")
        self.seniority.setRange(0, 40)
        # -- scope
        self.objectives = text_box(
            "objectives", self.tr("Measurable: “invoices sent within 24 h”, “99.9 % availability”…")
        )
        self.deliverables = text_box("deliverables", self.tr("Code, documentation, training…"))
        self.exclusions = text_box(
            "exclusions", self.tr("What is NOT included: support, on-call, data migration…")
        )
        self.roles = text_box(
            "roles", self.tr("Client: product owner, acceptance tests. Talent: design and build…")
        )
        self.phases = PhasesEditor()
        self.scope_status = QLabel()
        self.scope_status.setObjectName("scopeStatus")
        self.scope_status.setWordWrap(True)
        for box in (self.objectives, self.deliverables, self.exclusions, self.roles):
            box.textChanged.connect(self._update_scope)
        self.phases.changed.connect(self._update_scope)
        # -- skills
        self.skills = SkillsEditor(skill_service.all_skill_names(), extra="required")
        # -- budget
        self.budget_kind = vocabulary_combo(BudgetKind, "budget_kind")
        self.client_rate = self._amount("client_daily_rate")
        self.talent_rate = self._amount("talent_daily_rate")
        self.fixed_price = self._amount("fixed_price", "45 000 €")
        self.commission = QDoubleSpinBox()
        self.commission.setObjectName("commission_percent")
        self.commission.setRange(0, 50)
        self.commission.setDecimals(1)
        self.commission.setSuffix(" %")
        self.commission.setMaximumWidth(180)
        self.commission.setToolTip(self.tr("Platforms take 5 to 15 % of the client rate"))
        self.margin = QLabel()
        self.margin.setObjectName("margin")
        for edit in (self.client_rate, self.talent_rate):
            edit.textChanged.connect(self._update_margin)
        self.commission.valueChanged.connect(self._update_margin)
        self.budget_kind.currentIndexChanged.connect(self._update_budget_kind)
        # -- conditions
        self.start = OptionalDateEdit(self.tr("on"))
        self.start.setObjectName("start_date")
        self.duration = QSpinBox()
        self.duration.setObjectName("duration_days")
        self.duration.setRange(0, 1000)
        self.duration.setSpecialValueText(self.tr("not set"))
        self.end = OptionalDateEdit(self.tr("on"))
        self.end.setObjectName("end_date")
        self.part_time = QSpinBox()
        self.part_time.setObjectName("part_time_percent")
        self.part_time.setRange(10, 100)
        self.part_time.setSingleStep(10)
        self.part_time.setValue(100)
        self.part_time.setSuffix(" %")
        self.city = line_edit("city")
        self.remote = vocabulary_combo(RemotePreference, "remote_policy")
        self.days_on_site = QSpinBox()
        self.days_on_site.setObjectName("days_on_site")
        self.days_on_site.setRange(0, 5)
        self.hours = line_edit("hours_constraints", self.tr("e.g. releases on Saturday morning"))
        # the form row is already labelled "On call": the box says what ticking it means
        self.on_call = QCheckBox(self.tr("The mission includes on-call duty"))
        self.on_call.setObjectName("on_call")

        scope_page = QWidget()
        scope_layout = QVBoxLayout(scope_page)
        scope_layout.addWidget(self.scope_status)
        scope_layout.addWidget(
            form_page(
                [
                    ("objectives", self.objectives, False),
                    ("deliverables", self.deliverables, False),
                    ("exclusions", self.exclusions, False),
                    ("roles", self.roles, False),
                    ("phases", self.phases, False),
                ]
            )
        )
        skills_page = QWidget()
        QVBoxLayout(skills_page).addWidget(self.skills)
        tabs = self.tabs = QTabWidget()
        tabs.addTab(
            form_page(
                [
                    ("company_id", self.company, True),
                    ("contact_id", self.contact, False),
                    ("title", self.title, True),
                    ("description", self.description, False),
                    ("sector", self.sector, False),
                    ("status", self.status, False),
                    ("seniority_min", self.seniority, False),
                ]
            ),
            self.tr("Mission"),
        )
        tabs.addTab(scope_page, self.tr("Scope"))
        tabs.addTab(skills_page, field_label("skills"))
        tabs.addTab(
            form_page(
                [
                    ("budget_kind", self.budget_kind, False),
                    ("client_daily_rate", self.client_rate, False),
                    ("talent_daily_rate", self.talent_rate, False),
                    ("fixed_price", self.fixed_price, False),
                    ("commission_percent", self.commission, False),
                    ("margin", self.margin, False),
                ]
            ),
            self.tr("Budget"),
        )
        tabs.addTab(
            form_page(
                [
                    ("start_date", self.start, False),
                    ("duration_days", self.duration, False),
                    ("end_date", self.end, False),
                    ("part_time_percent", self.part_time, False),
                    ("city", self.city, False),
                    ("remote_policy", self.remote, False),
                    ("days_on_site", self.days_on_site, False),
                    ("hours_constraints", self.hours, False),
                    ("on_call", self.on_call, False),
                ]
            ),
            self.tr("Conditions"),
        )
        self.finish(
            [[tabs]],
            {
                "company_id": self.company,
                "contact_id": self.contact,
                "title": self.title,
                "description": self.description,
                "sector": self.sector,
                "status": self.status,
                "seniority_min": self.seniority,
                "objectives": self.objectives,
                "deliverables": self.deliverables,
                "exclusions": self.exclusions,
                "roles": self.roles,
                "phases": self.phases,
                "skills": self.skills,
                "budget_kind": self.budget_kind,
                "client_daily_rate": self.client_rate,
                "talent_daily_rate": self.talent_rate,
                "fixed_price": self.fixed_price,
                "commission_percent": self.commission,
                "start_date": self.start,
                "duration_days": self.duration,
                "end_date": self.end,
                "part_time_percent": self.part_time,
                "city": self.city,
                "remote_policy": self.remote,
                "days_on_site": self.days_on_site,
                "hours_constraints": self.hours,
            },
        )
        if mission_id is not None:
            self.load_draft(missions.mission_draft(mission_id))
        elif company_id is not None:
            self.company.set_record(company_id, companies.company_label(company_id))
        self._update_scope()
        self._update_margin()
        self._update_budget_kind()
        (self.title if company_id or mission_id else self.company).setFocus()

    @staticmethod
    def _amount(name: str, example: str = "650 €") -> AmountEdit:
        edit = AmountEdit(example=example)
        edit.setObjectName(name)
        return edit

    # -- live indicators ---------------------------------------------------------------
    def _company_changed(self, company_id: int | None, keep: int | None = None) -> None:
        self.contact.clear()
        self.contact.addItem(self.tr("(none)"), None)
        if company_id is not None:
            for contact_id, label in companies.contacts_of(company_id):
                self.contact.addItem(label, contact_id)
        self.contact.setCurrentIndex(max(0, self.contact.findData(keep)))

    def _update_scope(self) -> None:
        draft = MissionDraft(
            0,
            "",
            objectives=self.objectives.toPlainText(),
            deliverables=self.deliverables.toPlainText(),
            exclusions=self.exclusions.toPlainText(),
            roles=self.roles.toPlainText(),
            phases=self.phases.phases(),
        )
        missing = missing_scope(draft)
        if missing:
            items = ", ".join(QCoreApplication.translate("Field", FIELD_LABELS[m]) for m in missing)
            self.scope_status.setText(
                self.tr(
                    "Scope checklist incomplete — still missing: {items}. Talents refuse vague "
                    "missions first."
                ).format(items=items)
            )
            self.scope_status.setStyleSheet("color: #b54708;")
        else:
            self.scope_status.setText(self.tr("Scope checklist complete ✓"))
            self.scope_status.setStyleSheet("color: #067647;")

    def _rate(self, edit: AmountEdit) -> Decimal | None:
        try:
            return edit.amount()
        except ValueError:
            return None

    def _update_margin(self) -> None:
        result = margin(
            self._rate(self.client_rate), self._rate(self.talent_rate), self._commission()
        )
        if result is None:
            self.margin.setText(self.tr("Enter both rates to see the margin per day."))
            return
        lang = i18n.language()
        pattern = (
            self.tr(
                "{amount} per day ({percent} % of the client rate), "
                "after {commission} of commission"
            )
            if result.commission_per_day
            else self.tr("{amount} per day ({percent} % of the client rate)")
        )
        self.margin.setText(
            pattern.format(
                amount=formatting.format_money(result.per_day, lang),
                percent=formatting.format_number(result.percent, lang),
                commission=formatting.format_money(result.commission_per_day, lang),
            )
        )
        colour = "#b42318" if result.per_day < 0 else "#111827"
        self.margin.setStyleSheet(f"color: {colour};")

    def _update_budget_kind(self) -> None:
        self.fixed_price.setEnabled(self.budget_kind.currentData() == BudgetKind.FIXED)

    def _commission(self) -> Decimal | None:
        value = self.commission.value()
        try:
            return Decimal(str(round(value, 1))) if value else None  # a percentage, not money
        except InvalidOperation:  # pragma: no cover - a spin box only holds numbers
            return None

    # -- data ------------------------------------------------------------------------------
    def load_draft(self, d: MissionDraft) -> None:
        self.company.set_record(d.company_id, companies.company_label(d.company_id))
        self._company_changed(d.company_id, keep=d.contact_id)
        self.title.setText(d.title)
        self.description.setPlainText(d.description)
        self.sector.setCurrentText(d.sector)
        set_combo(self.status, d.status)
        self.seniority.setValue(d.seniority_min)
        for box, value in (
            (self.objectives, d.objectives),
            (self.deliverables, d.deliverables),
            (self.exclusions, d.exclusions),
            (self.roles, d.roles),
        ):
            box.setPlainText(value)
        self.phases.set_phases(d.phases)
        self.skills.set_skills(d.skills)
        set_combo(self.budget_kind, d.budget_kind)
        self.client_rate.set_amount(d.client_daily_rate)
        self.talent_rate.set_amount(d.talent_daily_rate)
        self.fixed_price.set_amount(d.fixed_price)
        self.commission.setValue(float(d.commission_percent or 0))  # a percentage, not money
        self.start.set_date(d.start_date)
        self.duration.setValue(d.duration_days or 0)
        self.end.set_date(d.end_date)
        self.part_time.setValue(d.part_time_percent)
        self.city.setText(d.city)
        set_combo(self.remote, d.remote_policy)
        self.days_on_site.setValue(d.days_on_site)
        self.hours.setText(d.hours_constraints)
        self.on_call.setChecked(d.on_call)

    def draft(self) -> MissionDraft:
        errors = []
        amounts = {}
        for name, edit in (
            ("client_daily_rate", self.client_rate),
            ("talent_daily_rate", self.talent_rate),
            ("fixed_price", self.fixed_price),
        ):
            try:
                amounts[name] = edit.amount()
            except ValueError:
                errors.append(field_error(name, NOT_AN_AMOUNT))
        company_id = self.company.record_id()
        if company_id is None:
            errors.append(field_error("company_id", COMPANY_REQUIRED))
        if errors:
            raise ValidationError(errors)
        return MissionDraft(
            company_id=company_id,
            contact_id=self.contact.currentData(),
            title=self.title.text(),
            description=self.description.toPlainText(),
            objectives=self.objectives.toPlainText(),
            deliverables=self.deliverables.toPlainText(),
            exclusions=self.exclusions.toPlainText(),
            roles=self.roles.toPlainText(),
            phases=self.phases.phases(),
            skills=self.skills.required_skills(),
            seniority_min=self.seniority.value(),
            budget_kind=self.budget_kind.currentData(),
            commission_percent=self._commission(),
            start_date=self.start.date(),
            duration_days=self.duration.value() or None,
            end_date=self.end.date(),
            part_time_percent=self.part_time.value(),
            city=self.city.text(),
            remote_policy=self.remote.currentData(),
            days_on_site=self.days_on_site.value(),
            hours_constraints=self.hours.text(),
            on_call=self.on_call.isChecked(),
            sector=self.sector.currentText(),
            status=self.status.currentData(),
            **amounts,
        )

    def fetch_draft(self, record_id: int):
        return missions.mission_draft(record_id)

    def create(self, draft: MissionDraft) -> int:
        return missions.create_mission(draft)

    def update(self, record_id: int, draft: MissionDraft) -> None:
        missions.update_mission(record_id, draft)
