"""The fixed vocabularies of the trade: statuses, stages, kinds.

Values are stored as these short English codes; ``LABELS`` gives the visible
text, marked for translation (context "Vocabulary").
"""

from __future__ import annotations

from enum import StrEnum

from desktop.domain.errors import Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP


class TalentStatus(StrEnum):
    AVAILABLE = "available"
    ON_MISSION = "on_mission"
    UNAVAILABLE = "unavailable"
    DO_NOT_CONTACT = "do_not_contact"


class RemotePreference(StrEnum):
    FULL_REMOTE = "full_remote"
    HYBRID = "hybrid"
    ON_SITE = "on_site"


class PipelineStage(StrEnum):
    LEAD = "lead"
    CONTACTED = "contacted"
    QUALIFIED = "qualified"
    PROPOSAL = "proposal"
    WON = "won"
    LOST = "lost"


class MissionStatus(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    PROPOSED = "proposed"
    STAFFED = "staffed"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class OfferStatus(StrEnum):
    SENT = "sent"
    IN_DISCUSSION = "in_discussion"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"


class RefusalReason(StrEnum):
    """Why IT freelancers refuse a mission (market studies list these eight)."""

    RATE_TOO_LOW = "rate_too_low"
    VAGUE_SCOPE = "vague_scope"  # vague scope or unrealistic goals
    SKILLS_NOT_MASTERED = "skills_not_mastered"
    LACK_OF_INTEREST = "lack_of_interest"
    SCHEDULE_CONFLICT = "schedule_conflict"  # or overload
    RELATIONSHIP = "relationship"  # relationship or trust concern
    VALUES = "values"  # values or ethics
    RIGID_CONDITIONS = "rigid_conditions"  # on site, remote, hours


class BudgetKind(StrEnum):
    DAILY = "daily"
    FIXED = "fixed"


class ContractStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    SIGNED = "signed"
    ACTIVE = "active"
    ENDED = "ended"
    TERMINATED = "terminated"


class ContractParty(StrEnum):
    """Who the contract is signed with: the client, or (agency mode) the talent."""

    CLIENT = "client"
    SUBCONTRACT = "subcontract"


class EndingReason(StrEnum):
    """Why a freelancer ends a mission early (the market's eight reasons)."""

    WORKLOAD = "workload"  # excessive workload
    LATE_PAYMENTS = "late_payments"  # recurring late payments
    COLLABORATION = "collaboration"  # lack of collaboration or communication
    BETTER_MISSION = "better_mission"  # a more attractive mission
    GOALS_CHANGED = "goals_changed"  # changed professional goals
    TERMS_CHANGED = "terms_changed"  # changed contract terms
    RECOGNITION = "recognition"  # lack of recognition
    VALUES = "values"  # diverging values


class QuoteStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    EXPIRED = "expired"


class QuoteLineKind(StrEnum):
    DAYS = "days"  # days x daily rate
    FIXED = "fixed"  # a fixed-price item
    EXPENSE = "expense"  # expenses re-invoiced


class InvoiceStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"
    SENT = "sent"  # issued, then sent to the client
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    CANCELLED = "cancelled"  # by a credit note; the invoice itself stays


class DerivedStatus(StrEnum):
    """Statuses computed for display, never stored."""

    OVERDUE = "overdue"


class InvoiceKind(StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


class InvoiceType(StrEnum):
    """What an invoice bills (a credit note keeps the type of the invoice it credits)."""

    STANDARD = "standard"
    DEPOSIT = "deposit"  # acompte, before the work (CGI art. 289, I-1 c)
    MILESTONE = "milestone"  # a contract milestone (facture de situation)
    FINAL = "final"  # the balance, deducting the deposits
    PENALTY = "penalty"  # late-payment interest and indemnity of an earlier invoice


class ActivityKind(StrEnum):
    NOTE = "note"
    EXCHANGE = "exchange"
    MINUTES = "minutes"
    DISPUTE = "dispute"


class ExchangeChannel(StrEnum):
    """How an exchange took place (written traces of kind "exchange")."""

    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    VIDEO = "video"


class DisputeStatus(StrEnum):
    """Where a dispute stands."""

    OPEN = "open"
    MEDIATION = "mediation"
    RESOLVED = "resolved"
    CLOSED = "closed"


class SubjectType(StrEnum):
    """What a written trace or an attachment is attached to."""

    TALENT = "talent"
    COMPANY = "company"
    CONTACT = "contact"
    MISSION = "mission"
    CONTRACT = "contract"


# Each vocabulary has its own translation context (its class name): the same code may
# need different words ("sent": une proposition « envoyée », un contrat « envoyé »), and
# a StrEnum member *is* its string, so one dict keyed by members would merge them.
LABELS: dict[type[StrEnum], dict[StrEnum, str]] = {
    TalentStatus: {
        TalentStatus.AVAILABLE: QT_TRANSLATE_NOOP("TalentStatus", "Available"),
        TalentStatus.ON_MISSION: QT_TRANSLATE_NOOP("TalentStatus", "On mission"),
        TalentStatus.UNAVAILABLE: QT_TRANSLATE_NOOP("TalentStatus", "Unavailable"),
        TalentStatus.DO_NOT_CONTACT: QT_TRANSLATE_NOOP("TalentStatus", "Do not contact"),
    },
    RemotePreference: {
        RemotePreference.FULL_REMOTE: QT_TRANSLATE_NOOP("RemotePreference", "Full remote"),
        RemotePreference.HYBRID: QT_TRANSLATE_NOOP("RemotePreference", "Hybrid"),
        RemotePreference.ON_SITE: QT_TRANSLATE_NOOP("RemotePreference", "On site"),
    },
    PipelineStage: {
        PipelineStage.LEAD: QT_TRANSLATE_NOOP("PipelineStage", "Lead"),
        PipelineStage.CONTACTED: QT_TRANSLATE_NOOP("PipelineStage", "Contacted"),
        PipelineStage.QUALIFIED: QT_TRANSLATE_NOOP("PipelineStage", "Qualified"),
        PipelineStage.PROPOSAL: QT_TRANSLATE_NOOP("PipelineStage", "Proposal"),
        PipelineStage.WON: QT_TRANSLATE_NOOP("PipelineStage", "Won"),
        PipelineStage.LOST: QT_TRANSLATE_NOOP("PipelineStage", "Lost"),
    },
    MissionStatus: {
        MissionStatus.DRAFT: QT_TRANSLATE_NOOP("MissionStatus", "Draft"),
        MissionStatus.OPEN: QT_TRANSLATE_NOOP("MissionStatus", "Open"),
        MissionStatus.PROPOSED: QT_TRANSLATE_NOOP("MissionStatus", "Proposed"),
        MissionStatus.STAFFED: QT_TRANSLATE_NOOP("MissionStatus", "Staffed"),
        MissionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("MissionStatus", "In progress"),
        MissionStatus.COMPLETED: QT_TRANSLATE_NOOP("MissionStatus", "Completed"),
        MissionStatus.CANCELLED: QT_TRANSLATE_NOOP("MissionStatus", "Cancelled"),
    },
    OfferStatus: {
        OfferStatus.SENT: QT_TRANSLATE_NOOP("OfferStatus", "Sent"),
        OfferStatus.IN_DISCUSSION: QT_TRANSLATE_NOOP("OfferStatus", "In discussion"),
        OfferStatus.ACCEPTED: QT_TRANSLATE_NOOP("OfferStatus", "Accepted"),
        OfferStatus.REFUSED: QT_TRANSLATE_NOOP("OfferStatus", "Refused"),
        OfferStatus.WITHDRAWN: QT_TRANSLATE_NOOP("OfferStatus", "Withdrawn"),
        OfferStatus.EXPIRED: QT_TRANSLATE_NOOP("OfferStatus", "Expired"),
    },
    RefusalReason: {
        RefusalReason.RATE_TOO_LOW: QT_TRANSLATE_NOOP("RefusalReason", "Rate too low"),
        RefusalReason.VAGUE_SCOPE: QT_TRANSLATE_NOOP(
            "RefusalReason", "Vague scope or unrealistic goals"
        ),
        RefusalReason.SKILLS_NOT_MASTERED: QT_TRANSLATE_NOOP(
            "RefusalReason", "Skills not mastered"
        ),
        RefusalReason.LACK_OF_INTEREST: QT_TRANSLATE_NOOP("RefusalReason", "Lack of interest"),
        RefusalReason.SCHEDULE_CONFLICT: QT_TRANSLATE_NOOP(
            "RefusalReason", "Schedule conflict or overload"
        ),
        RefusalReason.RELATIONSHIP: QT_TRANSLATE_NOOP(
            "RefusalReason", "Relationship or trust concern"
        ),
        RefusalReason.VALUES: QT_TRANSLATE_NOOP("RefusalReason", "Values or ethics"),
        RefusalReason.RIGID_CONDITIONS: QT_TRANSLATE_NOOP(
            "RefusalReason", "Working conditions too rigid (on site, remote, hours)"
        ),
    },
    BudgetKind: {
        BudgetKind.DAILY: QT_TRANSLATE_NOOP("BudgetKind", "Daily rate"),
        BudgetKind.FIXED: QT_TRANSLATE_NOOP("BudgetKind", "Fixed price"),
    },
    ContractStatus: {
        ContractStatus.DRAFT: QT_TRANSLATE_NOOP("ContractStatus", "Draft"),
        ContractStatus.SENT: QT_TRANSLATE_NOOP("ContractStatus", "Sent"),
        ContractStatus.SIGNED: QT_TRANSLATE_NOOP("ContractStatus", "Signed"),
        ContractStatus.ACTIVE: QT_TRANSLATE_NOOP("ContractStatus", "Active"),
        ContractStatus.ENDED: QT_TRANSLATE_NOOP("ContractStatus", "Ended"),
        ContractStatus.TERMINATED: QT_TRANSLATE_NOOP("ContractStatus", "Terminated"),
    },
    ContractParty: {
        ContractParty.CLIENT: QT_TRANSLATE_NOOP("ContractParty", "Client contract"),
        ContractParty.SUBCONTRACT: QT_TRANSLATE_NOOP("ContractParty", "Subcontracting contract"),
    },
    EndingReason: {
        EndingReason.WORKLOAD: QT_TRANSLATE_NOOP("EndingReason", "Excessive workload"),
        EndingReason.LATE_PAYMENTS: QT_TRANSLATE_NOOP("EndingReason", "Recurring late payments"),
        EndingReason.COLLABORATION: QT_TRANSLATE_NOOP(
            "EndingReason", "Lack of collaboration or communication"
        ),
        EndingReason.BETTER_MISSION: QT_TRANSLATE_NOOP("EndingReason", "A more attractive mission"),
        EndingReason.GOALS_CHANGED: QT_TRANSLATE_NOOP("EndingReason", "Changed professional goals"),
        EndingReason.TERMS_CHANGED: QT_TRANSLATE_NOOP("EndingReason", "Changed contract terms"),
        EndingReason.RECOGNITION: QT_TRANSLATE_NOOP("EndingReason", "Lack of recognition"),
        EndingReason.VALUES: QT_TRANSLATE_NOOP("EndingReason", "Diverging values"),
    },
    QuoteStatus: {
        QuoteStatus.DRAFT: QT_TRANSLATE_NOOP("QuoteStatus", "Draft"),
        QuoteStatus.SENT: QT_TRANSLATE_NOOP("QuoteStatus", "Sent"),
        QuoteStatus.ACCEPTED: QT_TRANSLATE_NOOP("QuoteStatus", "Accepted"),
        QuoteStatus.REFUSED: QT_TRANSLATE_NOOP("QuoteStatus", "Refused"),
        QuoteStatus.EXPIRED: QT_TRANSLATE_NOOP("QuoteStatus", "Expired"),
    },
    QuoteLineKind: {
        QuoteLineKind.DAYS: QT_TRANSLATE_NOOP("QuoteLineKind", "Days x daily rate"),
        QuoteLineKind.FIXED: QT_TRANSLATE_NOOP("QuoteLineKind", "Fixed-price item"),
        QuoteLineKind.EXPENSE: QT_TRANSLATE_NOOP("QuoteLineKind", "Expenses"),
    },
    InvoiceStatus: {
        InvoiceStatus.DRAFT: QT_TRANSLATE_NOOP("InvoiceStatus", "Draft"),
        InvoiceStatus.ISSUED: QT_TRANSLATE_NOOP("InvoiceStatus", "Issued"),
        InvoiceStatus.SENT: QT_TRANSLATE_NOOP("InvoiceStatus", "Sent"),
        InvoiceStatus.PARTIALLY_PAID: QT_TRANSLATE_NOOP("InvoiceStatus", "Partially paid"),
        InvoiceStatus.PAID: QT_TRANSLATE_NOOP("InvoiceStatus", "Paid"),
        InvoiceStatus.CANCELLED: QT_TRANSLATE_NOOP("InvoiceStatus", "Cancelled"),
    },
    DerivedStatus: {
        DerivedStatus.OVERDUE: QT_TRANSLATE_NOOP("DerivedStatus", "Overdue"),
    },
    InvoiceKind: {
        InvoiceKind.INVOICE: QT_TRANSLATE_NOOP("InvoiceKind", "Invoice"),
        InvoiceKind.CREDIT_NOTE: QT_TRANSLATE_NOOP("InvoiceKind", "Credit note"),
    },
    InvoiceType: {
        InvoiceType.STANDARD: QT_TRANSLATE_NOOP("InvoiceType", "Standard"),
        InvoiceType.DEPOSIT: QT_TRANSLATE_NOOP("InvoiceType", "Deposit"),
        InvoiceType.MILESTONE: QT_TRANSLATE_NOOP("InvoiceType", "Milestone"),
        InvoiceType.FINAL: QT_TRANSLATE_NOOP("InvoiceType", "Final (deposits deducted)"),
        InvoiceType.PENALTY: QT_TRANSLATE_NOOP("InvoiceType", "Late-payment penalties"),
    },
    ActivityKind: {
        ActivityKind.NOTE: QT_TRANSLATE_NOOP("ActivityKind", "Note"),
        ActivityKind.EXCHANGE: QT_TRANSLATE_NOOP("ActivityKind", "Exchange"),
        ActivityKind.MINUTES: QT_TRANSLATE_NOOP("ActivityKind", "Meeting minutes"),
        ActivityKind.DISPUTE: QT_TRANSLATE_NOOP("ActivityKind", "Dispute"),
    },
    ExchangeChannel: {
        ExchangeChannel.CALL: QT_TRANSLATE_NOOP("ExchangeChannel", "Phone call"),
        ExchangeChannel.EMAIL: QT_TRANSLATE_NOOP("ExchangeChannel", "E-mail"),
        ExchangeChannel.MEETING: QT_TRANSLATE_NOOP("ExchangeChannel", "Meeting in person"),
        ExchangeChannel.VIDEO: QT_TRANSLATE_NOOP("ExchangeChannel", "Video call"),
    },
    SubjectType: {
        SubjectType.TALENT: QT_TRANSLATE_NOOP("SubjectType", "Talent"),
        SubjectType.COMPANY: QT_TRANSLATE_NOOP("SubjectType", "Company"),
        SubjectType.CONTACT: QT_TRANSLATE_NOOP("SubjectType", "Contact"),
        SubjectType.MISSION: QT_TRANSLATE_NOOP("SubjectType", "Mission"),
        SubjectType.CONTRACT: QT_TRANSLATE_NOOP("SubjectType", "Contract"),
    },
    DisputeStatus: {
        DisputeStatus.OPEN: QT_TRANSLATE_NOOP("DisputeStatus", "Open"),
        DisputeStatus.MEDIATION: QT_TRANSLATE_NOOP("DisputeStatus", "In mediation"),
        DisputeStatus.RESOLVED: QT_TRANSLATE_NOOP("DisputeStatus", "Resolved"),
        DisputeStatus.CLOSED: QT_TRANSLATE_NOOP("DisputeStatus", "Closed"),
    },
}


def kind_of(value: str, kinds: tuple[type[StrEnum], ...] | None = None) -> type[StrEnum] | None:
    """The vocabulary holding ``value``: its own class for a member, else the first of
    ``kinds`` (all vocabularies by default) that has the code."""
    if isinstance(value, StrEnum) and type(value) in LABELS:
        return type(value)
    for kind in kinds or tuple(LABELS):
        if value in {m.value for m in kind}:
            return kind
    return None


def label(value: StrEnum) -> str:
    """The English label of a vocabulary member (translate it with its class name)."""
    return LABELS[type(value)][value]


def label_message(value: StrEnum) -> Message:
    """The label as a translatable message, for texts built outside the UI."""
    return Message(type(value).__name__, label(value))
