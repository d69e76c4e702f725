"""The delivery queue: persisted in SQLite, carried out by one background thread.

One delivery at a time (one queue per data dir, held by a lock file, so the app and a
`brief-studio send` never upload the same thing twice). A transient problem (network,
server) is retried with exponential backoff and jitter; any other fails the delivery with
its reason. Pause, stop and quitting keep what was sent: the next start resumes it. Cancel,
revoke and giving up remove partial data (an aborted S3 upload is no longer billed).
"""

from __future__ import annotations

import contextlib
import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlite_utils

from studio.core.brief import now_utc
from studio.core.cancel import CancelledError, CancelToken
from studio.core.i18n import QT_TRANSLATE_NOOP
from studio.delivery.connect import ConfirmHostKey, open_destination
from studio.delivery.errors import DeliveryError
from studio.delivery.lock import QueueLock
from studio.delivery.secrets import SecretStore
from studio.delivery.sending import is_finished, revoke
from studio.delivery.transfer import Transfer
from studio.store.database import DB_FILENAME, open_database
from studio.store.deliveries import UNFINISHED, Delivery, DeliveryStatus, DeliveryStore
from studio.store.destinations import DestinationStore

log = logging.getLogger(__name__)

OnChange = Callable[[Delivery], None]
OnProgress = Callable[[str, int, int], None]  # delivery id, bytes done, bytes in all

CANCELLED = QT_TRANSLATE_NOOP("Delivery", "Cancelled.")
UNEXPECTED = QT_TRANSLATE_NOOP("Delivery", "Unexpected error: {detail}. See the log file.")


@dataclass(frozen=True)
class RetryPolicy:
    first: float = 2.0  # seconds before the first retry
    cap: float = 300.0  # never wait longer than this between tries
    max_attempts: int = 12  # tries of one delivery before it fails

    def delay(self, attempt: int, rand: Callable[[], float] = random.random) -> float:
        """Exponential with "equal jitter": half fixed, half random, so many clients that
        lost the network together don't all come back in the same second."""
        base = min(self.cap, self.first * 2.0 ** max(0, attempt - 1))
        return base / 2 + base / 2 * rand()


class DeliveryQueue:
    """Start it, then pause/resume/cancel/revoke deliveries from any thread.

    Callbacks run on the queue's thread: the UI turns them into signals.
    """

    def __init__(
        self,
        data_dir: Path,
        secrets: SecretStore,
        *,
        retry: RetryPolicy | None = None,
        confirm_host_key: ConfirmHostKey | None = None,
        on_change: OnChange | None = None,
        on_progress: OnProgress | None = None,
        progress_every: float = 0.25,
    ) -> None:
        self.data_dir = data_dir
        self.secrets = secrets
        self.retry_policy = retry or RetryPolicy()
        self.confirm_host_key = confirm_host_key
        self.on_change = on_change
        self.on_progress = on_progress
        self.progress_every = progress_every
        self._lock = QueueLock(data_dir)
        self._mutex = threading.RLock()
        self._wakeup = threading.Condition(self._mutex)
        self._thread: threading.Thread | None = None
        self._db: sqlite_utils.Database | None = None
        self._stopping = False
        self._online = True
        self._current: tuple[str, CancelToken, list[str]] | None = None  # id, token, why

    # ---- life ---------------------------------------------------------------------------

    def start(self) -> None:
        """Take the data dir's queue lock (QueueBusyError if another process has it), put
        back what a crash left uploading, and start working in the background."""
        self._lock.acquire()
        self._db = open_database(self.data_dir / DB_FILENAME)
        resumed = DeliveryStore(self._db).requeue_orphans()
        if resumed:
            log.info("Resuming %d interrupted deliveries", resumed)
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="delivery-queue", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Interrupt the current transfer (kept for resuming), end the thread, unlock."""
        with self._mutex:
            self._stopping = True
            if self._current is not None:
                self._current[2].append("stop")
                self._current[1].cancel()
            self._wakeup.notify_all()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        if self._db is not None:
            self._db.conn.close()
            self._db = None
        self._lock.release()

    def __enter__(self) -> DeliveryQueue:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ---- control, from any thread -------------------------------------------------------

    def wake(self) -> None:
        """Look at the queue now (after queue_send)."""
        with self._mutex:
            self._wakeup.notify_all()

    def pause(self, delivery_id: str) -> None:
        self._interrupt(delivery_id, "pause", paused=True)

    def resume(self, delivery_id: str) -> None:
        self._change(delivery_id, paused=False, next_try=None)

    def retry(self, delivery_id: str) -> None:
        """Try a failed (or waiting) delivery again now."""
        d = self._store().get(delivery_id)
        if d.status in (DeliveryStatus.FAILED, DeliveryStatus.QUEUED):
            self._change(
                delivery_id, status=DeliveryStatus.QUEUED, paused=False, next_try=None, attempts=0
            )

    def cancel(self, delivery_id: str) -> None:
        self._interrupt(delivery_id, "cancel", status=DeliveryStatus.FAILED, reason=CANCELLED)

    def revoke(self, delivery_id: str) -> Delivery:
        """Stop it if unfinished; delete the recipient's copy if sent. A sent one needs the
        network: call this off the GUI thread."""
        with self._mutex:
            d = self._store().get(delivery_id)
            if d.status in UNFINISHED:
                self._interrupt(delivery_id, "revoke")
                return self._store().get(delivery_id)
        if d.status is DeliveryStatus.REVOKED:
            return d
        records = DestinationStore(self._database(), self.data_dir)
        destination = open_destination(records.get(d.destination_id), self.secrets)
        try:
            done = revoke(self._database(), d, destination)
        finally:
            destination.close()
        self._emit(done)
        return done

    def set_online(self, online: bool) -> None:
        """From the system's network status: offline pauses the queue; back online retries
        what was waiting at once instead of at its backoff time."""
        with self._mutex:
            self._online = online
            if online:
                for d in self._store().unfinished():
                    if d.next_try is not None:
                        self._store().update(d.id, next_try=None)
            elif self._current is not None:
                self._current[2].append("offline")
                self._current[1].cancel()
            self._wakeup.notify_all()

    def wait(self, ids: list[str], timeout: float | None = None) -> list[Delivery]:
        """Block until each delivery is sent, failed, revoked or paused (or `timeout`)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            found = [self._store().get(i) for i in ids]
            if all(is_finished(d) for d in found):
                return found
            if deadline is not None and time.monotonic() > deadline:
                return found
            time.sleep(0.05)

    def deliveries(self, brief_id: str | None = None) -> list[Delivery]:
        """Per-recipient status for the Send step (every brief's when None)."""
        return self._store().for_brief(brief_id)

    # ---- internals ----------------------------------------------------------------------

    def _database(self) -> sqlite_utils.Database:
        if self._db is None:
            raise RuntimeError("DeliveryQueue.start() first")
        return self._db

    def _store(self) -> DeliveryStore:
        return DeliveryStore(self._database())

    def _change(self, delivery_id: str, **changes: object) -> None:
        with self._mutex:
            self._emit(self._store().update(delivery_id, **changes))
            self._wakeup.notify_all()

    def _interrupt(self, delivery_id: str, why: str, **changes: object) -> None:
        with self._mutex:
            if self._current is not None and self._current[0] == delivery_id:
                self._current[2].append(why)
                self._current[1].cancel()  # the worker applies it when the transfer stops
                return
            d = self._store().get(delivery_id)
            if d.status not in UNFINISHED:
                return
            if why == "revoke":
                changes = {"status": DeliveryStatus.REVOKED, "revoked_at": now_utc()}
            self._change(delivery_id, **changes)

    def _emit(self, delivery: Delivery) -> None:
        if self.on_change is not None:
            try:
                self.on_change(delivery)
            except Exception:
                log.exception("on_change callback failed")

    def _run(self) -> None:
        db = open_database(self.data_dir / DB_FILENAME)
        transfer = Transfer(
            db,
            self.data_dir,
            self.secrets,
            confirm_host_key=self.confirm_host_key,
            on_progress=self.on_progress,
            progress_every=self.progress_every,
        )
        try:
            while True:
                picked = self._next(db)
                if picked is None:
                    return
                self._carry_out(transfer, picked)
        except Exception:
            log.exception("The delivery queue stopped on an unexpected error")
        finally:
            transfer.close()
            db.conn.close()

    def _next(self, db: sqlite_utils.Database) -> Delivery | None:
        """The next delivery due, marked uploading; waits while there is none. None: stop."""
        store = DeliveryStore(db)
        with self._mutex:
            while not self._stopping:
                wait: float | None = None
                if self._online:
                    now = datetime.now(UTC)
                    for d in store.unfinished():
                        if d.paused:
                            continue
                        if d.next_try is None or d.next_try <= now:
                            started = store.update(d.id, status=DeliveryStatus.UPLOADING)
                            self._current = (d.id, CancelToken(), [])
                            self._emit(started)
                            return started
                        left = (d.next_try - now).total_seconds()
                        wait = left if wait is None else min(wait, left)
                self._wakeup.wait(timeout=wait if wait is None else max(0.01, wait))
        return None

    def _carry_out(self, transfer: Transfer, d: Delivery) -> None:
        assert self._current is not None
        token, why = self._current[1], self._current[2]
        store = transfer.store
        try:
            done = transfer.send(d, token)
            if "revoke" in why:
                done = transfer.revoke(done, aborting=False)
        except CancelledError:
            done = self._after_cancel(transfer, d, why)
        except DeliveryError as error:
            transfer.forget(d.destination_id)
            with self._mutex:
                asked = list(why)
            # Paused, cancelled or revoked while it failed (interrupting a connection can be
            # what failed it): what the person asked wins over a retry.
            if asked:
                done = self._after_cancel(transfer, d, asked)
            else:
                done = self._after_error(transfer, d, error)
        except Exception as error:
            log.exception("Delivery %s failed unexpectedly", d.id)
            transfer.forget(d.destination_id)
            done = store.update(
                d.id,
                status=DeliveryStatus.FAILED,
                reason=UNEXPECTED,
                reason_params={"detail": f"{type(error).__name__}: {error}"},
            )
            transfer.give_up(d)
        with self._mutex:
            self._current = None
        self._emit(done)

    def _after_cancel(self, transfer: Transfer, d: Delivery, why: list[str]) -> Delivery:
        store = transfer.store
        if "revoke" in why:
            return transfer.revoke(d, aborting=True)
        if "cancel" in why:
            transfer.give_up(d)
            return store.update(d.id, status=DeliveryStatus.FAILED, reason=CANCELLED)
        if "pause" in why:
            return store.update(d.id, status=DeliveryStatus.QUEUED, paused=True)
        return store.update(d.id, status=DeliveryStatus.QUEUED)  # stop, offline: resume later

    def _after_error(self, transfer: Transfer, d: Delivery, error: DeliveryError) -> Delivery:
        attempts = d.attempts + 1
        if error.transient and attempts < self.retry_policy.max_attempts:
            delay = self.retry_policy.delay(attempts)
            log.info("Delivery %s: %s; retry %d in %.1f s", d.id, error, attempts, delay)
            return transfer.store.update(
                d.id,
                status=DeliveryStatus.QUEUED,
                attempts=attempts,
                reason=error.template,
                reason_params=error.params,
                next_try=datetime.now(UTC) + timedelta(seconds=delay),
            )
        log.info("Delivery %s failed: %s", d.id, error)
        with contextlib.suppress(Exception):
            transfer.give_up(d)
        return transfer.store.update(
            d.id,
            status=DeliveryStatus.FAILED,
            attempts=attempts,
            reason=error.template,
            reason_params=error.params,
        )
