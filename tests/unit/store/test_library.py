from dataclasses import replace
from pathlib import Path

import pytest

from studio.core.brief import Brief, Input, Milestone, Planning, Status
from studio.core.errors import AmbiguousBriefIdError, BriefNotFoundError
from studio.store.library import Library, Sort


@pytest.fixture
def library(data_dir: Path) -> Library:
    lib = Library.open(data_dir)
    yield lib
    lib.close()


def test_saved_brief_comes_back_identical(library: Library) -> None:
    brief = library.create(Brief(title="Shop", inputs=(Input(name="Logo"),)))
    assert library.get(brief.id) == brief


def test_database_is_in_wal_mode(library: Library) -> None:
    assert library.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_saves_reach_disk_for_a_second_connection(library: Library, data_dir: Path) -> None:
    brief = library.create(Brief(title="Visible"))
    other = Library.open(data_dir)
    assert other.get(brief.id).title == "Visible"
    other.close()


def test_search_matches_words_in_every_section(library: Library) -> None:
    a = library.create(
        Brief(title="Checkout", planning=Planning(milestones=(Milestone(title="Payment gateway"),)))
    )
    b = library.create(Brief(title="Logo", skills=("Illustrator",), summary="Café branding"))
    assert [s.id for s in library.list(search="gatew")] == [a.id]
    assert [s.id for s in library.list(search="illustr")] == [b.id]
    assert [s.id for s in library.list(search="cafe")] == [b.id]  # diacritics ignored
    assert library.list(search="nothing-like-this") == []
    # FTS syntax typed by a user is taken as words, not as a query language
    assert library.list(search='"AND OR (') == []


def test_search_index_follows_edits(library: Library) -> None:
    brief = library.create(Brief(title="Old words"))
    library.save(replace(brief, title="New words"))
    assert library.list(search="old") == []
    assert len(library.list(search="new")) == 1


def test_filter_by_status_and_sort(library: Library) -> None:
    library.create(Brief(title="b", status=Status.READY))
    library.create(Brief(title="A", status=Status.DRAFT))
    assert [s.title for s in library.list(sort=Sort.TITLE)] == ["A", "b"]
    assert [s.title for s in library.list(status=Status.READY)] == ["b"]


def test_trash_and_restore(library: Library) -> None:
    brief = library.create(Brief(title="Keep me"))
    library.trash(brief.id)
    assert library.list() == []
    assert [s.id for s in library.list(trashed=True)] == [brief.id]
    assert library.list(trashed=True)[0].trashed_at is not None
    library.restore(brief.id)
    assert [s.id for s in library.list()] == [brief.id]
    library.purge(brief.id)
    with pytest.raises(BriefNotFoundError):
        library.get(brief.id)


def test_duplicate_has_new_ids_and_same_content(library: Library) -> None:
    m1 = Milestone(title="One")
    m2 = Milestone(title="Two", depends_on=(m1.id,))
    brief = library.create(
        Brief(title="Orig", status=Status.SENT, planning=Planning(milestones=(m1, m2)))
    )
    copy = library.duplicate(brief.id)
    assert copy.id != brief.id
    assert copy.title == "Orig (copy)"
    assert copy.status is Status.DRAFT
    new1, new2 = copy.planning.milestones
    assert new1.id != m1.id and new2.depends_on == (new1.id,)
    assert library.get(copy.id) == copy


def test_id_prefix_resolution(library: Library) -> None:
    a = library.create(Brief(id="ab" + "0" * 30, title="a"))
    library.create(Brief(id="ab" + "1" * 30, title="b"))
    assert library.resolve_id("ab0") == a.id
    with pytest.raises(AmbiguousBriefIdError):
        library.resolve_id("ab")
    with pytest.raises(BriefNotFoundError):
        library.resolve_id("ff")
    with pytest.raises(BriefNotFoundError):
        library.resolve_id("not hex")


def test_a_brief_that_would_not_load_again_is_not_saved(library: Library) -> None:
    from decimal import Decimal

    from studio.core.brief import CostEstimate, CostItem
    from studio.core.errors import InvalidBriefError

    brief = library.create(Brief(title="ok"))
    broken = replace(brief, costs=CostEstimate(currency="QQ"))
    with pytest.raises(InvalidBriefError, match=r"costs\.currency"):
        library.save(broken)
    huge = replace(brief, costs=CostEstimate(items=(CostItem(unit_price=Decimal("1e20")),)))
    with pytest.raises(InvalidBriefError):
        library.save(huge)
    assert library.get(brief.id) == brief


def test_one_summary_and_in_memory_sort_match_the_list(library: Library) -> None:
    from studio.store.library import sort_key

    for title, status in (("b", Status.SENT), ("A", Status.DRAFT), ("c", Status.READY)):
        library.create(Brief(title=title, status=status))
    for sort in Sort:
        listed = library.list(sort=sort)
        assert sorted(listed, key=sort_key(sort)) == listed
    first = library.list()[0]
    assert library.summary(first.id) == first
    assert library.summary("f" * 32) is None
