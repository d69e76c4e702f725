"""The ZIP writer: complete or absent, media stored, text deflated, ZIP64 for big files."""

from __future__ import annotations

import os
import struct
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from studio.bundle.errors import BundleError
from studio.bundle.manifest import MANIFEST_NAME
from studio.bundle.reader import BundleReader
from studio.bundle.writer import BundleWriter, compresses

CREATED = datetime(2025, 3, 1, 12, 30, 15, tzinfo=UTC)


def zip64_extra(info: zipfile.ZipInfo) -> bool:
    extra = info.extra
    while len(extra) >= 4:
        kind, size = struct.unpack("<HH", extra[:4])
        if kind == 0x0001:
            return True
        extra = extra[4 + size :]
    return False


def test_kinds_of_entries() -> None:
    assert compresses("text/html") and compresses("application/json")
    assert compresses("image/svg+xml") and compresses("text/vtt")
    assert not compresses("video/mp4") and not compresses("image/jpeg")
    assert not compresses("application/pdf") and not compresses("application/zip")


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own (tmp_path also holds the test's data dir)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_written_under_a_temporary_name_then_renamed(out: Path) -> None:
    tmp_path = out
    target = tmp_path / "b.brief.zip"
    source = tmp_path / "clip.mp4"
    source.write_bytes(os.urandom(3_000_000))
    with BundleWriter(target, CREATED) as writer:
        writer.add_file("video/brief.mp4", source, "video/mp4")
        writer.add_bytes("brief.md", b"# Title\n" * 100, "text/markdown")
        assert not target.exists()
        assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == [writer.temp.name]
        path = writer.finish(b"{}")
    assert path == target
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.brief.zip", "clip.mp4"]
    with zipfile.ZipFile(target) as zf:
        infos = {i.filename: i for i in zf.infolist()}
        assert list(infos) == ["video/brief.mp4", "brief.md", MANIFEST_NAME]
        assert infos["video/brief.mp4"].compress_type == zipfile.ZIP_STORED
        assert infos["brief.md"].compress_type == zipfile.ZIP_DEFLATED
        assert infos["brief.md"].date_time == (2025, 3, 1, 12, 30, 14)  # DOS time: even seconds
        assert zf.read("video/brief.mp4") == source.read_bytes()
    assert oct(target.stat().st_mode & 0o777) != oct(0o600), "readable like any file"


def test_an_error_leaves_nothing(out: Path) -> None:
    tmp_path = out
    target = tmp_path / "b.brief.zip"
    with pytest.raises(BundleError, match="Cannot write"), BundleWriter(target, CREATED) as writer:
        writer.add_bytes("brief.md", b"x", "text/markdown")
        writer.add_file("video/brief.mp4", tmp_path / "missing.mp4", "video/mp4")
    assert list(tmp_path.iterdir()) == []


def test_zip64_when_a_file_is_over_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 4 GB files are too slow for a unit test: lower zipfile's limit instead (the same code path).
    monkeypatch.setattr(zipfile, "ZIP64_LIMIT", 100_000)
    source = tmp_path / "clip.mp4"
    source.write_bytes(os.urandom(200_000))
    target = tmp_path / "b.brief.zip"
    with BundleWriter(target, CREATED) as writer:
        writer.add_file("video/brief.mp4", source, "video/mp4")
        writer.add_bytes("brief.md", b"small", "text/markdown")
        writer.finish(b"{}")
    with zipfile.ZipFile(target) as zf:
        infos = {i.filename: i for i in zf.infolist()}
        assert zip64_extra(infos["video/brief.mp4"])
        assert zf.read("video/brief.mp4") == source.read_bytes()


def test_reader_reads_a_zip64_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bundle exported with ZIP64 entries verifies (the reader is zipfile's, ZIP64-aware)."""
    from studio.bundle.exporter import ExportOptions, export_bundle
    from studio.store.library import Library
    from tests.unit.bundle.sample import stored_brief

    library = Library.open(tmp_path / "lib")
    try:
        brief = stored_brief(library, {"data.bin": os.urandom(150_000)})
        monkeypatch.setattr(zipfile, "ZIP64_LIMIT", 100_000)
        path = export_bundle(library, brief.id, tmp_path, ExportOptions(include_video=False))
    finally:
        library.close()
    with BundleReader(path) as reader:
        for entry in reader.manifest.files:
            reader.stream(entry)
