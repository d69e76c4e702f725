"""Pick where the bundle goes, see whether that place answers, and how long links last."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from studio.delivery.sending import LINK_LIFE_DEFAULT, MAX_LINK_LIFE
from studio.store.destinations import DestinationKind, DestinationRecord
from studio.ui.send.texts import kind_label


class DestinationPicker(QWidget):
    """Emits `changed` when another destination is picked; `test_requested` for its test."""

    changed = Signal()
    test_requested = Signal()
    manage_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records: list[DestinationRecord] = []
        self.combo = QComboBox()
        self.combo.setObjectName("DestinationCombo")
        self.combo.setAccessibleName(self.tr("Destination"))
        # Sized by its width in the page, not by the longest name (long names elide).
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(12)
        self.combo.currentIndexChanged.connect(self._picked)
        self.test_button = QPushButton(self.tr("Test Connection"))
        self.test_button.clicked.connect(self.test_requested)
        self.manage_button = QPushButton(self.tr("Destinations…"))
        self.manage_button.clicked.connect(self.manage_requested)
        self.status_label = QLabel()
        self.status_label.setObjectName("ConnectionStatus")
        self.status_label.setWordWrap(True)
        self.expiry_combo = QComboBox()
        self.expiry_combo.setObjectName("ExpiryCombo")
        self.expiry_combo.setAccessibleName(self.tr("Link expiry"))
        self._expiry_for = ""  # the destination whose choices are listed
        self.expiry_label = QLabel(self.tr("Links &expire after"))
        self.expiry_label.setBuddy(self.expiry_combo)
        self.expiry_hint = QLabel()
        self.expiry_hint.setProperty("role", "help")
        self.expiry_hint.setWordWrap(True)

        where = QHBoxLayout()
        where.addWidget(self.combo, 1)
        where.addWidget(self.test_button)
        where.addWidget(self.manage_button)
        expiry = QHBoxLayout()
        expiry.addWidget(self.expiry_label)
        expiry.addWidget(self.expiry_combo)
        expiry.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 1)
        grid.addLayout(where, 0, 0)
        grid.addWidget(self.status_label, 1, 0)
        grid.addLayout(expiry, 2, 0)
        grid.addWidget(self.expiry_hint, 3, 0)

    def set_destinations(self, records: list[DestinationRecord], current_id: str | None) -> None:
        self._records = records
        self.combo.blockSignals(True)
        try:
            self.combo.clear()
            for r in records:
                self.combo.addItem(f"{r.name} — {kind_label(r.kind)}", r.id)
            index = self.combo.findData(current_id) if current_id else -1
            self.combo.setCurrentIndex(max(index, 0))
        finally:
            self.combo.blockSignals(False)
        self._picked()

    def current(self) -> DestinationRecord | None:
        index = self.combo.currentIndex()
        return self._records[index] if 0 <= index < len(self._records) else None

    def expires(self) -> timedelta | None:
        """The link lifetime asked for (None where links do not expire)."""
        record = self.current()
        if record is None or record.kind not in MAX_LINK_LIFE:
            return None
        return timedelta(days=int(self.expiry_combo.currentData()))

    def show_status(self, status: tuple[bool, str] | None, testing: bool = False) -> None:
        """The last connection test of the current destination (None: not tested)."""
        if testing:
            text, state = self.tr("Testing the connection…"), "testing"
        elif status is None:
            text, state = self.tr("Connection not tested yet."), "unknown"
        elif status[0]:
            text, state = "✓ " + self.tr("The connection works."), "ok"
            self.status_label.setToolTip(status[1])
        else:
            text, state = "✗ " + status[1], "failed"
        if status is None or not status[0]:
            self.status_label.setToolTip("")
        self.status_label.setText(text)
        self.status_label.setProperty("state", state)
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)
        self.test_button.setEnabled(not testing and self.current() is not None)

    def _picked(self) -> None:
        record = self.current()
        limit = MAX_LINK_LIFE.get(record.kind) if record is not None else None
        for widget in (self.expiry_label, self.expiry_combo):
            widget.setVisible(limit is not None)
        if limit is not None and record is not None:
            default = min(LINK_LIFE_DEFAULT, limit)
            if record.id != self._expiry_for:  # the choice survives a refresh
                self._expiry_for = record.id
                self.expiry_combo.clear()
                for days in range(1, max(1, limit.days) + 1):
                    text = self.tr("1 day") if days == 1 else self.tr("{n} days").format(n=days)
                    self.expiry_combo.addItem(text, days)
                self.expiry_combo.setCurrentIndex(self.expiry_combo.findData(max(1, default.days)))
            self.expiry_hint.setText(
                self.tr(
                    "Each recipient gets their own link. Links on {kind} last {default} days "
                    "by default and {most} days at most; revoke one to stop it sooner."
                ).format(kind=kind_label(record.kind), default=default.days, most=limit.days)
            )
        elif record is not None and record.kind is DestinationKind.SFTP:
            self.expiry_hint.setText(
                self.tr(
                    "Each recipient gets their own link on the server's web address; it does "
                    "not expire. Revoke it to remove that recipient's copy."
                )
            )
        else:
            self.expiry_hint.setText(
                self.tr(
                    "Each recipient gets their own copy in the folder (share it as you usually "
                    "do, e.g. with your sync app); it does not expire. Revoke it to remove it."
                )
            )
        self.changed.emit()
