"""How well a talent fits a mission: a 0-100 score and the reasons behind each point.

Five components, each a fit between 0 and 1, weighted (the defaults sum to 100):

- **skills (40)**: the heart of a staffing decision, hence the largest share. Each
  required skill counts twice as much when it is a must-have; a skill held below the
  required level counts for ``held / required`` (level 3 of 4: 75 %). A missing
  must-have caps the whole score at :data:`MUST_HAVE_CAP`: no rate or date makes up
  for a skill the client insists on.
- **rate (20)** and **availability (20)**: the two reasons missions fall through
  after the skills match (the talent's TJM against the buy budget, and being free at
  the start with enough spare time).
- **remote and location (10)**, **seniority (10)**: usually negotiable, so lighter.

A refused sector excludes the talent (the score is None with the reason), as does the
"do not contact" status. An "unavailable" talent stays in the ranking with an
availability of 0, so that the user sees who to keep in touch with.

:func:`score_talent` is the reference; the SQL ranking
(:mod:`desktop.store.matching_query`) computes the same formulas from the same
constants, and a test checks both agree on random data. Floats are fine here: a fit is
a ratio, not money (rates are compared in integer cents).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from decimal import Decimal
from functools import lru_cache

from desktop.domain.errors import Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.money import to_cents
from desktop.domain.text import fold
from desktop.domain.vocabulary import RemotePreference, TalentStatus

CONTEXT = "Matching"

MUST_HAVE_WEIGHT = 2  # a must-have skill counts twice a nice-to-have one
NICE_TO_HAVE_WEIGHT = 1
MUST_HAVE_CAP = 40.0  # the most a talent missing a must-have skill can score
RATE_TOLERANCE = 0.25  # a rate 25 % above budget scores 0 on rate
NEGOTIABLE_RATE_FIT = 0.6  # above budget, but their stated minimum fits it
UNKNOWN_RATE_FIT = 0.5  # no budget or no rate: neither good nor bad
LATE_DAYS_TO_ZERO = 60  # available two months after the start: 0 on availability
ON_SITE_EXCESS_TO_ZERO = 3  # three days a week more on site than accepted: 0
HYBRID_DEFAULT_DAYS = 2  # "hybrid" without a stated maximum: the usual two days
SAME_CITY_FIT = 1.0
MOBILE_FIT = 0.8  # their mobility mentions the city, or the whole of France
SAME_REGION_FIT = 0.6
ELSEWHERE_FIT = 0.0
# Words of a mobility text meaning "anywhere" (lower case, as SQLite's lower() gives).
ANYWHERE = ("toute la france", "france entière", "france entiere", "partout", "anywhere")

COMPONENTS = ("skills", "rate", "availability", "location", "seniority")
COMPONENT_LABELS = {
    "skills": QT_TRANSLATE_NOOP("Matching", "Skills"),
    "rate": QT_TRANSLATE_NOOP("Matching", "Rate"),
    "availability": QT_TRANSLATE_NOOP("Matching", "Availability"),
    "location": QT_TRANSLATE_NOOP("Matching", "Remote and location"),
    "seniority": QT_TRANSLATE_NOOP("Matching", "Seniority"),
}


def _msg(template: str, **params: object) -> Message:
    return Message(CONTEXT, template, params)


@lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    """:func:`fold`, remembered: the same cities and sectors come back for every talent."""
    return fold(text)


# -- inputs ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SkillNeed:
    """A skill the mission requires, at a level, as a must-have or a nice-to-have."""

    skill_id: int
    name: str
    level: int
    must: bool = True

    @property
    def weight(self) -> int:
        return MUST_HAVE_WEIGHT if self.must else NICE_TO_HAVE_WEIGHT


@dataclass(frozen=True)
class MissionFacts:
    """What the score reads of a mission; ``region`` is resolved by the caller."""

    id: int
    title: str
    skills: tuple[SkillNeed, ...] = ()
    budget: Decimal | None = None  # the talent's daily rate the mission can pay (buy rate)
    start: dt.date = dt.date(2000, 1, 1)  # start date, or today when it has none
    part_time_percent: int = 100
    remote_policy: str = RemotePreference.HYBRID
    days_on_site: int = 0
    city: str = ""
    region: str = ""  # the region of the mission's city, when known
    sector: str = ""
    seniority_min: int = 0

    @property
    def on_site_days(self) -> int:
        """Days on site a week the mission asks for."""
        if self.remote_policy == RemotePreference.FULL_REMOTE:
            return 0
        if self.remote_policy == RemotePreference.ON_SITE:
            return self.days_on_site or 5
        return self.days_on_site

    @property
    def sector_key(self) -> str:
        return _folded(self.sector)

    @property
    def budget_cents(self) -> int | None:
        return to_cents(self.budget) if self.budget is not None and self.budget > 0 else None


@dataclass(frozen=True)
class TalentFacts:
    """What the score reads of a talent. ``levels`` maps skill id to level (1-5)."""

    id: int
    name: str = ""
    daily_rate: Decimal | None = None
    min_daily_rate: Decimal | None = None
    seniority_years: int = 0
    city: str = ""
    region: str = ""
    mobility: str = ""
    remote_preference: str = RemotePreference.HYBRID
    max_days_on_site: int | None = None
    available_from: dt.date | None = None
    load_percent: int = 0
    status: str = TalentStatus.AVAILABLE
    levels: Mapping[int, int] = field(default_factory=dict)
    refused_sectors: frozenset[str] = frozenset()  # folded sector names
    # (start, end or None, percent of their time) of each contract made here: its load
    # counts only over its dates, on top of ``load_percent`` (what they do elsewhere)
    contracts: tuple[tuple[dt.date, dt.date | None, int], ...] = ()

    def load_on(self, day: dt.date) -> int:
        """Their load on ``day``: their own, plus the contracts running that day."""
        busy = sum(
            p for start, end, p in self.contracts if start <= day and (end is None or day <= end)
        )
        return min(100, self.load_percent + busy)


@dataclass(frozen=True)
class Weights:
    """How many points each component is worth; any non-negative integers. All zero
    (every slider pulled down) means the defaults: a ranking needs something to rank by,
    and every score divides by :attr:`total`, so it is never 0."""

    skills: int = 40
    rate: int = 20
    availability: int = 20
    location: int = 10
    seniority: int = 10

    def __post_init__(self) -> None:
        if not any(self.as_dict().values()):
            for name, value in asdict(Weights()).items():
                object.__setattr__(self, name, value)

    @property
    def total(self) -> int:
        # not through as_dict(): dataclasses.asdict cost 11 ms a ranking (read per row)
        return self.skills + self.rate + self.availability + self.location + self.seniority

    def as_dict(self) -> dict[str, int]:
        # the fields one by one, not dataclasses.asdict (which deep-copies each value):
        # score_talent reads it for every row shown, 1.4 ms of a ranking
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: Mapping[str, object] | None) -> Weights:
        """Weights from stored settings; unknown keys and bad values fall back to defaults."""
        values = {}
        for f in fields(cls):
            value = (data or {}).get(f.name)
            if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 100:
                values[f.name] = value
        return cls(**values)


DEFAULT_WEIGHTS = Weights()
RANKED_STATUSES = (TalentStatus.AVAILABLE, TalentStatus.ON_MISSION, TalentStatus.UNAVAILABLE)


@dataclass(frozen=True)
class MatchFilters:
    """Which talents a ranking keeps, besides the exclusions (remembered per profile)."""

    min_score: int = 0
    available_by_start: bool = False  # free by the start date (not "unavailable")
    max_rate: Decimal | None = None
    place: str = ""  # a city or a region the talent lives in
    statuses: tuple[str, ...] = tuple(s.value for s in RANKED_STATUSES)

    def as_dict(self) -> dict[str, object]:
        return {
            "min_score": self.min_score,
            "available_by_start": self.available_by_start,
            "max_rate": None if self.max_rate is None else str(self.max_rate),
            "place": self.place,
            "statuses": list(self.statuses),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object] | None) -> MatchFilters:
        """Filters from stored settings; what cannot be read falls back to the default."""
        data = data or {}
        default = cls()
        min_score = data.get("min_score")
        max_rate = data.get("max_rate")
        try:
            rate = Decimal(str(max_rate)) if max_rate not in (None, "") else None
        except ArithmeticError:
            rate = None
        statuses = data.get("statuses")
        known = {s.value for s in RANKED_STATUSES}
        return cls(
            min_score=min_score
            if isinstance(min_score, int) and 0 <= min_score <= 100
            else default.min_score,
            available_by_start=bool(data.get("available_by_start", False)),
            max_rate=rate if rate is not None and rate >= 0 else None,
            place=str(data.get("place") or "").strip(),
            statuses=tuple(s for s in statuses if s in known)
            if isinstance(statuses, list)
            else default.statuses,
        )


# -- the components ----------------------------------------------------------------------


@dataclass(frozen=True)
class Fit:
    """One component's fit (0..1) and why."""

    value: float
    reasons: tuple[Message, ...] = ()


def skills_fit(needs: tuple[SkillNeed, ...], levels: Mapping[int, int]) -> tuple[Fit, list[str]]:
    """Weighted coverage of the required skills, and the must-haves missing."""
    if not needs:
        return Fit(1.0, (_msg(QT_TRANSLATE_NOOP("Matching", "No skill required")),)), []
    covered, reasons, missing = 0.0, [], []
    for need in needs:
        held = levels.get(need.skill_id)
        if held is None:
            if need.must:
                missing.append(need.name)
                reasons.append(
                    _msg(
                        QT_TRANSLATE_NOOP("Matching", "{skill}: missing (must-have)"),
                        skill=need.name,
                    )
                )
            else:
                reasons.append(
                    _msg(
                        QT_TRANSLATE_NOOP("Matching", "{skill}: missing (nice-to-have)"),
                        skill=need.name,
                    )
                )
            continue
        covered += need.weight * min(1.0, held * 1.0 / need.level)
        if held >= need.level:
            template = QT_TRANSLATE_NOOP("Matching", "{skill}: level {held}, {required} required")
        else:
            template = QT_TRANSLATE_NOOP("Matching", "{skill}: level {held} of {required} required")
        reasons.append(_msg(template, skill=need.name, held=held, required=need.level))
    total = sum(n.weight for n in needs)
    return Fit(covered / total, tuple(reasons)), missing


def rate_fit(budget: Decimal | None, rate: Decimal | None, minimum: Decimal | None) -> Fit:
    """1 within budget, falling to 0 at :data:`RATE_TOLERANCE` above it.

    A talent above budget whose stated minimum fits it keeps at least
    :data:`NEGOTIABLE_RATE_FIT`: they said they would accept it.
    """
    if budget is None or budget <= 0:
        return Fit(UNKNOWN_RATE_FIT, (_msg(QT_TRANSLATE_NOOP("Matching", "No budget set")),))
    if rate is None:
        return Fit(UNKNOWN_RATE_FIT, (_msg(QT_TRANSLATE_NOOP("Matching", "Daily rate unknown")),))
    budget_c, rate_c = to_cents(budget), to_cents(rate)
    if rate_c <= budget_c:
        return Fit(
            1.0,
            (
                _msg(
                    QT_TRANSLATE_NOOP("Matching", "Rate {rate} within budget {budget}"),
                    rate=rate,
                    budget=budget,
                ),
            ),
        )
    value = max(0.0, 1.0 - (rate_c - budget_c) / (RATE_TOLERANCE * budget_c))
    percent = round((rate_c - budget_c) * 100 / budget_c)
    reasons = [
        _msg(
            QT_TRANSLATE_NOOP("Matching", "Rate {rate} is {percent}% above budget {budget}"),
            rate=rate,
            percent=percent,
            budget=budget,
        )
    ]
    if minimum is not None and to_cents(minimum) <= budget_c:
        value = max(NEGOTIABLE_RATE_FIT, value)
        reasons.append(
            _msg(
                QT_TRANSLATE_NOOP("Matching", "Accepts down to {minimum}: negotiable"),
                minimum=minimum,
            )
        )
    return Fit(value, tuple(reasons))


def availability_fit(
    start: dt.date,
    part_time_percent: int,
    available_from: dt.date | None,
    load_percent: int,
    status: str,
) -> Fit:
    """Free at the start with enough spare time: 1.

    Busy at the start (available later): falls to 0 at :data:`LATE_DAYS_TO_ZERO` days
    late. Free by the start: the share of the mission's time their current load leaves.
    """
    if status == TalentStatus.UNAVAILABLE:
        return Fit(0.0, (_msg(QT_TRANSLATE_NOOP("Matching", "Marked unavailable")),))
    if available_from is not None and available_from > start:
        late = (available_from - start).days
        value = max(0.0, 1.0 - late / LATE_DAYS_TO_ZERO)
        if late == 1:
            reason = _msg(QT_TRANSLATE_NOOP("Matching", "Available the day after the start"))
        elif late < 14:
            reason = _msg(
                QT_TRANSLATE_NOOP("Matching", "Available {days} days after the start"), days=late
            )
        else:
            reason = _msg(
                QT_TRANSLATE_NOOP("Matching", "Available {weeks} weeks after the start"),
                weeks=round(late / 7),
            )
        return Fit(value, (reason,))
    value = min(1.0, (100 - load_percent) * 1.0 / part_time_percent)
    if value >= 1.0:
        if load_percent:
            template = QT_TRANSLATE_NOOP(
                "Matching", "Available at the start ({load}% of their time already taken)"
            )
        else:
            template = QT_TRANSLATE_NOOP("Matching", "Available at the start")
        return Fit(1.0, (_msg(template, load=load_percent),))
    return Fit(
        value,
        (
            _msg(
                QT_TRANSLATE_NOOP(
                    "Matching", "{load}% of their time already taken; the mission needs {needed}%"
                ),
                load=load_percent,
                needed=part_time_percent,
            ),
        ),
    )


def on_site_tolerance(remote_preference: str, max_days_on_site: int | None) -> int:
    """Days on site a week the talent accepts (their stated maximum, else by preference)."""
    if max_days_on_site is not None:
        return max_days_on_site
    if remote_preference == RemotePreference.FULL_REMOTE:
        return 0
    if remote_preference == RemotePreference.ON_SITE:
        return 5
    return HYBRID_DEFAULT_DAYS


def sql_lower(text: str) -> str:
    """Lower case the way SQLite's ``lower()`` does it: ASCII letters only."""
    return text.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@lru_cache(maxsize=1024)
def mobility_needles(city: str) -> tuple[str, ...]:
    """What a mobility text must contain to cover ``city``: the city, or "anywhere"."""
    if not city.strip():
        return ()
    needles = dict.fromkeys((sql_lower(city.strip()), fold(city), *ANYWHERE))
    return tuple(needles)


def location_fit(mission: MissionFacts, talent: TalentFacts) -> Fit:
    """Remote fit (days on site against what they accept) x place fit (where they live).

    The place matters in proportion to the days on site: living elsewhere costs nothing
    on a full-remote mission and everything on a five-day on-site one.
    """
    days = mission.on_site_days
    tolerance = on_site_tolerance(talent.remote_preference, talent.max_days_on_site)
    excess = max(0, days - tolerance)
    remote = max(0.0, 1.0 - excess / ON_SITE_EXCESS_TO_ZERO)
    reasons = []
    if days == 0:
        reasons.append(_msg(QT_TRANSLATE_NOOP("Matching", "Full remote mission")))
    elif excess:
        reasons.append(
            _msg(
                QT_TRANSLATE_NOOP(
                    "Matching", "Days on site a week: {days} asked, {accepted} at most accepted"
                ),
                accepted=tolerance,
                days=days,
            )
        )
    else:
        reasons.append(
            _msg(QT_TRANSLATE_NOOP("Matching", "Days on site a week: {days}, accepted"), days=days)
        )
    if days == 0 or not mission.city.strip():
        place = 1.0
    elif _folded(talent.city) == _folded(mission.city):
        place = SAME_CITY_FIT
        reasons.append(_msg(QT_TRANSLATE_NOOP("Matching", "Lives in {city}"), city=talent.city))
    elif any(n in sql_lower(talent.mobility) for n in mobility_needles(mission.city)):
        place = MOBILE_FIT
        reasons.append(
            _msg(
                QT_TRANSLATE_NOOP("Matching", "Lives in {city}, mobile: {mobility}"),
                city=talent.city,
                mobility=talent.mobility,
            )
        )
    elif mission.region and talent.region == mission.region:
        place = SAME_REGION_FIT
        reasons.append(
            _msg(
                QT_TRANSLATE_NOOP("Matching", "Lives in {city}, same region ({region})"),
                city=talent.city,
                region=talent.region,
            )
        )
    else:
        place = ELSEWHERE_FIT
        reasons.append(
            _msg(
                QT_TRANSLATE_NOOP("Matching", "Lives in {city}, the mission is in {mission_city}"),
                city=talent.city or "—",
                mission_city=mission.city,
            )
        )
    placed = 1.0 - (1.0 - place) * days / 5.0
    return Fit(remote * placed, tuple(reasons))


_SENIORITY = {  # (one year?, something required?) -> template
    (True, False): QT_TRANSLATE_NOOP("Matching", "1 year of experience, none required"),
    (False, False): QT_TRANSLATE_NOOP("Matching", "{years} years of experience, none required"),
    (True, True): QT_TRANSLATE_NOOP("Matching", "1 year of experience, {required} required"),
    (False, True): QT_TRANSLATE_NOOP(
        "Matching", "{years} years of experience, {required} required"
    ),
}


def seniority_fit(required: int, years: int) -> Fit:
    """1 from the required years of experience on, in proportion below."""
    value = 1.0 if required <= 0 or years >= required else years * 1.0 / required
    template = _SENIORITY[(years == 1, required > 0)]
    return Fit(value, (_msg(template, years=years, required=required),))


# -- the score ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Component:
    key: str  # one of COMPONENTS
    fit: float  # 0..1
    weight: int
    points: float  # what it adds to the total (out of 100)
    max_points: float  # what it would add at a fit of 1
    reasons: tuple[Message, ...]

    @property
    def label(self) -> str:
        """English label, context "Matching"."""
        return COMPONENT_LABELS[self.key]


@dataclass(frozen=True)
class Breakdown:
    """A talent's score for a mission, component by component, with the reasons."""

    total: float | None  # 0..100; None when excluded
    components: tuple[Component, ...] = ()
    capped: Message | None = None  # why the total was capped
    excluded: Message | None = None  # why the talent is not ranked at all
    missing_must: tuple[str, ...] = ()

    @property
    def score(self) -> int | None:
        return None if self.total is None else int(self.total + 0.5)

    def component(self, key: str) -> Component:
        return next(c for c in self.components if c.key == key)

    def weakest(self, count: int = 2) -> list[Component]:
        """The components losing the most points, worst first (those losing some)."""
        losing = [c for c in self.components if c.weight and c.fit < 1.0]
        share = {c.key: c.weight * (1.0 - c.fit) for c in losing}
        return sorted(losing, key=lambda c: -share[c.key])[:count]


def score_talent(
    mission: MissionFacts, talent: TalentFacts, weights: Weights = DEFAULT_WEIGHTS
) -> Breakdown:
    """The score of ``talent`` for ``mission``, explained (the reference implementation)."""
    if talent.status == TalentStatus.DO_NOT_CONTACT:
        return Breakdown(None, excluded=_msg(QT_TRANSLATE_NOOP("Matching", "Do not contact")))
    if mission.sector_key and mission.sector_key in talent.refused_sectors:
        return Breakdown(
            None,
            excluded=_msg(
                QT_TRANSLATE_NOOP("Matching", "Refuses the sector {sector}"), sector=mission.sector
            ),
        )
    skills, missing = skills_fit(mission.skills, talent.levels)
    fits = {
        "skills": skills,
        "rate": rate_fit(mission.budget, talent.daily_rate, talent.min_daily_rate),
        "availability": availability_fit(
            mission.start,
            mission.part_time_percent,
            talent.available_from,
            talent.load_on(mission.start),
            talent.status,
        ),
        "location": location_fit(mission, talent),
        "seniority": seniority_fit(mission.seniority_min, talent.seniority_years),
    }
    per_weight = weights.as_dict()
    weight_total = sum(per_weight.values())
    components = tuple(
        Component(
            key,
            fits[key].value,
            per_weight[key],
            per_weight[key] * fits[key].value * 100.0 / weight_total,
            per_weight[key] * 100.0 / weight_total,
            fits[key].reasons,
        )
        for key in COMPONENTS
    )
    # The same order of operations as the SQL ranking, for the same float result.
    total = sum(per_weight[key] * fits[key].value for key in COMPONENTS) * 100.0 / weight_total
    capped = None
    if missing and total > MUST_HAVE_CAP:
        total = MUST_HAVE_CAP
        capped = _msg(
            QT_TRANSLATE_NOOP("Matching", "Capped at {cap}: must-have skill missing ({skills})"),
            cap=int(MUST_HAVE_CAP),
            skills=", ".join(missing),
        )
    return Breakdown(total, components, capped, None, tuple(missing))
