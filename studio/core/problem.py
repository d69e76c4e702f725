"""A problem of a brief: where, how bad, and a message written in the reader's language.

The message is a template marked for translation with named fields whose values stay typed
(dates, amounts, numbers, unnamed items) until it is rendered: `Problem.message` is English
with ISO dates, for the CLI and the logs; the UI renders with its translator and its
locale's formats (`Formats`), so that no English word or format is left inside a French
sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from studio.core.money import format_money

CONTEXT = "Validation"  # the translation context of every problem template


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Unnamed:
    """An item without a title, called by its kind and number ("Milestone 3") in a message."""

    template: str  # UNNAMED_MILESTONE or UNNAMED_DELIVERABLE
    number: int


@dataclass(frozen=True)
class Amount:
    value: Decimal
    currency: str


@dataclass(frozen=True)
class Chain:
    """Names in a row (a circle of dependencies), shown with arrows between them."""

    names: tuple[str | Unnamed, ...]


Value = str | int | Decimal | date | Unnamed | Amount | Chain


def _english_money(amount: Amount) -> str:
    return format_money(amount.value, amount.currency)


@dataclass(frozen=True)
class Formats:
    """How a message is written: its language (`translate` takes a template of context
    "Validation") and how its dates, amounts and numbers look. The defaults are English
    with ISO dates, for the CLI and the logs; the UI passes its translator and locale."""

    translate: Callable[[str], str] = lambda text: text
    date_text: Callable[[date], str] = date.isoformat
    money_text: Callable[[Amount], str] = _english_money
    number_text: Callable[[Decimal], str] = lambda number: f"{number.normalize():f}"


@dataclass(frozen=True)
class Problem:
    """`path` names the field, e.g. `planning.milestones[2].due` (the editor focuses it).

    `template` and the params listed in `nested` are translatable templates; the other
    params are values (names, dates, amounts) put into them.
    """

    path: str
    severity: Severity
    template: str
    params: tuple[tuple[str, Value], ...] = ()
    nested: tuple[str, ...] = ()

    def render(self, formats: Formats | None = None) -> str:
        """The message written with `formats` (English by default)."""
        written = formats or Formats()
        translate = written.translate

        def text(value: Value) -> str:
            if isinstance(value, Unnamed):
                return translate(value.template).format(number=value.number)
            if isinstance(value, Chain):
                return " → ".join(text(name) for name in value.names)
            if isinstance(value, Amount):
                return written.money_text(value)
            if isinstance(value, Decimal):
                return written.number_text(value)
            if isinstance(value, date):
                return written.date_text(value)
            return str(value)

        values = {key: text(value) for key, value in self.params}
        for key in self.nested:
            values[key] = translate(values[key]).format(**values)
        return translate(self.template).format(**values)

    @property
    def message(self) -> str:
        return self.render()

    def __str__(self) -> str:
        return f"{self.path}: {self.severity}: {self.message}"
