"""The seller on the invoices: My company, as the :class:`Party` an invoice freezes at issue.

My company (Settings > My company, :mod:`desktop.services.company`) is the one identity
every document prints; invoicing reads it here, in one place. A document is refused while
a mandatory mention is missing (:class:`~desktop.services.company.CompanyIncompleteError`
lists them and the UI links to the page); the invoice's own seller checks
(``services.invoices.check_seller``) run again when it is issued.
"""

from __future__ import annotations

from desktop.domain.invoice_document import Party, seller_of
from desktop.services import company


def seller() -> Party:
    """My company as the seller of an invoice (CompanyIncompleteError when incomplete)."""
    return seller_of(company.require_complete())
