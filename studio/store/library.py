"""The brief library: save, load, list, search, trash and restore, duplicate."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

import sqlite_utils

from studio.core.brief import Brief, Status, new_id, now_utc
from studio.core.errors import AmbiguousBriefIdError, BriefNotFoundError
from studio.core.i18n import QT_TRANSLATE_NOOP
from studio.core.serialize import brief_from_dict, brief_to_dict, check_schema
from studio.store.database import DB_FILENAME, open_database, transaction
from studio.store.search_text import fts_query, search_columns
from studio.store.takes import TakeStore
from studio.store.templates import fresh_ids

COPY_SUFFIX = QT_TRANSLATE_NOOP("Library", "{title} (copy)")


class Sort(StrEnum):
    UPDATED = "updated"
    CREATED = "created"
    TITLE = "title"
    STATUS = "status"


@dataclass(frozen=True)
class BriefSummary:
    """One row of the library list: enough to show and sort, without loading the brief."""

    id: str
    title: str
    status: Status
    client: str
    created: datetime
    updated: datetime
    trashed_at: datetime | None


# The list's order, for re-sorting rows in memory the way SQL would (see sort_key).
def sort_key(sort: Sort) -> Callable[[BriefSummary], Any]:
    if sort is Sort.TITLE:
        return lambda s: s.title.casefold()
    if sort is Sort.CREATED:
        return lambda s: -s.created.timestamp()
    if sort is Sort.STATUS:
        order = list(Status)
        return lambda s: (order.index(s.status), -s.updated.timestamp())
    return lambda s: -s.updated.timestamp()


_SUMMARY_COLUMNS = "b.id, b.title, b.status, b.client, b.created, b.updated, b.trashed_at"
_ORDER = {
    Sort.UPDATED: "b.updated DESC",
    Sort.CREATED: "b.created DESC",
    Sort.TITLE: "b.title COLLATE NOCASE ASC",
    Sort.STATUS: "CASE b.status WHEN 'draft' THEN 0 WHEN 'ready' THEN 1 "
    "WHEN 'sent' THEN 2 ELSE 3 END, b.updated DESC",
}


def _summary(row: tuple[str, str, str, str, str, str, str | None]) -> BriefSummary:
    return BriefSummary(
        id=row[0],
        title=row[1],
        status=Status(row[2]),
        client=row[3],
        created=datetime.fromisoformat(row[4]),
        updated=datetime.fromisoformat(row[5]),
        trashed_at=datetime.fromisoformat(row[6]) if row[6] else None,
    )


class Library:
    """All briefs of one data dir. Not thread-safe: use it from one thread at a time."""

    def __init__(self, db: sqlite_utils.Database, data_dir: Path) -> None:
        self.db = db
        self.data_dir = data_dir
        self.takes = TakeStore(db)

    @classmethod
    def open(cls, data_dir: Path) -> Library:
        return cls(open_database(data_dir / DB_FILENAME), data_dir)

    def close(self) -> None:
        self.db.conn.close()

    # ---- writing ----------------------------------------------------------------------

    def save(self, brief: Brief) -> None:
        """Insert or replace the brief and its search index, in one transaction.

        A brief the JSON schema would refuse is not written (InvalidBriefError): whatever is
        stored must load again.
        """
        doc = brief_to_dict(brief)
        check_schema(doc)
        with transaction(self.db):
            self.db.execute(
                "INSERT INTO briefs(id, title, status, client, created, updated, doc) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET title = excluded.title, "
                "status = excluded.status, client = excluded.client, "
                "updated = excluded.updated, doc = excluded.doc",
                [
                    brief.id,
                    brief.title,
                    brief.status.value,
                    brief.client.company or brief.client.name,
                    brief.created.isoformat(),
                    brief.updated.isoformat(),
                    json.dumps(doc, ensure_ascii=False),
                ],
            )
            self.db.execute("DELETE FROM briefs_fts WHERE brief_id = ?", [brief.id])
            self.db.execute(
                "INSERT INTO briefs_fts(brief_id, title, summary, inputs, milestones, deliverables,"
                " skills, risks) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [brief.id, *search_columns(doc)],
            )

    def create(self, brief: Brief) -> Brief:
        """Store a new brief, stamped now."""
        stamp = now_utc()
        brief = replace(brief, created=stamp, updated=stamp)
        self.save(brief)
        return brief

    def duplicate(self, brief_id: str, title_template: str = COPY_SUFFIX) -> Brief:
        """A new draft with the same content, fresh ids, and "(copy)" after the title."""
        original = self.get(brief_id)
        copy = fresh_ids(original)
        copy = replace(copy, title=title_template.format(title=original.title), status=Status.DRAFT)
        return self.create(copy)

    def trash(self, brief_id: str) -> None:
        self._set_trashed(brief_id, now_utc().isoformat())

    def restore(self, brief_id: str) -> None:
        self._set_trashed(brief_id, None)

    def purge(self, brief_id: str) -> None:
        """Delete for good (emptying the trash), with its recordings and attachments."""
        brief_id = self.resolve_id(brief_id)
        with transaction(self.db):
            self.db.execute("DELETE FROM briefs WHERE id = ?", [brief_id])
            self.db.execute("DELETE FROM briefs_fts WHERE brief_id = ?", [brief_id])
            self.db.execute("DELETE FROM takes WHERE brief_id = ?", [brief_id])
        # Files go after the rows, so the database never points at a missing file.
        shutil.rmtree(self.data_dir / "media" / brief_id, ignore_errors=True)

    def _set_trashed(self, brief_id: str, when: str | None) -> None:
        brief_id = self.resolve_id(brief_id, include_trashed=True)
        self.db.execute("UPDATE briefs SET trashed_at = ? WHERE id = ?", [when, brief_id])

    # ---- reading ----------------------------------------------------------------------

    def get(self, brief_id: str) -> Brief:
        row = self.db.execute("SELECT doc FROM briefs WHERE id = ?", [brief_id]).fetchone()
        if row is None:
            raise BriefNotFoundError(brief_id)
        return brief_from_dict(json.loads(row[0]))

    def exists(self, brief_id: str) -> bool:
        return (
            self.db.execute("SELECT 1 FROM briefs WHERE id = ?", [brief_id]).fetchone() is not None
        )

    def resolve_id(self, prefix: str, include_trashed: bool = True) -> str:
        """The full id of the brief whose id starts with `prefix` (what the CLI accepts)."""
        prefix = prefix.strip().lower()
        if not prefix or not all(c in "0123456789abcdef" for c in prefix):
            raise BriefNotFoundError(prefix)
        sql = "SELECT id FROM briefs WHERE id >= ? AND id < ?"
        if not include_trashed:
            sql += " AND trashed_at IS NULL"
        upper = prefix + "g"  # 'g' sorts after every hex digit
        rows = self.db.execute(sql + " LIMIT 2", [prefix, upper]).fetchall()
        if not rows:
            raise BriefNotFoundError(prefix)
        if len(rows) > 1 and rows[0][0] != prefix:
            count = self.db.execute(
                "SELECT count(*) FROM briefs WHERE id >= ? AND id < ?", [prefix, upper]
            ).fetchone()[0]
            raise AmbiguousBriefIdError(prefix, int(count))
        return str(rows[0][0])

    def list(
        self,
        search: str = "",
        status: Status | None = None,
        sort: Sort = Sort.UPDATED,
        trashed: bool = False,
        limit: int | None = None,
    ) -> list[BriefSummary]:
        """Briefs in the library (or in the trash), filtered and sorted.

        With a search, the best matches come first (bm25 rank) unless another sort is asked.
        """
        where = ["b.trashed_at IS NOT NULL" if trashed else "b.trashed_at IS NULL"]
        params: list[object] = []
        query = fts_query(search)
        if status is not None:
            where.append("b.status = ?")
            params.append(status.value)
        if query:
            sql = (
                f"SELECT {_SUMMARY_COLUMNS} FROM briefs_fts f JOIN briefs b ON b.id = f.brief_id "
                f"WHERE briefs_fts MATCH ? AND {' AND '.join(where)} ORDER BY "
                + ("f.rank" if sort is Sort.UPDATED else _ORDER[sort])
            )
            params.insert(0, query)
        else:
            sql = (
                f"SELECT {_SUMMARY_COLUMNS} FROM briefs b WHERE {' AND '.join(where)} "
                f"ORDER BY {_ORDER[sort]}"
            )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        try:
            rows = self.db.execute(sql, params).fetchall()
        except sqlite3.OperationalError:
            return []  # a query FTS5 cannot parse finds nothing, rather than failing
        return [_summary(r) for r in rows]

    def summary(self, brief_id: str) -> BriefSummary | None:
        """One brief's row of the list (cheap: what the list shows after an autosave)."""
        row = self.db.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM briefs b WHERE b.id = ?", [brief_id]
        ).fetchone()
        return _summary(row) if row else None

    def count(self, trashed: bool = False) -> int:
        cond = "IS NOT NULL" if trashed else "IS NULL"
        return int(
            self.db.execute(f"SELECT count(*) FROM briefs WHERE trashed_at {cond}").fetchone()[0]
        )


def new_brief(title: str = "") -> Brief:
    """An empty draft brief."""
    return Brief(id=new_id(), title=title)
