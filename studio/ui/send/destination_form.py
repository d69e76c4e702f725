"""The fields of one destination, built from the settings its kind uses (SETTINGS[kind]).

The secret (S3 secret key, SFTP password or key passphrase) has its own field and goes to
the keyring, never into the destination's settings; left empty, the stored one is kept.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from studio.core.i18n import QT_TRANSLATE_NOOP
from studio.delivery.connect import SETTINGS, needs_secret
from studio.store.destinations import (
    OUTBOX_NAME,
    ConfigValue,
    DestinationKind,
    DestinationRecord,
)
from studio.ui import dialogs
from studio.ui.send.texts import kind_label

_LABELS = {
    "path": QT_TRANSLATE_NOOP("DestinationForm", "Folder"),
    "endpoint": QT_TRANSLATE_NOOP("DestinationForm", "Endpoint"),
    "region": QT_TRANSLATE_NOOP("DestinationForm", "Region"),
    "bucket": QT_TRANSLATE_NOOP("DestinationForm", "Bucket"),
    "prefix": QT_TRANSLATE_NOOP("DestinationForm", "Prefix"),
    "access_key_id": QT_TRANSLATE_NOOP("DestinationForm", "Access key ID"),
    "host": QT_TRANSLATE_NOOP("DestinationForm", "Host"),
    "port": QT_TRANSLATE_NOOP("DestinationForm", "Port"),
    "user": QT_TRANSLATE_NOOP("DestinationForm", "User"),
    "auth": QT_TRANSLATE_NOOP("DestinationForm", "Sign in with"),
    "key_file": QT_TRANSLATE_NOOP("DestinationForm", "Private key file"),
    "folder": QT_TRANSLATE_NOOP("DestinationForm", "Folder on the server"),
    "web_url": QT_TRANSLATE_NOOP("DestinationForm", "Web address of that folder"),
}
_HINTS = {
    "path": QT_TRANSLATE_NOOP("DestinationForm", "A local, synced (Dropbox…) or network folder"),
    "endpoint": QT_TRANSLATE_NOOP("DestinationForm", "https://… (empty for AWS S3)"),
    "region": QT_TRANSLATE_NOOP("DestinationForm", "us-east-1"),
    "prefix": QT_TRANSLATE_NOOP("DestinationForm", "Optional, e.g. briefs/"),
    "host": QT_TRANSLATE_NOOP("DestinationForm", "e.g. files.example.com"),
    "folder": QT_TRANSLATE_NOOP("DestinationForm", "e.g. /var/www/briefs"),
    "web_url": QT_TRANSLATE_NOOP("DestinationForm", "e.g. https://example.com/briefs"),
}
_AUTH = (
    ("password", QT_TRANSLATE_NOOP("DestinationForm", "Password")),
    ("key", QT_TRANSLATE_NOOP("DestinationForm", "Private key")),
    ("key+passphrase", QT_TRANSLATE_NOOP("DestinationForm", "Private key with a passphrase")),
)
_PINNED = ("host_key", "host_key_fingerprint")  # an SFTP server's trusted key


def _tr(text: str) -> str:
    return QCoreApplication.translate("DestinationForm", text)


class DestinationForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base: DestinationRecord | None = None
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Studio bucket"))
        self.kind_combo = QComboBox()
        for kind in DestinationKind:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.fields: dict[str, QWidget] = {}
        self.edits: dict[str, QLineEdit] = {}
        for key in dict.fromkeys(k for keys in SETTINGS.values() for k in keys):
            self.fields[key] = self._field(key)
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_label = QLabel()
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setProperty("role", "help")
        self.fingerprint_label.setWordWrap(True)
        self.default_check = QCheckBox(self.tr("Send here unless I pick another"))

        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.addRow(self.tr("&Name"), self.name_edit)
        self.layout_.addRow(self.tr("&Kind"), self.kind_combo)
        for key, widget in self.fields.items():
            self.layout_.addRow(_tr(_LABELS[key]), widget)
        self.layout_.addRow(self.secret_label, self.secret_edit)
        self.layout_.addRow("", self.fingerprint_label)
        self.layout_.addRow("", self.default_check)

        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.auth_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        for edit in (self.name_edit, self.secret_edit, *self.edits.values()):
            edit.textEdited.connect(lambda _t: self.edited.emit())
        self.port_spin.valueChanged.connect(lambda _v: self.edited.emit())
        self.kind_combo.activated.connect(lambda _i: self.edited.emit())
        self.auth_combo.activated.connect(lambda _i: self.edited.emit())
        self.default_check.clicked.connect(lambda _c: self.edited.emit())
        self.load(None)

    def _field(self, key: str) -> QWidget:
        if key == "port":
            self.port_spin = QSpinBox()
            self.port_spin.setRange(1, 65535)
            self.port_spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)  # typed, not stepped
            self.port_spin.setMaximumWidth(120)
            self.port_spin.setValue(22)
            return self.port_spin
        if key == "auth":
            self.auth_combo = QComboBox()
            for value, label in _AUTH:
                self.auth_combo.addItem(_tr(label), value)
            return self.auth_combo
        edit = QLineEdit()
        edit.setObjectName(f"Setting_{key}")
        if key in _HINTS:
            edit.setPlaceholderText(_tr(_HINTS[key]))
        self.edits[key] = edit
        if key not in ("path", "key_file"):
            return edit
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(lambda: self._browse(key))
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addWidget(browse)
        return box

    def _browse(self, key: str) -> None:
        edit = self.edits[key]
        if key == "path":
            picked = dialogs.open_folder(self, self.tr("Folder to send to"), edit.text())
        else:
            picked = dialogs.open_file(self, self.tr("Private key"), self.tr("All files (*)"))
        if picked is not None:
            edit.setText(str(picked))
            self.edited.emit()

    def kind(self) -> DestinationKind:
        return DestinationKind(self.kind_combo.currentData())

    def _kind_changed(self) -> None:
        kind = self.kind()
        for key, widget in self.fields.items():
            self.layout_.setRowVisible(widget, key in SETTINGS[kind])
        auth = self.auth_combo.currentData()
        if kind is DestinationKind.SFTP:
            self.layout_.setRowVisible(self.fields["key_file"], auth != "password")
        secret = needs_secret(DestinationRecord("", kind, {"auth": auth}))
        self.layout_.setRowVisible(self.secret_edit, secret)
        label = {
            DestinationKind.S3: self.tr("Secret access key"),
            DestinationKind.SFTP: self.tr("Password")
            if auth == "password"
            else self.tr("Key passphrase"),
        }.get(kind, "")
        self.secret_label.setText(label)
        pinned = self._base is not None and self._base.text("host_key_fingerprint")
        self.layout_.setRowVisible(self.fingerprint_label, kind is DestinationKind.SFTP)
        self.fingerprint_label.setText(
            self.tr("Trusted host key: {fingerprint}").format(fingerprint=pinned)
            if pinned
            else self.tr("The server's host key is confirmed on the first connection.")
        )

    def load(self, record: DestinationRecord | None, has_secret: bool = False) -> None:
        """Show `record` (None: a new destination, a folder by default)."""
        self._base = record
        r = record or DestinationRecord("", DestinationKind.FOLDER)
        self.name_edit.setText(r.name)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(r.kind.value))
        for key, edit in self.edits.items():
            edit.setText(r.text(key))
        self.port_spin.setValue(r.number("port", 22))
        self.auth_combo.setCurrentIndex(max(0, self.auth_combo.findData(r.text("auth"))))
        self.secret_edit.clear()
        self.secret_edit.setPlaceholderText(
            self.tr("Stored in the keyring; type to replace it") if has_secret else ""
        )
        self.default_check.setChecked(r.is_default)
        # The built-in Outbox keeps its name and kind: sending falls back to it.
        builtin = record is not None and record.name.casefold() == OUTBOX_NAME.casefold()
        self.name_edit.setReadOnly(builtin)
        self.kind_combo.setEnabled(not builtin)
        self._kind_changed()

    def value(self) -> DestinationRecord:
        kind = self.kind()
        config: dict[str, ConfigValue] = {}
        base = self._base
        if base is not None and base.kind is kind:
            config.update(base.config)  # advanced settings and a pinned key are kept…
        for key in SETTINGS[kind]:
            if key == "port":
                config[key] = self.port_spin.value()
            elif key == "auth":
                config[key] = str(self.auth_combo.currentData())
            else:
                config[key] = self.edits[key].text().strip()
        moved = base is None or (base.text("host"), base.number("port", 22)) != (
            config.get("host"),
            config.get("port"),
        )
        if kind is DestinationKind.SFTP and moved:
            for key in _PINNED:  # …unless it is another server now
                config.pop(key, None)
        name = self.name_edit.text().strip()
        record = DestinationRecord(name, kind, config, self.default_check.isChecked())
        if base is None:
            return record
        return replace(record, id=base.id, created=base.created)

    def secret(self) -> str:
        """The secret typed ("" keeps the stored one)."""
        return self.secret_edit.text() if self.secret_edit.isVisibleTo(self) else ""
