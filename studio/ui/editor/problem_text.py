"""A validation problem as the user reads it: its template translated, then filled in."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from babel.numbers import format_decimal
from PySide6.QtCore import QCoreApplication

from studio.core.problem import CONTEXT, Formats, Problem, Severity
from studio.ui.editor.value_edits import babel_locale_name, date_text, money_text


def ui_formats() -> Formats:
    """Messages in the UI's language, with its locale's dates, amounts and numbers."""
    return Formats(
        translate=lambda template: QCoreApplication.translate(CONTEXT, template),
        date_text=date_text,
        money_text=lambda amount: money_text(amount.value, amount.currency),
        number_text=_number_text,
    )


def _number_text(number: Decimal) -> str:
    return str(format_decimal(number, locale=babel_locale_name()))


def problem_message(problem: Problem) -> str:
    try:
        return problem.render(ui_formats())
    except (KeyError, IndexError, ValueError):
        # A translation with a broken placeholder must not hide the problem itself.
        return problem.message


def worst(problems: Iterable[Problem]) -> Severity | None:
    """ERROR if any problem is an error, WARNING if there are only warnings, None if none."""
    found: Severity | None = None
    for problem in problems:
        if problem.severity is Severity.ERROR:
            return Severity.ERROR
        found = Severity.WARNING
    return found


def covers(field_path: str, problem_path: str) -> bool:
    """True when a problem at `problem_path` concerns the field at `field_path` or inside it."""
    return problem_path == field_path or problem_path.startswith(
        (field_path + ".", field_path + "[")
    )
