from pathlib import Path

import pytest

from studio.core.brief import Brief
from studio.core.take import Chapter, Health, Take
from studio.store.library import Library
from studio.store.takes import TakeNotFoundError


@pytest.fixture
def library(data_dir: Path) -> Library:
    lib = Library.open(data_dir)
    yield lib
    lib.close()


def test_take_round_trip_with_chapters_and_health(library: Library) -> None:
    brief = library.create(Brief(title="b"))
    take = Take(
        brief_id=brief.id,
        name="Take 1",
        path=f"media/{brief.id}/takes/t1.mp4",
        duration=62.5,
        size=1234,
        width=1280,
        height=720,
        chapters=(Chapter("Overview", 0.0), Chapter("Planning", 31.25)),
        health=Health(fps_requested=30, fps_delivered=29.97, frames_dropped=2),
        trim_start=1.5,
        trim_end=60.0,
    )
    library.takes.save(take)
    assert library.takes.get(take.id) == take
    assert take.kept_duration == pytest.approx(58.5)


def test_pick_is_exclusive_and_latest_is_the_default(library: Library) -> None:
    brief = library.create(Brief(title="b"))
    first = Take(brief_id=brief.id, name="1", path="a.mp4")
    second = Take(brief_id=brief.id, name="2", path="b.mp4")
    library.takes.save(first)
    library.takes.save(second)
    assert library.takes.picked(brief.id) == second
    library.takes.pick(first.id)
    assert library.takes.picked(brief.id).id == first.id
    library.takes.pick(second.id)
    assert [t.picked for t in library.takes.for_brief(brief.id)] == [False, True]


def test_delete_and_purge(library: Library, data_dir: Path) -> None:
    brief = library.create(Brief(title="b"))
    take = Take(brief_id=brief.id, path="x.mp4")
    library.takes.save(take)
    library.takes.delete(take.id)
    with pytest.raises(TakeNotFoundError):
        library.takes.get(take.id)
    library.takes.save(take)
    media = data_dir / "media" / brief.id
    media.mkdir(parents=True)
    (media / "file").write_bytes(b"x")
    library.purge(brief.id)
    assert library.takes.for_brief(brief.id) == []
    assert not media.exists()
