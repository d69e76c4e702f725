"""The fields of one recipient of the address book, and the Recipient they make."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from zoneinfo import available_timezones

from babel import Locale
from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from studio.store.recipients import Recipient, parse_rate

CURRENCIES = ("EUR", "USD", "GBP", "CHF", "CAD", "AUD", "INR", "BRL", "PLN", "SEK", "JPY")


@cache
def _zones() -> list[str]:
    return sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/"))


@cache
def _countries(language: str) -> list[str]:
    try:
        names = Locale.parse(language).territories
    except (ValueError, LookupError):
        names = Locale.parse("en").territories
    return sorted(name for code, name in names.items() if code.isalpha())


def _split(text: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in text.replace(";", ",").split(",") if w.strip())


def _completer(words: list[str], parent: QWidget) -> QCompleter:
    completer = QCompleter(words, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


class RecipientForm(QWidget):
    """Emits `edited` on any change the person makes."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base: Recipient | None = None
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Ana Costa"))
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("ana@example.com"))
        self.country_edit = QLineEdit()
        language = QLocale().name().split("_")[0] or "en"
        self.country_edit.setCompleter(_completer(_countries(language), self))
        self.timezone_edit = QLineEdit()
        self.timezone_edit.setPlaceholderText(self.tr("e.g. Europe/Lisbon"))
        self.timezone_edit.setCompleter(_completer(_zones(), self))
        self.languages_edit = QLineEdit()
        self.languages_edit.setPlaceholderText(self.tr("Codes in order of preference: pt, en"))
        self.rate_edit = QLineEdit()
        self.rate_edit.setPlaceholderText(self.tr("e.g. 45 (per hour or per day, as you agree)"))
        self.currency_edit = QLineEdit()
        self.currency_edit.setPlaceholderText("EUR")
        self.currency_edit.setMaxLength(3)
        self.currency_edit.setMaximumWidth(80)
        self.currency_edit.setCompleter(_completer(list(CURRENCIES), self))
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Separated by commas: design, mobile"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("What you know of their work, availability…"))
        self.notes_edit.setMinimumHeight(70)

        rate = QHBoxLayout()
        rate.setContentsMargins(0, 0, 0, 0)
        rate.addWidget(self.rate_edit, 1)
        rate.addWidget(self.currency_edit)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&E-mail"), self.email_edit)
        form.addRow(self.tr("&Country"), self.country_edit)
        form.addRow(self.tr("&Time zone"), self.timezone_edit)
        form.addRow(self.tr("&Languages"), self.languages_edit)
        rate_label = QLabel(self.tr("R&ate"))
        rate_label.setBuddy(self.rate_edit)
        form.addRow(rate_label, rate)
        form.addRow(self.tr("Ta&gs"), self.tags_edit)
        form.addRow(self.tr("N&otes"), self.notes_edit)
        self.lines = (
            self.name_edit,
            self.email_edit,
            self.country_edit,
            self.timezone_edit,
            self.languages_edit,
            self.rate_edit,
            self.currency_edit,
            self.tags_edit,
        )
        for edit in self.lines:
            edit.textEdited.connect(lambda _t: self.edited.emit())
        self.notes_edit.textChanged.connect(self._notes_changed)
        self._loading = False

    def _notes_changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def load(self, recipient: Recipient | None) -> None:
        """Show `recipient` (None: an empty form for a new one)."""
        self._base = recipient
        r = recipient or Recipient(name="")
        self._loading = True
        try:
            self.name_edit.setText(r.name)
            self.email_edit.setText(r.email)
            self.country_edit.setText(r.country)
            self.timezone_edit.setText(r.timezone)
            self.languages_edit.setText(", ".join(r.languages))
            self.rate_edit.setText("" if r.rate is None else str(r.rate))
            self.currency_edit.setText(r.currency)
            self.tags_edit.setText(", ".join(r.tags))
            self.notes_edit.setPlainText(r.notes)
        finally:
            self._loading = False

    def value(self) -> Recipient:
        """The recipient as typed (RecipientError for a rate that is not a number); the
        store checks the rest (name, e-mail, time zone) when it is saved."""
        typed = Recipient(
            name=self.name_edit.text().strip(),
            email=self.email_edit.text().strip(),
            country=self.country_edit.text().strip(),
            timezone=self.timezone_edit.text().strip(),
            languages=tuple(c.lower() for c in _split(self.languages_edit.text())),
            rate=parse_rate(self.rate_edit.text()),
            currency=self.currency_edit.text().strip().upper(),
            notes=self.notes_edit.toPlainText(),
            tags=_split(self.tags_edit.text()),
        )
        if self._base is None:
            return typed
        return replace(typed, id=self._base.id, created=self._base.created)

    def is_new(self) -> bool:
        return self._base is None
