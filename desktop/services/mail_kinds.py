"""The kinds of e-mail the app sends, each registered once: minutes, check-ins, documents.

A kind is a :class:`MailKind`: its name, its default template per language, the
variables its template may use, a ``prepare`` function that reads the record and
gives the recipient, the variables' values, the files to attach and the record whose
timeline keeps the trace, and an optional ``on_sent`` that changes the record's status
once the e-mail has gone (an invoice becomes "sent"), inside the transaction that
writes the trace. Wiring a new document is one :func:`register` call (docs/DESIGN.md,
"E-mail and credentials"); the sending, the preview, the outbox and the traces are
the same for every kind (:mod:`desktop.services.mailing`).

Every kind also gets the common variables ``sender_name``, ``sender_address`` and
``today`` from :mod:`desktop.services.mailing`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain import formatting
from desktop.domain.errors import DomainError, Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.vocabulary import ActivityKind, ContractStatus, SubjectType
from desktop.mail.templates import Template
from desktop.profile import Profile
from desktop.services import subjects
from desktop.store.models import ActionItem, Activity, Company, Contact, Contract, Mission, Talent

COMMON_VARIABLES: dict[str, str] = {
    "sender_name": QT_TRANSLATE_NOOP("MailVariable", "your name (Settings > E-mail)"),
    "sender_address": QT_TRANSLATE_NOOP("MailVariable", "your e-mail address"),
    "today": QT_TRANSLATE_NOOP("MailVariable", "today's date"),
}


@dataclass(frozen=True)
class Prepared:
    """What a kind's ``prepare`` reads from its record."""

    to: tuple[str, ...]  # suggested recipients (editable before sending); may be empty
    values: dict[str, str]  # variable -> value ("" when the record lacks it)
    subject_type: str  # whose timeline gets the trace: SubjectType code
    subject_id: int
    attachments: tuple[Path, ...] = ()  # files to attach (documents: the PDF)
    attachment_names: tuple[str, ...] = ()  # names shown to the recipient; default: file names
    notice: Message | None = None  # what Send also does to the record ("numbers this draft")


@dataclass(frozen=True)
class MailKind:
    """One kind of e-mail. ``prepare(profile, record_id, language, today)`` reads the record
    (``today``: the day the e-mail is written, the send dialog's clock: a reminder letter is
    dated by it); ``on_sent(record_id, sent_on)`` runs in the transaction that records the
    sending.

    ``before_send(record_id, day)``, for a document that must change before it can go
    out (a draft quote gets its number, which its PDF and the subject carry): it runs
    once the user pressed Send and every check passed, before the message is built, and
    returns True when it changed the record; the e-mail is then prepared again (values
    and PDF; recipients and template as the user left them). From that moment the e-mail
    is kept: a failure or a Cancel leaves it in the outbox, not lost.
    """

    name: str
    label: str  # QT_TRANSLATE_NOOP("MailKind", ...)
    templates: dict[str, Template]  # language ("fr", "en") -> default template
    variables: dict[str, str]  # name -> what it holds, QT_TRANSLATE_NOOP("MailVariable", ...)
    prepare: Callable[[Profile, int, str, dt.date], Prepared]
    on_sent: Callable[[int, dt.date], None] | None = None
    before_send: Callable[[int, dt.date], bool] | None = None
    known: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "known", frozenset(self.variables) | frozenset(COMMON_VARIABLES))


KINDS: dict[str, MailKind] = {}


def register(kind: MailKind) -> MailKind:
    """Make ``kind`` available to the send dialog, the settings and the outbox."""
    if kind.name in KINDS:
        raise ValueError(f"mail kind {kind.name!r} registered twice")
    missing = {"fr", "en"} - set(kind.templates)
    if missing:
        raise ValueError(f"mail kind {kind.name!r} has no template for {sorted(missing)}")
    KINDS[kind.name] = kind
    return kind


def get(name: str) -> MailKind:
    return KINDS[name]


def document_file(profile: Profile, file_name: str) -> Path:
    """Where a kind's ``prepare`` builds the PDF it attaches (``build_invoice(id, path)``):
    a fresh private folder under the profile's ``outbox/documents``. The file is read
    into the message when it is sent and removed then (or when the dialog is cancelled):
    the ``.eml`` keeps the copy that went out."""
    import secrets

    folder = profile.root / "outbox" / "documents" / secrets.token_hex(6)
    folder.mkdir(parents=True)
    return folder / file_name


def gone() -> DomainError:
    return DomainError(
        Message(
            "Mail",
            QT_TRANSLATE_NOOP("Mail", "This record no longer exists: it was deleted meanwhile."),
        )
    )


# -- who to write to --------------------------------------------------------------------


def _contact_name(contact: Contact | None) -> str:
    return f"{contact.first_name} {contact.last_name}".strip() if contact else ""


def company_recipient(company: Company) -> tuple[str, str]:
    """(address, name): the company's address, else its first contact that has one."""
    if company.email:
        return company.email, ""
    contact = (
        Contact.select()
        .where((Contact.company == company.id) & (Contact.email != ""))
        .order_by(Contact.id)
        .first()
    )
    return (contact.email, _contact_name(contact)) if contact else ("", "")


def client_recipient(company: Company, contact: Contact | None) -> tuple[str, str]:
    """The named contact when they have an address, else the company's."""
    if contact is not None and contact.email:
        return contact.email, _contact_name(contact)
    return company_recipient(company)


def subject_recipient(subject_type: str, subject_id: int) -> tuple[str, str]:
    """(address, name) of the person a record's e-mails go to: a talent, a contact, the
    client of a mission or of a contract (its mission's contact first)."""
    if subject_type == SubjectType.TALENT:
        t = Talent.get_or_none(Talent.id == subject_id)
        return (t.email, f"{t.first_name} {t.last_name}".strip()) if t else ("", "")
    if subject_type == SubjectType.CONTACT:
        c = Contact.get_or_none(Contact.id == subject_id)
        return client_recipient(c.company, c) if c else ("", "")
    if subject_type == SubjectType.COMPANY:
        c = Company.get_or_none(Company.id == subject_id)
        return company_recipient(c) if c else ("", "")
    if subject_type == SubjectType.MISSION:
        m = Mission.get_or_none(Mission.id == subject_id)
        return client_recipient(m.company, m.contact) if m else ("", "")
    if subject_type == SubjectType.CONTRACT:
        c = Contract.get_or_none(Contract.id == subject_id)
        if c is None:
            return "", ""
        return client_recipient(c.company, c.mission.contact if c.mission_id else None)
    return "", ""


# -- meeting minutes --------------------------------------------------------------------

_NONE = {"fr": "(aucune)", "en": "(none)"}
_MEETING = {"fr": "Réunion", "en": "Meeting"}


def _action_line(action: ActionItem, language: str) -> str:
    details = [action.owner] if action.owner else []
    if action.due_on:
        word = "pour le" if language == "fr" else "by"
        details.append(f"{word} {formatting.format_date(action.due_on, language)}")
    return f"- {action.description}" + (f" ({', '.join(details)})" if details else "")


def prepare_minutes(
    profile: Profile, activity_id: int, language: str, today: dt.date | None = None
) -> Prepared:
    """Minutes become an e-mail to the record's person: decisions and actions."""
    del profile, today
    activity = Activity.get_or_none(Activity.id == activity_id)
    if activity is None:
        raise gone()
    if activity.kind != ActivityKind.MINUTES:
        raise ValueError(f"trace {activity_id} is not meeting minutes")
    address, name = subject_recipient(activity.subject_type, activity.subject_id)
    actions = ActionItem.select().where(ActionItem.activity == activity_id).order_by(ActionItem.id)
    decisions = [line.strip() for line in activity.decisions.splitlines() if line.strip()]
    record = subjects.names(activity.subject_type, [activity.subject_id])
    values = {
        "meeting_title": activity.title or _MEETING[language],
        "meeting_date": formatting.format_date(activity.occurred_at.date(), language, "long"),
        "decisions": "\n".join(d if d.startswith(("-", "•", "*")) else f"- {d}" for d in decisions)
        or _NONE[language],
        "actions": "\n".join(_action_line(a, language) for a in actions) or _NONE[language],
        "notes": activity.body,
        "recipient_name": name,
        "record_name": record.get(activity.subject_id, ""),
    }
    return Prepared(
        (address,) if address else (),
        values,
        activity.subject_type,
        activity.subject_id,
    )


MINUTES = register(
    MailKind(
        name="minutes",
        label=QT_TRANSLATE_NOOP("MailKind", "Meeting minutes"),
        templates={
            "fr": Template(
                "Compte rendu : {meeting_title} du {meeting_date}",
                "Bonjour,\n\n"
                "Suite à notre réunion du {meeting_date}, voici ce que nous avons décidé.\n\n"
                "Décisions :\n{decisions}\n\n"
                "Actions (qui fait quoi, pour quand) :\n{actions}\n\n"
                "Si un point ne correspond pas à votre compréhension, dites-le-moi ; sans "
                "retour de votre part, je considère ce compte rendu comme validé.\n\n"
                "Bien cordialement,\n{sender_name}",
            ),
            "en": Template(
                "Minutes: {meeting_title} of {meeting_date}",
                "Hello,\n\n"
                "Following our meeting of {meeting_date}, here is what we decided.\n\n"
                "Decisions:\n{decisions}\n\n"
                "Actions (who does what, by when):\n{actions}\n\n"
                "If anything differs from your understanding, please tell me; without a "
                "reply I will take these minutes as agreed.\n\n"
                "Best regards,\n{sender_name}",
            ),
        },
        variables={
            "meeting_title": QT_TRANSLATE_NOOP("MailVariable", "the subject of the minutes"),
            "meeting_date": QT_TRANSLATE_NOOP("MailVariable", "the day of the meeting"),
            "decisions": QT_TRANSLATE_NOOP("MailVariable", "the decisions, one per line"),
            "actions": QT_TRANSLATE_NOOP("MailVariable", "the actions: what, who, by when"),
            "notes": QT_TRANSLATE_NOOP("MailVariable", "the text of the minutes"),
            "recipient_name": QT_TRANSLATE_NOOP("MailVariable", "the recipient's name"),
            "record_name": QT_TRANSLATE_NOOP("MailVariable", "the record the minutes belong to"),
        },
        prepare=prepare_minutes,
    )
)


# -- satisfaction check-in --------------------------------------------------------------


def prepare_checkin(
    profile: Profile, contract_id: int, language: str, today: dt.date | None = None
) -> Prepared:
    """A short "how is it going?" to the client of an active contract."""
    del profile, today
    contract = Contract.get_or_none(Contract.id == contract_id)
    if contract is None:
        raise gone()
    mission = contract.mission if contract.mission_id else None
    contact = mission.contact if mission is not None and mission.contact_id else None
    address, name = client_recipient(contract.company, contact)
    talent = contract.talent if contract.talent_id else None
    values = {
        "contact_name": name or contract.company.name,
        "client_name": contract.company.name,
        "contract_reference": contract.reference,
        "contract_title": contract.title,
        "mission_title": mission.title if mission is not None else contract.title,
        "talent_name": f"{talent.first_name} {talent.last_name}".strip() if talent else "",
        "start_date": formatting.format_date(contract.start_date, language, "long"),
    }
    return Prepared((address,) if address else (), values, SubjectType.CONTRACT, contract_id)


def checkin_contracts() -> list[Contract]:
    """Contracts a check-in can be about: the active ones."""
    return list(Contract.select().where(Contract.status == ContractStatus.ACTIVE))


CHECKIN = register(
    MailKind(
        name="checkin",
        label=QT_TRANSLATE_NOOP("MailKind", "Satisfaction check-in"),
        templates={
            "fr": Template(
                "{contract_title} : comment se passe la mission ?",
                "Bonjour {contact_name},\n\n"
                "La mission « {mission_title} » avance et je voulais prendre de vos "
                "nouvelles : êtes-vous satisfait du travail réalisé jusqu’ici ? Y a-t-il "
                "quelque chose à ajuster (rythme, communication, priorités) ?\n\n"
                "Un court retour, même en deux lignes, m’aide à faire en sorte que la suite "
                "se passe au mieux. Je peux aussi vous appeler si vous préférez.\n\n"
                "Bien cordialement,\n{sender_name}",
            ),
            "en": Template(
                "{contract_title}: how is the mission going?",
                "Hello {contact_name},\n\n"
                "The mission “{mission_title}” is under way and I wanted to check in: are "
                "you satisfied with the work so far? Is there anything to adjust (pace, "
                "communication, priorities)?\n\n"
                "A short reply, even two lines, helps me make the rest go as well as "
                "possible. I can also call you if you prefer.\n\n"
                "Best regards,\n{sender_name}",
            ),
        },
        variables={
            "contact_name": QT_TRANSLATE_NOOP(
                "MailVariable", "the client's contact (else the company's name)"
            ),
            "client_name": QT_TRANSLATE_NOOP("MailVariable", "the client company"),
            "contract_reference": QT_TRANSLATE_NOOP("MailVariable", "the contract's reference"),
            "contract_title": QT_TRANSLATE_NOOP("MailVariable", "the contract's title"),
            "mission_title": QT_TRANSLATE_NOOP("MailVariable", "the mission's title"),
            "talent_name": QT_TRANSLATE_NOOP("MailVariable", "the talent on the mission"),
            "start_date": QT_TRANSLATE_NOOP("MailVariable", "the contract's start date"),
        },
        prepare=prepare_checkin,
    )
)


# The documents' kinds register themselves there: quote, contract, termination letter
# (document_mails); invoice, credit note, reminders, activity report (invoice_mails).
from desktop.services import document_mails, invoice_mails  # noqa: E402, F401
