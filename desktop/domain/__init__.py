"""Pure business rules: no Qt, no database, no import of the rest of the project."""
