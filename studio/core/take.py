"""A take: one recording of a brief's video walkthrough, with its chapters and health figures."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from studio.core.brief import new_id, now_utc


@dataclass(frozen=True)
class Chapter:
    """A section of the video, starting `start` seconds in (stamped with "next section")."""

    title: str
    start: float


@dataclass(frozen=True)
class Health:
    """What happened while recording; shown live and kept with the take."""

    fps_requested: float = 0.0
    fps_delivered: float = 0.0
    frames_written: int = 0
    frames_dropped: int = 0
    frames_duplicated: int = 0
    audio_overruns: int = 0
    queue_overflows: int = 0
    encoder_lag_max: float = 0.0  # seconds the encoder fell behind, at worst


@dataclass(frozen=True)
class Take:
    """`path` is relative to the data dir. Trims are seconds kept from the file's start/end."""

    id: str = field(default_factory=new_id)
    brief_id: str = ""
    name: str = ""
    path: str = ""
    created: datetime = field(default_factory=now_utc)
    duration: float = 0.0
    size: int = 0
    width: int = 0
    height: int = 0
    chapters: tuple[Chapter, ...] = ()
    health: Health = Health()
    trim_start: float = 0.0
    trim_end: float | None = None
    poster_time: float = 0.0
    picked: bool = False
    recovered: bool = False

    @property
    def kept_duration(self) -> float:
        end = self.duration if self.trim_end is None else min(self.trim_end, self.duration)
        return max(0.0, end - self.trim_start)
