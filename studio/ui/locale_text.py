"""Sizes and moments written the way the UI's locale writes them (shared by the pages)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


def size_text(size: int) -> str:
    """Bytes in the locale's units, 1024-based as file managers show them: "1.9 GB"."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def moment_text(moment: datetime) -> str:
    """A date and time in the user's locale and time zone."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)
