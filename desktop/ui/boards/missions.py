"""The missions board: missions by status, from draft to completed or cancelled.

Each card names the mission and its client, its main skills, its length and
client daily rate, whether its scope is complete (the checklist that avoids
refusals for a vague scope), and its start date, in red when the start has
come and nobody is staffed yet.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from desktop.domain import formatting
from desktop.domain.missions import SCOPE_ITEMS
from desktop.domain.validation import FIELD_LABELS
from desktop.domain.vocabulary import MissionStatus
from desktop.services import boards, missions
from desktop.services.boards import Board, BoardColumn, BoardFilters, FilterChoices, MissionCard
from desktop.store.board_lists import MISSION_LIST
from desktop.ui import i18n
from desktop.ui.boards.cards import CardView
from desktop.ui.boards.page import BoardPage
from desktop.ui.boards.texts import compact_money, date_text, day_text, rate_text


class MissionBoardPage(BoardPage):
    """Missions by status; drag a card to move the mission on."""

    section = "missions"
    state_key = "missions"
    list_spec = MISSION_LIST

    def title(self) -> str:
        return self.tr("Missions board")

    def column_labels(self) -> list[tuple[str, str]]:
        return [(status.value, i18n.tr_label(status, MissionStatus)) for status in MissionStatus]

    def all_columns_text(self) -> str:
        return self.tr("All statuses")

    def owner_tip(self) -> str:
        return self.tr("Account owner of the client")

    def sector_tip(self) -> str:
        return self.tr("Sector of the mission")

    def tag_tip(self) -> str:
        return self.tr("Tag of the client")

    def column_tip(self) -> str:
        return self.tr("Mission status")

    @staticmethod
    def load_board(filters: BoardFilters, limit: int) -> Board:
        return boards.mission_board(filters, limit)

    @staticmethod
    def load_choices() -> FilterChoices:
        return boards.mission_choices()

    def list_filter(self, filters: BoardFilters, column: str) -> tuple[str, list] | None:
        return boards.mission_list_filter(filters, column)

    def count_text(self, count: int) -> str:
        return self.tr("{count} missions").format(
            count=formatting.format_number(count, i18n.language())
        )

    def no_records_text(self) -> str:
        return self.tr("No mission yet.\nLoad the demo data from Home to try the board.")

    def column_total(self, column: BoardColumn) -> tuple[str, str]:
        lang = i18n.language()
        days = self.tr("{days} d").format(days=formatting.format_number(column.days, lang))
        if not column.count:
            return "", ""
        tip = self.tr("Client budget, excl. VAT: {amount}\nWorking days: {days}").format(
            amount=formatting.format_money(column.total, lang),
            days=formatting.format_number(column.days, lang),
        )
        return f"{compact_money(column.total)} · {days}", tip

    def card_view(self, card: MissionCard, column: str) -> CardView:
        rate = rate_text(card.client_daily_rate)
        start = day_text(card.start_date, self.today)
        if card.missing_scope:
            done = len(SCOPE_ITEMS) - len(card.missing_scope)
            badge = self.tr("Scope {done}/{total}").format(done=done, total=len(SCOPE_ITEMS))
        else:
            badge = self.tr("Scope ✓")
        length = ""
        if card.duration_days:
            length = i18n.count_text(card.duration_days, self.tr("{n} day"), self.tr("{n} days"))
        return CardView(
            record_id=card.id,
            title=card.title,
            subtitle=card.client,
            note=card.skills,
            left=self.tr("Start {date}").format(date=start) if start else "",
            left_alert=card.start_passed(self.today),
            right=self.tr("{rate}/day").format(rate=rate) if rate else "",
            badge=badge,
            badge_tone="warning" if card.missing_scope else "good",
            date=length,
            accessible=", ".join(part for part in (card.title, card.client, start) if part),
        )

    def card_tooltip(self, card: MissionCard, column: str) -> str:
        lang = i18n.language()
        rate = rate_text(card.client_daily_rate)
        start = date_text(card.start_date)
        tip = [f"<b>{escape(card.title)}</b>", escape(card.client)]
        if card.skills:
            tip.append(self.tr("Skills: {skills}").format(skills=escape(card.skills)))
        if rate:
            tip.append(self.tr("Client daily rate: {rate}").format(rate=rate))
        if card.budget is not None:
            amount = formatting.format_money(card.budget, lang)
            tip.append(self.tr("Budget, excl. VAT: {amount}").format(amount=amount))
        if start:
            template = (
                self.tr("Start date passed, nobody staffed: {date}")
                if card.start_passed(self.today)
                else self.tr("Start: {date}")
            )
            tip.append(template.format(date=start))
        if card.missing_scope:
            missing = ", ".join(
                QCoreApplication.translate("Field", FIELD_LABELS[item])
                for item in card.missing_scope
            )
            tip.append(self.tr("Scope to complete: {items}").format(items=escape(missing)))
        return "<br>".join(tip)

    def move_record(self, record_id: int, target: str) -> bool:
        missions.set_status(record_id, target)
        return True
