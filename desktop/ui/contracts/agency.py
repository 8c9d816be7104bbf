"""Agency mode: the client contract and the talent's subcontract side by side, the margin
between them (sell rate, buy rate, platform commission)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop.domain import formatting
from desktop.domain.errors import DomainError
from desktop.domain.vocabulary import ContractStatus
from desktop.services import contracts
from desktop.services.contracts import ContractSide
from desktop.ui import i18n
from desktop.ui.documents.building import explain_failure


class AgencyTab(QWidget):
    changed = Signal()
    open_contract = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agencyTab")
        self.contract_id: int | None = None
        self.view = QTextBrowser()
        self.view.setObjectName("agencyView")
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(
            lambda url: self.open_contract.emit(int(url.path().strip("/")))
        )
        self.make = QPushButton(self.tr("Make the subcontract with the talent"))
        self.make.setObjectName("makeSubcontract")
        self.make.clicked.connect(self.make_subcontract)
        hint = QLabel(
            self.tr(
                "An agency signs twice for one mission: with the client, and with the talent "
                "it subcontracts to. The margin is what stays between the two daily rates."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.make)

    def set_contract(self, contract_id: int | None) -> None:
        self.contract_id = contract_id
        self.refresh()

    def _column(self, title: str, side: ContractSide | None) -> str:
        lang = i18n.language()
        if side is None:
            return f"<td valign='top' width='50%'><b>{escape(title)}</b><br>—</td>"
        rate = formatting.format_rate(side.daily_rate, lang) if side.daily_rate else "—"
        rows = [
            f"<a href='fd://contracts/{side.id}'>{escape(side.reference)}</a>",
            escape(side.counterparty),
            escape(i18n.tr_label(side.status, ContractStatus)),
            self.tr("Daily rate: {rate}").format(rate=escape(rate)),
            self.tr("From {start} to {end}").format(
                start=formatting.format_date(side.start_date, lang) or "—",
                end=formatting.format_date(side.end_date, lang) or "—",
            ),
            self.tr("version {n}").format(n=side.version),
        ]
        return (
            f"<td valign='top' width='50%'><b>{escape(title)}</b><br>" + "<br>".join(rows) + "</td>"
        )

    def refresh(self) -> None:
        if self.contract_id is None:
            self.view.clear()
            self.make.setEnabled(False)
            return
        pair = contracts.agency_pair(self.contract_id)
        lang = i18n.language()
        html = "<table width='100%' cellpadding='6'><tr>"
        html += self._column(self.tr("With the client"), pair.client)
        html += self._column(self.tr("With the talent"), pair.subcontract)
        html += "</tr></table>"
        if pair.margin is not None:
            html += (
                "<p><b>"
                + escape(
                    self.tr("Margin: {amount} a day ({percent} % of the client rate)").format(
                        amount=formatting.format_money(pair.margin.per_day, lang),
                        percent=formatting.format_number(pair.margin.percent, lang),
                    )
                )
                + "</b>"
            )
            if pair.margin.commission_per_day:
                html += "<br>" + escape(
                    self.tr("after a platform commission of {amount} a day").format(
                        amount=formatting.format_money(pair.margin.commission_per_day, lang)
                    )
                )
            html += "</p>"
        self.view.setHtml(html)
        self.make.setEnabled(
            pair.client is not None and pair.subcontract is None and bool(pair.client.id)
        )

    def make_subcontract(self) -> None:
        try:
            contracts.create_subcontract(self.contract_id)
        except DomainError as exc:
            explain_failure(self, exc)
            return
        self.refresh()
        self.changed.emit()
