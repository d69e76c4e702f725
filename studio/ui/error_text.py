"""Errors from the Qt-free layers, in the UI's language.

Those layers mark an English `template` for translation (QT_TRANSLATE_NOOP, in a context
of their own) and keep its `params` (or `values`); the UI translates and fills it in here.
An error can carry more problems found at the same time in `also` (no microphone and no
camera either): each is said, on its own line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication


def error_text(error: BaseException, contexts: Sequence[str]) -> str:
    """`error` and the ones it carries in `also`, translated where their template is."""
    errors = [error, *getattr(error, "also", ())]
    return "\n".join(_one(each, contexts) for each in errors)


def translated(template: str, contexts: Sequence[str]) -> str:
    """`template` in the UI's language, not filled in yet."""
    # The context is not known here: the first one that has a translation is it. In
    # English none has one, and the template itself is the text.
    found = (QCoreApplication.translate(context, template) for context in contexts)
    return next((text for text in found if text != template), template)


def template_text(
    template: str, params: Mapping[str, object], contexts: Sequence[str]
) -> str | None:
    """`template` translated and filled with `params`; the English one when the translation
    has broken placeholders; None when neither can be filled."""
    for text in (translated(template, contexts), template):
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            continue
    return None


def _one(error: BaseException, contexts: Sequence[str]) -> str:
    template = getattr(error, "template", None)
    params = getattr(error, "params", None) or getattr(error, "values", None) or {}
    if isinstance(template, str):
        text = template_text(template, params, contexts)
        if text is not None:
            return text
    return str(getattr(error, "message", None) or error)
