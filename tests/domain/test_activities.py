"""What each kind of written trace must hold before it is saved."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.activities import ActionDraft, ActivityDraft, validate_activity
from desktop.domain.errors import ValidationError
from tests.conftest import TODAY

NOON = dt.datetime.combine(TODAY, dt.time(12, 0))


def errors_of(draft: ActivityDraft) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        validate_activity(draft, TODAY)
    return {e.field: str(e.message) for e in info.value.errors}


def test_a_note_needs_a_subject_or_a_text():
    assert "body" in errors_of(ActivityDraft("note", NOON, title="  ", body="\n"))
    assert validate_activity(ActivityDraft("note", NOON, body=" Rappeler lundi "), TODAY).body == (
        "Rappeler lundi"
    )
    assert validate_activity(ActivityDraft("note", NOON, title="Relance"), TODAY).title == "Relance"


def test_an_exchange_needs_its_channel_and_may_be_planned_ahead():
    errors = errors_of(ActivityDraft("exchange", NOON, title="Point hebdo"))
    assert set(errors) == {"channel"} and "call" in errors["channel"]
    assert "channel" in errors_of(ActivityDraft("exchange", NOON, title="x", channel="fax"))
    next_week = NOON + dt.timedelta(days=7)
    planned = validate_activity(
        ActivityDraft("exchange", next_week, title="Appel de cadrage", channel="video"), TODAY
    )
    assert planned.occurred_at == next_week


@pytest.mark.parametrize("kind", ["note", "minutes", "dispute"])
def test_what_has_happened_cannot_be_dated_after_today(kind):
    tomorrow = NOON + dt.timedelta(days=1)
    draft = ActivityDraft(
        kind, tomorrow, title="x", decisions="x", cause="x", dispute_status="open"
    )
    assert set(errors_of(draft)) == {"occurred_at"}
    later_today = dt.datetime.combine(TODAY, dt.time(23, 59))
    assert validate_activity(
        ActivityDraft(
            kind, later_today, title="x", decisions="x", cause="x", dispute_status="open"
        ),
        TODAY,
    )


def test_a_date_is_required():
    assert "occurred_at" in errors_of(ActivityDraft("note", None, title="x"))


def test_minutes_need_a_decision_or_an_action_and_every_action_a_description():
    assert set(errors_of(ActivityDraft("minutes", NOON, title="Copil"))) == {"decisions"}
    only_actions = validate_activity(
        ActivityDraft(
            "minutes",
            NOON,
            actions=(
                ActionDraft("  Envoyer   le devis ", " Nous ", TODAY + dt.timedelta(days=3)),
                ActionDraft(""),  # an empty row of the table: ignored
            ),
        ),
        TODAY,
    )
    assert only_actions.actions == (
        ActionDraft("Envoyer le devis", "Nous", TODAY + dt.timedelta(days=3)),
    )
    errors = errors_of(
        ActivityDraft(
            "minutes",
            NOON,
            decisions="Go",
            actions=(ActionDraft("ok"), ActionDraft("", owner="DSI")),
        )
    )
    assert errors == {"actions": "action 2: describe what is to be done"}


def test_an_action_cannot_be_due_before_the_meeting_that_decided_it():
    draft = ActivityDraft(
        "minutes",
        NOON,
        decisions="Go",
        actions=(ActionDraft("Signer", due_on=TODAY - dt.timedelta(days=1)),),
    )
    assert errors_of(draft) == {"actions": "action 1: due before the meeting that decided it"}


def test_a_dispute_needs_a_cause_a_status_and_a_mediator_when_in_mediation():
    assert set(errors_of(ActivityDraft("dispute", NOON, title="Retard de paiement"))) == {
        "cause",
        "dispute_status",
    }
    errors = errors_of(
        ActivityDraft("dispute", NOON, cause="Facture impayée", dispute_status="mediation")
    )
    assert set(errors) == {"mediator"}
    assert (
        validate_activity(
            ActivityDraft(
                "dispute",
                NOON,
                cause="Facture impayée",
                dispute_status="mediation",
                mediator=" Médiateur des entreprises ",
            ),
            TODAY,
        ).mediator
        == "Médiateur des entreprises"
    )


def test_every_error_is_reported_at_once_with_the_field_label():
    with pytest.raises(ValidationError) as info:
        validate_activity(ActivityDraft("dispute", None, title="x" * 201), TODAY)
    assert set(info.value.fields) == {"occurred_at", "title", "cause", "dispute_status"}
    labels = {e.field: e.label for e in info.value.errors}
    assert labels["cause"] == "Cause of the dispute"
    assert labels["occurred_at"] == "Date and time"


def test_an_unknown_kind_is_refused():
    assert set(errors_of(ActivityDraft("tweet", NOON, title="x"))) == {"kind"}


def test_fields_of_other_kinds_are_emptied():
    note = validate_activity(
        ActivityDraft(
            "note",
            NOON,
            title="x",
            channel="call",
            decisions="hidden",
            actions=(ActionDraft("hidden"),),
            cause="hidden",
            dispute_status="open",
        ),
        TODAY,
    )
    assert (note.channel, note.decisions, note.actions, note.cause, note.dispute_status) == (
        "",
        "",
        (),
        "",
        "",
    )


@given(
    kind=st.sampled_from(["note", "exchange", "minutes", "dispute", "other"]),
    title=st.text(max_size=250),
    body=st.text(max_size=50),
    channel=st.sampled_from(["", "call", "fax"]),
    decisions=st.text(max_size=20),
    status=st.sampled_from(["", "open", "mediation", "lost"]),
    days=st.integers(-400, 400),
)
def test_validation_either_raises_with_fields_or_returns_a_valid_draft(
    kind, title, body, channel, decisions, status, days
):
    draft = ActivityDraft(
        kind,
        NOON + dt.timedelta(days=days),
        title=title,
        body=body,
        channel=channel,
        decisions=decisions,
        cause=decisions,
        dispute_status=status,
    )
    try:
        result = validate_activity(draft, TODAY)
    except ValidationError as exc:
        assert exc.errors and all(e.label for e in exc.errors)
        return
    assert validate_activity(result, TODAY) == result  # normalising twice changes nothing
    assert len(result.title) <= 200
    if kind == "exchange":
        assert result.channel == "call"
    else:
        assert result.channel == ""
