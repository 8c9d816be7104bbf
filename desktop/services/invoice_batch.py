"""Month-end in one go: every validated activity report of a month invoiced and issued.

:func:`issue_month` is a generator of progress steps (desktop.ui.tasks drives it behind a
progress bar with Cancel). Each report is one transaction: its invoice is made from the
report and issued with the next number, or nothing is written for it. A report that
cannot be issued (a client without SIREN, an incomplete seller) is skipped with the
reason and the others go on; Cancel stops after the invoice being issued, and the ones
issued before stay issued (each is complete, numbered in order).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import fn

from desktop.domain.errors import DomainError, Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.invoice_document import Party
from desktop.domain.vat import regime_for
from desktop.services.activity_reports import invoice_from_report
from desktop.services.invoices import issue
from desktop.services.progress import Progress
from desktop.store.models import ActivityReport, ActivityReportDay, Company, Contract
from desktop.store.transactions import write_transaction


@dataclass(frozen=True)
class MonthReport:
    """A validated report waiting for its invoice."""

    id: int
    contract: str  # reference – title
    company: str
    days: Decimal
    daily_rate: Decimal | None

    @property
    def amount(self) -> Decimal | None:
        """Days x daily rate, excl. VAT (extras not counted)."""
        return None if self.daily_rate is None else self.days * self.daily_rate


def reports_to_invoice(month: dt.date) -> list[MonthReport]:
    """The validated, not yet invoiced reports of ``month`` (any day of it)."""
    first = month.replace(day=1)
    reports = list(
        ActivityReport.select(ActivityReport, Contract, Company.name)
        .join(Contract)
        .join(Company)
        .where((ActivityReport.month == first) & (ActivityReport.status == "validated"))
        .order_by(Company.sort_name, Contract.reference)
    )
    totals = dict(
        ActivityReportDay.select(
            ActivityReportDay.report, fn.SUM(ActivityReportDay.fraction).coerce(False)
        )
        .where(ActivityReportDay.report.in_([r.id for r in reports]))
        .group_by(ActivityReportDay.report)
        .tuples()
    )
    return [
        MonthReport(
            r.id,
            f"{r.contract.reference} – {r.contract.title}",
            r.contract.company.name,
            Decimal(int(totals.get(r.id) or 0)).scaleb(-1),
            r.daily_rate or r.contract.daily_rate,
        )
        for r in reports
    ]


@dataclass
class BatchOutcome:
    """What a batch did: the numbers issued, and each report refused with its reason."""

    issued: list[str] = field(default_factory=list)
    invoice_ids: list[int] = field(default_factory=list)
    refused: list[tuple[str, Message]] = field(default_factory=list)  # (contract, reason)


LABEL = QT_TRANSLATE_NOOP("Progress", "invoices issued")


def issue_month(
    report_ids: list[int],
    seller: Party,
    outcome: BatchOutcome,
    today: dt.date | None = None,
) -> Iterator[Progress]:
    """Invoice and issue each report, one transaction each; fills ``outcome``."""
    today = today or dt.date.today()
    total = len(report_ids)
    yield Progress(0, total, LABEL)
    for done, report_id in enumerate(report_ids, 1):
        report = ActivityReport.get_by_id(report_id)
        contract = Contract.get_by_id(report.contract_id)
        company = Company.get_by_id(contract.company_id)
        try:
            with write_transaction():
                regime = regime_for(seller.vat_franchise, company.country, company.vat_number)
                invoice_id = invoice_from_report(report_id, vat_regime=regime)
                number = issue(invoice_id, seller, today)
        except DomainError as exc:
            outcome.refused.append((f"{contract.reference} – {company.name}", exc.message))
        else:
            outcome.issued.append(number)
            outcome.invoice_ids.append(invoice_id)
        yield Progress(done, total, LABEL)
