"""A validation problem as the user reads it: its template translated, then filled in."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from studio.core.validation import CONTEXT, Problem, Severity


def problem_message(problem: Problem) -> str:
    template = QCoreApplication.translate(CONTEXT, problem.template)
    try:
        return template.format(**dict(problem.params))
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
