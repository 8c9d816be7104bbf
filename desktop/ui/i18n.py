"""Interface language: Qt translators, and display of the domain's messages.

English is the source language; French ships as ``freelance_desk_fr.qm``.
Messages from the domain and services (:class:`~desktop.domain.errors.Message`)
are translated here, parameters included when they are messages themselves.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.domain import formatting
from desktop.domain.errors import DomainError, Message, ValidationError
from desktop.resource_files import resources_dir

_language = "en"
_translators: list[QTranslator] = []  # kept alive while installed


def language() -> str:
    """The interface language in use: ``"fr"`` or ``"en"``."""
    return _language


def system_language() -> str:
    name = QLocale.system().name()  # fr_FR, en_US...
    return "fr" if name.startswith("fr") else "en"


def resolve_language(forced: str | None, saved: str | None) -> str:
    """The command line wins, then the saved setting, then the system locale."""
    for choice in (forced, saved):
        if choice in formatting.SUPPORTED_LANGUAGES:
            return choice
    return system_language()


def install(app: QCoreApplication, lang: str) -> None:
    """Install our translations and Qt's own (standard buttons, dialogs) for ``lang``."""
    global _language
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    _language = lang
    # Spin boxes, date edits and calendars follow Qt's default locale: 10,5 % and
    # dd/MM/yyyy in French, 10.5% in English (British English: day-first dates too).
    QLocale.setDefault(
        QLocale(QLocale.Language.French, QLocale.Country.France)
        if lang == "fr"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    if lang == "en":
        return
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "translations" / f"freelance_desk_{lang}.qm")):
        app.installTranslator(ours)
        _translators.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _translators.append(qt)


def tr_message(message: Message) -> str:
    """The message in the interface language, its parameters translated too (amounts,
    given as Decimal, written the reader's way)."""
    params = {}
    for key, value in message.params.items():
        if isinstance(value, Message):
            value = tr_message(value)
        elif isinstance(value, Decimal):  # amounts: "100 000 €" in French, "€100,000"
            value = formatting.format_rate(value, _language)
        elif isinstance(value, list) and value and isinstance(value[0], Message):
            value = ", ".join(tr_message(v) for v in value)
        params[key] = value
    text = QCoreApplication.translate(message.context, message.template)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with broken placeholders
        return message.template.format(**params)


def tr_error(error: DomainError) -> str:
    """A domain error as one readable paragraph; validation errors one field per line."""
    if isinstance(error, ValidationError):
        pattern = QCoreApplication.translate("Validation", "{field}: {message}")
        return "\n".join(
            pattern.format(
                field=QCoreApplication.translate("Field", e.label), message=tr_message(e.message)
            )
            for e in error.errors
        )
    return tr_message(error.message)


def tr_label(value: str | StrEnum, *kinds: type[StrEnum]) -> str:
    """The visible label of a vocabulary code (``"on_mission"`` -> "En mission").

    A member knows its vocabulary; for a bare code, name the vocabularies it may belong
    to (``tr_label(code, ContractStatus)``), since "sent" or "open" mean different words
    in different ones.
    """
    # Here, not at the top: the vocabularies' enum classes are not needed before the
    # window shows (this module is imported before it).
    from desktop.domain.vocabulary import LABELS, kind_of

    kind = kind_of(value, kinds or None)
    if kind is None:
        return str(value)
    return QCoreApplication.translate(kind.__name__, LABELS[kind][kind(value)])


def count_text(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (translated templates with ``{n}``) by the language's plural rule:
    French treats 0 and 1 as singular ("0 jour", "1 jour"), English only 1.

    Chosen over Qt's ``%n`` plurals: pyside6-lupdate 6.11 misses those whose count is
    an attribute (``m.days``) and does not mark the others as plural.
    """
    singular = n <= 1 if _language == "fr" else n == 1
    return (one if singular else many).format(n=n)


def tr_column(text: str) -> str:
    return QCoreApplication.translate("Columns", text)
