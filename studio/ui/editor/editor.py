"""The guided brief editor: a header, the step list, one page per step, and the problems."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studio.core.brief import Brief
from studio.core.problem import Problem
from studio.core.steps import Step, step_of
from studio.ui.editor.page import EditorPage
from studio.ui.editor.problems_panel import ProblemsPanel
from studio.ui.editor.session import EditSession
from studio.ui.editor.step_list import StepList
from studio.ui.labels import status_label

PageFactory = Callable[[EditSession, QWidget], EditorPage]


def _page_factories() -> dict[Step, PageFactory]:
    # Imported here: a page's module loads the first time its step is shown, which keeps
    # the start-up and the opening of a brief fast.
    def overview(s: EditSession, p: QWidget) -> EditorPage:
        from studio.ui.editor.overview_page import OverviewPage

        return OverviewPage(s, p)

    def inputs(s: EditSession, p: QWidget) -> EditorPage:
        from studio.ui.editor.inputs_page import InputsPage

        return InputsPage(s, p)

    def planning(s: EditSession, p: QWidget) -> EditorPage:
        from studio.ui.editor.planning_page import PlanningPage

        return PlanningPage(s, p)

    def costs(s: EditSession, p: QWidget) -> EditorPage:
        from studio.ui.editor.costs_page import CostsPage

        return CostsPage(s, p)

    def results(s: EditSession, p: QWidget) -> EditorPage:
        from studio.ui.editor.results_page import ResultsPage

        return ResultsPage(s, p)

    def risks(s: EditSession, p: QWidget) -> EditorPage:
        from studio.ui.editor.risks_page import RisksPage

        return RisksPage(s, p)

    def video(s: EditSession, p: QWidget) -> EditorPage:
        from studio.ui.video.video_page import VideoPage

        return VideoPage(s, p)

    def send(s: EditSession, p: QWidget) -> EditorPage:
        from studio.ui.send.send_page import SendPage

        return SendPage(s, p)

    def coming(step: Step) -> PageFactory:
        def make(s: EditSession, p: QWidget) -> EditorPage:
            from studio.ui.editor.placeholder_page import PlaceholderPage

            return PlaceholderPage(s, step, p)

        return make

    return {
        Step.OVERVIEW: overview,
        Step.INPUTS: inputs,
        Step.PLANNING: planning,
        Step.COSTS: costs,
        Step.RESULTS: results,
        Step.RISKS: risks,
        Step.VIDEO: video,
        Step.SEND: send,
    }


class _ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" instead of widening the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(
            self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width())
        )


class BriefEditor(QWidget):
    """Edits one brief through `session`; built anew for every brief opened."""

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BriefEditor")
        self.session = session
        self._factories = _page_factories()
        self._pages: dict[Step, EditorPage] = {}

        self.title_label = _ElidedLabel()
        self.title_label.setObjectName("BriefTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.status_label = QLabel()
        self.status_label.setObjectName("StatusChip")
        header = QWidget()
        header.setObjectName("EditorHeader")
        row = QHBoxLayout(header)
        row.setContentsMargins(16, 10, 16, 10)
        row.addWidget(self.title_label, 1)
        row.addWidget(self.status_label)

        self.steps = StepList()
        self.stack = QStackedWidget()
        self.stack.setObjectName("PageStack")
        for _step in Step:
            self.stack.addWidget(QWidget())  # stands in until the step is first shown
        self.problems = ProblemsPanel()
        self.problems.activated.connect(self.go_to_problem)

        pages = QWidget()
        column = QVBoxLayout(pages)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.stack, 1)
        line = QFrame()
        line.setObjectName("ProblemsLine")
        line.setFrameShape(QFrame.Shape.HLine)
        column.addWidget(line)
        column.addWidget(self.problems)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.setChildrenCollapsible(False)
        body.addWidget(self.steps)
        body.addWidget(pages)
        body.setStretchFactor(1, 1)
        body.setSizes([self.steps.sizeHint().width(), 900])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(body, 1)

        session.changed.connect(self._changed)
        session.problems_changed.connect(self._problems_changed)
        self.steps.currentRowChanged.connect(self._show_row)
        self._takes_changed()
        self._changed(session.brief)
        self._problems_changed(session.problems)
        self.steps.select(Step.OVERVIEW)

    # ---- steps and pages --------------------------------------------------------------

    def page(self, step: Step) -> EditorPage:
        """The page of `step`, built the first time it is needed."""
        if step not in self._pages:
            index = list(Step).index(step)
            page = self._factories[step](self.session, self.stack)
            page.refresh(self.session.brief)
            page.show_problems(self.session.problems)
            stand_in = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            if stand_in is not None:
                self.stack.removeWidget(stand_in)
                stand_in.deleteLater()
            self._pages[step] = page
            takes_changed = getattr(page, "takes_changed", None)  # the Video step's
            if takes_changed is not None:
                takes_changed.connect(self._takes_changed)
        return self._pages[step]

    def current_step(self) -> Step:
        return self.steps.current_step()

    def show_step(self, step: Step) -> EditorPage:
        self.steps.select(step)
        return self.page(step)

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentWidget(self.page(self.steps.step_at(row)))

    def focus_path(self, path: str) -> bool:
        """Show the step of the field at `path` and give that field keyboard focus."""
        page = self.show_step(step_of(path))
        if page.focus_path(path):
            return True
        page.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def go_to_problem(self, problem: Problem) -> None:
        self.focus_path(problem.path)

    # ---- following the session --------------------------------------------------------

    def _changed(self, brief: Brief) -> None:
        self.title_label.set_full_text(brief.title.strip() or self.tr("Untitled brief"))
        self.status_label.setText(status_label(brief.status.value))
        self.status_label.setProperty("status", brief.status.value)
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)
        self.steps.update_state(brief, self.session.problems)

    def _takes_changed(self) -> None:
        """The Video step is checked once the brief has a take (takes live in the library,
        not in the brief, so the steps' completeness cannot see them)."""
        takes = self.session.library.takes.for_brief(self.session.brief.id)
        self.steps.set_has_takes(bool(takes))

    def _problems_changed(self, problems: list[Problem]) -> None:
        self.problems.set_problems(problems)
        self.steps.update_state(self.session.brief, problems)
