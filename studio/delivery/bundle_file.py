"""The one place delivery touches the bundle: find a brief's latest bundle and fingerprint it.

Sending needs a file that will not change under the upload: its size and mtime key the
resume state, its SHA-256 names the shared upload and verifies a folder copy.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from studio.core.cancel import CancelToken
from studio.core.i18n import QT_TRANSLATE_NOOP
from studio.delivery.destination import LocalFile, Progress, no_progress
from studio.delivery.errors import DeliveryError, Problem

BUNDLE_SUFFIX = ".brief.zip"
CHUNK = 4 * 1024 * 1024

NO_BUNDLE = QT_TRANSLATE_NOOP(
    "Delivery",
    "No bundle of this brief was found in the library. Export one (brief-studio export ID) "
    "and give its file with --bundle.",
)
UNREADABLE = QT_TRANSLATE_NOOP("Delivery", "Cannot read the bundle {path}: {detail}.")
CHANGED = QT_TRANSLATE_NOOP(
    "Delivery",
    "The bundle {path} changed (or was removed) after it was queued. Send the brief again.",
)


def find_bundle(data_dir: Path, brief_id: str) -> Path:
    """The newest `*.brief.zip` under media/<brief-id>/ (where the exporter writes them)."""
    found = sorted(
        (data_dir / "media" / brief_id).rglob(f"*{BUNDLE_SUFFIX}"),
        key=lambda p: p.stat().st_mtime_ns,
    )
    if not found:
        raise DeliveryError(Problem.MISSING, NO_BUNDLE)
    return found[-1]


def fingerprint(
    path: Path, cancel: CancelToken | None = None, progress: Progress = no_progress
) -> LocalFile:
    """Size, mtime and SHA-256 of the file at `path` (read once, in chunks, cancellable)."""
    try:
        before = path.stat()
        digest = hashlib.sha256()
        done = 0
        with path.open("rb") as f:
            while chunk := f.read(CHUNK):
                if cancel is not None:
                    cancel.check("Reading the bundle")
                digest.update(chunk)
                done += len(chunk)
                progress(done, before.st_size)
        after = path.stat()
    except OSError as error:
        detail = error.strerror or str(error)
        raise DeliveryError(Problem.MISSING, UNREADABLE, path=path, detail=detail) from error
    if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns):
        raise DeliveryError(Problem.CHANGED, CHANGED, path=path)
    return LocalFile(str(path.absolute()), after.st_size, after.st_mtime_ns, digest.hexdigest())


def check_unchanged(file: LocalFile) -> None:
    """Before (re)sending: the file is still the one that was queued (size and mtime)."""
    try:
        now = Path(file.path).stat()
    except OSError:
        raise DeliveryError(Problem.CHANGED, CHANGED, path=file.path) from None
    if (now.st_size, now.st_mtime_ns) != (file.size, file.mtime_ns):
        raise DeliveryError(Problem.CHANGED, CHANGED, path=file.path)
