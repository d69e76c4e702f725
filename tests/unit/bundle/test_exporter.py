"""Exporting without video (no ffmpeg needed): the plan, the archive, verify, import, round trip."""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from studio.bundle.errors import BriefExistsError, BundleError, NoTakeError
from studio.bundle.exporter import ExportOptions, export_bundle, plan_export, run_export
from studio.bundle.importer import import_bundle, inspect_bundle
from studio.bundle.manifest import MANIFEST_NAME, manifest_from_json
from studio.bundle.verify import verify_bundle
from studio.bundle.writer import default_name, slug
from studio.core.cancel import CancelledError, CancelToken
from studio.core.serialize import brief_to_json
from studio.store.library import Library
from tests.unit.bundle.sample import TITLE, stored_brief, tree

NO_VIDEO = ExportOptions(include_video=False)
FILES = {"notes.txt": b"hello " * 1000, "logo.png": bytes(range(256)) * 40}


@pytest.fixture
def library(data_dir: Path) -> Library:
    lib = Library.open(data_dir)
    yield lib
    lib.close()


def test_default_name_is_slug_and_date(library: Library, tmp_path: Path) -> None:
    assert slug("Café déco: 2 pages!") == "cafe-deco-2-pages"
    assert slug("日本語") == "brief"
    assert default_name("A / B", date(2025, 3, 1)) == "a-b-2025-03-01.brief.zip"
    brief = stored_brief(library)
    plan = plan_export(library, brief.id[:6], tmp_path, NO_VIDEO, today=date(2025, 3, 1))
    assert plan.out_path == tmp_path / "online-shop-for-savon-co-2025-03-01.brief.zip"
    assert plan.video is None and plan.take is None
    named = plan_export(library, brief.id, tmp_path / "mine.zip", NO_VIDEO)
    assert named.out_path == tmp_path / "mine.zip"
    default = plan_export(library, brief.id, None, NO_VIDEO, today=date(2025, 3, 1))
    folder = library.data_dir / "media" / brief.id / "bundles"
    assert default.out_path == folder / "online-shop-for-savon-co-2025-03-01.brief.zip"
    assert not folder.exists(), "planning creates nothing"
    assert run_export(default) == default.out_path and verify_bundle(default.out_path)


def test_plan_puts_attachments_inside_the_bundle(library: Library, tmp_path: Path) -> None:
    brief = stored_brief(library, FILES)
    plan = plan_export(library, brief.id, tmp_path, NO_VIDEO)
    paths = [a.path for a in plan.brief.attachments]
    assert paths == [f"attachments/{Path(a.path).name}" for a in brief.attachments]
    assert [f.source for f in plan.attachments] == [
        library.data_dir / a.path for a in brief.attachments
    ]
    assert not list(tmp_path.glob("*.zip")), "planning writes nothing"


def test_export_writes_a_bundle_that_verifies(library: Library, tmp_path: Path) -> None:
    brief = stored_brief(library, FILES)
    seen: list[tuple[float, float]] = []
    out = tmp_path / "out"
    out.mkdir()
    path = export_bundle(library, brief.id, out, NO_VIDEO, lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1]
    assert [p.name for p in out.iterdir()] == [path.name], "no temporary file is left"
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
        names = [i.filename for i in infos]
        manifest = manifest_from_json(zf.read(MANIFEST_NAME), path.name)
        assert names[-1] == MANIFEST_NAME, "the manifest is written last"
        for entry in manifest.files:
            data = zf.read(entry.path)
            assert (len(data), hashlib.sha256(data).hexdigest()) == (entry.size, entry.sha256)
        kinds = {i.filename: i.compress_type for i in infos}
    assert set(names) == {
        "brief.json",
        "brief.md",
        "brief.pdf",
        "index.html",
        MANIFEST_NAME,
        *(f"attachments/{Path(a.path).name}" for a in brief.attachments),
    }
    assert kinds["brief.json"] == kinds["index.html"] == zipfile.ZIP_DEFLATED
    assert kinds["attachments/" + Path(brief.attachments[1].path).name] == zipfile.ZIP_STORED
    assert manifest.brief_id == brief.id and manifest.title == TITLE and manifest.video is None
    report = verify_bundle(path)
    assert report.summary().startswith(f"OK: {path.name} holds “{TITLE}”: 6 files")


def test_import_recreates_the_identical_brief(library: Library, tmp_path: Path) -> None:
    brief = stored_brief(library, FILES)
    path = export_bundle(library, brief.id, tmp_path, NO_VIDEO)
    other = Library.open(tmp_path / "other")
    try:
        imported = import_bundle(other, path)
        assert imported == brief
        assert other.get(brief.id) == brief
        for attachment in brief.attachments:
            copied = other.data_dir / attachment.path
            assert copied.read_bytes() == (library.data_dir / attachment.path).read_bytes()
        assert other.takes.for_brief(brief.id) == []
        assert not (other.data_dir / "tmp").exists(), "the staging folder is gone"
        again = export_bundle(other, brief.id, tmp_path / "again.brief.zip", NO_VIDEO)
    finally:
        other.close()
    with zipfile.ZipFile(path) as first, zipfile.ZipFile(again) as second:
        assert first.read("brief.json") == second.read("brief.json")
        assert first.read("brief.md") == second.read("brief.md")
        one = manifest_from_json(first.read(MANIFEST_NAME), "1")
        two = manifest_from_json(second.read(MANIFEST_NAME), "2")
    same = {f.path: f.sha256 for f in one.files if f.path.startswith("attachments/")}
    assert same == {f.path: f.sha256 for f in two.files if f.path.startswith("attachments/")}


def test_existing_brief_is_refused_unless_as_copy(library: Library, tmp_path: Path) -> None:
    brief = stored_brief(library, FILES)
    path = export_bundle(library, brief.id, tmp_path, NO_VIDEO)
    before = tree(library.data_dir)
    with pytest.raises(BriefExistsError, match="--as-copy") as refused:
        import_bundle(library, path)
    assert refused.value.brief_id == brief.id
    assert tree(library.data_dir) == before
    copy = import_bundle(library, path, as_copy=True)
    assert copy.id != brief.id and copy.title == brief.title
    assert {m.title for m in copy.planning.milestones} == {"Design phase", "Build and launch"}
    assert all(a.path.startswith(f"media/{copy.id}/attachments/") for a in copy.attachments)
    for mine, theirs in zip(copy.attachments, brief.attachments, strict=True):
        assert Path(mine.path).name.startswith(mine.id[:8] + "-")
        assert (library.data_dir / mine.path).read_bytes() == (
            library.data_dir / theirs.path
        ).read_bytes()
    assert library.get(brief.id) == brief, "the original is untouched"
    assert inspect_bundle(path).brief.id == brief.id


def test_no_take_is_explained(library: Library, tmp_path: Path) -> None:
    brief = stored_brief(library)
    with pytest.raises(NoTakeError, match="--no-video"):
        plan_export(library, brief.id, tmp_path)


def test_missing_attachment_file_is_explained(library: Library, tmp_path: Path) -> None:
    brief = stored_brief(library, FILES)
    (library.data_dir / brief.attachments[0].path).unlink()
    with pytest.raises(BundleError, match=r"notes\.txt is missing"):
        plan_export(library, brief.id, tmp_path, NO_VIDEO)


def test_stale_attachment_checksum_is_corrected(library: Library, tmp_path: Path) -> None:
    brief = stored_brief(library, FILES)
    (library.data_dir / brief.attachments[0].path).write_bytes(b"changed on disk")
    path = export_bundle(library, brief.id, tmp_path, NO_VIDEO)
    with zipfile.ZipFile(path) as zf:
        listed = json.loads(zf.read("brief.json"))["attachments"][0]
    assert listed["size"] == len(b"changed on disk")
    assert listed["sha256"] == hashlib.sha256(b"changed on disk").hexdigest()
    verify_bundle(path)


def test_cancel_leaves_nothing(library: Library, tmp_path: Path) -> None:
    brief = stored_brief(library, {"big.bin": bytes(8 * 1024 * 1024)})
    token = CancelToken()
    out = tmp_path / "out"
    out.mkdir()
    plan = plan_export(library, brief.id, out, NO_VIDEO)

    def progress(done: float, total: float) -> None:
        token.cancel()

    with pytest.raises(CancelledError):
        run_export(plan, progress, token)
    assert list(out.iterdir()) == []


def test_unwritable_folder_is_explained(library: Library, tmp_path: Path) -> None:
    brief = stored_brief(library)
    with pytest.raises(BundleError, match="its folder does not exist"):
        plan_export(library, brief.id, tmp_path / "nope" / "x.brief.zip", NO_VIDEO)


def test_brief_json_is_the_brief_as_bundled(library: Library, tmp_path: Path) -> None:
    brief = stored_brief(library, FILES)
    path = export_bundle(library, brief.id, tmp_path, NO_VIDEO)
    bundled = replace(
        brief,
        attachments=tuple(
            replace(a, path=f"attachments/{Path(a.path).name}") for a in brief.attachments
        ),
    )
    with zipfile.ZipFile(path) as zf:
        assert zf.read("brief.json").decode() == brief_to_json(bundled)


def test_cancelled_import_writes_nothing(library: Library, tmp_path: Path) -> None:
    source = Library.open(tmp_path / "source")
    try:
        brief = stored_brief(source, {"big.bin": bytes(6 * 1024 * 1024)})
        bundle = export_bundle(source, brief.id, tmp_path, NO_VIDEO)
    finally:
        source.close()
    before = tree(library.data_dir)
    token = CancelToken()
    with pytest.raises(CancelledError):
        import_bundle(library, bundle, progress=lambda done, total: token.cancel(), cancel=token)
    assert tree(library.data_dir) == before and library.list() == []
    assert not (library.data_dir / "tmp").exists()
