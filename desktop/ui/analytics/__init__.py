"""Refusal analytics: the page, its charts and table, and the lessons box of the offer dialog."""
