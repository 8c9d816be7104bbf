"""The fixed vocabularies of the trade: statuses, stages, kinds.

Values are stored as these short English codes; ``LABELS`` gives the visible
text, marked for translation (context "Vocabulary").
"""

from __future__ import annotations

from enum import StrEnum

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


class InvoiceStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    CANCELLED = "cancelled"  # by a credit note; the invoice itself stays


class DerivedStatus(StrEnum):
    """Statuses computed for display, never stored."""

    OVERDUE = "overdue"


class InvoiceKind(StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


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
    """Where a dispute stands. Labelled by ``DISPUTE_STATUS_LABELS``, not ``LABELS``:
    the code "open" equals ``MissionStatus.OPEN`` (a ``StrEnum`` member *is* its
    string), so one dict cannot hold both, and French needs "Ouvert" (un litige)
    where a mission is "Ouverte"."""

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


LABELS: dict[StrEnum, str] = {
    TalentStatus.AVAILABLE: QT_TRANSLATE_NOOP("Vocabulary", "Available"),
    TalentStatus.ON_MISSION: QT_TRANSLATE_NOOP("Vocabulary", "On mission"),
    TalentStatus.UNAVAILABLE: QT_TRANSLATE_NOOP("Vocabulary", "Unavailable"),
    TalentStatus.DO_NOT_CONTACT: QT_TRANSLATE_NOOP("Vocabulary", "Do not contact"),
    RemotePreference.FULL_REMOTE: QT_TRANSLATE_NOOP("Vocabulary", "Full remote"),
    RemotePreference.HYBRID: QT_TRANSLATE_NOOP("Vocabulary", "Hybrid"),
    RemotePreference.ON_SITE: QT_TRANSLATE_NOOP("Vocabulary", "On site"),
    PipelineStage.LEAD: QT_TRANSLATE_NOOP("Vocabulary", "Lead"),
    PipelineStage.CONTACTED: QT_TRANSLATE_NOOP("Vocabulary", "Contacted"),
    PipelineStage.QUALIFIED: QT_TRANSLATE_NOOP("Vocabulary", "Qualified"),
    PipelineStage.PROPOSAL: QT_TRANSLATE_NOOP("Vocabulary", "Proposal"),
    PipelineStage.WON: QT_TRANSLATE_NOOP("Vocabulary", "Won"),
    PipelineStage.LOST: QT_TRANSLATE_NOOP("Vocabulary", "Lost"),
    MissionStatus.DRAFT: QT_TRANSLATE_NOOP("Vocabulary", "Draft"),
    MissionStatus.OPEN: QT_TRANSLATE_NOOP("Vocabulary", "Open"),
    MissionStatus.PROPOSED: QT_TRANSLATE_NOOP("Vocabulary", "Proposed"),
    MissionStatus.STAFFED: QT_TRANSLATE_NOOP("Vocabulary", "Staffed"),
    MissionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Vocabulary", "In progress"),
    MissionStatus.COMPLETED: QT_TRANSLATE_NOOP("Vocabulary", "Completed"),
    MissionStatus.CANCELLED: QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"),
    OfferStatus.SENT: QT_TRANSLATE_NOOP("Vocabulary", "Sent"),
    OfferStatus.IN_DISCUSSION: QT_TRANSLATE_NOOP("Vocabulary", "In discussion"),
    OfferStatus.ACCEPTED: QT_TRANSLATE_NOOP("Vocabulary", "Accepted"),
    OfferStatus.REFUSED: QT_TRANSLATE_NOOP("Vocabulary", "Refused"),
    OfferStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Vocabulary", "Withdrawn"),
    OfferStatus.EXPIRED: QT_TRANSLATE_NOOP("Vocabulary", "Expired"),
    RefusalReason.RATE_TOO_LOW: QT_TRANSLATE_NOOP("Vocabulary", "Rate too low"),
    RefusalReason.VAGUE_SCOPE: QT_TRANSLATE_NOOP("Vocabulary", "Vague scope or unrealistic goals"),
    RefusalReason.SKILLS_NOT_MASTERED: QT_TRANSLATE_NOOP("Vocabulary", "Skills not mastered"),
    RefusalReason.LACK_OF_INTEREST: QT_TRANSLATE_NOOP("Vocabulary", "Lack of interest"),
    RefusalReason.SCHEDULE_CONFLICT: QT_TRANSLATE_NOOP(
        "Vocabulary", "Schedule conflict or overload"
    ),
    RefusalReason.RELATIONSHIP: QT_TRANSLATE_NOOP("Vocabulary", "Relationship or trust concern"),
    RefusalReason.VALUES: QT_TRANSLATE_NOOP("Vocabulary", "Values or ethics"),
    RefusalReason.RIGID_CONDITIONS: QT_TRANSLATE_NOOP(
        "Vocabulary", "Working conditions too rigid (on site, remote, hours)"
    ),
    BudgetKind.DAILY: QT_TRANSLATE_NOOP("Vocabulary", "Daily rate"),
    BudgetKind.FIXED: QT_TRANSLATE_NOOP("Vocabulary", "Fixed price"),
    ContractStatus.DRAFT: QT_TRANSLATE_NOOP("Vocabulary", "Draft"),
    ContractStatus.SENT: QT_TRANSLATE_NOOP("Vocabulary", "Sent"),
    ContractStatus.SIGNED: QT_TRANSLATE_NOOP("Vocabulary", "Signed"),
    ContractStatus.ACTIVE: QT_TRANSLATE_NOOP("Vocabulary", "Active"),
    ContractStatus.ENDED: QT_TRANSLATE_NOOP("Vocabulary", "Ended"),
    ContractStatus.TERMINATED: QT_TRANSLATE_NOOP("Vocabulary", "Terminated"),
    InvoiceStatus.DRAFT: QT_TRANSLATE_NOOP("Vocabulary", "Draft"),
    InvoiceStatus.ISSUED: QT_TRANSLATE_NOOP("Vocabulary", "Issued"),
    InvoiceStatus.PARTIALLY_PAID: QT_TRANSLATE_NOOP("Vocabulary", "Partially paid"),
    InvoiceStatus.PAID: QT_TRANSLATE_NOOP("Vocabulary", "Paid"),
    InvoiceStatus.CANCELLED: QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"),
    DerivedStatus.OVERDUE: QT_TRANSLATE_NOOP("Vocabulary", "Overdue"),
    InvoiceKind.INVOICE: QT_TRANSLATE_NOOP("Vocabulary", "Invoice"),
    InvoiceKind.CREDIT_NOTE: QT_TRANSLATE_NOOP("Vocabulary", "Credit note"),
    ActivityKind.NOTE: QT_TRANSLATE_NOOP("Vocabulary", "Note"),
    ActivityKind.EXCHANGE: QT_TRANSLATE_NOOP("Vocabulary", "Exchange"),
    ActivityKind.MINUTES: QT_TRANSLATE_NOOP("Vocabulary", "Meeting minutes"),
    ActivityKind.DISPUTE: QT_TRANSLATE_NOOP("Vocabulary", "Dispute"),
    ExchangeChannel.CALL: QT_TRANSLATE_NOOP("Vocabulary", "Phone call"),
    ExchangeChannel.EMAIL: QT_TRANSLATE_NOOP("Vocabulary", "E-mail"),
    ExchangeChannel.MEETING: QT_TRANSLATE_NOOP("Vocabulary", "Meeting in person"),
    ExchangeChannel.VIDEO: QT_TRANSLATE_NOOP("Vocabulary", "Video call"),
    SubjectType.TALENT: QT_TRANSLATE_NOOP("Vocabulary", "Talent"),
    SubjectType.COMPANY: QT_TRANSLATE_NOOP("Vocabulary", "Company"),
    SubjectType.CONTACT: QT_TRANSLATE_NOOP("Vocabulary", "Contact"),
    SubjectType.MISSION: QT_TRANSLATE_NOOP("Vocabulary", "Mission"),
    SubjectType.CONTRACT: QT_TRANSLATE_NOOP("Vocabulary", "Contract"),
}

DISPUTE_STATUS_LABELS: dict[DisputeStatus, str] = {
    DisputeStatus.OPEN: QT_TRANSLATE_NOOP("DisputeStatus", "Open"),
    DisputeStatus.MEDIATION: QT_TRANSLATE_NOOP("DisputeStatus", "In mediation"),
    DisputeStatus.RESOLVED: QT_TRANSLATE_NOOP("DisputeStatus", "Resolved"),
    DisputeStatus.CLOSED: QT_TRANSLATE_NOOP("DisputeStatus", "Closed"),
}


def label(value: StrEnum) -> str:
    """The English label of a vocabulary value (translate it in the UI)."""
    return LABELS[value]
