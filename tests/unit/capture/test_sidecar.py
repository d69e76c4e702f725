"""The in-progress sidecar and its lock, which tell an orphan from a live recording."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from studio.capture.sidecar import (
    InProgress,
    RecordingLock,
    find_sidecars,
    is_orphan,
    read_sidecar,
    write_sidecar,
)
from studio.core.take import Chapter


def state() -> InProgress:
    return InProgress(
        take_id="t1",
        brief_id="b1",
        name="First “take”",
        started=datetime(2025, 3, 1, 10, 0, tzinfo=UTC),
        file="media/b1/takes/t1.recording.mkv",
        width=1280,
        height=720,
        fps=30.0,
        chapters=(Chapter("Context", 0.0),),
    )


def test_sidecar_round_trip_and_chapters_appended(data_dir: Path) -> None:
    path = write_sidecar(data_dir, state().with_chapter(Chapter("Planning = 2; #1", 12.5)))
    assert path == data_dir / "media/b1/takes/t1.recording.json"
    back = read_sidecar(path)
    assert back.chapters == (Chapter("Context", 0.0), Chapter("Planning = 2; #1", 12.5))
    assert back == state().with_chapter(Chapter("Planning = 2; #1", 12.5))
    assert find_sidecars(data_dir) == [path] == find_sidecars(data_dir, "b1")
    assert find_sidecars(data_dir, "other") == []


def test_a_held_lock_means_alive_and_a_released_one_means_orphan(data_dir: Path) -> None:
    path = write_sidecar(data_dir, state())
    lock = RecordingLock(path)
    assert lock.acquire()
    assert not is_orphan(path, state())
    lock.release()
    assert is_orphan(path, state())
