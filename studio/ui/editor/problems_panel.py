"""Every problem of the brief in one list; activating one takes you to its field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.core.problem import Problem, Severity
from studio.core.steps import step_of
from studio.ui.editor.problem_text import problem_message
from studio.ui.editor.step_list import count_text, step_title
from studio.ui.icons import done_icon, severity_icon

PROBLEM_ROLE = Qt.ItemDataRole.UserRole
MAX_ROWS = 5


class ProblemsPanel(QWidget):
    activated = Signal(object)  # the Problem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProblemsPanel")
        self._problems: list[Problem] | None = None
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.counts = QLabel()
        self.counts.setProperty("role", "help")
        self.all_clear = QWidget()
        check = QLabel()
        check.setPixmap(done_icon().pixmap(18, 18))
        clear_text = QLabel(self.tr("No problems found."))
        clear_text.setProperty("role", "help")
        clear_text.setWordWrap(True)
        clear_row = QHBoxLayout(self.all_clear)
        clear_row.setContentsMargins(0, 0, 0, 0)
        clear_row.addWidget(check)
        clear_row.addWidget(clear_text, 1)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Problems"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(self._item_activated)
        self.tree.itemActivated.connect(self._item_activated)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(10)
        top.addWidget(self.title)
        top.addWidget(self.counts)
        top.addWidget(self.all_clear, 1)
        top.addStretch(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.tree)
        self.set_problems([])

    @property
    def problems(self) -> list[Problem]:
        return list(self._problems or [])

    def set_problems(self, problems: list[Problem]) -> None:
        if problems == self._problems:
            return
        self._problems = list(problems)
        errors = sum(p.severity is Severity.ERROR for p in problems)
        warnings = len(problems) - errors
        self.title.setText(self.tr("Problems"))
        counts = []
        if errors:
            counts.append(count_text(errors, self.tr("1 error"), self.tr("{n} errors")))
        if warnings:
            counts.append(count_text(warnings, self.tr("1 warning"), self.tr("{n} warnings")))
        self.counts.setText(" · ".join(counts))
        self.tree.clear()
        for problem in problems:
            item = QTreeWidgetItem([problem_message(problem), step_title(step_of(problem.path))])
            item.setIcon(0, severity_icon(problem.severity))
            item.setToolTip(0, problem_message(problem))
            item.setData(0, PROBLEM_ROLE, problem)
            item.setForeground(1, self.palette().placeholderText())
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        self.tree.setVisible(bool(problems))
        self.all_clear.setVisible(not problems)
        # As tall as its rows, up to MAX_ROWS; then it scrolls. The page keeps the rest.
        row_height = (
            max(self.tree.sizeHintForRow(0), self.fontMetrics().height() + 8) if problems else 0
        )
        self.tree.setFixedHeight(
            min(len(problems), MAX_ROWS) * row_height + 2 * self.tree.frameWidth()
        )

    def item_for(self, problem: Problem) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and item.data(0, PROBLEM_ROLE) == problem:
                return item
        return None

    def _item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.activated.emit(item.data(0, PROBLEM_ROLE))
