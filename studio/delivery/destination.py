"""The Destination protocol every place we send to implements, and what it passes around.

A destination uploads a file once under a shared name, then gives each recipient their own
copy (S3 server-side copy, a hard link…) so one link can be revoked without the others.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import PurePosixPath
from typing import Any, Protocol

from studio.core.cancel import CancelToken

Progress = Callable[[int, int], None]


def no_progress(done: int, total: int) -> None:
    pass


@dataclass(frozen=True)
class LocalFile:
    """The file to send, as it was when the delivery was queued."""

    path: str
    size: int
    mtime_ns: int
    sha256: str

    @property
    def name(self) -> str:
        return PurePosixPath(self.path.replace("\\", "/")).name


@dataclass(frozen=True)
class UploadResult:
    bytes_sent: int  # transferred by this call
    bytes_reused: int  # already at the destination from an earlier, interrupted run


@dataclass(frozen=True)
class Link:
    url: str
    expires: datetime | None  # None: lasts until revoked


class ResumeState(Protocol):
    """Where a destination keeps what it needs to resume; the server's answer stays the truth."""

    def load(self) -> dict[str, Any] | None: ...

    def save(self, state: dict[str, Any]) -> None: ...

    def clear(self) -> None: ...


class MemoryResumeState:
    """A ResumeState in memory, for tests and benchmarks."""

    def __init__(self, state: dict[str, Any] | None = None) -> None:
        self.state = state

    def load(self) -> dict[str, Any] | None:
        return dict(self.state) if self.state is not None else None

    def save(self, state: dict[str, Any]) -> None:
        self.state = dict(state)

    def clear(self) -> None:
        self.state = None


class Destination(Protocol):
    # The longest a link may last (S3: 7 days); None when links don't expire.
    max_link_life: timedelta | None

    def check(self) -> str:
        """Connect, and write and remove a probe; returns what was checked, or raises
        DeliveryError saying what is wrong (DNS, refused, credentials, permission…)."""
        ...

    def exists(self, remote: str) -> int | None:
        """The size of the complete file `remote`, or None when there is none."""
        ...

    def upload(
        self,
        file: LocalFile,
        remote: str,
        progress: Progress,
        cancel: CancelToken,
        resume_state: ResumeState,
    ) -> UploadResult:
        """Send `file`, resuming what `resume_state` and the server say was sent; `remote`
        becomes visible only once complete and its size (and checksum, where offered) match."""
        ...

    def abort(self, remote: str, resume_state: ResumeState) -> None:
        """Give up an unfinished upload: remove its partial data (and stop S3 billing it)."""
        ...

    def copy(self, source: str, remote: str) -> None:
        """Give `remote` the same content as the complete `source`, on the server side."""
        ...

    def share_link(self, remote: str, expires: timedelta | None) -> Link: ...

    def delete(self, remote: str) -> None:
        """Remove `remote` (a missing file is not an error)."""
        ...

    def close(self) -> None: ...


def shared_remote(file: LocalFile) -> str:
    """Where the bundle is uploaded once: named by its checksum, so identical bytes reuse it."""
    return f"shared/{file.sha256[:24]}/{file.name}"


def recipient_remote(file: LocalFile) -> str:
    """A recipient's own copy, in a folder named by an unguessable token."""
    return f"{secrets.token_hex(12)}/{file.name}"
