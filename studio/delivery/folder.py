"""A folder destination: any local, synced (Dropbox, Drive, OneDrive) or network folder.

The copy goes to a staging name beside its final place (same volume, so the rename is
atomic), is fsynced and checked, then renamed: a sync client never uploads half a bundle.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
import shutil
from datetime import timedelta
from pathlib import Path, PurePosixPath

from studio.atomic import fsync_dir
from studio.core.cancel import CancelToken
from studio.core.i18n import QT_TRANSLATE_NOOP
from studio.delivery.destination import Link, LocalFile, Progress, ResumeState, UploadResult
from studio.delivery.errors import DeliveryError, Problem

CHUNK = 4 * 1024 * 1024
PARTIAL = ".partial"

MISSING = QT_TRANSLATE_NOOP(
    "Delivery", "The folder {path} does not exist. Create it or pick another one."
)
DENIED = QT_TRANSLATE_NOOP("Delivery", "No permission to write in the folder {path}.")
FULL = QT_TRANSLATE_NOOP(
    "Delivery", "The folder {path} is full (no space left on its drive). Free some space."
)
FAILED = QT_TRANSLATE_NOOP("Delivery", "Cannot write in the folder {path}: {detail}.")
SHORT_COPY = QT_TRANSLATE_NOOP(
    "Delivery",
    "The copy in {path} has {found} bytes instead of {expected}; it was removed.",
)
DAMAGED_COPY = QT_TRANSLATE_NOOP(
    "Delivery",
    "The copy in {path} does not match the bundle (its checksum differs); it was removed.",
)


def _problem(error: OSError, path: Path) -> DeliveryError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return DeliveryError(Problem.FULL, FULL, path=path)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return DeliveryError(Problem.PERMISSION, DENIED, path=path)
    if error.errno == errno.ENOENT:
        return DeliveryError(Problem.MISSING, MISSING, path=path)
    return DeliveryError(Problem.SERVER, FAILED, path=path, detail=error.strerror or error)


class FolderDestination:
    max_link_life: timedelta | None = None

    def __init__(self, root: Path, create: bool = False) -> None:
        self.root = root
        if create:
            root.mkdir(parents=True, exist_ok=True)

    def _path(self, remote: str) -> Path:
        parts = PurePosixPath(remote).parts
        if not parts or any(p in ("", ".", "..") for p in parts) or PurePosixPath(remote).anchor:
            raise ValueError(f"not a relative remote name: {remote!r}")
        return self.root.joinpath(*parts)

    def check(self) -> str:
        if not self.root.is_dir():
            raise DeliveryError(Problem.MISSING, MISSING, path=self.root)
        probe = self.root / f".brief-studio-probe-{secrets.token_hex(4)}"
        try:
            with probe.open("wb") as f:
                f.write(b"probe")
                os.fsync(f.fileno())
        except OSError as error:
            raise _problem(error, self.root) from error
        finally:
            probe.unlink(missing_ok=True)
        return f"Can write in {self.root}."

    def exists(self, remote: str) -> int | None:
        try:
            return self._path(remote).stat().st_size
        except FileNotFoundError:
            return None

    def upload(
        self,
        file: LocalFile,
        remote: str,
        progress: Progress,
        cancel: CancelToken,
        resume_state: ResumeState,
    ) -> UploadResult:
        target = self._path(remote)
        staging = target.with_name(f".{target.name}{PARTIAL}")
        if not self.root.is_dir():
            raise DeliveryError(Problem.MISSING, MISSING, path=self.root)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if resume_state.load() is None:
                staging.unlink(missing_ok=True)  # from another version of the file
                resume_state.save({"staging": staging.name})
            reused = staging.stat().st_size if staging.exists() else 0
            reused = min(reused, file.size)
            sent = self._copy_from(file, staging, reused, progress, cancel)
            self._verify(file, staging, cancel)
            os.replace(staging, target)
            fsync_dir(target.parent)
        except OSError as error:
            if error.errno in (errno.ENOSPC, errno.EDQUOT):
                staging.unlink(missing_ok=True)  # cannot finish; don't leave the disk full
                resume_state.clear()
            raise _problem(error, self.root) from error
        resume_state.clear()
        return UploadResult(bytes_sent=sent, bytes_reused=reused)

    def _copy_from(
        self, file: LocalFile, staging: Path, offset: int, progress: Progress, cancel: CancelToken
    ) -> int:
        sent = 0
        with open(file.path, "rb") as src, staging.open("r+b" if offset else "wb") as out:
            src.seek(offset)
            out.seek(offset)
            out.truncate()
            progress(offset, file.size)
            while chunk := src.read(CHUNK):
                cancel.check("Sending")
                out.write(chunk)
                sent += len(chunk)
                progress(offset + sent, file.size)
            out.flush()
            os.fsync(out.fileno())
        return sent

    def _verify(self, file: LocalFile, staging: Path, cancel: CancelToken) -> None:
        digest = hashlib.sha256()
        with staging.open("rb") as f:
            while chunk := f.read(CHUNK):
                cancel.check("Checking the copy")
                digest.update(chunk)
        size = staging.stat().st_size
        if size != file.size or digest.hexdigest() != file.sha256:
            staging.unlink(missing_ok=True)
            if size != file.size:
                raise DeliveryError(
                    Problem.VERIFY, SHORT_COPY, path=self.root, found=size, expected=file.size
                )
            raise DeliveryError(Problem.VERIFY, DAMAGED_COPY, path=self.root)

    def abort(self, remote: str, resume_state: ResumeState) -> None:
        target = self._path(remote)
        target.with_name(f".{target.name}{PARTIAL}").unlink(missing_ok=True)
        resume_state.clear()

    def copy(self, source: str, remote: str) -> None:
        """A hard link (no extra space) where the volume allows, else a staged copy."""
        src, target = self._path(source), self._path(remote)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.unlink(missing_ok=True)
            try:
                os.link(src, target)
            except OSError:
                staging = target.with_name(f".{target.name}{PARTIAL}")
                try:
                    shutil.copyfile(src, staging)
                    with staging.open("rb+") as f:
                        os.fsync(f.fileno())
                    os.replace(staging, target)
                finally:
                    staging.unlink(missing_ok=True)
            fsync_dir(target.parent)
        except OSError as error:
            raise _problem(error, self.root) from error

    def share_link(self, remote: str, expires: timedelta | None) -> Link:
        return Link(self._path(remote).absolute().as_uri(), None)

    def delete(self, remote: str) -> None:
        target = self._path(remote)
        try:
            target.unlink(missing_ok=True)
        except OSError as error:
            raise _problem(error, self.root) from error
        with contextlib.suppress(OSError):
            target.parent.rmdir()  # the recipient's token folder, when empty

    def close(self) -> None:
        pass
