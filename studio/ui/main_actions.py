"""Every command of the main window as a QAction, and the menu bar built from them.

The window connects the actions to what they do; the library panel's buttons show the same
actions, so a button and its menu item are always enabled, named and translated alike.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from studio.store.templates import TEMPLATES

# The UI languages offered; each is shown by its own name ("" follows the system).
LANGUAGES = (("", ""), ("en", "English"), ("fr", "Français"))


class MainActions(QObject):
    def __init__(self, window: QWidget, undo_group: QUndoGroup, ui_language: str) -> None:
        super().__init__(window)
        self._window = window
        self.new_menu = QMenu(self.tr("New from Tem&plate"), window)
        self.templates: dict[str, QAction] = {}
        for name, title in TEMPLATES.items():
            self.templates[name] = self._action(QCoreApplication.translate("Templates", title))
            self.new_menu.addAction(self.templates[name])
        self.new = self._action(self.tr("&New Brief"), QKeySequence.StandardKey.New)
        self.new.setToolTip(
            self.tr("New brief from the last template used (the arrow lists them all)")
        )
        self.duplicate = self._action(self.tr("&Duplicate"), "Ctrl+D")
        self.trash = self._action(self.tr("Move to &Trash"), QKeySequence.StandardKey.Delete)
        # Delete moves to the trash only where the action is added (the brief list), never
        # while typing in a field.
        self.trash.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.restore = self._action(self.tr("&Restore"))
        self.purge = self._action(self.tr("Delete &Forever…"))
        self.show_trash = self._action(self.tr("Show T&rash"))
        self.show_trash.setCheckable(True)
        # The panel's buttons are narrow: they show these shorter texts (QAction.iconText).
        self.new.setIconText(self.tr("New"))
        self.trash.setIconText(self.tr("Delete"))
        self.purge.setIconText(self.tr("Delete Forever"))
        self.show_trash.setIconText(self.tr("Trash"))
        for action in (self.trash, self.purge, self.show_trash):
            action.setToolTip(action.text().replace("&", "").rstrip("…"))
        self.import_json = self._action(self.tr("&Import JSON…"), "Ctrl+I")
        self.export_json = self._action(self.tr("&Export JSON…"), "Ctrl+Shift+E")
        # The bundle is what a freelancer receives: it gets the short shortcut.
        self.import_bundle = self._action(self.tr("I&mport Bundle…"))
        self.export_bundle = self._action(self.tr("Export &Bundle…"), "Ctrl+E")
        self.verify_bundle = self._action(self.tr("&Verify Bundle…"))
        self.quit = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo = undo_group.createUndoAction(window, self.tr("Undo"))
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo = undo_group.createRedoAction(window, self.tr("Redo"))
        self.redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.find = self._action(self.tr("&Find…"), QKeySequence.StandardKey.Find)
        self.recipients = self._action(self.tr("&Recipients…"))
        self.destinations = self._action(self.tr("&Destinations…"))
        self.about = self._action(self.tr("&About Brief Studio"))
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.logs = self._action(self.tr("Open &Log Folder"))
        self.language_group = QActionGroup(self)
        self.languages: dict[str, QAction] = {}
        for code, name in LANGUAGES:
            action = self._action(name or self.tr("System language"))
            action.setCheckable(True)
            action.setChecked(code == ui_language)
            self.language_group.addAction(action)
            self.languages[code] = action

    def _action(self, text: str, shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def fill_menu_bar(self, bar: QMenuBar) -> None:
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new)
        file_menu.addMenu(self.new_menu)
        file_menu.addAction(self.duplicate)
        file_menu.addAction(self.trash)
        file_menu.addSeparator()
        file_menu.addActions([self.import_bundle, self.export_bundle, self.verify_bundle])
        file_menu.addSeparator()
        file_menu.addActions([self.import_json, self.export_json])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.show_trash)
        settings_menu = bar.addMenu(self.tr("&Settings"))
        settings_menu.addActions([self.recipients, self.destinations])
        settings_menu.addSeparator()
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        language_menu.addActions(self.language_group.actions())
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.about, self.logs])
