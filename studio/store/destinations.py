"""Where bundles are sent: a folder, an S3-compatible bucket or an SFTP server (`destinations`).

Only the settings are stored here. Secrets (the S3 secret key, the SFTP password or key
passphrase) go to the OS keyring, so `config` refuses anything that looks like one.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

import sqlite_utils

from studio.core.brief import new_id, now_utc
from studio.core.errors import StudioError
from studio.core.i18n import QT_TRANSLATE_NOOP
from studio.store.database import transaction

ConfigValue = str | int | bool
# The embedded default: a folder in the data dir, so sending works with no account at all.
OUTBOX_NAME = "Outbox"
_SECRET_WORDS = ("secret", "password", "passphrase", "token")

NOT_FOUND = QT_TRANSLATE_NOOP(
    "Destinations",
    "No destination named “{name}”. Run `brief-studio destinations list` to see them.",
)
DUPLICATE = QT_TRANSLATE_NOOP("Destinations", "A destination named “{name}” already exists.")
NO_NAME = QT_TRANSLATE_NOOP("Destinations", "A destination needs a name.")


class DestinationError(StudioError):
    def __init__(self, template: str, **params: str) -> None:
        super().__init__(template.format(**params))
        self.template = template
        self.params = params


class DestinationKind(StrEnum):
    FOLDER = "folder"
    S3 = "s3"
    SFTP = "sftp"


@dataclass(frozen=True)
class DestinationRecord:
    """One configured destination. `config` keys depend on `kind` (see studio.delivery)."""

    name: str
    kind: DestinationKind
    config: dict[str, ConfigValue] = field(default_factory=dict)
    is_default: bool = False
    id: str = field(default_factory=new_id)
    created: datetime = field(default_factory=now_utc)

    def text(self, key: str, default: str = "") -> str:
        value = self.config.get(key, default)
        return str(value) if value is not None else default

    def number(self, key: str, default: int) -> int:
        value = self.config.get(key, default)
        return int(value)


def check_no_secrets(config: dict[str, ConfigValue]) -> None:
    """Refuse to store a secret in SQLite: a programming error, not a user's."""
    for key in config:
        if any(word in key.lower() for word in _SECRET_WORDS):
            raise ValueError(f"destination config key {key!r} looks like a secret; use the keyring")


def _row(d: DestinationRecord) -> dict[str, Any]:
    check_no_secrets(d.config)
    return {
        "id": d.id,
        "name": " ".join(d.name.split()),
        "kind": d.kind.value,
        "config": json.dumps(d.config, sort_keys=True, ensure_ascii=False),
        "is_default": int(d.is_default),
        "created": d.created.isoformat(),
    }


def _record(row: dict[str, Any]) -> DestinationRecord:
    return DestinationRecord(
        id=row["id"],
        name=row["name"],
        kind=DestinationKind(row["kind"]),
        config=json.loads(row["config"]),
        is_default=bool(row["is_default"]),
        created=datetime.fromisoformat(row["created"]),
    )


class DestinationStore:
    def __init__(self, db: sqlite_utils.Database, data_dir: Path) -> None:
        self.db = db
        self.data_dir = data_dir

    def add(self, record: DestinationRecord) -> DestinationRecord:
        if not record.name.strip():
            raise DestinationError(NO_NAME)
        try:
            with transaction(self.db):
                if record.is_default:
                    self.db.execute("UPDATE destinations SET is_default = 0")
                self.db.table("destinations").insert(_row(record))
        except sqlite3.IntegrityError:
            raise DestinationError(DUPLICATE, name=record.name) from None
        return self.get(record.id)

    def save(self, record: DestinationRecord) -> DestinationRecord:
        """Update settings of an existing destination (e.g. a pinned host key)."""
        self.db.table("destinations").update(record.id, _row(record))
        return self.get(record.id)

    def get(self, destination_id: str) -> DestinationRecord:
        rows = list(self.db["destinations"].rows_where("id = ?", [destination_id]))
        if not rows:
            raise DestinationError(NOT_FOUND, name=destination_id)
        return _record(rows[0])

    def find(self, name: str) -> DestinationRecord:
        wanted = " ".join(name.split())
        rows = list(self.db["destinations"].rows_where("name = ? COLLATE NOCASE", [wanted]))
        if not rows:
            if wanted.casefold() == OUTBOX_NAME.casefold():
                return self.outbox()
            raise DestinationError(NOT_FOUND, name=wanted)
        return _record(rows[0])

    def list(self) -> list[DestinationRecord]:
        return [_record(r) for r in self.db["destinations"].rows_where(order_by="name")]

    def remove(self, name: str) -> DestinationRecord:
        record = self.find(name)
        self.db.execute("DELETE FROM destinations WHERE id = ?", [record.id])
        return record

    def default(self) -> DestinationRecord:
        """The one marked default, else the only one configured, else the Outbox folder."""
        records = self.list()
        marked = [r for r in records if r.is_default]
        if marked:
            return marked[0]
        configured = [r for r in records if r.name.casefold() != OUTBOX_NAME.casefold()]
        if len(configured) == 1:
            return configured[0]
        return self.outbox()

    def outbox(self) -> DestinationRecord:
        """The built-in folder destination under the data dir, created on first use."""
        rows = list(self.db["destinations"].rows_where("name = ? COLLATE NOCASE", [OUTBOX_NAME]))
        if rows:
            return _record(rows[0])
        record = DestinationRecord(
            name=OUTBOX_NAME,
            kind=DestinationKind.FOLDER,
            config={"path": str(self.data_dir / "outbox")},
        )
        return self.add(replace(record, is_default=False))
