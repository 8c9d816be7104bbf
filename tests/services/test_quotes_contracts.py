"""Quotes, contracts and endings through the services, on the demo data set."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from decimal import Decimal

import pytest
from pypdf import PdfReader

from desktop.domain.clauses import VARIABLES, ClauseVariableError
from desktop.domain.errors import DomainError
from desktop.services import contracts, documents, endings, quotes, settings
from desktop.services.company import CompanyIncompleteError
from desktop.services.contracts import ClauseDraft
from desktop.store.models import Activity, Company, Contract, Mission, Quote, Talent
from tests.conftest import TODAY


def a_mission() -> Mission:
    return (
        Mission.select()
        .where(Mission.client_daily_rate.is_null(False) & (Mission.budget_kind == "daily"))
        .order_by(Mission.id)
        .first()
    )


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_quotes_are_numbered_without_gap_when_sent(demo_db):
    mission = a_mission()
    first, second = (quotes.create_from_mission(mission.id, TODAY) for _ in range(2))
    third = quotes.create_from_mission(mission.id, dt.date(2027, 1, 2))
    assert Quote.get_by_id(first).reference is None  # a draft has no number
    sent = Quote.select().where(Quote.reference.startswith("DE-2026-")).count()  # the demo's
    assert sent > 0
    assert quotes.send(second, TODAY) == f"DE-2026-{sent + 1:05d}"
    assert quotes.send(first, TODAY) == f"DE-2026-{sent + 2:05d}"
    assert quotes.send(third, dt.date(2027, 1, 2)) == "DE-2027-00001"
    with pytest.raises(DomainError, match="cannot become"):
        quotes.send(first, TODAY)  # already sent: no second number


def test_a_quote_from_a_mission_carries_its_figures(demo_db):
    mission = a_mission()
    quote_id = quotes.create_from_mission(mission.id, TODAY)
    line = quotes.draft_of(quote_id).lines[0]
    assert line.unit_price == mission.client_daily_rate
    sums = quotes.quote_totals(quote_id)
    assert sums.excl_tax == line.total
    assert sums.incl_tax == sums.excl_tax + sums.vat
    assert sums.deposit == (sums.incl_tax * Decimal("0.30")).quantize(Decimal("0.01"))


def test_a_document_is_refused_with_the_list_of_what_to_fill(demo_db, tmp_path):
    settings.put("company.identity", {"trade_name": "Moi", "legal_form": "SAS"})
    quote_id = quotes.create_from_mission(a_mission().id, TODAY)
    with pytest.raises(CompanyIncompleteError) as error:
        quotes.send(quote_id, TODAY)
    assert error.value.missing == [
        "address",
        "postal_code",
        "city",
        "siren",
        "share_capital",
        "registry_city",
        "vat_or_exemption",
        "iban",
    ]
    assert "Settings > My company" in str(error.value)
    out = tmp_path / "out"
    with pytest.raises(CompanyIncompleteError):
        documents.build_quote(quote_id, out / "q.pdf")
    assert Quote.get_by_id(quote_id).reference is None and not out.exists()


def test_an_accepted_quote_becomes_a_contract_flagging_its_deposit(demo_db):
    mission = a_mission()
    quote_id = quotes.create_from_mission(mission.id, TODAY)
    with pytest.raises(DomainError):
        quotes.accept(quote_id, TODAY)  # a draft cannot be accepted
    quotes.send(quote_id, TODAY)
    contract_id = quotes.accept(quote_id, TODAY)
    contract = Contract.get_by_id(contract_id)
    assert contract.deposit_invoice_due and contract.deposit_percent == Decimal(30)
    assert Quote.get_by_id(quote_id).deposit_invoice_due
    assert contract.daily_rate == mission.client_daily_rate
    assert re.fullmatch(r"CT-\d{4}-\d{5}", contract.reference)


def test_sent_quotes_expire_after_their_validity(demo_db):
    quote_id = quotes.create_from_mission(a_mission().id, TODAY)
    quotes.send(quote_id, TODAY)
    quotes.expire_due(TODAY + dt.timedelta(days=29))  # the demo's quotes sent earlier expire
    assert Quote.get_by_id(quote_id).status == "sent"
    assert quotes.expire_due(TODAY + dt.timedelta(days=31)) == 1
    assert Quote.get_by_id(quote_id).status == "expired"


def a_contract(demo_db) -> int:
    """A client contract with a talent, from an accepted quote of an agency mission."""
    mission = (
        Mission.select()
        .where(
            Mission.client_daily_rate.is_null(False)
            & Mission.talent_daily_rate.is_null(False)
            & (Mission.budget_kind == "daily")
            & (Mission.deliverables != "")
            & (Mission.objectives != "")
        )
        .order_by(Mission.id)
        .first()
    )
    quote_id = quotes.create_from_mission(mission.id, TODAY)
    quotes.send(quote_id, TODAY)
    contract_id = quotes.accept(quote_id, TODAY)
    talent = Talent.select().order_by(Talent.id).first()
    Contract.update(talent=talent.id).where(Contract.id == contract_id).execute()
    return contract_id


def test_the_contract_pdf_has_every_variable_filled(demo_db, tmp_path):
    contract_id = a_contract(demo_db)
    values = contracts.variables(contract_id)
    used = {v for c in contracts.clauses(contract_id) for v in re.findall(r"\{\{(\w+)", c.body)}
    assert used <= set(VARIABLES)
    built = documents.build_contract(contract_id, tmp_path / "c.pdf")
    text = pdf_text(built.path)
    assert "{{" not in text and "}}" not in text
    for name in used:
        # each value shows (its first words: a long text wraps in the PDF)
        first_words = " ".join(values[name].split()[:2])
        assert re.sub(r"\s+", " ", first_words) in re.sub(r"\s+", " ", text), name
    assert "Page 1 sur" in text


def test_an_unfilled_variable_blocks_sending_and_is_named(demo_db):
    contract_id = a_contract(demo_db)
    drafts = contracts.clauses(contract_id)
    drafts.append(ClauseDraft("custom", "Astreinte", "Astreinte payée {{on_call_rate}}."))
    contracts.save_clauses(contract_id, drafts)
    assert contracts.unfilled_variables(contract_id) == [("Astreinte", ["on_call_rate"])]
    with pytest.raises(ClauseVariableError, match="on_call_rate"):
        contracts.set_status(contract_id, "sent", TODAY)
    assert Contract.get_by_id(contract_id).status == "draft"


def test_changes_after_sending_keep_the_previous_version(demo_db, tmp_path):
    contract_id = a_contract(demo_db)
    drafts = contracts.clauses(contract_id)
    contracts.save_clauses(contract_id, drafts[:-1])  # a draft: no version kept
    assert contracts.versions(contract_id) == []
    contracts.set_status(contract_id, "sent", TODAY)
    edited = contracts.clauses(contract_id)
    edited[0] = replace(edited[0], body=edited[0].body + "\n\nLivraison en deux lots.")
    assert contracts.save_clauses(contract_id, edited)
    assert not contracts.save_clauses(contract_id, edited)  # nothing changed: no version
    terms = contracts.terms(contract_id)
    contracts.save_terms(contract_id, replace(terms, payment_terms_days=45))
    history = contracts.versions(contract_id)
    assert [v.number for v in history] == [1, 2]
    # Written in the contract's language (French here), whatever the interface's.
    assert history[0].summary == "modification\u00a0: " + edited[0].title
    assert history[1].summary == "conditions modifiées\u00a0: délai de paiement"
    assert Contract.get_by_id(contract_id).version == 3
    old = documents.build_contract(contract_id, tmp_path / "v1.pdf", version=1)
    new = documents.build_contract(contract_id, tmp_path / "v3.pdf")
    assert "Livraison en deux lots" not in pdf_text(old.path)
    assert "Livraison en deux lots" in pdf_text(new.path)
    assert "Version 3" in pdf_text(new.path)


def test_the_lifecycle_through_the_service(demo_db, profile, tmp_path):
    contract_id = a_contract(demo_db)
    with pytest.raises(DomainError, match="cannot become Active"):
        contracts.set_status(contract_id, "active", TODAY)
    contracts.set_status(contract_id, "sent", TODAY)
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF-1.4 signed")
    attachment_id = contracts.mark_signed(profile, contract_id, TODAY, scan)
    row = Contract.get_by_id(contract_id)
    assert (row.status, row.signed_on, row.signed_copy_id) == ("signed", TODAY, attachment_id)
    contracts.set_status(contract_id, "active", TODAY)
    with pytest.raises(DomainError):
        contracts.set_status(contract_id, "draft", TODAY)


def test_reminders_for_to_do(demo_db):
    contract_id = a_contract(demo_db)
    contracts.set_status(contract_id, "sent", TODAY)
    assert not [r for r in contracts.reminders(TODAY) if r.contract_id == contract_id]
    late = [
        r for r in contracts.reminders(TODAY + dt.timedelta(days=8)) if r.contract_id == contract_id
    ]
    assert [(r.kind, r.days_left) for r in late] == [("signed_copy", -1)]
    Contract.update(
        status="active",
        end_date=TODAY + dt.timedelta(days=60),
        tacit_renewal=True,
        renewal_notice_days=45,
    ).where(Contract.id == contract_id).execute()
    renewal = [r for r in contracts.reminders(TODAY) if r.contract_id == contract_id]
    assert [(r.kind, r.due_on) for r in renewal] == [("renewal", TODAY + dt.timedelta(days=15))]
    Contract.update(tacit_renewal=False, end_date=TODAY + dt.timedelta(days=10)).where(
        Contract.id == contract_id
    ).execute()
    soon = [r for r in contracts.reminders(TODAY) if r.contract_id == contract_id]
    assert [(r.kind, r.days_left) for r in soon] == [("end_soon", 10)]


def test_agency_mode_pairs_the_contracts_with_the_margin(demo_db):
    contract_id = a_contract(demo_db)
    sub_id = contracts.create_subcontract(contract_id, TODAY)
    assert contracts.create_subcontract(contract_id, TODAY) == sub_id  # one per client contract
    pair = contracts.agency_pair(sub_id)
    assert (pair.client.id, pair.subcontract.id) == (contract_id, sub_id)
    client_rate, buy_rate = pair.client.daily_rate, pair.subcontract.daily_rate
    commission = client_rate * (pair.commission_percent or 0) / 100
    assert pair.margin.per_day == (client_rate - buy_rate - commission).quantize(Decimal("0.01"))
    keys = [c.key for c in contracts.clauses(sub_id)]
    assert "subcontracting" in keys and "non_solicitation" not in keys
    assert "non_solicitation" in [c.key for c in contracts.clauses(contract_id)]
    values = contracts.variables(sub_id)
    assert values["client_contract_reference"] == Contract.get_by_id(contract_id).reference


def test_ending_a_mission(demo_db, tmp_path):
    contract_id = a_contract(demo_db)
    Contract.update(status="active", start_date=dt.date(2026, 1, 5), end_date=None).where(
        Contract.id == contract_id
    ).execute()
    row = Contract.get_by_id(contract_id)
    talent_before = Talent.get_by_id(row.talent_id)
    plan = endings.plan(contract_id, TODAY)
    assert plan.dates.end_date == TODAY + dt.timedelta(days=15)  # the contract's 15 days
    assert plan.replacements and row.talent_id not in [r.talent_id for r in plan.replacements]
    draft = endings.EndingDraft(
        contract_id,
        "late_payments",
        TODAY,
        plan.dates.end_date,
        "3 factures en retard",
        [(item, i < 2) for i, item in enumerate(plan.checklist)],
        "Acompte plus élevé",
        [plan.replacements[0].talent_id],
    )
    before = {r.reason: r.count for r in endings.reason_counts()}  # the demo's endings
    letter = documents.build_termination(draft, tmp_path / "letter.pdf")
    text = " ".join(pdf_text(letter.path).split())
    assert plan.replacements[0].name in text and "15 jours" in text
    endings.confirm(draft, TODAY)
    row = Contract.get_by_id(contract_id)
    assert (row.status, row.ended_on) == ("terminated", plan.dates.end_date)
    assert row.end_reason == "Retards de paiement récurrents — 3 factures en retard"
    note = Activity.get((Activity.subject_type == "contract") & (Activity.subject_id == row.id))
    assert note.title == f"Fin de mission — {row.reference}"
    assert note.body.splitlines() == [
        "Raison\u00a0: Retards de paiement récurrents",
        "3 factures en retard",
        f"Préavis donné le 22 novembre 2026, fin le {plan.dates.end_date.day} décembre 2026.",
        "Fait\u00a0: Notes de passation rédigées\u00a0; Livrables en cours remis ou listés",
        "Reste à faire\u00a0: Accès et matériel rendus\u00a0; Dernière facture à émettre",
        "Leçons\u00a0: Acompte plus élevé",
    ]
    talent = Talent.get_by_id(row.talent_id)
    assert talent.available_from == plan.dates.end_date + dt.timedelta(days=1)
    assert talent.load_percent <= talent_before.load_percent
    assert Company.get_by_id(
        row.company_id
    ).next_follow_up_on == plan.dates.end_date + dt.timedelta(days=30)
    after = {r.reason: r.count for r in endings.reason_counts()}
    assert after == {**before, "late_payments": before.get("late_payments", 0) + 1}
    with pytest.raises(DomainError):
        endings.confirm(draft, TODAY)  # ended already: nothing written twice


def test_the_command_line_prints_the_same_documents(demo_db, profile, tmp_path, capsys):
    import argparse

    from desktop import cli

    contract_id = a_contract(demo_db)
    reference = Contract.get_by_id(contract_id).reference
    args = argparse.Namespace(
        command="print", kind="contract", reference=reference, file=tmp_path / "c.pdf"
    )
    assert cli._print(args, demo_db) == 0
    assert "{{" not in pdf_text(tmp_path / "c.pdf")
    args = argparse.Namespace(
        command="print", kind="termination", reference=reference, file=tmp_path / "t.pdf"
    )
    assert cli.run(args, profile) == 1  # no ending recorded yet
    assert "no ending recorded" in capsys.readouterr().err


def test_a_contract_in_english_prints_the_english_library(demo_db, tmp_path):
    contract_id = a_contract(demo_db)
    terms = contracts.terms(contract_id)
    contracts.save_terms(contract_id, replace(terms, language="en"))
    assert contracts.clauses(contract_id)[0].title == "Purpose and services"
    text = pdf_text(documents.build_contract(contract_id, tmp_path / "en.pdf").path)
    assert "SERVICES AGREEMENT" in text and "Page 1 of" in text and "{{" not in text
    contracts.set_status(contract_id, "sent", TODAY)
    Contract.update(status="active").where(Contract.id == contract_id).execute()
    draft = endings.EndingDraft(contract_id, "values", TODAY, TODAY + dt.timedelta(days=15))
    letter = pdf_text(documents.build_termination(draft, tmp_path / "letter.pdf").path)
    assert "END OF ASSIGNMENT LETTER" in letter and "15 days" in " ".join(letter.split())


def test_an_english_contract_keeps_its_versions_and_ending_note_in_english(demo_db):
    """The stored texts follow the contract's language, not the interface's."""
    contract_id = a_contract(demo_db)
    contracts.save_terms(contract_id, replace(contracts.terms(contract_id), language="en"))
    contracts.set_status(contract_id, "sent", TODAY)
    drafts = contracts.clauses(contract_id)
    drafts[1] = replace(drafts[1], body=drafts[1].body + " Two deliveries.")
    contracts.save_clauses(contract_id, [*drafts[:-1], ClauseDraft("custom", "On call", "Paid.")])
    terms = contracts.terms(contract_id)
    contracts.save_terms(contract_id, replace(terms, daily_rate=Decimal(700), notice_days=30))
    summaries = [v.summary for v in contracts.versions(contract_id)]
    assert summaries == [
        f"added: On call; removed: {drafts[-1].title}; edited: {drafts[1].title}",
        "changed: daily rate, notice",
    ]
    Contract.update(status="active").where(Contract.id == contract_id).execute()
    end = TODAY + dt.timedelta(days=15)
    checklist = [(item, item.startswith("Handover")) for item in endings.CHECKLIST]
    draft = endings.EndingDraft(
        contract_id, "workload", TODAY, end, "", [*checklist, ("Badge rendu", True)], "Plus court"
    )
    endings.confirm(draft, TODAY)
    row = Contract.get_by_id(contract_id)
    assert row.end_reason == "Excessive workload"
    note = Activity.get((Activity.subject_type == "contract") & (Activity.subject_id == row.id))
    assert note.title == f"Mission ending — {row.reference}"
    assert note.body.splitlines() == [
        "Reason: Excessive workload",
        "Notice given on 22 November 2026, ends on 7 December 2026.",
        "Done: Handover notes written; Badge rendu",
        "Still to do: Open deliverables delivered or listed; Access and equipment returned; "
        "Final invoice to issue",
        "Lessons: Plus court",
    ]


def test_reminders_read_their_counterparties_at_once(demo_db, monkeypatch):
    """To do lists every contract reminder: their counterparties are read in one query per
    kind, not one per contract (5,000 reminders at 300k records took 1.9 s that way)."""
    from desktop.store.models import database

    everything = Contract.update(
        status="active", end_date=TODAY + dt.timedelta(days=10), tacit_renewal=False
    )
    assert everything.execute() > 5
    queries = []
    real = database.obj.execute_sql
    monkeypatch.setattr(
        database.obj, "execute_sql", lambda sql, *a, **k: queries.append(sql) or real(sql, *a, **k)
    )
    found = contracts.reminders(TODAY)
    assert len(found) > 5 and all(r.counterparty for r in found)
    assert len(queries) <= 5
