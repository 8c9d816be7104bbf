"""Reading one cell as the value of a field: amounts, dates, numbers, statuses, skills.

Each parser takes a cell (text, or a typed Excel value) that is not empty and returns
the value, or raises :class:`CellError` whose message says what was expected. Nothing
here guesses silently: ``31/02/2026`` is an error, not the 3rd of March.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal
from enum import StrEnum

from desktop.domain.errors import Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.money import parse_amount
from desktop.domain.text import fold
from desktop.domain.validation import NOT_AN_AMOUNT, UNKNOWN_CHOICE, SkillLevel, clean_list
from desktop.domain.vocabulary import PipelineStage, RemotePreference, TalentStatus, label
from desktop.services.importing.readers import Cell, cell_text

NOT_A_DATE = QT_TRANSLATE_NOOP("Import", "not a date (e.g. 31/12/2026 or 2026-12-31)")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Import", "not a whole number (e.g. 5)")
NOT_AN_AVAILABILITY = QT_TRANSLATE_NOOP(
    "Import", "not a date (e.g. 31/12/2026, immédiate, sous 1 mois, janvier 2027)"
)
NOT_A_COUNTRY = QT_TRANSLATE_NOOP("Import", "unknown country {value!r}: use a code like FR or BE")


class CellError(ValueError):
    """A cell that cannot be read as its field; ``message`` says what was expected."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def _fail(template: str, context: str = "Import", **params: object) -> CellError:
    return CellError(Message(context, template, params))


def match_key(text: str) -> str:
    """Letters and digits only, folded: ``"N° TVA"`` -> ``"ntva"``, ``"E-mail"`` -> ``"email"``."""
    return re.sub(r"[^0-9a-z]", "", fold(text))


# French labels of the vocabularies an import or an export names (the same words as the
# French translation, which the Qt-free CLI cannot load), then other words people use.
VOCABULARY_WORDS: dict[StrEnum, tuple[str, ...]] = {
    TalentStatus.AVAILABLE: ("Disponible", "dispo", "libre", "free"),
    TalentStatus.ON_MISSION: ("En mission", "en poste", "busy", "staffed"),
    TalentStatus.UNAVAILABLE: ("Indisponible", "pas disponible", "not available"),
    TalentStatus.DO_NOT_CONTACT: ("Ne pas contacter", "blacklist", "do not call"),
    RemotePreference.FULL_REMOTE: (
        "Full remote", "télétravail complet", "100 % télétravail", "télétravail", "remote",
        "distanciel",
    ),
    RemotePreference.HYBRID: ("Hybride", "mixte", "partiel"),
    RemotePreference.ON_SITE: ("Sur site", "présentiel", "onsite", "sur place"),
    PipelineStage.LEAD: ("Piste", "prospect", "nouveau", "new", "à contacter"),
    PipelineStage.CONTACTED: ("Contacté", "contactée", "en contact"),
    PipelineStage.QUALIFIED: ("Qualifié", "qualifiée"),
    PipelineStage.PROPOSAL: ("Proposition", "devis", "offre", "proposition envoyée"),
    PipelineStage.WON: ("Gagné", "gagnée", "client", "signé", "customer"),
    PipelineStage.LOST: ("Perdu", "perdue", "abandonné"),
}  # fmt: skip


def french_label(value: StrEnum) -> str:
    """The French label of a vocabulary value (as in the French translation)."""
    return VOCABULARY_WORDS[value][0]


def _vocabulary_index(kind: type[StrEnum]) -> dict[str, str]:
    index: dict[str, str] = {}
    for member in kind:
        for word in (member.value, label(member), *VOCABULARY_WORDS[member]):
            index.setdefault(match_key(word), member.value)
    return index


def vocabulary(kind: type[StrEnum]) -> Callable[[Cell], str]:
    """A parser of a vocabulary: code, English or French label, or a usual synonym."""
    index = _vocabulary_index(kind)

    def parse(value: Cell) -> str:
        text = cell_text(value).strip()
        found = index.get(match_key(text))
        if found is None:
            raise _fail(UNKNOWN_CHOICE, "Validation", value=text)
        return found

    return parse


_REMOTE_INDEX = _vocabulary_index(RemotePreference)


def text(value: Cell) -> str:
    return cell_text(value).strip()


def _first_of_several(text: str) -> str:
    """Google Contacts puts several values in one cell: ``a@x.fr ::: b@y.fr``."""
    return text.split(":::")[0].strip()


def email(value: Cell) -> str:
    """``Jean <jean@x.fr>`` and ``mailto:jean@x.fr`` -> ``jean@x.fr`` (checked by validation)."""
    raw = _first_of_several(cell_text(value).strip())
    inside = re.search(r"<([^<>]+@[^<>]+)>", raw)
    return (inside.group(1) if inside else raw).removeprefix("mailto:").strip()


def phone(value: Cell) -> str:
    """A phone; a number cell lost its leading 0 in Excel (612345678): it gets it back."""
    if isinstance(value, Decimal):
        digits = str(int(value))
        return "0" + digits if len(digits) == 9 else digits
    return _first_of_several(cell_text(value).strip())


def identifier(value: Cell) -> str:
    """SIREN, SIRET: a number cell as its digits."""
    return str(int(value)) if isinstance(value, Decimal) else cell_text(value).strip()


def postal_code(value: Cell) -> str:
    """A number cell lost the leading 0 of 06000 (Nice) in Excel: it gets it back."""
    if isinstance(value, Decimal):
        return f"{int(value):05d}"
    return cell_text(value).strip()


_RATE_SUFFIX = re.compile(
    r"\s*(/\s*(j|jour|day|d)|par jour|per day|\(?ht\)?|\(?h\.t\.\)?|hors taxes?|excl\.? vat"
    r"|,-)\s*\.?$",
    re.IGNORECASE,
)
_THOUSANDS = re.compile(r"^(.*?\d)\s*k\s*(€|eur|euros?)?$", re.IGNORECASE)


def money(value: Cell) -> Decimal:
    """``650``, ``1 234,50 €``, ``650 € HT/j``; an Excel number as it is."""
    if isinstance(value, Decimal):
        return value
    raw = cell_text(value).strip()
    previous = None
    while previous != raw:
        previous, raw = raw, _RATE_SUFFIX.sub("", raw).strip()
    thousands = _THOUSANDS.match(raw)  # "1,05 k€" -> 1050
    try:
        if thousands:
            return parse_amount(thousands.group(1)).scaleb(3).normalize() + 0
        return parse_amount(raw)
    except ValueError:
        raise _fail(NOT_AN_AMOUNT, "Validation") from None


# -- remote preference as French spreadsheets write it ---------------------------------

_DAYS = (
    r"(\d)\s*(?:j|jours?|days?|d)\b\.?\s*"
    r"(?:par semaine\s*|/\s*(?:semaine|sem|week)\s*|a\s*|en\s*|de\s*|d'|du\s*)?"
)
_ON_SITE_DAYS = re.compile(
    _DAYS + r"(?:sur site|site|presentiel|au bureau|bureau|on[- ]?site|in office|office"
    r"|chez le client|client)"
)
_REMOTE_DAYS = re.compile(
    _DAYS + r"(?:teletravail|tt|remote|distanciel|home office|wfh|a distance)"
)
_REMOTE_WORD = r"(teletravail|tt|remote|distanciel)"
_REMOTE_PATTERNS = (
    (re.compile(r"\b(pas de|sans|aucun|no|zero|0 ?%?)\s*" + _REMOTE_WORD),
     RemotePreference.ON_SITE),
    (re.compile(r"(100 ?%|full|fully|total|complet|integral|only|uniquement|exclusif)\s*"
                + _REMOTE_WORD + "|" + _REMOTE_WORD
                + r"\s*(100 ?%|total|complet|integral|only|uniquement|exclusif)"),
     RemotePreference.FULL_REMOTE),
    (re.compile(r"hybrid|partiel|mixte|flexible|flex\b|ponctuel|occasionnel"
                r"|\d\s*(j|jours?|days?)\b"),
     RemotePreference.HYBRID),
    (re.compile(r"presentiel|sur site|on ?site|sur place|au bureau|100 ?% ?site"),
     RemotePreference.ON_SITE),
    (re.compile(r"teletravail|remote|distanciel|a distance"), RemotePreference.FULL_REMOTE),
)  # fmt: skip


def days_on_site(value: Cell) -> int | None:
    """Days on site a week that a remote preference states: "2 jours sur site" -> 2,
    "3j de télétravail" -> 2; None when it states none ("Hybride (2j)" says not which)."""
    text = fold(cell_text(value))
    if match := _ON_SITE_DAYS.search(text):
        return min(int(match.group(1)), 5)
    if match := _REMOTE_DAYS.search(text):
        return max(5 - int(match.group(1)), 0)
    return None


def remote(value: Cell) -> str:
    """A remote preference: a label, a code, or what people type ("Hybride (2j)",
    "2 jours sur site", "télétravail partiel", "100 % remote", "pas de télétravail")."""
    text = cell_text(value).strip()
    found = _REMOTE_INDEX.get(match_key(text))
    if found is not None:
        return found
    days = days_on_site(text)
    if days is not None:
        if days == 0:
            return RemotePreference.FULL_REMOTE.value
        return RemotePreference.ON_SITE.value if days >= 5 else RemotePreference.HYBRID.value
    folded = fold(text)
    for pattern, code in _REMOTE_PATTERNS:
        if pattern.search(folded):
            return code.value
    raise _fail(UNKNOWN_CHOICE, "Validation", value=text)


# -- availability as people write it ----------------------------------------------------


def today() -> dt.date:
    """The date words like "immédiate" or "sous 1 mois" count from (tests replace it)."""
    return dt.date.today()


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` + ``months`` calendar months, the day clipped to the month's end."""
    import calendar

    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


_NOW = re.compile(
    r"^(immediat(e|ement)?|des que possible|dqp|asap|a\.?s\.?a\.?p\.?|de suite|tout de suite|"
    r"maintenant|now|immediately|today|aujourd'?hui|disponible|dispo|libre|available|"
    r"des maintenant|des aujourd'?hui|oui)\W*$"
)
_DELAY = re.compile(r"(\d+)\s*(jours?|j|days?|semaines?|sem|weeks?|mois|months?|m)\b")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (("janvier", "janv", "january", "jan"), ("fevrier", "fevr", "fev", "february", "feb"),
         ("mars", "march", "mar"), ("avril", "avr", "april", "apr"), ("mai", "may"),
         ("juin", "june", "jun"), ("juillet", "juil", "july", "jul"),
         ("aout", "august", "aug"), ("septembre", "sept", "september", "sep"),
         ("octobre", "oct", "october"), ("novembre", "nov", "november"),
         ("decembre", "dec", "december")),
        1,
    )
    for name in names
}  # fmt: skip
_MONTH = re.compile(r"^(debut|mi|fin|courant|early|mid|end of|late)?[\s-]*([a-z]+)\.?\s*(\d{4})?$")
_DATE_PREFIX = re.compile(
    r"^(disponible|dispo|available)?\s*(a partir du|a partir de|a compter du|des le|le|du|from|"
    r"on|as of)\s+"
)


def availability(value: Cell) -> dt.date:
    """An availability date: a date, or "immédiate", "dès que possible", "ASAP" (today),
    "sous 1 mois", "préavis 3 mois", "dans 2 semaines" (today plus that), "janvier 2027",
    "fin mars" (that month), "à partir du 01/12/2026"."""
    if isinstance(value, dt.date):
        return date(value)
    text = cell_text(value).strip()
    try:
        return date(text)
    except CellError:
        pass
    folded = " ".join(fold(text).replace("’", "'").split())
    start = today()
    if _NOW.match(folded):
        return start
    stripped = _DATE_PREFIX.sub("", folded)
    if stripped != folded:
        try:
            return date(stripped)
        except CellError:
            pass
    delay = _DELAY.search(folded)
    if delay:
        count, unit = int(delay.group(1)), delay.group(2)
        if unit.startswith(("mois", "month", "m")):
            return add_months(start, count)
        if unit.startswith(("sem", "week")):
            return start + dt.timedelta(weeks=count)
        return start + dt.timedelta(days=count)
    month = _MONTH.match(stripped)
    if month and month.group(2) in _MONTHS:
        number = _MONTHS[month.group(2)]
        year = int(month.group(3)) if month.group(3) else start.year
        if not month.group(3) and number < start.month:
            year += 1  # "janvier" in November means next January
        day = {"mi": 15, "mid": 15}.get(month.group(1) or "", 1)
        if month.group(1) in ("fin", "end of", "late"):
            return add_months(dt.date(year, number, 1), 1) - dt.timedelta(days=1)
        return dt.date(year, number, day)
    raise _fail(NOT_AN_AVAILABILITY)


_WHOLE = re.compile(
    r"(\d+)(?:[.,]0+)?\s*(?:ans?|années?|years?|yrs?|%|\+|jours?|days?|j)?", re.IGNORECASE
)


def whole_number(value: Cell) -> int:
    """``5``, ``5 ans``, ``80 %``, ``10+``; an Excel number with no decimals."""
    if isinstance(value, Decimal):
        if value != value.to_integral_value():
            raise _fail(NOT_A_NUMBER)
        return int(value)
    match = _WHOLE.fullmatch(cell_text(value).strip())
    if not match:
        raise _fail(NOT_A_NUMBER)
    return int(match.group(1))


_DATE_FORMATS = (
    (re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})"), ("d", "m", "y")),
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"), ("y", "m", "d")),
    (re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})"), ("y", "m", "d")),
    (re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2})"), ("d", "m", "yy")),
)
_TIME = re.compile(r"(?:[ T]\d{1,2}[:h]\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")


def date(value: Cell) -> dt.date:
    """dd/mm/yyyy, dd/mm/yy (20yy), yyyy-mm-dd, d.m.yyyy, with a time after it or not.

    Day first, as in France: 03/04/2026 is the 3rd of April.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raw = cell_text(value).strip()
    for pattern, order in _DATE_FORMATS:
        match = re.fullmatch(pattern.pattern + _TIME.pattern, raw)
        if match:
            parts = dict(zip(order, (int(g) for g in match.groups()[:3]), strict=True))
            year = parts.get("y", 2000 + parts.get("yy", 0))
            try:
                return dt.date(year, parts["m"], parts["d"])
            except ValueError:
                break
    raise _fail(NOT_A_DATE)


_SKILL = re.compile(r"(.*?)\s*(?:[:=(]|\s-\s)\s*(\d+)\s*(?:/\s*5)?\s*\)?\s*")


def skills(value: Cell) -> tuple[SkillLevel, ...]:
    """``Java:4, React:3``, ``Java (4); React``, ``Java - 4/5``, ``Java, React`` (level 3).

    A level outside 1-5 is kept for validation to name it.
    """
    result = []
    for item in re.split(r"[,;|\n]", cell_text(value)):
        item = item.strip()
        if not item:
            continue
        match = _SKILL.fullmatch(item)
        if match and match.group(1):
            result.append(SkillLevel(match.group(1).strip(), int(match.group(2))))
        else:
            result.append(SkillLevel(item, 3))
    return tuple(result)


def word_list(value: Cell) -> tuple[str, ...]:
    """Tags, refused sectors: separated by commas or semicolons."""
    return clean_list(re.split(r"[,;\n]", cell_text(value)))


_COUNTRIES = {
    match_key(name): code
    for code, names in {
        "FR": ("France", "République française"),
        "BE": ("Belgique", "Belgium"),
        "CH": ("Suisse", "Switzerland"),
        "LU": ("Luxembourg",),
        "MC": ("Monaco",),
        "DE": ("Allemagne", "Germany", "Deutschland"),
        "ES": ("Espagne", "Spain"),
        "IT": ("Italie", "Italy"),
        "PT": ("Portugal",),
        "NL": ("Pays-Bas", "Netherlands", "Nederland"),
        "GB": ("Royaume-Uni", "United Kingdom", "UK", "Angleterre", "England"),
        "IE": ("Irlande", "Ireland"),
        "US": ("États-Unis", "United States", "USA"),
        "CA": ("Canada",),
        "MA": ("Maroc", "Morocco"),
        "TN": ("Tunisie", "Tunisia"),
    }.items()
    for name in names
}


def country(value: Cell) -> str:
    """A 2-letter code, or a country name in French or English."""
    raw = cell_text(value).strip()
    if re.fullmatch(r"[A-Za-z]{2}", raw):
        return raw.upper()
    found = _COUNTRIES.get(match_key(raw))
    if found is None:
        raise _fail(NOT_A_COUNTRY, value=raw)
    return found
