"""Sending in the main window: its delivery service, the Settings menu's address book and
destinations, and who each brief was sent to, in the library list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from studio.store.deliveries import DeliveryStatus, DeliveryStore
from studio.store.library import Library
from studio.ui.library_model import LibraryModel
from studio.ui.send.service import DeliveryService


def sent_line(latest: list[tuple[str, DeliveryStatus]]) -> str:
    """ "Sent to Ana, Bo" (and who it is still being sent to), from each recipient's latest."""
    sent = [name for name, status in latest if status is DeliveryStatus.SENT]
    going = [
        name
        for name, status in latest
        if status in (DeliveryStatus.QUEUED, DeliveryStatus.UPLOADING)
    ]
    parts = []
    if sent:
        parts.append(
            QCoreApplication.translate("Send", "Sent to {names}").format(names=", ".join(sent))
        )
    if going:
        parts.append(
            QCoreApplication.translate("Send", "sending to {names}").format(names=", ".join(going))
        )
    return ", ".join(parts)


def follow_deliveries(model: LibraryModel, service: DeliveryService) -> None:
    """Keep the library list's "Sent to…" lines up to date."""

    def update(*_args: object) -> None:
        found = DeliveryStore(service.library.db).sent_to()
        lines = {brief_id: sent_line(latest) for brief_id, latest in found.items()}
        model.set_sent_to({k: v for k, v in lines.items() if v})

    service.changed.connect(update)
    update()


def install_sending(
    window: QWidget,
    library: Library,
    model: LibraryModel,
    recipients: QAction,
    destinations: QAction,
) -> DeliveryService:
    """Make the window's delivery service, started once the window is up (unfinished
    deliveries then resume); the window stops it when it closes."""
    from studio.ui.send.address_book import open_address_book
    from studio.ui.send.destinations_dialog import open_destinations

    service = DeliveryService(library, window)
    recipients.triggered.connect(lambda: open_address_book(service, window))
    destinations.triggered.connect(lambda: open_destinations(service, window))
    follow_deliveries(model, service)
    QTimer.singleShot(0, service, service.start)
    return service
