"""`brief-studio recipients …` and `destinations …`: the address book and where to send.

Secrets never come from the command line (it lands in shell history and `ps`): from the
environment variable named by --secret-env, else BRIEF_STUDIO_SECRET_<DESTINATION>, else a
hidden prompt when there is a terminal.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from studio.commands import Command, open_library
from studio.core.errors import StudioError

if TYPE_CHECKING:
    from studio.delivery.connect import ConfirmHostKey
    from studio.delivery.secrets import SecretStore
    from studio.store.destinations import DestinationRecord, DestinationStore


class BadAddressError(StudioError):
    exit_code = 2

    def __init__(self, text: str) -> None:
        super().__init__(f"{text!r} is not USER@HOST or USER@HOST:PORT.")


def register(command: Command) -> None:
    p = command("recipients", _cmd_recipients, "the freelancers you send briefs to")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="add a recipient")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--email", default="")
    add.add_argument("--country", default="")
    add.add_argument("--timezone", default="", metavar="ZONE", help="e.g. Europe/Paris")
    add.add_argument(
        "--language", action="append", default=[], metavar="CODE", help="e.g. fr (repeatable)"
    )
    add.add_argument("--rate", default="", help="their rate, e.g. 45")
    add.add_argument("--currency", default="")
    add.add_argument("--notes", default="")
    add.add_argument("--tag", action="append", default=[], help="repeatable")
    listing = actions.add_parser("list", help="list the recipients")
    listing.add_argument("--tag", default=None)
    listing.add_argument("--json", action="store_true")
    actions.add_parser("remove", help="remove a recipient").add_argument("name", metavar="NAME")

    p = command("destinations", _cmd_destinations, "where bundles are sent")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="add a folder, S3 or SFTP destination and test it")
    add.add_argument("name", metavar="NAME")
    kind = add.add_mutually_exclusive_group(required=True)
    kind.add_argument("--folder", metavar="PATH", help="a local, synced or network folder")
    kind.add_argument("--s3", metavar="BUCKET", help="an S3-compatible bucket")
    kind.add_argument("--sftp", metavar="USER@HOST[:PORT]", help="an SFTP server")
    add.add_argument("--endpoint", default="", help="S3: the service URL (R2, B2, MinIO…)")
    add.add_argument("--region", default="", help="S3: the region (default us-east-1)")
    add.add_argument("--prefix", default="", help="S3: a key prefix, e.g. briefs/")
    add.add_argument("--access-key-id", default="", help="S3: the access key id")
    add.add_argument("--remote-folder", default="", help="SFTP: the folder on the server")
    add.add_argument("--key-file", default="", help="SFTP: a private key instead of a password")
    add.add_argument("--key-passphrase", action="store_true", help="SFTP: the key has a passphrase")
    add.add_argument("--web-url", default="", help="SFTP: the web address of that folder")
    add.add_argument("--default", action="store_true", help="send here unless told otherwise")
    add.add_argument("--no-test", action="store_true", help="don't connect now")
    for sub in (add, _test_parser(actions)):
        secret_options(sub)
    listing = actions.add_parser("list", help="list the destinations")
    listing.add_argument("--json", action="store_true")
    actions.add_parser("remove", help="remove a destination").add_argument("name", metavar="NAME")


def _test_parser(
    actions: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    test = actions.add_parser("test", help="connect and say exactly what is wrong, if anything")
    test.add_argument("name", metavar="NAME")
    return test


def secret_options(parser: argparse.ArgumentParser) -> None:
    # No abbreviations: `--secret hunter2` must not pass as `--secret-env hunter2`.
    parser.allow_abbrev = False
    parser.add_argument(
        "--secret-env",
        metavar="VAR",
        help="read the destination's secret from this environment variable",
    )
    parser.add_argument(
        "--trust-host-key",
        metavar="FINGERPRINT",
        help="SFTP: trust this host key (SHA256:…) without asking",
    )


def secret_env_name(destination: str) -> str:
    return "BRIEF_STUDIO_SECRET_" + re.sub(r"[^A-Z0-9]+", "_", destination.upper()).strip("_")


def secret_store(args: argparse.Namespace) -> SecretStore:
    from studio.delivery.secrets import SecretStore

    def ask(name: str, why: str) -> str | None:
        for var in (getattr(args, "secret_env", None), secret_env_name(name)):
            if var and os.environ.get(var):
                return os.environ[var]
        if sys.stdin is not None and sys.stdin.isatty():
            print(why, file=sys.stderr)
            return getpass.getpass(f"Secret of “{name}”: ")
        return None

    return SecretStore(ask=ask)


def host_key_confirmer(args: argparse.Namespace) -> ConfirmHostKey:
    def confirm(host: str, port: int, fingerprint: str) -> bool:
        trusted = getattr(args, "trust_host_key", None)
        if trusted:
            return bool(trusted.strip() == fingerprint)
        if sys.stdin is None or not sys.stdin.isatty():
            return False
        answer = input(f"{host}:{port} presents the host key {fingerprint}. Trust it? [y/N] ")
        return answer.strip().lower() in ("y", "yes")

    return confirm


def _cmd_recipients(args: argparse.Namespace, data_dir: Path) -> int:
    from studio.store.recipients import Recipient, RecipientStore, parse_rate

    with open_library(data_dir) as library:
        store = RecipientStore(library.db)
        if args.action == "add":
            recipient = store.add(
                Recipient(
                    name=args.name,
                    email=args.email,
                    country=args.country,
                    timezone=args.timezone,
                    languages=tuple(args.language),
                    rate=parse_rate(args.rate),
                    currency=args.currency,
                    notes=args.notes,
                    tags=tuple(args.tag),
                )
            )
            print(f"Added {recipient.name}.")
        elif args.action == "remove":
            print(f"Removed {store.remove(args.name).name}.")
        else:
            rows = store.list(tag=args.tag)
            if args.json:
                print(json.dumps([_recipient_dict(r) for r in rows], ensure_ascii=False, indent=2))
            elif not rows:
                print(
                    "No recipients yet: brief-studio recipients add NAME --email …", file=sys.stderr
                )
            for r in rows if not args.json else []:
                extra = ", ".join(x for x in (r.email, r.country, " ".join(r.languages)) if x)
                print(f"{r.name}" + (f"  ({extra})" if extra else ""))
    return 0


def _recipient_dict(r: object) -> dict[str, object]:
    from dataclasses import asdict

    values = asdict(r)  # type: ignore[call-overload]
    values["rate"] = None if values["rate"] is None else str(values["rate"])
    values["created"] = values["created"].isoformat()
    return dict(values)


def _cmd_destinations(args: argparse.Namespace, data_dir: Path) -> int:
    from studio.store.destinations import DestinationStore

    with open_library(data_dir) as library:
        store = DestinationStore(library.db, data_dir)
        if args.action == "add":
            record = store.add(_new_record(args))
            secrets = secret_store(args)
            from studio.delivery.connect import needs_secret

            if needs_secret(record):
                _store_secret(secrets, record, args)
            print(f"Added {record.name} ({record.kind.value}).")
            return 0 if args.no_test else _test(store, record, args, secrets)
        if args.action == "test":
            return _test(store, store.find(args.name), args, secret_store(args))
        if args.action == "remove":
            record = store.remove(args.name)
            secret_store(args).delete(record.id)
            print(f"Removed {record.name}.")
            return 0
        rows = store.list()
        if args.json:
            print(json.dumps([_destination_dict(r) for r in rows], ensure_ascii=False, indent=2))
        elif not rows:
            print("No destinations yet; sending uses the Outbox folder.", file=sys.stderr)
        for r in rows if not args.json else []:
            where = r.text("path") or r.text("bucket") or f"{r.text('user')}@{r.text('host')}"
            print(f"{r.name}  {r.kind.value}  {where}" + ("  (default)" if r.is_default else ""))
    return 0


def _destination_dict(r: DestinationRecord) -> dict[str, object]:
    return {"id": r.id, "name": r.name, "kind": r.kind.value, "default": r.is_default, **r.config}


def _new_record(args: argparse.Namespace) -> DestinationRecord:
    from studio.store.destinations import DestinationKind, DestinationRecord

    if args.folder:
        path = Path(args.folder).expanduser().absolute()
        config: dict[str, str | int | bool] = {"path": str(path)}
        return DestinationRecord(args.name, DestinationKind.FOLDER, config, args.default)
    if args.s3:
        config = {"bucket": args.s3, "endpoint": args.endpoint, "region": args.region}
        config |= {"prefix": args.prefix, "access_key_id": args.access_key_id}
        return DestinationRecord(args.name, DestinationKind.S3, config, args.default)
    match = re.match(r"^(?:([^@]+)@)?([^:@]+)(?::(\d+))?$", args.sftp)
    if not match:
        raise BadAddressError(args.sftp)
    auth = "key+passphrase" if args.key_passphrase else ("key" if args.key_file else "password")
    config = {
        "user": match[1] or getpass.getuser(),
        "host": match[2],
        "port": int(match[3] or 22),
        "folder": args.remote_folder,
        "auth": auth,
        "key_file": str(Path(args.key_file).expanduser().absolute()) if args.key_file else "",
        "web_url": args.web_url,
    }
    if args.trust_host_key:  # confirmed ahead: pinned on the first connection if it matches
        config["host_key_fingerprint"] = args.trust_host_key.strip()
    return DestinationRecord(args.name, DestinationKind.SFTP, config, args.default)


def _store_secret(
    secrets: SecretStore, record: DestinationRecord, args: argparse.Namespace
) -> None:
    from studio.delivery.secrets import NO_KEYRING

    secret = secrets.get(record.id, record.name)  # env var or prompt; raises if neither
    if not secrets.set(record.id, secret):
        print("note: " + NO_KEYRING.format(name=record.name), file=sys.stderr)
        print(
            f"note: set {secret_env_name(record.name)} (or use --secret-env) for later commands.",
            file=sys.stderr,
        )


def _test(
    store: DestinationStore,
    record: DestinationRecord,
    args: argparse.Namespace,
    secrets: SecretStore,
) -> int:
    from studio.delivery.connect import open_destination

    destination = open_destination(record, secrets, host_key_confirmer(args), store.save)
    try:
        print(destination.check())
    finally:
        destination.close()
    return 0
