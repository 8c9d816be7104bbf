"""E-mail kinds for invoicing: invoices, credit notes, reminders and activity reports (CRA).

Each is one :func:`~desktop.services.mail_kinds.register` call, as the quote and the
contract in :mod:`desktop.services.document_mails`; sending, preview, outbox and traces
are the same for every kind (:mod:`desktop.services.mailing`).

- **invoice**, **credit_note**: the issued document's Factur-X PDF, attached as
  ``services.invoice_documents.build_invoice`` builds it, to the contract's mission
  contact, else the client's address; the trace goes on the contract (else the client).
  A draft is refused (it has no number: issuing is a legal act of its own, never a side
  effect of an e-mail). Once sent, the invoice is marked "sent" in the transaction that
  records the e-mail (``on_sent``: :func:`desktop.services.invoices.mark_sent`; a second
  e-mail keeps the first sending day).
- **reminder_friendly**, **reminder_second**, **reminder_formal_notice**: one kind per
  dunning level, so that each wording is its own template (Settings > E-mail): a formal
  notice does not read like a friendly reminder. :func:`reminder_kind` picks the kind of
  the reminder due. The letter attached is the one of that reminder
  (``build_reminder(upcoming=True)``, dated the day of the e-mail); once sent, the
  reminder is recorded (``receivables.record_reminder(trace=False)``) with the e-mail's
  trace as its own: one trace per reminder, on the client.
- **cra**: the month's activity report for the client to sign, without "PROJET" (the
  client approves it before it is validated); to the client, trace on the contract; no
  status change (the approval is recorded by validating the report).

The invoicing documents print in the client's contract's language (French by default), so
their e-mails start in it (:func:`document_language`); values are written in the e-mail's
language.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from desktop.domain import formatting
from desktop.domain.errors import Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.invoice_errors import invoicing_error
from desktop.domain.late_payment import RECOVERY_INDEMNITY
from desktop.domain.money import ZERO
from desktop.domain.vocabulary import InvoiceKind, SubjectType
from desktop.mail.templates import Template
from desktop.profile import Profile
from desktop.services.mail_kinds import (
    MailKind,
    Prepared,
    client_recipient,
    document_file,
    gone,
    register,
)
from desktop.store.models import ActivityReport, Company, Contract, Invoice, SentMail

INVOICING_LANGUAGE = "fr"  # the default of the invoicing PDFs (docs/INVOICING-LAW.md)

NOT_ISSUED = QT_TRANSLATE_NOOP(
    "Invoicing", "Issue the invoice before sending it: a draft has no number yet."
)


def _build(profile: Profile, file_name: str, build: Callable[[Path], object]) -> Path:
    """Build into a fresh :func:`document_file` folder; a refused build leaves nothing."""
    target = document_file(profile, file_name)
    try:
        build(target)
    except BaseException:
        shutil.rmtree(target.parent, ignore_errors=True)
        raise
    return target


def _to(address: str) -> tuple[str, ...]:
    return (address,) if address else ()


def _recipient(company: Company, contract: Contract | None) -> tuple[str, str]:
    """The contract's mission contact when it has an address, else the client's."""
    mission = contract.mission if contract is not None and contract.mission_id else None
    contact = mission.contact if mission is not None and mission.contact_id else None
    return client_recipient(company, contact)


def _money(amount: Decimal, language: str) -> str:
    return formatting.format_money(amount, language)


def _date(value: dt.date | None, language: str) -> str:
    return formatting.format_date(value, language, "long")


def _total_text(invoice: Invoice, language: str) -> str:
    """ "1 000,00 € HT (1 200,00 € TTC)", or the amount alone when no VAT applies."""
    excl, incl = invoice.total_excl_tax, invoice.total_incl_tax
    if not invoice.total_tax:
        return _money(incl, language)
    if language == "fr":
        return f"{_money(excl, language)} HT ({_money(incl, language)} TTC)"
    return f"{_money(excl, language)} excl. VAT ({_money(incl, language)} incl. VAT)"


def _period(invoice: Invoice, language: str) -> str:
    start, end = invoice.service_start, invoice.service_end
    if start is None:
        return ""
    if end is None or end == start:
        return formatting.format_date(start, language)
    word = ("du {start} au {end}") if language == "fr" else "{start} to {end}"
    return word.format(
        start=formatting.format_date(start, language), end=formatting.format_date(end, language)
    )


def _issued(invoice_id: int) -> Invoice:
    invoice = Invoice.get_or_none(Invoice.id == invoice_id)
    if invoice is None:
        raise gone()
    if invoice.issued_at is None or not invoice.number:
        raise invoicing_error(NOT_ISSUED)
    return invoice


def _contract_of(invoice: Invoice) -> Contract | None:
    return Contract.get_by_id(invoice.contract_id) if invoice.contract_id else None


def invoice_kind(invoice_id: int) -> str:
    """``invoice`` or ``credit_note``: the kind that sends this document."""
    invoice = Invoice.get_or_none(Invoice.id == invoice_id)
    if invoice is not None and invoice.kind == InvoiceKind.CREDIT_NOTE:
        return CREDIT_NOTE.name
    return INVOICE.name


# -- invoice and credit note ---------------------------------------------------------------


def _document_attachment(profile: Profile, invoice_id: int) -> Path:
    from desktop.services import invoice_documents

    return _build(
        profile,
        invoice_documents.file_name(invoice_id),
        lambda target: invoice_documents.build_invoice(invoice_id, target, profile),
    )


def _sent_notice(invoice: Invoice) -> Message | None:
    if invoice.sent_on is not None:
        return None
    return Message(
        "InvoiceMail",
        QT_TRANSLATE_NOOP(
            "InvoiceMail",
            "Once the e-mail has left, {number} is marked as sent, dated the day of sending.",
        ),
        {"number": invoice.number},
    )


def _common_values(invoice: Invoice, name: str, language: str) -> dict[str, str]:
    return {
        "client_name": invoice.company.name,
        "contact_name": name,
        "issue_date": _date(invoice.issue_date, language),
        "total": _total_text(invoice, language),
        "total_excl_tax": _money(invoice.total_excl_tax, language),
        "total_incl_tax": _money(invoice.total_incl_tax, language),
    }


def _trace_subject(invoice: Invoice) -> tuple[str, int]:
    if invoice.contract_id:
        return SubjectType.CONTRACT, invoice.contract_id
    return SubjectType.COMPANY, invoice.company_id


def prepare_invoice(
    profile: Profile, invoice_id: int, language: str, today: dt.date | None = None
) -> Prepared:
    """An issued invoice's Factur-X PDF to the client; a draft is refused."""
    from desktop.services import invoices

    del today
    invoice = _issued(invoice_id)
    if invoice.kind != InvoiceKind.INVOICE:
        raise ValueError(f"invoice {invoice_id} is a credit note: send it as one")
    address, name = _recipient(invoice.company, _contract_of(invoice))
    values = _common_values(invoice, name, language)
    values.update(
        {
            "invoice_number": invoice.number,
            "due_date": _date(invoice.due_date, language),
            "amount_due": _money(invoices.amount_due(invoice), language),
            "service_period": _period(invoice, language),
            "purchase_order": invoice.purchase_order,
        }
    )
    pdf = _document_attachment(profile, invoice_id)
    return Prepared(
        _to(address), values, *_trace_subject(invoice), (pdf,), notice=_sent_notice(invoice)
    )


def prepare_credit_note(
    profile: Profile, invoice_id: int, language: str, today: dt.date | None = None
) -> Prepared:
    """An issued credit note's Factur-X PDF to the client; a draft is refused."""
    del today
    note = _issued(invoice_id)
    if note.kind != InvoiceKind.CREDIT_NOTE:
        raise ValueError(f"invoice {invoice_id} is not a credit note")
    credited = Invoice.get_by_id(note.credited_invoice_id) if note.credited_invoice_id else None
    address, name = _recipient(note.company, _contract_of(note))
    values = _common_values(note, name, language)
    values.update(
        {
            "credit_note_number": note.number,
            "credited_invoice_number": credited.number if credited is not None else "",
        }
    )
    pdf = _document_attachment(profile, invoice_id)
    return Prepared(_to(address), values, *_trace_subject(note), (pdf,), notice=_sent_notice(note))


def invoice_sent(invoice_id: int, day: dt.date) -> None:
    """The invoice (or credit note) went to the client: "sent", unless it was already."""
    from desktop.services import invoices

    invoice = Invoice.get_or_none(Invoice.id == invoice_id)
    if invoice is None:
        raise gone()
    if invoice.sent_on is None:
        invoices.mark_sent(invoice_id, day)  # its transaction nests as a savepoint


_PARTY_VARIABLES = {
    "client_name": QT_TRANSLATE_NOOP("MailVariable", "the client company"),
    "contact_name": QT_TRANSLATE_NOOP(
        "MailVariable", "the recipient's name (the mission's contact; none: no value)"
    ),
}
_AMOUNT_VARIABLES = {
    "issue_date": QT_TRANSLATE_NOOP("MailVariable", "the issue date"),
    "total": QT_TRANSLATE_NOOP("MailVariable", "the total, excluding and including VAT"),
    "total_excl_tax": QT_TRANSLATE_NOOP("MailVariable", "the total excluding VAT"),
    "total_incl_tax": QT_TRANSLATE_NOOP("MailVariable", "the total including VAT"),
}

INVOICE = register(
    MailKind(
        name="invoice",
        label=QT_TRANSLATE_NOOP("MailKind", "Invoice"),
        templates={
            "fr": Template(
                "Facture {invoice_number}",
                "Bonjour,\n\n"
                "Veuillez trouver ci-joint la facture {invoice_number} du {issue_date}, d’un "
                "montant de {total}, à régler au plus tard le {due_date}.\n\n"
                "Le PDF joint est une facture électronique au format Factur-X : votre "
                "logiciel comptable peut la lire directement.\n\n"
                "Je vous remercie par avance de votre règlement et reste à votre disposition "
                "pour toute question.\n\n"
                "Bien cordialement,\n{sender_name}",
            ),
            "en": Template(
                "Invoice {invoice_number}",
                "Hello,\n\n"
                "Please find attached invoice {invoice_number} of {issue_date}, for {total}, "
                "payable by {due_date} at the latest.\n\n"
                "The attached PDF is a Factur-X electronic invoice: your accounting software "
                "can read it directly.\n\n"
                "Thank you in advance for your payment; I am happy to answer any question.\n\n"
                "Best regards,\n{sender_name}",
            ),
        },
        variables={
            **_PARTY_VARIABLES,
            "invoice_number": QT_TRANSLATE_NOOP("MailVariable", "the invoice number"),
            **_AMOUNT_VARIABLES,
            "due_date": QT_TRANSLATE_NOOP("MailVariable", "the due date"),
            "amount_due": QT_TRANSLATE_NOOP("MailVariable", "what is left to pay"),
            "service_period": QT_TRANSLATE_NOOP(
                "MailVariable", "the period of the service (none: no value)"
            ),
            "purchase_order": QT_TRANSLATE_NOOP(
                "MailVariable", "the client's purchase order (none: no value)"
            ),
        },
        prepare=prepare_invoice,
        on_sent=invoice_sent,
    )
)

CREDIT_NOTE = register(
    MailKind(
        name="credit_note",
        label=QT_TRANSLATE_NOOP("MailKind", "Credit note"),
        templates={
            "fr": Template(
                "Avoir {credit_note_number} (facture {credited_invoice_number})",
                "Bonjour,\n\n"
                "Veuillez trouver ci-joint l’avoir {credit_note_number} du {issue_date}, d’un "
                "montant de {total}, qui se rapporte à la facture {credited_invoice_number} "
                "et vient en déduction de celle-ci.\n\n"
                "Je reste à votre disposition pour toute question.\n\n"
                "Bien cordialement,\n{sender_name}",
            ),
            "en": Template(
                "Credit note {credit_note_number} (invoice {credited_invoice_number})",
                "Hello,\n\n"
                "Please find attached credit note {credit_note_number} of {issue_date}, for "
                "{total}, which refers to invoice {credited_invoice_number} and is deducted "
                "from it.\n\n"
                "I am happy to answer any question.\n\n"
                "Best regards,\n{sender_name}",
            ),
        },
        variables={
            **_PARTY_VARIABLES,
            "credit_note_number": QT_TRANSLATE_NOOP("MailVariable", "the credit note's number"),
            "credited_invoice_number": QT_TRANSLATE_NOOP(
                "MailVariable", "the number of the invoice it corrects"
            ),
            **_AMOUNT_VARIABLES,
        },
        prepare=prepare_credit_note,
        on_sent=invoice_sent,
    )
)


# -- reminders ---------------------------------------------------------------------------


def _penalties_text(interest: Decimal, indemnity: Decimal, language: str) -> str:
    if language == "fr":
        text = f"{_money(interest, language)} d’intérêts de retard"
        if indemnity:
            text += (
                f" et {_money(indemnity, language)} d’indemnité forfaitaire pour frais de "
                "recouvrement"
            )
        return text
    text = f"{_money(interest, language)} of late-payment interest"
    if indemnity:
        text += f" and the fixed recovery indemnity of {_money(indemnity, language)}"
    return text


def prepare_reminder(
    profile: Profile, invoice_id: int, language: str, today: dt.date | None = None
) -> Prepared:
    """The letter of the reminder due for an overdue invoice (all the client's overdue
    invoices, interest to ``today``, the indemnity), to the client; trace on the client."""
    from desktop.services import invoice_documents, invoices, receivables

    today = today or dt.date.today()
    invoice = _issued(invoice_id)
    address, name = _recipient(invoice.company, _contract_of(invoice))
    interest = invoices.interest_owed(invoice_id, today)
    indemnity = RECOVERY_INDEMNITY if invoice.business_client else ZERO
    days_late = (today - invoice.due_date).days if invoice.due_date else 0
    values = {
        "client_name": invoice.company.name,
        "contact_name": name,
        "invoice_number": invoice.number,
        "issue_date": _date(invoice.issue_date, language),
        "due_date": _date(invoice.due_date, language),
        "days_late": formatting.format_number(max(days_late, 0), language),
        "amount_due": _money(invoices.amount_due(invoice), language),
        "interest": _money(interest, language),
        # empty for a consumer: a template claiming it then blocks (L441-10: businesses)
        "indemnity": _money(indemnity, language) if indemnity else "",
        "penalties": _penalties_text(interest, indemnity, language),
    }
    pdf = _build(
        profile,
        invoice_documents.reminder_file_name(invoice_id),
        lambda target: invoice_documents.build_reminder(
            invoice_id, target, profile, today, upcoming=True
        ),
    )
    _index, step = receivables.next_step(invoice_id)
    notice = Message(
        "InvoiceMail",
        QT_TRANSLATE_NOOP(
            "InvoiceMail",
            "Once the e-mail has left, this {level} is recorded for {number} with the interest "
            "accrued and the indemnity; the e-mail is its trace on the client.",
        ),
        {
            "level": Message("Receivables", _LEVEL_WORDS.get(step.level, _LEVEL_WORDS["friendly"])),
            "number": invoice.number,
        },
    )
    return Prepared(
        _to(address), values, SubjectType.COMPANY, invoice.company_id, (pdf,), notice=notice
    )


_LEVEL_WORDS = {
    "friendly": QT_TRANSLATE_NOOP("Receivables", "friendly reminder"),
    "second": QT_TRANSLATE_NOOP("Receivables", "second reminder"),
    "formal_notice": QT_TRANSLATE_NOOP("Receivables", "formal notice"),
}


def reminder_sent(invoice_id: int, day: dt.date) -> None:
    """Record the reminder the e-mail carried, with the e-mail's trace as its own."""
    from desktop.services import receivables

    if Invoice.get_or_none(Invoice.id == invoice_id) is None:
        raise gone()
    kinds = list(REMINDER_KINDS.values())
    trace = (
        SentMail.select(SentMail.activity_id)
        .where(SentMail.kind.in_(kinds) & (SentMail.record_id == invoice_id))
        .order_by(SentMail.id.desc())
        .scalar()
    )  # the row the mechanism just wrote, in this same transaction
    receivables.record_reminder(invoice_id, day, trace=False, activity_id=trace)


_REMINDER_VARIABLES = {
    **_PARTY_VARIABLES,
    "invoice_number": QT_TRANSLATE_NOOP("MailVariable", "the invoice number"),
    "issue_date": QT_TRANSLATE_NOOP("MailVariable", "the issue date"),
    "due_date": QT_TRANSLATE_NOOP("MailVariable", "the due date"),
    "days_late": QT_TRANSLATE_NOOP("MailVariable", "the number of days past the due date"),
    "amount_due": QT_TRANSLATE_NOOP("MailVariable", "what is left to pay on the invoice"),
    "interest": QT_TRANSLATE_NOOP("MailVariable", "the late-payment interest accrued"),
    "indemnity": QT_TRANSLATE_NOOP(
        "MailVariable", "the 40 € recovery indemnity (a business client; else no value)"
    ),
    "penalties": QT_TRANSLATE_NOOP(
        "MailVariable", "the interest, and the indemnity when it applies, in words"
    ),
}


def _reminder_kind(name: str, label: str, fr: Template, en: Template) -> MailKind:
    return register(
        MailKind(
            name=name,
            label=label,
            templates={"fr": fr, "en": en},
            variables=_REMINDER_VARIABLES,
            prepare=prepare_reminder,
            on_sent=reminder_sent,
        )
    )


REMINDER_FRIENDLY = _reminder_kind(
    "reminder_friendly",
    QT_TRANSLATE_NOOP("MailKind", "Reminder: friendly"),
    Template(
        "Relance : facture {invoice_number} échue le {due_date}",
        "Bonjour,\n\n"
        "Sauf erreur de ma part, la facture {invoice_number}, échue le {due_date}, reste "
        "impayée à ce jour : {amount_due} restent dus. Il s’agit peut-être d’un simple "
        "oubli.\n\n"
        "Le courrier ci-joint récapitule les sommes dues. Je vous remercie de bien vouloir "
        "procéder au règlement dans les meilleurs délais ; s’il est déjà parti, merci de ne "
        "pas tenir compte de ce message.\n\n"
        "Bien cordialement,\n{sender_name}",
    ),
    Template(
        "Reminder: invoice {invoice_number} due on {due_date}",
        "Hello,\n\n"
        "Unless I am mistaken, invoice {invoice_number}, due on {due_date}, is still unpaid: "
        "{amount_due} remain due. It may simply have been overlooked.\n\n"
        "The attached letter sums up what is due. Thank you for settling it as soon as "
        "possible; if the payment is already on its way, please disregard this message.\n\n"
        "Best regards,\n{sender_name}",
    ),
)

REMINDER_SECOND = _reminder_kind(
    "reminder_second",
    QT_TRANSLATE_NOOP("MailKind", "Reminder: second"),
    Template(
        "Deuxième relance : facture {invoice_number} impayée",
        "Bonjour,\n\n"
        "Malgré ma précédente relance, la facture {invoice_number}, échue le {due_date}, "
        "reste impayée {days_late} jours après son échéance : {amount_due} restent dus, "
        "auxquels s’ajoutent {penalties}.\n\n"
        "Le courrier ci-joint détaille ces sommes. Je vous remercie de procéder au règlement "
        "sous huit jours, ou de me dire ce qui le retient.\n\n"
        "Bien cordialement,\n{sender_name}",
    ),
    Template(
        "Second reminder: invoice {invoice_number} unpaid",
        "Hello,\n\n"
        "Despite my previous reminder, invoice {invoice_number}, due on {due_date}, is still "
        "unpaid {days_late} days after its due date: {amount_due} remain due, plus "
        "{penalties}.\n\n"
        "The attached letter details these amounts. Please settle them within eight days, "
        "or tell me what is holding the payment up.\n\n"
        "Best regards,\n{sender_name}",
    ),
)

REMINDER_FORMAL_NOTICE = _reminder_kind(
    "reminder_formal_notice",
    QT_TRANSLATE_NOOP("MailKind", "Reminder: formal notice"),
    Template(
        "Mise en demeure de payer : facture {invoice_number}",
        "Madame, Monsieur,\n\n"
        "Malgré mes relances, la facture {invoice_number}, échue le {due_date}, reste "
        "impayée : {amount_due} restent dus, auxquels s’ajoutent {penalties}.\n\n"
        "Vous trouverez ci-joint ma mise en demeure de payer ces sommes sous huit jours. "
        "Sans règlement dans ce délai, j’engagerai une procédure de recouvrement.\n\n"
        "Je reste joignable d’ici là pour trouver une solution amiable.\n\n"
        "Cordialement,\n{sender_name}",
    ),
    Template(
        "Formal notice to pay: invoice {invoice_number}",
        "Dear Sir or Madam,\n\n"
        "Despite my reminders, invoice {invoice_number}, due on {due_date}, is still unpaid: "
        "{amount_due} remain due, plus {penalties}.\n\n"
        "Please find attached my formal notice to pay these amounts within eight days. "
        "Without payment by then, I will start recovery proceedings.\n\n"
        "I remain available until then to find an amicable solution.\n\n"
        "Regards,\n{sender_name}",
    ),
)

# dunning level (Settings > Invoicing) -> the kind that sends its e-mail
REMINDER_KINDS = {
    "friendly": REMINDER_FRIENDLY.name,
    "second": REMINDER_SECOND.name,
    "formal_notice": REMINDER_FORMAL_NOTICE.name,
}


def reminder_kind(invoice_id: int) -> str:
    """The kind of the reminder due for ``invoice_id`` (the level recording it will give)."""
    from desktop.services import receivables

    _index, step = receivables.next_step(invoice_id)
    return REMINDER_KINDS.get(step.level, REMINDER_FRIENDLY.name)


# -- activity report -----------------------------------------------------------------------


def _days_text(days: Decimal, language: str) -> str:
    figure = formatting.format_number(days.normalize() if days else ZERO, language)
    if language == "fr":
        return f"{figure} jour" + ("s" if days >= 2 else "")
    return f"{figure} day" + ("" if days == 1 else "s")


def prepare_activity_report(
    profile: Profile, report_id: int, language: str, today: dt.date | None = None
) -> Prepared:
    """The month's CRA for the client to sign, to the client; trace on the contract."""
    from desktop.domain.activity_reports import days_total
    from desktop.services import activity_reports, invoice_documents

    del today
    report = ActivityReport.get_or_none(ActivityReport.id == report_id)
    if report is None:
        raise gone()
    contract = Contract.get_by_id(report.contract_id)
    address, name = _recipient(contract.company, contract)
    content = activity_reports.report_content(report_id)
    values = {
        "client_name": contract.company.name,
        "contact_name": name,
        "month": formatting.format_month(report.month, language),
        "days_worked": _days_text(days_total(content.days), language),
        "contract_reference": contract.reference,
        "contract_title": contract.title,
    }
    pdf = _build(
        profile,
        invoice_documents.activity_report_file_name(report_id),
        lambda target: invoice_documents.build_activity_report(
            report_id, target, profile, for_signature=True
        ),
    )
    return Prepared(_to(address), values, SubjectType.CONTRACT, contract.id, (pdf,))


ACTIVITY_REPORT = register(
    MailKind(
        name="cra",
        label=QT_TRANSLATE_NOOP("MailKind", "Activity report (CRA)"),
        templates={
            "fr": Template(
                "Compte rendu d’activité de {month} – {contract_reference}",
                "Bonjour,\n\n"
                "Vous trouverez ci-joint le compte rendu d’activité de {month} pour la mission "
                "«\u00a0{contract_title}\u00a0» : {days_worked} travaillés.\n\n"
                "Merci de me le retourner daté et signé, ou de me confirmer votre accord en "
                "réponse à ce message ; la facture du mois suivra.\n\n"
                "Bien cordialement,\n{sender_name}",
            ),
            "en": Template(
                "Activity report for {month} – {contract_reference}",
                "Hello,\n\n"
                "Please find attached the activity report for {month} on the assignment "
                "“{contract_title}”: {days_worked} worked.\n\n"
                "Please send it back dated and signed, or confirm your approval by replying to "
                "this e-mail; the month's invoice will follow.\n\n"
                "Best regards,\n{sender_name}",
            ),
        },
        variables={
            **_PARTY_VARIABLES,
            "month": QT_TRANSLATE_NOOP("MailVariable", "the month of the report"),
            "days_worked": QT_TRANSLATE_NOOP(
                "MailVariable", "the days worked, with the word (“19,5 jours”)"
            ),
            "contract_reference": QT_TRANSLATE_NOOP("MailVariable", "the contract's reference"),
            "contract_title": QT_TRANSLATE_NOOP("MailVariable", "the contract's title"),
        },
        prepare=prepare_activity_report,
    )
)

INVOICING_KINDS = frozenset(
    {INVOICE.name, CREDIT_NOTE.name, ACTIVITY_REPORT.name, *REMINDER_KINDS.values()}
)


def document_language(kind: str, record_id: int | None = None) -> str | None:
    """The e-mail's language to start with: the document's (``invoices.document_language``:
    the contract's, French by default). ``record_id``: the invoice (invoice, credit note,
    reminders) or the activity report (cra)."""
    if kind not in INVOICING_KINDS:
        return None
    from desktop.services import invoices

    if record_id is None:
        return INVOICING_LANGUAGE
    if kind == ACTIVITY_REPORT.name:
        report = ActivityReport.get_or_none(ActivityReport.id == record_id)
        if report is None:
            return INVOICING_LANGUAGE
        contract = Contract.get_or_none(Contract.id == report.contract_id)
        return contract.language if contract is not None else INVOICING_LANGUAGE
    invoice = Invoice.get_or_none(Invoice.id == record_id)
    if invoice is None:
        return INVOICING_LANGUAGE
    return invoices.document_language(invoice.company_id, invoice.contract_id)
