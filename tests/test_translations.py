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

TRANSLATIONS = Path(__file__).resolve().parent.parent / "desktop" / "resources" / "translations"
TS = TRANSLATIONS / "freelance_desk_fr.ts"


def load_update_script():
    spec = importlib.util.spec_from_file_location("update", TRANSLATIONS / "update.py")
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


def test_every_text_has_a_french_translation_with_the_same_placeholders():
    for (context, source), translation in messages(TS).items():
        assert translation.get("type") is None and translation.text, (context, source)
        placeholders = set(re.findall(r"\{[^}]*\}", source))
        assert set(re.findall(r"\{[^}]*\}", translation.text)) == placeholders, source


def test_the_translation_source_lists_every_text_of_the_code(tmp_path):
    update = load_update_script()
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    update.update(fresh)
    assert set(messages(fresh)) == set(messages(TS)), "run: python dev.py translations"


def test_the_compiled_file_matches_its_source(tmp_path):
    update = load_update_script()
    compiled = tmp_path / "fr.qm"
    update.release(TS, compiled)
    assert compiled.read_bytes() == TS.with_suffix(".qm").read_bytes(), (
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

    assert [section_title(s) for s in SECTIONS][:3] == ["Accueil", "Talents", "Entreprises"]


def test_domain_messages_are_translated_with_their_parameters(french):
    from desktop.domain.errors import ValidationError
    from desktop.domain.validation import CompanyDraft, validate_company

    with pytest.raises(ValidationError) as info:
        validate_company(CompanyDraft("ACME", siren="552120223", stage="lost"))
    text = i18n.tr_error(info.value)
    assert "SIREN : la clé de contrôle est fausse (faute de frappe ?)" in text
    assert "Raison de la perte : indiquez pourquoi l’affaire a été perdue" in text
