"""The brief's outline for the teleprompter: one section per brief step, a line or two each.

The sections are also the video's chapters: "Next section" stamps a chapter named after the
section the person moves on to.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from studio.core.brief import Brief
from studio.core.costs import totals
from studio.core.steps import Step
from studio.ui.editor.step_list import step_title
from studio.ui.editor.value_edits import date_text, money_text

SECTIONS = (Step.OVERVIEW, Step.INPUTS, Step.PLANNING, Step.COSTS, Step.RESULTS, Step.RISKS)
NAMES_SHOWN = 3  # items named per line before "…"
SUMMARY_CHARS = 180


@dataclass(frozen=True)
class Section:
    step: Step
    title: str  # also the chapter's title
    lines: tuple[str, ...]


def _names(names: list[str]) -> str:
    shown = [n for n in names if n.strip()][:NAMES_SHOWN]
    more = len([n for n in names if n.strip()]) > NAMES_SHOWN
    return ", ".join(shown) + (", …" if more else "")


def _short(text: str, limit: int = SUMMARY_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def section_lines(brief: Brief, step: Step) -> tuple[str, ...]:
    if step is Step.OVERVIEW:
        lines = [
            brief.title.strip() or QCoreApplication.translate("Teleprompter", "Untitled brief")
        ]
        if brief.summary.strip():
            lines.append(_short(brief.summary))
        return tuple(lines)
    if step is Step.INPUTS:
        if not brief.inputs:
            return (
                QCoreApplication.translate("Teleprompter", "What you provide: nothing listed yet."),
            )
        return (
            QCoreApplication.translate("Teleprompter", "What you provide: {names}").format(
                names=_names([i.name for i in brief.inputs])
            ),
        )
    if step is Step.PLANNING:
        p = brief.planning
        if p.start is None and p.deadline is None:
            lines = [QCoreApplication.translate("Teleprompter", "Dates: not set yet.")]
        else:
            lines = [
                QCoreApplication.translate("Teleprompter", "From {start} to {deadline}").format(
                    start=date_text(p.start) or "?", deadline=date_text(p.deadline) or "?"
                )
            ]
        if p.milestones:
            lines.append(
                QCoreApplication.translate("Teleprompter", "Milestones: {names}").format(
                    names=_names([m.title for m in p.milestones])
                )
            )
        return tuple(lines)
    if step is Step.COSTS:
        c = brief.costs
        lines = [
            QCoreApplication.translate("Teleprompter", "Estimate: {total}").format(
                total=money_text(totals(c).total, c.currency)
            )
        ]
        if c.budget_min is not None or c.budget_max is not None:
            low = money_text(c.budget_min, c.currency) if c.budget_min is not None else "?"
            high = money_text(c.budget_max, c.currency) if c.budget_max is not None else "?"
            lines.append(
                QCoreApplication.translate("Teleprompter", "Budget: {low} – {high}").format(
                    low=low, high=high
                )
            )
        return tuple(lines)
    if step is Step.RESULTS:
        d = brief.results.deliverables
        if not d:
            return (
                QCoreApplication.translate("Teleprompter", "What you expect: nothing listed yet."),
            )
        return (
            QCoreApplication.translate("Teleprompter", "What you expect: {names}").format(
                names=_names([x.title for x in d])
            ),
        )
    risks = brief.risks
    if not risks:
        return (QCoreApplication.translate("Teleprompter", "Risks: none listed yet."),)
    return (
        QCoreApplication.translate("Teleprompter", "Risks: {names}").format(
            names=_names([_short(r.description, 60) for r in risks])
        ),
    )


def outline(brief: Brief) -> list[Section]:
    return [Section(step, step_title(step), section_lines(brief, step)) for step in SECTIONS]
