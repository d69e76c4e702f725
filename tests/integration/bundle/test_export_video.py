"""Bundles with a real take: presets, faststart, chapters, poster, PDF text, import, round trip."""

from __future__ import annotations

import hashlib
import subprocess
import threading
import zipfile
from pathlib import Path

import pytest

from studio.bundle.chapters import webvtt
from studio.bundle.exporter import ExportOptions, export_bundle, plan_export, run_export
from studio.bundle.importer import import_bundle
from studio.bundle.manifest import MANIFEST_NAME, manifest_from_json
from studio.bundle.verify import verify_bundle
from studio.core.cancel import CancelledError, CancelToken
from studio.core.take import Chapter
from studio.media.export import Preset, moov_before_mdat, small_bitrates
from studio.media.probe import probe
from studio.store.library import Library
from tests.integration.bundle.conftest import add_take, make_clip
from tests.unit.bundle.sample import MILESTONES, TITLE, TOTAL, require, stored_brief, tree

FILES = {"brand.pdf": b"%PDF-1.4 brand book\n" * 500, "notes.txt": b"Read me first.\n"}
KEPT = (
    Chapter("Summary", 0.0),
    Chapter("Planning", 1.5),
    Chapter("Cost estimate", 3.5),
    Chapter("Expected results", 5.5),
)


def unpack(bundle: Path, folder: Path) -> Path:
    with zipfile.ZipFile(bundle) as zf:
        zf.extractall(folder)
    return folder


def digests(bundle: Path) -> dict[str, str]:
    with zipfile.ZipFile(bundle) as zf:
        manifest = manifest_from_json(zf.read(MANIFEST_NAME), bundle.name)
    return {f.path: f.sha256 for f in manifest.files}


@pytest.mark.slow
def test_trimmed_take_exports_verifies_and_reads_right(
    library: Library, clip: Path, tmp_path: Path
) -> None:
    brief = stored_brief(library, FILES)
    take = add_take(library, brief, clip, trim_start=0.5, trim_end=7.5)
    out = tmp_path / "out"
    out.mkdir()
    bundle = export_bundle(library, brief.id, out)
    report = verify_bundle(bundle)
    assert report.has_video and report.brief.id == brief.id
    files = unpack(bundle, tmp_path / "unpacked")
    with zipfile.ZipFile(bundle) as zf:
        manifest = manifest_from_json(zf.read(MANIFEST_NAME), bundle.name)
        assert {i.filename for i in zf.infolist()} == {f.path for f in manifest.files} | {
            MANIFEST_NAME
        }
        assert zf.getinfo("video/brief.mp4").compress_type == zipfile.ZIP_STORED
    for entry in manifest.files:
        data = (files / entry.path).read_bytes()
        assert (len(data), hashlib.sha256(data).hexdigest()) == (entry.size, entry.sha256)

    video = files / "video" / "brief.mp4"
    assert moov_before_mdat(video), "faststart: the index comes before the media"
    assert not moov_before_mdat(library.data_dir / take.path), "(the take itself was not)"
    info = probe(video)
    assert (info.video_codec, info.audio_codec) == ("h264", "aac")
    assert info.duration == pytest.approx(7.0, abs=0.15)
    assert [c.title for c in info.chapters] == [c.title for c in KEPT]
    assert [c.start for c in info.chapters] == pytest.approx([c.start for c in KEPT], abs=0.01)
    assert manifest.video is not None
    assert manifest.video.chapters == KEPT and manifest.video.poster_time == 2.5
    assert (files / "video" / "chapters.vtt").read_text() == webvtt(KEPT, 7.0)
    assert (files / "video" / "poster.jpg").read_bytes()[:3] == b"\xff\xd8\xff"

    text = subprocess.run(
        [require("pdftotext"), str(files / "brief.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    flat = " ".join(text.split())
    assert TITLE in flat and TOTAL in flat and all(m in flat for m in MILESTONES)
    assert b"index.html#t=1.5" in (files / "brief.pdf").read_bytes()
    assert "brief.md" in manifest.entry("brief.md").path  # type: ignore[union-attr]
    assert [p.name for p in out.iterdir()] == [bundle.name], "no work folder left"


@pytest.mark.slow
def test_round_trip_keeps_brief_and_media(library: Library, clip: Path, tmp_path: Path) -> None:
    brief = stored_brief(library, FILES)
    add_take(library, brief, clip, trim_start=0.5, trim_end=7.5)
    first = export_bundle(library, brief.id, tmp_path / "first.brief.zip")
    other = Library.open(tmp_path / "other")
    try:
        imported = import_bundle(other, first)
        assert imported == brief == other.get(brief.id)
        (take,) = other.takes.for_brief(brief.id)
        assert take.picked and take.chapters == KEPT and take.trim_start == 0.0
        assert take.duration == pytest.approx(7.0) and take.poster_time == 2.5
        assert (other.data_dir / take.path).is_file()
        plan = plan_export(other, brief.id, tmp_path / "second.brief.zip")
        assert plan.video is not None and plan.video.copy_as_is, "no ffmpeg the second time"
        second = run_export(plan)
    finally:
        other.close()
    with zipfile.ZipFile(first) as one, zipfile.ZipFile(second) as two:
        assert one.read("brief.json") == two.read("brief.json")
    before, after = digests(first), digests(second)
    media = [p for p in before if p.startswith(("video/", "attachments/"))]
    assert len(media) == 5
    assert {p: before[p] for p in media} == {p: after[p] for p in media}


@pytest.mark.slow
def test_presets_reencode(library: Library, tmp_path: Path) -> None:
    big = make_clip(tmp_path / "big.mp4", seconds=3.0, size="1920x1080")
    brief = stored_brief(library)
    add_take(library, brief, big, duration=3.0, width=1920, height=1080)
    hd = export_bundle(library, brief.id, tmp_path / "hd.brief.zip", ExportOptions(Preset.HD720))
    info = probe(unpack(hd, tmp_path / "hd") / "video" / "brief.mp4")
    assert (info.width, info.height, info.video_codec) == (1280, 720, "h264")
    assert len(info.chapters) == 2  # the clip is 3 s: Summary and Planning

    limit = 3_000_000
    small = export_bundle(
        library,
        brief.id,
        tmp_path / "small.brief.zip",
        ExportOptions(Preset.SMALL, size_limit=limit),
    )
    assert small.stat().st_size <= limit
    video = unpack(small, tmp_path / "small") / "video" / "brief.mp4"
    info = probe(video)
    assert info.height == small_bitrates(3.0, limit - 2_000_000)[2]
    assert moov_before_mdat(video) and len(info.chapters) == 2


@pytest.mark.slow
def test_cancel_stops_ffmpeg_and_leaves_nothing(library: Library, tmp_path: Path) -> None:
    long = make_clip(tmp_path / "long.mp4", seconds=60.0, size="640x360")
    brief = stored_brief(library)
    add_take(library, brief, long, duration=60.0)
    out = tmp_path / "out"
    out.mkdir()
    plan = plan_export(library, brief.id, out, ExportOptions(Preset.HD720))
    token = CancelToken()
    started = threading.Event()

    def progress(done: float, total: float) -> None:
        if done > 0:
            started.set()
            token.cancel()

    with pytest.raises(CancelledError):
        run_export(plan, progress, token)
    assert started.is_set()
    assert list(out.iterdir()) == []


@pytest.mark.slow
def test_import_with_video_into_a_library_writes_only_the_brief(
    library: Library, clip: Path, tmp_path: Path
) -> None:
    source = Library.open(tmp_path / "source")
    try:
        brief = stored_brief(source, FILES)
        add_take(source, brief, clip)
        bundle = export_bundle(source, brief.id, tmp_path / "b.brief.zip")
    finally:
        source.close()
    before = tree(library.data_dir)
    import_bundle(library, bundle)
    added = set(tree(library.data_dir)) - set(before)
    (take,) = library.takes.for_brief(brief.id)
    assert added == {a.path for a in brief.attachments} | {take.path}
    assert take.path.startswith(f"media/{brief.id}/takes/")
