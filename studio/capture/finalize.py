"""Turning a finished (or crashed) recording into a Take: remux, measure, store, clean up.

Shared by the recorder's stop and by crash recovery. The order keeps the promise of
ARCHITECTURE.md: the MP4 is complete, fsynced and renamed into place before the database
points at it, and the raw recording and its sidecar go only after the row is saved.
"""

from __future__ import annotations

import logging
from pathlib import Path

from studio.capture.sidecar import InProgress, sidecar_path
from studio.core.cancel import CancelToken
from studio.core.take import Health, Take
from studio.media.job import Progress
from studio.media.probe import probe
from studio.media.remux import measured_duration, remux
from studio.store.library import Library

log = logging.getLogger(__name__)


def take_path(state: InProgress) -> str:
    """Where the finished take lives, relative to the data dir."""
    return f"media/{state.brief_id}/takes/{state.take_id}.mp4"


def finalize(
    data_dir: Path,
    ffmpeg_bin: Path,
    state: InProgress,
    health: Health,
    expected_duration: float = 0.0,
    recovered: bool = False,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Take:
    """Remux the recording of `state` into its MP4 and save the Take (the recording and its
    sidecar are removed afterwards). Raises FfmpegError/ProbeError, leaving them in place."""
    source = data_dir / state.file
    output = data_dir / take_path(state)
    duration = probe(source).duration or expected_duration
    if not duration:  # cut short by a crash: the header never got its duration
        duration = measured_duration(ffmpeg_bin, source, cancel)
    remux(ffmpeg_bin, source, output, state.chapters, duration, progress, cancel)
    info = probe(output)
    take = Take(
        id=state.take_id,
        brief_id=state.brief_id,
        name=state.name,
        path=take_path(state),
        created=state.started,
        duration=info.duration,
        size=output.stat().st_size,
        width=info.width,
        height=info.height,
        chapters=tuple(c for c in state.chapters if c.start < info.duration),
        health=health,
        recovered=recovered,
    )
    library = Library.open(data_dir)
    try:
        library.takes.save(take)
    finally:
        library.close()
    source.unlink(missing_ok=True)
    sidecar_path(data_dir, state.brief_id, state.take_id).unlink(missing_ok=True)
    log.info("Saved take %s (%.1f s) of brief %s", take.id, take.duration, take.brief_id)
    return take
