"""The address book: the freelancers briefs are sent to; add, edit, remove.

Edits are saved with Save, or when another recipient is picked or the dialog is closed; what
cannot be saved (no name, an e-mail that is not one…) is said under the form, and the
field is focused.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.errors import StudioError
from studio.store import recipients as book
from studio.store.recipients import Recipient, RecipientStore
from studio.ui import dialogs
from studio.ui.send.recipient_form import RecipientForm
from studio.ui.send.record_list import ID_ROLE, RecordListMixin, list_beside_form
from studio.ui.send.service import DeliveryService
from studio.ui.send.texts import error_text


class AddressBookDialog(RecordListMixin, QDialog):
    def __init__(self, service: DeliveryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AddressBook")
        self.setWindowTitle(self.tr("Address Book"))
        self.service = service
        self.store = RecipientStore(service.library.db)
        self._dirty = False
        self._current: str | None = None  # the id shown in the form (None: a new one)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setObjectName("AddressList")
        self.list.setAccessibleName(self.tr("Recipients"))
        self.list.currentItemChanged.connect(self._picked)
        self.new_button = QPushButton(self.tr("Ne&w"))
        self.new_button.clicked.connect(self.new)
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.clicked.connect(self.remove)
        self.form = RecipientForm()
        self.form.edited.connect(self._edited)
        self.error_label = QLabel()
        self.error_label.setObjectName("FormError")
        self.error_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)

        body = list_beside_form(
            [self.search],
            self.list,
            [self.new_button, self.remove_button],
            self.form,
            [self.error_label],
            [self.save_button],
        )
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.resize(820, 520)
        self._fill()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new()

    # ---- list -------------------------------------------------------------------------

    def _fill(self, select: str | None = None) -> None:
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for r in self.store.list():
                item = QListWidgetItem(r.name)
                item.setToolTip(r.email)
                item.setData(ID_ROLE, r.id)
                words = [r.name, r.email, r.country, *r.tags, *r.languages]
                item.setData(ID_ROLE + 1, " ".join(words).casefold())
                self.list.addItem(item)
                if r.id == select:
                    self.list.setCurrentItem(item)
        finally:
            self.list.blockSignals(False)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(not all(w in str(item.data(ID_ROLE + 1)) for w in words))

    def _show(self, recipient: Recipient | None) -> None:
        self._current = recipient.id if recipient else None
        self.form.load(recipient)
        self._dirty = False
        self._say("")
        self.remove_button.setEnabled(recipient is not None)

    # ---- editing ----------------------------------------------------------------------

    def _edited(self) -> None:
        self._dirty = True

    def new(self) -> None:
        if self._dirty and not self.save():
            return
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self._show(None)
        self.form.name_edit.setFocus()

    def save(self) -> bool:
        """Store the form; False (and why, under it) when it cannot be stored."""
        try:
            typed = self.form.value()
            saved = self.store.add(typed) if self._current is None else self.store.update(typed)
        except StudioError as error:
            self._say(error_text(error))
            self._focus_problem(error)
            return False
        self._dirty = False
        self._current = saved.id
        self.form.load(saved)
        self._fill(select=saved.id)
        self.remove_button.setEnabled(True)
        self._say("")
        self.service.recipients_changed.emit()
        return True

    def remove(self) -> None:
        if self._current is None:
            return
        recipient = self.store.get(self._current)
        if not dialogs.confirm(
            self,
            self.tr("Remove {name}?").format(name=recipient.name),
            self.tr(
                "{name} will be removed from the address book. What was already sent to them "
                "stays listed, with their links."
            ).format(name=recipient.name),
            self.tr("Remove"),
        ):
            return
        self.store.remove(recipient.name)
        self._dirty = False
        self._fill()
        self.service.recipients_changed.emit()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self._show(None)

    def _say(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _focus_problem(self, error: StudioError) -> None:
        template = getattr(error, "template", "")
        field = {
            book.BAD_EMAIL: self.form.email_edit,
            book.BAD_ZONE: self.form.timezone_edit,
            book.BAD_RATE: self.form.rate_edit,
        }.get(template, self.form.name_edit)
        field.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self._dirty and not self.save():
            event.ignore()
            return
        event.accept()

    def reject(self) -> None:
        self.close()  # Escape: the same as closing, which saves


def open_address_book(service: DeliveryService, parent: QWidget | None) -> AddressBookDialog:
    """Show the address book (one at a time), not blocking: tests and the page go on."""
    shown = service.windows.get("address_book")
    if isinstance(shown, AddressBookDialog) and shown.isVisible():
        shown.raise_()
        shown.activateWindow()
        return shown
    dialog = AddressBookDialog(service, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    service.windows["address_book"] = dialog
    dialog.destroyed.connect(lambda: service.windows.pop("address_book", None))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
