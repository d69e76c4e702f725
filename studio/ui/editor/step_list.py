"""The editor's guided steps on the left: each with how complete it is and its problems."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from studio.core.brief import Brief
from studio.core.problem import Problem, Severity
from studio.core.steps import Completeness, Step, completeness, problems_by_step
from studio.ui.icons import ERROR_COLOR, WARNING_COLOR, done_icon

STEP_ROLE = Qt.ItemDataRole.UserRole
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1  # "2/4", or "" when the step is complete
COMPLETE_ROLE = Qt.ItemDataRole.UserRole + 2
ERRORS_ROLE = Qt.ItemDataRole.UserRole + 3
WARNINGS_ROLE = Qt.ItemDataRole.UserRole + 4
COMING_SOON: tuple[Step, ...] = ()
Index = QModelIndex | QPersistentModelIndex

_TITLES = {
    Step.OVERVIEW: QT_TRANSLATE_NOOP("Steps", "Overview"),
    Step.INPUTS: QT_TRANSLATE_NOOP("Steps", "Inputs"),
    Step.PLANNING: QT_TRANSLATE_NOOP("Steps", "Planning"),
    Step.COSTS: QT_TRANSLATE_NOOP("Steps", "Costs"),
    Step.RESULTS: QT_TRANSLATE_NOOP("Steps", "Results"),
    Step.RISKS: QT_TRANSLATE_NOOP("Steps", "Risks"),
    Step.VIDEO: QT_TRANSLATE_NOOP("Steps", "Video"),
    Step.SEND: QT_TRANSLATE_NOOP("Steps", "Send"),
}


def step_title(step: Step) -> str:
    return QCoreApplication.translate("Steps", str(_TITLES[step]))


def count_text(n: int, one: str, many: str) -> str:
    """ "1 error" / "3 errors". Counts shown are never 0, where languages disagree."""
    return one if n == 1 else many.format(n=n)


class StepList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StepList")
        self.setAccessibleName(QCoreApplication.translate("StepList", "Steps"))
        self.setItemDelegate(_StepDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        for step in Step:
            item = QListWidgetItem(step_title(step))
            item.setData(STEP_ROLE, step.value)
            self.addItem(item)
        self.has_takes = False  # the Video step's check: takes are not in the brief
        self._last: tuple[Brief, list[Problem]] | None = None

    def step_at(self, row: int) -> Step:
        return Step(self.item(row).data(STEP_ROLE))

    def current_step(self) -> Step:
        return self.step_at(max(self.currentRow(), 0))

    def select(self, step: Step) -> None:
        self.setCurrentRow(list(Step).index(step))

    def set_has_takes(self, has_takes: bool) -> None:
        """Whether the brief has a take: the Video step is complete then."""
        if has_takes != self.has_takes:
            self.has_takes = has_takes
            if self._last is not None:
                self.update_state(*self._last)

    def update_state(self, brief: Brief, problems: list[Problem]) -> None:
        self._last = (brief, problems)
        grouped = problems_by_step(problems)
        for row, step in enumerate(Step):
            item = self.item(row)
            done = completeness(brief, step)
            if step is Step.VIDEO:
                done = Completeness(int(self.has_takes), 1)
            errors = sum(p.severity is Severity.ERROR for p in grouped[step])
            warnings = len(grouped[step]) - errors
            if step in COMING_SOON:
                progress, state = (
                    QCoreApplication.translate("StepList", "Coming soon"),
                    QCoreApplication.translate("StepList", "coming soon"),
                )
            elif step is Step.VIDEO:  # takes, not fields: recorded and reviewed there
                progress = ""
                state = (
                    QCoreApplication.translate("StepList", "video recorded")
                    if self.has_takes
                    else QCoreApplication.translate("StepList", "record a video walkthrough")
                )
            elif step is Step.SEND:  # nothing to fill in: sending is done there
                progress = ""
                state = QCoreApplication.translate("StepList", "send the bundle to freelancers")
            elif done.complete:
                progress, state = "", QCoreApplication.translate("StepList", "complete")
            else:
                progress = f"{done.done}/{done.total}"
                state = QCoreApplication.translate(
                    "StepList", "{done} of {total} filled in"
                ).format(done=done.done, total=done.total)
            parts = [step_title(step), state]
            if errors:
                parts.append(
                    count_text(
                        errors,
                        QCoreApplication.translate("StepList", "1 error"),
                        QCoreApplication.translate("StepList", "{n} errors"),
                    )
                )
            if warnings:
                parts.append(
                    count_text(
                        warnings,
                        QCoreApplication.translate("StepList", "1 warning"),
                        QCoreApplication.translate("StepList", "{n} warnings"),
                    )
                )
            for role, value in (
                (PROGRESS_ROLE, progress),
                (COMPLETE_ROLE, done.complete and step not in COMING_SOON),
                (ERRORS_ROLE, errors),
                (WARNINGS_ROLE, warnings),
                (Qt.ItemDataRole.AccessibleTextRole, ", ".join(parts)),
                (Qt.ItemDataRole.ToolTipRole, ", ".join(parts[1:])),
            ):
                if item.data(role) != value:
                    item.setData(role, value)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(205, super().sizeHint().height())


class _StepDelegate(QStyledItemDelegate):
    """Draws a step: a check or its number, its name, its progress, and problem badges."""

    HEIGHT = 44

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(200, max(self.HEIGHT, option.fontMetrics.height() * 2 + 12))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect: QRect = option.rect
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        if selected:
            painter.fillRect(rect, QColor("#e2eafc"))
            painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), QColor("#2f6fed"))
        elif hovered:
            painter.fillRect(rect, QColor("#eef1f5"))

        circle = QRect(rect.left() + 14, rect.center().y() - 11, 22, 22)
        if index.data(COMPLETE_ROLE):
            done_icon().paint(painter, circle)
        else:
            painter.setPen(QColor("#8a94a3"))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(circle.adjusted(1, 1, -1, -1))
            small = QFont(option.font)
            small.setPointSizeF(option.font.pointSizeF() * 0.85)
            painter.setFont(small)
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(index.row() + 1))

        badges = self._badges(index)
        right = rect.right() - 10
        badge_font = QFont(option.font)
        badge_font.setBold(True)
        badge_font.setPointSizeF(option.font.pointSizeF() * 0.85)
        painter.setFont(badge_font)
        metrics = painter.fontMetrics()
        for count, color in reversed(badges):
            text = str(count)
            width = max(20, metrics.horizontalAdvance(text) + 12)
            badge = QRect(right - width, rect.center().y() - 10, width, 20)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(badge, 10, 10)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
            right = badge.left() - 4

        text_rect = QRect(
            circle.right() + 12, rect.top(), right - circle.right() - 16, rect.height()
        )
        title_font = QFont(option.font)
        title_font.setBold(selected)
        painter.setFont(title_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        progress = index.data(PROGRESS_ROLE) or ""
        title = painter.fontMetrics().elidedText(
            index.data(Qt.ItemDataRole.DisplayRole), Qt.TextElideMode.ElideRight, text_rect.width()
        )
        if progress:
            painter.drawText(
                text_rect.adjusted(0, 5, 0, -rect.height() // 2),
                Qt.AlignmentFlag.AlignBottom,
                title,
            )
            sub = QFont(option.font)
            sub.setPointSizeF(option.font.pointSizeF() * 0.85)
            painter.setFont(sub)
            painter.setPen(QColor("#5f6b7a"))
            progress = painter.fontMetrics().elidedText(
                progress, Qt.TextElideMode.ElideRight, text_rect.width()
            )
            painter.drawText(
                text_rect.adjusted(0, rect.height() // 2 + 1, 0, 0),
                Qt.AlignmentFlag.AlignTop,
                progress,
            )
        else:
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, title)
        painter.restore()

    @staticmethod
    def _badges(index: Index) -> list[tuple[Any, QColor]]:
        found = []
        if index.data(ERRORS_ROLE):
            found.append((index.data(ERRORS_ROLE), ERROR_COLOR))
        if index.data(WARNINGS_ROLE):
            found.append((index.data(WARNINGS_ROLE), WARNING_COLOR))
        return found
