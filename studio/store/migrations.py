"""Schema migrations, one function per version step; never edit one that has shipped."""

from __future__ import annotations

import json

import sqlite_utils

from studio.store.search_text import search_columns


def to_v1(db: sqlite_utils.Database) -> None:
    """Briefs stored as their JSON document, with the columns the library lists and sorts by."""
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        """CREATE TABLE briefs (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            status TEXT NOT NULL,
            client TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            trashed_at TEXT,
            doc TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX briefs_updated ON briefs(updated)")


def to_v2(db: sqlite_utils.Database) -> None:
    """Full-text search (FTS5) over the words of each brief, filled from existing documents."""
    db.execute(
        """CREATE VIRTUAL TABLE briefs_fts USING fts5(
            brief_id UNINDEXED, title, summary, inputs, milestones, deliverables, skills, risks,
            tokenize = 'unicode61 remove_diacritics 2'
        )"""
    )
    rows = db.execute("SELECT id, doc FROM briefs").fetchall()
    for brief_id, doc in rows:
        db.execute(
            "INSERT INTO briefs_fts(brief_id, title, summary, inputs, milestones, deliverables,"
            " skills, risks) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (brief_id, *search_columns(json.loads(doc))),
        )


def to_v3(db: sqlite_utils.Database) -> None:
    """Takes: the recordings of each brief (files under media/<brief-id>/takes/)."""
    db.execute(
        """CREATE TABLE takes (
            id TEXT PRIMARY KEY,
            brief_id TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            path TEXT NOT NULL,
            created TEXT NOT NULL,
            duration REAL NOT NULL DEFAULT 0,
            size INTEGER NOT NULL DEFAULT 0,
            width INTEGER NOT NULL DEFAULT 0,
            height INTEGER NOT NULL DEFAULT 0,
            chapters TEXT NOT NULL DEFAULT '[]',
            health TEXT NOT NULL DEFAULT '{}',
            trim_start REAL NOT NULL DEFAULT 0,
            trim_end REAL,
            poster_time REAL NOT NULL DEFAULT 0,
            picked INTEGER NOT NULL DEFAULT 0,
            recovered INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE INDEX takes_brief ON takes(brief_id, created)")
