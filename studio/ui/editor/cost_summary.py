"""The figures under the cost lines: subtotal, contingency, total, and the client's budget."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QWidget

from studio.core.brief import CostEstimate
from studio.core.costs import totals
from studio.core.money import ZERO
from studio.core.problem import Problem
from studio.ui.editor import field_marks
from studio.ui.editor.form_fields import LeaveUndoToTheBrief
from studio.ui.editor.problem_text import problem_message, worst
from studio.ui.editor.session import EditSession
from studio.ui.editor.value_edits import DecimalEdit, money_text
from studio.ui.icons import severity_color, severity_icon


class ProblemLabel(QWidget):
    """A computed figure that can have a problem: the text turns red or amber, with an icon
    and the message as tooltip (a frame, as on input fields, would look like an input)."""

    def __init__(
        self, parent: QWidget | None = None, bold: bool = False, align_left: bool = False
    ) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            font = self.text.font()
            font.setBold(True)
            self.text.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        if align_left:  # the text, then its icon
            layout.addWidget(self.text)
            layout.addWidget(self.icon)
            layout.addStretch(1)
        else:  # the icon before the text, both to the right (amounts line up)
            layout.addStretch(1)
            layout.addWidget(self.icon)
            layout.addWidget(self.text)
        self.icon.hide()

    def set_text(self, text: str) -> None:
        self.text.setText(text)

    def show_problems(self, problems: list[Problem]) -> None:
        severity = worst(problems)
        self.setToolTip("\n".join(problem_message(p) for p in problems))
        self.setProperty("problem", severity.value if severity else "")
        self.icon.setVisible(severity is not None)
        if severity is not None:
            size = self.text.fontMetrics().height()
            self.icon.setPixmap(severity_icon(severity).pixmap(size, size))
        color = severity_color(severity).name() if severity else ""
        self.text.setStyleSheet(f"color: {color};" if color else "")


class CostSummary(QWidget):
    """Edits the contingency and the budget range; `invalid(message)` when a typed amount is
    refused, `accepted` when one is taken."""

    invalid = Signal(str)
    accepted = Signal()

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.subtotal = ProblemLabel(self)
        self.contingency = DecimalEdit(self, empty=ZERO, allow_empty=True)
        self.contingency_amount = QLabel(self)
        self.total = ProblemLabel(self, bold=True)
        self.budget_min = DecimalEdit(self, allow_empty=True)
        self.budget_max = DecimalEdit(self, allow_empty=True)
        self.contingency.setMaximumWidth(90)
        self.contingency.setToolTip(
            self.tr("A margin for the unexpected, as a percentage of the subtotal")
        )
        self.budget_min.setAccessibleName(self.tr("Budget minimum"))
        self.budget_max.setAccessibleName(self.tr("Budget maximum"))
        for edit in (self.budget_min, self.budget_max):
            edit.setMaximumWidth(140)
            edit.setPlaceholderText(self.tr("not set"))
        self._layout()
        undo_keys = LeaveUndoToTheBrief(self)
        for field, edit, text in (
            ("contingency_percent", self.contingency, self.tr("Change contingency")),
            ("budget_min", self.budget_min, self.tr("Change budget minimum")),
            ("budget_max", self.budget_max, self.tr("Change budget maximum")),
        ):
            edit.installEventFilter(undo_keys)
            edit.valueEdited.connect(lambda v, f=field, t=text: self._set(f, v, t))
            edit.valueEdited.connect(lambda _v: self.accepted.emit())
            edit.invalid.connect(self.invalid)

    def _layout(self) -> None:
        figures = QFormLayout(self)
        figures.setContentsMargins(0, 0, 0, 0)
        figures.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        figures.addRow(self.tr("Subtotal"), self.subtotal)
        contingency = QHBoxLayout()
        contingency.addWidget(self.contingency)
        contingency.addWidget(QLabel("%", self))
        contingency.addStretch(1)
        contingency.addWidget(self.contingency_amount)
        figures.addRow(self.tr("Contingency"), contingency)
        figures.addRow(self.tr("Total"), self.total)
        budget = QHBoxLayout()
        budget.addWidget(self.budget_min)
        budget.addWidget(QLabel("–", self))
        budget.addWidget(self.budget_max)
        budget.addStretch(1)
        figures.addRow(self.tr("Client budget"), budget)

    def refresh(self, costs: CostEstimate) -> None:
        self.contingency.setValue(costs.contingency_percent)
        self.budget_min.setValue(costs.budget_min)
        self.budget_max.setValue(costs.budget_max)
        figures = totals(costs)
        self.subtotal.set_text(money_text(figures.subtotal, costs.currency))
        self.contingency_amount.setText(money_text(figures.contingency, costs.currency))
        self.total.set_text(money_text(figures.total, costs.currency))

    def show_problems(self, problems: list[Problem]) -> None:
        for path, edit in (
            ("costs.contingency_percent", self.contingency),
            ("costs.budget_min", self.budget_min),
            ("costs.budget_max", self.budget_max),
        ):
            field_marks.mark_problems(edit, [p for p in problems if p.path == path])
        self.total.show_problems([p for p in problems if p.path == "costs.items"])

    def _set(self, field: str, value: object, text: str) -> None:
        brief = self.session.brief
        changes: dict[str, Any] = {field: value}
        costs = replace(brief.costs, **changes)
        self.session.apply(text, replace(brief, costs=costs), merge_key=f"costs.{field}")
