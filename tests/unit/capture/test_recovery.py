"""Finding orphaned recordings, and the cases recovery settles without ffmpeg."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from studio.capture.recovery import find_orphans, recover
from studio.capture.sidecar import InProgress, RecordingLock, lock_path, write_sidecar
from studio.core.take import Take
from studio.store.library import Library


def orphan_state(take_id: str) -> InProgress:
    return InProgress(
        take_id=take_id,
        brief_id="b1",
        name="",
        started=datetime(2025, 3, 1, 10, 0, tzinfo=UTC),
        file=f"media/b1/takes/{take_id}.recording.mkv",
        width=1280,
        height=720,
        fps=30.0,
    )


def test_only_recordings_nobody_holds_are_orphans(data_dir: Path) -> None:
    live = write_sidecar(data_dir, orphan_state("live"))
    lock = RecordingLock(live)
    assert lock.acquire()
    try:
        dead = write_sidecar(data_dir, orphan_state("dead"))
        (dead.parent / "broken.recording.json").write_text("{not json")
        found = find_orphans(data_dir)
        assert [o.state.take_id for o in found] == ["dead"]
        assert find_orphans(data_dir, "b1") == found and find_orphans(data_dir, "b2") == []
    finally:
        lock.release(remove=True)


def test_a_recording_with_nothing_in_it_is_cleaned_away(data_dir: Path) -> None:
    sidecar = write_sidecar(data_dir, orphan_state("empty"))
    lock_path(sidecar).write_text("")
    (data_dir / orphan_state("empty").file).write_bytes(b"\x1a\x45\xdf\xa3")  # a bare header
    (orphan,) = find_orphans(data_dir)
    assert recover(data_dir, Path("/nonexistent/ffmpeg"), orphan) is None
    assert list(sidecar.parent.iterdir()) == []


def test_a_take_saved_just_before_the_crash_is_not_recovered_twice(data_dir: Path) -> None:
    state = orphan_state("saved")
    write_sidecar(data_dir, state)
    (data_dir / state.file).write_bytes(b"x" * 10_000)
    library = Library.open(data_dir)
    library.takes.save(Take(id="saved", brief_id="b1", path="media/b1/takes/saved.mp4"))
    library.close()
    (orphan,) = find_orphans(data_dir)
    assert recover(data_dir, Path("/nonexistent/ffmpeg"), orphan) is None
    assert not (data_dir / state.file).exists() and find_orphans(data_dir) == []
