"""The Planning step: project start and deadline, the milestone table, and the timeline."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studio.core.brief import Brief, Milestone, Planning
from studio.core.planning import Span, planning_end, schedule
from studio.core.problem import Problem, Severity
from studio.ui.editor import field_marks
from studio.ui.editor.column_fit import ColumnFit
from studio.ui.editor.delegates import (
    ChecklistDelegate,
    DateDelegate,
    OptionalIntDelegate,
    TextDelegate,
    refresh_open_editor,
)
from studio.ui.editor.form_fields import LeaveUndoToTheBrief
from studio.ui.editor.milestone_model import COLUMN_OF_FIELD, Column, MilestoneModel
from studio.ui.editor.page import EditorPage
from studio.ui.editor.page_layout import page_heading
from studio.ui.editor.row_actions import EmptyNote, RowActions, RowEditing
from studio.ui.editor.session import EditSession
from studio.ui.editor.timeline import TimelineView
from studio.ui.editor.value_edits import OptionalDateEdit, date_text

_MILESTONE_PATH = re.compile(r"^planning\.milestones\[(\d+)\](?:\.(\w+))?")


class PlanningPage(EditorPage):
    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._spans: dict[str, Span] = {}
        self._spans_of: Planning | None = None  # the value `_spans` was computed for
        self.start_edit = OptionalDateEdit(self)
        self.start_edit.setAccessibleName(self.tr("Project start"))
        self.deadline_edit = OptionalDateEdit(self)
        self.deadline_edit.setAccessibleName(self.tr("Hard deadline"))
        self.end_label = QLabel(self)
        self.model = MilestoneModel(session, self)
        self.view = QTableView(self)
        self.view.setObjectName("milestoneTable")
        self.row_actions = RowActions(self.view, self.tr("Add milestone"), self)
        self.timeline = TimelineView(self)
        self._build()
        self._connect()
        self.refresh(session.brief)
        self.show_problems(session.problems)

    def _build(self) -> None:
        dates = QHBoxLayout()
        for label, edit in (
            (self.tr("Project start"), self.start_edit),
            (self.tr("Hard deadline"), self.deadline_edit),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(edit)
            dates.addWidget(caption)
            dates.addWidget(edit)
            dates.addSpacing(16)
        dates.addWidget(self.end_label)
        dates.addStretch(1)
        self.start_edit.setToolTip(
            self.tr("The day work can begin; milestones without dependencies start then.")
        )
        self.deadline_edit.setToolTip(self.tr("The date everything must be delivered by."))
        self._build_table()
        self._lay_out(dates)

    def _build_table(self) -> None:
        view = self.view
        view.setModel(self.model)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.setWordWrap(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        view.setItemDelegate(TextDelegate(view))
        view.setItemDelegateForColumn(Column.DUE, DateDelegate(view, self._suggest_due))
        view.setItemDelegateForColumn(Column.DURATION, OptionalIntDelegate(view))
        view.setItemDelegateForColumn(
            Column.DEPENDS_ON,
            ChecklistDelegate(
                lambda i: self.model.dependency_choices(i.row()),
                self.tr("No other milestones yet"),
                view,
            ),
        )
        view.setItemDelegateForColumn(
            Column.DELIVERABLES,
            ChecklistDelegate(
                lambda i: self.model.deliverable_choices(),
                self.tr("No deliverables yet (see Results)"),
                view,
            ),
        )
        fm = view.fontMetrics()
        sample = date_text(date(2026, 12, 28))  # widest day and month
        minimums: dict[int, int] = {}
        for column in Column:
            label = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            text = {Column.DURATION: "9999", Column.TITLE: "M" * 12}.get(column, sample)
            icon = 0 if column == Column.DURATION else 20  # room for a problem icon
            minimums[column] = max(fm.horizontalAdvance(text), fm.horizontalAdvance(label)) + 16
            minimums[column] += icon
        # Extra width goes to the text columns, the title first.
        weights: dict[int, int] = {
            Column.TITLE: 3,
            Column.DESCRIPTION: 3,
            Column.DEPENDS_ON: 1,
            Column.DELIVERABLES: 1,
        }
        self.column_fit = ColumnFit(view, minimums, weights)
        view.horizontalHeader().setMinimumSectionSize(fm.horizontalAdvance("MMM"))
        self.row_actions.watch()

    def _lay_out(self, dates: QHBoxLayout) -> None:
        table_box = QWidget(self)
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.view)
        table_layout.addWidget(self.row_actions)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(table_box)
        splitter.addWidget(self.timeline)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(
            page_heading(
                self.tr("Planning"),
                self.tr(
                    "When the work starts, the milestones on the way, and the date it must be done "
                    "by. Start and end dates follow from due dates, durations and dependencies."
                ),
            )
        )
        layout.addLayout(dates)
        layout.addWidget(splitter, 1)
        EmptyNote(self.view, self.tr("No milestones yet. Add the first one with “Add milestone”."))
        undo_keys = LeaveUndoToTheBrief(self)
        for edit in (self.start_edit, self.deadline_edit):
            for widget in edit.findChildren(QWidget):
                widget.installEventFilter(undo_keys)

    def _connect(self) -> None:
        self.start_edit.valueChanged.connect(lambda d: self._set_planning_date("start", d))
        self.deadline_edit.valueChanged.connect(lambda d: self._set_planning_date("deadline", d))
        self.deadline_edit.suggest = lambda: (
            planning_end(self.session.brief.planning) or date.today()
        )
        texts = (self.tr("Add milestone"), self.tr("Remove milestones"), self.tr("Move milestone"))
        self.rows = RowEditing(
            self.session, self.view, lambda b: b.planning.milestones, with_milestones, texts
        )
        self.rows.bind(
            self.row_actions, lambda: Milestone(title=self.tr("New milestone"), duration_days=5)
        )
        self.timeline.rowClicked.connect(
            lambda row: self.rows.select(row, self.view.currentIndex().column())
        )
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.timeline.set_current_row(current.row())
        )

    # ---- EditorPage ----------------------------------------------------------------------

    def refresh(self, brief: Brief) -> None:
        planning = brief.planning
        if planning is not self._spans_of:
            self._spans = schedule(planning)
            self._spans_of = planning
        self.start_edit.setValue(planning.start)
        self.deadline_edit.setValue(planning.deadline)
        end = planning_end(planning)
        self.end_label.setText(
            self.tr("Planned end: {date}").format(date=date_text(end)) if end else ""
        )
        self.model.set_brief(brief, self._spans)
        refresh_open_editor(self.view)
        rows = {m.id: i for i, m in enumerate(planning.milestones)}
        self.timeline.set_planning(
            [self.model.name(m.id) for m in planning.milestones],
            [self._spans[m.id] for m in planning.milestones],
            [[rows[d] for d in m.depends_on if d in rows] for m in planning.milestones],
            planning.start,
            planning.deadline,
        )

    def show_problems(self, problems: list[Problem]) -> None:
        self.model.set_problems(problems)
        field_marks.mark_problems(
            self.start_edit.edit, [p for p in problems if p.path == "planning.start"]
        )
        field_marks.mark_problems(
            self.deadline_edit.edit, [p for p in problems if p.path == "planning.deadline"]
        )
        error_rows = set()
        for p in problems:
            found = _MILESTONE_PATH.match(p.path)
            if found and p.severity is Severity.ERROR:
                error_rows.add(int(found.group(1)))
        self.timeline.set_error_rows(frozenset(error_rows))

    def focus_path(self, path: str) -> bool:
        if path == "planning.start":
            self.start_edit.setFocus()
            return True
        if path == "planning.deadline":
            self.deadline_edit.setFocus()
            return True
        found = _MILESTONE_PATH.match(path)
        if found and int(found.group(1)) < self.model.rowCount():
            self.rows.select(
                int(found.group(1)), COLUMN_OF_FIELD.get(found.group(2) or "", Column.TITLE)
            )
            return True
        if path.startswith("planning"):
            self.view.setFocus()
            return True
        return False

    # ---- editing -------------------------------------------------------------------------

    def _set_planning_date(self, field: str, value: date | None) -> None:
        brief = self.session.brief
        text = self.tr("Change project start") if field == "start" else self.tr("Change deadline")
        changes: dict[str, Any] = {field: value}
        planning = replace(brief.planning, **changes)
        self.session.apply(text, replace(brief, planning=planning), merge_key=f"planning.{field}")

    def _suggest_due(self, index: QModelIndex | QPersistentModelIndex) -> date:
        span = self.model.span_of(index.row()) if index.isValid() else Span(None, None)
        return span.end or span.start or self.session.brief.planning.start or date.today()


def with_milestones(brief: Brief, milestones: tuple[Milestone, ...]) -> Brief:
    """`brief` with these milestones; references to removed ones (dependencies, payments)
    are dropped, so removing a milestone leaves nothing pointing at it."""
    gone = {m.id for m in brief.planning.milestones} - {m.id for m in milestones}
    costs = brief.costs
    if gone:
        milestones = tuple(
            replace(m, depends_on=tuple(d for d in m.depends_on if d not in gone))
            if gone.intersection(m.depends_on)
            else m
            for m in milestones
        )
        payments = tuple(
            replace(p, milestone_id=None) if p.milestone_id in gone else p for p in costs.payments
        )
        costs = replace(costs, payments=payments)
    return replace(brief, planning=replace(brief.planning, milestones=milestones), costs=costs)
