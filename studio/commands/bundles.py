"""`export`, `verify` and `import`: the brief bundle from the command line.

Heavy modules (reportlab, the bundle code) are imported inside the handlers: every
`brief-studio` run builds the whole parser.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType

from studio.commands import Command, open_library
from studio.config import load_settings
from studio.core.cancel import CancelToken

PRESETS = ("original", "1080p", "720p", "small")


def register(command: Command) -> None:
    p = command("export", _cmd_export, "write a brief as a bundle: video, PDF, viewer, files")
    p.add_argument("id", metavar="ID", help="the id, or enough of its first characters")
    p.add_argument(
        "--out",
        metavar="PATH",
        help="the bundle file, or a folder for <slug>-<date>.brief.zip (default: the "
        "brief's folder in the library, where sending finds it)",
    )
    p.add_argument(
        "--preset",
        choices=PRESETS,
        default="original",
        help="video quality: original copies it as recorded (default); 1080p and 720p "
        "re-encode; small fits the bundle in an e-mail (25 MB)",
    )
    p.add_argument("--no-video", action="store_true", help="leave the recording out")

    p = command("verify", _cmd_verify, "check a bundle: every file against its manifest")
    p.add_argument("bundle", metavar="BUNDLE", help="a .brief.zip file")

    p = command("import", _cmd_import, "add the brief of a bundle to the library, print its id")
    p.add_argument("bundle", metavar="BUNDLE", help="a .brief.zip file")
    p.add_argument("--as-copy", action="store_true", help="import it as a new brief with fresh ids")


@contextlib.contextmanager
def _cancel_on_interrupt() -> Iterator[CancelToken]:
    """Ctrl-C cancels cleanly (ffmpeg stopped, temporary files removed) instead of aborting."""
    token = CancelToken()

    def interrupted(signum: int, frame: FrameType | None) -> None:
        token.cancel()

    try:
        previous = signal.signal(signal.SIGINT, interrupted)
    except ValueError:  # not the main thread (tests calling main() from a worker)
        yield token
        return
    try:
        yield token
    finally:
        signal.signal(signal.SIGINT, previous)


def _progress(label: str) -> Callable[[float, float], None] | None:
    """A percentage on stderr when it is a terminal; nothing in pipes and logs."""
    if not sys.stderr.isatty():
        return None
    shown = -1

    def show(done: float, total: float) -> None:
        nonlocal shown
        percent = int(100 * done / total) if total else 0
        if percent != shown:
            shown = percent
            end = "\n" if percent >= 100 else ""
            print(f"\r{label}… {percent:3d}%", end=end, file=sys.stderr, flush=True)

    return show


def _cmd_export(args: argparse.Namespace, data_dir: Path) -> int:
    from studio.bundle.exporter import ExportOptions, export_bundle
    from studio.core.i18n import human_size
    from studio.media.export import Preset

    options = ExportOptions(
        preset=Preset(args.preset),
        include_video=not args.no_video,
        ffmpeg_path=load_settings(data_dir).ffmpeg_path,
    )
    out = Path(args.out) if args.out else None
    with open_library(data_dir) as library, _cancel_on_interrupt() as cancel:
        path = export_bundle(library, args.id, out, options, _progress("Exporting"), cancel)
        title = " ".join(library.get(library.resolve_id(args.id)).title.split()) or "Untitled"
    print(f"Exported “{title}” to {path} ({human_size(path.stat().st_size)})")
    return 0


def _cmd_verify(args: argparse.Namespace, data_dir: Path) -> int:
    from studio.bundle.verify import verify_bundle

    with _cancel_on_interrupt() as cancel:
        report = verify_bundle(Path(args.bundle), _progress("Verifying"), cancel)
    print(report.summary())
    return 0


def _cmd_import(args: argparse.Namespace, data_dir: Path) -> int:
    from studio.bundle.importer import import_bundle

    with open_library(data_dir) as library, _cancel_on_interrupt() as cancel:
        brief = import_bundle(
            library, Path(args.bundle), args.as_copy, _progress("Importing"), cancel
        )
        take = library.takes.picked(brief.id)
    title = " ".join(brief.title.split()) or "Untitled"
    extra = " with its video" if take is not None else ""
    print(f"Imported “{title}”{extra}.", file=sys.stderr)
    print(brief.id)
    return 0
