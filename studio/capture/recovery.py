"""Crash recovery: recordings left behind by a crash, repaired and offered back as takes.

A recording in progress has a sidecar (see `sidecar`). At the next start, a sidecar that
no live recorder holds is an orphan: its Matroska file is remuxed like a normal stop (up to
the last complete cluster, about a second before the crash) and saved as a Take with
`recovered=True` and the chapters stamped before the crash.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from studio.capture.finalize import finalize
from studio.capture.sidecar import InProgress, find_sidecars, is_orphan, lock_path, read_sidecar
from studio.core.cancel import CancelToken
from studio.core.errors import StudioError
from studio.core.take import Health, Take
from studio.media.job import Progress
from studio.store.library import Library
from studio.store.takes import TakeNotFoundError

log = logging.getLogger(__name__)
MIN_BYTES = 4096  # a file smaller than this holds no frame worth keeping


@dataclass(frozen=True)
class Orphan:
    sidecar: Path
    state: InProgress

    def recording(self, data_dir: Path) -> Path:
        return data_dir / self.state.file


def find_orphans(data_dir: Path, brief_id: str | None = None) -> list[Orphan]:
    """Recordings no running recorder owns, oldest first. Unreadable sidecars are skipped."""
    found: list[Orphan] = []
    for path in find_sidecars(data_dir, brief_id):
        try:
            state = read_sidecar(path)
        except (OSError, ValueError) as error:
            log.warning("Skipping unreadable recording sidecar %s: %s", path, error)
            continue
        if is_orphan(path, state):
            found.append(Orphan(path, state))
    return sorted(found, key=lambda o: o.state.started)


def recover(
    data_dir: Path,
    ffmpeg_bin: Path,
    orphan: Orphan,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Take | None:
    """The repaired take, or None when nothing was recorded (the leftovers are removed)."""
    state = orphan.state
    recording = orphan.recording(data_dir)
    if _already_saved(data_dir, state.take_id) or (
        not recording.exists() or recording.stat().st_size < MIN_BYTES
    ):
        _clean(orphan, recording)
        return None
    health = Health(fps_requested=state.fps)
    take = finalize(
        data_dir, ffmpeg_bin, state, health, recovered=True, progress=progress, cancel=cancel
    )
    lock_path(orphan.sidecar).unlink(missing_ok=True)
    return take


def recover_orphans(data_dir: Path, ffmpeg_bin: Path, brief_id: str | None = None) -> list[Take]:
    """Recover every orphan; one that cannot be repaired is logged and left for later."""
    takes: list[Take] = []
    for orphan in find_orphans(data_dir, brief_id):
        try:
            take = recover(data_dir, ffmpeg_bin, orphan)
        except StudioError as error:
            log.warning("Could not recover %s: %s", orphan.sidecar.name, error)
            continue
        if take is not None:
            log.info("Recovered take %s of brief %s", take.id, take.brief_id)
            takes.append(take)
    return takes


def _already_saved(data_dir: Path, take_id: str) -> bool:
    """A crash after the take was saved but before the clean-up."""
    library = Library.open(data_dir)
    try:
        library.takes.get(take_id)
    except TakeNotFoundError:
        return False
    finally:
        library.close()
    return True


def _clean(orphan: Orphan, recording: Path) -> None:
    recording.unlink(missing_ok=True)
    orphan.sidecar.unlink(missing_ok=True)
    lock_path(orphan.sidecar).unlink(missing_ok=True)
