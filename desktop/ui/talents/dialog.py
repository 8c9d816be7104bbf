"""Creating and editing a talent."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ValidationError
from desktop.domain.validation import NOT_AN_AMOUNT, TalentDraft, field_error
from desktop.domain.vocabulary import RemotePreference, TalentStatus
from desktop.services import skills as skill_service
from desktop.services import talents
from desktop.ui.record_dialog import RecordDialog, field_label, line_edit
from desktop.ui.skills_editor import SkillsEditor
from desktop.ui.widgets import (
    AmountEdit,
    OptionalDateEdit,
    set_combo,
    vocabulary_combo,
)


class TalentDialog(RecordDialog):
    """``talent_id`` None creates a talent; otherwise edits it. ``saved_id`` after accept."""

    def __init__(self, talent_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(talent_id, parent)
        self.setObjectName("talentDialog")
        self.setWindowTitle(self.tr("New talent") if talent_id is None else self.tr("Edit talent"))
        self.setMinimumWidth(760)

        self.first_name = line_edit("first_name")
        self.last_name = line_edit("last_name")
        self.email = line_edit("email", "prenom.nom@exemple.fr")
        self.phone = line_edit("phone", "06 12 34 56 78")
        self.title = line_edit("title", self.tr("e.g. Senior Java developer"))
        self.city = line_edit("city")
        self.region = line_edit("region")
        self.daily_rate = AmountEdit()
        self.daily_rate.setObjectName("daily_rate")
        self.seniority = QSpinBox()
        self.seniority.setObjectName("seniority_years")
        self.seniority.setRange(0, 60)
        self.seniority.setSuffix(self.tr(" years"))
        self.load = QSpinBox()
        self.load.setObjectName("load_percent")
        self.load.setRange(0, 100)
        self.load.setSingleStep(10)
        self.load.setSuffix(" %")
        self.remote = vocabulary_combo(RemotePreference, "remote_preference")
        self.status = vocabulary_combo(TalentStatus, "status")
        self.available = OptionalDateEdit(self.tr("from"))
        self.available.setObjectName("available_from")
        self.skills = SkillsEditor(skill_service.all_skill_names())
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setFixedHeight(70)

        identity = QGroupBox(self.tr("Identity and contact"))
        form = QFormLayout(identity)
        for name, widget in (
            ("first_name", self.first_name),
            ("last_name", self.last_name),
            ("title", self.title),
            ("email", self.email),
            ("phone", self.phone),
            ("city", self.city),
            ("region", self.region),
        ):
            form.addRow(field_label(name, required=name in ("first_name", "last_name")), widget)
        work = QGroupBox(self.tr("Rate and availability"))
        form2 = QFormLayout(work)
        for name, widget in (
            ("daily_rate", self.daily_rate),
            ("seniority_years", self.seniority),
            ("status", self.status),
            ("available_from", self.available),
            ("load_percent", self.load),
            ("remote_preference", self.remote),
        ):
            form2.addRow(field_label(name), widget)
        skills_box = QGroupBox(field_label("skills"))
        QVBoxLayout(skills_box).addWidget(self.skills)
        notes_box = QGroupBox(field_label("notes"))
        QVBoxLayout(notes_box).addWidget(self.notes)

        self.finish(
            [[identity, work], [skills_box, notes_box]],
            {
                "first_name": self.first_name,
                "last_name": self.last_name,
                "email": self.email,
                "phone": self.phone,
                "title": self.title,
                "city": self.city,
                "region": self.region,
                "daily_rate": self.daily_rate,
                "seniority_years": self.seniority,
                "load_percent": self.load,
                "skills": self.skills,
                "notes": self.notes,
            },
        )

        if talent_id is not None:
            self.load_draft(talents.talent_draft(talent_id))
        self.first_name.setFocus()

    def load_draft(self, d: TalentDraft) -> None:
        self.first_name.setText(d.first_name)
        self.last_name.setText(d.last_name)
        self.email.setText(d.email)
        self.phone.setText(d.phone)
        self.title.setText(d.title)
        self.city.setText(d.city)
        self.region.setText(d.region)
        self.daily_rate.set_amount(d.daily_rate)
        self.seniority.setValue(d.seniority_years)
        self.load.setValue(d.load_percent)
        set_combo(self.remote, d.remote_preference)
        set_combo(self.status, d.status)
        self.available.set_date(d.available_from)
        self.skills.set_skills(d.skills)
        self.notes.setPlainText(d.notes)

    def draft(self) -> TalentDraft:
        """The form as a draft; raises ValidationError for a rate that is not a number."""
        try:
            rate: Decimal | None = self.daily_rate.amount()
        except ValueError:
            raise ValidationError([field_error("daily_rate", NOT_AN_AMOUNT)]) from None
        return TalentDraft(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            title=self.title.text(),
            daily_rate=rate,
            seniority_years=self.seniority.value(),
            city=self.city.text(),
            region=self.region.text(),
            remote_preference=self.remote.currentData(),
            available_from=self.available.date(),
            load_percent=self.load.value(),
            status=self.status.currentData(),
            notes=self.notes.toPlainText(),
            skills=self.skills.skills(),
        )

    def create(self, draft: TalentDraft) -> int:
        return talents.create_talent(draft)

    def update(self, record_id: int, draft: TalentDraft) -> None:
        talents.update_talent(record_id, draft)
