"""Invoicing screens: the invoice editor, the actions on an invoice (issue, payment, credit
note, penalties, history), receivables, supplier invoices, month-end batch, accounting
export. Built over desktop.services.invoices and its neighbours; no rule lives here."""
