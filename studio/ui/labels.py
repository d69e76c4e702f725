"""Translated names of the brief's enumerations (status, kind of input, risk level)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from studio.core.brief import InputKind, Level, Status

_STATUS = {
    Status.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    Status.READY: QT_TRANSLATE_NOOP("Labels", "Ready"),
    Status.SENT: QT_TRANSLATE_NOOP("Labels", "Sent"),
    Status.ARCHIVED: QT_TRANSLATE_NOOP("Labels", "Archived"),
}
_KIND = {
    InputKind.DATA: QT_TRANSLATE_NOOP("Labels", "Data"),
    InputKind.DOCUMENT: QT_TRANSLATE_NOOP("Labels", "Document"),
    InputKind.ACCESS: QT_TRANSLATE_NOOP("Labels", "Access"),
    InputKind.PEOPLE: QT_TRANSLATE_NOOP("Labels", "People"),
    InputKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}
_LEVEL = {
    Level.LOW: QT_TRANSLATE_NOOP("Labels", "Low"),
    Level.MEDIUM: QT_TRANSLATE_NOOP("Labels", "Medium"),
    Level.HIGH: QT_TRANSLATE_NOOP("Labels", "High"),
}


def _label(table: dict[Any, object], value: str) -> str:
    source = next((text for key, text in table.items() if key.value == value), value)
    return QCoreApplication.translate("Labels", str(source))


def status_label(status: str) -> str:
    return _label(_STATUS, status)


def kind_label(kind: str) -> str:
    return _label(_KIND, kind)


def level_label(level: str) -> str:
    return _label(_LEVEL, level)


def status_choices() -> tuple[tuple[str, str], ...]:
    """(value, translated label) pairs, in the enumeration's order, for combo boxes."""
    return tuple((s.value, status_label(s.value)) for s in Status)


def kind_choices() -> tuple[tuple[str, str], ...]:
    return tuple((k.value, kind_label(k.value)) for k in InputKind)


def level_choices() -> tuple[tuple[str, str], ...]:
    return tuple((v.value, level_label(v.value)) for v in Level)
