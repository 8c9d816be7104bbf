"""E-mail kinds for the documents: a quote, a contract, a termination letter, PDF attached.

Each is one :func:`~desktop.services.mail_kinds.register` call; the send dialog, the
preview, the outbox and the traces are those of every kind (:mod:`desktop.services.mailing`).

- **quote**: to the mission's contact, else the client's address; the trace goes on
  the mission (or the client when the quote has none). A draft is numbered and marked
  sent by :func:`desktop.services.quotes.send` when the user presses Send
  (``before_send``), so the PDF and the subject carry its number; the preview shows
  the number it will get.
- **contract**: to the counterparty (the client's contact or address; the talent for a
  subcontract); the trace goes on the contract. A draft's PDF is printed as sent (no
  "PROJET") and the contract becomes "sent" in the transaction that records the e-mail
  (``on_sent``, through :func:`desktop.services.contracts.set_status`).
- **termination**: the letter of a contract whose ending was confirmed (the ending
  assistant), to the same counterparty; no status change.

Values are written in the e-mail's language (the send dialog starts in the document's).
Services that build PDFs are imported when a document is prepared, not at start-up.
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
from desktop.domain.vocabulary import ContractParty, ContractStatus, QuoteStatus, SubjectType
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
from desktop.store.models import Contract, Quote, Talent

# The attachment's name in the document's language (documents.file_name is French).
_ENGLISH_PREFIX = {"devis-": "quote-", "contrat-": "contract-", "fin-de-mission-": "termination-"}


def _attachment_name(kind: str, reference: str, document_language: str, version: int = 1) -> str:
    from desktop.services import documents

    name = documents.file_name(kind, reference, version)
    if document_language == "en":
        for french, english in _ENGLISH_PREFIX.items():
            if name.startswith(french):
                return english + name[len(french) :]
    return name


def _build(profile: Profile, file_name: str, build: Callable[[Path], object]) -> Path:
    """Build a document into its own :func:`document_file` folder; a refused build (My
    company incomplete, a clause variable unfilled) leaves no folder behind."""
    target = document_file(profile, file_name)
    try:
        build(target)
    except BaseException:
        shutil.rmtree(target.parent, ignore_errors=True)
        raise
    return target


def _long_date(value: dt.date | None, language: str) -> str:
    return formatting.format_date(value, language, "long")


def contract_recipient(contract: Contract) -> tuple[str, str]:
    """(address, name) of the party a contract is with: the talent for a subcontract,
    else the client (the mission's contact first, then the company's address)."""
    if contract.party == ContractParty.SUBCONTRACT and contract.talent_id:
        t = Talent.get_by_id(contract.talent_id)
        return t.email, f"{t.first_name} {t.last_name}".strip()
    mission = contract.mission if contract.mission_id else None
    contact = mission.contact if mission is not None and mission.contact_id else None
    return client_recipient(contract.company, contact)


def _to(address: str) -> tuple[str, ...]:
    return (address,) if address else ()


# -- quote ------------------------------------------------------------------------------


def _total_text(excl: Decimal, vat: Decimal, incl: Decimal, language: str) -> str:
    money = formatting.format_money
    if not vat:
        return money(excl, language)
    if language == "fr":
        return f"{money(excl, language)} HT ({money(incl, language)} TTC)"
    return f"{money(excl, language)} excl. VAT ({money(incl, language)} incl. VAT)"


def prepare_quote(
    profile: Profile, quote_id: int, language: str, today: dt.date | None = None
) -> Prepared:
    """The quote's PDF to the client. A draft is checked as sending would check it (My
    company complete, the quote valid) and previewed with the number it will get."""
    from desktop.domain.quotes import validate_quote
    from desktop.services import company, documents, quotes

    q = Quote.get_or_none(Quote.id == quote_id)
    if q is None:
        raise gone()
    today = today or dt.date.today()
    reference, notice = q.reference, None
    if q.status == QuoteStatus.DRAFT:
        company.require_complete()
        validate_quote(quotes.draft_of(quote_id), today)
        reference = quotes.next_reference(today)
        notice = Message(
            "DocumentMail",
            QT_TRANSLATE_NOOP(
                "DocumentMail",
                "This quote is a draft: Send gives it its number, {reference}, marks it as "
                "sent and attaches its PDF with that number. It can no longer change then.",
            ),
            {"reference": reference},
        )
    mission = q.mission if q.mission_id else None
    contact = mission.contact if mission is not None and mission.contact_id else None
    address, name = client_recipient(q.company, contact)
    sums = quotes.quote_totals(quote_id)
    money = formatting.format_money
    values = {
        "client_name": q.company.name,
        "contact_name": name,
        "quote_reference": reference,
        "quote_title": q.title,
        "quote_date": _long_date(q.sent_on or today, language),
        "valid_until": _long_date(q.valid_until, language),
        "total": _total_text(sums.excl_tax, sums.vat, sums.incl_tax, language),
        "total_excl_tax": money(sums.excl_tax, language),
        "total_incl_tax": money(sums.incl_tax, language),
        "deposit_amount": money(sums.deposit, language) if sums.deposit else "",
    }
    name = _attachment_name("quote", reference, q.language)
    pdf = _build(profile, name, lambda target: documents.build_quote(quote_id, target, profile))
    if mission is not None:
        subject = (SubjectType.MISSION, mission.id)
    else:
        subject = (SubjectType.COMPANY, q.company_id)
    return Prepared(_to(address), values, *subject, attachments=(pdf,), notice=notice)


def number_quote(quote_id: int, day: dt.date) -> bool:
    """A draft quote is numbered and marked sent before its e-mail is built (True)."""
    from desktop.services import quotes

    q = Quote.get_or_none(Quote.id == quote_id)
    if q is None:
        raise gone()
    if q.status != QuoteStatus.DRAFT:
        return False
    quotes.send(quote_id, day)
    return True


QUOTE = register(
    MailKind(
        name="quote",
        label=QT_TRANSLATE_NOOP("MailKind", "Quote"),
        templates={
            "fr": Template(
                "Devis {quote_reference} : {quote_title}",
                "Bonjour,\n\n"
                "Veuillez trouver ci-joint le devis {quote_reference} pour "
                "«\u00a0{quote_title}\u00a0», d’un montant de {total}, valable jusqu’au "
                "{valid_until}.\n\n"
                "Pour l’accepter, il suffit de me le retourner signé avec la mention «\u00a0Bon "
                "pour accord\u00a0», ou de répondre à ce message. Je reste à votre disposition "
                "pour en parler ou l’ajuster.\n\n"
                "Bien cordialement,\n{sender_name}",
            ),
            "en": Template(
                "Quote {quote_reference}: {quote_title}",
                "Hello,\n\n"
                "Please find attached quote {quote_reference} for “{quote_title}”, for "
                "{total}, valid until {valid_until}.\n\n"
                "To accept it, send it back signed with the words “Agreed and accepted”, or "
                "simply reply to this e-mail. I am happy to discuss or adjust it.\n\n"
                "Best regards,\n{sender_name}",
            ),
        },
        variables={
            "client_name": QT_TRANSLATE_NOOP("MailVariable", "the client company"),
            "contact_name": QT_TRANSLATE_NOOP(
                "MailVariable", "the recipient's name (the mission's contact)"
            ),
            "quote_reference": QT_TRANSLATE_NOOP(
                "MailVariable", "the quote's number (a draft gets it when sent)"
            ),
            "quote_title": QT_TRANSLATE_NOOP("MailVariable", "the quote's title"),
            "quote_date": QT_TRANSLATE_NOOP("MailVariable", "the quote's date"),
            "valid_until": QT_TRANSLATE_NOOP("MailVariable", "the last day the quote is valid"),
            "total": QT_TRANSLATE_NOOP("MailVariable", "the total, excluding and including VAT"),
            "total_excl_tax": QT_TRANSLATE_NOOP("MailVariable", "the total excluding VAT"),
            "total_incl_tax": QT_TRANSLATE_NOOP("MailVariable", "the total including VAT"),
            "deposit_amount": QT_TRANSLATE_NOOP(
                "MailVariable", "the deposit asked (none: no value)"
            ),
        },
        prepare=prepare_quote,
        before_send=number_quote,
    )
)


# -- contract ---------------------------------------------------------------------------


def _contract_values(c: Contract, name: str, language: str) -> dict[str, str]:
    mission = c.mission if c.mission_id else None
    return {
        "client_name": c.company.name,
        "contact_name": name,
        "contract_reference": c.reference,
        "contract_title": c.title,
        "mission_title": mission.title if mission is not None else c.title,
        "start_date": _long_date(c.start_date, language),
        "end_date": _long_date(c.end_date, language),
        "daily_rate": formatting.format_rate(c.daily_rate, language),
    }


def prepare_contract(
    profile: Profile, contract_id: int, language: str, today: dt.date | None = None
) -> Prepared:
    """The contract's current version as PDF; a draft printed as the party receives it
    once sent (building it names any clause variable left unfilled)."""
    del today  # dated by the contract itself (its sending day)
    from desktop.services import documents

    c = Contract.get_or_none(Contract.id == contract_id)
    if c is None:
        raise gone()
    address, name = contract_recipient(c)
    values = _contract_values(c, name, language)
    values["contract_version"] = str(c.version)
    file_name = _attachment_name("contract", c.reference, c.language, c.version)
    pdf = _build(
        profile,
        file_name,
        lambda target: documents.build_contract(contract_id, target, profile, as_sent=True),
    )
    notice = None
    if c.status == ContractStatus.DRAFT:
        notice = Message(
            "DocumentMail",
            QT_TRANSLATE_NOOP(
                "DocumentMail",
                "This contract is a draft: once the e-mail has left, it is marked as sent "
                "(later changes keep this version). The PDF attached is the one it receives, "
                "without the PROJET mark.",
            ),
        )
    return Prepared(_to(address), values, SubjectType.CONTRACT, contract_id, (pdf,), notice=notice)


def contract_sent(contract_id: int, day: dt.date) -> None:
    """A draft contract sent by e-mail becomes "sent" (its clauses pinned, dated ``day``)."""
    from desktop.services import contracts

    c = Contract.get_or_none(Contract.id == contract_id)
    if c is None:
        raise gone()
    if c.status == ContractStatus.DRAFT:
        contracts.set_status(contract_id, ContractStatus.SENT, day)


_CONTRACT_VARIABLES = {
    "client_name": QT_TRANSLATE_NOOP("MailVariable", "the client company"),
    "contact_name": QT_TRANSLATE_NOOP(
        "MailVariable", "the recipient's name (the client's contact, or the talent)"
    ),
    "contract_reference": QT_TRANSLATE_NOOP("MailVariable", "the contract's reference"),
    "contract_title": QT_TRANSLATE_NOOP("MailVariable", "the contract's title"),
    "mission_title": QT_TRANSLATE_NOOP("MailVariable", "the mission's title"),
    "start_date": QT_TRANSLATE_NOOP("MailVariable", "the contract's start date"),
    "end_date": QT_TRANSLATE_NOOP("MailVariable", "the contract's end date (none: no value)"),
    "daily_rate": QT_TRANSLATE_NOOP("MailVariable", "the daily rate excluding VAT"),
}

CONTRACT = register(
    MailKind(
        name="contract",
        label=QT_TRANSLATE_NOOP("MailKind", "Contract"),
        templates={
            "fr": Template(
                "Contrat {contract_reference} : {contract_title}",
                "Bonjour,\n\n"
                "Veuillez trouver ci-joint le contrat {contract_reference} pour «\u00a0"
                "{contract_title}\u00a0» (version {contract_version}).\n\n"
                "Après relecture, merci de me le retourner signé. Je reste à votre "
                "disposition pour toute question sur ses clauses.\n\n"
                "Bien cordialement,\n{sender_name}",
            ),
            "en": Template(
                "Contract {contract_reference}: {contract_title}",
                "Hello,\n\n"
                "Please find attached contract {contract_reference} for “{contract_title}” "
                "(version {contract_version}).\n\n"
                "Once you have read it, please send it back to me signed. I am happy to "
                "answer any question about its clauses.\n\n"
                "Best regards,\n{sender_name}",
            ),
        },
        variables={
            **_CONTRACT_VARIABLES,
            "contract_version": QT_TRANSLATE_NOOP("MailVariable", "the contract's version"),
        },
        prepare=prepare_contract,
        on_sent=contract_sent,
    )
)


# -- termination letter -----------------------------------------------------------------


def prepare_termination(
    profile: Profile, contract_id: int, language: str, today: dt.date | None = None
) -> Prepared:
    """The termination letter of a contract whose ending was confirmed."""
    del today  # dated by the ending recorded
    from desktop.domain.contract_rules import reasonable_notice
    from desktop.services import contracts, documents, endings

    c = Contract.get_or_none(Contract.id == contract_id)
    if c is None:
        raise gone()
    documents.find_ended_contract(c.reference)  # names the contract when it has no ending
    ending = endings.ending_of(contract_id)
    address, name = contract_recipient(c)
    values = _contract_values(c, name, language)
    values.update(
        {
            "notice_given_on": _long_date(ending.notice_given_on, language),
            "last_day": _long_date(ending.end_date, language),
            "notice_text": contracts.notice_text(
                contracts.notice_of(c) or reasonable_notice(c.start_date, ending.notice_given_on),
                language,
            ),
        }
    )
    file_name = _attachment_name("termination", c.reference, c.language)
    pdf = _build(
        profile,
        file_name,
        lambda target: documents.build_termination_of(contract_id, target, profile),
    )
    return Prepared(_to(address), values, SubjectType.CONTRACT, contract_id, (pdf,))


TERMINATION = register(
    MailKind(
        name="termination",
        label=QT_TRANSLATE_NOOP("MailKind", "Termination letter"),
        templates={
            "fr": Template(
                "Fin de la mission « {contract_title} » ({contract_reference})",
                "Bonjour,\n\n"
                "Vous trouverez ci-joint le courrier qui met fin au contrat "
                "{contract_reference} («\u00a0{contract_title}\u00a0»). La mission prendra fin le "
                "{last_day}.\n\n"
                "Merci pour la confiance que vous m’avez accordée. Je reste disponible pour "
                "que la transition se passe dans les meilleures conditions.\n\n"
                "Bien cordialement,\n{sender_name}",
            ),
            "en": Template(
                "End of the assignment “{contract_title}” ({contract_reference})",
                "Hello,\n\n"
                "Please find attached the letter ending contract {contract_reference} "
                "(“{contract_title}”). The assignment will end on {last_day}.\n\n"
                "Thank you for your trust. I remain available to make the handover go as "
                "smoothly as possible.\n\n"
                "Best regards,\n{sender_name}",
            ),
        },
        variables={
            **_CONTRACT_VARIABLES,
            "notice_given_on": QT_TRANSLATE_NOOP("MailVariable", "the day notice was given"),
            "last_day": QT_TRANSLATE_NOOP("MailVariable", "the last day of the mission"),
            "notice_text": QT_TRANSLATE_NOOP("MailVariable", "the notice period"),
        },
        prepare=prepare_termination,
    )
)


def document_language(kind: str, record_id: int) -> str | None:
    """The language of the document an e-mail of ``kind`` carries: the send dialog starts
    in it (a French quote goes with a French e-mail, whatever the interface's language)."""
    from desktop.services import invoice_mails

    if kind in invoice_mails.INVOICING_KINDS:
        return invoice_mails.document_language(kind, record_id)
    if kind == QUOTE.name:
        q = Quote.get_or_none(Quote.id == record_id)
        return q.language if q is not None else None
    if kind in (CONTRACT.name, TERMINATION.name):
        c = Contract.get_or_none(Contract.id == record_id)
        return c.language if c is not None else None
    return None
