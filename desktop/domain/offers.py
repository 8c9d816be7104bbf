"""The life of an offer: which status may follow which, and what an answer needs.

    sent ──> in discussion ──> accepted | refused | withdrawn | expired
      └──────────────────────> accepted | refused | withdrawn | expired

Accepted, refused, withdrawn and expired are final: a new proposal is a new
offer (one per mission and talent: a refused offer can be reopened as "in
discussion" when the talent comes back, which keeps its history).
"""

from __future__ import annotations

from desktop.domain.errors import DomainError, Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.vocabulary import OfferStatus, RefusalReason, label_message

FINAL = {OfferStatus.ACCEPTED, OfferStatus.REFUSED, OfferStatus.WITHDRAWN, OfferStatus.EXPIRED}
_NEXT: dict[OfferStatus, set[OfferStatus]] = {
    OfferStatus.SENT: {OfferStatus.IN_DISCUSSION} | FINAL,
    OfferStatus.IN_DISCUSSION: set(FINAL),
    OfferStatus.REFUSED: {OfferStatus.IN_DISCUSSION},  # the talent came back
    OfferStatus.EXPIRED: {OfferStatus.IN_DISCUSSION},
    OfferStatus.ACCEPTED: set(),
    OfferStatus.WITHDRAWN: set(),
}

ILLEGAL = QT_TRANSLATE_NOOP("Offers", "An offer that is “{current}” cannot become “{wanted}”.")
REFUSAL_NEEDS_REASON = QT_TRANSLATE_NOOP(
    "Offers", "Say why the talent refused: pick at least one reason."
)
UNKNOWN_REASON = QT_TRANSLATE_NOOP("Offers", "Unknown refusal reason “{reason}”.")


def allowed_next(status: str) -> set[OfferStatus]:
    """The statuses an offer in ``status`` may move to."""
    return set(_NEXT[OfferStatus(status)])


def check_transition(current: str, wanted: str, reasons: tuple[str, ...] = ()) -> None:
    """Raise :class:`DomainError` unless ``current`` -> ``wanted`` is allowed (with reasons)."""
    current_status, wanted_status = OfferStatus(current), OfferStatus(wanted)
    if wanted_status not in _NEXT[current_status]:
        raise DomainError(
            Message(
                "Offers",
                ILLEGAL,
                {
                    "current": label_message(current_status),
                    "wanted": label_message(wanted_status),
                },
            )
        )
    if wanted_status == OfferStatus.REFUSED:
        if not reasons:
            raise DomainError(Message("Offers", REFUSAL_NEEDS_REASON))
        known = {r.value for r in RefusalReason}
        for reason in reasons:
            if reason not in known:
                raise DomainError(Message("Offers", UNKNOWN_REASON, {"reason": reason}))
