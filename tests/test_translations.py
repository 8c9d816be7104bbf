"""Every visible text is translated to French, and the shipped files match the code."""

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui import i18n
from desktop.ui.app import create_application

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
TS = TRANSLATIONS / "freelance_desk_fr.ts"


def load_update_script():
    spec = importlib.util.spec_from_file_location(
        "update", TRANSLATIONS.parent.parent / "packaging" / "translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            found[(name, message.find("source").text)] = message.find("translation")
    return found


def forms(translation: ET.Element) -> list[str]:
    """The translated text, or each plural form of a plural text."""
    plural = translation.findall("numerusform")
    return [f.text or "" for f in plural] if plural else [translation.text or ""]


def test_every_text_has_a_french_translation_with_the_same_placeholders():
    for (context, source), translation in messages(TS).items():
        assert translation.get("type") is None, (context, source)
        for text in forms(translation):
            assert text, (context, source)
            placeholders = set(re.findall(r"\{[^}]*\}|%n", source))
            assert set(re.findall(r"\{[^}]*\}|%n", text)) == placeholders, source


@pytest.mark.parametrize("language", ["fr"])
def test_the_translation_source_lists_every_text_of_the_code(tmp_path, language):
    update = load_update_script()
    source = TRANSLATIONS / f"freelance_desk_{language}.ts"
    fresh = tmp_path / f"fresh_{language}.ts"
    shutil.copy(source, fresh)
    update.update(fresh)
    assert set(messages(fresh)) == set(messages(source)), "run: python dev.py translations"


@pytest.mark.parametrize("language", ["fr"])
def test_the_compiled_files_match_their_sources(tmp_path, language):
    update = load_update_script()
    source = TRANSLATIONS / f"freelance_desk_{language}.ts"
    compiled = tmp_path / f"{language}.qm"
    update.release(source, compiled)
    assert compiled.read_bytes() == source.with_suffix(".qm").read_bytes(), (
        "run: python dev.py translations"
    )


@pytest.fixture
def french():
    app = create_application()
    i18n.install(app, "fr")
    yield app
    i18n.install(QApplication.instance(), "en")


def test_the_interface_speaks_french(french):
    assert i18n.tr_label("on_mission") == "En mission"
    from desktop.ui.main_window import SECTIONS, section_title

    assert [section_title(s) for s in SECTIONS][:4] == [
        "Accueil",
        "À faire",
        "Talents",
        "Entreprises",
    ]


def test_domain_messages_are_translated_with_their_parameters(french):
    from desktop.domain.errors import ValidationError
    from desktop.domain.validation import CompanyDraft, validate_company

    with pytest.raises(ValidationError) as info:
        validate_company(CompanyDraft("ACME", siren="552120223", stage="lost"))
    text = i18n.tr_error(info.value)
    assert "SIREN\u00a0: la clé de contrôle est fausse (faute de frappe ?)" in text
    assert "Raison de la perte\u00a0: indiquez pourquoi l’affaire a été perdue" in text


def test_the_same_code_gets_the_right_words_in_each_vocabulary(french):
    from desktop.domain.vocabulary import ContractStatus, DisputeStatus, MissionStatus, OfferStatus

    assert i18n.tr_label("sent", OfferStatus) == "Envoyée"  # une proposition
    assert i18n.tr_label("sent", ContractStatus) == "Envoyé"  # un contrat
    assert i18n.tr_label("open", MissionStatus) == "Ouverte"  # une mission
    assert i18n.tr_label(DisputeStatus.OPEN) == "Ouvert"  # un litige


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        ("fr", ["0 jour", "1 jour", "2 jours"]),
        ("en", ["0 days", "1 day", "2 days"]),
    ],
)
def test_counts_follow_each_language_plural_rule(language, texts):
    app = create_application()
    i18n.install(app, language)
    try:
        from desktop.ui.details import days

        assert [days(n) for n in (0, 1, 2)] == texts
    finally:
        i18n.install(app, "en")
