"""Errors from the Qt-free layers, in the UI's language.

Those layers mark an English `template` for translation (QT_TRANSLATE_NOOP, in a context
of their own) and keep its `params` (or `values`); the UI translates and fills it in here.
An error can carry more problems found at the same time in `also` (no microphone and no
camera either): each is said, on its own line.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication


def error_text(error: BaseException, contexts: Sequence[str]) -> str:
    """`error` and the ones it carries in `also`, translated where their template is."""
    errors = [error, *getattr(error, "also", ())]
    return "\n".join(_one(each, contexts) for each in errors)


def _one(error: BaseException, contexts: Sequence[str]) -> str:
    template = getattr(error, "template", None)
    params = getattr(error, "params", None) or getattr(error, "values", None) or {}
    if isinstance(template, str):
        # The context is not known here: the first one that has a translation is it. In
        # English none has one, and the template itself is the text.
        found = (QCoreApplication.translate(context, template) for context in contexts)
        translated = next((text for text in found if text != template), template)
        for text in (translated, template):  # a translation with broken placeholders
            try:
                return text.format(**params)
            except (KeyError, IndexError, ValueError):
                continue
    return str(getattr(error, "message", None) or error)
