"""Attachment files: copied into the data dir (hashed on the way), referenced by relative path."""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
from dataclasses import replace
from pathlib import Path

from studio.core.brief import Attachment, Brief, new_id
from studio.core.errors import StudioError

_UNSAFE = re.compile(r"[^\w.\- ]+", re.UNICODE)


def media_dir(data_dir: Path, brief_id: str) -> Path:
    return data_dir / "media" / brief_id


def add_attachment(data_dir: Path, brief: Brief, source: Path) -> Brief:
    """Copy `source` next to the brief's media and return the brief with it attached.

    The copy is written under a temporary name, fsynced, then renamed, so the database
    never points at a half-written file.
    """
    if not source.is_file():
        raise StudioError(f"Cannot attach {source}: it is not a file. Pick a file to attach.")
    attachment_id = new_id()
    safe_name = _UNSAFE.sub("_", source.name).strip() or "file"
    relative = Path("media") / brief.id / "attachments" / f"{attachment_id[:8]}-{safe_name}"
    target = data_dir / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    digest = hashlib.sha256()
    size = 0
    try:
        with source.open("rb") as src, partial.open("wb") as dst:
            while chunk := src.read(1024 * 1024):
                digest.update(chunk)
                dst.write(chunk)
                size += len(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StudioError(
            f"Could not copy {source.name} into the library: {exc.strerror}."
        ) from exc
    media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    attachment = Attachment(
        id=attachment_id,
        name=source.name,
        path=relative.as_posix(),
        size=size,
        sha256=digest.hexdigest(),
        media_type=media_type,
    )
    return replace(brief, attachments=(*brief.attachments, attachment))


def remove_attachment(brief: Brief, attachment_id: str) -> Brief:
    """The brief without that attachment. The file stays until the brief is purged, for undo."""
    return replace(brief, attachments=tuple(a for a in brief.attachments if a.id != attachment_id))
