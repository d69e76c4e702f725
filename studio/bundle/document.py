"""What the bundle's readable documents (index.html, brief.pdf) are made from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from studio.bundle.spec import Section, sections
from studio.core.brief import Brief
from studio.core.take import Chapter


@dataclass(frozen=True)
class Document:
    """The brief as it goes into the bundle (attachment paths are inside the bundle), the
    video's chapters in its own time, and the bundle paths of the video and poster (None
    when the bundle has no video)."""

    brief: Brief
    created: datetime
    chapters: tuple[Chapter, ...] = ()
    duration: float = 0.0
    video: str | None = None
    poster: str | None = None
    locale: str = "en_US"
    app_version: str = ""

    @property
    def sections(self) -> tuple[Section, ...]:
        return sections(self.chapters if self.video else ())
