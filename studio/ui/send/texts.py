"""Translated words of sending: delivery states, destination kinds, sizes, dates, errors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studio.core.i18n import QT_TRANSLATE_NOOP
from studio.store.deliveries import Delivery, DeliveryStatus
from studio.store.destinations import DestinationKind
from studio.ui.error_text import error_text as translated_error
from studio.ui.error_text import template_text, translated
from studio.ui.locale_text import moment_text as moment_text
from studio.ui.locale_text import size_text as size_text

_STATUS = {
    DeliveryStatus.QUEUED: QT_TRANSLATE_NOOP("Send", "Queued"),
    DeliveryStatus.UPLOADING: QT_TRANSLATE_NOOP("Send", "Uploading"),
    DeliveryStatus.SENT: QT_TRANSLATE_NOOP("Send", "Sent"),
    DeliveryStatus.FAILED: QT_TRANSLATE_NOOP("Send", "Failed"),
    DeliveryStatus.REVOKED: QT_TRANSLATE_NOOP("Send", "Revoked"),
}
_PAUSED = QT_TRANSLATE_NOOP("Send", "Paused")
_WAITING = QT_TRANSLATE_NOOP("Send", "Waiting to retry")
_KIND = {
    DestinationKind.FOLDER: QT_TRANSLATE_NOOP("Send", "Folder"),
    DestinationKind.S3: QT_TRANSLATE_NOOP("Send", "S3-compatible storage"),
    DestinationKind.SFTP: QT_TRANSLATE_NOOP("Send", "SFTP server"),
}
# Where the Qt-free layers mark their messages; a template is looked up in each in turn.
_ERROR_CONTEXTS = ("Delivery", "Secrets", "Destinations", "Recipients", "Bundle")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Send", text)


def state(delivery: Delivery) -> str:
    """What the person sees as the delivery's state: "Paused" and "Waiting to retry" too."""
    if delivery.paused and delivery.status is DeliveryStatus.QUEUED:
        return _tr(_PAUSED)
    if delivery.status is DeliveryStatus.QUEUED and delivery.next_try is not None:
        return _tr(_WAITING)
    return _tr(_STATUS[delivery.status])


def state_key(delivery: Delivery) -> str:
    """The `state` property the style sheet colours rows by."""
    if delivery.paused and delivery.status is DeliveryStatus.QUEUED:
        return "paused"
    return delivery.status.value


def kind_label(kind: DestinationKind) -> str:
    return _tr(_KIND[kind])


def error_text(error: BaseException) -> str:
    """A Qt-free error in the UI's language when its template was marked, else its message."""
    return translated_error(error, _ERROR_CONTEXTS)


def reason_text(delivery: Delivery) -> str:
    """Why a delivery failed (or waits), in the UI's language with its details filled in.

    Rows from before schema v5 hold the English sentence already written and no params:
    only those without details ("Cancelled.") translate, the others show as written."""
    if not delivery.reason_params:
        return translated(delivery.reason, _ERROR_CONTEXTS) if delivery.reason else ""
    text = template_text(delivery.reason, delivery.reason_params, _ERROR_CONTEXTS)
    return delivery.reason_message if text is None else text
