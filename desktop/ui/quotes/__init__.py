"""Quotes of a mission: list, editor, sending, answers and PDF."""
