"""Errors carrying user-facing messages that name the field at fault.

A message is an English template (marked for translation with its context) and
named parameters. ``str(error)`` gives the English text for logs and the CLI;
the UI translates ``template`` and then formats it with ``params``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Message:
    """A translatable message: ``context`` and ``template`` are what lupdate saw."""

    context: str
    template: str
    params: dict[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**{k: _plain(v) for k, v in self.params.items()})


class Amount(Decimal):
    """An amount in euros given to a message: "100,000 €" in the English text of logs and
    the command line; the window writes it the reader's way (every Decimal parameter)."""


def _plain(value: object) -> object:
    """Nested messages as English text; a list of them joined with commas; amounts."""
    if isinstance(value, Message):
        return str(value)
    if isinstance(value, Amount):
        return f"{value:,} €" if value != value.to_integral_value() else f"{value:,.0f} €"
    if isinstance(value, list) and value and all(isinstance(v, Message) for v in value):
        return ", ".join(str(v) for v in value)
    return value


class DomainError(Exception):
    """A rule of the trade was broken; the message says which and how to fix it."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


@dataclass(frozen=True)
class FieldError:
    """One invalid field: ``field`` is the attribute name, ``label`` its visible name."""

    field: str
    label: str
    message: Message

    def __str__(self) -> str:
        return f"{self.label}: {self.message}"


class ValidationError(DomainError):
    """One or several fields are invalid; nothing was written."""

    def __init__(self, errors: list[FieldError]) -> None:
        if not errors:
            raise ValueError("ValidationError needs at least one FieldError")
        self.errors = list(errors)
        first = self.errors[0]
        super().__init__(first.message)
        self.args = ("; ".join(str(e) for e in self.errors),)

    def __str__(self) -> str:
        return self.args[0]

    @property
    def fields(self) -> list[str]:
        return [e.field for e in self.errors]


class RecordInUseError(DomainError):
    """Deleting the record would orphan others (contracts, invoices...): refused."""
