"""Sending a brief: plan it (checked, inspectable, nothing written), queue it, revoke a link.

`plan_send` resolves the recipients, the destination and the bundle and names every remote
file; `queue_send` stores one delivery per recipient for the queue to carry out. A recipient
who already has an unfinished delivery of the same bundle to the same place keeps it (so
sending again after a crash resumes instead of starting over).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import sqlite_utils

from studio.core.brief import now_utc
from studio.core.cancel import CancelToken
from studio.core.i18n import QT_TRANSLATE_NOOP
from studio.delivery.bundle_file import find_bundle, fingerprint
from studio.delivery.destination import (
    Destination,
    LocalFile,
    Progress,
    no_progress,
    recipient_remote,
    shared_remote,
)
from studio.delivery.errors import DeliveryError, Problem
from studio.store.deliveries import UNFINISHED, Delivery, DeliveryStatus, DeliveryStore
from studio.store.destinations import DestinationKind, DestinationRecord, DestinationStore
from studio.store.recipients import Recipient, RecipientStore

# S3 presigned links are signed for 7 days at most (SigV4); the UI says so.
LINK_LIFE_DEFAULT = timedelta(days=7)
MAX_LINK_LIFE = {DestinationKind.S3: timedelta(days=7)}

NO_RECIPIENT = QT_TRANSLATE_NOOP("Delivery", "Pick at least one recipient.")
TOO_LONG = QT_TRANSLATE_NOOP(
    "Delivery",
    "Links on {destination} last {days} days at most; ask for a shorter expiry.",
)
BAD_EXPIRY = QT_TRANSLATE_NOOP(
    "Delivery", "“{text}” is not a duration; write it like 3d, 12h or 90m."
)

_DURATION = re.compile(r"^\s*(\d+)\s*([wdhm])\s*$", re.IGNORECASE)
_UNIT = {"w": "weeks", "d": "days", "h": "hours", "m": "minutes"}


def parse_expiry(text: str) -> timedelta:
    """`3d`, `12h`, `90m`, `1w` → a positive timedelta."""
    match = _DURATION.match(text)
    if not match or int(match[1]) == 0:
        raise DeliveryError(Problem.CONFIG, BAD_EXPIRY, text=text)
    return timedelta(**{_UNIT[match[2].lower()]: int(match[1])})


def link_life(kind: DestinationKind, asked: timedelta | None) -> timedelta | None:
    """How long links will last: None where they don't expire (folder, SFTP web address)."""
    limit = MAX_LINK_LIFE.get(kind)
    if limit is None:
        return None
    life = asked or min(LINK_LIFE_DEFAULT, limit)
    if life > limit:
        raise DeliveryError(
            Problem.CONFIG, TOO_LONG, destination=kind.value.upper(), days=limit.days
        )
    return life


@dataclass(frozen=True)
class PlannedRecipient:
    recipient: Recipient
    remote: str
    reuse: Delivery | None  # an unfinished delivery of the same bundle: kept, not duplicated


@dataclass(frozen=True)
class SendPlan:
    brief_id: str
    destination: DestinationRecord
    file: LocalFile
    shared_remote: str
    link_life: timedelta | None
    recipients: tuple[PlannedRecipient, ...]


def plan_send(
    db: sqlite_utils.Database,
    data_dir: Path,
    brief_id: str,
    recipient_names: list[str],
    destination_name: str | None = None,
    bundle: Path | None = None,
    expires: timedelta | None = None,
    cancel: CancelToken | None = None,
    progress: Progress = no_progress,
) -> SendPlan:
    """Check everything that can be checked offline; reads (hashes) the bundle once."""
    if not recipient_names:
        raise DeliveryError(Problem.CONFIG, NO_RECIPIENT)
    people = RecipientStore(db)
    recipients = list({r.id: r for r in (people.find(n) for n in recipient_names)}.values())
    places = DestinationStore(db, data_dir)
    destination = places.find(destination_name) if destination_name else places.default()
    life = link_life(destination.kind, expires)
    file = fingerprint(bundle or find_bundle(data_dir, brief_id), cancel, progress)
    deliveries = DeliveryStore(db)
    planned = []
    for recipient in recipients:
        last = deliveries.latest(brief_id, recipient.id, destination.id)
        reuse = last if last and last.status in UNFINISHED and _same(last, file) else None
        remote = reuse.remote if reuse else recipient_remote(file)
        planned.append(PlannedRecipient(recipient, remote, reuse))
    return SendPlan(brief_id, destination, file, shared_remote(file), life, tuple(planned))


def _same(delivery: Delivery, file: LocalFile) -> bool:
    return (delivery.bundle_path, delivery.bundle_sha256) == (file.path, file.sha256)


def queue_send(db: sqlite_utils.Database, plan: SendPlan) -> list[Delivery]:
    """Store the plan's deliveries (queued); returns one per recipient, in plan order."""
    store = DeliveryStore(db)
    new = [
        Delivery(
            brief_id=plan.brief_id,
            recipient_id=p.recipient.id,
            recipient_name=p.recipient.name,
            destination_id=plan.destination.id,
            bundle_path=plan.file.path,
            bundle_size=plan.file.size,
            bundle_mtime_ns=plan.file.mtime_ns,
            bundle_sha256=plan.file.sha256,
            shared_remote=plan.shared_remote,
            remote=p.remote,
            expires_in=int(plan.link_life.total_seconds()) if plan.link_life else None,
            total=plan.file.size,
        )
        for p in plan.recipients
        if p.reuse is None
    ]
    store.add(new)
    for p in plan.recipients:
        if p.reuse is not None and (p.reuse.paused or p.reuse.next_try is not None):
            store.update(p.reuse.id, paused=False, next_try=None)  # asked again: go now
    fresh = iter(new)
    return [store.get(p.reuse.id) if p.reuse else next(fresh) for p in plan.recipients]


def local_file(delivery: Delivery) -> LocalFile:
    return LocalFile(
        delivery.bundle_path,
        delivery.bundle_size,
        delivery.bundle_mtime_ns,
        delivery.bundle_sha256,
    )


def is_finished(delivery: Delivery) -> bool:
    return delivery.status not in UNFINISHED or delivery.paused


REVOKED_UNSENT = QT_TRANSLATE_NOOP("Delivery", "Revoked before it was sent.")


def revoke(db: sqlite_utils.Database, delivery: Delivery, destination: Destination) -> Delivery:
    """Delete this recipient's copy (their link stops working); the others keep theirs.

    An unfinished delivery must be cancelled by the queue first (DeliveryQueue.revoke does
    both)."""
    store = DeliveryStore(db)
    if delivery.status is DeliveryStatus.REVOKED:
        return delivery
    destination.delete(delivery.remote)
    return store.update(
        delivery.id,
        status=DeliveryStatus.REVOKED,
        revoked_at=now_utc(),
        paused=False,
        next_try=None,
        reason="" if delivery.status is DeliveryStatus.SENT else REVOKED_UNSENT,
    )
