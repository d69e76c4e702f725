"""Verifying a bundle: its structure, its manifest, its brief, and every file's checksum."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from studio.bundle.manifest import VERSION, Manifest
from studio.bundle.reader import DEFAULT_LIMITS, BundleReader, Limits
from studio.core.brief import Brief
from studio.core.cancel import CancelToken
from studio.core.i18n import QT_TRANSLATE_NOOP, human_size

Progress = Callable[[float, float], None]

SUMMARY = QT_TRANSLATE_NOOP(
    "Bundle",
    "OK: {name} holds “{title}”: {count} files, {size}, bundle format {version}; "
    "every checksum matches.",
)


@dataclass(frozen=True)
class VerifyReport:
    """A bundle that passed every check."""

    path: Path
    manifest: Manifest
    brief: Brief

    @property
    def files(self) -> int:
        return len(self.manifest.files)

    @property
    def total_size(self) -> int:
        return sum(f.size for f in self.manifest.files)

    @property
    def has_video(self) -> bool:
        return self.manifest.video is not None

    def summary(self) -> str:
        title = " ".join(self.brief.title.split()) or "Untitled"
        return SUMMARY.format(
            name=self.path.name,
            title=title,
            count=self.files,
            size=human_size(self.total_size),
            version=VERSION,
        )


def verify_bundle(
    path: Path,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> VerifyReport:
    """Check everything and return a report, or raise the BundleError that says what is wrong.

    `progress(bytes_checked, bytes_total)`; `cancel` is checked between chunks.
    """
    with BundleReader(path, limits) as reader:
        total = reader.total_size
        checked = 0

        def done(count: int) -> None:
            nonlocal checked
            checked += count
            if progress is not None:
                progress(checked, total)

        for entry in reader.manifest.files:
            if cancel is not None:
                cancel.check()
            reader.stream(entry, done=done, cancel=cancel)
        return VerifyReport(path, reader.manifest, reader.brief)
