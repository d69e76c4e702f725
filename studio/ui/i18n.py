"""Choosing the UI language and loading its translations (ours and Qt's own)."""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from studio.resources import resource_path

log = logging.getLogger(__name__)
LANGUAGE_ENV = "BRIEF_STUDIO_LANG"
_installed: list[QTranslator] = []  # Qt does not own them: keep them alive here


def choose_language(setting: str = "") -> QLocale:
    """The setting if any, else $BRIEF_STUDIO_LANG, else the system's locale."""
    name = setting or os.environ.get(LANGUAGE_ENV, "")
    return QLocale(name) if name else QLocale.system()


def install_translators(app: QCoreApplication, language: str = "") -> QLocale:
    """Load the translations for `language` (see choose_language) and make its locale the
    default for numbers, dates and money. Returns the locale used."""
    locale = choose_language(language)
    QLocale.setDefault(locale)
    uninstall_translators(app)
    sources = (
        ("brief_studio", str(resource_path("i18n"))),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    )
    for name, folder in sources:
        translator = QTranslator(app)
        translator.setObjectName(name)  # ui_language() looks for ours by name
        # Tries brief_studio_fr_FR.qm, brief_studio_fr.qm…; English needs no file.
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)
        elif locale.language() not in (QLocale.Language.English, QLocale.Language.C):
            log.info("No %s translation for %s in %s", name, locale.name(), folder)
    return locale


def ui_language() -> str:
    """The language the app's own texts are shown in: that of our installed translation,
    else English. Not the default QLocale, which may be French for numbers while no French
    translation is loaded (a test, or a locale we have no translation for)."""
    for translator in _installed:
        if translator.objectName() == "brief_studio":
            return translator.language() or "en"
    return "en"


def uninstall_translators(app: QCoreApplication) -> None:
    """Remove what install_translators loaded (the app speaks English again)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
