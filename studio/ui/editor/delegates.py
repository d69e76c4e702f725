"""Cell editors shared by the editor's tables; each commits as the user types.

Committing live means every keystroke becomes a `session.apply` (merged into one undo step by
the model's merge key), so totals and the timeline follow the typing. `setEditorData` only
writes when the value differs, so the refresh that follows an edit leaves the editor alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from studio.ui.editor.form_fields import LeaveUndoToTheBrief
from studio.ui.editor.value_edits import DecimalEdit, OptionalDateEdit, refusal_message

Index = QModelIndex | QPersistentModelIndex
Options = Callable[[Index], Sequence[tuple[str, str]]]  # (id, label) choices for a cell
EDIT = Qt.ItemDataRole.EditRole


def refresh_open_editor(view: QAbstractItemView) -> None:
    """After an undo, show the restored value in the cell being edited (typing is untouched,
    since the delegates only write a value that differs from the editor's)."""
    index = view.currentIndex()
    editor = view.indexWidget(index) if index.isValid() else None
    if editor is not None:
        view.itemDelegateForIndex(index).setEditorData(editor, index)


class _Delegate(QStyledItemDelegate):
    """Editors leave Ctrl+Z to the brief's undo stack, like the form fields do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo_keys = LeaveUndoToTheBrief(self)

    def _own(self, editor: QWidget) -> QWidget:
        for widget in (editor, *editor.findChildren(QWidget)):
            widget.installEventFilter(self._undo_keys)
        return editor


class TextDelegate(_Delegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.textEdited.connect(lambda _t: self.commitData.emit(editor))
        return self._own(editor)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        text = index.data(EDIT) or ""
        if isinstance(editor, QLineEdit) and editor.text() != text:
            editor.setText(text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), EDIT)


class DecimalDelegate(_Delegate):
    """Decimal cells in the user's locale; a non-number is refused and `invalid` says why."""

    invalid = Signal(str)
    accepted = Signal()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = DecimalEdit(parent)
        editor.setFrame(False)
        editor.valueEdited.connect(lambda _v: self.commitData.emit(editor))
        editor.invalid.connect(self.invalid)
        return self._own(editor)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, DecimalEdit):
            editor.setValue(index.data(EDIT))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if not isinstance(editor, DecimalEdit):
            return
        try:
            value = editor.value()
        except ValueError:
            self.invalid.emit(refusal_message(editor.text()))
            return
        if model.setData(index, value, EDIT):
            self.accepted.emit()


class DateDelegate(_Delegate):
    """Optional dates: a check box to set or clear, a date edit with a calendar popup.

    `suggest(index)` gives the date a cell starts from when the user sets it.
    """

    def __init__(
        self, parent: QWidget | None = None, suggest: Callable[[Index], date] | None = None
    ):
        super().__init__(parent)
        self.suggest = suggest

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = OptionalDateEdit(parent)
        suggest = self.suggest
        if suggest is not None:
            persistent = QPersistentModelIndex(index)
            editor.suggest = lambda: suggest(persistent)
        editor.valueChanged.connect(lambda _v: self.commitData.emit(editor))
        editor.finished.connect(lambda: self._finish(editor))
        return self._own(editor)

    def _finish(self, editor: QWidget) -> None:
        view = self.parent()
        if isinstance(view, QAbstractItemView) and view.state() != view.State.EditingState:
            return  # the view is closing this editor already (focus left because of that)
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, OptionalDateEdit):
            editor.setValue(index.data(EDIT))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, OptionalDateEdit):
            model.setData(index, editor.value(), EDIT)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:  # noqa: N802
        rect = QRect(option.rect)
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)


class OptionalIntDelegate(_Delegate):
    """A whole number of 0 or more, or nothing (shown as "—", below zero in the spin box)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QSpinBox(parent)
        editor.setRange(-1, 36500)
        editor.setSpecialValueText("—")
        editor.setFrame(False)
        editor.valueChanged.connect(lambda _v: self.commitData.emit(editor))
        return self._own(editor)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(EDIT)
        wanted = -1 if value is None else int(value)
        if isinstance(editor, QSpinBox) and editor.value() != wanted:
            editor.blockSignals(True)
            editor.setValue(wanted)
            editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QSpinBox):
            model.setData(index, None if editor.value() < 0 else editor.value(), EDIT)


class ChecklistDelegate(_Delegate):
    """Several ids from a list: a checkable list that opens over the cell (Space toggles)."""

    def __init__(self, options: Options, empty_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.options = options
        self.empty_text = empty_text

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QListWidget(parent)
        choices = self.options(index)
        for key, label in choices:
            item = QListWidgetItem(label, editor)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
        if not choices:
            QListWidgetItem(self.empty_text, editor).setFlags(Qt.ItemFlag.NoItemFlags)
        editor.setCurrentRow(0)
        editor.itemChanged.connect(lambda _i: self.commitData.emit(editor))
        return self._own(editor)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if not isinstance(editor, QListWidget):
            return
        chosen = set(index.data(EDIT) or ())
        editor.blockSignals(True)
        for row in range(editor.count()):
            item = editor.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                state = (
                    Qt.CheckState.Checked
                    if item.data(Qt.ItemDataRole.UserRole) in chosen
                    else Qt.CheckState.Unchecked
                )
                if item.checkState() != state:
                    item.setCheckState(state)
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if not isinstance(editor, QListWidget):
            return
        ids = tuple(
            editor.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(editor.count())
            if editor.item(row).checkState() == Qt.CheckState.Checked
        )
        model.setData(index, ids, EDIT)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:  # noqa: N802
        assert isinstance(editor, QListWidget)
        rows = max(editor.count(), 1)
        height = min(rows * max(editor.sizeHintForRow(0), 20) + 2 * editor.frameWidth() + 2, 240)
        rect = QRect(option.rect.topLeft(), option.rect.size())
        rect.setWidth(max(rect.width(), 280))
        rect.setHeight(max(height, rect.height()))
        parent = editor.parentWidget()
        if parent is not None:  # keep the list inside the table's viewport
            bounds = parent.rect()
            if rect.bottom() > bounds.bottom():
                rect.moveBottom(max(bounds.bottom(), rect.height()))
            if rect.right() > bounds.right():
                rect.moveRight(max(bounds.right(), rect.width()))
        editor.setGeometry(rect)


class ChoiceDelegate(_Delegate):
    """One id from a list ("" for none), in a combo box; choosing ends the edit."""

    def __init__(self, options: Options, parent: QWidget | None = None):
        super().__init__(parent)
        self.options = options

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QComboBox(parent)
        for key, label in self.options(index):
            editor.addItem(label, key)
        editor.activated.connect(lambda _i: self._finish(editor))
        return self._own(editor)

    def _finish(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            row = editor.findData(index.data(EDIT) or "")
            if row >= 0 and row != editor.currentIndex():
                editor.setCurrentIndex(row)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), EDIT)
