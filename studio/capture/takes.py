"""What the review screen does to a take: rename, delete, pick, trim, poster, export.

Trimming is stored, not applied: the take keeps its whole file and `trim_start`/`trim_end`
say what is kept, so a trim can be undone; `export_take` applies it when a file is needed
(the bundle), losslessly when the head cut is on a keyframe (see media/trim.py).
Each function opens nothing itself: it takes the Library (use it from one thread).
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import replace
from pathlib import Path

from studio.core.cancel import CancelToken
from studio.core.errors import StudioError
from studio.core.i18n import QT_TRANSLATE_NOOP
from studio.core.take import Take
from studio.media.job import Progress, run
from studio.media.poster import plan_poster
from studio.media.trim import TrimPlan, keyframe_times, snap_to_keyframe, trim
from studio.store.library import Library

log = logging.getLogger(__name__)

BAD_TRIM = QT_TRANSLATE_NOOP(
    "Takes", "Cannot trim to {start:.2f}–{end:.2f} s: the take is {duration:.2f} s long."
)
BAD_TIME = QT_TRANSLATE_NOOP(
    "Takes", "{at:.2f} s is outside the take, which is {duration:.2f} s long."
)
MIN_KEPT = 0.5  # seconds a trim must keep


class TakeEditError(StudioError):
    def __init__(self, template: str, **params: float) -> None:
        super().__init__(template.format(**params))
        self.template = template
        self.params = params


def take_file(library: Library, take: Take) -> Path:
    return library.data_dir / take.path


def poster_file(library: Library, take: Take) -> Path:
    return take_file(library, take).with_suffix(".poster.jpg")


def rename_take(library: Library, take_id: str, name: str) -> Take:
    take = replace(library.takes.get(take_id), name=" ".join(name.split()))
    library.takes.save(take)
    return take


def pick_take(library: Library, take_id: str) -> Take:
    """This take goes into the bundle (and no other of its brief)."""
    return library.takes.pick(take_id)


def delete_take(library: Library, take_id: str) -> Take:
    """The row first, then the files: nothing in the database ever points at a missing file."""
    take = library.takes.delete(take_id)
    for path in (take_file(library, take), poster_file(library, take)):
        try:
            path.unlink(missing_ok=True)
        except OSError as error:  # the row is gone; a leftover file only wastes space
            log.warning("Could not remove %s: %s", path, error)
    return take


def trim_take(library: Library, take_id: str, start: float, end: float | None) -> Take:
    """Keep [start, end) of the take (end None: to its end). Stored; see `export_take`."""
    take = library.takes.get(take_id)
    stop = take.duration if end is None else end
    if start < 0 or stop > take.duration + 1e-3 or stop - start < MIN_KEPT:
        raise TakeEditError(BAD_TRIM, start=start, end=stop, duration=take.duration)
    kept_end = None if end is None or end >= take.duration - 1e-3 else end
    trimmed = replace(take, trim_start=max(0.0, start), trim_end=kept_end)
    if not trimmed.trim_start <= trimmed.poster_time < (kept_end or take.duration):
        trimmed = replace(trimmed, poster_time=trimmed.trim_start)
    library.takes.save(trimmed)
    return trimmed


def snap_trim_start(library: Library, take_id: str, ffmpeg_bin: Path, at: float) -> float:
    """The keyframe nearest to `at`: a head cut there is lossless (the UI can offer it)."""
    take = library.takes.get(take_id)
    return snap_to_keyframe(at, keyframe_times(ffmpeg_bin, take_file(library, take)))


def set_poster(
    library: Library,
    take_id: str,
    ffmpeg_bin: Path,
    at: float,
    cancel: CancelToken | None = None,
) -> Take:
    """Take the frame at `at` seconds as the take's poster (a JPEG next to the take)."""
    take = library.takes.get(take_id)
    if not 0 <= at < take.duration:
        raise TakeEditError(BAD_TIME, at=at, duration=take.duration)
    target = poster_file(library, take)
    temp = target.with_name(f".{target.name}.part.jpg")
    run(plan_poster(ffmpeg_bin, take_file(library, take), temp, at), None, cancel)
    temp.replace(target)
    updated = replace(take, poster_time=at)
    library.takes.save(updated)
    return updated


def export_take(
    library: Library,
    take_id: str,
    ffmpeg_bin: Path,
    output: Path,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> TrimPlan | None:
    """Write the take as kept (trims applied) to `output`; None when there is nothing to
    trim and the file was simply copied."""
    take = library.takes.get(take_id)
    source = take_file(library, take)
    end = take.duration if take.trim_end is None else take.trim_end
    if take.trim_start <= 0 and take.trim_end is None:
        shutil.copyfile(source, output)
        return None
    return trim(ffmpeg_bin, source, output, take.trim_start, end, take.chapters, progress, cancel)
