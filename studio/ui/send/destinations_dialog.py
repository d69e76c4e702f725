"""Where bundles are sent: add, edit, remove and test folders, S3 buckets and SFTP servers.

Settings go to the library; secrets to the keyring through the SecretStore (with no
keyring, for this session only, which the dialog says). Testing saves first, then connects
on a worker; an SFTP server seen for the first time asks to confirm its host key.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.errors import StudioError
from studio.store.destinations import (
    OUTBOX_NAME,
    DestinationKind,
    DestinationRecord,
    DestinationStore,
)
from studio.ui import dialogs
from studio.ui.send.destination_form import DestinationForm
from studio.ui.send.record_list import ID_ROLE, RecordListMixin, list_beside_form
from studio.ui.send.service import DeliveryService
from studio.ui.send.texts import error_text, kind_label

_REQUIRED: dict[DestinationKind, tuple[str, ...]] = {
    DestinationKind.FOLDER: ("path",),
    DestinationKind.S3: ("bucket",),
    DestinationKind.SFTP: ("host", "user"),
}


class DestinationsDialog(RecordListMixin, QDialog):
    def __init__(self, service: DeliveryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Destinations")
        self.setWindowTitle(self.tr("Destinations"))
        self.service = service
        self.store = DestinationStore(service.library.db, service.data_dir)
        self._current: str | None = None
        self._dirty = False

        self.list = QListWidget()
        self.list.setObjectName("DestinationList")
        self.list.setAccessibleName(self.tr("Destinations"))
        self.list.currentItemChanged.connect(self._picked)
        self.new_button = QPushButton(self.tr("Ne&w"))
        self.new_button.clicked.connect(self.new)
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.clicked.connect(self.remove)
        self.keyring_note = QLabel(
            self.tr(
                "No keyring is available on this computer (GNOME Keyring, KWallet, macOS "
                "Keychain or Windows Credential Manager): passwords and keys are kept only "
                "until Brief Studio closes, and asked for again next time."
            )
        )
        self.keyring_note.setObjectName("KeyringNote")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setVisible(not service.secrets.persistent)
        self.form = DestinationForm()
        self.form.edited.connect(self._edited)
        self.status_label = QLabel()
        self.status_label.setObjectName("ConnectionStatus")
        self.status_label.setWordWrap(True)
        self.test_button = QPushButton(self.tr("&Test Connection"))
        self.test_button.clicked.connect(self.test)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)

        body = list_beside_form(
            [],
            self.list,
            [self.new_button, self.remove_button],
            self.form,
            [self.status_label],
            [self.test_button, self.save_button],
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.keyring_note)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.resize(860, 560)
        service.checked.connect(self._checked)
        self.store.outbox()  # listed, so that it can be made the default or renamed
        self._fill(select=self.store.default().id)

    # ---- list -------------------------------------------------------------------------

    def _fill(self, select: str | None = None) -> None:
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for r in self.store.list():
                kind = kind_label(r.kind)
                if r.is_default:
                    kind = self.tr("{kind}, default").format(kind=kind)
                item = QListWidgetItem(f"{r.name} ({kind})")
                item.setData(ID_ROLE, r.id)
                self.list.addItem(item)
                if r.id == select:
                    self.list.setCurrentItem(item)
        finally:
            self.list.blockSignals(False)
        current = self.list.currentItem()
        if current is not None and current.data(ID_ROLE) != self._current:
            self._show(self.store.get(current.data(ID_ROLE)))

    def _show(self, record: DestinationRecord | None) -> None:
        self._current = record.id if record else None
        self.form.load(record, record is not None and self.service.secrets.has(record.id))
        self._dirty = False
        builtin = record is not None and record.name.casefold() == OUTBOX_NAME.casefold()
        self.remove_button.setEnabled(record is not None and not builtin)
        self._show_status()

    def _show_status(self, text: str | None = None, state: str = "") -> None:
        if text is None:
            found = self.service.checks.get(self._current or "")
            if found is None:
                text, state = "", ""
            elif found[0]:
                text, state = "✓ " + self.tr("The connection works."), "ok"
                self.status_label.setToolTip(found[1])
            else:
                text, state = "✗ " + found[1], "failed"
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))
        self.status_label.setProperty("state", state)
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)

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
        record = self.form.value()
        problem = self._problem(record)
        if problem:
            self._show_status(problem, "failed")
            return False
        try:
            new = self._current is None
            saved = self.store.add(record) if new else self.store.save(record)
            if saved.is_default:  # one default at most
                for other in self.store.list():
                    if other.is_default and other.id != saved.id:
                        self.store.save(replace(other, is_default=False))
        except StudioError as error:
            self._show_status(error_text(error), "failed")
            return False
        if self.form.secret():
            self.service.secrets.set(saved.id, self.form.secret())
        self.service.checks.pop(saved.id, None)  # the settings changed: test again
        self._dirty = False
        self._current = saved.id
        self._fill(select=saved.id)
        self._show(saved)
        self.service.destinations_changed.emit()
        return True

    def _problem(self, record: DestinationRecord) -> str:
        if not record.name:
            return self.tr("A destination needs a name.")
        clash = [r for r in self.store.list() if r.name.casefold() == record.name.casefold()]
        if any(r.id != record.id for r in clash):
            return self.tr("A destination named “{name}” already exists.").format(name=record.name)
        missing = [k for k in _REQUIRED[record.kind] if not record.text(k)]
        if missing:
            return self.tr("Fill in every setting this kind of destination needs.")
        return ""

    def remove(self) -> None:
        if self._current is None:
            return
        record = self.store.get(self._current)
        if not dialogs.confirm(
            self,
            self.tr("Remove {name}?").format(name=record.name),
            self.tr(
                "“{name}” and its stored secret will be removed. Links already sent through it "
                "keep working, but can no longer be revoked from Brief Studio."
            ).format(name=record.name),
            self.tr("Remove"),
        ):
            return
        self.store.remove(record.name)
        self.service.secrets.delete(record.id)
        self._dirty = False
        self._current = None
        self._fill(select=self.store.default().id)
        self.service.destinations_changed.emit()

    def test(self) -> None:
        if (self._dirty or self._current is None) and not self.save():
            return
        assert self._current is not None
        self._show_status(self.tr("Testing the connection…"), "testing")
        self.test_button.setEnabled(False)
        self.service.test_connection(self.store.get(self._current))

    def _checked(self, destination_id: str) -> None:
        self.test_button.setEnabled(True)
        if destination_id == self._current and not self._dirty:  # a host key may be pinned
            self.form.load(self.store.get(destination_id), self.service.secrets.has(destination_id))
            self._show_status()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self._dirty and not self.save():
            event.ignore()
            return
        event.accept()

    def reject(self) -> None:
        self.close()


def open_destinations(service: DeliveryService, parent: QWidget | None) -> DestinationsDialog:
    """Show the destinations (one window at a time), not blocking."""
    shown = service.windows.get("destinations")
    if isinstance(shown, DestinationsDialog) and shown.isVisible():
        shown.raise_()
        shown.activateWindow()
        return shown
    dialog = DestinationsDialog(service, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    service.windows["destinations"] = dialog
    dialog.destroyed.connect(lambda: service.windows.pop("destinations", None))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
