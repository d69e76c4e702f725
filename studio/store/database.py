"""The SQLite connection: WAL mode, a schema version, and the migration chain.

Each migration runs in its own transaction, after the file has been copied aside, so a
failed upgrade leaves both the untouched copy and the last good version. A database from a
newer schema is refused instead of being damaged.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from studio.core.errors import DatabaseTooNewError, StudioError
from studio.store import migrations

log = logging.getLogger(__name__)

DB_FILENAME = "library.db"
Migration = Callable[[sqlite_utils.Database], None]
# Index i holds the migration from version i to i + 1.
MIGRATIONS: list[Migration] = [
    migrations.to_v1,
    migrations.to_v2,
    migrations.to_v3,
    migrations.to_v4,
    migrations.to_v5,
]
SCHEMA_VERSION = len(MIGRATIONS)


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """One write transaction. The connection is in autocommit mode (isolation_level=None),
    so `with conn:` alone would not group statements; this does, and rolls back on error."""
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")


def schema_version(db: sqlite_utils.Database) -> int:
    if "meta" not in db.table_names():
        return 0
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def open_database(path: Path, target: int = SCHEMA_VERSION) -> sqlite_utils.Database:
    """Open (creating if needed) and upgrade the database at `path` to `target`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        found = _peek_version(path)
        if found > SCHEMA_VERSION:
            raise DatabaseTooNewError(found, SCHEMA_VERSION)
        if 0 < found < target:
            _copy_aside(path, found)
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        db = sqlite_utils.Database(conn)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA busy_timeout = 5000")
    except sqlite3.DatabaseError as exc:
        raise StudioError(
            f"The library file {path} is damaged or not a Brief Studio library ({exc}). "
            "Move it away and start again, or restore a backup next to it."
        ) from exc
    if found < target:
        _migrate(db, path, found, target)
    return db


def _peek_version(path: Path) -> int:
    """The schema version, read without changing the file (no journal-mode switch yet)."""
    if not path.exists() or path.stat().st_size == 0:
        return 0
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return schema_version(sqlite_utils.Database(conn))
    finally:
        conn.close()


def _copy_aside(path: Path, version: int) -> None:
    """A consistent copy (WAL content included) through SQLite's online backup API."""
    backup = path.with_name(f"{path.name}.v{version}.bak")
    src = sqlite3.connect(path)
    dst = sqlite3.connect(backup)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    log.info("Copied %s aside to %s before migrating", path, backup)


def _migrate(db: sqlite_utils.Database, path: Path, found: int, target: int) -> None:
    for version in range(found, target):
        log.info("Migrating %s from schema %d to %d", path, version, version + 1)
        with transaction(db):
            MIGRATIONS[version](db)
            db.execute(
                "INSERT INTO meta(key, value) VALUES('schema_version', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [str(version + 1)],
            )
