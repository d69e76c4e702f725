"""Switching records in a list-beside-a-form dialog (address book, destinations): the form's
unsaved edits are saved first, and a failed save keeps the person on the record they were
editing instead of losing the edits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

ID_ROLE = Qt.ItemDataRole.UserRole


class RecordListMixin:
    """Mixed into a QDialog that has `list`, `_dirty`, `save()`, `store.get(id)`, `_show()`."""

    list: QListWidget
    _dirty: bool
    store: Any

    def save(self) -> bool:
        raise NotImplementedError

    def _show(self, record: Any) -> None:
        raise NotImplementedError

    def _picked(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        wanted = item.data(ID_ROLE) if item is not None else None
        back = previous.data(ID_ROLE) if previous is not None else None
        if self._dirty and not self.save():  # saving lists again: items are new after it
            self._select(back)
            return
        if wanted is not None:
            self._select(wanted)
            self._show(self.store.get(wanted))

    def _select(self, wanted: str | None) -> None:
        self.list.blockSignals(True)
        try:
            for i in range(self.list.count()):
                if self.list.item(i).data(ID_ROLE) == wanted:
                    self.list.setCurrentRow(i)
                    break
            else:
                self.list.setCurrentRow(-1)
        finally:
            self.list.blockSignals(False)


def list_beside_form(
    above_list: list[QWidget],
    records: QListWidget,
    list_buttons: list[QWidget],
    form: QWidget,
    below_form: list[QWidget],
    form_buttons: list[QWidget],
) -> QHBoxLayout:
    """The dialog body: the list (with its buttons) on the left, the form on the right."""
    left = QVBoxLayout()
    for widget in above_list:
        left.addWidget(widget)
    left.addWidget(records, 1)
    buttons = QHBoxLayout()
    for widget in list_buttons:
        buttons.addWidget(widget)
    buttons.addStretch(1)
    left.addLayout(buttons)
    right = QVBoxLayout()
    right.addWidget(form)
    for widget in below_form:
        right.addWidget(widget)
    right.addStretch(1)
    actions = QHBoxLayout()
    actions.addStretch(1)
    for widget in form_buttons:
        actions.addWidget(widget)
    right.addLayout(actions)
    body = QHBoxLayout()
    body.addLayout(left, 2)
    body.addSpacing(12)
    body.addLayout(right, 3)
    return body
