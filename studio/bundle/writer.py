"""Writing the bundle's ZIP: media stored, text deflated, ZIP64 when needed, manifest.json
last, all under a temporary name that is renamed only once the archive is complete.

Each file is read once: its SHA-256 is computed on the way into the archive.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from types import TracebackType

from studio.atomic import fsync_dir
from studio.bundle.errors import CANNOT_WRITE, SOURCE_CHANGED, BundleError
from studio.bundle.manifest import MANIFEST_NAME, FileEntry
from studio.core.cancel import CancelToken

CHUNK = 1024 * 1024
SUFFIX = ".brief.zip"
# Deflating pays for text; video, images and office files are compressed already.
_DEFLATED_TYPES = ("application/json", "application/xml", "application/javascript")
BytesDone = Callable[[int], None]  # called with the bytes just added


def compresses(media_type: str) -> bool:
    return (
        media_type.startswith("text/")
        or media_type in _DEFLATED_TYPES
        or (media_type.endswith("+json") or media_type.endswith("+xml"))
    )


def slug(title: str, limit: int = 60) -> str:
    """A file-name-safe ASCII slug of the title ("Café déco!" → "cafe-deco")."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return words[:limit].rstrip("-") or "brief"


def default_name(title: str, day: date) -> str:
    """`<slug>-<date>.brief.zip`, the name a bundle gets unless the user picks one."""
    return f"{slug(title)}-{day.isoformat()}{SUFFIX}"


def _file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


class BundleWriter:
    """`with BundleWriter(target, created) as w: w.add_bytes(...); w.add_file(...);
    w.finish(manifest_bytes)`. Leaving the block without `finish` (an error, a cancel)
    removes the temporary file; `target` is only ever complete or untouched."""

    def __init__(self, target: Path, created: datetime) -> None:
        self.target = target
        self.entries: list[FileEntry] = []
        self._stamp = created.timetuple()[:6]
        self._names: set[str] = set()
        try:
            fd, temp = tempfile.mkstemp(
                dir=target.parent, prefix=f".{target.name}.", suffix=".part"
            )
        except OSError as exc:
            raise BundleError(CANNOT_WRITE, path=target, detail=exc.strerror or exc) from exc
        self.temp = Path(temp)
        self._file = os.fdopen(fd, "w+b")
        self._zip = zipfile.ZipFile(self._file, "w", allowZip64=True)
        self._done = False

    def __enter__(self) -> BundleWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if not self._done:
            self.abort()

    def _info(self, path: str, size: int, media_type: str) -> zipfile.ZipInfo:
        if path in self._names:
            raise ValueError(f"{path} is already in the bundle")
        self._names.add(path)
        info = zipfile.ZipInfo(path, self._stamp)
        info.compress_type = zipfile.ZIP_DEFLATED if compresses(media_type) else zipfile.ZIP_STORED
        info.create_system = 3  # Unix, so the mode below is read as a mode
        info.external_attr = (stat.S_IFREG | 0o644) << 16
        info.file_size = size  # lets zipfile pick ZIP64 up front for files over 4 GB
        return info

    def add_bytes(self, path: str, data: bytes, media_type: str) -> FileEntry:
        info = self._info(path, len(data), media_type)
        with self._zip.open(info, "w") as out:
            out.write(data)
        entry = FileEntry(path, len(data), hashlib.sha256(data).hexdigest(), media_type)
        self.entries.append(entry)
        return entry

    def add_file(
        self,
        path: str,
        source: Path,
        media_type: str,
        done: BytesDone | None = None,
        cancel: CancelToken | None = None,
    ) -> FileEntry:
        """Copy `source` into the archive in chunks, hashing it, checking `cancel` between."""
        try:
            with source.open("rb") as src:
                size = os.fstat(src.fileno()).st_size
                digest = hashlib.sha256()
                written = 0
                with self._zip.open(self._info(path, size, media_type), "w") as out:
                    buffer = bytearray(CHUNK)
                    view = memoryview(buffer)
                    while count := src.readinto(buffer):
                        if cancel is not None:
                            cancel.check()
                        digest.update(view[:count])
                        out.write(view[:count])
                        written += count
                        if done is not None:
                            done(count)
        except OSError as exc:
            raise BundleError(CANNOT_WRITE, path=self.target, detail=exc.strerror or exc) from exc
        if written != size:
            raise BundleError(SOURCE_CHANGED, path=self.target, file=source.name)
        entry = FileEntry(path, written, digest.hexdigest(), media_type)
        self.entries.append(entry)
        return entry

    def finish(self, manifest: bytes) -> Path:
        """Add manifest.json last, make the archive durable, rename it into place."""
        try:
            info = self._info(MANIFEST_NAME, len(manifest), "application/json")
            with self._zip.open(info, "w") as out:
                out.write(manifest)
            self._zip.close()
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()
            os.chmod(self.temp, _file_mode())  # mkstemp's 0600 would hide it from others
            os.replace(self.temp, self.target)
            fsync_dir(self.target.parent)
        except OSError as exc:
            self.abort()
            raise BundleError(CANNOT_WRITE, path=self.target, detail=exc.strerror or exc) from exc
        self._done = True
        return self.target

    def abort(self) -> None:
        self._done = True
        with contextlib.suppress(Exception):
            self._zip.close()
        with contextlib.suppress(OSError):
            self._file.close()
        self.temp.unlink(missing_ok=True)
