"""A full destination (a 2 MiB tmpfs) ends in a clear message and a failed row, and never
leaves a half file that looks complete: through a folder and through sshd."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from studio.cli import main
from studio.store.deliveries import DeliveryStatus, DeliveryStore
from studio.store.library import Library
from tests.integration.delivery.conftest import make_bundle, missing
from tests.integration.delivery.servers import Sshd
from tests.integration.delivery.test_sftp import host_fingerprint


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    yield from mount_small_disk(tmp_path / "small")


def mount_small_disk(folder: Path) -> Iterator[Path]:
    folder.mkdir(parents=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        missing(f"cannot mount a small tmpfs (needs root): {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def failed_rows(data_dir: Path, brief_id: str) -> list[tuple[str, DeliveryStatus, str]]:
    library = Library.open(data_dir)
    rows = DeliveryStore(library.db).for_brief(brief_id)
    library.close()
    return [(r.recipient_name, r.status, r.reason_message) for r in rows]


def test_full_folder(
    small_disk: Path,
    brief_id: str,
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bundle = make_bundle(tmp_path / "b.brief.zip", 4 * 1024 * 1024)
    assert main(["destinations", "add", "Small", "--folder", str(small_disk)]) == 0
    assert main(["send", brief_id, "--to", "Ana", "--bundle", str(bundle)]) == 1
    assert "is full (no space left on its drive)" in capsys.readouterr().err
    [(_name, status, reason)] = failed_rows(data_dir, brief_id)
    assert status is DeliveryStatus.FAILED and "is full" in reason
    assert [p for p in small_disk.rglob("*") if p.is_file()] == []  # no partial left behind


def test_full_sftp_folder(
    sshd: Sshd,
    brief_id: str,
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    disk = mount_small_disk(sshd.folder / "small")
    small = next(disk)
    try:
        bundle = make_bundle(tmp_path / "b.brief.zip", 4 * 1024 * 1024)
        code = main(
            [
                "destinations",
                "add",
                "Web",
                "--sftp",
                f"{sshd.user}@127.0.0.1:{sshd.port}",
                "--remote-folder",
                str(small),
                "--key-file",
                str(sshd.client_key),
                "--trust-host-key",
                host_fingerprint(sshd),
            ]
        )
        assert code == 0
        assert main(["send", brief_id, "--to", "Ana", "--bundle", str(bundle)]) == 1
        err = capsys.readouterr().err
        assert "its disk is probably full, or your quota reached" in err
        [(_name, status, reason)] = failed_rows(data_dir, brief_id)
        assert status is DeliveryStatus.FAILED and "probably full" in reason
        assert [p for p in small.rglob("*") if p.is_file()] == []
    finally:
        next(disk, None)
