"""The weight sliders and the filters of a talent ranking."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QWidget,
)

from desktop.domain.matching import (
    COMPONENT_LABELS,
    COMPONENTS,
    DEFAULT_WEIGHTS,
    MatchFilters,
    Weights,
)
from desktop.domain.vocabulary import TalentStatus
from desktop.ui import i18n
from desktop.ui.widgets import AmountEdit

RANKED_STATUSES = (TalentStatus.AVAILABLE, TalentStatus.ON_MISSION, TalentStatus.UNAVAILABLE)


class WeightsBox(QGroupBox):
    """One slider per score component (0-100 points each; the score is scaled to 100)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Weights"), parent)
        self.setToolTip(
            self.tr("How many points each part of the score is worth; the total is scaled to 100.")
        )
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.setVerticalSpacing(2)
        self.sliders: dict[str, QSlider] = {}
        self.values: dict[str, QLabel] = {}
        for row, key in enumerate(COMPONENTS):
            label = QLabel(QCoreApplication.translate("Matching", COMPONENT_LABELS[key]))
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setObjectName(f"weight-{key}")
            slider.setRange(0, 100)
            slider.setSingleStep(5)
            slider.setPageStep(10)
            slider.setMinimumWidth(110)
            label.setBuddy(slider)
            value = QLabel()
            value.setMinimumWidth(26)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            slider.valueChanged.connect(lambda v, shown=value: shown.setText(str(v)))
            slider.valueChanged.connect(lambda _v: self.changed.emit())
            grid.addWidget(label, row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(value, row, 2)
            self.sliders[key], self.values[key] = slider, value
        self.reset = QPushButton(self.tr("Default weights"))
        self.reset.setObjectName("resetWeights")
        self.reset.clicked.connect(lambda: self.set_weights(DEFAULT_WEIGHTS, notify=True))
        grid.addWidget(self.reset, len(COMPONENTS), 0, 1, 3)

    def weights(self) -> Weights:
        return Weights(**{key: slider.value() for key, slider in self.sliders.items()})

    def set_weights(self, weights: Weights, notify: bool = False) -> None:
        for key, value in weights.as_dict().items():
            slider = self.sliders[key]
            slider.blockSignals(True)
            slider.setValue(value)
            slider.blockSignals(False)
            self.values[key].setText(str(value))
        if notify:
            self.changed.emit()


class FiltersBar(QWidget):
    """Minimum score, free by the start, maximum rate, place, statuses."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.min_score = QSpinBox()
        self.min_score.setObjectName("minScore")
        self.min_score.setRange(0, 100)
        self.min_score.setSingleStep(5)
        self.min_score.setPrefix(self.tr("Score ≥ "))
        self.min_score.setToolTip(self.tr("Hide the talents scoring less"))
        self.free = QCheckBox(self.tr("Free by the start"))
        self.free.setObjectName("freeByStart")
        self.free.setToolTip(self.tr("Only the talents available on the mission’s start date"))
        # its placeholder, also once enabled again (the bar waits greyed for the
        # remembered filters; AmountEdit's own example, "650 €", read as a value)
        self.max_rate = AmountEdit(example=self.tr("Max. rate"))
        self.max_rate.setObjectName("maxRate")
        self.max_rate.setToolTip(self.tr("Highest daily rate (TJM) to show, e.g. 650 €"))
        self.max_rate.setMaximumWidth(110)
        self.place = QLineEdit()
        self.place.setObjectName("place")
        self.place.setClearButtonEnabled(True)
        self.place.setPlaceholderText(self.tr("City or region"))
        self.place.setToolTip(self.tr("Only the talents living in this city or region"))
        self.place.setMaximumWidth(180)
        self.statuses: dict[str, QCheckBox] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.min_score, self.free, self.max_rate, self.place):
            layout.addWidget(widget)
        for status in RANKED_STATUSES:
            box = QCheckBox(i18n.tr_label(status))
            box.setObjectName(f"status-{status.value}")
            self.statuses[status.value] = box
            layout.addWidget(box)
            box.toggled.connect(lambda _on: self.changed.emit())
        layout.addStretch(1)
        self.min_score.valueChanged.connect(lambda _v: self.changed.emit())
        self.free.toggled.connect(lambda _on: self.changed.emit())
        self.max_rate.textChanged.connect(lambda _t: self.changed.emit())
        self.place.textChanged.connect(lambda _t: self.changed.emit())

    def filters(self) -> MatchFilters:
        """The filters as set; a maximum rate that is not an amount is marked and ignored."""
        try:
            max_rate = self.max_rate.amount()
            invalid = False
        except ValueError:
            max_rate, invalid = None, True
        self.max_rate.setProperty("invalid", invalid)
        self.max_rate.style().unpolish(self.max_rate)
        self.max_rate.style().polish(self.max_rate)
        return MatchFilters(
            min_score=self.min_score.value(),
            available_by_start=self.free.isChecked(),
            max_rate=max_rate if max_rate is None or max_rate >= 0 else None,
            place=self.place.text().strip(),
            statuses=tuple(s for s, box in self.statuses.items() if box.isChecked()),
        )

    def set_filters(self, filters: MatchFilters) -> None:
        widgets = [self.min_score, self.free, self.max_rate, self.place, *self.statuses.values()]
        for widget in widgets:
            widget.blockSignals(True)
        self.min_score.setValue(filters.min_score)
        self.free.setChecked(filters.available_by_start)
        self.max_rate.set_amount(filters.max_rate)
        self.place.setText(filters.place)
        for status, box in self.statuses.items():
            box.setChecked(status in filters.statuses)
        for widget in widgets:
            widget.blockSignals(False)

    def cleared(self) -> MatchFilters:
        """No filter, the statuses kept (used by the empty state's button)."""
        return replace(MatchFilters(), statuses=self.filters().statuses or MatchFilters().statuses)
