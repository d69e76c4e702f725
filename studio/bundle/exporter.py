"""Exporting a brief as a bundle: `run_export` carries out a plan (export_plan.py) with
progress and cancel, and leaves either a complete bundle or nothing.

The UI can plan on its own thread (it reads the library) and run the plan on a worker thread
(it touches only files); `export_bundle` does both for the CLI. While the video and the
attachments go into the archive, a helper thread takes the poster frame and probes the video,
so the machine's second core is not idle.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from studio import __version__
from studio.bundle import errors as e
from studio.bundle.chapters import webvtt
from studio.bundle.document import Document
from studio.bundle.export_plan import (
    AttachmentFile,
    ExportOptions,
    ExportPlan,
    bundle_target,
    plan_export,
)
from studio.bundle.manifest import (
    BRIEF_JSON,
    BRIEF_MD,
    BRIEF_PDF,
    CHAPTERS_VTT,
    INDEX_HTML,
    POSTER,
    VIDEO,
    Manifest,
    VideoInfo,
    manifest_to_json,
)
from studio.bundle.markdown import brief_to_markdown
from studio.bundle.pdf import render_pdf
from studio.bundle.viewer import render_index
from studio.bundle.writer import BundleWriter
from studio.core.brief import Brief
from studio.core.cancel import CancelToken
from studio.core.i18n import DataSize
from studio.core.serialize import brief_to_json
from studio.media.export import run_video
from studio.media.job import run
from studio.media.probe import MediaInfo, probe
from studio.store.library import Library

__all__ = [
    "AttachmentFile",
    "ExportOptions",
    "ExportPlan",
    "bundle_target",
    "export_bundle",
    "plan_export",
    "run_export",
]

Progress = Callable[[float, float], None]


class _Meter:
    """Turns each step's own progress into one overall `progress(done, total)`."""

    def __init__(self, progress: Progress | None, total: float) -> None:
        self.progress = progress
        self.total = max(total, 1.0)
        self.done = 0.0

    def add(self, units: float) -> None:
        self.done = min(self.total, self.done + units)
        if self.progress is not None:
            self.progress(self.done, self.total)

    def step(self, weight: float) -> Progress:
        base = self.done

        def report(done: float, total: float) -> None:
            share = weight * (done / total) if total else 0.0
            self.done = min(self.total, base + share)
            if self.progress is not None:
                self.progress(self.done, self.total)

        return report


class _PosterAndProbe:
    """On a helper thread: the poster frame, then what the final video holds. Stopped through
    its own token when the export fails or is cancelled, so no ffmpeg outlives the export."""

    def __init__(self, plan: ExportPlan) -> None:
        self.plan = plan
        self.stop = CancelToken()
        self.info: MediaInfo | None = None
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._work, name="bundle-poster", daemon=True)
        self._thread.start()

    def _work(self) -> None:
        try:
            if self.plan.poster is not None:
                run(self.plan.poster, None, self.stop)
            if self.plan.video is not None:
                self.info = probe(self.plan.video.output, self.plan.options.ffmpeg_path)
        except BaseException as error:  # handed to the export's thread in result()
            self.error = error

    def result(self, cancel: CancelToken) -> MediaInfo | None:
        while self._thread.is_alive():
            if cancel.cancelled:
                self.stop.cancel()
            self._thread.join(0.05)
        cancel.check()
        if self.error is not None:
            raise self.error
        return self.info

    def halt(self) -> None:
        self.stop.cancel()
        self._thread.join()


def _check_space(plan: ExportPlan) -> None:
    needed = plan.estimated_size() * (2 if plan.video and plan.video.job else 1)
    free = shutil.disk_usage(plan.out_path.parent).free
    if needed > free:
        raise e.ExportSpaceError(
            e.NO_SPACE,
            folder=plan.out_path.parent,
            needed=DataSize(needed),
            free=DataSize(free),
        )


def run_export(
    plan: ExportPlan, progress: Progress | None = None, cancel: CancelToken | None = None
) -> Path:
    """Write the bundle the plan describes and return its path."""
    cancel = cancel or CancelToken()
    plan.out_path.parent.mkdir(parents=True, exist_ok=True)
    _check_space(plan)
    encode = plan.video is not None and plan.video.job is not None
    video_weight = plan.video.source.stat().st_size * 4 if plan.video and encode else 0
    meter = _Meter(progress, video_weight + plan.estimated_size())
    plan.work_dir.mkdir()
    side: _PosterAndProbe | None = None
    try:
        if plan.video is not None and plan.video.job is not None:
            run_video(plan.video, meter.step(video_weight), cancel)
        cancel.check()
        side = _PosterAndProbe(plan) if plan.video is not None else None
        with BundleWriter(plan.out_path, plan.created) as writer:
            if plan.video is not None:
                writer.add_file(VIDEO, plan.video.output, "video/mp4", meter.add, cancel)
            for a in plan.attachments:
                writer.add_file(a.bundle_path, a.source, a.media_type, meter.add, cancel)
            info = side.result(cancel) if side is not None else None
            document = _add_video_extras(plan, writer)
            brief = _with_checksums(plan.brief, writer)
            document = replace(document, brief=brief)
            writer.add_bytes(BRIEF_JSON, brief_to_json(brief).encode(), "application/json")
            markdown = brief_to_markdown(brief, plan.options.locale).encode()
            writer.add_bytes(BRIEF_MD, markdown, "text/markdown")
            writer.add_bytes(BRIEF_PDF, render_pdf(document), "application/pdf")
            writer.add_bytes(INDEX_HTML, render_index(document).encode(), "text/html")
            cancel.check()
            manifest = _manifest(plan, writer, document, info)
            path = writer.finish(manifest_to_json(manifest).encode())
        meter.add(meter.total)
        return path
    finally:
        if side is not None:
            side.halt()
        shutil.rmtree(plan.work_dir, ignore_errors=True)


def _add_video_extras(plan: ExportPlan, writer: BundleWriter) -> Document:
    """The chapters file and the poster; the Document the viewer and the PDF are made from."""
    document = Document(
        plan.brief, plan.created, locale=plan.options.locale, app_version=__version__
    )
    if plan.video is None:
        return document
    vtt = webvtt(plan.video.chapters, plan.video.duration)
    writer.add_bytes(CHAPTERS_VTT, vtt.encode(), "text/vtt")
    poster = plan.work_dir / "poster.jpg"
    has_poster = poster.is_file() and poster.stat().st_size > 0
    if has_poster:
        writer.add_file(POSTER, poster, "image/jpeg")
    return replace(
        document,
        chapters=plan.video.chapters,
        duration=plan.video.duration,
        video=VIDEO,
        poster=POSTER if has_poster else None,
    )


def _with_checksums(brief: Brief, writer: BundleWriter) -> Brief:
    """Attachment sizes and checksums as just read, rather than as once recorded."""
    by_path = {entry.path: entry for entry in writer.entries}
    return replace(
        brief,
        attachments=tuple(
            replace(a, size=by_path[a.path].size, sha256=by_path[a.path].sha256)
            for a in brief.attachments
        ),
    )


def _manifest(
    plan: ExportPlan, writer: BundleWriter, document: Document, info: MediaInfo | None
) -> Manifest:
    video = None
    if plan.video is not None and document.video is not None:
        video = VideoInfo(
            path=VIDEO,
            duration=round(plan.video.duration, 3),
            chapters=plan.video.chapters,
            poster=document.poster,
            chapters_vtt=CHAPTERS_VTT,
            take_name=plan.take.name if plan.take else "",
            width=info.width if info else 0,
            height=info.height if info else 0,
            poster_time=plan.poster_time,
        )
    return Manifest(
        brief_id=plan.brief.id,
        title=plan.brief.title,
        created=plan.created,
        app_version=__version__,
        files=tuple(writer.entries),
        video=video,
    )


def export_bundle(
    library: Library,
    brief_id: str,
    out: Path | None = None,
    options: ExportOptions | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """Plan and run an export (default options: the original video); returns its path."""
    return run_export(plan_export(library, brief_id, out, options), progress, cancel)
