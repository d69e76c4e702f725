"""Importing a bundle: recreate its brief, with its take and attachments, in the library.

Nothing is trusted before it is checked (see reader.py), and a rejected bundle writes
nothing: files are extracted under names of our own into a staging folder of the data dir,
hashed on the way, and moved into place only once every file of the bundle has matched its
manifest; the database rows come last. `stage_import` touches only files (run it on a worker
thread); `commit_import` is quick and uses the library.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from studio.atomic import fsync_dir
from studio.bundle import errors as e
from studio.bundle.manifest import Manifest
from studio.bundle.reader import DEFAULT_LIMITS, BundleReader, Limits
from studio.core.brief import Brief, new_id, now_utc
from studio.core.cancel import CancelToken
from studio.core.take import Take
from studio.store.attachments import media_dir
from studio.store.library import Library
from studio.store.templates import fresh_ids

Progress = Callable[[float, float], None]
STAGING = "tmp"
_UNSAFE = re.compile(r"[^\w.\- ]+", re.UNICODE)
_STALE_AFTER = 24 * 3600


@dataclass(frozen=True)
class BundleContents:
    """What a bundle holds, read without checking the big files' checksums (fast)."""

    manifest: Manifest
    brief: Brief


@dataclass(frozen=True)
class StagedImport:
    """A verified bundle whose take and attachments wait in `folder`, named by bundle path."""

    source: Path
    manifest: Manifest
    brief: Brief
    folder: Path
    files: dict[str, Path]

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        with contextlib.suppress(OSError):
            self.folder.parent.rmdir()  # only when empty


def inspect_bundle(path: Path, limits: Limits = DEFAULT_LIMITS) -> BundleContents:
    """Structure, manifest and brief.json checked; what the UI shows before importing."""
    with BundleReader(path, limits) as reader:
        return BundleContents(reader.manifest, reader.brief)


def _clear_stale(staging: Path) -> None:
    """Staging folders left by a crash, a day old or more."""
    with contextlib.suppress(OSError):
        for old in staging.glob("import-*"):
            if time.time() - old.stat().st_mtime > _STALE_AFTER:
                shutil.rmtree(old, ignore_errors=True)


def stage_import(
    data_dir: Path,
    path: Path,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> StagedImport:
    """Check the whole bundle, extracting the take and attachments into a staging folder."""
    with BundleReader(path, limits) as reader:
        manifest, brief = reader.manifest, reader.brief
        wanted = {a.path for a in brief.attachments}
        if manifest.video is not None:
            wanted.add(manifest.video.path)
        staging = data_dir / STAGING
        _clear_stale(staging)
        folder = staging / f"import-{uuid.uuid4().hex}"
        folder.mkdir(parents=True)
        staged = StagedImport(path, manifest, brief, folder, {})
        total, checked = float(reader.total_size), 0.0

        def done(count: int) -> None:
            nonlocal checked
            checked += count
            if progress is not None:
                progress(checked, total)

        try:
            for index, entry in enumerate(manifest.files):
                if entry.path not in wanted:
                    reader.stream(entry, None, done, cancel)
                    continue
                target = folder / f"{index:05d}.part"  # our name, never the entry's
                with target.open("wb") as out:
                    reader.stream(entry, out.write, done, cancel)
                    out.flush()
                    os.fsync(out.fileno())
                staged.files[entry.path] = target
        except BaseException:
            staged.discard()
            raise
        return staged


def _file_name(bundle_path: str, old_id: str, new_id_: str) -> str:
    name = _UNSAFE.sub("_", bundle_path.rsplit("/", 1)[-1]).strip() or "file"
    if old_id != new_id_ and name.startswith(old_id[:8] + "-"):
        name = new_id_[:8] + name[8:]  # the stored name starts with the attachment's id
    return name


def commit_import(library: Library, staged: StagedImport, as_copy: bool = False) -> Brief:
    """Move the staged files into the library and store the brief and its take.

    An existing brief with the same id is refused (BriefExistsError) unless `as_copy`, which
    gives the brief and its parts fresh ids. The staging folder is removed either way.
    """
    moved: list[Path] = []
    saved = False
    try:
        original = staged.brief
        brief = original
        if as_copy:
            stamp = now_utc()
            brief = replace(fresh_ids(original), created=stamp, updated=stamp)
        elif library.exists(brief.id):
            raise e.BriefExistsError(brief.id, library.get(brief.id).title)
        folder = media_dir(library.data_dir, brief.id)

        def place(source: Path, relative: Path) -> str:
            target = library.data_dir / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)
            moved.append(target)
            return relative.as_posix()

        attachments = []
        for old, new in zip(original.attachments, brief.attachments, strict=True):
            name = _file_name(old.path, old.id, new.id)
            relative = folder.relative_to(library.data_dir) / "attachments" / name
            attachments.append(replace(new, path=place(staged.files[old.path], relative)))
        brief = replace(brief, attachments=tuple(attachments))
        take = _take(library, staged, brief, folder, place)
        for directory in {p.parent for p in moved}:
            fsync_dir(directory)
        library.save(brief)
        saved = True
        if take is not None:
            library.takes.save(take)
        return brief
    except BaseException:
        for path in moved:
            path.unlink(missing_ok=True)
        if saved:
            library.purge(brief.id)
        raise
    finally:
        staged.discard()


def _take(
    library: Library,
    staged: StagedImport,
    brief: Brief,
    folder: Path,
    place: Callable[[Path, Path], str],
) -> Take | None:
    video = staged.manifest.video
    if video is None:
        return None
    take_id = new_id()
    relative = folder.relative_to(library.data_dir) / "takes" / f"{take_id}.mp4"
    source = staged.files[video.path]
    size = source.stat().st_size
    return Take(
        id=take_id,
        brief_id=brief.id,
        name=video.take_name or "Imported",
        path=place(source, relative),
        duration=video.duration,
        size=size,
        width=video.width,
        height=video.height,
        chapters=video.chapters,
        poster_time=video.poster_time,
        picked=True,
    )


def import_bundle(
    library: Library,
    path: Path,
    as_copy: bool = False,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Brief:
    """Verify and import a bundle; returns the brief as stored."""
    if not as_copy:
        contents = inspect_bundle(path, limits)  # refuse before the long part
        if library.exists(contents.brief.id):
            stored = library.get(contents.brief.id)
            raise e.BriefExistsError(stored.id, stored.title)
    staged = stage_import(library.data_dir, path, progress, cancel, limits)
    return commit_import(library, staged, as_copy)
