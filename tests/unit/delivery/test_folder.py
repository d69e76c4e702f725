"""The folder destination: staged copy, resume from the staged size, checked, renamed."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest

from studio.core.cancel import CancelledError, CancelToken
from studio.delivery.bundle_file import fingerprint
from studio.delivery.destination import MemoryResumeState, no_progress
from studio.delivery.errors import DeliveryError, Problem
from studio.delivery.folder import CHUNK, DAMAGED_COPY, FolderDestination


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    path = tmp_path / "shop.brief.zip"
    path.write_bytes(os.urandom(3 * CHUNK + 123))
    return path


def test_upload_copy_link_delete(tmp_path: Path, bundle: Path) -> None:
    root = tmp_path / "share"
    root.mkdir()
    dest = FolderDestination(root)
    assert "Can write" in dest.check()
    file = fingerprint(bundle)
    seen: list[tuple[int, int]] = []
    result = dest.upload(
        file,
        "shared/x/shop.brief.zip",
        lambda d, t: seen.append((d, t)),
        CancelToken(),
        MemoryResumeState(),
    )
    assert result.bytes_sent == file.size and result.bytes_reused == 0
    assert seen[-1] == (file.size, file.size)
    assert dest.exists("shared/x/shop.brief.zip") == file.size
    dest.copy("shared/x/shop.brief.zip", "tok/shop.brief.zip")
    link = dest.share_link("tok/shop.brief.zip", timedelta(days=3))
    assert link.expires is None and link.url.startswith("file://")
    assert (root / "tok" / "shop.brief.zip").read_bytes() == bundle.read_bytes()
    dest.delete("tok/shop.brief.zip")
    assert not (root / "tok").exists()
    assert dest.exists("tok/shop.brief.zip") is None
    assert sorted(p.name for p in root.rglob("*")) == ["shared", "shop.brief.zip", "x"]


def test_cancel_keeps_the_staged_part_and_the_next_run_resumes_it(
    tmp_path: Path, bundle: Path
) -> None:
    root = tmp_path / "share"
    root.mkdir()
    dest, file, state = FolderDestination(root), fingerprint(bundle), MemoryResumeState()
    token = CancelToken()

    def cancel_after_two_chunks(done: int, total: int) -> None:
        if done >= 2 * CHUNK:
            token.cancel()

    with pytest.raises(CancelledError):
        dest.upload(file, "a/shop.brief.zip", cancel_after_two_chunks, token, state)
    staged = root / "a" / ".shop.brief.zip.partial"
    assert staged.stat().st_size == 2 * CHUNK
    assert dest.exists("a/shop.brief.zip") is None  # nothing half-visible
    result = dest.upload(file, "a/shop.brief.zip", no_progress, CancelToken(), state)
    assert (result.bytes_reused, result.bytes_sent) == (2 * CHUNK, file.size - 2 * CHUNK)
    assert (root / "a" / "shop.brief.zip").read_bytes() == bundle.read_bytes()
    assert not staged.exists() and state.load() is None


def test_a_staged_part_of_another_version_is_not_trusted(tmp_path: Path, bundle: Path) -> None:
    root = tmp_path / "share"
    (root / "a").mkdir(parents=True)
    (root / "a" / ".shop.brief.zip.partial").write_bytes(b"garbage" * 1000)
    dest = FolderDestination(root)
    result = dest.upload(
        fingerprint(bundle), "a/shop.brief.zip", no_progress, CancelToken(), MemoryResumeState()
    )
    assert result.bytes_reused == 0
    assert (root / "a" / "shop.brief.zip").read_bytes() == bundle.read_bytes()


def test_a_corrupt_resume_is_caught_by_the_checksum(tmp_path: Path, bundle: Path) -> None:
    root = tmp_path / "share"
    (root / "a").mkdir(parents=True)
    (root / "a" / ".shop.brief.zip.partial").write_bytes(b"\0" * CHUNK)  # wrong bytes
    dest = FolderDestination(root)
    state = MemoryResumeState({"staging": ".shop.brief.zip.partial"})
    with pytest.raises(DeliveryError, match="does not match the bundle") as caught:
        dest.upload(fingerprint(bundle), "a/shop.brief.zip", no_progress, CancelToken(), state)
    assert (caught.value.problem, caught.value.template) == (Problem.VERIFY, DAMAGED_COPY)
    assert list((root / "a").iterdir()) == []


def test_missing_folder_is_said(tmp_path: Path) -> None:
    with pytest.raises(DeliveryError, match="does not exist") as caught:
        FolderDestination(tmp_path / "nope").check()
    assert caught.value.problem is Problem.MISSING and not caught.value.transient


def test_remote_names_stay_inside_the_folder(tmp_path: Path) -> None:
    dest = FolderDestination(tmp_path)
    for bad in ("../x", "/etc/passwd", "a/../../x", ""):
        with pytest.raises(ValueError):
            dest.exists(bad)
