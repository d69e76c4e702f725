"""Marks a form widget as having a problem: a red or amber border and the message as tooltip.

The border comes from app.qss, keyed on the dynamic property `problem` ("error", "warning"
or ""). Every page marks its fields through these functions, so all look the same.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QWidget

from studio.core.problem import Problem, Severity
from studio.ui.editor.problem_text import problem_message, worst

PROPERTY = "problem"
_OWN_TOOLTIP = "_ownToolTip"  # the widget's tooltip before it was marked


def mark(widget: QWidget, severity: Severity | None, message: str = "") -> None:
    """Show `severity` on the widget with `message` as its tooltip; None clears the mark."""
    own = widget.property(_OWN_TOOLTIP)
    if own is None:
        own = widget.toolTip()
        widget.setProperty(_OWN_TOOLTIP, own)
    tooltip = own
    if severity is not None:
        tooltip = f"{message}\n\n{own}" if own else message
    if widget.toolTip() != tooltip:
        widget.setToolTip(tooltip)
        widget.setAccessibleDescription(message if severity else "")
    value = severity.value if severity is not None else ""
    if (widget.property(PROPERTY) or "") != value:
        widget.setProperty(PROPERTY, value)
        # A dynamic property is only read by the style sheet when the widget is polished.
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.update()


def clear(widget: QWidget) -> None:
    mark(widget, None)


def mark_problems(widget: QWidget, problems: Iterable[Problem]) -> None:
    """Mark the widget with the worst of `problems`, all their messages in the tooltip."""
    problems = list(problems)
    mark(widget, worst(problems), "\n".join(problem_message(p) for p in problems))


def marked_severity(widget: QWidget) -> Severity | None:
    value = widget.property(PROPERTY) or ""
    return Severity(value) if value else None
