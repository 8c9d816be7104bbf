"""Home dashboard: the morning's figures, from SQL aggregates (desktop/store/dashboard.py).

- **Pipeline**: companies by stage with their expected deal value; missions by status.
- **Money**: invoiced and collected (incl. VAT) per month over the last 12 months, empty
  months included; receivables by age and the overdue total.
- **Reasons**: the most cited refusal reasons and contract-ending reasons this quarter.
- **Talents** free today, and those becoming free in the next 30 days.
- **Deadlines**: follow-ups due, reminders to send, invoices coming due, contract ends
  and tacit renewals to refuse.

:func:`load` reads everything (about 100 ms at 300,000 records: the UI calls it off
the UI thread); each part is a function of ``today`` listed in :data:`PARTS`, so that
the benchmark can time each alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from desktop.domain.money import ZERO, from_cents
from desktop.domain.periods import Period, add_months
from desktop.domain.receivables import AGEING_BUCKETS, schedule_from_setting
from desktop.domain.vocabulary import MissionStatus, PipelineStage
from desktop.services import settings
from desktop.store import dashboard as figures

MONTHS = 12
TALENT_HORIZON_DAYS = 30
CONTRACT_HORIZON_DAYS = 30  # as the contract reminders of To do
FOLLOW_UP_HORIZON_DAYS = 7  # as To do's "this week"
INVOICE_DUE_HORIZON_DAYS = 7
SOON_FREE_SHOWN = 4
CONTRACT_DEADLINES_SHOWN = 3


@dataclass(frozen=True)
class StageFigure:
    stage: str  # PipelineStage code
    companies: int
    expected: Decimal  # expected deal value, excl. VAT


@dataclass(frozen=True)
class MonthFigure:
    start: dt.date  # the first day of the month
    invoiced: Decimal  # incl. VAT, credit notes deducted: comparable with what is received
    collected: Decimal  # payments received, incl. VAT


@dataclass(frozen=True)
class AgeingFigure:
    bucket: str  # AGEING_BUCKETS key
    invoices: int
    amount: Decimal  # balance incl. VAT


@dataclass(frozen=True)
class ReasonFigure:
    reason: str  # RefusalReason or EndingReason code
    count: int
    share: float  # of the refused offers (or endings) of the period; shares may add to > 1


@dataclass(frozen=True)
class SoonFree:
    talent_id: int
    name: str
    available_from: dt.date
    title: str


@dataclass(frozen=True)
class ContractDeadline:
    kind: str  # end_soon, renewal (as desktop.services.contracts.reminders)
    due_on: dt.date  # the end, or the last day to refuse the renewal
    contract_id: int
    reference: str
    counterparty: str


@dataclass(frozen=True)
class Pipeline:
    stages: list[StageFigure]  # every stage, in the pipeline's order
    missions: dict[str, int]  # MissionStatus code -> missions, every status

    @property
    def open_expected(self) -> Decimal:
        """Expected value of the deals still open (qualified or at proposal stage...)."""
        closed = (PipelineStage.WON, PipelineStage.LOST)
        return sum((s.expected for s in self.stages if s.stage not in closed), ZERO)


@dataclass(frozen=True)
class Receivables:
    ageing: list[AgeingFigure]  # every bucket, in AGEING_BUCKETS order

    @property
    def total(self) -> Decimal:
        return sum((a.amount for a in self.ageing), ZERO)

    @property
    def overdue(self) -> Decimal:
        return sum((a.amount for a in self.ageing if a.bucket != "not_due"), ZERO)

    @property
    def overdue_invoices(self) -> int:
        return sum(a.invoices for a in self.ageing if a.bucket != "not_due")


@dataclass(frozen=True)
class Reasons:
    quarter: Period  # this calendar quarter (refusals: its offers sent so far)
    refused_offers: int
    refusals: list[ReasonFigure]  # most cited first
    endings_total: int
    endings: list[ReasonFigure]


@dataclass(frozen=True)
class Talents:
    free_now: int
    becoming_free: int  # after today, within TALENT_HORIZON_DAYS
    soonest: list[SoonFree]


@dataclass(frozen=True)
class Deadlines:
    follow_ups: dict[str, int]  # overdue, today, upcoming (this week)
    reminders: int  # invoices whose next reminder's day has come
    reminders_amount: Decimal
    invoices_due: int  # open invoices due within INVOICE_DUE_HORIZON_DAYS (today included)
    invoices_due_amount: Decimal
    contract_counts: dict[str, int]  # end_soon, renewal
    contracts: list[ContractDeadline]  # the first few, soonest first


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    empty: bool  # no talent and no company: Home welcomes instead
    pipeline: Pipeline | None = None
    months: list[MonthFigure] = field(default_factory=list)
    receivables: Receivables | None = None
    reasons: Reasons | None = None
    talents: Talents | None = None
    deadlines: Deadlines | None = None


def quarter_of(day: dt.date) -> Period:
    """The calendar quarter holding ``day``, first to last day."""
    start = day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
    return Period(start, add_months(start, 3) - dt.timedelta(days=1))


def twelve_months(today: dt.date) -> Period:
    """This month and the 11 before it, to today."""
    return Period(add_months(today, 1 - MONTHS), today)


def pipeline(today: dt.date) -> Pipeline:
    stages = list(PipelineStage)
    stage_rows = zip(stages, figures.companies_by_stage(stages), strict=True)
    statuses = dict(figures.missions_by_status())
    return Pipeline(
        [StageFigure(stage, n, from_cents(cents)) for stage, (n, cents) in stage_rows],
        {status: statuses.get(status, 0) for status in MissionStatus},
    )


def months(today: dt.date) -> list[MonthFigure]:
    first = twelve_months(today).start
    starts = [add_months(first, i) for i in range(MONTHS)]
    periods = [(start, add_months(start, 1) - dt.timedelta(days=1)) for start in starts]
    invoiced = figures.invoiced_per_period(periods)
    collected = figures.collected_per_period(periods)
    return [
        MonthFigure(start, from_cents(i), from_cents(c))
        for start, i, c in zip(starts, invoiced, collected, strict=True)
    ]


def receivables(today: dt.date) -> Receivables:
    found = {bucket: (n, cents) for bucket, n, cents in figures.ageing(today)}
    return Receivables(
        [
            AgeingFigure(key, found.get(key, (0, 0))[0], from_cents(found.get(key, (0, 0))[1]))
            for key, _, _ in AGEING_BUCKETS
        ]
    )


def _shares(rows: list[tuple[str, int]], total: int) -> list[ReasonFigure]:
    return [ReasonFigure(reason, n, n / total if total else 0.0) for reason, n in rows]


def reasons(today: dt.date) -> Reasons:
    quarter = quarter_of(today)
    refused, refusals = figures.refusal_reasons(quarter.start, today)
    endings = figures.ending_reasons(quarter.start, quarter.end)
    ended = sum(n for _, n in endings)
    return Reasons(quarter, refused, _shares(refusals, refused), ended, _shares(endings, ended))


def talents(today: dt.date) -> Talents:
    last = today + dt.timedelta(days=TALENT_HORIZON_DAYS)
    now, later = figures.talents_free(today, last)
    soonest = [SoonFree(*row) for row in figures.talents_soon_free(today, last, SOON_FREE_SHOWN)]
    return Talents(now, later, soonest)


def deadlines(today: dt.date) -> Deadlines:
    # The dunning schedule as desktop.services.receivables.schedule() reads it; that module
    # is not imported here: it brings the invoicing stack (0.2 s before the first fill).
    schedule = schedule_from_setting(settings.get("invoicing.dunning") or [])
    steps = [step.days for step in schedule]
    reminders, reminders_cents = figures.reminders_to_send(today, steps)
    due_last = today + dt.timedelta(days=INVOICE_DUE_HORIZON_DAYS)
    due, due_cents = figures.invoices_due(today, due_last)
    follow_up_last = today + dt.timedelta(days=FOLLOW_UP_HORIZON_DAYS)
    contract_last = today + dt.timedelta(days=CONTRACT_HORIZON_DAYS)
    counts = figures.contract_deadlines(today, contract_last)
    follow_ups = figures.follow_ups_due(today, follow_up_last)
    return Deadlines(
        dict(zip(("overdue", "today", "upcoming"), follow_ups, strict=True)),
        reminders,
        from_cents(reminders_cents),
        due,
        from_cents(due_cents),
        counts,
        [
            ContractDeadline(*row)
            for row in figures.next_contract_deadlines(
                today, contract_last, CONTRACT_DEADLINES_SHOWN
            )
        ],
    )


# Each part of the page, by name: what load() reads, and what the benchmark times.
PARTS: dict[str, Callable[[dt.date], object]] = {
    "pipeline": pipeline,
    "months": months,
    "receivables": receivables,
    "reasons": reasons,
    "talents": talents,
    "deadlines": deadlines,
}


def empty() -> bool:
    """Whether the profile holds no talent and no company (Home then welcomes)."""
    return not figures.has_records()


def load(today: dt.date | None = None) -> Dashboard:
    """Every figure of the dashboard, or only ``empty`` for a profile without records."""
    today = today or dt.date.today()
    if empty():
        return Dashboard(today, empty=True)
    parts = {name: part(today) for name, part in PARTS.items()}
    return Dashboard(today, empty=False, **parts)
