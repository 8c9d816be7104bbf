"""French company identifiers and contact details, checked with python-stdnum.

- SIREN: 9 digits with a Luhn key (INSEE); SIRET: SIREN + 5-digit NIC, Luhn
  over the 14 digits, with La Poste's exception handled by stdnum.
- French VAT number: ``FR`` + 2-digit key + SIREN, key = (12 + 3 x (SIREN mod 97))
  mod 97 (CGI annexe II art. 286 ter; stdnum ``fr.siren.to_tva``).
- Other EU VAT numbers: stdnum's per-country rules (``eu.vat``).
- Phone numbers: Google's libphonenumber plans (``phonenumberslite``).

Each function returns the normalised value (spaces and dots removed) or raises
``ValueError`` whose text is a translatable template naming the problem; the
caller adds the field name (see :mod:`desktop.domain.validation`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desktop.domain.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import phonenumbers

# phonenumbers and stdnum (with ssl, pydoc...) cost 55 ms to import: imported by the
# function that first checks a number, not by every screen that imports validation.

WRONG_KEY = QT_TRANSLATE_NOOP("Validation", "the check key is wrong (typo?)")
WRONG_LENGTH_SIREN = QT_TRANSLATE_NOOP("Validation", "a SIREN has 9 digits")
WRONG_LENGTH_SIRET = QT_TRANSLATE_NOOP("Validation", "a SIRET has 14 digits")
NOT_DIGITS = QT_TRANSLATE_NOOP("Validation", "only digits and spaces are allowed")
BAD_VAT = QT_TRANSLATE_NOOP("Validation", "not a valid EU VAT number")
VAT_SIREN_MISMATCH = QT_TRANSLATE_NOOP(
    "Validation", "this French VAT number belongs to another SIREN"
)
BAD_EMAIL = QT_TRANSLATE_NOOP("Validation", "not an email address (name@domain.fr)")
VAT_WRONG_KEY = QT_TRANSLATE_NOOP(
    "Validation", "the check key is wrong (typo?): with SIREN {siren} the number is {expected}"
)
BAD_PHONE = QT_TRANSLATE_NOOP(
    "Validation", "not a valid phone number (e.g. 06 12 34 56 78 or +44 20 7946 0958)"
)


def _stdnum_check(module, value: str, wrong_length: str) -> str:
    from stdnum import exceptions as stdnum_errors

    try:
        return module.validate(value)
    except stdnum_errors.InvalidChecksum:
        raise ValueError(WRONG_KEY) from None
    except stdnum_errors.InvalidLength:
        raise ValueError(wrong_length) from None
    except stdnum_errors.ValidationError:
        raise ValueError(NOT_DIGITS) from None


def normalise_siren(value: str) -> str:
    """``"552 120 222"`` -> ``"552120222"``; raises ValueError if the key or length is wrong."""
    from stdnum.fr import siren as fr_siren

    return _stdnum_check(fr_siren, value, WRONG_LENGTH_SIREN)


def normalise_siret(value: str) -> str:
    """``"552 120 222 00013"`` -> ``"55212022200013"``; raises ValueError if invalid."""
    from stdnum.fr import siret as fr_siret

    return _stdnum_check(fr_siret, value, WRONG_LENGTH_SIRET)


def french_vat_from_siren(siren: str) -> str:
    """The intra-EU VAT number of a French company: ``FR`` + key + SIREN."""
    from stdnum.fr import siren as fr_siren

    return "FR" + fr_siren.to_tva(normalise_siren(siren)).replace(" ", "")


def normalise_vat(value: str, siren: str | None = None) -> str:
    """An EU VAT number in compact form (``FR40303265045``); checks it matches ``siren``."""
    from stdnum import exceptions as stdnum_errors
    from stdnum.eu import vat as eu_vat

    try:
        compact = eu_vat.validate(value)
    except stdnum_errors.InvalidChecksum:
        wrong = _wrong_vat_key(value)
        raise (wrong if isinstance(wrong, IdentifierError) else ValueError(wrong)) from None
    except stdnum_errors.ValidationError:
        raise ValueError(BAD_VAT) from None
    if siren and compact.startswith("FR") and compact[-9:] != siren:
        raise ValueError(VAT_SIREN_MISMATCH)
    return compact


class IdentifierError(ValueError):
    """A ``ValueError`` whose template has parameters (``params``) to fill in."""

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(template)
        self.params = params


def _wrong_vat_key(value: str) -> str | IdentifierError:
    """The message for a VAT number whose check key is wrong, like the SIREN's; for a French
    number whose SIREN is right, with the number that SIREN gives (its key computed)."""
    from stdnum.eu import vat as eu_vat
    from stdnum.fr import siren as fr_siren

    compact = eu_vat.compact(value)
    siren = compact[4:]
    if compact.startswith("FR") and fr_siren.is_valid(siren):
        expected = french_vat_from_siren(siren)
        return IdentifierError(VAT_WRONG_KEY, siren=siren, expected=expected)
    return WRONG_KEY


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


def normalise_email(value: str) -> str:
    """Trimmed; the domain lower-cased. Raises ValueError if it has no ``name@domain.tld`` shape."""
    text = value.strip()
    if not _EMAIL.match(text):
        raise ValueError(BAD_EMAIL)
    local, domain = text.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


# France's overseas departments have their own country codes in the numbering plan, but
# their numbers are dialled from mainland France like any other: 0692 12 34 56 (Réunion).
FRENCH_OVERSEAS = ("RE", "GP", "MQ", "GF", "YT")


def normalise_phone(value: str, region: str = "FR") -> str:
    """A valid number for its country's numbering plan (libphonenumber), formatted:
    ``0612345678`` -> ``06 12 34 56 78``; a foreign one internationally, ``+44 20 7946 0958``.
    Numbers without a country code are read as French, the overseas departments included
    (``0692 12 34 56``, ``+262 692 12 34 56`` -> ``0692 12 34 56``).
    A number that has the right shape but lies in no range the plan allocates (``07 12 34
    56 78``) is kept, formatted: it may be new, and refusing it loses a contact; see
    :func:`phone_is_allocated` to warn about it.
    """
    import phonenumbers

    domestic = (region, *FRENCH_OVERSEAS) if region == "FR" else (region,)
    numbers = []
    for home in domestic:
        try:
            number = phonenumbers.parse(value, home)
        except phonenumbers.NumberParseException:
            raise ValueError(BAD_PHONE) from None
        numbers.append(number)
        if phonenumbers.is_valid_number(number):
            national = phonenumbers.region_code_for_number(number) in domestic
            allocated = True
            break
    else:
        number = numbers[0]
        if not _well_formed(number):
            raise ValueError(BAD_PHONE)
        national = number.country_code == phonenumbers.country_code_for_region(region)
        allocated = False
    style = phonenumbers.PhoneNumberFormat
    formatted = phonenumbers.format_number(
        number, style.NATIONAL if national else style.INTERNATIONAL
    )
    # What was just learnt, for phone_is_allocated (imports ask it of each row's phone
    # right after validation; parsing again cost a fifth of an import's check).
    if len(_ALLOCATED) > 4096:
        _ALLOCATED.clear()
    _ALLOCATED[(formatted, region)] = allocated
    return formatted


def _well_formed(number: phonenumbers.PhoneNumber) -> bool:
    """The right length, and the shape of the country's numbers (its plan's general
    pattern: ``[1-9]\\d{8}`` in France), even if no range holds it yet."""
    import phonenumbers

    if not phonenumbers.is_possible_number(number):
        return False
    region = phonenumbers.region_code_for_country_code(number.country_code)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    pattern = metadata.general_desc.national_number_pattern if metadata else None
    return bool(pattern and re.fullmatch(pattern, str(number.national_number)))


_ALLOCATED: dict[tuple[str, str], bool] = {}


def phone_is_allocated(value: str, region: str = "FR") -> bool:
    """Whether a number :func:`normalise_phone` accepted lies in an allocated range."""
    known = _ALLOCATED.get((value, region))
    if known is not None:
        return known
    import phonenumbers

    domestic = (region, *FRENCH_OVERSEAS) if region == "FR" else (region,)
    for home in domestic:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(value, home)):
                return True
        except phonenumbers.NumberParseException:
            return False
    return False
