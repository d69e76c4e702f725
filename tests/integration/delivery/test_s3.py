"""S3 through moto's server and real boto3; every link fetched with a real HTTP GET."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from studio.bundle.verify import verify_bundle
from studio.cli import main
from studio.delivery.errors import DeliveryError, Problem
from studio.delivery.queue import DeliveryQueue, RetryPolicy
from studio.delivery.s3 import S3Destination, S3Settings
from studio.delivery.s3_plan import MIB
from studio.delivery.secrets import SecretStore
from studio.delivery.sending import plan_send, queue_send
from studio.store.deliveries import DeliveryStatus, DeliveryStore
from studio.store.destinations import DestinationStore
from studio.store.library import Library
from tests.integration.delivery.conftest import NAMES, fetch, make_bundle, real_bundle
from tests.integration.delivery.servers import MotoS3, TcpProxy

SECRET_ENV = "BRIEF_STUDIO_TEST_S3_SECRET"


def add_destination(
    endpoint: str, bucket: str, monkeypatch: pytest.MonkeyPatch, name: str = "S3"
) -> None:
    monkeypatch.setenv(SECRET_ENV, "testing")
    code = main(
        [
            "destinations",
            "add",
            name,
            "--s3",
            bucket,
            "--endpoint",
            endpoint,
            "--access-key-id",
            "testing",
            "--secret-env",
            SECRET_ENV,
            "--no-test",
        ]
    )
    assert code == 0


def links_of(out: str) -> dict[str, str]:
    return dict(line.split(": ", 1)[0:2] for line in out.splitlines())  # type: ignore[misc]


def test_three_recipients_each_fetch_an_identical_bundle_that_verifies(
    moto: MotoS3,
    bucket: str,
    brief_id: str,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bundle = real_bundle(data_dir, brief_id, tmp_path)
    add_destination(moto.endpoint, bucket, monkeypatch)
    assert main(["destinations", "test", "S3"]) == 0
    capsys.readouterr()
    assert (
        main(
            [
                "send",
                brief_id,
                *[f"--to={n}" for n in NAMES],
                "--expires",
                "3d",
                "--bundle",
                str(bundle),
            ]
        )
        == 0
    )
    links = {k: v.split("  (expires")[0] for k, v in links_of(capsys.readouterr().out).items()}
    assert sorted(links) == sorted(NAMES)
    for name, link in links.items():
        query = parse_qs(urlsplit(link).query)
        assert query["X-Amz-Algorithm"] == ["AWS4-HMAC-SHA256"]  # SigV4 (R2, B2)
        assert query["X-Amz-Expires"] == [str(3 * 24 * 3600)]
        fetched = tmp_path / f"{name}.brief.zip"
        fetched.write_bytes(fetch(link))
        assert fetched.read_bytes() == bundle.read_bytes()
        assert verify_bundle(fetched).brief.id == brief_id
    client = moto.client()
    keys = [o["Key"] for o in client.list_objects_v2(Bucket=bucket)["Contents"]]  # type: ignore[attr-defined]
    assert len(keys) == 4 and sum(k.startswith("shared/") for k in keys) == 1
    assert client.list_multipart_uploads(Bucket=bucket).get("Uploads", []) == []  # type: ignore[attr-defined]
    # revoking Bob: his link stops working, the others' still work
    assert main(["revoke", brief_id, "--to", "Bob"]) == 0
    with pytest.raises(urllib.error.HTTPError) as gone:
        fetch(links["Bob"])
    assert gone.value.code in (403, 404)  # S3 says 403 when the key is gone
    assert fetch(links["Ana"]) == bundle.read_bytes()


def test_a_multipart_upload_is_checked_and_resumes_from_list_parts(
    moto: MotoS3, bucket: str, tmp_path: Path
) -> None:
    from studio.core.cancel import CancelledError, CancelToken
    from studio.delivery.bundle_file import fingerprint
    from studio.delivery.destination import MemoryResumeState

    file = fingerprint(make_bundle(tmp_path / "b.brief.zip", 20 * MIB + 5))
    dest = S3Destination(S3Settings(bucket, "testing", "testing", moto.endpoint, concurrency=1))
    state, token = MemoryResumeState(), CancelToken()

    def stop_after_two_parts(done: int, total: int) -> None:
        if done >= 16 * MIB:
            token.cancel()

    with pytest.raises(CancelledError):
        dest.upload(file, "shared/b.brief.zip", stop_after_two_parts, token, state)
    assert dest.exists("shared/b.brief.zip") is None  # nothing visible before completion
    assert state.load() is not None and state.load()["part_size"] == 8 * MIB  # type: ignore[index]
    result = dest.upload(file, "shared/b.brief.zip", lambda d, t: None, CancelToken(), state)
    assert (result.bytes_reused, result.bytes_sent) == (16 * MIB, file.size - 16 * MIB)
    assert dest.exists("shared/b.brief.zip") == file.size and state.load() is None
    head = moto.client().head_object(Bucket=bucket, Key="shared/b.brief.zip")  # type: ignore[attr-defined]
    assert head["Metadata"] == {"sha256": file.sha256} and head["ETag"].endswith('-3"')


def test_connection_test_says_exactly_what_is_wrong(
    moto: MotoS3, bucket: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def problem(settings: S3Settings) -> DeliveryError:
        with pytest.raises(DeliveryError) as caught:
            S3Destination(settings).check()
        return caught.value

    missing = problem(S3Settings("no-such-bucket", "testing", "testing", moto.endpoint))
    assert missing.problem is Problem.MISSING and "no bucket named “no-such-bucket”" in str(missing)
    closed = problem(S3Settings(bucket, "k", "s", "http://127.0.0.1:9"))
    assert closed.problem is Problem.REFUSED and closed.transient
    from moto import settings

    monkeypatch.setattr(settings, "INITIAL_NO_AUTH_ACTION_COUNT", 0)  # moto checks keys now
    wrong = problem(S3Settings(bucket, "AKIAWRONGWRONGWRONG1", "nope", moto.endpoint))
    assert wrong.problem is Problem.CREDENTIALS and not wrong.transient
    assert "Check the access key id and the secret key" in str(wrong)


def test_wrong_credentials_and_missing_bucket_end_in_a_failed_row(
    moto: MotoS3,
    bucket: str,
    brief_id: str,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bundle = make_bundle(tmp_path / "b.brief.zip", 1000)
    add_destination(moto.endpoint, "no-such-bucket", monkeypatch, "Gone")
    assert (
        main(["send", brief_id, "--to", "Ana", "--destination", "Gone", "--bundle", str(bundle)])
        == 1
    )
    assert "Ana: failed: There is no bucket named “no-such-bucket”" in capsys.readouterr().err
    add_destination(moto.endpoint, bucket, monkeypatch, "Locked")
    from moto import settings

    monkeypatch.setattr(settings, "INITIAL_NO_AUTH_ACTION_COUNT", 0)
    assert (
        main(["send", brief_id, "--to", "Bob", "--destination", "Locked", "--bundle", str(bundle)])
        == 1
    )
    assert "refused the access key (InvalidAccessKeyId)" in capsys.readouterr().err
    library = Library.open(data_dir)
    rows = DeliveryStore(library.db).for_brief(brief_id)
    library.close()
    assert [(r.recipient_name, r.status, r.attempts) for r in rows] == [
        ("Ana", DeliveryStatus.FAILED, 1),
        ("Bob", DeliveryStatus.FAILED, 1),
    ]


@pytest.mark.slow
def test_killed_mid_upload_the_next_run_sends_only_the_missing_parts(
    moto: MotoS3,
    bucket: str,
    brief_id: str,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    size = 12 * 8 * MIB + 1234
    bundle = make_bundle(tmp_path / "big.brief.zip", size)
    add_destination(moto.endpoint, bucket, monkeypatch)
    one_part_at_a_time(data_dir)
    env = {**os.environ, "BRIEF_STUDIO_HOME": str(data_dir), SECRET_ENV: "testing"}
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "studio",
            "send",
            brief_id,
            "--to",
            "Ana",
            "--bundle",
            str(bundle),
            "--secret-env",
            SECRET_ENV,
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    client = moto.client()
    try:
        deadline = time.monotonic() + 60
        while len(parts_held(client, bucket)) < 2:
            assert child.poll() is None, "the upload ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.005)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait()
    held = len(parts_held(client, bucket))
    assert 2 <= held < 12
    capsys.readouterr()
    assert main(["deliveries", "--run", "--secret-env", SECRET_ENV]) == 0
    library = Library.open(data_dir)
    [done] = DeliveryStore(library.db).for_brief(brief_id)
    library.close()
    assert done.status is DeliveryStatus.SENT
    assert done.bytes_sent <= size - held * 8 * MIB  # no completed part was sent again
    assert fetch(done.link) == bundle.read_bytes()


def one_part_at_a_time(data_dir: Path) -> None:
    """Sequential parts make the kill point predictable (the default sends 4 at once)."""
    from dataclasses import replace

    library = Library.open(data_dir)
    store = DestinationStore(library.db, data_dir)
    record = store.find("S3")
    store.save(replace(record, config={**record.config, "concurrency": 1}))
    library.close()


def parts_held(client: object, bucket: str) -> list[object]:
    uploads = client.list_multipart_uploads(Bucket=bucket).get("Uploads", [])  # type: ignore[attr-defined]
    if not uploads:
        return []
    upload = uploads[0]
    answer = client.list_parts(Bucket=bucket, Key=upload["Key"], UploadId=upload["UploadId"])  # type: ignore[attr-defined]
    return list(answer.get("Parts", []))


@pytest.mark.slow
def test_server_gone_mid_upload_then_back_the_delivery_finishes_by_itself(
    moto: MotoS3,
    bucket: str,
    brief_id: str,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    size = 6 * 8 * MIB + 99
    bundle = make_bundle(tmp_path / "b.brief.zip", size)
    proxy = TcpProxy(moto.port)
    add_destination(f"http://127.0.0.1:{proxy.port}", bucket, monkeypatch)
    one_part_at_a_time(data_dir)
    library = Library.open(data_dir)
    [delivery] = queue_send(
        library.db, plan_send(library.db, data_dir, brief_id, ["Ana"], "S3", bundle)
    )
    library.close()
    cut = threading.Event()
    seen_while_down: list[int | None] = []

    def outage(delivery_id: str, done: int, total: int) -> None:
        if done >= 2 * 8 * MIB and not cut.is_set():
            cut.set()
            proxy.stop()

            def back() -> None:
                time.sleep(1.0)
                probe = S3Destination(S3Settings(bucket, "t", "t", moto.endpoint))
                seen_while_down.append(probe.exists(delivery.shared_remote))
                proxy.start()

            threading.Thread(target=back, daemon=True).start()

    reasons: list[str] = []
    queue = DeliveryQueue(
        data_dir,
        SecretStore(ask=lambda name, why: "testing"),
        retry=RetryPolicy(first=0.3, cap=1.0, max_attempts=30),
        on_progress=outage,
        progress_every=0.0,  # every part: with throttled progress it may end before a cut
        on_change=lambda d: reasons.append(d.reason_message),
    )
    try:
        with queue:
            queue.wake()
            [done] = queue.wait([delivery.id], timeout=120)
    finally:
        proxy.stop()
    assert cut.is_set() and seen_while_down == [None]  # nothing visible while incomplete
    assert done.status is DeliveryStatus.SENT, done.reason_message
    assert any("connection" in r or "refused" in r for r in reasons)  # it did retry
    assert done.bytes_sent < size  # and resumed instead of starting over
    assert fetch(done.link.replace(str(proxy.port), str(moto.port))) == bundle.read_bytes()
