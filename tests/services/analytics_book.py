"""A small book of offers whose every count is known by hand (refusal analytics tests).

Three clients, five missions, fourteen offers written through the real services
(propose, then answer). With ``TODAY`` on 22 November 2026, "the last 12 months"
start on 1 December 2025: the two offers of June 2025 fall outside them.

Counted by hand over the last 12 months: 12 offers sent, 2 accepted, 6 refused,
1 withdrawn, 1 expired, 2 pending; reasons: rate too low 4, rigid conditions 2,
vague scope 1, schedule conflict 1; missions staffed in 10 and 4 days, 2 open.
"""

import datetime as dt
from decimal import Decimal

from desktop.domain.missions import MissionDraft
from desktop.domain.validation import CompanyDraft, TalentDraft
from desktop.domain.vocabulary import RefusalReason as R
from desktop.services import companies, missions, offers, talents

D = dt.date


def offer(mission, talent, sent, status="sent", answered=None, reasons=(), rate="650"):
    """One offer sent on ``sent`` and answered on ``answered`` through the services."""
    (offer_id,) = offers.propose(
        mission, [talent], Decimal(rate), today=sent, allow_incomplete_scope=True
    ).created
    if status != "sent":
        # second_seat: the book's history has missions staffed twice (two seats)
        offers.set_status(
            offer_id, status, tuple(reasons), today=answered or sent, second_seat=True
        )
    return offer_id


def build_book() -> dict[str, int]:
    """Who refused what, when; returns the ids of the companies and missions."""
    alpha = companies.create_company(CompanyDraft("Banque Alpha", sector="Banque"))
    beta = companies.create_company(CompanyDraft("Énergie Bêta", sector="Énergie"))
    gamma = companies.create_company(CompanyDraft("Gamma Crédit", sector="Banque"))

    def mission(company, title, sector):
        return missions.create_mission(MissionDraft(company, title, sector=sector, status="open"))

    a1 = mission(alpha, "Migration Kubernetes", "Banque")
    a2 = mission(alpha, "Refonte du SI de paie", "Banque")
    b0 = mission(beta, "Audit de sécurité", "Énergie")
    b1 = mission(beta, "Data platform", "Énergie")
    c1 = mission(gamma, "Application mobile", "Banque")
    t1, t2, t3, t4, t5 = (
        talents.create_talent(TalentDraft(first, "Martin"))
        for first in ("Anne", "Bruno", "Chloé", "Denis", "Élodie")
    )
    # Alpha, mission 1: two refusals for the rate, then staffed on 12 March (10 days).
    offer(a1, t1, D(2026, 3, 2), "refused", D(2026, 3, 4), (R.RATE_TOO_LOW, R.VAGUE_SCOPE), "600")
    offer(a1, t2, D(2026, 3, 2), "refused", D(2026, 3, 5), (R.RATE_TOO_LOW,), "600")
    offer(a1, t3, D(2026, 3, 5), "accepted", D(2026, 3, 12), rate="650")
    offer(a1, t4, D(2026, 3, 5), "withdrawn", D(2026, 3, 13))
    # Alpha, mission 2: still open.
    offer(a2, t1, D(2026, 10, 1), "refused", D(2026, 10, 3), (R.RATE_TOO_LOW,), "640")
    offer(a2, t2, D(2026, 10, 1))
    offer(a2, t5, D(2026, 10, 2), "expired", D(2026, 10, 17))
    # Bêta: an old mission staffed in 20 days, a recent one in 4 days.
    offer(b0, t1, D(2025, 6, 1), "accepted", D(2025, 6, 21), rate="700")
    offer(b0, t2, D(2025, 6, 1), "refused", D(2025, 6, 3), (R.VALUES,))
    offer(b1, t1, D(2026, 6, 10), "accepted", D(2026, 6, 14), rate="700")
    offer(b1, t2, D(2026, 6, 10), "refused", D(2026, 6, 11), (R.SCHEDULE_CONFLICT,))
    # Gamma (same sector as Alpha): on site only, never staffed.
    offer(c1, t3, D(2026, 7, 1), "refused", D(2026, 7, 2), (R.RIGID_CONDITIONS,))
    offer(c1, t4, D(2026, 7, 1), "refused", D(2026, 7, 3), (R.RIGID_CONDITIONS, R.RATE_TOO_LOW))
    offer(c1, t5, D(2026, 7, 2), "in_discussion", D(2026, 7, 4))
    return {"alpha": alpha, "beta": beta, "gamma": gamma, "a1": a1, "a2": a2, "b0": b0, "c1": c1}
