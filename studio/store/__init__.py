"""The local store: one SQLite file (sqlite-utils, WAL), one module per aggregate."""
