"""Persistence: peewee models, database opening, migrations, search index, backups."""
