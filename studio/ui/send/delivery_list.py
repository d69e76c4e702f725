"""The deliveries of one brief, newest first, kept up to date by the queue's signals, and
what their buttons do: pause, resume, cancel, retry, copy the link or message, e-mail, revoke."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from studio.core.brief import Brief
from studio.core.errors import StudioError
from studio.delivery.messages import compose, mailto_url
from studio.store.deliveries import Delivery
from studio.store.destinations import DestinationStore
from studio.store.recipients import Recipient, RecipientStore
from studio.ui import dialogs
from studio.ui.send.delivery_row import DeliveryRow
from studio.ui.send.service import DeliveryService
from studio.ui.send.texts import error_text


def open_url(url: str) -> bool:
    """Hand a URL to the desktop (the mail program for mailto:); tests replace this."""
    return QDesktopServices.openUrl(QUrl(url))


class DeliveryList(QWidget):
    def __init__(self, service: DeliveryService, brief: Brief, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.brief = brief
        self.rows: dict[str, DeliveryRow] = {}
        self._destinations: dict[str, str] = {}  # id → name
        self.empty_label = QLabel(self.tr("Nothing sent yet. Sent bundles appear here."))
        self.empty_label.setProperty("role", "empty")
        self.notice = QLabel()
        self.notice.setObjectName("DeliveryNotice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._layout.addWidget(self.notice)
        self._layout.addWidget(self.empty_label)
        service.changed.connect(self._changed)
        service.progress.connect(self._progress)

    def recipient(self, d: Delivery) -> Recipient:
        """The recipient as in the address book now (as sent, if removed since)."""
        try:
            return RecipientStore(self.service.library.db).get(d.recipient_id)
        except StudioError:
            return Recipient(name=d.recipient_name, id=d.recipient_id)

    def reload(self) -> None:
        """Every delivery of the brief, read again."""
        deliveries = list(reversed(self.service.deliveries(self.brief.id)))
        for gone in set(self.rows) - {d.id for d in deliveries}:
            self.rows.pop(gone).deleteLater()
        self._destinations = {}
        for position, d in enumerate(deliveries):
            row = self._row(d.id)
            self._layout.insertWidget(position + 2, row)
            self._show(d)
        self.empty_label.setVisible(not deliveries)

    def _row(self, delivery_id: str) -> DeliveryRow:
        if delivery_id not in self.rows:
            row = DeliveryRow(self)
            row.requested.connect(self.carry_out)
            self.rows[delivery_id] = row
        return self.rows[delivery_id]

    def _show(self, d: Delivery) -> None:
        if d.destination_id not in self._destinations:
            store = DestinationStore(self.service.library.db, self.service.data_dir)
            self._destinations = {r.id: r.name for r in store.list()}
        destination = self._destinations.get(d.destination_id, self.tr("a removed destination"))
        self.rows[d.id].show_delivery(d, destination, bool(self.recipient(d).email))

    def _changed(self, d: Delivery) -> None:
        if d.brief_id != self.brief.id:
            return
        if d.id not in self.rows:
            self.reload()
            return
        self._show(d)

    def _progress(self, delivery_id: str, done: object, total: object) -> None:
        row = self.rows.get(delivery_id)
        if row is not None and isinstance(done, int) and isinstance(total, int):
            row.show_progress(done, total)

    def busy_text(self) -> str:
        return self.tr(
            "Another Brief Studio (or a `brief-studio send`) is sending from this library: "
            "pause, cancel, retry and revoke there, or once it is done."
        )

    def say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # ---- the buttons ----------------------------------------------------------------------

    def carry_out(self, action: str, delivery_id: str) -> None:
        row = self.rows.get(delivery_id)
        if row is None or row.delivery is None:
            return
        d = row.delivery
        self.say("")
        if action in ("pause", "resume", "cancel", "retry", "revoke") and not self.service.running:
            self.say(self.busy_text())
        elif action in ("pause", "resume", "cancel", "retry"):
            getattr(self.service, action)(delivery_id)
        elif action == "copy_link":
            QGuiApplication.clipboard().setText(d.link)
            self.say(self.tr("{name}'s link is copied.").format(name=d.recipient_name))
        elif action == "copy_message":
            message = compose(self.brief, self.recipient(d), d.link, d.expires)
            QGuiApplication.clipboard().setText(f"{message.subject}\n\n{message.body}")
            self.say(self.tr("The message to {name} is copied.").format(name=d.recipient_name))
        elif action == "mail":
            recipient = self.recipient(d)
            message = compose(self.brief, recipient, d.link, d.expires)
            if not open_url(mailto_url(recipient.email, message)):
                self.say(self.tr("No mail program could be opened. Copy the message instead."))
        elif action == "revoke":
            self.revoke(d)

    def revoke(self, d: Delivery) -> None:
        if not dialogs.confirm(
            self,
            self.tr("Revoke {name}'s link?").format(name=d.recipient_name),
            self.tr(
                "{name}'s copy of the bundle will be deleted and their link will stop working. "
                "The other recipients keep theirs. This cannot be undone; you can send again."
            ).format(name=d.recipient_name),
            self.tr("Revoke"),
        ):
            return
        row = self.rows[d.id]
        row.buttons["revoke"].setEnabled(False)
        row.state_label.setText(self.tr("Revoking…"))
        task = self.service.revoke(d.id)

        def done(_result: object, error: BaseException | None) -> None:
            if not shiboken6.isValid(self):  # the brief was closed meanwhile
                return
            row.buttons["revoke"].setEnabled(True)
            if error is not None:
                self.say(
                    self.tr("Could not revoke {name}'s link: {reason}").format(
                        name=d.recipient_name, reason=error_text(error)
                    )
                )
            if d.id in self.rows:
                self._show(self.service_delivery(d.id) or d)

        task.finished.connect(done)

    def service_delivery(self, delivery_id: str) -> Delivery | None:
        return next(
            (x for x in self.service.deliveries(self.brief.id) if x.id == delivery_id), None
        )
