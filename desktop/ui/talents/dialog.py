"""Creating and editing a talent: the complete record, in four tabs."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ValidationError
from desktop.domain.validation import NOT_AN_AMOUNT, TalentDraft, clean_list, field_error
from desktop.domain.vocabulary import RemotePreference, TalentStatus
from desktop.services import skills as skill_service
from desktop.services import talents
from desktop.ui.pickers import RecordPicker
from desktop.ui.record_dialog import RecordDialog, field_label, form_page, line_edit
from desktop.ui.skills_editor import SkillsEditor
from desktop.ui.widgets import (
    AmountEdit,
    OptionalDateEdit,
    set_combo,
    vocabulary_combo,
)


class TalentDialog(RecordDialog):
    """``talent_id`` None creates a talent; otherwise edits it. ``saved_id`` after accept."""

    record_table = "talent"  # saving checks the row version (changed elsewhere?)

    def __init__(self, talent_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(talent_id, parent)
        self.setObjectName("talentDialog")
        self.setWindowTitle(self.tr("New talent") if talent_id is None else self.tr("Edit talent"))
        self.setMinimumWidth(720)

        self.first_name = line_edit("first_name")
        self.last_name = line_edit("last_name")
        self.email = line_edit("email", "prenom.nom@exemple.fr")
        self.phone = line_edit("phone", "06 12 34 56 78")
        self.title = line_edit("title", self.tr("e.g. Senior Java developer"))
        self.city = line_edit("city")
        self.region = line_edit("region")
        self.source = line_edit("source", self.tr("LinkedIn, Malt, referral…"))
        self.referrer = RecordPicker(talents.talent_choices)
        self.referrer.setObjectName("referrer_id")
        self.referrer.setPlaceholderText(self.tr("Type a name from the pool"))

        self.daily_rate = self._amount("daily_rate")
        self.min_daily_rate = self._amount("min_daily_rate")
        self.seniority = self._spin("seniority_years", 0, 60, "")
        self.load = self._spin("load_percent", 0, 100, " %", step=10)
        self.max_days_on_site = self._spin("max_days_on_site", -1, 5, "")
        self.max_days_on_site.setSpecialValueText(self.tr("not said"))
        self.remote = vocabulary_combo(RemotePreference, "remote_preference")
        self.status = vocabulary_combo(TalentStatus, "status")
        self.available = OptionalDateEdit("")  # the row reads "Available from"
        self.available.setObjectName("available_from")
        self.mobility = line_edit("mobility", self.tr("e.g. Île-de-France, Lyon"))
        self.last_contact = OptionalDateEdit(self.tr("on"))
        self.next_follow_up = OptionalDateEdit(self.tr("on"))
        self.next_follow_up.setObjectName("next_follow_up_on")

        self.skills = SkillsEditor(skill_service.all_skill_names(), extra="years")
        self.languages = line_edit("languages", self.tr("e.g. Français, anglais (C1)"))
        self.certifications = QPlainTextEdit()
        self.certifications.setObjectName("certifications")
        self.certifications.setFixedHeight(54)
        self.refused_sectors = line_edit(
            "refused_sectors", self.tr("Defence, Gambling, Tobacco, Crypto-assets, Oil and gas")
        )
        self.refused_sectors.setToolTip(
            self.tr(
                "Sectors or kinds of projects this talent will not work for, separated by "
                "commas. Missions of these sectors are never proposed to them."
            )
        )
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")

        tabs = self.tabs = QTabWidget()
        tabs.addTab(
            form_page(
                [
                    ("first_name", self.first_name, True),
                    ("last_name", self.last_name, True),
                    ("title", self.title, False),
                    ("email", self.email, False),
                    ("phone", self.phone, False),
                    ("city", self.city, False),
                    ("region", self.region, False),
                    ("source", self.source, False),
                    ("referrer_id", self.referrer, False),
                ]
            ),
            self.tr("Identity"),
        )
        tabs.addTab(
            form_page(
                [
                    ("daily_rate", self.daily_rate, False),
                    ("min_daily_rate", self.min_daily_rate, False),
                    ("seniority_years", self.seniority, False),
                    ("status", self.status, False),
                    ("available_from", self.available, False),
                    ("load_percent", self.load, False),
                    ("remote_preference", self.remote, False),
                    ("max_days_on_site", self.max_days_on_site, False),
                    ("mobility", self.mobility, False),
                    ("last_contact_on", self.last_contact, False),
                    ("next_follow_up_on", self.next_follow_up, False),
                ]
            ),
            self.tr("Rate and availability"),
        )
        skills_page = QWidget()
        QVBoxLayout(skills_page).addWidget(self.skills)
        tabs.addTab(skills_page, field_label("skills"))
        tabs.addTab(
            form_page(
                [
                    ("languages", self.languages, False),
                    ("certifications", self.certifications, False),
                    ("refused_sectors", self.refused_sectors, False),
                    ("notes", self.notes, False),
                ]
            ),
            self.tr("Values and notes"),
        )
        self.finish(
            [[tabs]],
            {
                "first_name": self.first_name,
                "last_name": self.last_name,
                "email": self.email,
                "phone": self.phone,
                "title": self.title,
                "city": self.city,
                "region": self.region,
                "source": self.source,
                "referrer_id": self.referrer,
                "daily_rate": self.daily_rate,
                "min_daily_rate": self.min_daily_rate,
                "seniority_years": self.seniority,
                "load_percent": self.load,
                "max_days_on_site": self.max_days_on_site,
                "mobility": self.mobility,
                "skills": self.skills,
                "languages": self.languages,
                "certifications": self.certifications,
                "refused_sectors": self.refused_sectors,
                "notes": self.notes,
            },
        )
        if talent_id is not None:
            self.load_draft(talents.talent_draft(talent_id))
        self.first_name.setFocus()

    # -- construction helpers -------------------------------------------------------
    @staticmethod
    def _amount(name: str) -> AmountEdit:
        edit = AmountEdit()
        edit.setObjectName(name)
        return edit

    @staticmethod
    def _spin(name: str, low: int, high: int, suffix: str, step: int = 1) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setSingleStep(step)
        return spin

    # -- data -------------------------------------------------------------------------
    def load_draft(self, d: TalentDraft) -> None:
        for edit, value in (
            (self.first_name, d.first_name),
            (self.last_name, d.last_name),
            (self.email, d.email),
            (self.phone, d.phone),
            (self.title, d.title),
            (self.city, d.city),
            (self.region, d.region),
            (self.source, d.source),
            (self.mobility, d.mobility),
            (self.languages, d.languages),
        ):
            edit.setText(value)
        if d.referrer_id is not None:
            self.referrer.set_record(d.referrer_id, talents.display_name(d.referrer_id))
        self.daily_rate.set_amount(d.daily_rate)
        self.min_daily_rate.set_amount(d.min_daily_rate)
        self.seniority.setValue(d.seniority_years)
        self.load.setValue(d.load_percent)
        self.max_days_on_site.setValue(-1 if d.max_days_on_site is None else d.max_days_on_site)
        set_combo(self.remote, d.remote_preference)
        set_combo(self.status, d.status)
        self.available.set_date(d.available_from)
        self.last_contact.set_date(d.last_contact_on)
        self.next_follow_up.set_date(d.next_follow_up_on)
        self.skills.set_skills(d.skills)
        self.certifications.setPlainText(d.certifications)
        self.refused_sectors.setText(", ".join(d.refused_sectors))
        self.notes.setPlainText(d.notes)

    def _read_amount(self, edit: AmountEdit, name: str, errors: list) -> Decimal | None:
        try:
            return edit.amount()
        except ValueError:
            errors.append(field_error(name, NOT_AN_AMOUNT))
            return None

    def draft(self) -> TalentDraft:
        """The form as a draft; raises ValidationError for amounts that are not numbers."""
        errors: list = []
        rate = self._read_amount(self.daily_rate, "daily_rate", errors)
        minimum = self._read_amount(self.min_daily_rate, "min_daily_rate", errors)
        if errors:
            raise ValidationError(errors)
        days = self.max_days_on_site.value()
        return TalentDraft(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            title=self.title.text(),
            daily_rate=rate,
            min_daily_rate=minimum,
            seniority_years=self.seniority.value(),
            city=self.city.text(),
            region=self.region.text(),
            remote_preference=self.remote.currentData(),
            max_days_on_site=None if days < 0 else days,
            available_from=self.available.date(),
            load_percent=self.load.value(),
            status=self.status.currentData(),
            notes=self.notes.toPlainText(),
            skills=self.skills.skills(),
            mobility=self.mobility.text(),
            languages=self.languages.text(),
            certifications=self.certifications.toPlainText(),
            source=self.source.text(),
            referrer_id=self.referrer.record_id(),
            refused_sectors=clean_list(self.refused_sectors.text()),
            last_contact_on=self.last_contact.date(),
            next_follow_up_on=self.next_follow_up.date(),
        )

    def fetch_draft(self, record_id: int):
        return talents.talent_draft(record_id)

    def create(self, draft: TalentDraft) -> int:
        return talents.create_talent(draft)

    def update(self, record_id: int, draft: TalentDraft) -> None:
        talents.update_talent(record_id, draft)
