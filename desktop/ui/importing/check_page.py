"""Check every row before writing (problems, duplicates and what to do with them),
then import behind a progress bar with Cancel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.domain import formatting
from desktop.domain.errors import DomainError
from desktop.services.importing import (
    ImportOutcome,
    ImportPlan,
    preview,
    run_import,
)
from desktop.services.importing.plan import fill_plan
from desktop.ui import i18n
from desktop.ui.importing.rows_model import RowsModel, rows_view
from desktop.ui.tasks import run_with_progress


def number(value: int) -> str:
    return formatting.format_number(value, i18n.language())


class RowsOrEmpty(QStackedWidget):
    """A table, or a sentence when it has no row."""

    def __init__(self, model: RowsModel, name: str, empty: str) -> None:
        super().__init__()
        self.model = model
        self.view = rows_view(model, name)
        self.empty = QLabel(empty)
        self.empty.setObjectName("emptyState")
        self.addWidget(self.view)
        self.addWidget(self.empty)

    def update_state(self) -> None:
        self.setCurrentWidget(self.view if self.model.rows else self.empty)
        self.view.resizeColumnsToContents()


class CheckPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(
            self.tr(
                "Rows with problems are left out. Nothing is written until you press Import; "
                "Cancel during the import writes nothing either."
            )
        )
        self.setCommitPage(True)
        self.plan: ImportPlan | None = None
        self.outcome: ImportOutcome | None = None
        self.importing = False
        self.imported = False
        self.progress: QProgressDialog | None = None
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.problems = RowsOrEmpty(
            RowsModel(
                [self.tr("Line"), self.tr("Field"), self.tr("Value"), self.tr("Problem")], self
            ),
            "problemsTable",
            self.tr("No problem found: every row can be imported."),
        )
        self.duplicates = RowsOrEmpty(
            RowsModel(
                [
                    self.tr("Line"),
                    self.tr("Imported"),
                    self.tr("Same as"),
                    self.tr("Already there"),
                    self.tr("Why"),
                ],
                self,
            ),
            "duplicatesTable",
            self.tr("No duplicate: no row has the e-mail or SIREN of another record."),
        )
        self.warnings = RowsOrEmpty(
            RowsModel(
                [self.tr("Line"), self.tr("Field"), self.tr("Value"), self.tr("Warning")], self
            ),
            "warningsTable",
            self.tr("Nothing to check: no row was read with a doubt."),
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.problems, "")
        self.tabs.addTab(self.duplicates, "")
        self.tabs.addTab(self.warnings, "")
        self.skip = QRadioButton(self.tr("&Skip them: the existing records stay as they are"))
        self.skip.setObjectName("skipDuplicates")
        self.merge = QRadioButton(
            self.tr("&Update the existing records with the non-empty values of the file")
        )
        self.merge.setObjectName("mergeDuplicates")
        self.skip.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.skip)
        group.addButton(self.merge)
        group.buttonToggled.connect(lambda *_: self.update_forecast())
        self.policy = QGroupBox(self.tr("Duplicates"))
        box = QVBoxLayout(self.policy)
        box.addWidget(self.skip)
        box.addWidget(self.merge)
        self.forecast = QLabel()
        self.forecast.setObjectName("importForecast")
        self.forecast.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.policy)
        layout.addWidget(self.forecast)

    # -- checking ---------------------------------------------------------------------------
    def initializePage(self) -> None:
        wizard = self.wizard()
        table = wizard.table
        plan = ImportPlan(wizard.kind(), table.name, wizard.mapping_page.mapping(), len(table.rows))
        self.plan, wizard.plan, self.imported = None, None, False
        self.summary.setText(self.tr("Checking {rows} rows…").format(rows=number(plan.read)))
        self.forecast.clear()
        for part in (self.problems, self.duplicates, self.warnings):
            part.model.set_rows([])
        self.completeChanged.emit()
        self.progress = run_with_progress(
            wizard,
            self.tr("Checking the file"),
            lambda: fill_plan(plan, table),  # plain data only: it runs on the writer thread
            lambda completed: self.checked(plan, completed),
            self.failed,
        )

    def checked(self, plan: ImportPlan, completed: bool) -> None:
        wizard = self.wizard()
        if not completed:
            wizard.back()
            return
        self.plan = wizard.plan = plan
        self.problems.model.set_rows(
            [
                (
                    str(e.line),
                    QCoreApplication.translate(e.label_context, e.label),
                    " ".join(e.value.split()),
                    i18n.tr_message(e.message),
                )
                for e in plan.errors
            ]
        )
        self.duplicates.model.set_rows([self.duplicate_row(d) for d in plan.duplicates])
        self.warnings.model.set_rows(
            [
                (
                    str(w.line),
                    QCoreApplication.translate(w.label_context, w.label),
                    " ".join(w.value.split()),
                    i18n.tr_message(w.message),
                )
                for w in plan.warnings
            ]
        )
        for index, (part, title) in enumerate(
            (
                (self.problems, self.tr("Problems ({count})")),
                (self.duplicates, self.tr("Duplicates ({count})")),
                (self.warnings, self.tr("To check ({count})")),
            )
        ):
            part.update_state()
            self.tabs.setTabText(index, title.format(count=number(len(part.model.rows))))
        self.tabs.setCurrentIndex(0 if plan.errors or not plan.duplicates else 1)
        rejected = i18n.count_text(
            plan.rejected, self.tr("{n} row left out"), self.tr("{n} rows left out")
        )
        problems = i18n.count_text(plan.problems, self.tr("{n} problem"), self.tr("{n} problems"))
        self.summary.setText(
            self.tr(
                "Rows read: {read} — ready to import: {valid} — {rejected} ({problems}) — "
                "duplicates: {duplicates}"
            ).format(
                valid=number(len(plan.rows)),
                read=number(plan.read),
                rejected=rejected.replace(str(plan.rejected), number(plan.rejected), 1),
                problems=problems.replace(str(plan.problems), number(plan.problems), 1),
                duplicates=number(len(plan.duplicates)),
            )
            + "".join("\n⚠ " + i18n.tr_message(m) for m in wizard.table.warnings)
        )
        self.policy.setEnabled(bool(plan.duplicates))
        self.update_forecast()

    def duplicate_row(self, duplicate) -> tuple[str, ...]:
        if duplicate.existing_id is not None:
            there = duplicate.existing_name or "#" + str(duplicate.existing_id)
        else:
            there = self.tr("line {line} of the file").format(line=duplicate.first_line)
        why = QCoreApplication.translate("Import", duplicate.reason) if duplicate.reason else ""
        return (str(duplicate.line), duplicate.name, duplicate.value, there, why)

    def policy_name(self) -> str:
        return "merge" if self.merge.isChecked() else "skip"

    def update_forecast(self) -> None:
        if self.plan is None:
            return
        resolution = preview(self.plan, self.policy_name())
        text = self.tr(
            "On import — new records: {created}, records updated: {merged}, duplicates "
            "skipped: {skipped}."
        ).format(
            created=number(resolution.creates),
            merged=number(resolution.merges),
            skipped=number(resolution.skipped),
        )
        companies = {a.company_key for a in resolution.actions if a.company_key}
        if companies:
            text += " " + self.tr("Companies created as leads: {count}.").format(
                count=number(len(companies))
            )
        if resolution.contacts:
            text += " " + self.tr("Contacts from the company rows: {count}.").format(
                count=number(resolution.contacts)
            )
        self.forecast.setText(text)
        self.completeChanged.emit()

    def failed(self, exc: Exception) -> None:
        self.importing = False
        message = i18n.tr_error(exc) if isinstance(exc, DomainError) else str(exc)
        QMessageBox.critical(self, self.tr("Import"), message)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self.plan is None or self.importing:
            return False
        resolution = preview(self.plan, self.policy_name())
        return resolution.creates + resolution.merges > 0

    # -- importing --------------------------------------------------------------------------
    def validatePage(self) -> bool:
        """Import runs in the background; the wizard moves on once it is committed."""
        if self.imported:
            return True
        if not self.importing:
            self.start_import()
        return False

    def start_import(self) -> None:
        wizard, plan, policy = self.wizard(), self.plan, self.policy_name()
        outcome = self.outcome = ImportOutcome()
        self.importing = True
        self.completeChanged.emit()
        self.progress = run_with_progress(
            wizard,
            self.tr("Importing"),
            lambda: run_import(plan, policy, outcome),  # plain data only (writer thread)
            lambda completed: self.import_finished(outcome, completed),
            self.failed,
        )

    def import_finished(self, outcome: ImportOutcome, completed: bool) -> None:
        self.importing = False
        wizard = self.wizard()
        if not (completed and outcome.completed):
            self.forecast.setText(self.tr("Import cancelled: nothing was written."))
            self.completeChanged.emit()
            return
        self.imported = True
        wizard.outcome = outcome
        wizard.imported.emit(wizard.kind(), outcome.created + outcome.merged)
        wizard.next()
