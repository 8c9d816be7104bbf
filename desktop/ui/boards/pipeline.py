"""The pipeline board: prospects and clients by stage, from lead to won or lost.

Each card says who the company is, who owns the account, what the deal may be
worth, how far the vetting has got (●●●○: identity, brief, budget, value) and
when to follow up, in red once that date has passed.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from desktop.domain import formatting
from desktop.domain.validation import FIELD_LABELS, VETTING_FIELDS
from desktop.domain.vocabulary import PipelineStage
from desktop.services import boards, companies
from desktop.services.boards import Board, BoardColumn, BoardFilters, CompanyCard, FilterChoices
from desktop.store.board_lists import PIPELINE_LIST
from desktop.ui import i18n
from desktop.ui.boards.cards import CardView
from desktop.ui.boards.lost_reason import LostReasonDialog
from desktop.ui.boards.page import BoardPage
from desktop.ui.boards.texts import compact_money, date_text, day_text, rate_text


class PipelineBoardPage(BoardPage):
    """Companies by pipeline stage; drag a card to move the deal on."""

    section = "companies"
    state_key = "pipeline"
    list_spec = PIPELINE_LIST

    def title(self) -> str:
        return self.tr("Pipeline")

    def column_labels(self) -> list[tuple[str, str]]:
        return [(stage.value, i18n.tr_label(stage, PipelineStage)) for stage in PipelineStage]

    def all_columns_text(self) -> str:
        return self.tr("All stages")

    def owner_tip(self) -> str:
        return self.tr("Account owner")

    def sector_tip(self) -> str:
        return self.tr("Sector of the company")

    def tag_tip(self) -> str:
        return self.tr("Tag of the company")

    def column_tip(self) -> str:
        return self.tr("Pipeline stage")

    @staticmethod
    def load_board(filters: BoardFilters, limit: int) -> Board:
        return boards.pipeline_board(filters, limit)

    @staticmethod
    def load_choices() -> FilterChoices:
        return boards.pipeline_choices()

    def list_filter(self, filters: BoardFilters, column: str) -> tuple[str, list] | None:
        return boards.pipeline_list_filter(filters, column)

    def count_text(self, count: int) -> str:
        return self.tr("{count} companies").format(
            count=formatting.format_number(count, i18n.language())
        )

    def no_records_text(self) -> str:
        return self.tr(
            "No company in the pipeline yet.\n"
            "Add a prospect in Companies, or load the demo data from Home."
        )

    def column_total(self, column: BoardColumn) -> tuple[str, str]:
        if not column.total:
            return "", self.tr("No expected value entered for these deals")
        exact = formatting.format_money(column.total, i18n.language())
        return compact_money(column.total), self.tr(
            "Expected value of these deals, excl. VAT: {amount}"
        ).format(amount=exact)

    def card_view(self, card: CompanyCard, column: str) -> CardView:
        place = " · ".join(part for part in (card.city, card.sector) if part)
        value = rate_text(card.expected_value)
        follow_up = day_text(card.next_follow_up_on, self.today)
        lost = card.lost_reason if column == PipelineStage.LOST else ""
        return CardView(
            record_id=card.id,
            title=card.name,
            subtitle=place,
            note=self.tr("Lost: {reason}").format(reason=lost) if lost else "",
            left=card.owner,
            right=value,
            dots=(card.trust, 4),
            date=self.tr("Follow-up {date}").format(date=follow_up) if follow_up else "",
            date_alert=card.follow_up_overdue(self.today),
            accessible=", ".join(part for part in (card.name, place, card.owner, value) if part),
        )

    def card_tooltip(self, card: CompanyCard, column: str) -> str:
        place = " · ".join(part for part in (card.city, card.sector) if part)
        value = rate_text(card.expected_value)
        follow_up = date_text(card.next_follow_up_on)
        tip = [f"<b>{escape(card.name)}</b>"]
        if place:
            tip.append(escape(place))
        if card.owner:
            tip.append(self.tr("Account owner: {owner}").format(owner=escape(card.owner)))
        if value:
            tip.append(self.tr("Expected value (excl. VAT): {amount}").format(amount=value))
        tip.append(self.tr("Vetting: {done} of 4").format(done=card.trust))
        for name, held in zip(VETTING_FIELDS, card.vetting, strict=True):
            check = QCoreApplication.translate("Field", FIELD_LABELS[name])
            tip.append("&nbsp;&nbsp;" + ("✓ " if held else "✗ ") + escape(check))
        if follow_up:
            template = (
                self.tr("Follow-up overdue since {date}")
                if card.follow_up_overdue(self.today)
                else self.tr("Next follow-up: {date}")
            )
            tip.append(template.format(date=follow_up))
        if column == PipelineStage.LOST and card.lost_reason:
            tip.append(self.tr("Lost: {reason}").format(reason=escape(card.lost_reason)))
        return "<br>".join(tip)

    def move_record(self, record_id: int, target: str) -> bool:
        if target != PipelineStage.LOST:
            companies.set_stage(record_id, target)
            return True
        dialog = LostReasonDialog(
            companies.company_draft(record_id).name,
            boards.frequent_lost_reasons(),
            self,
            save=lambda reason: companies.set_stage(record_id, target, reason),
        )
        try:
            return bool(dialog.exec())  # saved in the dialog: a failure keeps it open
        finally:
            dialog.deleteLater()
