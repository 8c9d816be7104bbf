"""VAT on invoices: rates, regimes, categories, and totals computed as EN 16931 does.

Sources (docs/INVOICING-LAW.md has the list and what was checked):

- rates: 20 % (CGI art. 278), 10 % (art. 279), 5.5 % (art. 278-0 bis), 2.1 %
  (art. 281 quater to 281 nonies), for mainland France;
- franchise en base (CGI art. 293 B): no VAT shown; the invoice says
  « TVA non applicable, art. 293 B du CGI » (BOFiP, franchise, "en matière de facturation");
- reverse charge: a service to a business established in another EU member state
  is taxed where the client is (CGI art. 259-1°, directive 2006/112/EC art. 44) and
  the client pays the VAT (directive art. 196, CGI art. 283-2); the invoice carries both
  VAT numbers (CGI ann. II art. 242 nonies A, 4°) and the word « Autoliquidation » (13°);
- late-payment interest and the 40 EUR indemnity repair a loss and are no consideration
  for a service, hence outside the scope of VAT (CGI art. 256): category O.

Rounding, decided once (docs/DESIGN.md, "Invoicing"): each line's net amount is
quantity x unit price rounded half up to the cent; the VAT of a category is the sum of
its lines' net amounts times the rate, rounded half up to the cent (EN 16931 BR-CO-17,
so the Factur-X XML and the printed invoice carry the same figures); the VAT total is the
sum of the categories. Never VAT per line then summed: that can differ by cents from
what BR-CO-17 checks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from desktop.domain.money import ZERO, line_total, round_cent

# Mainland France (CGI art. 278, 279, 278-0 bis, 281 quater and following).
STANDARD_RATES: tuple[Decimal, ...] = (
    Decimal("20"),
    Decimal("10"),
    Decimal("5.5"),
    Decimal("2.1"),
)

FRANCHISE_MENTION = "TVA non applicable, art. 293 B du CGI"
REVERSE_CHARGE_MENTION = "Autoliquidation"
OUT_OF_SCOPE_MENTION = "Hors champ de la TVA (indemnités de retard, CGI art. 256)"
VAT_ON_DEBITS_MENTION = "Option pour le paiement de la taxe d'après les débits"


class VatRegime(StrEnum):
    """How an invoice handles VAT, chosen from the seller and the client."""

    STANDARD = "standard"  # VAT charged at the line's rate
    FRANCHISE = "franchise"  # seller under art. 293 B (micro-entrepreneur)
    REVERSE_CHARGE = "reverse_charge"  # EU business client pays the VAT (art. 196)


class VatCategory(StrEnum):
    """UNTDID 5305 codes used by EN 16931 (BT-118, BT-151)."""

    STANDARD = "S"
    EXEMPT = "E"
    REVERSE_CHARGE = "AE"
    OUT_OF_SCOPE = "O"


# Exemption reason text (BT-120) and VATEX code (BT-121) per category.
EXEMPTIONS: dict[VatCategory, tuple[str, str]] = {
    VatCategory.EXEMPT: (FRANCHISE_MENTION, "VATEX-FR-FRANCHISE"),
    VatCategory.REVERSE_CHARGE: (REVERSE_CHARGE_MENTION, "VATEX-EU-AE"),
    VatCategory.OUT_OF_SCOPE: (OUT_OF_SCOPE_MENTION, "VATEX-EU-O"),
}

EU_MEMBER_STATES = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GR",
        "HR",
        "HU",
        "IE",
        "IT",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SE",
        "SI",
        "SK",
    ]
)


def regime_for(
    seller_franchise: bool, client_country: str, client_vat_number: str | None
) -> VatRegime:
    """The regime an invoice takes by default.

    A franchise seller charges no VAT to anyone. A business client in another EU state
    (it has a VAT number there) self-assesses. Everything else is standard French VAT
    (clients outside the EU are left to the user: export rules are not handled here).
    """
    if seller_franchise:
        return VatRegime.FRANCHISE
    country = (client_country or "FR").upper()
    if country != "FR" and country in EU_MEMBER_STATES and client_vat_number:
        return VatRegime.REVERSE_CHARGE
    return VatRegime.STANDARD


def category_for(regime: VatRegime, out_of_scope: bool = False) -> VatCategory:
    """The VAT category of a line: penalties are out of scope whatever the regime."""
    if out_of_scope:
        return VatCategory.OUT_OF_SCOPE
    return {
        VatRegime.STANDARD: VatCategory.STANDARD,
        VatRegime.FRANCHISE: VatCategory.EXEMPT,
        VatRegime.REVERSE_CHARGE: VatCategory.REVERSE_CHARGE,
    }[regime]


def is_allowed_rate(category: VatCategory, rate: Decimal) -> bool:
    """Standard lines take one of the French rates; every other category is at 0 %."""
    if category is VatCategory.STANDARD:
        return Decimal(rate) in STANDARD_RATES
    return Decimal(rate) == 0


@dataclass(frozen=True)
class TaxableLine:
    """What totals need of a line: its net amount (already rounded), category and rate."""

    net: Decimal
    category: VatCategory
    rate: Decimal


@dataclass(frozen=True)
class VatBreakdown:
    """One VAT category and rate of an invoice (EN 16931 BG-23)."""

    category: VatCategory
    rate: Decimal
    taxable: Decimal  # BT-116: sum of the lines' net amounts
    tax: Decimal  # BT-117: taxable x rate / 100, rounded half up to the cent
    exemption_reason: str = ""  # BT-120
    exemption_code: str = ""  # BT-121


@dataclass(frozen=True)
class Totals:
    """The document totals (EN 16931 BG-22), signed: a credit note's are negative."""

    net: Decimal  # BT-106 = BT-109 (no document-level allowance or charge)
    tax: Decimal  # BT-110
    gross: Decimal  # BT-112
    breakdown: tuple[VatBreakdown, ...]


def net_amount(quantity: Decimal, unit_price: Decimal) -> Decimal:
    """A line's net amount (BT-131): quantity x price, half up to the cent."""
    return line_total(quantity, unit_price)


def compute_totals(lines: Iterable[TaxableLine]) -> Totals:
    """Totals with VAT computed per category and rate on the sum of the net amounts."""
    groups: dict[tuple[VatCategory, Decimal], Decimal] = {}
    for line in lines:
        key = (VatCategory(line.category), Decimal(line.rate).normalize())
        groups[key] = groups.get(key, ZERO) + line.net
    breakdown = []
    for (category, rate), taxable in sorted(groups.items(), key=lambda kv: (kv[0][0], -kv[0][1])):
        tax = round_cent(taxable * rate / 100) if category is VatCategory.STANDARD else ZERO
        reason, code = EXEMPTIONS.get(category, ("", ""))
        breakdown.append(VatBreakdown(category, rate, round_cent(taxable), tax, reason, code))
    net = round_cent(sum((b.taxable for b in breakdown), ZERO))
    tax = round_cent(sum((b.tax for b in breakdown), ZERO))
    return Totals(net, tax, net + tax, tuple(breakdown))
