"""Talent pool screens."""
