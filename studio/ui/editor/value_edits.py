"""Locale-aware values for the editor: Decimal amounts and optional dates, and their edit widgets.

Numbers never go through float: the user's text is normalised (the locale's group and decimal
separators) to a plain decimal string and parsed by `core.money.parse_amount`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from babel import Locale
from babel.numbers import format_decimal
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QApplication, QCheckBox, QDateEdit, QHBoxLayout, QLineEdit, QWidget

from studio.core.money import format_money, parse_amount

_SPACES = {" ", "\u00a0", "\u202f", "\u2009"}
_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
_STORABLE = re.compile(r"^-?[0-9]{1,15}(\.[0-9]{1,6})?$")  # the JSON schema's decimal
_INVALID_STYLE = "border: 2px solid #c62828; background: #fffafa;"  # as app.qss marks errors


def babel_locale_name() -> str:
    """The UI locale (the app sets the default QLocale from the UI language) for Babel."""
    name = QLocale().name()
    return "en_US" if name in ("C", "") else name


def money_text(amount: Decimal, currency: str) -> str:
    """`1 234,56 €` in fr_FR, `€1,234.56` in en_US, `CHF 1,234.56` (not `CHF1,234.56`)."""
    text = format_money(amount, currency, babel_locale_name())
    # CLDR's currency spacing, which Babel does not apply: a letter code never touches a digit.
    return _LETTER_DIGIT.sub("\u00a0", text)


def percent_text(value: Decimal) -> str:
    """`33,5 %` in fr_FR, `33.5%` in en_US: the number as given, in the locale's percent pattern."""
    name = babel_locale_name()
    try:
        pattern = Locale.parse(name).percent_formats[None].pattern
        number = format_decimal(value, locale=name)
    except (ValueError, LookupError):
        return f"{value:f} %"
    return re.sub(r"[#0,.]+", lambda _m: number, pattern, count=1)


def decimal_text(value: Decimal | None, locale: QLocale | None = None) -> str:
    """A Decimal as the user would type it: no grouping, the locale's decimal separator."""
    if value is None:
        return ""
    loc = locale or QLocale()
    plain = f"{value:f}"
    if "." in plain:
        plain = plain.rstrip("0").rstrip(".") or "0"
    return plain.replace("-", loc.negativeSign()).replace(".", loc.decimalPoint())


def parse_decimal(text: str, locale: QLocale | None = None) -> Decimal:
    """Parse a number written in the user's locale ("1 234,5" in French); ValueError if not."""
    loc = locale or QLocale()
    point, group = loc.decimalPoint(), loc.groupSeparator()
    s = text.strip().replace(loc.negativeSign(), "-").replace("\u2212", "-").removesuffix("%")
    s = s.strip()
    if point != "." and group != ".":
        s = s.replace(".", point)  # a dot is a decimal point too where it cannot be a group
    whole, sep, fraction = s.partition(point)
    grouped = group in whole or (group in _SPACES and any(c in _SPACES for c in whole))
    if grouped:
        groups = re.split("[" + re.escape("".join(_SPACES | {group})) + "]", whole.lstrip("-"))
        if not (groups[0].isdigit() and len(groups[0]) <= 3):
            raise ValueError(text)
        if not all(g.isdigit() and len(g) == 3 for g in groups[1:]):
            raise ValueError(text)
        whole = ("-" if whole.startswith("-") else "") + "".join(groups)
    plain = whole + ("." + fraction if sep else "")
    if not plain or any(c in plain for c in "_ ") or point in fraction:
        raise ValueError(text)
    value = parse_amount(plain)
    digits = f"{value:f}"
    if "." in digits:
        digits = digits.rstrip("0").rstrip(".")
    if not _STORABLE.match(digits):
        raise TooManyDigitsError(text)
    return Decimal(digits)


class TooManyDigitsError(ValueError):
    """A number the brief's saved form cannot hold (15 digits before the point, 6 after)."""


def refusal_message(text: str) -> str:
    """Why `text` was not taken as a number, for the user."""
    try:
        parse_decimal(text)
    except TooManyDigitsError:
        return QCoreApplication.translate(
            "ValueEdits",
            "“{text}” has too many digits: at most 15 before the decimal separator and 6 after.",
        ).format(text=text.strip())
    except ValueError:
        pass
    example = "1200" + QLocale().decimalPoint() + "50"
    return QCoreApplication.translate(
        "ValueEdits", "“{text}” is not a number. Enter an amount like {example}."
    ).format(text=text.strip(), example=example)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_format() -> str:
    """The locale's short date format, always with a four-digit year."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def date_text(value: date | None) -> str:
    return "" if value is None else QLocale().toString(to_qdate(value), date_format())


class DecimalEdit(QLineEdit):
    """A line edit for a Decimal in the user's locale; refuses non-numbers with a message.

    `valueEdited` fires on every keystroke that leaves a number (or, if allowed, nothing);
    `invalid` fires with a message when the text is not a number, which is then not stored.
    """

    valueEdited = Signal(object)  # Decimal | None  # noqa: N815 - Qt naming
    invalid = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, empty: Decimal | None = None, allow_empty: bool = False
    ) -> None:
        super().__init__(parent)
        self.allow_empty = allow_empty
        self.empty = empty  # the value of an empty field, when allowed
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.textEdited.connect(self._on_edited)

    def value(self) -> Decimal | None:
        """The typed value; ValueError when the text is not a number."""
        if self.allow_empty and not self.text().strip():
            return self.empty
        return parse_decimal(self.text())

    def setValue(self, value: Decimal | None) -> None:  # noqa: N802 - Qt naming
        """Show `value` unless the text already means it (so typing "12," is not disturbed)."""
        try:
            if self.value() == value:
                return
        except ValueError:
            if self.hasFocus():
                return  # the user is fixing their entry; don't overwrite it
        self.setText(decimal_text(value))
        self._mark(False)

    def _on_edited(self, _text: str) -> None:
        try:
            value = self.value()
        except ValueError:
            self._mark(True)
            self.invalid.emit(refusal_message(self.text()))
            return
        self._mark(False)
        self.valueEdited.emit(value)

    def _mark(self, invalid: bool) -> None:
        if bool(self.property("invalid")) != invalid:
            self.setProperty("invalid", invalid)
            self.setStyleSheet(_INVALID_STYLE if invalid else "")


class OptionalDateEdit(QWidget):
    """A date that may be unset: a check box ("set") and a date edit with a calendar popup.

    `valueChanged(date | None)` fires on user edits only; `finished` when focus leaves it.
    """

    valueChanged = Signal(object)  # noqa: N815 - Qt naming
    finished = Signal()
    _UNSET = QDate(1900, 1, 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.check.setToolTip(QCoreApplication.translate("ValueEdits", "Set a date"))
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_format())
        self.edit.setMinimumDate(self._UNSET)
        self.edit.setSpecialValueText(QCoreApplication.translate("ValueEdits", "not set"))
        self.suggest: Callable[[], date] = date.today  # where a newly set date starts
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setAutoFillBackground(True)
        self._set_display(None)
        self.check.toggled.connect(self._on_toggled)
        self.edit.dateChanged.connect(self._on_date)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)

    def value(self) -> date | None:
        if not self.check.isChecked() or self.edit.date() == self._UNSET:
            return None
        return from_qdate(self.edit.date())

    def setValue(self, value: date | None) -> None:  # noqa: N802 - Qt naming
        if value != self.value():
            self._set_display(value)

    def _set_display(self, value: date | None) -> None:
        for w in (self.check, self.edit):
            w.blockSignals(True)
        self.check.setChecked(value is not None)
        self.edit.setDate(to_qdate(value) if value else self._UNSET)
        self.edit.setEnabled(value is not None)
        self.setFocusProxy(self.edit if value is not None else self.check)
        for w in (self.check, self.edit):
            w.blockSignals(False)

    def _on_toggled(self, checked: bool) -> None:
        self._set_display(self.suggest() if checked else None)
        if checked:
            self.edit.setFocus()
        self.valueChanged.emit(self.value())

    def _on_date(self, _date: QDate) -> None:
        if self.edit.date() == self._UNSET:
            self._set_display(None)
        self.valueChanged.emit(self.value())

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is None or not self.isVisible() or not self.isAncestorOf(old):
            return
        widget = new
        while widget is not None:  # the calendar popup is a window of its own: walk parents
            if widget is self:
                return
            widget = widget.parentWidget()
        self.finished.emit()
