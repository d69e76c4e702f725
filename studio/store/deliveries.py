"""Deliveries: one row per brief, recipient and destination, the queue's persistent state.

Status goes queued → uploading → sent, or → failed (with a reason a person can act on), and
sent → revoked. `paused` is separate from the status so a paused delivery keeps its place.
A failure reason is kept as its English template and params: the UI says it in its own
language, the CLI and the log in English.
Also the resume state of uploads, keyed by destination, remote name and the local file's
size and mtime: a changed file never resumes an upload of its older bytes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlite_utils

from studio.core.brief import new_id, now_utc
from studio.core.errors import StudioError
from studio.store.database import transaction


class DeliveryStatus(StrEnum):
    QUEUED = "queued"
    UPLOADING = "uploading"
    SENT = "sent"
    FAILED = "failed"
    REVOKED = "revoked"


UNFINISHED = (DeliveryStatus.QUEUED, DeliveryStatus.UPLOADING)


class DeliveryNotFoundError(StudioError):
    def __init__(self, delivery_id: str) -> None:
        super().__init__(f"No delivery with id {delivery_id!r}.")


@dataclass(frozen=True)
class Delivery:
    brief_id: str
    recipient_id: str
    recipient_name: str
    destination_id: str
    bundle_path: str
    bundle_size: int
    bundle_mtime_ns: int
    bundle_sha256: str
    shared_remote: str  # uploaded once per destination and bundle
    remote: str  # this recipient's own copy (what the link points at)
    expires_in: int | None = None  # seconds the link should last, None: no expiry
    status: DeliveryStatus = DeliveryStatus.QUEUED
    done: int = 0
    total: int = 0
    bytes_sent: int = 0  # bytes this delivery actually transferred (a resume sends fewer)
    link: str = ""
    expires: datetime | None = None
    reason: str = ""  # an English template marked for translation, filled with reason_params
    reason_params: dict[str, str] = field(default_factory=dict)
    attempts: int = 0
    next_try: datetime | None = None
    paused: bool = False
    id: str = field(default_factory=new_id)
    created: datetime = field(default_factory=now_utc)
    updated: datetime = field(default_factory=now_utc)
    sent_at: datetime | None = None
    revoked_at: datetime | None = None

    @property
    def reason_message(self) -> str:
        """The reason in English, for the CLI and logs (the UI translates the template).

        Rows from before schema v5 hold the sentence already written and no params."""
        if not self.reason_params:
            return self.reason
        try:
            return self.reason.format(**self.reason_params)
        except (KeyError, IndexError, ValueError):
            return self.reason

    @property
    def percent(self) -> int:
        if self.status is DeliveryStatus.SENT:
            return 100
        return int(self.done * 100 / self.total) if self.total else 0


_TIMES = ("expires", "next_try", "created", "updated", "sent_at", "revoked_at")


def _row(d: Delivery) -> dict[str, Any]:
    row = {k: getattr(d, k) for k in Delivery.__dataclass_fields__}
    row["status"] = d.status.value
    row["paused"] = int(d.paused)
    row["reason_params"] = _params_json(d.reason_params)
    for key in _TIMES:
        row[key] = row[key].isoformat() if row[key] is not None else None
    return row


def _delivery(row: dict[str, Any]) -> Delivery:
    values = dict(row)
    values["status"] = DeliveryStatus(row["status"])
    values["paused"] = bool(row["paused"])
    params = json.loads(row["reason_params"] or "{}")  # '' before schema v5
    values["reason_params"] = {str(k): str(v) for k, v in params.items()}
    for key in _TIMES:
        values[key] = datetime.fromisoformat(row[key]) if row[key] else None
    return Delivery(**values)


def _params_json(params: dict[str, str]) -> str:
    return json.dumps(params, ensure_ascii=False) if params else ""


class DeliveryStore:
    """Safe to use from the queue's thread and the UI's at once, each with its own connection."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def add(self, deliveries: list[Delivery]) -> None:
        with transaction(self.db):
            for d in deliveries:
                self.db.table("deliveries").insert(_row(d))

    def get(self, delivery_id: str) -> Delivery:
        rows = list(self.db["deliveries"].rows_where("id = ?", [delivery_id]))
        if not rows:
            raise DeliveryNotFoundError(delivery_id)
        return _delivery(rows[0])

    def for_brief(self, brief_id: str | None = None) -> list[Delivery]:
        """Oldest first; every brief's when `brief_id` is None."""
        if brief_id is None:
            rows = self.db["deliveries"].rows_where(order_by="created, rowid")
        else:
            rows = self.db["deliveries"].rows_where(
                "brief_id = ?", [brief_id], order_by="created, rowid"
            )
        return [_delivery(r) for r in rows]

    def unfinished(self) -> list[Delivery]:
        """Queued or uploading, paused or not, in the order they were asked for."""
        rows = self.db["deliveries"].rows_where(
            "status IN (?, ?)", [s.value for s in UNFINISHED], order_by="created, rowid"
        )
        return [_delivery(r) for r in rows]

    def latest(self, brief_id: str, recipient_id: str, destination_id: str) -> Delivery | None:
        rows = list(
            self.db["deliveries"].rows_where(
                "brief_id = ? AND recipient_id = ? AND destination_id = ?",
                [brief_id, recipient_id, destination_id],
                order_by="created DESC, rowid DESC",
                limit=1,
            )
        )
        return _delivery(rows[0]) if rows else None

    def sent_to(self) -> dict[str, list[tuple[str, DeliveryStatus]]]:
        """For the library: brief id → (recipient name, latest status) for each recipient."""
        found: dict[str, dict[str, DeliveryStatus]] = {}
        for d in self.for_brief():
            found.setdefault(d.brief_id, {})[d.recipient_name] = d.status
        return {b: sorted(names.items()) for b, names in found.items()}

    def update(self, delivery_id: str, **changes: Any) -> Delivery:
        """Change some fields (enum, bool and datetime values converted) and stamp `updated`.

        A new `reason` given without `reason_params` has none: the old ones go with the old
        reason."""
        values: dict[str, Any] = {"updated": now_utc().isoformat()}
        if "reason" in changes:
            changes = {"reason_params": {}, **changes}
        for key, value in changes.items():
            if key not in Delivery.__dataclass_fields__ or key in ("id", "created"):
                raise ValueError(f"not an updatable delivery field: {key}")
            if isinstance(value, StrEnum):
                value = value.value
            elif isinstance(value, bool):
                value = int(value)
            elif isinstance(value, datetime):
                value = value.isoformat()
            elif key == "reason_params":
                value = _params_json({str(k): str(v) for k, v in value.items()})
            values[key] = value
        sets = ", ".join(f"{k} = ?" for k in values)
        self.db.execute(
            f"UPDATE deliveries SET {sets} WHERE id = ?", [*values.values(), delivery_id]
        )
        return self.get(delivery_id)

    def progress(self, delivery_id: str, done: int, total: int) -> None:
        """Cheap: called often while uploading (the queue throttles it)."""
        self.db.execute(
            "UPDATE deliveries SET done = ?, total = ? WHERE id = ?", [done, total, delivery_id]
        )

    def requeue_orphans(self) -> int:
        """Rows left `uploading` by a process that died: back in the queue to resume."""
        cursor = self.db.execute(
            "UPDATE deliveries SET status = ?, updated = ? WHERE status = ?",
            [DeliveryStatus.QUEUED.value, now_utc().isoformat(), DeliveryStatus.UPLOADING.value],
        )
        return int(cursor.rowcount)


@dataclass(frozen=True)
class UploadKey:
    destination_id: str
    remote: str
    size: int
    mtime_ns: int


class UploadStateStore:
    """What a destination needs to resume an upload (an S3 upload id, a part size…)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def load(self, key: UploadKey) -> dict[str, Any] | None:
        row = self.db.execute(
            "SELECT state FROM upload_state WHERE destination_id = ? AND remote = ? "
            "AND size = ? AND mtime_ns = ?",
            [key.destination_id, key.remote, key.size, key.mtime_ns],
        ).fetchone()
        return dict(json.loads(row[0])) if row else None

    def save(self, key: UploadKey, state: dict[str, Any]) -> None:
        self.db.execute(
            "INSERT INTO upload_state(destination_id, remote, size, mtime_ns, state, updated) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(destination_id, remote, size, mtime_ns) "
            "DO UPDATE SET state = excluded.state, updated = excluded.updated",
            [
                key.destination_id,
                key.remote,
                key.size,
                key.mtime_ns,
                json.dumps(state),
                now_utc().isoformat(),
            ],
        )

    def clear(self, key: UploadKey) -> None:
        self.db.execute(
            "DELETE FROM upload_state WHERE destination_id = ? AND remote = ? AND size = ? "
            "AND mtime_ns = ?",
            [key.destination_id, key.remote, key.size, key.mtime_ns],
        )

    def others(self, key: UploadKey) -> list[tuple[UploadKey, dict[str, Any]]]:
        """States of the same remote name for other versions of the file (to abort them)."""
        rows = self.db.execute(
            "SELECT size, mtime_ns, state FROM upload_state WHERE destination_id = ? "
            "AND remote = ? AND NOT (size = ? AND mtime_ns = ?)",
            [key.destination_id, key.remote, key.size, key.mtime_ns],
        ).fetchall()
        return [
            (UploadKey(key.destination_id, key.remote, r[0], r[1]), dict(json.loads(r[2])))
            for r in rows
        ]
