"""One recipient's delivery: its state, progress or link, and what can be done with it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from studio.store.deliveries import Delivery, DeliveryStatus
from studio.ui.send.elided_label import ElidedLabel
from studio.ui.send.texts import moment_text, reason_text, size_text, state, state_key

# The actions a row asks its page to carry out, by name.
ACTIONS = (
    "pause",
    "resume",
    "cancel",
    "retry",
    "copy_link",
    "copy_message",
    "mail",
    "revoke",
)


class DeliveryRow(QFrame):
    """Emits `requested(action, delivery id)`; the page does the work."""

    requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DeliveryRow")
        self.delivery: Delivery | None = None
        self.name_label = QLabel()
        font = QFont(self.name_label.font())
        font.setBold(True)
        self.name_label.setFont(font)
        self.state_label = QLabel()
        self.state_label.setObjectName("DeliveryState")
        self.detail_label = QLabel()
        self.detail_label.setObjectName("DeliveryDetail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.link_label = ElidedLabel()
        self.link_label.setObjectName("DeliveryLink")
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(True)
        self.bar.setMaximumHeight(16)

        self.buttons: dict[str, QPushButton] = {}
        texts = {
            "pause": self.tr("Pause"),
            "resume": self.tr("Resume"),
            "cancel": self.tr("Cancel"),
            "retry": self.tr("Retry"),
            "copy_link": self.tr("Copy Link"),
            "copy_message": self.tr("Copy Message"),
            "mail": self.tr("E-mail…"),
            "revoke": self.tr("Revoke…"),
        }
        tips = {
            "copy_message": self.tr(
                "Copy a ready message with the link, in the recipient's language"
            ),
            "mail": self.tr("Open this message in your mail program"),
            "revoke": self.tr("Delete this recipient's copy: their link stops working"),
        }
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for action in ACTIONS:
            button = QPushButton(texts[action])
            button.setObjectName(f"Delivery_{action}")
            button.setToolTip(tips.get(action, ""))
            button.clicked.connect(lambda _c=False, a=action: self._request(a))
            self.buttons[action] = button
            buttons.addWidget(button)

        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.name_label)
        top.addWidget(self.state_label)
        top.addWidget(self.detail_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.link_label)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        buttons.addStretch(1)

    def _request(self, action: str) -> None:
        if self.delivery is not None:
            self.requested.emit(action, self.delivery.id)

    def show_delivery(self, d: Delivery, destination: str, has_email: bool) -> None:
        self.delivery = d
        self.name_label.setText(d.recipient_name)
        self.state_label.setText(state(d))
        self.setProperty("state", state_key(d))
        self.state_label.setProperty("state", state_key(d))
        for widget in (self, self.state_label):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        unfinished = d.status in (DeliveryStatus.QUEUED, DeliveryStatus.UPLOADING)
        sent = d.status is DeliveryStatus.SENT
        self.detail_label.setText(self._detail(d, destination))
        self.link_label.setVisible(sent)
        self.link_label.set_full_text(d.link)
        self.bar.setVisible(d.status is DeliveryStatus.UPLOADING)
        self.show_progress(d.done, d.total)
        visible = {
            "pause": unfinished and not d.paused,
            "resume": unfinished and d.paused,
            "cancel": unfinished,
            "retry": d.status is DeliveryStatus.FAILED
            or (d.status is DeliveryStatus.QUEUED and d.next_try is not None and not d.paused),
            "copy_link": sent,
            "copy_message": sent,
            "mail": sent,
            "revoke": sent,
        }
        for action, button in self.buttons.items():
            button.setVisible(visible[action])
        self.buttons["retry"].setText(self.tr("Retry Now") if unfinished else self.tr("Retry"))
        self.buttons["mail"].setEnabled(has_email)
        if not has_email:
            self.buttons["mail"].setToolTip(self.tr("No e-mail address in the address book"))

    def _detail(self, d: Delivery, destination: str) -> str:
        via = self.tr("to {destination}").format(destination=destination)
        if d.status is DeliveryStatus.SENT:
            if d.expires is None:
                return self.tr("{via} · does not expire").format(via=via)
            return self.tr("{via} · link expires {when}").format(
                via=via, when=moment_text(d.expires)
            )
        if d.status is DeliveryStatus.FAILED:
            return reason_text(d)
        if d.status is DeliveryStatus.REVOKED:
            when = moment_text(d.revoked_at) if d.revoked_at else ""
            text = self.tr("{via} · revoked {when}").format(via=via, when=when)
            return f"{text} · {reason_text(d)}" if d.reason else text
        if d.status is DeliveryStatus.QUEUED and d.next_try is not None and not d.paused:
            return self.tr("{reason} Next try at {when}.").format(
                reason=reason_text(d), when=moment_text(d.next_try)
            )
        return via

    def show_progress(self, done: int, total: int) -> None:
        permille = int(done * 1000 / total) if total else 0
        self.bar.setValue(min(1000, permille))
        self.bar.setFormat(
            self.tr("{percent} % — {done} of {total}").format(
                percent=permille // 10, done=size_text(done), total=size_text(total)
            )
        )
