"""Opening a bundle without trusting it: every entry's name, type and sizes are checked before
anything is read, then manifest.json and brief.json, then (when streamed) each checksum.

What is refused: names that would leave a target folder (`../`, absolute, drive letters,
backslashes, control characters), symlinks, encrypted or exotically compressed entries,
duplicates, too many files, sizes or compression ratios beyond `Limits` (zip bombs), files
the manifest does not list or lists differently, an unknown format version, and a brief.json
that breaks the schema. Reading never writes anything.
"""

from __future__ import annotations

import hashlib
import re
import stat
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from studio.bundle import errors as e
from studio.bundle.manifest import (
    ATTACHMENTS_DIR,
    BRIEF_JSON,
    MANIFEST_NAME,
    FileEntry,
    Manifest,
    manifest_from_json,
)
from studio.core.brief import Brief
from studio.core.cancel import CancelToken
from studio.core.errors import InvalidBriefError
from studio.core.i18n import DataSize, Phrase
from studio.core.serialize import brief_from_json

MB = 1000 * 1000
GB = 1000 * MB
CHUNK = 1024 * 1024
Sink = Callable[[memoryview], object]


@dataclass(frozen=True)
class Limits:
    """Bounds a bundle must stay within. Text may deflate well, but not a hundredfold."""

    max_files: int = 10_000
    max_total: int = 200 * GB
    max_file: int = 100 * GB
    max_ratio: int = 100
    ratio_floor: int = 1 * MB  # entries smaller than this expanded are never a bomb
    max_text: int = 32 * MB  # manifest.json and brief.json are read into memory
    max_name: int = 400


DEFAULT_LIMITS = Limits()
_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def unsafe_name(name: str, max_length: int = DEFAULT_LIMITS.max_name) -> str | None:
    """Why an entry name may not be used as a relative path (an UNSAFE_* reason, marked for
    translation), or None when it is fine."""
    if not name:
        return e.UNSAFE_NO_NAME
    if len(name) > max_length:
        return e.UNSAFE_LONG_NAME
    if _CONTROL.search(name):
        return e.UNSAFE_CONTROL
    if "\\" in name:
        return e.UNSAFE_BACKSLASH
    if name.startswith("/"):
        return e.UNSAFE_ABSOLUTE
    if _DRIVE.match(name):
        return e.UNSAFE_DRIVE
    parts = name.rstrip("/").split("/")
    if any(p == ".." for p in parts):
        return e.UNSAFE_PARENT
    if any(p in ("", ".") for p in parts):
        return e.UNSAFE_EMPTY_PART
    return None


class BundleReader:
    """A bundle whose structure, manifest and brief.json have been checked; use as a context
    manager. `stream` reads one listed file, checking its size and SHA-256."""

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
        self.path = path
        self.name = path.name
        self.limits = limits
        self._zip = self._open()
        try:
            self._infos = self._check_entries()
            self.manifest = self._read_manifest()
            self.brief = self._read_brief()
        except BaseException:
            self._zip.close()
            raise

    def __enter__(self) -> BundleReader:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()

    @property
    def total_size(self) -> int:
        return sum(f.size for f in self.manifest.files)

    # ---- structure ---------------------------------------------------------------------

    def _open(self) -> zipfile.ZipFile:
        try:
            with self.path.open("rb") as f:
                head = f.read(4)
            return zipfile.ZipFile(self.path)
        except OSError as exc:
            raise e.NotABundleError(e.NOT_ZIP, name=self.name, detail=exc.strerror) from exc
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
            if head == b"PK\x03\x04":
                raise e.NotABundleError(e.TRUNCATED, name=self.name) from exc
            raise e.NotABundleError(e.NOT_ZIP, name=self.name, detail=str(exc)) from exc

    def _check_entries(self) -> dict[str, zipfile.ZipInfo]:
        limits = self.limits
        infos = self._zip.infolist()
        if len(infos) > limits.max_files:
            raise e.BundleTooLargeError(
                e.TOO_MANY_FILES, name=self.name, count=len(infos), limit=limits.max_files
            )
        seen: set[str] = set()
        files: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            name = info.orig_filename
            problem = unsafe_name(name, limits.max_name) or _unsafe_kind(info)
            if problem is None and name.casefold() in seen:
                problem = e.UNSAFE_TWICE
            if problem is not None:
                raise e.UnsafeBundleError(
                    e.UNSAFE_PATH, name=self.name, entry=name, detail=Phrase(problem)
                )
            seen.add(name.casefold())
            if name.endswith("/"):
                continue  # a folder entry: nothing to read
            total += info.file_size
            self._check_size(name, info, total)
            files[name] = info
        return files

    def _check_size(self, name: str, info: zipfile.ZipInfo, total: int) -> None:
        limits = self.limits
        size = DataSize(info.file_size)
        if info.file_size > limits.max_file:
            limit = DataSize(limits.max_file)
            raise e.BundleTooLargeError(
                e.TOO_BIG, name=self.name, entry=name, size=size, limit=limit
            )
        if total > limits.max_total:
            raise e.BundleTooLargeError(
                e.TOTAL_TOO_BIG,
                name=self.name,
                size=DataSize(total),
                limit=DataSize(limits.max_total),
            )
        if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
            raise e.NotABundleError(e.DAMAGED_SIZES, name=self.name, entry=name)
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.ratio_floor and ratio > limits.max_ratio:
            raise e.BundleTooLargeError(
                e.BOMB, name=self.name, entry=name, ratio=int(ratio), size=size
            )

    def _read_manifest(self) -> Manifest:
        if MANIFEST_NAME not in self._infos:
            raise e.NotABundleError(e.NO_MANIFEST, name=self.name)
        manifest = manifest_from_json(self._read_small(MANIFEST_NAME), self.name)
        listed: set[str] = set()
        for entry in manifest.files:
            if entry.path in listed or entry.path == MANIFEST_NAME:
                raise e.NotABundleError(e.MANIFEST_TWICE, name=self.name, entry=entry.path)
            listed.add(entry.path)
            info = self._infos.get(entry.path)
            if info is None:
                raise e.BundleMismatchError(e.MISSING_FILE, name=self.name, entry=entry.path)
            if info.file_size != entry.size:
                raise e.BundleMismatchError(
                    e.SIZE_MISMATCH,
                    name=self.name,
                    entry=entry.path,
                    size=info.file_size,
                    expected=entry.size,
                )
        for name in self._infos:
            if name != MANIFEST_NAME and name not in listed:
                raise e.BundleMismatchError(e.EXTRA_FILE, name=self.name, entry=name)
        video = manifest.video
        for part in (video.path, video.poster, video.chapters_vtt) if video else ():
            if part is not None and part not in listed:
                raise e.BundleMismatchError(e.MISSING_FILE, name=self.name, entry=part)
        return manifest

    def _read_brief(self) -> Brief:
        entry = self.manifest.entry(BRIEF_JSON)
        if entry is None:
            raise e.BundleMismatchError(e.MISSING_FILE, name=self.name, entry=BRIEF_JSON)
        data = self.read(entry)
        try:
            brief = brief_from_json(data.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise e.InvalidBundleBriefError(e.BRIEF_NOT_UTF8, name=self.name) from exc
        except InvalidBriefError as exc:
            raise _invalid_brief(self.name, exc) from exc
        if brief.id != self.manifest.brief_id:
            raise e.NotABundleError(
                e.MANIFEST_OTHER_BRIEF,
                name=self.name,
                listed=self.manifest.brief_id,
                found=brief.id,
            )
        paths = [a.path for a in brief.attachments]
        if len(set(paths)) != len(paths):
            raise e.InvalidBundleBriefError(e.BRIEF_ATTACHMENT_TWICE, name=self.name)
        for attachment in brief.attachments:
            if not attachment.path.startswith(ATTACHMENTS_DIR):
                raise e.InvalidBundleBriefError(
                    e.BRIEF_ATTACHMENT_OUTSIDE, name=self.name, entry=attachment.path
                )
            listed = self.manifest.entry(attachment.path)
            if listed is None:
                raise e.BundleMismatchError(e.MISSING_FILE, name=self.name, entry=attachment.path)
            if attachment.sha256 and attachment.sha256 != listed.sha256:
                raise e.BundleMismatchError(
                    e.CHECKSUM_MISMATCH, name=self.name, entry=attachment.path
                )
        return brief

    # ---- reading -----------------------------------------------------------------------

    def _check_small(self, name: str) -> None:
        info = self._infos[name]
        if info.file_size > self.limits.max_text:
            size, limit = DataSize(info.file_size), DataSize(self.limits.max_text)
            raise e.BundleTooLargeError(
                e.TOO_BIG, name=self.name, entry=name, size=size, limit=limit
            )

    def _read_small(self, name: str) -> bytes:
        self._check_small(name)
        chunks: list[bytes] = []
        self._stream(name, lambda view: chunks.append(bytes(view)))
        return b"".join(chunks)

    def read(self, entry: FileEntry) -> bytes:
        """A small listed file's bytes, checked against the manifest."""
        self._check_small(entry.path)
        chunks: list[bytes] = []
        self.stream(entry, lambda view: chunks.append(bytes(view)))
        return b"".join(chunks)

    def stream(
        self,
        entry: FileEntry,
        sink: Sink | None = None,
        done: Callable[[int], None] | None = None,
        cancel: CancelToken | None = None,
    ) -> None:
        """Feed the entry's bytes to `sink`; raise when its size or SHA-256 differ."""
        digest = hashlib.sha256()

        def check(view: memoryview) -> None:
            digest.update(view)
            if sink is not None:
                sink(view)
            if done is not None:
                done(len(view))

        count = self._stream(entry.path, check, cancel)
        if count != entry.size:
            raise e.BundleMismatchError(
                e.SIZE_MISMATCH, name=self.name, entry=entry.path, size=count, expected=entry.size
            )
        if digest.hexdigest() != entry.sha256:
            raise e.BundleMismatchError(e.CHECKSUM_MISMATCH, name=self.name, entry=entry.path)

    def _stream(self, name: str, sink: Sink, cancel: CancelToken | None = None) -> int:
        """Read one entry in chunks. zipfile never yields more than the declared size, and
        checks the CRC at the end; a damaged entry becomes a DAMAGED error."""
        count = 0
        try:
            with self._zip.open(self._infos[name]) as src:
                while chunk := src.read(CHUNK):
                    if cancel is not None:
                        cancel.check()
                    sink(memoryview(chunk))
                    count += len(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise e.NotABundleError(e.DAMAGED, name=self.name, entry=name, detail=exc) from exc
        return count


def _unsafe_kind(info: zipfile.ZipInfo) -> str | None:
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        return e.UNSAFE_SYMLINK
    if mode and stat.S_IFMT(mode) not in (0, stat.S_IFREG, stat.S_IFDIR):
        return e.UNSAFE_NOT_FILE
    if info.flag_bits & 0x1:
        return e.UNSAFE_ENCRYPTED
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return e.UNSAFE_COMPRESSION
    return None


def _invalid_brief(name: str, error: InvalidBriefError) -> e.InvalidBundleBriefError:
    """brief.json breaks the schema: the field at fault, and what is wrong there (a Phrase
    of context "Brief file" the UI translates, or English where we have no sentence)."""
    if error.field:
        return e.InvalidBundleBriefError(
            e.INVALID_BRIEF_AT, name=name, field=error.field, detail=error.problem
        )
    return e.InvalidBundleBriefError(e.INVALID_BRIEF, name=name, detail=error.problem)
