"""Typed domain errors, each carrying a message written for the person using the app."""

from __future__ import annotations

from studio.core.i18n import QT_TRANSLATE_NOOP, Phrase


class StudioError(Exception):
    """Base of every error we expect to show to a user as-is (no traceback)."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class TemplateError(StudioError):
    """An error said by a template marked for translation (QT_TRANSLATE_NOOP) and its params.

    The UI translates `template` and fills it in with `params` (studio/ui/error_text.py,
    which writes `Phrase` and `DataSize` params in its own language); `message` is the
    English, for the CLI and the logs.
    """

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(template.format(**params))
        self.template = template
        self.params = params


BRIEF_FILE = "Brief file"  # the translation context of what is wrong in a brief file
INVALID_BRIEF_AT = QT_TRANSLATE_NOOP("Brief file", "Invalid brief at {field}: {problem}")
INVALID_BRIEF_DOCUMENT = QT_TRANSLATE_NOOP("Brief file", "Invalid brief at (document): {problem}")


class InvalidBriefError(TemplateError):
    """A brief document (JSON) does not match the schema; `field` names where.

    `problem` says what is wrong there: a `Phrase` of context "Brief file" (see
    `studio.core.invalid_brief`), or, where we have no sentence of our own, English text.
    The UI translates `template` and fills it in with `params`; `message` is the English.
    """

    exit_code = 2

    def __init__(self, field: str, problem: Phrase | str) -> None:
        template = INVALID_BRIEF_AT if field else INVALID_BRIEF_DOCUMENT
        super().__init__(template, field=field, problem=problem)
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
