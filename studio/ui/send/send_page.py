"""The Send step: the bundle, who gets it, through which destination, and how each delivery
is going (progress, links, messages, revoke)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from studio.core.brief import Brief
from studio.core.cancel import CancelledError
from studio.delivery.connect import needs_secret
from studio.delivery.secrets import NEEDED, NO_KEYRING
from studio.store.deliveries import Delivery
from studio.store.destinations import DestinationRecord, DestinationStore
from studio.store.recipients import RecipientStore
from studio.ui.editor.page import EditorPage
from studio.ui.editor.page_layout import page_body, page_heading, section_label
from studio.ui.editor.session import EditSession
from studio.ui.send.bundle_box import BundleBox
from studio.ui.send.delivery_list import DeliveryList
from studio.ui.send.destination_picker import DestinationPicker
from studio.ui.send.recipient_picker import RecipientPicker
from studio.ui.send.service import DeliveryService, queue_deliveries, service_for
from studio.ui.send.texts import error_text, state
from studio.ui.worker import Task, run_task


class SendPage(EditorPage):
    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.data_dir = session.library.data_dir
        self.service: DeliveryService | None = service_for(self.data_dir)
        self._sending: Task | None = None
        column = page_body(self, scrolling=True)
        column.addWidget(
            page_heading(
                self.tr("Send"),
                self.tr(
                    "Send the bundle to several freelancers at once, each with a link of their "
                    "own that you can revoke alone. Sending resumes by itself after a lost "
                    "connection."
                ),
            )
        )
        self.service_note = QLabel()
        self.service_note.setObjectName("SendNotice")
        self.service_note.setWordWrap(True)
        column.addWidget(self.service_note)

        column.addWidget(section_label(self.tr("Bundle")))
        self.bundle_box = BundleBox(self.data_dir, session.brief.id)
        column.addWidget(self.bundle_box)

        self.address_book_button = QPushButton(self.tr("Address Book…"))
        self.address_book_button.clicked.connect(self.open_address_book)
        heading = QHBoxLayout()
        heading.addWidget(section_label(self.tr("Recipients")), 1)
        heading.addWidget(self.address_book_button, 0, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(heading)
        self.recipients = RecipientPicker()
        column.addWidget(self.recipients)

        column.addWidget(section_label(self.tr("Destination and links")))
        self.destination = DestinationPicker()
        column.addWidget(self.destination)

        self.send_button = QPushButton()
        self.send_button.setObjectName("SendButton")
        self.send_button.setProperty("primary", True)
        self.send_button.clicked.connect(self.send)
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self._stop_planning)
        self.send_status = QLabel()
        self.send_status.setObjectName("SendStatus")
        self.send_status.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 8, 0, 0)
        row.addWidget(self.send_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.send_status, 1)
        column.addLayout(row)

        column.addWidget(section_label(self.tr("Deliveries")))
        if self.service is not None:
            self.deliveries: DeliveryList | None = DeliveryList(self.service, session.brief)
            column.addWidget(self.deliveries)
        else:
            self.deliveries = None
        column.addStretch(1)

        self.recipients.changed.connect(self._update_send)
        self.bundle_box.changed.connect(self._update_send)
        self.destination.changed.connect(self._destination_changed)
        self.destination.test_requested.connect(self.test_connection)
        self.destination.manage_requested.connect(self.open_destinations)
        if self.service is not None:
            self.service.changed.connect(self._delivery_changed)
            self.service.state_changed.connect(self._show_service_state)
            self.service.checked.connect(self._checked)
            self.service.recipients_changed.connect(self.reload_recipients)
            self.service.destinations_changed.connect(self.reload_destinations)
        self.reload()

    # ---- reading ------------------------------------------------------------------------

    def refresh(self, brief: Brief) -> None:
        if self.deliveries is not None:
            self.deliveries.brief = brief  # messages quote the brief as it is now

    def reload(self) -> None:
        self.reload_recipients()
        self.reload_destinations()
        if self.deliveries is not None:
            self.deliveries.reload()
        self.bundle_box.set_export_action(self._export_action())
        self.bundle_box.look()
        self._show_service_state()

    def reload_recipients(self) -> None:
        latest: dict[str, str] = {}
        if self.service is not None:
            for d in self.service.deliveries(self.session.brief.id):
                latest[d.recipient_id] = state(d)
        self.recipients.set_recipients(RecipientStore(self.session.library.db).list(), latest)

    def reload_destinations(self) -> None:
        store = DestinationStore(self.session.library.db, self.data_dir)
        current = self.destination.current()
        chosen = current.id if current is not None else store.default().id
        records = store.list()
        if not any(r.id == chosen for r in records):
            chosen = store.default().id
            records = store.list()
        self.destination.set_destinations(records, chosen)

    def _export_action(self) -> QAction | None:
        """File › Export Bundle, found on the main window when the app has one."""
        commands = getattr(self.window(), "commands", None)
        action = getattr(commands, "export_bundle", None)
        return action if isinstance(action, QAction) else None

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.bundle_box.set_export_action(self._export_action())
        self.bundle_box.look()

    # ---- state ------------------------------------------------------------------------------

    def _show_service_state(self) -> None:
        if self.service is None:
            text = self.tr("Sending is available in the main window only.")
        elif self.service.busy:
            text = self.tr(
                "Another Brief Studio (or a `brief-studio send`) is sending from this library. "
                "What you send here waits in the queue until it is done; then this window "
                "carries it out."
            )
        else:
            text = ""
        self.service_note.setText(text)
        self.service_note.setVisible(bool(text))
        self._update_send()

    def _update_send(self) -> None:
        count = len(self.recipients.checked_ids())
        if count == 1:
            text = self.tr("Send to 1 Recipient")
        elif count:
            text = self.tr("Send to {count} Recipients").format(count=count)
        else:
            text = self.tr("Send")
        self.send_button.setText(text)
        ready = (
            count > 0
            and self.bundle_box.path is not None
            and self.destination.current() is not None
            and self.service is not None
            and self._sending is None
        )
        self.send_button.setEnabled(ready)
        if self._sending is None:
            self.send_button.setToolTip(self._why_not(count))

    def _why_not(self, count: int) -> str:
        if self.bundle_box.path is None:
            return self.tr("Export a bundle of this brief first.")
        if count == 0:
            return self.tr("Pick at least one recipient.")
        return ""

    def _destination_changed(self) -> None:
        record = self.destination.current()
        if record is not None and self.service is not None:
            self.destination.show_status(self.service.checks.get(record.id))
        self._update_send()

    def _checked(self, destination_id: str) -> None:
        record = self.destination.current()
        if record is not None and record.id == destination_id and self.service is not None:
            self.destination.show_status(self.service.checks.get(destination_id))
            self.reload_destinations()  # an SFTP host key may have been pinned

    def _delivery_changed(self, d: Delivery) -> None:
        if d.brief_id == self.session.brief.id:
            self.reload_recipients()

    # ---- doing --------------------------------------------------------------------------

    def test_connection(self) -> None:
        record = self.destination.current()
        if record is None or self.service is None:
            return
        self.destination.show_status(None, testing=True)
        self.service.test_connection(record)

    def send(self) -> None:
        record = self.destination.current()
        names = self.recipients.checked_names()
        if self.service is None or record is None or not names or self._sending is not None:
            return
        if not self._secret_ready(record):
            return
        data_dir, brief_id = self.data_dir, self.session.brief.id
        bundle, expires = self.bundle_box.path, self.destination.expires()
        self._sending = run_task(
            lambda progress, cancel: queue_deliveries(
                data_dir, brief_id, names, record.name, bundle, expires, progress, cancel
            ),
            parent=self,
        )
        self._sending.progress.connect(self._planning_progress)
        self._sending.finished.connect(self._queued)
        self.send_status.setText(self.tr("Reading the bundle…"))
        self.cancel_button.setVisible(True)
        self._update_send()

    def _secret_ready(self, record: DestinationRecord) -> bool:
        """Ask now, not halfway through, for a secret the keyring does not hold."""
        assert self.service is not None
        if not needs_secret(record) or self.service.secrets.has(record.id):
            return True
        why = NEEDED if self.service.secrets.persistent else NO_KEYRING
        secret = self.service.prompts.ask_secret(record.name, why.format(name=record.name))
        if secret is None:
            return False
        self.service.secrets.set(record.id, secret)
        return True

    def _planning_progress(self, done: float, total: float) -> None:
        percent = int(done * 100 / total) if total else 0
        self.send_status.setText(self.tr("Reading the bundle… {percent} %").format(percent=percent))

    def _stop_planning(self) -> None:
        if self._sending is not None:
            self._sending.cancel()

    def _queued(self, result: object, error: BaseException | None) -> None:
        self._sending = None
        self.cancel_button.setVisible(False)
        if error is not None:
            cancelled = self.tr("Nothing was sent.")
            self.send_status.setText(
                cancelled if isinstance(error, CancelledError) else error_text(error)
            )
            self.send_status.setProperty("failed", not isinstance(error, CancelledError))
        else:
            deliveries = result if isinstance(result, list) else []
            names = ", ".join(d.recipient_name for d in deliveries)
            self.send_status.setText(self.tr("Sending to {names}.").format(names=names))
            self.send_status.setProperty("failed", False)
            self.recipients.set_checked([])
            if self.service is not None:
                self.service.wake()
            if self.deliveries is not None:
                self.deliveries.reload()
            self.reload_recipients()
        self.send_status.style().unpolish(self.send_status)
        self.send_status.style().polish(self.send_status)
        self._update_send()

    def open_address_book(self) -> None:
        if self.service is not None:
            from studio.ui.send.address_book import open_address_book

            open_address_book(self.service, self)

    def open_destinations(self) -> None:
        if self.service is not None:
            from studio.ui.send.destinations_dialog import open_destinations

            open_destinations(self.service, self)
