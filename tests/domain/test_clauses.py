"""Clause templates: every variable filled, or named; never printed raw."""

import pytest

from desktop.domain.clauses import ClauseVariableError, fill, paragraphs, variables_in

VALUES = {"client_name": "Acme", "start_date": "1 mars 2027", "talent_name": ""}


def test_variables_are_replaced():
    text = "Client : {{client_name}}, début {{ start_date }}."
    assert fill("Objet", text, VALUES) == "Client : Acme, début 1 mars 2027."
    assert variables_in(text) == ["client_name", "start_date"]


def test_an_unknown_variable_is_named():
    with pytest.raises(ClauseVariableError) as error:
        fill("Objet", "Pour {{clent_name}}", VALUES)
    assert error.value.unknown == ["clent_name"]
    assert "clent_name" in str(error.value) and "Objet" in str(error.value)


def test_an_unfilled_variable_is_named():
    with pytest.raises(ClauseVariableError) as error:
        fill("Non-sollicitation", "{{talent_name}} ne sera pas sollicité", VALUES)
    assert error.value.unfilled == ["talent_name"]
    assert "talent_name has no value" in str(error.value)


def test_a_broken_variable_is_refused_rather_than_printed():
    with pytest.raises(ClauseVariableError):
        fill("Prix", "Le prix est {{ client_name }", VALUES)


def test_paragraphs_split_at_blank_lines():
    assert paragraphs("Un.\nsuite\n\n  Deux.  \n\n\n") == ["Un.\nsuite", "Deux."]
