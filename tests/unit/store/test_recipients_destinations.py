"""The address book, destinations (never a secret) and the deliveries table."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from studio.store.deliveries import (
    Delivery,
    DeliveryStatus,
    DeliveryStore,
    UploadKey,
    UploadStateStore,
)
from studio.store.destinations import (
    OUTBOX_NAME,
    DestinationError,
    DestinationKind,
    DestinationRecord,
    DestinationStore,
)
from studio.store.library import Library
from studio.store.recipients import Recipient, RecipientError, RecipientStore, parse_rate


@pytest.fixture
def library(data_dir: Path) -> Library:
    lib = Library.open(data_dir)
    yield lib  # type: ignore[misc]
    lib.close()


def test_recipients_round_trip_find_ignoring_case_and_remove(library: Library) -> None:
    store = RecipientStore(library.db)
    ana = store.add(
        Recipient(
            "Ana  Silva",
            email="ana@example.com",
            country="PT",
            timezone="Europe/Lisbon",
            languages=("PT", "fr"),
            rate=Decimal("45.50"),
            currency="eur",
            tags=("python", " "),
        )
    )
    assert ana.name == "Ana Silva"
    assert ana.languages == ("pt", "fr") and ana.currency == "EUR" and ana.tags == ("python",)
    assert ana.rate == Decimal("45.50")
    assert store.find("ana silva") == ana
    store.add(Recipient("Bob", tags=("Design",)))
    assert [r.name for r in store.list()] == ["Ana Silva", "Bob"]
    assert [r.name for r in store.list(tag="design")] == ["Bob"]
    store.remove("BOB")
    with pytest.raises(RecipientError, match="No recipient named “Bob”"):
        store.find("Bob")


@pytest.mark.parametrize(
    ("recipient", "message"),
    [
        (Recipient(" "), "needs a name"),
        (Recipient("A", email="not-an-address"), "is not an e-mail address"),
        (Recipient("A", timezone="Mars/Olympus"), "is not a time zone"),
        (Recipient("A", rate=Decimal(-1)), "is not a rate"),
    ],
)
def test_recipient_mistakes_are_refused(
    library: Library, recipient: Recipient, message: str
) -> None:
    with pytest.raises(RecipientError, match=message):
        RecipientStore(library.db).add(recipient)


def test_duplicate_names_and_bad_rates(library: Library) -> None:
    store = RecipientStore(library.db)
    store.add(Recipient("Ana"))
    with pytest.raises(RecipientError, match="already exists"):
        store.add(Recipient("ANA"))
    assert parse_rate("12,5") == Decimal("12.5") and parse_rate("") is None
    with pytest.raises(RecipientError):
        parse_rate("lots")


def test_destinations_never_store_a_secret(library: Library, data_dir: Path) -> None:
    store = DestinationStore(library.db, data_dir)
    with pytest.raises(ValueError, match="looks like a secret"):
        store.add(DestinationRecord("S3", DestinationKind.S3, {"secret_access_key": "x"}))
    with pytest.raises(ValueError):
        store.add(DestinationRecord("SFTP", DestinationKind.SFTP, {"password": "x"}))
    assert store.list() == []


def test_default_destination_is_marked_or_only_or_the_outbox(
    library: Library, data_dir: Path
) -> None:
    store = DestinationStore(library.db, data_dir)
    outbox = store.default()
    assert outbox.name == OUTBOX_NAME and outbox.kind is DestinationKind.FOLDER
    assert outbox.text("path") == str(data_dir / "outbox")
    only = store.add(DestinationRecord("Drive", DestinationKind.FOLDER, {"path": "/tmp/x"}))
    assert store.default() == only
    marked = store.add(
        DestinationRecord("S3", DestinationKind.S3, {"bucket": "b"}, is_default=True)
    )
    assert store.default() == marked
    assert store.find("s3") == marked
    with pytest.raises(DestinationError, match="already exists"):
        store.add(DestinationRecord("drive", DestinationKind.FOLDER, {"path": "/tmp/y"}))


def _delivery(**changes: object) -> Delivery:
    values: dict[str, object] = {
        "brief_id": "b" * 32,
        "recipient_id": "r",
        "recipient_name": "Ana",
        "destination_id": "d",
        "bundle_path": "/x.brief.zip",
        "bundle_size": 10,
        "bundle_mtime_ns": 1,
        "bundle_sha256": "0" * 64,
        "shared_remote": "shared/0/x.brief.zip",
        "remote": "tok/x.brief.zip",
        "total": 10,
    }
    values.update(changes)
    return Delivery(**values)  # type: ignore[arg-type]


def test_deliveries_update_progress_and_orphans(library: Library) -> None:
    store = DeliveryStore(library.db)
    first, second = _delivery(), _delivery(recipient_id="s", recipient_name="Bo")
    store.add([first, second])
    store.update(first.id, status=DeliveryStatus.UPLOADING, paused=False)
    store.progress(first.id, 5, 10)
    assert store.get(first.id).percent == 50
    # a crash leaves it uploading: the next start puts it back in the queue
    assert store.requeue_orphans() == 1
    assert store.get(first.id).status is DeliveryStatus.QUEUED
    store.update(second.id, status=DeliveryStatus.SENT, link="https://x")
    assert [d.id for d in store.unfinished()] == [first.id]
    assert store.sent_to() == {
        "b" * 32: [("Ana", DeliveryStatus.QUEUED), ("Bo", DeliveryStatus.SENT)]
    }
    with pytest.raises(ValueError):
        store.update(first.id, created="now")


def test_upload_state_is_keyed_by_the_files_size_and_mtime(library: Library) -> None:
    states = UploadStateStore(library.db)
    key = UploadKey("d", "shared/x", 100, 5)
    states.save(key, {"upload_id": "u1"})
    assert states.load(key) == {"upload_id": "u1"}
    touched = UploadKey("d", "shared/x", 100, 6)
    assert states.load(touched) is None  # the file changed: never resume its old bytes
    assert states.others(touched) == [(key, {"upload_id": "u1"})]
    states.clear(key)
    assert states.load(key) is None


def test_schema_has_no_column_for_secrets(library: Library) -> None:
    columns = [r[1] for r in library.db.execute("PRAGMA table_info(destinations)").fetchall()]
    assert not [c for c in columns if "secret" in c or "password" in c]
    with pytest.raises(sqlite3.IntegrityError):
        library.db.execute("INSERT INTO recipients(id, name, created) VALUES ('1', NULL, '')")
