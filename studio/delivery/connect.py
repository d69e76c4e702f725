"""From a stored destination (settings) and its secret to a live Destination object."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from studio.delivery.destination import Destination
from studio.delivery.folder import FolderDestination
from studio.delivery.secrets import SecretStore
from studio.store.destinations import OUTBOX_NAME, DestinationKind, DestinationRecord

# confirm(host, port, fingerprint "SHA256:…") → True to trust and pin the server's host key.
ConfirmHostKey = Callable[[str, int, str], bool]
# Called with the updated record once an SFTP host key is pinned; the caller stores it.
OnPinned = Callable[[DestinationRecord], object]

# Which settings each kind uses; the CLI and the UI build their forms from these.
SETTINGS = {
    DestinationKind.FOLDER: ("path",),
    DestinationKind.S3: ("endpoint", "region", "bucket", "prefix", "access_key_id"),
    DestinationKind.SFTP: ("host", "port", "user", "auth", "key_file", "folder", "web_url"),
}


def needs_secret(record: DestinationRecord) -> bool:
    if record.kind is DestinationKind.S3:
        return True
    if record.kind is DestinationKind.SFTP:
        return record.text("auth", "password") in ("password", "key+passphrase")
    return False


def open_destination(
    record: DestinationRecord,
    secrets: SecretStore,
    confirm_host_key: ConfirmHostKey | None = None,
    on_pinned: OnPinned | None = None,
) -> Destination:
    """Nothing is connected yet: the first call (check, upload…) connects."""
    if record.kind is DestinationKind.FOLDER:
        outbox = record.name.casefold() == OUTBOX_NAME.casefold()  # ours: made when needed
        return FolderDestination(Path(record.text("path")).expanduser(), create=outbox)
    secret = secrets.get(record.id, record.name) if needs_secret(record) else ""
    if record.kind is DestinationKind.S3:
        from studio.delivery.s3 import S3Destination, S3Settings

        return S3Destination(
            S3Settings(
                bucket=record.text("bucket"),
                access_key_id=record.text("access_key_id"),
                secret_access_key=secret,
                endpoint=record.text("endpoint"),
                region=record.text("region") or "us-east-1",
                prefix=record.text("prefix"),
                # Advanced, rarely set: a fixed part size and how many parts go at once.
                part_size=record.number("part_size_mib", 0) * 1024 * 1024 or None,
                concurrency=record.number("concurrency", 4),
            )
        )
    from studio.delivery.sftp import SftpDestination, SftpSettings

    def pinned(host_key: str, fingerprint: str) -> None:
        if on_pinned is not None:
            config = {**record.config, "host_key": host_key, "host_key_fingerprint": fingerprint}
            on_pinned(replace(record, config=config))

    return SftpDestination(
        SftpSettings(
            host=record.text("host"),
            port=record.number("port", 22),
            user=record.text("user"),
            folder=record.text("folder"),
            auth=record.text("auth", "password"),
            key_file=record.text("key_file"),
            web_url=record.text("web_url"),
            host_key=record.text("host_key"),
            host_key_fingerprint=record.text("host_key_fingerprint"),
            secret=secret,
        ),
        confirm_host_key=confirm_host_key,
        on_pinned=pinned,
    )
