"""Take operations on the library: rename, pick, trim (stored), delete (row, then files)."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.capture.takes import (
    TakeEditError,
    delete_take,
    pick_take,
    poster_file,
    rename_take,
    take_file,
    trim_take,
)
from studio.core.take import Chapter, Take
from studio.store.library import Library


@pytest.fixture
def library(data_dir: Path) -> Library:
    lib = Library.open(data_dir)
    yield lib  # type: ignore[misc]
    lib.close()


def add_take(library: Library, brief_id: str = "b1", **fields: object) -> Take:
    take = Take(brief_id=brief_id, duration=20.0, **fields)  # type: ignore[arg-type]
    take = Take(**{**take.__dict__, "path": f"media/{brief_id}/takes/{take.id}.mp4"})
    path = library.data_dir / take.path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"video")
    library.takes.save(take)
    return take


def test_rename_and_pick(library: Library) -> None:
    first, second = add_take(library), add_take(library)
    assert rename_take(library, first.id, "  Second   try ").name == "Second try"
    pick_take(library, first.id)
    pick_take(library, second.id)
    assert library.takes.picked("b1").id == second.id  # type: ignore[union-attr]
    assert not library.takes.get(first.id).picked


def test_trim_is_stored_and_validated(library: Library) -> None:
    take = add_take(library, chapters=(Chapter("A", 0.0),), poster_time=1.0)
    trimmed = trim_take(library, take.id, 2.0, 18.5)
    assert (trimmed.trim_start, trimmed.trim_end) == (2.0, 18.5)
    assert trimmed.poster_time == 2.0  # the poster was cut away: it moves to the new start
    assert library.takes.get(take.id).kept_duration == 16.5
    assert trim_take(library, take.id, 1.0, None).trim_end is None
    assert trim_take(library, take.id, 1.0, 20.0).trim_end is None  # to the end: no tail cut
    for start, end in ((-1.0, 5.0), (3.0, 25.0), (5.0, 5.2)):
        with pytest.raises(TakeEditError, match="Cannot trim"):
            trim_take(library, take.id, start, end)


def test_delete_removes_the_row_then_the_files(library: Library) -> None:
    take = add_take(library)
    poster_file(library, take).write_bytes(b"jpg")
    delete_take(library, take.id)
    assert library.takes.for_brief("b1") == []
    assert not take_file(library, take).exists() and not poster_file(library, take).exists()
