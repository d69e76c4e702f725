"""The milestone table: one row per milestone, computed start/end, edits through the session."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from studio.core.brief import Brief, Milestone
from studio.core.i18n import QT_TRANSLATE_NOOP
from studio.core.planning import Span, schedule
from studio.core.problem import Problem
from studio.core.validation import UNNAMED_DELIVERABLE, UNNAMED_MILESTONE
from studio.ui.editor.cell_problems import cells_with_problems, role_data
from studio.ui.editor.row_actions import replaced, sync_rows
from studio.ui.editor.session import EditSession
from studio.ui.editor.value_edits import date_text

CONTEXT = "MilestoneModel"
Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


class Column(IntEnum):
    TITLE = 0
    DESCRIPTION = 1
    DUE = 2
    DURATION = 3
    DEPENDS_ON = 4
    DELIVERABLES = 5
    START = 6
    END = 7


# The Milestone field each editable column edits (also the last part of a problem's path).
FIELDS = {
    Column.TITLE: "title",
    Column.DESCRIPTION: "description",
    Column.DUE: "due",
    Column.DURATION: "duration_days",
    Column.DEPENDS_ON: "depends_on",
    Column.DELIVERABLES: "deliverables",
}
COLUMN_OF_FIELD = {field: column for column, field in FIELDS.items()}
HEADERS = (
    QT_TRANSLATE_NOOP("MilestoneModel", "Milestone"),
    QT_TRANSLATE_NOOP("MilestoneModel", "Description"),
    QT_TRANSLATE_NOOP("MilestoneModel", "Due"),
    QT_TRANSLATE_NOOP("MilestoneModel", "Days"),
    QT_TRANSLATE_NOOP("MilestoneModel", "Depends on"),
    QT_TRANSLATE_NOOP("MilestoneModel", "Deliverables"),
    QT_TRANSLATE_NOOP("MilestoneModel", "Starts"),
    QT_TRANSLATE_NOOP("MilestoneModel", "Ends"),
)
HEADER_TIPS = {
    Column.DUE: QT_TRANSLATE_NOOP(
        "MilestoneModel", "The date it must be done by (or give a duration)"
    ),
    Column.DURATION: QT_TRANSLATE_NOOP(
        "MilestoneModel", "Working time in days, counted from its start"
    ),
    Column.START: QT_TRANSLATE_NOOP(
        CONTEXT, "Computed: the project start or when its dependencies end"
    ),
    Column.END: QT_TRANSLATE_NOOP(
        CONTEXT, "Computed: its due date, or its start plus its duration"
    ),
}
EDIT_TEXT = {
    "title": QT_TRANSLATE_NOOP("MilestoneModel", "Rename milestone"),
    "description": QT_TRANSLATE_NOOP("MilestoneModel", "Edit milestone description"),
    "due": QT_TRANSLATE_NOOP("MilestoneModel", "Change milestone due date"),
    "duration_days": QT_TRANSLATE_NOOP("MilestoneModel", "Change milestone duration"),
    "depends_on": QT_TRANSLATE_NOOP("MilestoneModel", "Change milestone dependencies"),
    "deliverables": QT_TRANSLATE_NOOP("MilestoneModel", "Change milestone deliverables"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def milestone_name(brief: Brief, row: int) -> str:
    """The title, or "Milestone 3" when it has none."""
    title = brief.planning.milestones[row].title.strip()
    return title or QCoreApplication.translate("Validation", UNNAMED_MILESTONE).format(
        number=row + 1
    )


class MilestoneModel(QAbstractTableModel):
    """Reads the session's brief; `setData` turns each cell edit into one `session.apply`."""

    def __init__(self, session: EditSession, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self._brief = session.brief
        self._spans: dict[str, Span] = schedule(self._brief.planning)
        self._names: dict[str, str] = {}
        self._cells: dict[tuple[int, str], list[Problem]] = {}
        self._update_names()

    # ---- reading the brief ---------------------------------------------------------------

    @property
    def milestones(self) -> tuple[Milestone, ...]:
        return self._brief.planning.milestones

    def span_of(self, row: int) -> Span:
        return self._spans.get(self.milestones[row].id, Span(None, None))

    def set_brief(self, brief: Brief, spans: dict[str, Span] | None = None) -> None:
        if brief.planning is self._brief.planning and brief.results is self._brief.results:
            self._brief = brief
            return
        old = [m.id for m in self.milestones]
        new = [m.id for m in brief.planning.milestones]

        def switch() -> None:
            self._brief = brief
            self._spans = spans if spans is not None else schedule(brief.planning)
            self._update_names()

        sync_rows(self, old, new, switch)

    def set_problems(self, problems: list[Problem]) -> None:
        cells = cells_with_problems(problems, "planning.milestones")
        if cells == self._cells:
            return
        self._cells = cells
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(Column) - 1)
            )

    def problems_of(self, row: int) -> list[Problem]:
        return [p for (r, _f), found in self._cells.items() if r == row for p in found]

    def _update_names(self) -> None:
        self._names = {m.id: milestone_name(self._brief, i) for i, m in enumerate(self.milestones)}
        for i, d in enumerate(self._brief.results.deliverables):
            unnamed = QCoreApplication.translate("Validation", UNNAMED_DELIVERABLE)
            self._names[d.id] = d.title.strip() or unnamed.format(number=i + 1)

    def name(self, item_id: str) -> str:
        return self._names.get(item_id, QCoreApplication.translate("MilestoneModel", "(missing)"))

    def dependency_choices(self, row: int) -> list[tuple[str, str]]:
        own = self.milestones[row].id
        return [(m.id, self._names[m.id]) for m in self.milestones if m.id != own]

    def deliverable_choices(self) -> list[tuple[str, str]]:
        return [(d.id, self._names[d.id]) for d in self._brief.results.deliverables]

    # ---- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.milestones)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            if role == Role.DisplayRole:
                return _tr(HEADERS[section])
            if role == Role.ToolTipRole and Column(section) in HEADER_TIPS:
                return _tr(HEADER_TIPS[Column(section)])
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in FIELDS else base

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.milestones):
            return None
        row, column = index.row(), Column(index.column())
        m = self.milestones[row]
        if role == Role.DisplayRole:
            return self._display(m, row, column)
        if role == Role.EditRole:
            return getattr(m, FIELDS[column]) if column in FIELDS else None
        if role == Role.TextAlignmentRole and column is Column.DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Role.ForegroundRole and column in (Column.START, Column.END):
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role in (Role.BackgroundRole, Role.ToolTipRole, Role.DecorationRole):
            found = self._cells.get((row, FIELDS.get(column, "")))
            if (
                column is Column.END
            ):  # a late end is reported on `due`; show it where it is computed
                found = self._cells.get((row, "due"))
            return role_data(found, role) if found else None
        return None

    def _display(self, m: Milestone, row: int, column: Column) -> str:
        span = self.span_of(row)
        match column:
            case Column.TITLE:
                return m.title
            case Column.DESCRIPTION:
                return m.description.split("\n", 1)[0]
            case Column.DUE:
                return date_text(m.due)
            case Column.DURATION:
                return "" if m.duration_days is None else str(m.duration_days)
            case Column.DEPENDS_ON:
                return ", ".join(self.name(d) for d in m.depends_on)
            case Column.DELIVERABLES:
                return ", ".join(self.name(d) for d in m.deliverables)
            case Column.START:
                return date_text(span.start) or "—"
            case Column.END:
                return date_text(span.end) or "—"

    # ---- editing -------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:  # noqa: N802
        if role != Role.EditRole or index.column() not in FIELDS or not index.isValid():
            return False
        brief = self.session.brief
        row, field = index.row(), FIELDS[Column(index.column())]
        if row >= len(brief.planning.milestones):
            return False
        value = _coerce(field, value)
        old = brief.planning.milestones[row]
        new = replace(old, **{field: value})
        if new == old:
            return False
        milestones = replaced(brief.planning.milestones, row, new)
        self.session.apply(
            _tr(EDIT_TEXT[field]),
            replace(brief, planning=replace(brief.planning, milestones=milestones)),
            merge_key=f"planning.milestones.{old.id}.{field}",
        )
        return True


def _coerce(field: str, value: Any) -> Any:
    if field in ("title", "description"):
        return str(value or "")
    if field == "due":
        return value if isinstance(value, date) else None
    if field == "duration_days":
        return None if value is None or value == "" else int(value)
    return tuple(value or ())
