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


def to_v4(db: sqlite_utils.Database) -> None:
    """Sending: the address book, destinations (no secrets: those live in the OS keyring),
    one delivery per brief and recipient, and the resume state of interrupted uploads."""
    db.execute(
        """CREATE TABLE recipients (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            email TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            timezone TEXT NOT NULL DEFAULT '',
            languages TEXT NOT NULL DEFAULT '[]',
            rate TEXT,
            currency TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]',
            created TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE destinations (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            kind TEXT NOT NULL,
            config TEXT NOT NULL DEFAULT '{}',
            is_default INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE deliveries (
            id TEXT PRIMARY KEY,
            brief_id TEXT NOT NULL,
            recipient_id TEXT NOT NULL,
            recipient_name TEXT NOT NULL,
            destination_id TEXT NOT NULL,
            bundle_path TEXT NOT NULL,
            bundle_size INTEGER NOT NULL,
            bundle_mtime_ns INTEGER NOT NULL,
            bundle_sha256 TEXT NOT NULL,
            shared_remote TEXT NOT NULL,
            remote TEXT NOT NULL,
            expires_in INTEGER,
            status TEXT NOT NULL,
            done INTEGER NOT NULL DEFAULT 0,
            total INTEGER NOT NULL DEFAULT 0,
            bytes_sent INTEGER NOT NULL DEFAULT 0,
            link TEXT NOT NULL DEFAULT '',
            expires TEXT,
            reason TEXT NOT NULL DEFAULT '',
            attempts INTEGER NOT NULL DEFAULT 0,
            next_try TEXT,
            paused INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            sent_at TEXT,
            revoked_at TEXT
        )"""
    )
    db.execute("CREATE INDEX deliveries_brief ON deliveries(brief_id, created)")
    db.execute("CREATE INDEX deliveries_status ON deliveries(status, next_try)")
    db.execute(
        """CREATE TABLE upload_state (
            destination_id TEXT NOT NULL,
            remote TEXT NOT NULL,
            size INTEGER NOT NULL,
            mtime_ns INTEGER NOT NULL,
            state TEXT NOT NULL,
            updated TEXT NOT NULL,
            PRIMARY KEY (destination_id, remote, size, mtime_ns)
        )"""
    )


def to_v5(db: sqlite_utils.Database) -> None:
    """Failure reasons kept as their English template plus its params (JSON), so the UI can
    say them in its own language. Older rows hold the sentence already written in English
    and no params: they are shown as they were."""
    db.execute("ALTER TABLE deliveries ADD COLUMN reason_params TEXT NOT NULL DEFAULT ''")
