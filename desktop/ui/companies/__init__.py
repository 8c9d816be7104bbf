"""Prospect and client screens."""
