"""Validation problems as the editor's tables show them: per cell, as tint, icon and tooltip."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from studio.core.problem import Problem, Severity
from studio.ui.editor.problem_text import problem_message, worst
from studio.ui.icons import severity_icon

# The same tints as the other tables (row_table.py), so a problem looks the same everywhere.
TINT = {Severity.ERROR: QColor("#fdecea"), Severity.WARNING: QColor("#fff4e0")}


def cells_with_problems(
    problems: list[Problem], collection: str
) -> dict[tuple[int, str], list[Problem]]:
    """Problems of `collection` (e.g. "planning.milestones") keyed by (row, field).

    A problem about a whole row (`costs.items[3]`) has the field "".
    """
    pattern = re.compile(rf"^{re.escape(collection)}\[(\d+)\](?:\.(\w+))?")
    cells: dict[tuple[int, str], list[Problem]] = defaultdict(list)
    for problem in problems:
        found = pattern.match(problem.path)
        if found:
            cells[(int(found.group(1)), found.group(2) or "")].append(problem)
    return dict(cells)


def role_data(problems: list[Problem] | None, role: int) -> object:
    """What a cell with these problems shows for `role`, or None to keep the default."""
    severity = worst(problems or ())
    if severity is None:
        return None
    if role == Qt.ItemDataRole.BackgroundRole:
        return TINT[severity]
    if role == Qt.ItemDataRole.ToolTipRole:
        return "\n".join(problem_message(p) for p in problems or ())
    if role == Qt.ItemDataRole.DecorationRole:
        return severity_icon(severity)
    return None
