"""SFTP through a real OpenSSH sshd; links through a real web server over its folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
from dataclasses import replace
from pathlib import Path

import pytest

from studio.bundle.verify import verify_bundle
from studio.cli import main
from studio.delivery.queue import DeliveryQueue, RetryPolicy
from studio.delivery.secrets import SecretStore
from studio.delivery.sending import plan_send, queue_send
from studio.delivery.sftp_connect import WRONG_KEY
from studio.store.deliveries import DeliveryStatus, DeliveryStore
from studio.store.destinations import DestinationStore
from studio.store.library import Library
from tests.integration.delivery.conftest import NAMES, fetch, make_bundle, real_bundle
from tests.integration.delivery.servers import Sshd, WebFolder

MIB = 1024 * 1024


def host_fingerprint(sshd: Sshd) -> str:
    out = subprocess.run(
        ["ssh-keygen", "-l", "-E", "sha256", "-f", str(sshd.host_key.with_suffix(".pub"))],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return out.split()[1]


def add(sshd: Sshd, web: WebFolder | None, *extra: str, key: Path | None = None) -> int:
    argv = [
        "destinations",
        "add",
        "Web",
        "--sftp",
        f"{sshd.user}@127.0.0.1:{sshd.port}",
        "--remote-folder",
        str(sshd.folder),
        "--key-file",
        str(key or sshd.client_key),
    ]
    if web is not None:
        argv += ["--web-url", web.url]
    return main([*argv, *extra])


def deliveries(data_dir: Path, brief_id: str) -> list:  # type: ignore[type-arg]
    library = Library.open(data_dir)
    try:
        return DeliveryStore(library.db).for_brief(brief_id)
    finally:
        library.close()


def test_three_recipients_get_web_links_to_identical_bundles(
    sshd: Sshd,
    web: WebFolder,
    brief_id: str,
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bundle = real_bundle(data_dir, brief_id, tmp_path)
    assert add(sshd, web, "--trust-host-key", host_fingerprint(sshd)) == 0
    assert "can write and delete" in capsys.readouterr().out
    library = Library.open(data_dir)
    record = DestinationStore(library.db, data_dir).find("Web")
    library.close()
    assert record.text("host_key").startswith("ssh-ed25519 ")  # pinned on first connect
    assert record.text("host_key_fingerprint") == host_fingerprint(sshd)
    assert main(["send", brief_id, *[f"--to={n}" for n in NAMES], "--bundle", str(bundle)]) == 0
    links = dict(line.split(": ", 1) for line in capsys.readouterr().out.splitlines())
    assert sorted(links) == sorted(NAMES)
    for name, link in links.items():
        assert link.startswith(web.url + "/")
        fetched = tmp_path / f"{name}.zip"
        fetched.write_bytes(fetch(link))
        assert fetched.read_bytes() == bundle.read_bytes()
        assert verify_bundle(fetched).brief.id == brief_id
    assert list(sshd.folder.rglob("*.part")) == []
    copies = [p for p in sshd.folder.rglob("*.brief.zip")]
    assert len(copies) == 4 and {p.stat().st_nlink for p in copies} == {4}  # hard links
    assert main(["revoke", brief_id, "--to", "Chloé"]) == 0
    with pytest.raises(urllib.error.HTTPError) as gone:
        fetch(links["Chloé"])
    assert gone.value.code == 404
    assert fetch(links["Ana"]) == bundle.read_bytes()


def test_unknown_changed_host_key_and_wrong_key_each_say_so(
    sshd: Sshd,
    brief_id: str,
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bundle = make_bundle(tmp_path / "b.brief.zip", 1000)
    assert add(sshd, None) == 1  # no terminal to confirm on, no --trust-host-key
    err = capsys.readouterr().err
    assert f"The host key of 127.0.0.1 ({host_fingerprint(sshd)}) is not confirmed yet" in err
    assert main(["send", brief_id, "--to", "Ana", "--bundle", str(bundle)]) == 1
    assert "Ana: failed: The host key of 127.0.0.1" in capsys.readouterr().err
    # a server whose key is not the pinned one
    library = Library.open(data_dir)
    store = DestinationStore(library.db, data_dir)
    record = store.find("Web")
    stranger = sshd.other_key.with_suffix(".pub").read_text().split()[:2]
    store.save(replace(record, config={**record.config, "host_key": " ".join(stranger)}))
    library.close()
    assert main(["destinations", "test", "Web"]) == 1
    assert "The host key of 127.0.0.1 changed" in capsys.readouterr().err
    # the right host key, the wrong client key
    main(["destinations", "remove", "Web"])
    code = add(sshd, None, "--trust-host-key", host_fingerprint(sshd), key=sshd.other_key)
    assert code == 1
    assert f"refused the login of “{sshd.user}”: check the user name and key" in (
        capsys.readouterr().err
    )
    assert main(["send", brief_id, "--to", "Bob", "--bundle", str(bundle)]) == 1
    rows = deliveries(data_dir, brief_id)
    assert [(r.recipient_name, r.status) for r in rows] == [
        ("Ana", DeliveryStatus.FAILED),
        ("Bob", DeliveryStatus.FAILED),
    ]
    assert rows[1].reason == WRONG_KEY and rows[1].reason_params["user"] == sshd.user
    assert f"refused the login of “{sshd.user}”" in rows[1].reason_message
    assert list(sshd.folder.rglob("*.brief.zip")) == []


@pytest.mark.slow
def test_killed_mid_upload_the_next_run_resumes_from_the_remote_size(
    sshd: Sshd,
    brief_id: str,
    data_dir: Path,
    tmp_path: Path,
) -> None:
    size = 64 * MIB + 17
    bundle = make_bundle(tmp_path / "big.brief.zip", size)
    assert add(sshd, None, "--trust-host-key", host_fingerprint(sshd), "--no-test") == 0
    child = subprocess.Popen(
        [sys.executable, "-m", "studio", "send", brief_id, "--to", "Ana", "--bundle", str(bundle)],
        env={**os.environ, "BRIEF_STUDIO_HOME": str(data_dir)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while part_size(sshd) < size // 3:
            assert child.poll() is None, "the upload ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.002)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait()
    time.sleep(0.2)  # let the server write what it had received
    held = part_size(sshd)
    assert size // 3 <= held < size
    assert list(sshd.folder.rglob("*.brief.zip")) == []  # only the .part: nothing complete
    assert main(["deliveries", "--run"]) == 0
    [done] = deliveries(data_dir, brief_id)
    assert done.status is DeliveryStatus.SENT, done.reason_message
    assert done.bytes_sent == size - held  # resumed from the server's size, nothing re-sent
    [copy] = [p for p in sshd.folder.rglob("*.brief.zip") if "shared" not in p.parts]
    assert copy.read_bytes() == bundle.read_bytes()


def part_size(sshd: Sshd) -> int:
    parts = list(sshd.folder.rglob("*.part"))
    return parts[0].stat().st_size if parts else 0


@pytest.mark.slow
def test_server_gone_mid_upload_then_back_the_delivery_finishes_by_itself(
    sshd: Sshd,
    brief_id: str,
    data_dir: Path,
    tmp_path: Path,
) -> None:
    size = 48 * MIB + 3
    bundle = make_bundle(tmp_path / "b.brief.zip", size)
    assert add(sshd, None, "--trust-host-key", host_fingerprint(sshd), "--no-test") == 0
    library = Library.open(data_dir)
    [delivery] = queue_send(
        library.db, plan_send(library.db, data_dir, brief_id, ["Ana"], "Web", bundle)
    )
    library.close()
    cut = threading.Event()

    def outage(delivery_id: str, done: int, total: int) -> None:
        if done >= total // 3 and not cut.is_set():
            cut.set()
            # Stopped here, before the upload goes on: at loopback speed the rest of the
            # file would otherwise be sent before a stop from another thread lands.
            sshd.stop()  # the listener and the session serving us, killed

            def restart() -> None:
                time.sleep(1.0)
                sshd.start()

            threading.Thread(target=restart, daemon=True).start()

    reasons: list[str] = []
    queue = DeliveryQueue(
        data_dir,
        SecretStore(),
        retry=RetryPolicy(first=0.3, cap=1.0, max_attempts=30),
        on_progress=outage,
        progress_every=0.0,  # every block: the whole file may take less than 0.25 s here
        on_change=lambda d: reasons.append(d.reason_message),
    )
    with queue:
        queue.wake()
        [done] = queue.wait([delivery.id], timeout=120)
    assert cut.is_set()
    assert done.status is DeliveryStatus.SENT, done.reason_message
    assert any(r for r in reasons)  # a retry happened, with its reason shown meanwhile
    assert done.bytes_sent < size  # resumed, not restarted
    [copy] = [p for p in sshd.folder.rglob("*.brief.zip") if "shared" not in p.parts]
    assert copy.read_bytes() == bundle.read_bytes()
