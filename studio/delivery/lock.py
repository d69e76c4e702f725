"""One delivery queue per data dir: an OS file lock that a crash or kill -9 releases."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from studio.core.errors import StudioError

LOCK_FILE = "delivery.lock"


class QueueBusyError(StudioError):
    def __init__(self) -> None:
        super().__init__(
            "Another Brief Studio (the app, or a `brief-studio send`) is sending from this "
            "library; it carries out the queued deliveries. Check with `brief-studio deliveries`."
        )


class QueueLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILE
        self._file: IO[bytes] | None = None

    def acquire(self) -> None:
        if self._file is not None:
            return
        handle = self.path.open("a+b")
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise QueueBusyError() from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()).encode())
        handle.flush()
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing releases the lock
            self._file = None


def _lock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
