"""The seller on the invoices: My company, as the :class:`Party` an invoice freezes at issue.

My company (Settings > My company, :mod:`desktop.services.company`) is the one identity
every document prints; invoicing reads it here, in one place, and maps it with
:func:`desktop.domain.invoice_document.seller_of` ("EI" after an individual's name,
"RCS <city>", the share capital as printed, ``vat_franchise`` for a 293 B seller).

- :func:`seller` never refuses: blank fields where nothing was entered (screens show the
  defaults it implies; issuing names what is missing, ``invoices.check_seller``);
- :func:`complete_seller` is what documents and ``invoices.issue()`` use by default: a
  mandatory mention missing raises :class:`~desktop.services.company.CompanyIncompleteError`,
  which lists them and which the UI turns into a link to the page.
"""

from __future__ import annotations

from desktop.domain.invoice_document import Party, seller_of
from desktop.services import company


def seller() -> Party:
    """My company as the seller of an invoice (blank fields where nothing was entered)."""
    return seller_of(company.identity())


def complete_seller() -> Party:
    """My company as the seller, or CompanyIncompleteError naming what to fill."""
    return seller_of(company.require_complete())
