"""The Results step: deliverables with their acceptance criteria, and the success metrics."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QWidget

from studio.core.brief import Brief, Deliverable
from studio.core.problem import Problem
from studio.ui.editor import field_marks
from studio.ui.editor.page import EditorPage
from studio.ui.editor.page_layout import page_body, page_heading, section_label
from studio.ui.editor.problem_text import covers
from studio.ui.editor.row_model import Column, row_path
from studio.ui.editor.row_table import RowTable, RowTexts
from studio.ui.editor.session import EditSession
from studio.ui.icons import done_icon

DELIVERABLES = "results.deliverables"
METRICS = "results.success_metrics"


def _text_column(title: str) -> Column[str]:
    return Column("", title, lambda s: s, lambda _s, v: str(v))


class ResultsPage(EditorPage):
    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._problems: list[Problem] = []
        column = page_body(self)
        column.addWidget(
            page_heading(
                self.tr("Results"),
                self.tr(
                    "What the freelancer delivers, and how you will check each deliverable is done."
                ),
            )
        )
        columns: list[Column[Deliverable]] = [
            Column(
                "title",
                self.tr("Deliverable"),
                lambda d: d.title,
                lambda d, v: replace(d, title=str(v)),
                width=240,
            ),
            Column(
                "format",
                self.tr("Format"),
                lambda d: d.format,
                lambda d, v: replace(d, format=str(v)),
                width=150,
            ),
            Column(
                "description",
                self.tr("Description"),
                lambda d: d.description,
                lambda d, v: replace(d, description=str(v)),
            ),
        ]
        self.deliverables: RowTable[Deliverable] = RowTable(
            DELIVERABLES,
            columns,
            Deliverable,
            self._apply_deliverables,
            RowTexts(
                add=self.tr("Add deliverable"),
                remove=self.tr("Remove deliverable"),
                move=self.tr("Move deliverable"),
                edit=self.tr("Edit deliverable"),
                empty=self.tr("No deliverables yet. What will you receive at the end?"),
            ),
            self,
        )
        self.deliverables.current_row_changed.connect(self._show_criteria)
        column.addWidget(self.deliverables, 3)

        self.criteria_label = section_label(self.tr("Acceptance criteria"))
        self.criteria_label.setWordWrap(True)
        self.criteria: RowTable[str] = RowTable(
            f"{DELIVERABLES}[0].acceptance_criteria",
            [_text_column(self.tr("Criterion"))],
            str,
            self._apply_criteria,
            RowTexts(
                add=self.tr("Add criterion"),
                remove=self.tr("Remove criterion"),
                move=self.tr("Move criterion"),
                edit=self.tr("Edit criterion"),
            ),
            self,
            show_header=False,
            icon=done_icon(),
        )
        self.metrics: RowTable[str] = RowTable(
            METRICS,
            [_text_column(self.tr("Metric"))],
            str,
            self._apply_metrics,
            RowTexts(
                add=self.tr("Add metric"),
                remove=self.tr("Remove metric"),
                move=self.tr("Move metric"),
                edit=self.tr("Edit metric"),
                empty=self.tr(
                    "How will you know the project succeeded? e.g. “Checkout conversion above 3 %”"
                ),
            ),
            self,
            show_header=False,
        )
        lower = QGridLayout()
        lower.setHorizontalSpacing(24)
        lower.addWidget(self.criteria_label, 0, 0)
        lower.addWidget(section_label(self.tr("Success metrics")), 0, 1)
        lower.addWidget(self.criteria, 1, 0)
        lower.addWidget(self.metrics, 1, 1)
        lower.setColumnStretch(0, 1)
        lower.setColumnStretch(1, 1)
        column.addLayout(lower, 2)
        self.refresh(session.brief)
        if self.deliverables.rows:
            self.deliverables.select_cell(0, 0)
        self._show_criteria(self.deliverables.current_row())
        self.show_problems(session.problems)

    # ---- edits ------------------------------------------------------------------------

    def _apply_deliverables(
        self, rows: tuple[Deliverable, ...], text: str, merge_key: str | None
    ) -> None:
        brief = self.session.brief
        results = replace(brief.results, deliverables=rows)
        self.session.apply(text, replace(brief, results=results), merge_key)

    def _apply_criteria(self, rows: tuple[str, ...], text: str, merge_key: str | None) -> None:
        row = self.deliverables.current_row()
        if row < 0:
            return
        items = list(self.deliverables.rows)
        items[row] = replace(items[row], acceptance_criteria=rows)
        self._apply_deliverables(tuple(items), text, merge_key)

    def _apply_metrics(self, rows: tuple[str, ...], text: str, merge_key: str | None) -> None:
        brief = self.session.brief
        results = replace(brief.results, success_metrics=rows)
        self.session.apply(text, replace(brief, results=results), merge_key)

    # ---- the criteria follow the selected deliverable ---------------------------------

    def _show_criteria(self, row: int) -> None:
        has_row = 0 <= row < len(self.deliverables.rows)
        self.criteria.setEnabled(has_row)
        if not has_row:
            self.criteria_label.setText(self.tr("Acceptance criteria"))
            self.criteria.set_rows(())
            self.criteria.set_empty_text(
                self.tr("Select a deliverable to list how you will check it is done.")
            )
            field_marks.clear(self.criteria.view)
            return
        deliverable = self.deliverables.rows[row]
        name = deliverable.title.strip() or self.tr("Deliverable {number}").format(number=row + 1)
        self.criteria_label.setText(self.tr("Acceptance criteria of “{name}”").format(name=name))
        self.criteria.set_rows(deliverable.acceptance_criteria)
        self.criteria.set_empty_text(
            self.tr("How will you check it is done? Add one criterion per check.")
        )
        path = f"{DELIVERABLES}[{row}].acceptance_criteria"
        self.criteria.path = path
        field_marks.mark_problems(
            self.criteria.view, [p for p in self._problems if covers(path, p.path)]
        )

    # ---- EditorPage -------------------------------------------------------------------

    def refresh(self, brief: Brief) -> None:
        self.deliverables.set_rows(brief.results.deliverables)
        self.metrics.set_rows(brief.results.success_metrics)
        self._show_criteria(self.deliverables.current_row())

    def show_problems(self, problems: list[Problem]) -> None:
        self._problems = problems
        self.deliverables.show_problems(problems)
        self.metrics.show_problems(problems)
        self._show_criteria(self.deliverables.current_row())

    def focus_path(self, path: str) -> bool:
        if covers(METRICS, path):
            self.metrics.view.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        where = row_path(path, DELIVERABLES)
        if where is None:
            return False
        row, key = where
        if not key.startswith("acceptance_criteria"):
            return self.deliverables.focus_cell(row, key)
        if not self.deliverables.focus_cell(row):
            return False
        if self.criteria.rows:
            return self.criteria.focus_cell(0)
        self.criteria.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
