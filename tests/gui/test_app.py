"""The Qt bootstrap: studio.app.run and the translators."""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox
from pytestqt.qtbot import QtBot

from studio import app as studio_app
from studio.store.database import DB_FILENAME
from studio.ui.gui_thread_gc import GuiThreadCollector
from studio.ui.i18n import choose_language, install_translators, uninstall_translators
from studio.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def leave_the_app_as_found(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """run() installs hooks, log handlers, a style sheet and a locale: undo them after."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    locale = QLocale()
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    QLocale.setDefault(locale)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet("")
    uninstall_translators(app)
    for collector in app.findChildren(GuiThreadCollector):
        collector.stop()
        collector.setParent(None)


def test_run_shows_the_main_window_and_returns_the_exit_code(
    qapp: QApplication, data_dir: Path
) -> None:
    seen: list[MainWindow] = []

    def look_then_quit() -> None:
        seen.extend(
            w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        for window in seen:
            window.close()

    QTimer.singleShot(0, look_then_quit)
    assert studio_app.run(data_dir) == 0
    assert len(seen) == 1
    assert qapp.desktopFileName() == "io.briefstudio.BriefStudio"
    assert "#NewButton" in qapp.styleSheet()
    assert (data_dir / "logs" / "brief-studio.log").is_file()


def test_run_says_why_a_library_cannot_be_opened(
    qapp: QApplication, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('schema_version', '99')")
    conn.commit()
    conn.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    assert studio_app.run(data_dir) == 1
    assert shown and "newer Brief Studio" in shown[0]


def test_an_uncaught_error_is_shown_with_the_log_file(
    qapp: QApplication, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))

    def fail_then_quit() -> None:
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())  # what Python does with an uncaught error
        QTimer.singleShot(0, qapp.closeAllWindows)

    QTimer.singleShot(0, fail_then_quit)
    studio_app.run(data_dir)
    assert shown and "RuntimeError: boom" in shown[0]
    assert str(data_dir / "logs" / "brief-studio.log") in shown[0]


def test_language_comes_from_the_setting_then_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("BRIEF_STUDIO_LANG", "de")
    assert choose_language("fr").name() == "fr_FR"
    assert choose_language("").name() == "de_DE"
    monkeypatch.delenv("BRIEF_STUDIO_LANG")
    assert choose_language("").name() == QLocale.system().name()


def test_installing_a_language_sets_the_default_locale(qapp: QApplication) -> None:
    locale = install_translators(qapp, "fr")
    assert locale.name() == "fr_FR"
    assert QLocale().toString(1234.5, "f", 1) == "1\u202f234,5"
    assert qapp.translate("QFileDialog", "Open") == "Ouvrir"  # Qt's own French
    uninstall_translators(qapp)
    assert qapp.translate("QFileDialog", "Open") == "Open"


def test_drop_down_lists_show_their_arrow(qapp: QApplication, qtbot: QtBot) -> None:
    studio_app.load_style(qapp)
    assert "{style}" not in qapp.styleSheet()
    combo = QComboBox()
    combo.addItems(["1280 × 720", "1920 × 1080"])
    qtbot.addWidget(combo)
    combo.resize(180, 32)
    combo.show()
    qtbot.waitExposed(combo)
    image = combo.grab().toImage()
    width, height = image.width(), image.height()
    # The arrow is drawn in the drop-down area on the right; without an image for it Qt
    # drew nothing there under our style sheet, and the list looked like a text field.
    right = [
        image.pixelColor(x, y).lightness()
        for x in range(width - 20, width - 3)
        for y in range(4, height - 4)
    ]
    assert min(right) < 160
