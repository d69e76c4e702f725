"""Marking user-facing text in Qt-free code so Qt's lupdate extracts it for translation.

`QT_TRANSLATE_NOOP(context, text)` returns `text` unchanged; pyside6-lupdate recognises the
name and puts the string in the .ts files. The UI translates it at display time with
`QCoreApplication.translate(context, text)`. English stays the source text.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
