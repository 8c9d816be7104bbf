"""The detail panel of each section, rendered as simple HTML (QTextBrowser).

Links use the ``fd://<section>/<id>`` scheme; the main window follows them.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from html import escape

from PySide6.QtCore import QCoreApplication

from desktop.domain import formatting
from desktop.domain.validation import FIELD_LABELS, VETTING_FIELDS
from desktop.domain.vocabulary import (
    ContractStatus,
    InvoiceKind,
    InvoiceStatus,
    MissionStatus,
    OfferStatus,
    PipelineStage,
    RefusalReason,
    RemotePreference,
    TalentStatus,
)
from desktop.services import companies, records, talents
from desktop.ui import i18n

STARS = "★★★★★"


translate = QCoreApplication.translate  # lupdate extracts translate("Detail", "...") calls


def field(name: str) -> str:
    return QCoreApplication.translate("Field", FIELD_LABELS.get(name, name))


def money(value: Decimal | None) -> str:
    return formatting.format_money(value, i18n.language()) if value is not None else "—"


def rate(value: Decimal | None) -> str:
    return formatting.format_rate(value, i18n.language()) if value is not None else "—"


def date(value: dt.date | None) -> str:
    return formatting.format_date(value, i18n.language()) if value else "—"


def level(n: int) -> str:
    return (
        f"<span style='color:#d97706'>{STARS[:n]}</span>"
        f"<span style='color:#d1d5db'>{STARS[n:]}</span>"
    )


def link(section: str, record_id: int, text: str) -> str:
    return f"<a href='fd://{section}/{record_id}'>{escape(text)}</a>"


def days(n: int) -> str:
    return i18n.count_text(n, translate("Detail", "{n} day"), translate("Detail", "{n} days"))


def years(n: int) -> str:
    return i18n.count_text(n, translate("Detail", "{n} year"), translate("Detail", "{n} years"))


def offer_status(status: str) -> str:
    return i18n.tr_label(status, OfferStatus)


def refusal_text(reasons: list[str], note: str) -> str:
    """`` — Rate too low, Vague scope (“call back in March”)``, or nothing."""
    parts = [i18n.tr_label(r, RefusalReason) for r in reasons]
    text = ", ".join(parts)
    if note:
        text = f"{text} (“{note}”)" if text else f"“{note}”"
    return f" — {escape(text)}" if text else ""


def heading(title: str, subtitle: str = "", badge: str = "") -> str:
    badge_html = (
        (
            f" <span style='background:#eef2f7;color:#334155;padding:2px 6px;'>"
            f"&nbsp;{escape(badge).replace(' ', '&nbsp;')}&nbsp;</span>"  # never split
        )
        if badge
        else ""
    )
    sub = f"<div style='color:#6b7280'>{escape(subtitle)}</div>" if subtitle else ""
    return f"<h2 style='margin-bottom:2px'>{escape(title)}{badge_html}</h2>{sub}"


def table(rows: list[tuple[str, str]]) -> str:
    """Label/value rows; values are HTML (escape plain text before)."""
    cells = "".join(
        f"<tr><td style='color:#6b7280;padding:2px 12px 2px 0'>{escape(label)}</td>"
        f"<td style='padding:2px 0'>{value}</td></tr>"
        for label, value in rows
        if value not in ("", None)
    )
    return f"<table cellspacing='0'>{cells}</table>"


def section(title: str) -> str:
    return f"<h3 style='margin-top:14px;margin-bottom:4px;color:#334155'>{escape(title)}</h3>"


def load_text(talent_id: int, own: int, today: dt.date | None = None) -> str:
    """The load as the ranking counts it today: a contract signed here weighs only over its
    dates, on top of what the record says they do elsewhere ("80 %" read as their whole
    load while a contract here took the rest)."""
    from desktop.services import matching

    total = matching.load_on(talent_id, today)
    if total == own:
        return f"{own} %"
    return translate("Detail", "{total} % today ({own} % outside the contracts made here)").format(
        total=total, own=own
    )


def render_talent(talent_id: int) -> str:
    d = talents.talent_detail(talent_id)
    t = d.draft
    remote = i18n.tr_label(t.remote_preference, RemotePreference)
    if t.max_days_on_site:
        remote += i18n.count_text(
            t.max_days_on_site,
            translate("Detail", ", up to {n} day on site a week"),
            translate("Detail", ", up to {n} days on site a week"),
        )
    rates = rate(t.daily_rate)
    if t.min_daily_rate is not None and t.min_daily_rate != t.daily_rate:
        rates += " " + translate("Detail", "(minimum {rate})").format(rate=rate(t.min_daily_rate))
    parts = [
        heading(f"{t.first_name} {t.last_name}", t.title, i18n.tr_label(t.status, TalentStatus)),
        table(
            [
                (field("daily_rate"), escape(rates)),
                (field("available_from"), escape(date(t.available_from))),
                (field("load_percent"), escape(load_text(talent_id, t.load_percent))),
                (field("seniority_years"), str(t.seniority_years)),
                (field("city"), escape(", ".join(x for x in (t.city, t.region) if x))),
                (field("mobility"), escape(t.mobility)),
                (field("remote_preference"), escape(remote)),
                (field("languages"), escape(t.languages)),
                (field("certifications"), escape(t.certifications)),
                (field("refused_sectors"), escape(", ".join(t.refused_sectors))),
                (field("source"), escape(t.source)),
                (
                    field("referrer_id"),
                    link("talents", t.referrer_id, d.referrer_name) if t.referrer_id else "",
                ),
                (
                    field("last_contact_on"),
                    escape(date(t.last_contact_on)) if t.last_contact_on else "",
                ),
                (field("next_follow_up_on"), follow_up(t.next_follow_up_on)),
                (
                    field("email"),
                    f"<a href='mailto:{escape(t.email)}'>{escape(t.email)}</a>" if t.email else "",
                ),
                (field("phone"), escape(t.phone)),
            ]
        ),
    ]
    if t.skills:
        parts.append(section(field("skills")))
        parts.append(
            table(
                [
                    (
                        s.name,
                        level(s.level) + (" · " + escape(years(s.years)) if s.years else ""),
                    )
                    for s in t.skills
                ]
            )
        )
    if d.referred:
        parts.append(section(translate("Detail", "Recommended")))
        parts.append("<p>" + ", ".join(link("talents", i, name) for i, name in d.referred) + "</p>")
    if d.offers:
        parts.append(section(translate("Detail", "Offers")))
        parts.append(
            table(
                [
                    (
                        date(o.sent_on),
                        f"{link('missions', o.mission_id, o.mission_title)} · "
                        f"{escape(o.company)} · <b>{escape(offer_status(o.status))}</b>"
                        + refusal_text(o.refusal_reasons, o.refusal_note),
                    )
                    for o in d.offers
                ]
            )
        )
    if t.notes:
        parts.append(section(field("notes")))
        parts.append(f"<p>{escape(t.notes).replace(chr(10), '<br>')}</p>")
    return "".join(parts)


def follow_up(day: dt.date | None) -> str:
    """The follow-up date, in red once it is due."""
    if day is None:
        return ""
    text = escape(date(day))
    return f"<span style='color:#b42318'>{text}</span>" if day <= dt.date.today() else text


def render_company(company_id: int) -> str:
    d = companies.company_detail(company_id)
    c = d.draft
    address = ", ".join(x for x in (c.address, f"{c.postal_code} {c.city}".strip()) if x)
    trust = "●" * c.trust + "○" * (4 - c.trust)
    parts = [
        heading(
            c.name,
            " · ".join(x for x in (c.legal_form, c.sector) if x),
            i18n.tr_label(c.stage, PipelineStage),
        ),
        table(
            [
                (field("siren"), escape(formatting_siren(c.siren))),
                (field("siret"), escape(c.siret)),
                (field("vat_number"), escape(c.vat_number)),
                (field("address"), escape(address)),
                (
                    field("website"),
                    f"<a href='{escape(c.website)}'>{escape(c.website)}</a>" if c.website else "",
                ),
                (field("email"), escape(c.email)),
                (field("phone"), escape(c.phone)),
                (field("lost_reason"), escape(c.lost_reason)),
                (field("owner"), escape(c.owner)),
                (field("tags"), escape(", ".join(c.tags))),
                (
                    field("expected_value"),
                    escape(money(c.expected_value)) if c.expected_value is not None else "",
                ),
                (
                    field("last_contact_on"),
                    escape(date(c.last_contact_on)) if c.last_contact_on else "",
                ),
                (field("next_follow_up_on"), follow_up(c.next_follow_up_on)),
            ]
        ),
        section(translate("Detail", "Vetting")),
        table(
            [
                (
                    translate("Detail", "Trust"),
                    f"<span style='color:#d97706'>{trust}</span> "
                    + escape(translate("Detail", "{n} of 4 checks").format(n=c.trust)),
                ),
                *[(field(name), "✓" if getattr(c, name) else "—") for name in VETTING_FIELDS],
                (translate("Detail", "Pays"), payment_text(d.payment)),
            ]
        ),
        section(translate("Detail", "Business")),
        table(
            [
                (translate("Detail", "Missions"), str(d.missions)),
                (translate("Detail", "Contracts"), str(d.contracts)),
                (translate("Detail", "Invoices"), str(d.invoices)),
                (translate("Detail", "Receivable"), escape(money(d.receivable))),
                (
                    translate("Detail", "Overdue"),
                    f"<span style='color:#b42318'>{escape(money(d.overdue))}</span>"
                    if d.overdue
                    else escape(money(d.overdue)),
                ),
                (translate("Detail", "Payment behaviour"), payment_text(d.payment)),
            ]
        ),
    ]
    if d.contacts:
        parts.append(section(translate("Detail", "Contacts")))
        parts.append(
            table(
                [
                    (
                        person.name,
                        " · ".join(
                            escape(x) for x in (person.role, person.email, person.phone) if x
                        ),
                    )
                    for person in d.contacts
                ]
            )
        )
    if c.notes:
        parts.append(section(field("notes")))
        parts.append(f"<p>{escape(c.notes).replace(chr(10), '<br>')}</p>")
    return "".join(parts)


def payment_text(behaviour: companies.PaymentBehaviour | None) -> str:
    if behaviour is None:
        return escape(translate("Detail", "no paid invoice yet"))
    text = translate(
        "Detail", "{late} of {paid} invoices paid late, {days} days late on average"
    ).format(
        late=behaviour.paid_late, paid=behaviour.paid_invoices, days=behaviour.average_days_late
    )
    colour = "#b42318" if behaviour.average_days_late > 15 else "#374151"
    return f"<span style='color:{colour}'>{escape(text)}</span>"


def formatting_siren(siren: str) -> str:
    return " ".join(siren[i : i + 3] for i in range(0, len(siren), 3)) if siren else ""


def render_mission(mission_id: int) -> str:
    d = records.mission_detail(mission_id)
    m = d.mission
    parts = [
        heading(m.title, d.company, i18n.tr_label(m.status, MissionStatus)),
        table(
            [
                (translate("Detail", "Client"), link("companies", m.company_id, d.company)),
                (translate("Detail", "Start"), escape(date(m.start_date))),
                (
                    translate("Detail", "Duration"),
                    days(m.duration_days) if m.duration_days else "",
                ),
                (translate("Detail", "Client daily rate"), escape(rate(m.client_daily_rate))),
                (translate("Detail", "Talent daily rate"), escape(rate(m.talent_daily_rate))),
                (field("city"), escape(m.city)),
                (
                    translate("Detail", "Remote policy"),
                    escape(i18n.tr_label(m.remote_policy, RemotePreference))
                    + (
                        i18n.count_text(
                            m.days_on_site,
                            translate("Detail", ", {n} day on site a week"),
                            translate("Detail", ", {n} days on site a week"),
                        )
                        if m.days_on_site
                        else ""
                    ),
                ),
            ]
        ),
    ]
    parts.append(real_margin(mission_id))
    if d.skills:
        parts.append(section(field("skills")))
        parts.append(
            table(
                [
                    (
                        name,
                        level(lvl)
                        + (" " + escape(translate("Detail", "must-have")) if req else ""),
                    )
                    for name, lvl, req in d.skills
                ]
            )
        )
    if d.offers:
        parts.append(section(translate("Detail", "Offers")))
        parts.append(
            table(
                [
                    (
                        o.talent,
                        f"<b>{escape(offer_status(o.status))}</b> · {escape(rate(o.rate))}"
                        + refusal_text(o.reasons, o.note),
                    )
                    for o in d.offers
                ]
            )
        )
    if m.description:
        parts.append(section(translate("Detail", "Description")))
        parts.append(f"<p>{escape(m.description)}</p>")
    return "".join(parts)


def real_margin(mission_id: int) -> str:
    """Invoiced to the client minus invoiced by the talents (agency mode), once either is."""
    from desktop.services.supplier_invoices import mission_margin

    margin = mission_margin(mission_id)
    if not margin.invoiced and not margin.bought:
        return ""
    percent = (
        f" ({formatting.format_number(margin.percent, i18n.language())} %)"
        if margin.percent is not None
        else ""
    )
    colour = "#b42318" if margin.margin < 0 else "#111827"
    return table(
        [
            (
                translate("Detail", "Real margin"),
                f"<b style='color:{colour}'>{escape(money(margin.margin))}{percent}</b> "
                + escape(
                    translate("Detail", "= {sold} invoiced − {bought} from talents").format(
                        sold=money(margin.invoiced), bought=money(margin.bought)
                    )
                ),
            )
        ]
    )


def render_contract(contract_id: int) -> str:
    d = records.contract_detail(contract_id)
    c = d.contract
    return "".join(
        [
            heading(c.title, c.reference, i18n.tr_label(c.status, ContractStatus)),
            table(
                [
                    (translate("Detail", "Client"), link("companies", c.company_id, d.company)),
                    (
                        translate("Detail", "Talent"),
                        link("talents", c.talent_id, d.talent) if d.talent else "",
                    ),
                    (translate("Detail", "Start"), escape(date(c.start_date))),
                    (translate("Detail", "End"), escape(date(c.end_date))),
                    (translate("Detail", "Daily rate"), escape(rate(c.daily_rate))),
                    (
                        translate("Detail", "Payment terms"),
                        days(c.payment_terms_days),
                    ),
                    (
                        translate("Detail", "Notice period"),
                        escape(_notice(c)),
                    ),
                    (
                        translate("Detail", "Sent on"),
                        escape(date(c.sent_on)) if c.sent_on else "",
                    ),
                    (
                        translate("Detail", "Deposit to invoice"),
                        escape(f"{formatting.format_number(c.deposit_percent, i18n.language())} %")
                        if c.deposit_invoice_due
                        else "",
                    ),
                    (
                        translate("Detail", "Signed on"),
                        escape(date(c.signed_on)) if c.signed_on else "",
                    ),
                    (
                        translate("Detail", "Ended on"),
                        escape(date(c.ended_on)) if c.ended_on else "",
                    ),
                    (translate("Detail", "End reason"), escape(c.end_reason)),
                    (translate("Detail", "Invoiced (excl. VAT)"), escape(money(d.invoiced))),
                ]
            ),
        ]
    )


def _notice(c) -> str:
    """The contract's notice in the interface language ("15 jours", "1 mois…")."""
    from desktop.services.contracts import notice_of, notice_text

    notice = notice_of(c)
    if notice is None:
        return translate("Detail", "none stated (a reasonable notice applies)")
    return notice_text(notice, i18n.language())


def render_invoice(invoice_id: int) -> str:
    from desktop.domain.payment_terms import PaymentTerm, TermMethod
    from desktop.domain.receivables import LEVEL_LABELS
    from desktop.domain.vat import FRANCHISE_MENTION, REVERSE_CHARGE_MENTION
    from desktop.domain.vocabulary import DerivedStatus, InvoiceType
    from desktop.services.invoices import amount_due

    d = records.invoice_detail(invoice_id)
    inv = d.invoice
    title = inv.number or translate("Detail", "(draft, no number yet)")
    kind = i18n.tr_label(inv.kind, InvoiceKind)
    status = i18n.tr_label(inv.status, InvoiceStatus)
    owed = amount_due(inv) if inv.kind == InvoiceKind.INVOICE else None
    late = (
        inv.status in ("issued", "sent", "partially_paid")
        and inv.kind == InvoiceKind.INVOICE
        and inv.due_date is not None
        and inv.due_date < dt.date.today()
    )
    if late:
        status = i18n.tr_label(DerivedStatus.OVERDUE)
    term = PaymentTerm(TermMethod(inv.payment_term_method), inv.payment_term_days)
    mention = {"franchise": FRANCHISE_MENTION, "reverse_charge": REVERSE_CHARGE_MENTION}.get(
        inv.vat_regime, ""
    )
    due = escape(date(inv.due_date)) if inv.due_date else ""
    if late:
        late_by = (dt.date.today() - inv.due_date).days
        due += " · " + escape(
            i18n.count_text(
                late_by, translate("Detail", "{n} day late"), translate("Detail", "{n} days late")
            )
        )
        due = f"<span style='color:#b42318'>{due}</span>"
    parts = [
        heading(f"{kind} {title}", d.company, status),
        table(
            [
                (translate("Detail", "Client"), link("companies", inv.company_id, d.company)),
                (translate("Detail", "Type"), escape(i18n.tr_label(inv.invoice_type, InvoiceType))),
                (
                    translate("Detail", "Contract"),
                    link("contracts", inv.contract_id, d.contract_reference)
                    if inv.contract_id
                    else "",
                ),
                (translate("Detail", "Issued"), escape(date(inv.issue_date))),
                (translate("Detail", "Payment term"), escape(i18n.tr_message(term.label()))),
                (translate("Detail", "Due"), due),
                (
                    translate("Detail", "Service period"),
                    f"{escape(date(inv.service_start))} → {escape(date(inv.service_end))}"
                    if inv.service_start
                    else "",
                ),
                (translate("Detail", "Purchase order"), escape(inv.purchase_order)),
                (translate("Detail", "VAT"), escape(mention)),
                (translate("Detail", "Credits invoice"), escape(d.credited_number or "")),
                (
                    translate("Detail", "Credit notes"),
                    ", ".join(
                        link("invoices", note_id, number or translate("Detail", "draft"))
                        for note_id, number in d.credit_notes
                    ),
                ),
                (translate("Detail", "Sent on"), escape(date(inv.sent_on)) if inv.sent_on else ""),
            ]
        ),
        section(translate("Detail", "Lines")),
    ]
    sign = -1 if inv.kind == InvoiceKind.CREDIT_NOTE else 1
    rows = "".join(
        f"<tr><td>{escape(line.description)}</td>"
        f"<td align='right'>"
        f"{escape(formatting.format_number(line.quantity * sign, i18n.language()))}"
        f"</td><td align='right'>{escape(money(line.unit_price))}</td>"
        f"<td align='right'>{escape(money(line.total_excl_tax * sign))}</td></tr>"
        for line in d.lines
    )
    right = " align='right'"
    headers = [
        ("", translate("Detail", "Description")),
        (right, translate("Detail", "Qty")),
        (right, translate("Detail", "Unit price")),
        (right, translate("Detail", "Total excl. VAT")),
    ]
    parts.append(
        "<table cellspacing='0' cellpadding='3' width='100%'>"
        "<tr style='color:#6b7280'>"
        + "".join(f"<td{align}>{escape(text)}</td>" for align, text in headers)
        + f"</tr>{rows}</table>"
    )
    parts.append(
        table(
            [
                (translate("Detail", "Total excl. VAT"), escape(money(inv.total_excl_tax * sign))),
                (translate("Detail", "VAT"), escape(money(inv.total_tax * sign))),
                (
                    translate("Detail", "Total incl. VAT"),
                    f"<b>{escape(money(inv.total_incl_tax * sign))}</b>",
                ),
                (
                    translate("Detail", "Paid"),
                    escape(money(inv.amount_paid)) if owed is not None else "",
                ),
                (
                    translate("Detail", "Credited"),
                    escape(money(inv.amount_credited)) if inv.amount_credited else "",
                ),
                (
                    translate("Detail", "Balance due"),
                    f"<b>{escape(money(owed))}</b>" if owed is not None and inv.issued_at else "",
                ),
            ]
        )
    )
    if d.payments:
        from desktop.ui.invoices.dialogs import PaymentDialog

        parts.append(section(translate("Detail", "Payments")))
        parts.append(
            table(
                [
                    (
                        date(p.paid_on),
                        escape(money(p.amount))
                        + " · "
                        + escape(PaymentDialog.translate_method(p.method)),
                    )
                    for p in d.payments
                ]
            )
        )
    if d.reminders:
        parts.append(section(translate("Detail", "Reminders")))
        parts.append(
            table(
                [
                    (
                        date(r.sent_on),
                        escape(
                            QCoreApplication.translate(
                                "Receivables", LEVEL_LABELS.get(r.level, r.level)
                            )
                        )
                        + " · "
                        + escape(
                            translate("Detail", "balance {balance}, interest {interest}").format(
                                balance=money(r.balance), interest=money(r.interest)
                            )
                        ),
                    )
                    for r in d.reminders
                ]
            )
        )
    return "".join(parts)
