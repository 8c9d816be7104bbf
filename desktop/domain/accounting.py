"""Accounting entries of invoices and payments, and the FEC file format.

FEC (fichier des écritures comptables): Livre des procédures fiscales art. L47 A-I and
A47 A-1 (checked: BOFiP BOI-CF-IOR-60-40-20 and the text of A47 A-1): a flat file, one
entry line per record, fields separated by one unique separator (a tab here), the first
line naming the 18 fields in order, dates as AAAAMMJJ, amounts with a comma as decimal
separator, entries numbered in one continuous sequence per journal, ISO 8859-15 text.
The file is named ``<SIREN>FEC<AAAAMMJJ>.txt``, the date being the closing date.

Entries (Plan comptable général accounts, all configurable in ``invoicing.accounts``):

- sales journal (VE): client 411 debit incl. VAT; sales 706 (services), 7085 (expenses
  re-billed), 4191 (deposits received, deducted again on the final invoice), 7638 / 7588
  (late interest, recovery indemnity) and collected VAT 44571 credit. A credit note,
  stored with negative amounts, lands on the other side;
- bank journal (BQ): bank 512 debit, client 411 credit, per payment.

Every entry balances (debits = credits), which :func:`check_balanced` asserts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from decimal import Decimal

from desktop.domain.money import ZERO

FEC_FIELDS = (
    "JournalCode",
    "JournalLib",
    "EcritureNum",
    "EcritureDate",
    "CompteNum",
    "CompteLib",
    "CompAuxNum",
    "CompAuxLib",
    "PieceRef",
    "PieceDate",
    "EcritureLib",
    "Debit",
    "Credit",
    "EcritureLet",
    "DateLet",
    "ValidDate",
    "Montantdevise",
    "Idevise",
)


@dataclass(frozen=True)
class AccountMap:
    client: str = "411000"
    services: str = "706000"
    expenses: str = "708500"
    deposits: str = "419100"
    interest: str = "763800"
    indemnity: str = "758800"
    vat_collected: str = "445710"
    bank: str = "512000"
    sales_journal: str = "VE"
    bank_journal: str = "BQ"

    @classmethod
    def from_setting(cls, values: dict) -> AccountMap:
        known = {f.name for f in fields(cls)}
        return cls(**{k: str(v) for k, v in (values or {}).items() if k in known and v})

    def account_for(self, line_kind: str) -> str:
        return {
            "expense": self.expenses,
            "deposit": self.deposits,
            "deposit_deduction": self.deposits,
            "interest": self.interest,
            "indemnity": self.indemnity,
        }.get(line_kind, self.services)


ACCOUNT_LABELS = {
    "client": "Clients",
    "services": "Prestations de services",
    "expenses": "Frais refacturés",
    "deposits": "Clients - avances et acomptes reçus",
    "interest": "Revenus des autres créances",
    "indemnity": "Produits divers de gestion courante",
    "vat_collected": "TVA collectée",
    "bank": "Banque",
}


@dataclass(frozen=True)
class EntryLine:
    account: str
    account_label: str
    debit: Decimal
    credit: Decimal
    aux_number: str = ""
    aux_label: str = ""


@dataclass(frozen=True)
class Entry:
    journal: str
    journal_label: str
    date: dt.date
    piece_ref: str
    piece_date: dt.date
    label: str
    lines: tuple[EntryLine, ...] = field(default_factory=tuple)


def _side(account: str, label: str, amount: Decimal, aux: tuple[str, str] = ("", "")) -> EntryLine:
    """A line with a signed amount: positive on the debit side, negative on the credit side."""
    return EntryLine(account, label, max(amount, ZERO), max(-amount, ZERO), *aux)


@dataclass(frozen=True)
class SaleLine:
    line_kind: str
    net: Decimal  # signed as stored


def invoice_entry(
    accounts: AccountMap,
    number: str,
    issue_date: dt.date,
    client_aux: tuple[str, str],
    lines: Iterable[SaleLine],
    tax: Decimal,
    gross: Decimal,
    label: str,
) -> Entry:
    """The sales entry of an issued invoice or credit note (signed amounts)."""
    by_account: dict[str, Decimal] = {}
    names = {getattr(accounts, k): v for k, v in ACCOUNT_LABELS.items()}
    for line in lines:
        account = accounts.account_for(line.line_kind)
        by_account[account] = by_account.get(account, ZERO) + line.net
    entry_lines = [_side(accounts.client, names[accounts.client], gross, client_aux)]
    for account, net in sorted(by_account.items()):
        if net:
            entry_lines.append(_side(account, names.get(account, account), -net))
    if tax:
        entry_lines.append(_side(accounts.vat_collected, names[accounts.vat_collected], -tax))
    return Entry(
        accounts.sales_journal, "Ventes", issue_date, number, issue_date, label, tuple(entry_lines)
    )


def payment_entry(
    accounts: AccountMap,
    number: str,
    paid_on: dt.date,
    client_aux: tuple[str, str],
    amount: Decimal,
    label: str,
) -> Entry:
    names = {getattr(accounts, k): v for k, v in ACCOUNT_LABELS.items()}
    return Entry(
        accounts.bank_journal,
        "Banque",
        paid_on,
        number,
        paid_on,
        label,
        (
            _side(accounts.bank, names[accounts.bank], amount),
            _side(accounts.client, names[accounts.client], -amount, client_aux),
        ),
    )


def check_balanced(entry: Entry) -> None:
    debit = sum((ln.debit for ln in entry.lines), ZERO)
    credit = sum((ln.credit for ln in entry.lines), ZERO)
    if debit != credit:
        raise AssertionError(f"entry {entry.piece_ref} unbalanced: {debit} != {credit}")


def _amount(value: Decimal) -> str:
    return f"{value:.2f}".replace(".", ",")


_PLAIN = str.maketrans(
    {
        "\t": " ",
        "\r": " ",
        "\n": " ",
        "’": "'",
        "–": "-",
        "—": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "“": '"',
        "”": '"',
        "…": "...",
    }
)


def _text(value: str) -> str:
    return value.translate(_PLAIN).strip()


def fec_lines(entries: Iterable[Entry], validated_on: dt.date | None = None) -> list[str]:
    """The FEC records (header first), entries numbered continuously per journal."""
    out = ["\t".join(FEC_FIELDS)]
    counters: dict[str, int] = {}
    for entry in sorted(entries, key=lambda e: (e.journal, e.date, e.piece_ref)):
        check_balanced(entry)
        counters[entry.journal] = counters.get(entry.journal, 0) + 1
        number = f"{entry.journal}{counters[entry.journal]:06d}"
        for line in entry.lines:
            out.append(
                "\t".join(
                    [
                        entry.journal,
                        entry.journal_label,
                        number,
                        entry.date.strftime("%Y%m%d"),
                        line.account,
                        _text(line.account_label),
                        line.aux_number,
                        _text(line.aux_label),
                        _text(entry.piece_ref) or "SANS_PIECE_REF",
                        entry.piece_date.strftime("%Y%m%d"),
                        _text(entry.label),
                        _amount(line.debit),
                        _amount(line.credit),
                        "",
                        "",
                        (validated_on or entry.date).strftime("%Y%m%d"),
                        "",
                        "",
                    ]
                )
            )
    return out


def fec_bytes(lines: list[str]) -> bytes:
    """ISO 8859-15 text, CR LF between records (A47 A-1: ASCII, ISO 8859-15 or EBCDIC)."""
    return ("\r\n".join(lines) + "\r\n").encode("iso8859_15", errors="replace")


def fec_file_name(siren: str, closing: dt.date) -> str:
    return f"{siren or '000000000'}FEC{closing:%Y%m%d}.txt"
