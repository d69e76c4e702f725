"""Deliveries keep their failure reason as a template and params, old rows as they were."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from studio.store.database import SCHEMA_VERSION, open_database, schema_version
from studio.store.deliveries import Delivery, DeliveryStatus, DeliveryStore
from tests.fixtures.make_library_fixtures import FAILED_REASON

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
REFUSED = "{host}:{port} refused the connection. Is the server running, and the port right?"


def a_delivery(**changes: Any) -> Delivery:
    return Delivery(
        brief_id="b" * 32,
        recipient_id="r" * 32,
        recipient_name="Ana",
        destination_id="d" * 32,
        bundle_path="media/b/shop.brief.zip",
        bundle_size=10,
        bundle_mtime_ns=1,
        bundle_sha256="0" * 64,
        shared_remote="shop.brief.zip",
        remote="tok/shop.brief.zip",
        **changes,
    )


def test_a_failure_reason_comes_back_as_its_template_and_params(tmp_path: Path) -> None:
    db = open_database(tmp_path / "library.db")
    store = DeliveryStore(db)
    d = a_delivery()
    store.add([d])
    params = {"host": "files.example.com", "port": "22"}
    store.update(d.id, status=DeliveryStatus.FAILED, reason=REFUSED, reason_params=params)

    failed = DeliveryStore(open_database(tmp_path / "library.db")).get(d.id)
    assert (failed.reason, failed.reason_params) == (REFUSED, params)
    assert failed.reason_message == (
        "files.example.com:22 refused the connection. Is the server running, and the port right?"
    )
    # A new reason without params does not inherit the old one's.
    cancelled = store.update(d.id, reason="Cancelled.")
    assert (cancelled.reason, cancelled.reason_params) == ("Cancelled.", {})
    assert db.execute("SELECT reason_params FROM deliveries").fetchone() == ("",)


def test_a_new_delivery_is_stored_with_its_params(tmp_path: Path) -> None:
    store = DeliveryStore(open_database(tmp_path / "library.db"))
    d = a_delivery(
        reason="Unexpected error: {detail}. See the log file.", reason_params={"detail": "é"}
    )
    store.add([d])
    assert store.get(d.id) == d
    assert store.get(d.id).reason_message == "Unexpected error: é. See the log file."


def test_a_broken_template_still_says_something_in_english() -> None:
    broken = a_delivery(reason="Lost {host} at {when}.", reason_params={"host": "h"})
    assert broken.reason_message == "Lost {host} at {when}."


def test_v4_rows_keep_the_english_sentence_they_stored(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "library-v4.db", tmp_path / "library.db")
    db = open_database(tmp_path / "library.db")
    assert schema_version(db) == SCHEMA_VERSION
    ana, bob = DeliveryStore(db).for_brief()
    assert (ana.recipient_name, ana.status, ana.attempts) == ("Ana", DeliveryStatus.FAILED, 1)
    assert (ana.reason, ana.reason_params, ana.reason_message) == (
        FAILED_REASON,
        {},
        FAILED_REASON,
    )
    assert (bob.reason, bob.reason_params, bob.reason_message) == ("Cancelled.", {}, "Cancelled.")
