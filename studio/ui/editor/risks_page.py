"""The Risks step: what could go wrong, how likely, how bad, and what you will do about it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QWidget

from studio.core.brief import Brief, Level, Risk
from studio.core.problem import Problem
from studio.ui.editor.page import EditorPage
from studio.ui.editor.page_layout import page_body, page_heading
from studio.ui.editor.row_model import Column, Kind, row_path
from studio.ui.editor.row_table import RowTable, RowTexts
from studio.ui.editor.session import EditSession
from studio.ui.labels import level_choices


class RisksPage(EditorPage):
    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        column = page_body(self)
        column.addWidget(
            page_heading(
                self.tr("Risks"),
                self.tr(
                    "What could delay or derail the project, and what you plan to do about "
                    "it. Naming risks early builds trust."
                ),
            )
        )
        levels = level_choices()
        columns: list[Column[Risk]] = [
            Column(
                "description",
                self.tr("Risk"),
                lambda r: r.description,
                lambda r, v: replace(r, description=str(v)),
            ),
            Column(
                "likelihood",
                self.tr("Likelihood"),
                lambda r: r.likelihood,
                lambda r, v: replace(r, likelihood=Level(v)),
                Kind.CHOICE,
                levels,
                110,
            ),
            Column(
                "impact",
                self.tr("Impact"),
                lambda r: r.impact,
                lambda r, v: replace(r, impact=Level(v)),
                Kind.CHOICE,
                levels,
                110,
            ),
            Column(
                "mitigation",
                self.tr("Mitigation"),
                lambda r: r.mitigation,
                lambda r, v: replace(r, mitigation=str(v)),
            ),
        ]
        texts = RowTexts(
            add=self.tr("Add risk"),
            remove=self.tr("Remove risk"),
            move=self.tr("Move risk"),
            edit=self.tr("Edit risk"),
            empty=self.tr("No risks listed yet. What could go wrong?"),
        )
        self.table: RowTable[Risk] = RowTable("risks", columns, Risk, self._apply, texts, self)
        column.addWidget(self.table, 1)
        self.refresh(session.brief)
        self.show_problems(session.problems)

    def _apply(self, rows: tuple[Risk, ...], text: str, merge_key: str | None) -> None:
        self.session.apply(text, replace(self.session.brief, risks=rows), merge_key)

    def refresh(self, brief: Brief) -> None:
        self.table.set_rows(brief.risks)

    def show_problems(self, problems: list[Problem]) -> None:
        self.table.show_problems(problems)

    def focus_path(self, path: str) -> bool:
        where = row_path(path, "risks")
        return self.table.focus_cell(*where) if where is not None else False
