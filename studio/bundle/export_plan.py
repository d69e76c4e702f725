"""Planning an export: gather and check everything a bundle needs and decide the ffmpeg work,
with no side effects besides probing the take. The plan is a plain value a test can assert on
and a UI can show (size estimate) before running it (exporter.py)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from studio.bundle import errors as e
from studio.bundle.manifest import ATTACHMENTS_DIR
from studio.bundle.writer import default_name
from studio.core.brief import Brief, now_utc
from studio.core.take import Take
from studio.media.binaries import find_ffmpeg
from studio.media.export import (
    DEFAULT_SIZE_LIMIT,
    Preset,
    VideoPlan,
    plan_video,
    poster_time,
    poster_width,
)
from studio.media.job import Job
from studio.media.poster import plan_poster
from studio.media.probe import probe
from studio.store.library import Library

DOCUMENTS_ALLOWANCE = 2_000_000  # brief.pdf, index.html, poster: room kept in the budget


@dataclass(frozen=True)
class ExportOptions:
    preset: Preset = Preset.ORIGINAL
    include_video: bool = True
    ffmpeg_path: str = ""  # the user's setting; empty finds ffmpeg
    locale: str = "en_US"  # how amounts are written (fr_FR: 1 234,56 €)
    size_limit: int = DEFAULT_SIZE_LIMIT  # what `small` aims the whole bundle at


@dataclass(frozen=True)
class AttachmentFile:
    bundle_path: str
    source: Path
    size: int
    media_type: str


@dataclass(frozen=True)
class ExportPlan:
    """Everything an export will do. `brief` is as brief.json will hold it."""

    brief: Brief
    out_path: Path
    work_dir: Path
    created: datetime
    options: ExportOptions
    attachments: tuple[AttachmentFile, ...]
    take: Take | None = None
    video: VideoPlan | None = None
    poster: Job | None = None
    poster_time: float = 0.0

    @property
    def video_file(self) -> Path | None:
        """What goes into the bundle as video/brief.mp4."""
        return self.video.output if self.video else None

    def estimated_size(self) -> int:
        attachments = sum(a.size for a in self.attachments)
        video = 0
        if self.video is not None:
            source = self.video.source.stat().st_size
            video = (self.video.video_kbps + 128) * 125 * int(self.video.duration) or source
            video = min(video, source) if self.video.preset is not Preset.ORIGINAL else source
        return attachments + video + DOCUMENTS_ALLOWANCE


BUNDLES_DIR = "bundles"  # media/<brief-id>/bundles/: where bundles go unless told otherwise


def bundle_target(out: Path | None, brief: Brief, today: date, data_dir: Path) -> Path:
    """`out` itself, or the default name inside `out` when it is a folder. Without `out`, the
    brief's own media folder of the library (where sending looks for its latest bundle)."""
    if out is None:
        return data_dir / "media" / brief.id / BUNDLES_DIR / default_name(brief.title, today)
    folder_or_file = out.expanduser().absolute()
    if folder_or_file.is_dir():
        return folder_or_file / default_name(brief.title, today)
    return folder_or_file


def _attachments(library: Library, brief: Brief) -> tuple[Brief, tuple[AttachmentFile, ...]]:
    files: list[AttachmentFile] = []
    kept = []
    used: set[str] = set()
    for attachment in brief.attachments:
        source = library.data_dir / attachment.path
        if not source.is_file():
            raise e.BundleError(e.ATTACHMENT_MISSING, name=attachment.name, path=source)
        name = Path(attachment.path).name or "file"
        while name.casefold() in used:  # two attachments stored under one name
            name = f"{attachment.id[:8]}-{name}"
        used.add(name.casefold())
        path = ATTACHMENTS_DIR + name
        files.append(AttachmentFile(path, source, source.stat().st_size, attachment.media_type))
        kept.append(replace(attachment, path=path))
    return replace(brief, attachments=tuple(kept)), tuple(files)


def plan_export(
    library: Library,
    brief_id: str,
    out: Path | None = None,
    options: ExportOptions | None = None,
    today: date | None = None,
) -> ExportPlan:
    """What exporting `brief_id` (an id or its first characters) to `out` will do.

    `out` is the bundle file, or a folder for the default name `<slug>-<date>.brief.zip`
    (None: the brief's media folder in the library, media/<brief-id>/bundles/).
    """
    options = options or ExportOptions()
    brief = library.get(library.resolve_id(brief_id))
    target = bundle_target(out, brief, today or date.today(), library.data_dir)
    if out is not None and not target.parent.is_dir():
        raise e.BundleError(e.NO_FOLDER, path=target)
    work_dir = target.parent / f".{target.name}.{uuid.uuid4().hex[:8]}.work"
    bundled, attachments = _attachments(library, brief)
    plan = ExportPlan(bundled, target, work_dir, now_utc(), options, attachments)
    if not options.include_video:
        return plan
    take = library.takes.picked(brief.id)
    if take is None:
        if not brief.title.strip():
            raise e.NoTakeError(e.NO_TAKE_UNTITLED)
        raise e.NoTakeError(e.NO_TAKE, title=brief.title)
    source = library.data_dir / take.path
    if not source.is_file():
        if not brief.title.strip():
            raise e.BundleError(e.TAKE_FILE_MISSING_UNTITLED, path=source)
        raise e.BundleError(e.TAKE_FILE_MISSING, title=brief.title, path=source)
    ffmpeg = find_ffmpeg(options.ffmpeg_path)
    info = probe(source, options.ffmpeg_path)
    budget = options.size_limit - sum(a.size for a in attachments) - DOCUMENTS_ALLOWANCE
    video = plan_video(
        ffmpeg,
        take,
        source,
        info,
        work_dir / "brief.mp4",
        options.preset,
        title=brief.title,
        budget_bytes=max(budget, 1_000_000),
    )
    # Taken from the exported video, not the take: a re-export of an imported bundle then
    # makes the very same poster (the round trip keeps every media checksum).
    at = poster_time(take, video.duration)
    poster = plan_poster(ffmpeg, video.output, work_dir / "poster.jpg", at, poster_width(video))
    return replace(plan, take=take, video=video, poster=poster, poster_time=at)
