"""Errors from the Qt-free layers, in the UI's language.

Those layers mark an English `template` for translation (QT_TRANSLATE_NOOP, in a context
of their own) and keep its `params` (or `values`); the UI translates and fills it in here,
writing a `Phrase` param translated (its own params too) and a `DataSize` in the locale's
units.
An error can carry more problems found at the same time in `also` (no microphone and no
camera either): each is said, on its own line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QLocale

from studio.core.cancel import CancelledError
from studio.core.i18n import DataSize, Phrase


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


def param_text(value: object, contexts: Sequence[str]) -> object:
    """A param as the UI writes it: a Phrase translated (and filled with its own params,
    written the same way), a DataSize in the locale's units ("1,5 Mo"), anything else as
    it is."""
    if isinstance(value, Phrase):
        if not value.params:
            return translated(value.text, contexts)
        params = {key: param_text(each, contexts) for key, each in value.params.items()}
        text = template_text(value.text, params, contexts)
        return str(value) if text is None else text
    if isinstance(value, DataSize):
        return QLocale().formattedDataSize(value.count, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
    return value


def _one(error: BaseException, contexts: Sequence[str]) -> str:
    if isinstance(error, CancelledError):  # its message names the work in English
        return QCoreApplication.translate("BundleTexts", "Cancelled.")
    template = getattr(error, "template", None)
    params = getattr(error, "params", None) or {}
    if isinstance(template, str):
        written = {key: param_text(value, contexts) for key, value in params.items()}
        text = template_text(template, written, contexts)
        if text is not None:
            return text
    return str(getattr(error, "message", None) or error)
