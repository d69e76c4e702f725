"""`record` (a take, headless), `takes` (list them, recover crashed ones) and `take` (edit one).

The same Recorder and take operations as the studio page. `record` prints the take's path
and its health figures; Ctrl-C stops early and keeps what was recorded.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from studio.commands import Command, open_library
from studio.config import load_settings
from studio.core.errors import StudioError
from studio.core.take import Take

PREROLL = 1.0  # seconds of capture before the take starts, as the UI's countdown gives


class RecordingArgumentError(StudioError):
    exit_code = 2


def register(command: Command) -> None:
    p = command("record", _cmd_record, "record a take of a brief (headless); prints its path")
    p.add_argument("id", metavar="ID", help="the brief's id, or enough of its first characters")
    p.add_argument("--duration", type=_seconds, required=True, metavar="SECONDS")
    p.add_argument("--camera", metavar="SPEC", help="index, URL or video file (default: Settings)")
    p.add_argument("--mic", metavar="SPEC", help="PortAudio index or name (default: Settings)")
    p.add_argument("--size", default="1280x720", metavar="WxH", help="default: 1280x720")
    p.add_argument("--fps", type=float, default=30.0, metavar="N", help="default: 30")
    p.add_argument(
        "--chapters-at",
        type=_times,
        default=[],
        metavar="T1,T2,...",
        help="seconds at which a new chapter starts (chapter 1 starts at 0)",
    )
    p.add_argument("--name", default="", help="the take's name")

    p = command("takes", _cmd_takes, "list a brief's takes (recovering any left by a crash)")
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true", help="a JSON array instead of a table")

    p = command("take", _cmd_take, "change a take: rename, pick, trim, poster, delete")
    p.add_argument("take", metavar="TAKE_ID")
    p.add_argument("--rename", metavar="NAME")
    p.add_argument("--pick", action="store_true", help="the take that goes into the bundle")
    p.add_argument("--trim", metavar="START:END", help="seconds kept, e.g. 1.5:62 or 2:")
    p.add_argument("--poster", type=float, metavar="SECONDS", help="poster frame time")
    p.add_argument("--delete", action="store_true")


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("the duration must be more than 0 seconds")
    return value


def _times(text: str) -> list[float]:
    try:
        return sorted(float(t) for t in text.split(",") if t.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a list like 10,25.5,40") from None


def _size(text: str) -> tuple[int, int]:
    from studio.capture.errors import BAD_SIZE, CaptureError, Problem

    width, sep, height = text.lower().partition("x")
    if not (sep and width.isdigit() and height.isdigit() and int(width) >= 16 <= int(height)):
        raise CaptureError(Problem.BAD_SETTING, BAD_SIZE, text=text)
    return int(width), int(height)


def _cmd_record(args: argparse.Namespace, data_dir: Path) -> int:
    from studio.capture.recorder import Recorder, RecorderConfig

    settings = load_settings(data_dir)
    width, height = _size(args.size)
    with open_library(data_dir) as library:
        brief_id = library.resolve_id(args.id)
    config = RecorderConfig(
        camera=settings.camera if args.camera is None else args.camera,
        microphone=settings.microphone if args.mic is None else args.mic,
        width=width,
        height=height,
        fps=args.fps,
        ffmpeg=settings.ffmpeg_path,
    )
    recorder = Recorder(data_dir, brief_id, config)
    for take in recorder.open():
        print(f"Recovered a take left by a crash: {data_dir / take.path}", file=sys.stderr)
    try:
        time.sleep(PREROLL)
        _record(recorder, args.duration, list(args.chapters_at), args.name)
        take = recorder.stop()
    finally:
        recorder.close()
    print(data_dir / take.path)
    health = take.health
    print(f"duration          {take.duration:.2f} s, {take.width}x{take.height}")
    print(f"fps delivered     {health.fps_delivered:.2f} (asked {health.fps_requested:g})")
    print(f"frames written    {health.frames_written}")
    print(f"frames dropped    {health.frames_dropped}")
    print(f"frames duplicated {health.frames_duplicated}")
    print(f"audio overruns    {health.audio_overruns}")
    print(f"queue overflows   {health.queue_overflows}")
    print(f"encoder lag max   {health.encoder_lag_max:.2f} s")
    print(f"chapters          {len(take.chapters)}")
    return 0


def _record(recorder: Any, duration: float, marks: list[float], name: str) -> None:
    """Record until `duration` seconds are in the take, stamping chapters at `marks`."""
    recorder.start(name=name, chapter="Chapter 1" if marks else "")
    print("Recording…", file=sys.stderr, flush=True)
    chapter = 1
    try:
        while (elapsed := recorder.elapsed()) < duration:
            problem = recorder.health().problem
            if problem is not None:
                print(f"warning: {problem.message}", file=sys.stderr)
                return
            while marks and elapsed >= marks[0]:
                marks.pop(0)
                chapter += 1
                recorder.next_chapter(f"Chapter {chapter}")
            time.sleep(min(0.02, max(0.001, duration - elapsed)))
    except KeyboardInterrupt:
        print("Stopped early; saving what was recorded.", file=sys.stderr)


def take_dict(take: Take) -> dict[str, Any]:
    doc = asdict(take)
    doc["created"] = take.created.isoformat()
    return doc


def _cmd_takes(args: argparse.Namespace, data_dir: Path) -> int:
    from studio.capture.recovery import find_orphans, recover_orphans
    from studio.media.binaries import find_ffmpeg

    with open_library(data_dir) as library:
        brief_id = library.resolve_id(args.id)
    if find_orphans(data_dir, brief_id):
        ffmpeg = find_ffmpeg(load_settings(data_dir).ffmpeg_path)
        for take in recover_orphans(data_dir, ffmpeg, brief_id):
            print(f"Recovered a take left by a crash: {take.id}", file=sys.stderr)
    with open_library(data_dir) as library:
        takes = library.takes.for_brief(brief_id)
    if args.json:
        print(json.dumps([take_dict(t) for t in takes], ensure_ascii=False, indent=2))
        return 0
    if not takes:
        print(
            "No takes yet. Record one with: brief-studio record ID --duration 60", file=sys.stderr
        )
        return 0
    for take in takes:
        marks = ("picked " if take.picked else "") + ("recovered" if take.recovered else "")
        kept = f" (kept {take.kept_duration:.1f} s)" if take.kept_duration < take.duration else ""
        print(
            f"{take.id[:8]}  {take.created:%Y-%m-%d %H:%M}  {take.duration:7.1f} s{kept}  "
            f"{len(take.chapters)} ch  {take.size / 1e6:6.1f} MB  {take.name or '-'}  {marks}"
        )
    return 0


def _cmd_take(args: argparse.Namespace, data_dir: Path) -> int:
    from studio.capture import takes as ops
    from studio.media.binaries import find_ffmpeg

    with open_library(data_dir) as library:
        take_id = _resolve_take(library, args.take)
        if args.delete:
            take = ops.delete_take(library, take_id)
            print(f"Deleted take {take.id[:8]}.")
            return 0
        if args.rename is not None:
            ops.rename_take(library, take_id, args.rename)
        if args.pick:
            ops.pick_take(library, take_id)
        if args.trim:
            start, _, end = args.trim.partition(":")
            try:
                ops.trim_take(library, take_id, float(start or 0), float(end) if end else None)
            except ValueError:
                raise RecordingArgumentError(
                    f"{args.trim!r} is not START:END in seconds, e.g. 1.5:62"
                ) from None
        if args.poster is not None:
            ffmpeg = find_ffmpeg(load_settings(data_dir).ffmpeg_path)
            ops.set_poster(library, take_id, ffmpeg, args.poster)
        print(json.dumps(take_dict(library.takes.get(take_id)), ensure_ascii=False, indent=2))
    return 0


def _resolve_take(library: Any, prefix: str) -> str:
    query = "SELECT id FROM takes WHERE substr(id, 1, ?) = ?"
    rows = [r[0] for r in library.db.execute(query, [len(prefix), prefix])]
    if len(rows) == 1:
        return str(rows[0])
    if not rows:
        raise StudioError(
            f"No take with id {prefix!r}. Run `brief-studio takes BRIEF` to see them."
        )
    raise StudioError(f"The id prefix {prefix!r} matches {len(rows)} takes. Type more of it.")
