"""Qt bootstrap: the application object, logging, translations, style, and the main window."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from studio import __version__
from studio.config import load_settings
from studio.logs import install_excepthook, setup_logging
from studio.resources import resource_path
from studio.ui.gui_thread_gc import GuiThreadCollector

if TYPE_CHECKING:
    from studio.store.library import Library

log = logging.getLogger(__name__)
DESKTOP_FILE = "io.briefstudio.BriefStudio"


class _CrashReporter(QObject):
    """Shows the excepthook's message on the GUI thread, whichever thread failed."""

    report = Signal(str)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)  # owned by the app: it must outlive open_main_window()
        self.report.connect(self.show)

    @Slot(str)
    def show(self, message: str) -> None:
        QMessageBox.critical(None, QApplication.translate("App", "Brief Studio"), message)


def load_style(app: QApplication) -> None:
    """The app's style sheet (resources/style/app.qss) on Qt's Fusion style."""
    app.setStyle("Fusion")
    folder = resource_path("style")
    try:
        sheet = (folder / "app.qss").read_text("utf-8")
    except OSError as error:
        log.warning("No style sheet: %s", error)
        return
    # Images in the sheet are named from its own folder, wherever the app is installed.
    app.setStyleSheet(sheet.replace("{style}", folder.as_posix()))


def run(data_dir: Path, debug: bool = False, argv: list[str] | None = None) -> int:
    """Start the app on the library in `data_dir`; returns the exit code."""
    started = time.perf_counter()
    opened = open_main_window(data_dir, debug, argv)
    if isinstance(opened, int):
        return opened
    app, window, library = opened
    log.info(
        "Brief Studio %s started in %.0f ms (data %s)",
        __version__,
        (time.perf_counter() - started) * 1000,
        data_dir,
    )
    try:
        return app.exec()
    finally:
        from studio.ui.worker import wait_for_background_work

        wait_for_background_work()
        window.deleteLater()
        library.close()


def open_main_window(
    data_dir: Path, debug: bool = False, argv: list[str] | None = None
) -> tuple[QApplication, QMainWindow, Library] | int:
    """Everything up to a shown main window; an exit code if the library cannot be opened."""
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
    reporter = _CrashReporter(app)
    install_excepthook(reporter.report.emit)
    GuiThreadCollector(app)  # owned by the app: lives as long as it

    settings = load_settings(data_dir)
    from studio.ui.i18n import install_translators

    install_translators(app, settings.ui_language)
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
    from studio.ui.video.recovery_prompt import offer_recovery

    offer_recovery(window, library, settings.ffmpeg_path)  # recordings left by a crash
    return app, window, library


def startup_benchmark(process_start: float) -> None:
    """For bench/store_bench.py: print seconds from `process_start` (time.time() taken by the
    parent just before starting this process) until the main window has been shown and the
    first events processed, i.e. the app answers input."""
    from studio.config import resolve_data_dir

    opened = open_main_window(resolve_data_dir(None))
    if isinstance(opened, int):
        raise SystemExit(opened)
    app, window, library = opened
    app.processEvents()
    print(f"{time.time() - process_start:.4f}")
    window.close()
    library.close()
