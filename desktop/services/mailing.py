"""Sending e-mails of every kind: draft, preview, send, trace, outbox, check-ins due.

One path for every kind (:mod:`desktop.services.mail_kinds`):

1. :func:`make_draft` reads the record through the kind's ``prepare`` and picks the
   template (the user's, else the default) in the chosen language;
2. :func:`preview` fills it; an unknown or empty variable is named and blocks;
3. :func:`send_steps` builds the message, keeps it as an ``.eml`` in the profile's
   ``outbox/`` folder with an outbox row (so that a crash or a failure leaves it
   visible), sends it off the UI thread, and then, in one transaction, writes the
   trace on the record's timeline (date, to, subject, attachment names, the ``.eml``
   attached), a :class:`~desktop.store.models.SentMail` row, the kind's status change,
   and removes the outbox row. A failure keeps the row with its reason: Retry sends
   the same ``.eml`` again (:func:`retry_steps`).

No transaction is open while the network is used: a slow server never holds
SQLite's write lock.
"""

from __future__ import annotations

import datetime as dt
import email
import json
import logging
import re
import secrets
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import fn

from desktop.domain import formatting
from desktop.domain.activities import TEXT_LIMIT, ActivityDraft
from desktop.domain.errors import DomainError, Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.vocabulary import ActivityKind, ContractStatus, ExchangeChannel
from desktop.mail import message as mail_message
from desktop.mail.errors import MailError
from desktop.mail.templates import Filled, Template, fill
from desktop.profile import Profile
from desktop.services import activities, attachments, mail_kinds, mail_settings
from desktop.services.mail_settings import MailAccount
from desktop.services.progress import Progress
from desktop.store.models import Company, Contract, OutboxMail, SentMail
from desktop.store.transactions import write_transaction

if TYPE_CHECKING:  # smtplib and ssl are imported when sending, not at start-up
    import ssl

    from desktop.mail import smtp

log = logging.getLogger(__name__)

SENDING, FAILED, SENT_UNRECORDED = "sending", "failed", "sent"


@dataclass(frozen=True)
class TraceWording:
    """The labels of the trace written after a send, in the user's language (stored text)."""

    to: str = "To: {to}"
    attachments: str = "Attachments: {names}"


@dataclass(frozen=True)
class MailDraft:
    """An e-mail about to be sent: editable in the send dialog, then filled and sent."""

    kind: str
    record_id: int
    language: str
    to: tuple[str, ...]
    template: Template
    values: dict[str, str]
    subject_type: str
    subject_id: int
    attachments: tuple[Path, ...] = ()
    attachment_names: tuple[str, ...] = ()
    notice: Message | None = None  # what Send also does to the record, for the dialog

    def names(self) -> list[str]:
        return list(self.attachment_names) or [p.name for p in self.attachments]


def default_template(kind: str, language: str) -> Template:
    spec = mail_kinds.get(kind)
    return spec.templates.get(language) or spec.templates["en"]


def template_for(kind: str, language: str) -> Template:
    """The user's edited template, else the kind's default."""
    return mail_settings.edited_template(kind, language) or default_template(kind, language)


def common_values(account: MailAccount, language: str, today: dt.date) -> dict[str, str]:
    return {
        "sender_name": account.sender_name,
        "sender_address": account.sender_address,
        "today": formatting.format_date(today, language, "long"),
    }


def make_draft(
    profile: Profile,
    kind: str,
    record_id: int,
    language: str,
    account: MailAccount | None = None,
    today: dt.date | None = None,
) -> MailDraft:
    """Read the record and pick the template: what the send dialog starts from."""
    spec = mail_kinds.get(kind)
    account = account or mail_settings.load_account()
    today = today or dt.date.today()
    prepared = spec.prepare(profile, record_id, language, today)
    values = {**common_values(account, language, today), **prepared.values}
    return MailDraft(
        kind,
        record_id,
        language,
        prepared.to,
        template_for(kind, language),
        values,
        prepared.subject_type,
        prepared.subject_id,
        prepared.attachments,
        prepared.attachment_names,
        prepared.notice,
    )


def preview(draft: MailDraft) -> Filled:
    """The subject and body as the recipient will read them; raises TemplateError."""
    return fill(draft.template, draft.values, set(mail_kinds.get(draft.kind).known))


# -- checks before sending ----------------------------------------------------------------

NO_RECIPIENT = QT_TRANSLATE_NOOP("Mail", "Write the recipient's address: the record has none.")
BAD_RECIPIENT = QT_TRANSLATE_NOOP("Mail", "“{address}” is not an e-mail address.")
NOT_CONFIGURED = QT_TRANSLATE_NOOP(
    "Mail",
    "Set up your e-mail account first: Settings > E-mail (server and sender address).",
)


def _error(template: str, **params: object) -> DomainError:
    return DomainError(Message("Mail", template, params))


def split_recipients(text: str) -> tuple[str, ...]:
    return tuple(a for a in re.split(r"[,;\s]+", text) if a)


def _check_recipients(to: tuple[str, ...]) -> tuple[str, ...]:
    from desktop.domain import identifiers

    if not to:
        raise _error(NO_RECIPIENT)
    clean = []
    for address in to:
        try:
            clean.append(identifiers.normalise_email(address))
        except ValueError:
            raise _error(BAD_RECIPIENT, address=address) from None
    return tuple(clean)


# -- the outbox -------------------------------------------------------------------------


def outbox_folder(profile: Profile) -> Path:
    return profile.root / "outbox"


def drop_built_documents(profile: Profile, draft: MailDraft) -> None:
    """Remove the PDFs a kind built for this draft (:func:`mail_kinds.document_file`)."""
    built = (outbox_folder(profile) / "documents").resolve()
    for path in draft.attachments:
        folder = path.resolve().parent
        if folder.parent == built:
            shutil.rmtree(folder, ignore_errors=True)


def _safe_name(title: str) -> str:
    """A file name anyone's system accepts: the subject without / \\ : * ? " < > |."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title)
    name = " ".join(name.split()).strip(" .")[:80].strip(" .")
    return name or "e-mail"


def _store_eml(profile: Profile, title: str, data: bytes) -> str:
    """Write the message under ``outbox/<token>/<subject>.eml``; returns that relative name."""
    token = secrets.token_hex(8)
    folder = outbox_folder(profile) / token
    folder.mkdir(parents=True, exist_ok=False)
    path = folder / f"{_safe_name(title)}.eml"
    with path.open("xb") as out:
        out.write(data)
    return f"{token}/{path.name}"


def _remove_eml(profile: Profile, eml_name: str) -> None:
    folder = outbox_folder(profile) / eml_name.split("/", 1)[0]
    shutil.rmtree(folder, ignore_errors=True)


def _message_json(error: DomainError) -> str:
    message = error.message
    params = {
        k: (str(v) if isinstance(v, Message) or not isinstance(v, (int, float)) else v)
        for k, v in message.params.items()
    }
    return json.dumps({"context": message.context, "template": message.template, "params": params})


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    kind: str
    title: str
    shown_to: str
    attachment_names: tuple[str, ...]
    status: str  # sending (interrupted), failed, sent (but not recorded)
    error: Message | None
    attempts: int
    created_at: dt.datetime
    last_attempt_at: dt.datetime | None


def _entry(row: OutboxMail) -> OutboxEntry:
    error = None
    if row.error:
        data = json.loads(row.error)
        error = Message(data["context"], data["template"], data["params"])
    names = tuple(n for n in row.attachment_names.split("\n") if n)
    return OutboxEntry(
        row.id, row.kind, row.title, row.shown_to, names, row.status, error, row.attempts,
        row.created_at, row.last_attempt_at,
    )  # fmt: skip


def outbox() -> list[OutboxEntry]:
    """The e-mails not sent (failed, or interrupted), newest first."""
    rows = OutboxMail.select().order_by(OutboxMail.created_at.desc(), OutboxMail.id.desc())
    return [_entry(row) for row in rows]


def outbox_count() -> int:
    return OutboxMail.select().count()


def discard(profile: Profile, outbox_id: int) -> None:
    """Drop an unsent e-mail and its ``.eml``."""
    row = OutboxMail.get_or_none(OutboxMail.id == outbox_id)
    if row is None:
        return
    with write_transaction():
        OutboxMail.delete().where(OutboxMail.id == outbox_id).execute()
    _remove_eml(profile, row.eml_name)


# -- sending ----------------------------------------------------------------------------


@dataclass
class SendResult:
    """Filled in by :func:`send_steps` as it goes (the UI reads it when done)."""

    outbox_id: int | None = None
    activity_id: int | None = None
    sent: bool = False
    recorded: bool = False
    recipients: tuple[str, ...] = ()
    title: str = ""
    attachment_names: tuple[str, ...] = field(default=())


def _outgoing(account: MailAccount, to: tuple[str, ...], filled: Filled, draft: MailDraft):
    bcc = (account.sender_address,) if account.bcc_self else ()
    return mail_message.OutgoingMail(
        sender_address=account.sender_address,
        sender_name=account.sender_name,
        to=to,
        subject=filled.subject,
        body=filled.body,
        reply_to=account.reply_to,
        bcc=bcc,
        attachments=draft.attachments,
        attachment_names=tuple(draft.names()),
    )


def send_steps(
    profile: Profile,
    draft: MailDraft,
    account: MailAccount,
    password: str | None,
    result: SendResult,
    *,
    wording: TraceWording = TraceWording(),
    ssl_context: ssl.SSLContext | None = None,
    today: dt.date | None = None,
) -> Iterator[Progress]:
    """Send ``draft`` (a generator of progress steps; see the module's docstring).

    Raises a :class:`~desktop.mail.errors.MailError` when sending failed (the outbox
    keeps the e-mail), :class:`~desktop.mail.templates.TemplateError` or
    :class:`DomainError` before anything is written. Closing the generator before the
    send step removes what it wrote.
    """
    if not account.configured:
        raise _error(NOT_CONFIGURED)
    account = mail_settings.validate_account(account)
    to = _check_recipients(draft.to)
    filled = preview(draft)
    yield Progress(0, 3, QT_TRANSLATE_NOOP("Progress", "Preparing the e-mail…"))
    spec = mail_kinds.get(draft.kind)
    committed = spec.before_send is not None and spec.before_send(
        draft.record_id, today or dt.date.today()
    )
    if committed:  # the record changed for this e-mail (a quote got its number)
        draft = prepared_again(profile, draft, account, today)
        filled = preview(draft)
    outgoing = _outgoing(account, to, filled, draft)
    msg = mail_message.build_message(outgoing)
    data = mail_message.message_bytes(msg)
    eml_name = _store_eml(profile, filled.subject, data)
    drop_built_documents(profile, draft)  # the .eml holds the copy that goes out
    try:
        with write_transaction():
            outbox_id = OutboxMail.insert(
                kind=draft.kind,
                record_id=draft.record_id,
                subject_type=draft.subject_type,
                subject_id=draft.subject_id,
                sender=account.sender_address,
                recipients=json.dumps(outgoing.recipients()),
                shown_to=", ".join(to)[:500],
                title=filled.subject[:300],
                attachment_names="\n".join(outgoing.names()),
                eml_name=eml_name,
                status=SENDING,
            ).execute()
    except BaseException:
        _remove_eml(profile, eml_name)
        raise
    result.outbox_id = outbox_id
    result.title, result.recipients = filled.subject, to
    result.attachment_names = tuple(outgoing.names())
    try:
        yield Progress(1, 3, QT_TRANSLATE_NOOP("Progress", "Sending the e-mail…"))
    except GeneratorExit:
        if committed:  # the record already says "sent": keep the e-mail to send later
            _keep_cancelled(outbox_id)
        else:  # cancelled before anything left: nothing stays behind
            discard(profile, outbox_id)
        raise
    _deliver(profile, outbox_id, account, password, msg, result, wording, ssl_context, today)
    yield Progress(3, 3, QT_TRANSLATE_NOOP("Progress", "E-mail sent."))


CANCELLED_KEPT = QT_TRANSLATE_NOOP(
    "Mail",
    "Cancelled before it left. The document was already numbered and marked as sent for "
    "this e-mail, so it waits here: Retry sends it, Remove drops it.",
)


def prepared_again(
    profile: Profile, draft: MailDraft, account: MailAccount, today: dt.date | None
) -> MailDraft:
    """The record changed just before sending (``before_send``): its values and documents
    read again, the recipients and the template kept as the user left them."""
    drop_built_documents(profile, draft)
    fresh = make_draft(profile, draft.kind, draft.record_id, draft.language, account, today)
    return replace(fresh, to=draft.to, template=draft.template)


def _keep_cancelled(outbox_id: int) -> None:
    with write_transaction():
        OutboxMail.update(
            status=FAILED, error=_message_json(_error(CANCELLED_KEPT)), error_kind="cancelled"
        ).where(OutboxMail.id == outbox_id).execute()


def retry_steps(
    profile: Profile,
    outbox_id: int,
    account: MailAccount,
    password: str | None,
    result: SendResult,
    *,
    wording: TraceWording = TraceWording(),
    ssl_context: ssl.SSLContext | None = None,
    today: dt.date | None = None,
) -> Iterator[Progress]:
    """Send an outbox e-mail again: the same ``.eml`` (same Message-ID), dated now."""
    row = OutboxMail.get_or_none(OutboxMail.id == outbox_id)
    if row is None:
        raise mail_kinds.gone()
    if row.status == SENT_UNRECORDED:
        raise ValueError("this e-mail was sent already")
    path = outbox_folder(profile) / row.eml_name
    with path.open("rb") as f:
        msg = email.message_from_binary_file(f, _class=EmailMessage, policy=SMTP)
    del msg["Date"]
    msg["Date"] = formatdate(localtime=True)
    path.write_bytes(mail_message.message_bytes(msg))
    result.outbox_id = outbox_id
    result.title = row.title
    result.recipients = tuple(a.strip() for a in row.shown_to.split(","))
    result.attachment_names = tuple(n for n in row.attachment_names.split("\n") if n)
    yield Progress(1, 3, QT_TRANSLATE_NOOP("Progress", "Sending the e-mail…"))
    _deliver(profile, outbox_id, account, password, msg, result, wording, ssl_context, today)
    yield Progress(3, 3, QT_TRANSLATE_NOOP("Progress", "E-mail sent."))


def _deliver(
    profile: Profile,
    outbox_id: int,
    account: MailAccount,
    password: str | None,
    msg: EmailMessage,
    result: SendResult,
    wording: TraceWording,
    ssl_context: ssl.SSLContext | None,
    today: dt.date | None,
) -> None:
    """Send, then record (trace, sent row, status change) or keep the failure."""
    from desktop.mail import smtp  # smtplib and ssl: when sending, not at start-up

    row = OutboxMail.get_by_id(outbox_id)
    now = dt.datetime.now().replace(microsecond=0)
    try:
        smtp.send(
            account.server,
            password,
            msg,
            account.sender_address,
            json.loads(row.recipients),
            ssl_context=ssl_context,
        )
    except MailError as exc:
        log.info("e-mail %s not sent: %s", outbox_id, exc.kind)
        with write_transaction():
            OutboxMail.update(
                status=FAILED,
                error=_message_json(exc),
                error_kind=exc.kind,
                attempts=OutboxMail.attempts + 1,
                last_attempt_at=now,
            ).where(OutboxMail.id == outbox_id).execute()
        raise
    result.sent = True
    log.info("e-mail %s sent (%s)", outbox_id, row.kind)
    try:
        result.activity_id = _record(profile, row, msg, wording, now, today or now.date())
    except DomainError as exc:  # the record was deleted while the e-mail was going out
        with write_transaction():
            OutboxMail.update(
                status=SENT_UNRECORDED,
                error=_message_json(exc),
                error_kind="record",
                attempts=OutboxMail.attempts + 1,
                last_attempt_at=now,
            ).where(OutboxMail.id == outbox_id).execute()
        raise
    result.recorded = True
    _remove_eml(profile, row.eml_name)


def _record(
    profile: Profile,
    row: OutboxMail,
    msg: EmailMessage,
    wording: TraceWording,
    now: dt.datetime,
    today: dt.date,
) -> int:
    names = [n for n in row.attachment_names.split("\n") if n]
    lines = [wording.to.format(to=row.shown_to)]
    if names:
        lines.append(wording.attachments.format(names=", ".join(names)))
    body_part = msg.get_body(preferencelist=("plain",))
    text = body_part.get_content() if body_part is not None else ""
    body = "\n".join(lines) + "\n\n" + text.replace("\r\n", "\n")
    draft = ActivityDraft(
        kind=ActivityKind.EXCHANGE,
        occurred_at=now,
        title=row.title[:200],
        body=body[:TEXT_LIMIT],
        channel=ExchangeChannel.EMAIL,
    )
    spec = mail_kinds.KINDS.get(row.kind)
    eml = outbox_folder(profile) / row.eml_name
    with write_transaction():
        activity_id = activities.create_activity(row.subject_type, row.subject_id, draft, today)
        attachments.attach(profile, row.subject_type, row.subject_id, eml, activity_id=activity_id)
        SentMail.insert(
            kind=row.kind,
            record_id=row.record_id,
            activity_id=activity_id,
            sent_at=now,
            recipients=row.shown_to,
            title=row.title,
        ).execute()
        if spec is not None and spec.on_sent is not None:
            spec.on_sent(row.record_id, today)
        OutboxMail.delete().where(OutboxMail.id == row.id).execute()
    return activity_id


def run_steps(steps: Iterator[Progress]) -> None:
    """Drive a generator of steps to its end (the CLI and tests; the UI shows progress)."""
    for _ in steps:
        pass


def send_test(
    account: MailAccount,
    password: str | None,
    subject: str,
    body: str,
    *,
    ssl_context: ssl.SSLContext | None = None,
) -> smtp.SendOutcome:
    """Send a short e-mail to the sender's own address: the settings work, or why not.

    Not recorded anywhere (no trace, no outbox).
    """
    account = mail_settings.validate_account(account)
    outgoing = mail_message.OutgoingMail(
        sender_address=account.sender_address,
        sender_name=account.sender_name,
        to=(account.sender_address,),
        subject=subject,
        body=body,
        reply_to=account.reply_to,
    )
    msg = mail_message.build_message(outgoing)
    from desktop.mail import smtp

    return smtp.send(
        account.server,
        password,
        msg,
        account.sender_address,
        [account.sender_address],
        ssl_context=ssl_context,
    )


# -- sent e-mails and satisfaction check-ins --------------------------------------------


def last_sent(kind: str, record_id: int) -> dt.datetime | None:
    """When an e-mail of ``kind`` about ``record_id`` last went out (None: never)."""
    # peewee 4's scalar() has no convert=: the row itself gives a datetime
    row = (
        SentMail.select(SentMail.sent_at)
        .where((SentMail.kind == kind) & (SentMail.record_id == record_id))
        .order_by(SentMail.sent_at.desc())
        .first()
    )
    return row.sent_at if row is not None else None


@dataclass(frozen=True)
class CheckinDue:
    """An active contract whose client has not been asked how it goes for a while."""

    contract_id: int
    reference: str
    title: str
    company: str
    due_on: dt.date
    days_late: int
    last_sent_on: dt.date | None


def _as_date(value) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def checkins_due(today: dt.date, every_days: int | None = None) -> list[CheckinDue]:
    """Active contracts due for a satisfaction check-in, the most late first.

    Due ``every_days`` (Settings > E-mail) after the last check-in sent, or after the
    contract's start (its signature, else its creation) when none was sent yet.
    """
    every = mail_settings.checkin_every_days() if every_days is None else every_days
    if every <= 0:
        return []
    last = dict(
        SentMail.select(SentMail.record_id, fn.MAX(SentMail.sent_at))
        .where(SentMail.kind == mail_kinds.CHECKIN.name)
        .group_by(SentMail.record_id)
        .tuples()
    )
    query = (
        Contract.select(
            Contract.id,
            Contract.reference,
            Contract.title,
            Company.name,
            Contract.start_date,
            Contract.signed_on,
            Contract.created_at,
        )
        .join(Company)
        .where(Contract.status == ContractStatus.ACTIVE)
        .tuples()
    )
    found = []
    for id_, reference, title, company, start, signed, created in query:
        last_on = _as_date(last.get(id_))
        base = last_on or _as_date(start) or _as_date(signed) or _as_date(created)
        due = base + dt.timedelta(days=every)
        if due <= today:
            found.append(
                CheckinDue(id_, reference, title, company, due, (today - due).days, last_on)
            )
    found.sort(key=lambda c: (c.due_on, c.reference))
    return found


def with_template(draft: MailDraft, template: Template) -> MailDraft:
    return replace(draft, template=template)
