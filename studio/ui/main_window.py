"""The main window: the library panel on the left, the brief editor on the right, the menus."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QUndoGroup
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studio import __version__
from studio.config import Settings, load_settings, save_settings
from studio.core.brief import Brief
from studio.core.errors import BRIEF_FILE, StudioError
from studio.logs import current_log_file
from studio.store.library import COPY_SUFFIX, Library
from studio.store.templates import TEMPLATES, brief_from_template
from studio.ui import dialogs
from studio.ui.brief_files import export_brief, import_brief
from studio.ui.bundle.commands import BundleCommands
from studio.ui.editor.editor import BriefEditor
from studio.ui.editor.session import EditSession
from studio.ui.error_text import error_text
from studio.ui.i18n import ui_language
from studio.ui.library_panel import LibraryPanel
from studio.ui.main_actions import MainActions
from studio.ui.send.install import install_sending

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, library: Library, settings: Settings | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.library = library
        self.settings = settings if settings is not None else load_settings(library.data_dir)
        self.session: EditSession | None = None
        self.editor: BriefEditor | None = None
        self.undo_group = QUndoGroup(self)
        self.commands = MainActions(self, self.undo_group, self.settings.ui_language)
        self._connect_commands()

        c = self.commands
        self.panel = LibraryPanel(
            library, c.new_menu, c.new, c.duplicate, c.trash, c.restore, c.purge, c.show_trash
        )
        self.panel.setMinimumWidth(260)
        self.panel.brief_selected.connect(self.open_brief)
        self.panel.selection_changed.connect(self._update_actions)
        self.panel.view.addAction(c.trash)  # Delete works in the list (see MainActions)
        # The delivery queue: started once shown, so unfinished deliveries resume; the Send
        # step, the address book and the destinations use it.
        self.deliveries = install_sending(
            self, library, self.panel.model, c.recipients, c.destinations
        )
        self.bundles = BundleCommands(self, self._save_settings)  # export, verify, import, drops

        self.right = QStackedWidget()
        self.right.setObjectName("EditorArea")
        self.empty_state = self._empty_state()
        self.right.addWidget(self.empty_state)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("MainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.panel)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 980])
        self.setCentralWidget(self.splitter)

        self.save_label = QLabel()
        self.save_label.setObjectName("SaveState")
        self.statusBar().addPermanentWidget(self.save_label)
        c.fill_menu_bar(self.menuBar())
        self._restore_geometry()
        self._update_actions()

    def _connect_commands(self) -> None:
        c = self.commands
        for name, action in c.templates.items():
            action.triggered.connect(lambda _checked=False, n=name: self.new_brief(n))
        c.new.triggered.connect(lambda: self.new_brief())
        c.duplicate.triggered.connect(self.duplicate)
        c.trash.triggered.connect(self.move_to_trash)
        c.restore.triggered.connect(self.restore)
        c.purge.triggered.connect(self.purge)
        c.show_trash.toggled.connect(self._trash_mode_changed)
        c.import_json.triggered.connect(self.import_json)
        c.export_json.triggered.connect(self.export_json)
        c.quit.triggered.connect(self.close)
        c.find.triggered.connect(lambda: self.panel.focus_search())
        c.about.triggered.connect(self.about)
        c.logs.triggered.connect(self.open_log_folder)
        for code, action in c.languages.items():
            action.triggered.connect(lambda _checked=False, code=code: self.set_language(code))

    def _empty_state(self) -> QWidget:
        box = QWidget()
        box.setObjectName("NoBrief")
        self.empty_text = QLabel(self.tr("Select a brief on the left, or create a new one."))
        self.empty_text.setProperty("role", "empty")
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_new_button = QPushButton(self.tr("New Brief"))
        self.empty_new_button.setProperty("primary", True)
        self.empty_new_button.clicked.connect(lambda: self.new_brief())
        layout = QVBoxLayout(box)
        layout.addStretch(1)
        layout.addWidget(self.empty_text)
        layout.addSpacing(8)
        layout.addWidget(self.empty_new_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return box

    def _update_actions(self) -> None:
        c = self.commands
        in_trash = self.panel.in_trash()
        selected = self.panel.current_id() is not None
        c.duplicate.setEnabled(not in_trash and selected)
        c.trash.setEnabled(not in_trash and selected)
        c.restore.setEnabled(in_trash and selected)
        c.purge.setEnabled(in_trash and selected)
        c.export_json.setEnabled(self.session is not None)
        c.export_bundle.setEnabled(self.session is not None)
        c.new.setEnabled(not in_trash)

    # ---- the brief being edited -------------------------------------------------------

    def open_brief(self, brief_id: str | None) -> None:
        """Edit `brief_id` (None: edit nothing), saving the brief edited so far first."""
        if self.session is not None and self.session.brief.id == brief_id:
            return
        if not self._close_session():
            self.panel.select(self.session.brief.id if self.session else None)
            return
        if brief_id is None:
            self.right.setCurrentWidget(self.empty_state)
            self._update_actions()
            return
        try:
            brief = self.library.get(brief_id)
        except StudioError as error:
            dialogs.warn(self, self.tr("Cannot open the brief"), error_text(error, (BRIEF_FILE,)))
            return
        session = EditSession(self.library, brief, self.settings.autosave_delay_ms, self)
        session.saved.connect(self._saved)
        session.save_failed.connect(self._save_failed)
        session.changed.connect(self._brief_changed)
        self.session = session
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        self.editor = BriefEditor(session)
        self.right.addWidget(self.editor)
        self.right.setCurrentWidget(self.editor)
        self.save_label.clear()
        self._brief_changed(brief)
        self._update_actions()

    def _close_session(self) -> bool:
        """Save and close the brief being edited; False if it could not be saved and the
        user chose to keep it open."""
        if self.session is None:
            return True
        if not self.session.flush() and not dialogs.confirm(
            self,
            self.tr("Changes not saved"),
            self.tr(
                "The last changes to “{title}” could not be saved. Close it anyway and lose them?"
            ).format(title=self.session.brief.title),
            self.tr("Lose Changes"),
        ):
            return False
        self.undo_group.removeStack(self.session.undo_stack)
        if self.editor is not None:
            self.right.removeWidget(self.editor)
            self.editor.deleteLater()
        self.session.deleteLater()
        self.session = None
        self.editor = None
        self.setWindowTitle("")
        self.save_label.clear()
        return True

    def _brief_changed(self, brief: Brief) -> None:
        self.setWindowTitle(brief.title.strip() or self.tr("Untitled brief"))

    def _saved(self) -> None:
        self.save_label.setProperty("failed", False)
        self.save_label.setText(self.tr("Saved"))
        if self.session is not None:  # titles and order follow the edits
            self.panel.brief_saved(self.session.brief.id)

    def _save_failed(self, reason: str) -> None:
        self.save_label.setProperty("failed", True)
        self.save_label.setText(self.tr("Saving failed: {reason}").format(reason=reason))

    # ---- library operations -----------------------------------------------------------

    def new_brief(self, template: str | None = None) -> None:
        """Create a brief from `template` (default: the last one used) and open it."""
        name = template or self.settings.last_template
        if name not in TEMPLATES:
            name = "software"
        title = "" if name == "blank" else QCoreApplication.translate("Templates", TEMPLATES[name])
        brief = self.library.create(
            brief_from_template(name, title=title, start=date.today(), language=ui_language())
        )
        if name != self.settings.last_template:
            self._save_settings(replace(self.settings, last_template=name))
        self.panel.select(brief.id)
        if self.editor is not None:
            self.editor.focus_path("title")  # the first thing to change

    def duplicate(self) -> None:
        brief_id = self.panel.current_id()
        if brief_id is None:
            return
        self._flush()
        title_template = QCoreApplication.translate("Library", COPY_SUFFIX)
        copy = self.library.duplicate(brief_id, title_template)
        self.panel.select(copy.id)

    def move_to_trash(self) -> None:
        brief_id = self.panel.current_id()
        if brief_id is None:
            return
        title = self.library.get(brief_id).title
        editing = self.session is not None and self.session.brief.id == brief_id
        if editing and not self._close_session():
            return
        self.library.trash(brief_id)
        self.panel.select(None)
        self.statusBar().showMessage(
            self.tr("“{title}” moved to the trash. Show the trash to restore it.").format(
                title=title
            ),
            8000,
        )

    def restore(self) -> None:
        brief_id = self.panel.current_id()
        if brief_id is not None:
            self.library.restore(brief_id)
            self.panel.select(brief_id)

    def purge(self) -> None:
        brief_id = self.panel.current_id()
        if brief_id is None:
            return
        title = self.library.get(brief_id).title or self.tr("Untitled brief")
        if dialogs.confirm(
            self,
            self.tr("Delete forever?"),
            self.tr("“{title}” will be deleted for good. This cannot be undone.").format(
                title=title
            ),
            self.tr("Delete Forever"),
        ):
            self.library.purge(brief_id)
            self.panel.refresh()

    def import_json(self) -> None:
        brief_id = import_brief(self, self.library)
        if brief_id is not None:
            self.panel.select(brief_id)

    def export_json(self) -> None:
        if self.session is None:
            return
        self._flush()
        path = export_brief(self, self.library.get(self.session.brief.id))
        if path is not None:
            self.statusBar().showMessage(self.tr("Exported to {file}").format(file=path), 8000)

    def _flush(self) -> None:
        if self.session is not None:
            self.session.flush()

    def _trash_mode_changed(self, trash: bool) -> None:
        if trash:
            self.open_brief(None)
        self.empty_text.setText(
            self.tr("Select a brief in the trash to restore it or delete it forever.")
            if trash
            else self.tr("Select a brief on the left, or create a new one.")
        )
        self.empty_new_button.setVisible(not trash)
        self._update_actions()

    # ---- settings, help ---------------------------------------------------------------

    def set_language(self, code: str) -> None:
        if code == self.settings.ui_language:
            return
        self._save_settings(replace(self.settings, ui_language=code))
        dialogs.inform(
            self,
            self.tr("Language"),
            self.tr("The new language will be used the next time you start Brief Studio."),
        )

    def about(self) -> None:
        dialogs.inform(
            self,
            self.tr("About Brief Studio"),
            self.tr(
                "Brief Studio {version}\n\nWrite a structured project brief for freelancers, "
                "record a video walkthrough, and send it.\n\nYour briefs are stored in:\n{folder}"
            ).format(version=__version__, folder=self.library.data_dir),
        )

    def open_log_folder(self) -> None:
        log_file = current_log_file()
        folder = log_file.parent if log_file else self.library.data_dir / "logs"
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _save_settings(self, settings: Settings) -> None:
        self.settings = settings
        try:
            save_settings(settings, self.library.data_dir)
        except OSError:
            log.exception("Could not save the settings")

    def _restore_geometry(self) -> None:
        saved = self.settings.window_geometry
        if not saved or not self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            self.resize(1280, 800)
        if self.settings.splitter_state:
            state = QByteArray.fromBase64(self.settings.splitter_state.encode("ascii"))
            self.splitter.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self._close_session():
            event.ignore()
            return
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        splitter = bytes(self.splitter.saveState().toBase64().data()).decode("ascii")
        self._save_settings(
            replace(self.settings, window_geometry=geometry, splitter_state=splitter)
        )
        self.deliveries.stop()  # what is being sent resumes at the next start
        event.accept()
