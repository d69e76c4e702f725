"""The sidecar of a recording in progress: a small JSON file next to it, and a lock.

`media/<brief-id>/takes/<take-id>.recording.json` says which brief the recording belongs
to, when it started, its chapters so far and where its file is; it is rewritten atomically
as chapters are stamped. While the recorder runs it holds a lock on
`<take-id>.recording.lock` (POSIX `flock`, released by the kernel when the process dies),
so a sidecar whose lock can be taken is an orphan left by a crash. Where `flock` does not
exist (Windows) the process id in the sidecar decides instead.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from studio.atomic import write_atomically
from studio.core.brief import new_id, now_utc
from studio.core.take import Chapter

SUFFIX = ".recording.json"

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


def takes_dir(data_dir: Path, brief_id: str) -> Path:
    return data_dir / "media" / brief_id / "takes"


@dataclass(frozen=True)
class InProgress:
    take_id: str
    brief_id: str
    name: str
    started: datetime
    file: str  # relative to the data dir
    width: int
    height: int
    fps: float
    chapters: tuple[Chapter, ...] = ()
    pid: int = field(default_factory=os.getpid)
    host: str = field(default_factory=socket.gethostname)

    @classmethod
    def begin(
        cls, brief_id: str, name: str, chapter: str, width: int, height: int, fps: float
    ) -> InProgress:
        """A new take of `brief_id` starting now; `chapter` names its first chapter."""
        take_id = new_id()
        return cls(
            take_id=take_id,
            brief_id=brief_id,
            name=name,
            started=now_utc(),
            file=f"media/{brief_id}/takes/{take_id}.recording.mkv",
            width=width,
            height=height,
            fps=fps,
            chapters=(Chapter(chapter, 0.0),) if chapter else (),
        )

    def with_chapter(self, chapter: Chapter) -> InProgress:
        return replace(self, chapters=(*self.chapters, chapter))


def sidecar_path(data_dir: Path, brief_id: str, take_id: str) -> Path:
    return takes_dir(data_dir, brief_id) / f"{take_id}{SUFFIX}"


def lock_path(sidecar: Path) -> Path:
    return sidecar.with_name(sidecar.name.removesuffix(".json") + ".lock")


def write_sidecar(data_dir: Path, state: InProgress) -> Path:
    path = sidecar_path(data_dir, state.brief_id, state.take_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc: dict[str, Any] = asdict(state)
    doc["started"] = state.started.isoformat()
    doc["chapters"] = [asdict(c) for c in state.chapters]
    write_atomically(path, json.dumps(doc, ensure_ascii=False, indent=1))
    return path


def read_sidecar(path: Path) -> InProgress:
    """Raises ValueError (or OSError) for a sidecar that cannot be used."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    try:
        return InProgress(
            take_id=str(doc["take_id"]),
            brief_id=str(doc["brief_id"]),
            name=str(doc.get("name", "")),
            started=datetime.fromisoformat(doc["started"]),
            file=str(doc["file"]),
            width=int(doc.get("width", 0)),
            height=int(doc.get("height", 0)),
            fps=float(doc.get("fps", 0)),
            chapters=tuple(Chapter(str(c["title"]), float(c["start"])) for c in doc["chapters"]),
            pid=int(doc.get("pid", 0)),
            host=str(doc.get("host", "")),
        )
    except (KeyError, TypeError) as error:
        raise ValueError(f"incomplete sidecar {path.name}: {error}") from error


class RecordingLock:
    """Held for as long as a recording runs; the kernel drops it if the process dies."""

    def __init__(self, sidecar: Path) -> None:
        self.path = lock_path(sidecar)
        self._file: IO[bytes] | None = None

    def acquire(self) -> bool:
        self._file = open(self.path, "a+b")  # noqa: SIM115 - held until release()
        if fcntl is None:
            return True
        try:
            fcntl.flock(self._file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._file.close()
            self._file = None
            return False
        return True

    def release(self, remove: bool = False) -> None:
        if self._file is not None:
            if remove:
                self.path.unlink(missing_ok=True)
            self._file.close()  # closing drops the flock
            self._file = None


def is_orphan(sidecar: Path, state: InProgress) -> bool:
    """True when no live recorder owns this sidecar."""
    if fcntl is not None:
        lock = RecordingLock(sidecar)
        if not lock.acquire():
            return False
        lock.release()
        return True
    if state.host != socket.gethostname():
        return False  # a shared data dir: another machine may be recording
    return not _pid_alive(state.pid)


def _pid_alive(pid: int) -> bool:
    if pid <= 0 or pid == os.getpid():
        return pid == os.getpid()
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def find_sidecars(data_dir: Path, brief_id: str | None = None) -> list[Path]:
    media = data_dir / "media"
    pattern = f"{brief_id}/takes/*{SUFFIX}" if brief_id else f"*/takes/*{SUFFIX}"
    with contextlib.suppress(OSError):
        return sorted(media.glob(pattern))
    return []
