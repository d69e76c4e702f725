"""Carrying out one delivery on the queue's thread: upload once, copy, check, link.

The shared upload is skipped when the destination already holds it complete (an earlier
recipient's delivery sent it); each recipient then gets their own copy and link.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import sqlite_utils

from studio.core.brief import now_utc
from studio.core.cancel import CancelToken
from studio.core.i18n import QT_TRANSLATE_NOOP
from studio.delivery.bundle_file import check_unchanged
from studio.delivery.connect import ConfirmHostKey, open_destination
from studio.delivery.destination import Destination, Progress
from studio.delivery.errors import DeliveryError, Problem
from studio.delivery.secrets import SecretStore
from studio.delivery.sending import REVOKED_UNSENT, local_file
from studio.store.deliveries import (
    Delivery,
    DeliveryStatus,
    DeliveryStore,
    UploadKey,
    UploadStateStore,
)
from studio.store.destinations import DestinationRecord, DestinationStore

log = logging.getLogger(__name__)
OnProgress = Callable[[str, int, int], None] | None

COPY_MISMATCH = QT_TRANSLATE_NOOP(
    "Delivery", "The copy for {name} has {found} bytes instead of {expected}; it was not linked."
)


class DbResumeState:
    """A ResumeState row in `upload_state`, keyed by destination, remote, size and mtime."""

    def __init__(self, db: sqlite_utils.Database, key: UploadKey) -> None:
        self.states = UploadStateStore(db)
        self.key = key

    def load(self) -> dict[str, Any] | None:
        return self.states.load(self.key)

    def save(self, state: dict[str, Any]) -> None:
        self.states.save(self.key, state)

    def clear(self) -> None:
        self.states.clear(self.key)


class Transfer:
    def __init__(
        self,
        db: sqlite_utils.Database,
        data_dir: Path,
        secrets: SecretStore,
        *,
        confirm_host_key: ConfirmHostKey | None = None,
        on_progress: OnProgress = None,
        progress_every: float = 0.25,
    ) -> None:
        self.db = db
        self.store = DeliveryStore(db)
        self.records = DestinationStore(db, data_dir)
        self.secrets = secrets
        self.confirm_host_key = confirm_host_key
        self.on_progress = on_progress
        self.progress_every = progress_every
        self._open: dict[str, Destination] = {}

    def destination(self, destination_id: str) -> Destination:
        """Connected destinations are kept between deliveries (one login for N recipients)."""
        if destination_id not in self._open:

            def pinned(record: DestinationRecord) -> None:
                self.records.save(record)

            record = self.records.get(destination_id)
            self._open[destination_id] = open_destination(
                record, self.secrets, self.confirm_host_key, pinned
            )
        return self._open[destination_id]

    def forget(self, destination_id: str) -> None:
        """Drop a connection after an error: the retry reconnects."""
        destination = self._open.pop(destination_id, None)
        if destination is not None:
            with contextlib.suppress(Exception):
                destination.close()

    def close(self) -> None:
        for destination_id in list(self._open):
            self.forget(destination_id)

    def resume_state(self, d: Delivery) -> DbResumeState:
        key = UploadKey(d.destination_id, d.shared_remote, d.bundle_size, d.bundle_mtime_ns)
        return DbResumeState(self.db, key)

    def send(self, d: Delivery, cancel: CancelToken) -> Delivery:
        file = local_file(d)
        check_unchanged(file)
        destination = self.destination(d.destination_id)
        sent = 0
        if destination.exists(d.shared_remote) != file.size:
            result = destination.upload(
                file, d.shared_remote, self._progress(d.id), cancel, self.resume_state(d)
            )
            sent = result.bytes_sent
            log.info(
                "Delivery %s: uploaded %d bytes, %d already there", d.id, sent, result.bytes_reused
            )
        cancel.check("Sending")
        destination.copy(d.shared_remote, d.remote)
        size = destination.exists(d.remote)
        if size != file.size:
            with contextlib.suppress(Exception):
                destination.delete(d.remote)
            raise DeliveryError(
                Problem.VERIFY,
                COPY_MISMATCH,
                name=d.recipient_name,
                found=size if size is not None else 0,
                expected=file.size,
            )
        if self.store.get(d.id).status is DeliveryStatus.REVOKED:  # by `brief-studio revoke`
            destination.delete(d.remote)
            return self.store.get(d.id)
        life = timedelta(seconds=d.expires_in) if d.expires_in else None
        link = destination.share_link(d.remote, life)
        return self.store.update(
            d.id,
            status=DeliveryStatus.SENT,
            link=link.url,
            expires=link.expires,
            sent_at=now_utc(),
            done=file.size,
            total=file.size,
            bytes_sent=d.bytes_sent + sent,
            reason="",
            attempts=0,
            next_try=None,
        )

    def _progress(self, delivery_id: str) -> Progress:
        last = [0.0]

        def progress(done: int, total: int) -> None:
            now = time.monotonic()
            if now - last[0] >= self.progress_every or done >= total:
                last[0] = now
                self.store.progress(delivery_id, done, total)
                if self.on_progress is not None:
                    self.on_progress(delivery_id, done, total)

        return progress

    def give_up(self, d: Delivery) -> None:
        """Remove partial data unless another unfinished delivery still needs the upload."""
        sharing = [
            o
            for o in self.store.unfinished()
            if o.id != d.id
            and (o.destination_id, o.shared_remote) == (d.destination_id, d.shared_remote)
        ]
        if sharing:
            return
        try:
            self.destination(d.destination_id).abort(d.shared_remote, self.resume_state(d))
        except Exception as error:  # best effort: the delivery already failed for a reason
            log.warning("Could not remove the partial upload of %s: %s", d.id, error)

    def revoke(self, d: Delivery, aborting: bool) -> Delivery:
        try:
            self.destination(d.destination_id).delete(d.remote)
        except Exception as error:
            log.warning("Could not delete %s for revoked delivery %s: %s", d.remote, d.id, error)
        if aborting:
            self.give_up(d)
        sent = d.status is DeliveryStatus.SENT
        return self.store.update(
            d.id,
            status=DeliveryStatus.REVOKED,
            revoked_at=now_utc(),
            reason="" if sent else REVOKED_UNSENT,
        )
