"""E-mail templates: a subject and a body with named variables, ``{client_name}``.

A variable is a name between braces; ``{{`` and ``}}`` write a brace. Filling a
template refuses to leave a hole: a variable that is unknown (a typo) or has no
value (the contact has no first name) is named, and the e-mail is not sent until
the text or the record is fixed. A silent blank ("Bonjour ,") is what a client
would see otherwise.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from desktop.domain.errors import DomainError, Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Template:
    subject: str
    body: str


@dataclass(frozen=True)
class Filled:
    subject: str
    body: str


class TemplateError(DomainError):
    """Some variables cannot be filled; ``missing`` and ``unknown`` name them."""

    def __init__(self, missing: list[str], unknown: list[str], broken: bool = False) -> None:
        self.missing, self.unknown, self.broken = missing, unknown, broken
        if broken:
            message = Message(
                "MailTemplate",
                QT_TRANSLATE_NOOP(
                    "MailTemplate",
                    "A brace is not closed: write each variable between braces, like {example}.",
                ),
                {"example": "{client_name}"},
            )
        elif unknown:
            message = Message(
                "MailTemplate",
                QT_TRANSLATE_NOOP(
                    "MailTemplate", "Unknown variable: {names}. Check its spelling in the list."
                ),
                {"names": ", ".join("{" + n + "}" for n in unknown)},
            )
        else:
            message = Message(
                "MailTemplate",
                QT_TRANSLATE_NOOP(
                    "MailTemplate",
                    "No value for {names}: fill it in the record, or remove it from the text.",
                ),
                {"names": ", ".join("{" + n + "}" for n in missing)},
            )
        super().__init__(message)


def variables_of(text: str) -> list[str]:
    """The variable names ``text`` uses, in order, each once; raises on a broken brace."""
    names: dict[str, None] = {}
    try:
        for _literal, name, _spec, _conversion in string.Formatter().parse(text):
            if name is not None:
                names.setdefault(name.strip(), None)
    except ValueError:
        raise TemplateError([], [], broken=True) from None
    return list(names)


def fill(template: Template, values: dict[str, str], known: set[str] | None = None) -> Filled:
    """The subject and body with every variable replaced; raises :class:`TemplateError`
    naming the variables that are unknown (not in ``known``) or without a value."""
    used = variables_of(template.subject) + [
        n for n in variables_of(template.body) if n not in variables_of(template.subject)
    ]
    known = set(values) if known is None else known
    unknown = [n for n in used if n not in known or not n.isidentifier()]
    missing = [n for n in used if n not in unknown and not str(values.get(n, "")).strip()]
    if unknown or missing:
        raise TemplateError(missing, unknown)
    clean = {n: str(values[n]) for n in used}

    def render(text: str) -> str:
        out = []
        for literal, name, _spec, _conversion in string.Formatter().parse(text):
            out.append(literal)
            if name is not None:
                out.append(clean[name.strip()])
        return "".join(out)

    subject = " ".join(render(template.subject).split())  # one line, whatever was filled in
    return Filled(subject, render(template.body))
