"""Contracts: the document, its clauses, its life, agency mode and the ending assistant."""
