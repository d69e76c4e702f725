"""`brief-studio send`, `deliveries`, `revoke` and `message`: sending a brief to freelancers.

`send` queues one delivery per recipient and carries the queue out in the foreground
(a crash or Ctrl+C keeps what was sent: running `send` again, or `deliveries --run`,
resumes). When the app is already sending from this library, the deliveries are left
queued for it.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from studio.commands import Command, open_library
from studio.commands.destinations import host_key_confirmer, secret_options, secret_store
from studio.core.errors import StudioError

if TYPE_CHECKING:
    from studio.delivery.queue import OnProgress
    from studio.store.deliveries import Delivery
    from studio.store.library import Library


def register(command: Command) -> None:
    p = command("send", _cmd_send, "send a brief's bundle to recipients; prints their links")
    p.add_argument("id", metavar="ID", help="the brief's id (or its first characters)")
    p.add_argument("--to", action="append", required=True, metavar="NAME", help="repeatable")
    p.add_argument("--destination", metavar="NAME", help="default: the default destination")
    p.add_argument("--expires", metavar="DURATION", help="link lifetime, e.g. 3d (S3: ≤ 7d)")
    p.add_argument("--bundle", metavar="PATH", help="default: the brief's latest bundle")
    p.add_argument("--no-wait", action="store_true", help="queue only; the app sends them")
    secret_options(p)

    p = command("deliveries", _cmd_deliveries, "who got which brief, with their links")
    p.add_argument("id", metavar="ID", nargs="?", help="one brief (default: all)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--run", action="store_true", help="carry out what is queued, then list")
    secret_options(p)

    p = command("revoke", _cmd_revoke, "delete a recipient's copy: their link stops working")
    p.add_argument("id", metavar="ID")
    p.add_argument("--to", action="append", required=True, metavar="NAME")
    secret_options(p)

    p = command("message", _cmd_message, "the ready-to-send message for a recipient")
    p.add_argument("id", metavar="ID")
    p.add_argument("--to", required=True, metavar="NAME")
    p.add_argument("--language", choices=["en", "fr"], help="default: the recipient's")
    p.add_argument("--reply-by", type=date.fromisoformat, metavar="YYYY-MM-DD")
    p.add_argument("--mailto", action="store_true", help="print the mailto: URL instead")


def _cmd_send(args: argparse.Namespace, data_dir: Path) -> int:
    from studio.delivery.sending import parse_expiry, plan_send, queue_send

    with open_library(data_dir) as library:
        brief_id = library.resolve_id(args.id)
        plan = plan_send(
            library.db,
            data_dir,
            brief_id,
            args.to,
            args.destination,
            Path(args.bundle).expanduser() if args.bundle else None,
            parse_expiry(args.expires) if args.expires else None,
        )
        ids = [d.id for d in queue_send(library.db, plan)]
    print(
        f"Sending {Path(plan.file.path).name} ({plan.file.size} bytes) to "
        f"{len(ids)} recipient(s) through {plan.destination.name}…",
        file=sys.stderr,
    )
    if args.no_wait:
        return 0
    return _report(_run_queue(args, data_dir, ids))


def _run_queue(args: argparse.Namespace, data_dir: Path, ids: list[str] | None) -> list[Delivery]:
    from studio.delivery.lock import QueueBusyError
    from studio.delivery.queue import DeliveryQueue
    from studio.store.deliveries import UNFINISHED, DeliveryStore

    queue = DeliveryQueue(
        data_dir,
        secret_store(args),
        confirm_host_key=host_key_confirmer(args),
        on_progress=_progress_printer(),
    )
    try:
        queue.start()
    except QueueBusyError as busy:
        print(f"note: {busy.message}", file=sys.stderr)
        with open_library(data_dir) as library:
            store = DeliveryStore(library.db)
            return [store.get(i) for i in ids] if ids else store.unfinished()
    try:
        if ids is None:  # everything waiting, as it was when the queue started
            ids = [d.id for d in queue.deliveries() if d.status in UNFINISHED and not d.paused]
        queue.wake()
        return queue.wait(ids)
    finally:
        queue.stop()


def _progress_printer() -> OnProgress | None:
    if not sys.stderr.isatty():
        return None
    shown: dict[str, int] = {}

    def progress(delivery_id: str, done: int, total: int) -> None:
        percent = done * 100 // total if total else 100
        if shown.get(delivery_id) != percent:
            shown[delivery_id] = percent
            print(f"\r{percent:3d} %", end="", file=sys.stderr, flush=True)

    return progress


def _report(deliveries: list[Delivery]) -> int:
    failed = 0
    for d in deliveries:
        if d.status == "sent":
            until = f"  (expires {d.expires.astimezone():%Y-%m-%d %H:%M})" if d.expires else ""
            print(f"{d.recipient_name}: {d.link}{until}")
        else:
            failed += d.status == "failed"
            why = f": {d.reason_message}" if d.reason else ""
            state = "paused" if d.paused else d.status
            print(f"{d.recipient_name}: {state}{why}", file=sys.stderr)
    return 1 if failed else 0


def _delivery_dict(d: Delivery) -> dict[str, object]:
    return {
        "id": d.id,
        "brief_id": d.brief_id,
        "recipient": d.recipient_name,
        "status": d.status.value,
        "paused": d.paused,
        "percent": d.percent,
        "link": d.link or None,
        "expires": d.expires.isoformat() if d.expires else None,
        "reason": d.reason_message or None,
        "bytes_sent": d.bytes_sent,
        "sent_at": d.sent_at.isoformat() if d.sent_at else None,
        "revoked_at": d.revoked_at.isoformat() if d.revoked_at else None,
        "bundle": d.bundle_path,
    }


def _cmd_deliveries(args: argparse.Namespace, data_dir: Path) -> int:
    from studio.store.deliveries import DeliveryStore

    if args.run:
        _run_queue(args, data_dir, None)
    with open_library(data_dir) as library:
        brief_id = library.resolve_id(args.id) if args.id else None
        rows = DeliveryStore(library.db).for_brief(brief_id)
        titles = {b: _title(library, b) for b in {d.brief_id for d in rows}}
    if args.json:
        print(json.dumps([_delivery_dict(d) for d in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("Nothing sent yet.", file=sys.stderr)
    for d in rows:
        state = "paused" if d.paused else d.status.value
        if d.status == "uploading":
            state += f" {d.percent} %"
        detail = d.link or d.reason_message
        print(f"{d.brief_id[:8]}  {titles[d.brief_id]}  {d.recipient_name}  {state}  {detail}")
    return 0


def _title(library: Library, brief_id: str) -> str:
    try:
        return " ".join(library.get(brief_id).title.split()) or "Untitled"
    except Exception:
        return "(deleted brief)"


def _cmd_revoke(args: argparse.Namespace, data_dir: Path) -> int:
    from studio.delivery.connect import open_destination
    from studio.delivery.sending import revoke
    from studio.store.deliveries import DeliveryStore
    from studio.store.destinations import DestinationStore
    from studio.store.recipients import RecipientStore

    with open_library(data_dir) as library:
        brief_id = library.resolve_id(args.id)
        deliveries = DeliveryStore(library.db)
        for name in args.to:
            recipient = RecipientStore(library.db).find(name)
            mine = [d for d in deliveries.for_brief(brief_id) if d.recipient_id == recipient.id]
            for d in [d for d in mine if d.status != "revoked"]:
                if d.status in ("queued", "uploading"):
                    deliveries.update(d.id, paused=True)  # the queue will not pick it now
                record = DestinationStore(library.db, data_dir).get(d.destination_id)
                destination = open_destination(record, secret_store(args))
                try:
                    revoke(library.db, d, destination)
                finally:
                    destination.close()
            print(f"Revoked {recipient.name}'s link" + ("" if mine else " (none was sent)") + ".")
    return 0


def _cmd_message(args: argparse.Namespace, data_dir: Path) -> int:
    from studio.delivery.messages import compose, mailto_url
    from studio.store.deliveries import DeliveryStore
    from studio.store.recipients import RecipientStore

    with open_library(data_dir) as library:
        brief = library.get(library.resolve_id(args.id))
        recipient = RecipientStore(library.db).find(args.to)
        sent = [
            d
            for d in DeliveryStore(library.db).for_brief(brief.id)
            if d.recipient_id == recipient.id and d.status == "sent"
        ]
    if not sent:
        raise _NotSentError(recipient.name)
    last = sent[-1]
    message = compose(brief, recipient, last.link, last.expires, args.reply_by, args.language)
    if args.mailto:
        print(mailto_url(recipient.email, message))
    else:
        print(f"Subject: {message.subject}\n\n{message.body}")
    return 0


class _NotSentError(StudioError):
    def __init__(self, name: str) -> None:
        super().__init__(
            f"Nothing was sent to {name} yet: their message needs their link. "
            f"Send first: brief-studio send ID --to {name!r}"
        )
