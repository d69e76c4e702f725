"""Planning a send: expiry rules, recipients and destination resolved, resends reuse."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from studio.delivery.errors import DeliveryError, Problem
from studio.delivery.sending import link_life, parse_expiry, plan_send, queue_send
from studio.store.deliveries import DeliveryStatus, DeliveryStore
from studio.store.destinations import DestinationKind, DestinationRecord, DestinationStore
from studio.store.library import Library, new_brief
from studio.store.recipients import Recipient, RecipientStore


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3d", timedelta(days=3)),
        ("12h", timedelta(hours=12)),
        (" 90M ", timedelta(minutes=90)),
        ("1w", timedelta(weeks=1)),
    ],
)
def test_parse_expiry(text: str, expected: timedelta) -> None:
    assert parse_expiry(text) == expected


@pytest.mark.parametrize("text", ["", "0d", "3", "3y", "-1d", "three days"])
def test_parse_expiry_refuses(text: str) -> None:
    with pytest.raises(DeliveryError, match="is not a duration"):
        parse_expiry(text)


def test_s3_links_last_7_days_at_most_and_by_default() -> None:
    assert link_life(DestinationKind.S3, None) == timedelta(days=7)
    assert link_life(DestinationKind.S3, timedelta(days=3)) == timedelta(days=3)
    with pytest.raises(DeliveryError, match="7 days at most") as caught:
        link_life(DestinationKind.S3, timedelta(days=8))
    assert caught.value.problem is Problem.CONFIG
    # a folder or a web folder has no expiry: the link lasts until revoked
    assert link_life(DestinationKind.FOLDER, timedelta(days=3)) is None
    assert link_life(DestinationKind.SFTP, None) is None


def test_plan_names_a_shared_upload_and_one_copy_per_recipient(
    data_dir: Path, tmp_path: Path
) -> None:
    bundle = tmp_path / "shop.brief.zip"
    bundle.write_bytes(b"zip" * 1000)
    library = Library.open(data_dir)
    brief = library.create(new_brief("Shop"))
    for name in ("Ana", "Bob"):
        RecipientStore(library.db).add(Recipient(name))
    DestinationStore(library.db, data_dir).add(
        DestinationRecord("S3", DestinationKind.S3, {"bucket": "b"})
    )
    plan = plan_send(library.db, data_dir, brief.id, ["ana", "Bob", "ANA"], "s3", bundle)
    assert [p.recipient.name for p in plan.recipients] == ["Ana", "Bob"]
    assert plan.link_life == timedelta(days=7)
    assert plan.shared_remote == f"shared/{plan.file.sha256[:24]}/shop.brief.zip"
    remotes = [p.remote for p in plan.recipients]
    assert len(set(remotes)) == 2 and all(r.endswith("/shop.brief.zip") for r in remotes)
    first = queue_send(library.db, plan)
    assert [d.status for d in first] == [DeliveryStatus.QUEUED] * 2
    # sending again before it went out keeps the same deliveries (a resume, not a copy)
    again = queue_send(library.db, plan_send(library.db, data_dir, brief.id, ["Bob"], "S3", bundle))
    assert [d.id for d in again] == [first[1].id]
    assert len(DeliveryStore(library.db).for_brief(brief.id)) == 2
    library.close()


def test_plan_without_recipients_or_bundle_says_so(data_dir: Path) -> None:
    library = Library.open(data_dir)
    brief = library.create(new_brief("Shop"))
    RecipientStore(library.db).add(Recipient("Ana"))
    with pytest.raises(DeliveryError, match="at least one recipient"):
        plan_send(library.db, data_dir, brief.id, [])
    with pytest.raises(DeliveryError, match="No bundle of this brief was found"):
        plan_send(library.db, data_dir, brief.id, ["Ana"])
    library.close()
