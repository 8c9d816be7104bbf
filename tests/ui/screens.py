"""Every dialog of the app, in one place, for the screen-size test (tests/ui/test_fit.py).

Sections are found by themselves (``main_window.SECTIONS``); dialogs are not, so each
is registered here: a name and a function building it, on the demo data, for the main
window. Add a line when you add a dialog; the fit test then opens it at 1280x720 in
French and fails if it outgrows the screen or elides a button or a header.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from desktop.store.models import Company, Contact, Mission, Offer, Talent


def _first(model, *where):
    query = model.select().order_by(model.id)
    for clause in where:
        query = query.where(clause)
    return query.first()


def talent_new(window) -> QDialog:
    from desktop.ui.talents.dialog import TalentDialog

    return TalentDialog(None, parent=window)


def talent_edit(window) -> QDialog:
    from desktop.ui.talents.dialog import TalentDialog

    return TalentDialog(_first(Talent).id, parent=window)


def company_edit(window) -> QDialog:
    from desktop.ui.companies.dialog import CompanyDialog

    return CompanyDialog(_first(Company).id, parent=window)


def contact_new(window) -> QDialog:
    from desktop.ui.companies.contacts import ContactDialog

    return ContactDialog(_first(Contact).company_id, None, parent=window)


def mission_new(window) -> QDialog:
    from desktop.ui.missions.dialog import MissionDialog

    return MissionDialog(None, parent=window)


def mission_edit(window) -> QDialog:
    from desktop.ui.missions.dialog import MissionDialog

    return MissionDialog(_first(Mission).id, parent=window)


def propose(window) -> QDialog:
    from desktop.ui.missions.offers import ProposeDialog

    mission = _first(Mission, Mission.status == "open")
    talents = [t.id for t in Talent.select().order_by(Talent.id).limit(3)]
    return ProposeDialog(mission.id, talents, parent=window)


def answer_refused(window) -> QDialog:
    from desktop.ui.missions.offers import AnswerDialog

    offer = _first(Offer, Offer.status == "sent")
    dialog = AnswerDialog(offer.id, offer.status, window)
    dialog.set_status("refused")
    return dialog


def referral(window) -> QDialog:
    from desktop.ui.matching.referral_dialog import ReferralDialog

    return ReferralDialog(_first(Talent).id, _first(Mission).id, window)


def activity(window) -> QDialog:
    from desktop.ui.traces.dialog import ActivityDialog

    return ActivityDialog(
        window.profile, "talent", _first(Talent).id, kind="minutes", parent=window
    )


def followup_done(window) -> QDialog:
    from desktop.ui.followups.dialogs import DoneDialog

    return DoneDialog("Élodie Martin-Lefèvre", dt.date(2026, 11, 22), window)


def followup_reschedule(window) -> QDialog:
    from desktop.ui.followups.dialogs import RescheduleDialog

    return RescheduleDialog("Élodie Martin-Lefèvre", None, dt.date(2026, 11, 22), window)


def lost_reason(window) -> QDialog:
    from desktop.ui.boards.lost_reason import LostReasonDialog

    return LostReasonDialog("Établissements Durand", ["Budget gelé"], window)


def import_wizard(window) -> QDialog:
    from desktop.ui.importing import ImportDialog

    return ImportDialog(None, window)


def search(window) -> QDialog:
    from desktop.ui.search.dialog import GlobalSearchDialog

    return GlobalSearchDialog(window)


DIALOGS: dict[str, Callable[[QWidget], QDialog]] = {
    "talent (new)": talent_new,
    "talent (edit)": talent_edit,
    "company": company_edit,
    "contact": contact_new,
    "mission (new)": mission_new,
    "mission (edit)": mission_edit,
    "propose": propose,
    "answer (refused)": answer_refused,
    "referral": referral,
    "written trace (minutes)": activity,
    "follow-up done": followup_done,
    "follow-up reschedule": followup_reschedule,
    "deal lost": lost_reason,
    "import": import_wizard,
    "search": search,
}
