"""The queue: sends, retries with backoff, pauses, cancels, resumes after a restart."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from keyring.backends import fail

from studio.core.cancel import CancelToken
from studio.delivery import queue as delivery_queue
from studio.delivery import transfer
from studio.delivery.destination import Link, LocalFile, Progress, ResumeState, UploadResult
from studio.delivery.errors import REFUSED, DeliveryError, Problem
from studio.delivery.lock import QueueBusyError
from studio.delivery.queue import DeliveryQueue, RetryPolicy
from studio.delivery.secrets import SecretStore
from studio.delivery.sending import plan_send, queue_send
from studio.store.deliveries import DeliveryStatus, DeliveryStore
from studio.store.destinations import DestinationKind, DestinationRecord, DestinationStore
from studio.store.library import Library, new_brief
from studio.store.recipients import Recipient, RecipientStore

FAST = RetryPolicy(first=0.01, cap=0.05, max_attempts=3)
NAMES = ["Ana", "Bob", "Chloé"]


@pytest.fixture
def setup(data_dir: Path, tmp_path: Path) -> Iterator[tuple[Library, str, Path]]:
    library = Library.open(data_dir)
    brief = library.create(new_brief("Shop"))
    for name in NAMES:
        RecipientStore(library.db).add(Recipient(name))
    bundle = tmp_path / "shop.brief.zip"
    bundle.write_bytes(os.urandom(300_000))
    yield library, brief.id, bundle
    library.close()


def send(
    library: Library,
    data_dir: Path,
    brief_id: str,
    bundle: Path,
    names: list[str],
    destination: str | None = None,
) -> list[str]:
    plan = plan_send(library.db, data_dir, brief_id, names, destination, bundle)
    return [d.id for d in queue_send(library.db, plan)]


def until(condition: Callable[[], bool], timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def queue(data_dir: Path, **options: Any) -> DeliveryQueue:
    return DeliveryQueue(data_dir, SecretStore(backend=fail.Keyring()), retry=FAST, **options)


def test_three_recipients_through_a_folder(
    setup: tuple[Library, str, Path], data_dir: Path
) -> None:
    library, brief_id, bundle = setup
    ids = send(library, data_dir, brief_id, bundle, NAMES)
    changes: list[tuple[str, str]] = []
    with queue(data_dir, on_change=lambda d: changes.append((d.recipient_name, d.status))) as q:
        q.wake()
        done = q.wait(ids, timeout=30)
    assert [d.status for d in done] == [DeliveryStatus.SENT] * 3
    assert len({d.link for d in done}) == 3
    for d in done:
        assert Path(d.link.removeprefix("file://")).read_bytes() == bundle.read_bytes()
    # uploaded once, then copied for the others
    assert [d.bytes_sent for d in done] == [bundle.stat().st_size, 0, 0]
    assert ("Ana", DeliveryStatus.UPLOADING) in changes and ("Chloé", "sent") in changes
    assert DeliveryStore(library.db).sent_to()[brief_id] == [
        (n, DeliveryStatus.SENT) for n in NAMES
    ]


class FakeDestination:
    """Controllable: fails the first `failures` uploads, or blocks until released."""

    max_link_life = None

    def __init__(self, failures: list[Exception] | None = None, block: bool = False) -> None:
        self.failures = failures or []
        self.block = block
        self.release = threading.Event()
        self.started = threading.Event()
        self.files: dict[str, int] = {}
        self.aborted: list[str] = []
        self.states: list[dict[str, Any] | None] = []

    def check(self) -> str:
        return "ok"

    def exists(self, remote: str) -> int | None:
        return self.files.get(remote)

    def upload(
        self,
        file: LocalFile,
        remote: str,
        progress: Progress,
        cancel: CancelToken,
        resume_state: ResumeState,
    ) -> UploadResult:
        self.states.append(resume_state.load())
        resume_state.save({"started": True})
        if self.failures:
            raise self.failures.pop(0)
        self.started.set()
        while self.block and not self.release.wait(0.01):
            progress(file.size // 2, file.size)
            cancel.check()
        self.files[remote] = file.size
        resume_state.clear()
        return UploadResult(file.size, 0)

    def abort(self, remote: str, resume_state: ResumeState) -> None:
        self.aborted.append(remote)
        resume_state.clear()

    def copy(self, source: str, remote: str) -> None:
        self.files[remote] = self.files[source]

    def share_link(self, remote: str, expires: timedelta | None) -> Link:
        return Link(f"fake://{remote}", None)

    def delete(self, remote: str) -> None:
        self.files.pop(remote, None)

    def close(self) -> None:
        pass


@pytest.fixture
def fake(
    monkeypatch: pytest.MonkeyPatch, setup: tuple[Library, str, Path], data_dir: Path
) -> FakeDestination:
    destination = FakeDestination()
    DestinationStore(setup[0].db, data_dir).add(
        DestinationRecord("Fake", DestinationKind.FOLDER, {"path": "/nowhere"}, is_default=True)
    )
    monkeypatch.setattr(transfer, "open_destination", lambda *args: destination)
    monkeypatch.setattr(delivery_queue, "open_destination", lambda *args: destination)
    return destination


def refused() -> DeliveryError:
    return DeliveryError(Problem.REFUSED, REFUSED, host="h", port=1)


def test_transient_problems_are_retried_then_sent(
    setup: tuple[Library, str, Path], data_dir: Path, fake: FakeDestination
) -> None:
    library, brief_id, bundle = setup
    fake.failures = [refused(), refused()]
    [delivery_id] = send(library, data_dir, brief_id, bundle, ["Ana"])
    with queue(data_dir) as q:
        q.wake()
        [done] = q.wait([delivery_id], timeout=30)
    assert done.status is DeliveryStatus.SENT and done.reason == "" and done.attempts == 0
    assert fake.states == [None, {"started": True}, {"started": True}]  # resumed each time


def test_giving_up_fails_with_the_reason_and_aborts_the_upload(
    setup: tuple[Library, str, Path], data_dir: Path, fake: FakeDestination
) -> None:
    library, brief_id, bundle = setup
    fake.failures = [refused()] * 5
    [delivery_id] = send(library, data_dir, brief_id, bundle, ["Ana"])
    with queue(data_dir) as q:
        q.wake()
        [done] = q.wait([delivery_id], timeout=30)
    assert done.status is DeliveryStatus.FAILED and done.attempts == FAST.max_attempts
    assert (done.reason, done.reason_params) == (REFUSED, {"host": "h", "port": "1"})
    assert "refused the connection" in done.reason_message
    assert fake.aborted == [done.shared_remote]


@pytest.mark.parametrize(
    ("failure", "attempts", "reason", "params", "message"),
    [
        (
            DeliveryError(Problem.CREDENTIALS, "Wrong key for {x}.", x="b"),
            1,
            "Wrong key for {x}.",
            {"x": "b"},
            "Wrong key for b.",
        ),
        (
            RuntimeError("disk on fire"),
            0,
            delivery_queue.UNEXPECTED,
            {"detail": "RuntimeError: disk on fire"},
            "Unexpected error: RuntimeError: disk on fire. See the log file.",
        ),
    ],
)
def test_a_permanent_problem_fails_at_once_with_its_template_and_params(
    setup: tuple[Library, str, Path],
    data_dir: Path,
    fake: FakeDestination,
    failure: Exception,
    attempts: int,
    reason: str,
    params: dict[str, str],
    message: str,
) -> None:
    library, brief_id, bundle = setup
    fake.failures = [failure]
    [delivery_id] = send(library, data_dir, brief_id, bundle, ["Ana"])
    with queue(data_dir) as q:
        q.wake()
        q.wait([delivery_id], timeout=30)
    # Stored as the template and its params: the UI says it in its own language.
    done = DeliveryStore(library.db).get(delivery_id)
    assert (done.status, done.attempts) == (DeliveryStatus.FAILED, attempts)
    assert (done.reason, done.reason_params, done.reason_message) == (reason, params, message)


def test_pause_resume_and_cancel_a_running_upload(
    setup: tuple[Library, str, Path], data_dir: Path, fake: FakeDestination
) -> None:
    library, brief_id, bundle = setup
    fake.block = True
    ana, bob = send(library, data_dir, brief_id, bundle, ["Ana", "Bob"])
    with queue(data_dir) as q:
        q.wake()
        assert fake.started.wait(10)
        q.pause(ana)
        [paused] = q.wait([ana], timeout=10)
        assert (paused.status, paused.paused) == (DeliveryStatus.QUEUED, True)
        assert paused.percent == 50  # progress kept
        assert until(lambda: q.deliveries()[1].status is DeliveryStatus.UPLOADING)  # Bob's turn
        q.cancel(bob)
        [cancelled] = q.wait([bob], timeout=10)
        assert (cancelled.status, cancelled.reason) == (DeliveryStatus.FAILED, "Cancelled.")
        assert fake.aborted == []  # Ana still needs the shared upload
        fake.block = False
        q.resume(ana)
        [sent] = q.wait([ana], timeout=10)
    assert sent.status is DeliveryStatus.SENT and fake.states[-1] == {"started": True}


def test_stopping_keeps_the_upload_for_the_next_start(
    setup: tuple[Library, str, Path], data_dir: Path, fake: FakeDestination
) -> None:
    library, brief_id, bundle = setup
    fake.block = True
    [ana] = send(library, data_dir, brief_id, bundle, ["Ana"])
    first = queue(data_dir)
    first.start()
    first.wake()
    assert fake.started.wait(10)
    first.stop()
    store = DeliveryStore(library.db)
    assert store.get(ana).status is DeliveryStatus.QUEUED
    # a crash (kill -9) leaves the row uploading: the next start resumes it too
    store.update(ana, status=DeliveryStatus.UPLOADING)
    fake.block = False
    with queue(data_dir) as q:
        [done] = q.wait([ana], timeout=10)
    assert done.status is DeliveryStatus.SENT and fake.states[-1] == {"started": True}


def test_offline_waits_and_online_goes_on(
    setup: tuple[Library, str, Path], data_dir: Path, fake: FakeDestination
) -> None:
    library, brief_id, bundle = setup
    [ana] = send(library, data_dir, brief_id, bundle, ["Ana"])
    q = queue(data_dir)
    q.set_online(False)  # before it starts: a running queue could take the delivery first
    with q:
        q.wake()
        [waiting] = q.wait([ana], timeout=0.3)
        assert waiting.status is DeliveryStatus.QUEUED
        q.set_online(True)
        [done] = q.wait([ana], timeout=10)
    assert done.status is DeliveryStatus.SENT


def test_revoke_one_recipient_leaves_the_others(
    setup: tuple[Library, str, Path], data_dir: Path, fake: FakeDestination
) -> None:
    library, brief_id, bundle = setup
    ids = send(library, data_dir, brief_id, bundle, NAMES)
    with queue(data_dir) as q:
        q.wake()
        sent = q.wait(ids, timeout=10)
        revoked = q.revoke(ids[1])
    assert revoked.status is DeliveryStatus.REVOKED and revoked.revoked_at is not None
    assert sent[1].remote not in fake.files
    assert sent[0].remote in fake.files and sent[2].remote in fake.files


def test_one_queue_per_data_dir(data_dir: Path) -> None:
    with queue(data_dir), pytest.raises(QueueBusyError, match="Another Brief Studio"):
        queue(data_dir).start()
    with queue(data_dir):  # released on stop
        pass


def test_backoff_grows_exponentially_with_jitter_and_a_cap() -> None:
    policy = RetryPolicy(first=2, cap=60)
    assert [policy.delay(n, rand=lambda: 1.0) for n in (1, 2, 3, 4)] == [2, 4, 8, 16]
    assert [policy.delay(n, rand=lambda: 0.0) for n in (1, 2, 3)] == [1, 2, 4]
    assert policy.delay(30, rand=lambda: 1.0) == 60


def test_cancel_wins_over_the_error_it_causes(
    setup: tuple[Library, str, Path], data_dir: Path, fake: FakeDestination
) -> None:
    """Cancelling while connecting may fail the connection (a network error): the delivery
    is cancelled all the same, not put back to wait for a retry."""
    library, brief_id, bundle = setup

    def upload(file: LocalFile, remote: str, progress: Progress, cancel: CancelToken, *_: Any):
        fake.started.set()
        cancel.wait(10)
        raise refused()

    fake.upload = upload  # type: ignore[method-assign]
    [ana] = send(library, data_dir, brief_id, bundle, ["Ana"])
    with queue(data_dir) as q:
        q.wake()
        assert fake.started.wait(10)
        q.cancel(ana)
        [cancelled] = q.wait([ana], timeout=10)
    assert (cancelled.status, cancelled.reason) == (DeliveryStatus.FAILED, "Cancelled.")
    assert cancelled.next_try is None
