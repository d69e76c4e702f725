"""The app's one delivery queue, its secrets, and its news turned into GUI-thread signals.

The main window makes one DeliveryService for its library and starts it once shown, so
deliveries left unfinished by the last run (a crash, a quit mid-upload) resume by
themselves; it stops it when it closes. The Send step finds it with `service_for`.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from studio.core.cancel import CancelToken
from studio.delivery.destination import Progress
from studio.delivery.lock import QueueBusyError
from studio.store.deliveries import Delivery, DeliveryStore
from studio.store.destinations import DestinationRecord
from studio.store.library import Library
from studio.ui.send.prompts import Prompts
from studio.ui.worker import Task, run_task

if TYPE_CHECKING:  # imported when first needed: keyring and the transfer code load slowly
    from studio.delivery.queue import DeliveryQueue, RetryPolicy
    from studio.delivery.secrets import SecretStore

log = logging.getLogger(__name__)
BUSY_RETRY_MS = 15_000  # another process holds the queue: try to take it over this often

_running: dict[Path, DeliveryService] = {}


def service_for(data_dir: Path) -> DeliveryService | None:
    """The running service of the library in `data_dir` (None outside the main window)."""
    return _running.get(data_dir.absolute())


def queue_deliveries(
    data_dir: Path,
    brief_id: str,
    names: list[str],
    destination: str,
    bundle: Path | None,
    expires: timedelta | None,
    progress: Progress,
    cancel: CancelToken,
) -> list[Delivery]:
    """On a worker, with its own connection: check everything, hash the bundle, queue one
    delivery per recipient (the queue is then woken on the GUI thread)."""
    from studio.delivery.sending import plan_send, queue_send
    from studio.store.database import DB_FILENAME, open_database

    db = open_database(data_dir / DB_FILENAME)
    try:
        plan = plan_send(
            db, data_dir, brief_id, names, destination, bundle, expires, cancel, progress
        )
        return queue_send(db, plan)
    finally:
        db.conn.close()


class DeliveryService(QObject):
    """Every signal arrives on the GUI thread."""

    changed = Signal(object)  # a Delivery whose status (or pause) changed
    progress = Signal(str, object, object)  # delivery id, bytes done, bytes in all
    state_changed = Signal()  # started, or found another process sending
    checked = Signal(str)  # a destination's connection test ended (its id)
    recipients_changed = Signal()  # the address book was edited
    destinations_changed = Signal()  # a destination was added, changed or removed

    # Emitted on the queue's thread; queued to the slots below.
    _queue_changed = Signal(object)
    _queue_progress = Signal(str, object, object)

    def __init__(
        self,
        library: Library,
        parent: QObject | None = None,
        *,
        retry: RetryPolicy | None = None,
        progress_every: float = 0.25,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.data_dir = library.data_dir.absolute()
        self.prompts = Prompts(self)
        self._secrets: SecretStore | None = None
        self.queue: DeliveryQueue | None = None
        self.busy = False  # another Brief Studio (or `brief-studio send`) has the queue
        self.checks: dict[str, tuple[bool, str]] = {}  # destination id → (ok, what was said)
        self.windows: dict[str, QObject] = {}  # the address book and destinations, when open
        self._retry = retry
        self._progress_every = progress_every
        self._closed = False
        self._busy_timer = QTimer(self)
        self._busy_timer.setInterval(BUSY_RETRY_MS)
        self._busy_timer.timeout.connect(self.start)
        self._queue_changed.connect(self._relay_changed)
        self._queue_progress.connect(self._relay_progress)
        _running[self.data_dir] = self

    # ---- life ---------------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        """Take the library's queue and resume what was left; safe to call again."""
        if self._closed or self.running:
            return
        from studio.delivery.queue import DeliveryQueue

        queue = DeliveryQueue(
            self.data_dir,
            self.secrets,
            retry=self._retry,
            confirm_host_key=self.prompts.confirm_host_key,
            on_change=self._queue_changed.emit,
            on_progress=self._queue_progress.emit,
            progress_every=self._progress_every,
        )
        try:
            queue.start()
        except QueueBusyError:
            log.info("Another process is sending from %s; waiting for it", self.data_dir)
            if not self.busy:
                self.busy = True
                self._busy_timer.start()
                self.state_changed.emit()
            return
        self.queue = queue
        self.busy = False
        self._busy_timer.stop()
        self._follow_network()
        self.state_changed.emit()

    def stop(self) -> None:
        """At quit: unanswered questions say no, the transfer stops (kept for resuming)."""
        self._closed = True
        self._busy_timer.stop()
        self.prompts.close()
        if self.queue is not None:
            self.queue.stop()
            self.queue = None
        if _running.get(self.data_dir) is self:
            del _running[self.data_dir]

    @property
    def secrets(self) -> SecretStore:
        """The keyring (or this session's memory), asking the person for what is missing."""
        if self._secrets is None:
            from studio.delivery.secrets import SecretStore

            self._secrets = SecretStore(ask=self.prompts.ask_secret)
        return self._secrets

    @property
    def running(self) -> bool:
        return self.queue is not None

    def _follow_network(self) -> None:
        """Offline pauses the queue, back online retries at once (where Qt can tell)."""
        from PySide6.QtNetwork import QNetworkInformation

        if not QNetworkInformation.loadDefaultBackend():
            return
        info = QNetworkInformation.instance()
        if info is None:
            return
        # Changes only: a wrong first answer (some backends say "disconnected" inside
        # containers) must not hold a queue whose transient failures retry anyway.
        info.reachabilityChanged.connect(self._reachability)

    @Slot(object)
    def _reachability(self, reachability: object) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if self.queue is not None:
            offline = reachability == QNetworkInformation.Reachability.Disconnected
            self.queue.set_online(not offline)

    # ---- control (GUI thread) -----------------------------------------------------------

    def deliveries(self, brief_id: str) -> list[Delivery]:
        return DeliveryStore(self.library.db).for_brief(brief_id)

    def wake(self) -> None:
        if self.queue is not None:
            self.queue.wake()

    def pause(self, delivery_id: str) -> None:
        if self.queue is not None:
            self.queue.pause(delivery_id)

    def resume(self, delivery_id: str) -> None:
        if self.queue is not None:
            self.queue.resume(delivery_id)

    def cancel(self, delivery_id: str) -> None:
        if self.queue is not None:
            self.queue.cancel(delivery_id)

    def retry(self, delivery_id: str) -> None:
        if self.queue is not None:
            self.queue.retry(delivery_id)

    def revoke(self, delivery_id: str) -> Task:
        """Deleting a sent copy needs the network: on a worker; `finished` says how it went."""
        queue = self.queue
        if queue is None:
            raise QueueBusyError()
        return run_task(lambda _progress, _cancel: queue.revoke(delivery_id), parent=self)

    def test_connection(self, record: DestinationRecord) -> Task:
        """Connect and probe on a worker; the result lands in `checks` and `checked`."""
        from studio.delivery.connect import open_destination
        from studio.store.destinations import DestinationStore

        pinned: list[DestinationRecord] = []

        def work(_progress: object, _cancel: object) -> str:
            destination = open_destination(
                record, self.secrets, self.prompts.confirm_host_key, pinned.append
            )
            try:
                return destination.check()
            finally:
                destination.close()

        task = run_task(work, parent=self)

        def done(result: object, error: BaseException | None) -> None:
            from studio.ui.send.texts import error_text

            for updated in pinned:  # the host key the person trusted, kept for next time
                DestinationStore(self.library.db, self.data_dir).save(updated)
            if error is None:
                self.checks[record.id] = (True, str(result))
            else:
                self.checks[record.id] = (False, error_text(error))
            self.checked.emit(record.id)

        task.finished.connect(done)
        return task

    @Slot(object)
    def _relay_changed(self, delivery: Delivery) -> None:
        self.changed.emit(delivery)

    @Slot(str, object, object)
    def _relay_progress(self, delivery_id: str, done: object, total: object) -> None:
        self.progress.emit(delivery_id, done, total)
