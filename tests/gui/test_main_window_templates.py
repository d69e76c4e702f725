"""File ▸ New from Template writes the brief in the language the app is shown in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from studio.core.steps import Step
from studio.store.library import Library
from studio.ui.main_window import MainWindow
from tests.gui.conftest import create, page, show_window, stored


@pytest.fixture
def french_window(french: None, qtbot: QtBot, library: Library) -> Iterator[MainWindow]:
    window = show_window(qtbot, library)  # built after the translators, like the app does
    yield window
    window.close()


def test_in_french_the_software_template_is_written_in_french(
    french_window: MainWindow, library: Library
) -> None:
    action = french_window.commands.templates["software"]
    assert action.text() == "Projet logiciel"
    create(french_window, "software")

    brief = stored(library, french_window)
    assert (brief.title, brief.language) == ("Projet logiciel", "fr")
    assert brief.planning.start == date.today()
    assert [m.title for m in brief.planning.milestones] == [
        "Cadrage et rédaction des spécifications",
        "Première version utilisable",
        "Mise en production et passation",
    ]
    assert [c.unit for c in brief.costs.items] == ["jour", "jour", "jour"]
    # What the user reads first: the summary, in French.
    summary = page(french_window, Step.OVERVIEW).summary_edit.toPlainText()
    assert summary.startswith("Décrivez le problème que le logiciel doit résoudre")


def test_in_english_the_template_stays_english_whatever_the_number_format(
    qtbot: QtBot, library: Library
) -> None:
    # French numbers and dates without a French translation loaded: the UI speaks English.
    locale = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        window = show_window(qtbot, library)
        create(window, "software")
        brief = stored(library, window)
        window.close()
    finally:
        QLocale.setDefault(locale)
    assert (brief.title, brief.language) == ("Software project", "en")
    assert brief.planning.milestones[0].title == "Discovery and specification"
