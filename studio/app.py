"""Qt bootstrap: the application object, logging, translations, style, and the main window."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from studio import __version__
from studio.config import load_settings
from studio.logs import install_excepthook, setup_logging
from studio.resources import resource_path

log = logging.getLogger(__name__)
DESKTOP_FILE = "io.briefstudio.BriefStudio"


class _CrashReporter(QObject):
    """Shows the excepthook's message on the GUI thread, whichever thread failed."""

    report = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.report.connect(self.show)

    @Slot(str)
    def show(self, message: str) -> None:
        QMessageBox.critical(None, QApplication.translate("App", "Brief Studio"), message)


def load_style(app: QApplication) -> None:
    """The app's style sheet (resources/style/app.qss) on Qt's Fusion style."""
    app.setStyle("Fusion")
    try:
        app.setStyleSheet(resource_path("style", "app.qss").read_text("utf-8"))
    except OSError as error:
        log.warning("No style sheet: %s", error)


def run(data_dir: Path, debug: bool = False, argv: list[str] | None = None) -> int:
    """Start the app on the library in `data_dir`; returns the exit code."""
    started = time.perf_counter()
    setup_logging(data_dir, debug)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("Brief Studio")
    app.setOrganizationDomain("briefstudio.io")
    app.setApplicationName("Brief Studio")
    app.setApplicationDisplayName("Brief Studio")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE)
    reporter = _CrashReporter()
    install_excepthook(reporter.report.emit)

    settings = load_settings(data_dir)
    from studio.ui.i18n import install_translators

    locale = install_translators(app, settings.ui_language)
    load_style(app)

    # Imported only now: the store pulls in the JSON schema validator, the window all of Qt
    # Widgets' pages; nothing of it is needed to show an error about the data dir.
    from studio.core.errors import StudioError
    from studio.store.library import Library

    try:
        library = Library.open(data_dir)
    except StudioError as error:
        log.error("Cannot open the library in %s: %s", data_dir, error)
        QMessageBox.critical(None, app.translate("App", "Cannot open the library"), error.message)
        return 1

    from studio.ui.main_window import MainWindow

    window = MainWindow(library, settings)
    window.show()
    log.info(
        "Brief Studio %s started in %.0f ms (data %s, language %s)",
        __version__,
        (time.perf_counter() - started) * 1000,
        data_dir,
        locale.name(),
    )
    try:
        return app.exec()
    finally:
        library.close()
