"""Typed domain errors, each carrying a message written for the person using the app."""

from __future__ import annotations


class StudioError(Exception):
    """Base of every error we expect to show to a user as-is (no traceback)."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InvalidBriefError(StudioError):
    """A brief document (JSON) does not match the schema; `field` names where."""

    exit_code = 2

    def __init__(self, field: str, problem: str) -> None:
        where = field or "(document)"
        super().__init__(f"Invalid brief at {where}: {problem}")
        self.field = field
        self.problem = problem


class BriefNotFoundError(StudioError):
    """No brief with that id (or id prefix) exists."""

    def __init__(self, brief_id: str) -> None:
        super().__init__(f"No brief with id {brief_id!r}. Run `brief-studio list` to see the ids.")
        self.brief_id = brief_id


class AmbiguousBriefIdError(StudioError):
    """An id prefix matches more than one brief."""

    def __init__(self, prefix: str, count: int) -> None:
        super().__init__(
            f"The id prefix {prefix!r} matches {count} briefs. Type more characters of the id."
        )


class DatabaseTooNewError(StudioError):
    """The database was written by a newer major version of the app."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            f"This library was written by a newer Brief Studio (schema {found}); this version "
            f"understands schema {supported} at most. Update Brief Studio to open it."
        )


class UnknownTemplateError(StudioError):
    """The template name is not one we ship."""

    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(f"No template named {name!r}. Available templates: {', '.join(known)}.")
