"""The library panel: search as you type, filter, sort, and the list of briefs (or the trash)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.brief import Status
from studio.store.library import BriefSummary, Library, Sort, sort_key
from studio.ui.labels import status_choices
from studio.ui.library_model import DETAILS_ROLE, ID_ROLE, LibraryModel
from studio.ui.row_paint import paint_row_frame, two_line_size

SEARCH_DELAY_MS = 150


Index = QModelIndex | QPersistentModelIndex


SEARCH_LIMIT = 200


class LibraryPanel(QWidget):
    """Emits `brief_selected(id or None)` when the user picks a brief outside the trash."""

    brief_selected = Signal(object)
    selection_changed = Signal()

    def __init__(
        self,
        library: Library,
        new_menu: QMenu,
        new_brief: QAction,
        duplicate: QAction,
        trash: QAction,
        restore: QAction,
        purge: QAction,
        show_trash: QAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("LibraryPanel")
        self.library = library
        self.show_trash_action = show_trash
        self._selected: dict[bool, str | None] = {False: None, True: None}  # by trash mode
        self._restoring = False

        heading = QLabel(self.tr("Briefs"))
        heading.setProperty("role", "panelTitle")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        self.new_button = QToolButton()
        self.new_button.setObjectName("NewButton")
        self.new_button.setDefaultAction(new_brief)
        self.new_button.setMenu(new_menu)
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.search = QLineEdit()
        self.search.setObjectName("SearchBox")
        self.search.setPlaceholderText(self.tr("Search briefs"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search briefs"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.refresh)

        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status filter"))
        self.status_combo.addItem(self.tr("All statuses"), "")
        for value, label in status_choices():
            self.status_combo.addItem(label, value)
        self.sort_combo = QComboBox()
        self.sort_combo.setAccessibleName(self.tr("Sort by"))
        for sort, label in (
            (Sort.UPDATED, self.tr("Last edited")),
            (Sort.CREATED, self.tr("Created")),
            (Sort.TITLE, self.tr("Title")),
            (Sort.STATUS, self.tr("Status")),
        ):
            self.sort_combo.addItem(label, sort.value)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.sort_combo.currentIndexChanged.connect(lambda _i: self.refresh())

        self.model = LibraryModel(self)
        self.view = QListView()
        self.view.setObjectName("BriefList")
        self.view.setAccessibleName(self.tr("Briefs"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(_BriefDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(True)
        self.view.setMouseTracking(True)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("EmptyState")
        self.empty_label.setProperty("role", "empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.view)
        self.list_stack.addWidget(self.empty_label)

        self.trash_banner = QLabel(self.tr("Trash: restore a brief, or delete it forever."))
        self.trash_banner.setObjectName("TrashBanner")
        self.trash_banner.setWordWrap(True)
        self.trash_banner.setVisible(False)
        self.more_note = QLabel()
        self.more_note.setObjectName("MoreMatches")
        self.more_note.setProperty("role", "hint")
        self.more_note.setWordWrap(True)
        self.more_note.setVisible(False)

        self.duplicate_button = self._button(duplicate)
        self.trash_button = self._button(trash)
        self.restore_button = self._button(restore)
        self.purge_button = self._button(purge)
        self.show_trash_button = self._button(show_trash)
        show_trash.toggled.connect(self._trash_mode_changed)

        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.show_trash_button)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.status_combo, 1)
        filters.addWidget(self.sort_combo, 1)
        actions = QHBoxLayout()
        for button in (
            self.duplicate_button,
            self.trash_button,
            self.restore_button,
            self.purge_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.trash_banner)
        layout.addWidget(self.list_stack, 1)
        layout.addWidget(self.more_note)
        layout.addLayout(actions)
        self._trash_mode_changed(show_trash.isChecked())

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    # ---- state ------------------------------------------------------------------------

    def in_trash(self) -> bool:
        return self.show_trash_action.isChecked()

    def current_id(self) -> str | None:
        """The selected brief (in the trash while the trash is shown)."""
        return self._selected[self.in_trash()]

    def status_filter(self) -> Status | None:
        value = self.status_combo.currentData()
        return Status(value) if value else None

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # ---- listing ----------------------------------------------------------------------

    def refresh(self) -> None:
        """List again (after a search, a filter, an autosave); the selection stays put."""
        self._search_timer.stop()
        searching = bool(self.search.text().strip())
        summaries = self.library.list(
            search=self.search.text(),
            status=self.status_filter(),
            sort=Sort(self.sort_combo.currentData()),
            trashed=self.in_trash(),
            # The best matches are enough while typing, and keep each keystroke fast.
            limit=SEARCH_LIMIT if searching else None,
        )
        self.more_note.setVisible(searching and len(summaries) >= SEARCH_LIMIT)
        self.more_note.setText(
            self.tr(
                "Showing the {count} best matches. Type more words to narrow the search."
            ).format(count=SEARCH_LIMIT)
        )
        self._show(summaries)

    def brief_saved(self, brief_id: str) -> None:
        """Update one row after an autosave, without listing the whole library again."""
        summary = self.library.summary(brief_id)
        row = self.model.row_of(brief_id)
        if summary is None or row < 0 or self.search.text().strip():
            self.refresh()  # a search's ranking may change with the words: ask the index
            return
        if (status := self.status_filter()) is not None and summary.status is not status:
            self.refresh()
            return
        summaries = list(self.model.summaries)
        summaries[row] = summary
        summaries.sort(key=sort_key(Sort(self.sort_combo.currentData())))
        self._show(summaries)

    def _show(self, summaries: list[BriefSummary]) -> None:
        self._restoring = True
        try:
            self.model.set_summaries(summaries)
            row = self.model.row_of(self.current_id() or "")
            if row >= 0:
                if self.view.currentIndex().row() != row:
                    self.view.setCurrentIndex(self.model.index(row))
            else:
                self.view.setCurrentIndex(QModelIndex())
        finally:
            self._restoring = False
        self._show_empty_state(bool(summaries))
        self.selection_changed.emit()

    def select(self, brief_id: str | None) -> None:
        """Select (and so open) a brief, showing the library rather than the trash."""
        if self.in_trash():
            self.show_trash_action.setChecked(False)
        self._selected[False] = brief_id
        self.refresh()
        self.brief_selected.emit(brief_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring:
            return
        brief_id = current.data(ID_ROLE) if current.isValid() else None
        self._selected[self.in_trash()] = brief_id
        self.selection_changed.emit()
        if not self.in_trash():
            self.brief_selected.emit(brief_id)

    def _show_empty_state(self, has_rows: bool) -> None:
        if has_rows:
            self.list_stack.setCurrentWidget(self.view)
            return
        query = self.search.text().strip()
        if query:
            text = self.tr("Nothing matches “{query}”.").format(query=query)
        elif self.status_filter() is not None:
            text = self.tr("No brief has this status.")
        elif self.in_trash():
            text = self.tr("The trash is empty.")
        else:
            text = self.tr("No briefs yet — create one from a template with the New button.")
        self.empty_label.setText(text)
        self.list_stack.setCurrentWidget(self.empty_label)

    def _trash_mode_changed(self, trash: bool) -> None:
        for button in (self.duplicate_button, self.trash_button):
            button.setVisible(not trash)
        for button in (self.restore_button, self.purge_button):
            button.setVisible(trash)
        self.trash_banner.setVisible(trash)
        self.new_button.setEnabled(not trash)
        self.refresh()


class _BriefDelegate(QStyledItemDelegate):
    """Two lines per brief: the title, then client · status · last edited."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return two_line_size(option)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        inner = paint_row_frame(painter, option)
        line = inner.height() // 2
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        title = painter.fontMetrics().elidedText(
            index.data(Qt.ItemDataRole.DisplayRole), Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), line),
            Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        painter.setFont(option.font)
        painter.setPen(QColor("#5f6b7a"))
        details = painter.fontMetrics().elidedText(
            index.data(DETAILS_ROLE) or "", Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(
            QRect(inner.left(), inner.top() + line, inner.width(), inner.height() - line),
            Qt.AlignmentFlag.AlignVCenter,
            details,
        )
        painter.restore()
