"""Takes of each brief: rows in `takes`, files under media/<brief-id>/takes/."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from datetime import datetime
from typing import Any

import sqlite_utils

from studio.core.errors import StudioError
from studio.core.take import Chapter, Health, Take
from studio.store.database import transaction


class TakeNotFoundError(StudioError):
    def __init__(self, take_id: str) -> None:
        super().__init__(
            f"No take with id {take_id!r}. Run `brief-studio takes BRIEF` to see them."
        )


def _row(take: Take) -> dict[str, Any]:
    return {
        "id": take.id,
        "brief_id": take.brief_id,
        "name": take.name,
        "path": take.path,
        "created": take.created.isoformat(),
        "duration": take.duration,
        "size": take.size,
        "width": take.width,
        "height": take.height,
        "chapters": json.dumps([asdict(c) for c in take.chapters], ensure_ascii=False),
        "health": json.dumps(asdict(take.health)),
        "trim_start": take.trim_start,
        "trim_end": take.trim_end,
        "poster_time": take.poster_time,
        "picked": int(take.picked),
        "recovered": int(take.recovered),
    }


def _take(row: dict[str, Any]) -> Take:
    known = set(Health.__dataclass_fields__)
    health = {k: v for k, v in json.loads(row["health"]).items() if k in known}
    return Take(
        id=row["id"],
        brief_id=row["brief_id"],
        name=row["name"],
        path=row["path"],
        created=datetime.fromisoformat(row["created"]),
        duration=row["duration"],
        size=row["size"],
        width=row["width"],
        height=row["height"],
        chapters=tuple(Chapter(c["title"], float(c["start"])) for c in json.loads(row["chapters"])),
        health=Health(**health),
        trim_start=row["trim_start"],
        trim_end=row["trim_end"],
        poster_time=row["poster_time"],
        picked=bool(row["picked"]),
        recovered=bool(row["recovered"]),
    )


class TakeStore:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def save(self, take: Take) -> None:
        """Insert or replace. Call only once the take's file is complete and in place."""
        self.db.table("takes").upsert(_row(take), pk="id")

    def get(self, take_id: str) -> Take:
        rows = list(self.db["takes"].rows_where("id = ?", [take_id]))
        if not rows:
            raise TakeNotFoundError(take_id)
        return _take(rows[0])

    def for_brief(self, brief_id: str) -> list[Take]:
        """Oldest first, as they were recorded."""
        rows = self.db["takes"].rows_where("brief_id = ?", [brief_id], order_by="created, rowid")
        return [_take(r) for r in rows]

    def picked(self, brief_id: str) -> Take | None:
        """The take that goes into the bundle: the one picked, else the latest."""
        takes = self.for_brief(brief_id)
        chosen = [t for t in takes if t.picked]
        return chosen[0] if chosen else (takes[-1] if takes else None)

    def pick(self, take_id: str) -> Take:
        take = self.get(take_id)
        with transaction(self.db):
            self.db.execute("UPDATE takes SET picked = 0 WHERE brief_id = ?", [take.brief_id])
            self.db.execute("UPDATE takes SET picked = 1 WHERE id = ?", [take_id])
        return replace(take, picked=True)

    def delete(self, take_id: str) -> Take:
        """Remove the row; the caller deletes the file (after the row, so nothing dangles)."""
        take = self.get(take_id)
        self.db.execute("DELETE FROM takes WHERE id = ?", [take_id])
        return take
