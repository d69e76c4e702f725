import shutil
import sqlite3
from pathlib import Path

import pytest

from studio.core.errors import DatabaseTooNewError, StudioError
from studio.store.database import SCHEMA_VERSION, open_database, schema_version
from studio.store.library import Library

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def test_new_database_is_at_the_current_version(tmp_path: Path) -> None:
    db = open_database(tmp_path / "library.db")
    assert schema_version(db) == SCHEMA_VERSION


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_old_fixture_opens_with_current_code_and_is_searchable(
    tmp_path: Path, version: int
) -> None:
    shutil.copy(FIXTURES / f"library-v{version}.db", tmp_path / "library.db")
    library = Library.open(tmp_path)
    assert schema_version(library.db) == SCHEMA_VERSION
    brief = library.get("0123456789abcdef0123456789abcdef")
    assert brief.title == "Legacy shop rewrite"
    assert brief.planning.milestones[0].title == "Checkout audit"
    # the v2 migration indexed the old row
    assert [s.id for s in library.list(search="checkout audit")] == [brief.id]
    assert library.takes.for_brief(brief.id) == []
    # the file was copied aside, at its old version, before migrating
    backup = sqlite3.connect(tmp_path / f"library.db.v{version}.bak")
    found = backup.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    assert found == (str(version),)
    assert backup.execute("SELECT title FROM briefs").fetchall() == [("Legacy shop rewrite",)]


def test_every_past_version_has_a_fixture() -> None:
    for version in range(1, SCHEMA_VERSION):
        assert (FIXTURES / f"library-v{version}.db").exists(), (
            f"run tests/fixtures/make_library_fixtures.py {version}"
        )


def test_failed_migration_leaves_the_database_at_its_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(FIXTURES / "library-v1.db", tmp_path / "library.db")

    def broken(db: object) -> None:
        raise RuntimeError("boom")

    from studio.store import database

    monkeypatch.setattr(database, "MIGRATIONS", [database.MIGRATIONS[0], broken])
    monkeypatch.setattr(database, "SCHEMA_VERSION", 2)
    with pytest.raises(RuntimeError):
        open_database(tmp_path / "library.db", target=2)
    conn = sqlite3.connect(tmp_path / "library.db")
    assert conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == "1"


def test_newer_database_is_refused(tmp_path: Path) -> None:
    db = open_database(tmp_path / "library.db")
    db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    db.conn.close()
    with pytest.raises(DatabaseTooNewError, match="Update Brief Studio"):
        open_database(tmp_path / "library.db")


def test_garbage_file_gives_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "library.db").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StudioError, match="damaged or not a Brief Studio library"):
        open_database(tmp_path / "library.db")
