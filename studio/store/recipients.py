"""The address book: freelancers a brief can be sent to (rows in `recipients`)."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlite_utils

from studio.core.brief import new_id, now_utc
from studio.core.errors import StudioError
from studio.core.i18n import QT_TRANSLATE_NOOP

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class RecipientError(StudioError):
    """A recipient cannot be stored or found; `template` and `params` let the UI translate."""

    def __init__(self, template: str, **params: str) -> None:
        super().__init__(template.format(**params))
        self.template = template
        self.params = params


NOT_FOUND = QT_TRANSLATE_NOOP(
    "Recipients", "No recipient named “{name}”. Run `brief-studio recipients list` to see them."
)
DUPLICATE = QT_TRANSLATE_NOOP("Recipients", "A recipient named “{name}” already exists.")
NO_NAME = QT_TRANSLATE_NOOP("Recipients", "A recipient needs a name.")
BAD_EMAIL = QT_TRANSLATE_NOOP("Recipients", "“{email}” is not an e-mail address.")
BAD_ZONE = QT_TRANSLATE_NOOP(
    "Recipients", "“{zone}” is not a time zone; use a name like Europe/Paris."
)
BAD_RATE = QT_TRANSLATE_NOOP("Recipients", "“{rate}” is not a rate; use a number like 45.50.")


@dataclass(frozen=True)
class Recipient:
    """A freelancer. `languages` are ISO codes in order of preference ("fr", "en")."""

    name: str
    email: str = ""
    country: str = ""
    timezone: str = ""
    languages: tuple[str, ...] = ()
    rate: Decimal | None = None
    currency: str = ""
    notes: str = ""
    tags: tuple[str, ...] = ()
    id: str = field(default_factory=new_id)
    created: datetime = field(default_factory=now_utc)


def parse_rate(text: str) -> Decimal | None:
    if not text.strip():
        return None
    try:
        rate = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        raise RecipientError(BAD_RATE, rate=text) from None
    if not rate.is_finite() or rate < 0:
        raise RecipientError(BAD_RATE, rate=text)
    return rate


def check(recipient: Recipient) -> None:
    """Raise RecipientError for what cannot be stored as typed."""
    if not recipient.name.strip():
        raise RecipientError(NO_NAME)
    if recipient.email and not _EMAIL.match(recipient.email):
        raise RecipientError(BAD_EMAIL, email=recipient.email)
    if recipient.timezone:
        try:
            ZoneInfo(recipient.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise RecipientError(BAD_ZONE, zone=recipient.timezone) from None
    if recipient.rate is not None and (not recipient.rate.is_finite() or recipient.rate < 0):
        raise RecipientError(BAD_RATE, rate=str(recipient.rate))


def _row(r: Recipient) -> dict[str, Any]:
    return {
        "id": r.id,
        "name": " ".join(r.name.split()),
        "email": r.email.strip(),
        "country": r.country.strip(),
        "timezone": r.timezone.strip(),
        "languages": json.dumps([lang.strip().lower() for lang in r.languages if lang.strip()]),
        "rate": None if r.rate is None else str(r.rate),
        "currency": r.currency.strip().upper(),
        "notes": r.notes,
        "tags": json.dumps([t.strip() for t in r.tags if t.strip()], ensure_ascii=False),
        "created": r.created.isoformat(),
    }


def _recipient(row: dict[str, Any]) -> Recipient:
    return Recipient(
        id=row["id"],
        name=row["name"],
        email=row["email"],
        country=row["country"],
        timezone=row["timezone"],
        languages=tuple(json.loads(row["languages"])),
        rate=None if row["rate"] is None else Decimal(row["rate"]),
        currency=row["currency"],
        notes=row["notes"],
        tags=tuple(json.loads(row["tags"])),
        created=datetime.fromisoformat(row["created"]),
    )


class RecipientStore:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def add(self, recipient: Recipient) -> Recipient:
        check(recipient)
        try:
            self.db.table("recipients").insert(_row(recipient))
        except sqlite3.IntegrityError:
            raise RecipientError(DUPLICATE, name=recipient.name) from None
        return self.get(recipient.id)

    def update(self, recipient: Recipient) -> Recipient:
        check(recipient)
        self.get(recipient.id)
        try:
            self.db.table("recipients").update(recipient.id, _row(recipient))
        except sqlite3.IntegrityError:
            raise RecipientError(DUPLICATE, name=recipient.name) from None
        return self.get(recipient.id)

    def get(self, recipient_id: str) -> Recipient:
        rows = list(self.db["recipients"].rows_where("id = ?", [recipient_id]))
        if not rows:
            raise RecipientError(NOT_FOUND, name=recipient_id)
        return _recipient(rows[0])

    def find(self, name: str) -> Recipient:
        """By name, ignoring case and extra spaces (what the CLI's --to accepts)."""
        wanted = " ".join(name.split())
        rows = list(self.db["recipients"].rows_where("name = ? COLLATE NOCASE", [wanted]))
        if not rows:
            raise RecipientError(NOT_FOUND, name=wanted)
        return _recipient(rows[0])

    def list(self, tag: str | None = None) -> list[Recipient]:
        """By name; with `tag`, only those carrying it."""
        found = [_recipient(r) for r in self.db["recipients"].rows_where(order_by="name")]
        if tag:
            found = [r for r in found if tag.casefold() in {t.casefold() for t in r.tags}]
        return found

    def remove(self, name: str) -> Recipient:
        """Delete from the address book; past deliveries keep the name they were sent under."""
        recipient = self.find(name)
        self.db.execute("DELETE FROM recipients WHERE id = ?", [recipient.id])
        return recipient
