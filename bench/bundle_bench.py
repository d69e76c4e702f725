"""Bundle benchmark: prints the figures issue 4 sets targets for.

    python bench/bundle_bench.py [--minutes 10] [--attachments-mb 50] [--runs 3] [--keep DIR]

A brief with a 10-minute 720p take (generated once with ffmpeg and cached in the temp dir)
and 50 MB of attachments is exported with the `original` preset, then verified. Beside each
figure, the same work done with plain tools on the same files: `ffmpeg -c copy -movflags
+faststart` then `zip -0` for the export, `sha256sum` for the verify. Targets: export within
1.3x the baseline, verify within 1.2x sha256sum. Best of --runs, warm file cache for all.

Two kinds of take are measured: one straight from an encoder (its index at the end), which
the export remuxes like the baseline does; and one already faststart with its chapters (what
the recorder and a previous export leave), which the export copies without ffmpeg.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from studio.bundle.exporter import ExportOptions, plan_export, run_export
from studio.bundle.verify import verify_bundle
from studio.core.brief import new_id
from studio.core.take import Chapter, Take
from studio.media.export import Preset, ffmetadata
from studio.store.attachments import add_attachment
from studio.store.library import Library
from studio.store.templates import brief_from_template

CACHE = Path(tempfile.gettempdir()) / "brief-studio-bench"
SECTIONS = ("Summary", "Inputs", "Planning", "Cost estimate", "Expected results", "Risks")


def take_file(minutes: float, faststart: bool) -> Path:
    """A 720p30 H.264 + AAC take with one chapter per section, made once and cached."""
    seconds = minutes * 60
    kind = "faststart" if faststart else "plain"
    path = CACHE / f"take-720p-{seconds:g}s-{kind}.mp4"
    if path.exists():
        return path
    CACHE.mkdir(exist_ok=True)
    if faststart:
        plain = take_file(minutes, False)
        argv = ["ffmpeg", "-v", "error", "-y", "-i", str(plain), "-map", "0", "-c", "copy"]
        subprocess.run([*argv, "-movflags", "+faststart", str(path)], check=True)
        return path
    step = seconds / len(SECTIONS)
    chapters = tuple(Chapter(t, i * step) for i, t in enumerate(SECTIONS))
    meta = CACHE / "chapters.ffmeta"
    meta.write_text(ffmetadata(chapters, seconds), "utf-8")
    print(f"generating a {minutes:g}-minute 720p take (once; cached in {CACHE})…", flush=True)
    partial = path.with_suffix(".part.mp4")
    subprocess.run(
        [
            "ffmpeg",
            "-v",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            f"testsrc2=size=1280x720:rate=30:duration={seconds}",
            "-f",
            "lavfi",
            "-i",
            f"sine=frequency=440:sample_rate=48000:duration={seconds}",
            "-i",
            str(meta),
            "-map",
            "0:v",
            "-map",
            "1:a",
            "-map_chapters",
            "2",
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            "-b:v",
            "2500k",
            "-g",
            "60",
            "-pix_fmt",
            "yuv420p",
            "-c:a",
            "aac",
            "-b:a",
            "128k",
            str(partial),
        ],
        check=True,
    )
    partial.rename(path)
    return path


def attachment_files(total_mb: int) -> list[Path]:
    """Incompressible files (like photos and PDFs), 10 MB each, cached."""
    folder = CACHE / f"attachments-{total_mb}mb"
    if not folder.exists():
        partial = folder.with_name(folder.name + ".part")
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        left, n = total_mb, 1
        while left > 0:
            size = min(10, left)
            (partial / f"document-{n}.pdf").write_bytes(os.urandom(size * 1_000_000))
            left, n = left - size, n + 1
        partial.rename(folder)
    return sorted(folder.iterdir())


def library_with(root: Path, take: Path, files: list[Path], minutes: float) -> tuple[Library, str]:
    library = Library.open(root / "data")
    brief = brief_from_template("software", "Benchmark brief")
    for file in files:
        brief = add_attachment(library.data_dir, brief, file)
    library.save(brief)
    relative = Path("media") / brief.id / "takes" / f"{new_id()}.mp4"
    (library.data_dir / relative).parent.mkdir(parents=True)
    shutil.copy(take, library.data_dir / relative)
    step = minutes * 60 / len(SECTIONS)
    library.takes.save(
        Take(
            brief_id=brief.id,
            name="Take 1",
            path=relative.as_posix(),
            duration=minutes * 60,
            width=1280,
            height=720,
            chapters=tuple(Chapter(t, i * step) for i, t in enumerate(SECTIONS)),
            poster_time=5.0,
        )
    )
    return library, brief.id


def best(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def measure(label: str, take: Path, files: list[Path], args: argparse.Namespace) -> None:
    root = Path(tempfile.mkdtemp(prefix="bundle-bench-", dir=args.keep))
    try:
        library, brief_id = library_with(root, take, files, args.minutes)
        out = root / "out"
        out.mkdir()
        bundle = out / "bench.brief.zip"

        def export() -> None:
            plan = plan_export(library, brief_id, bundle, ExportOptions(Preset.ORIGINAL))
            run_export(plan)

        export_time = best(args.runs, export)
        copied = plan_export(library, brief_id, bundle).video
        verify_time = best(args.runs, lambda: verify_bundle(bundle))
        base = root / "baseline"
        base.mkdir()

        def baseline_export() -> None:
            video = base / "brief.mp4"
            subprocess.run(
                [
                    "ffmpeg",
                    "-v",
                    "error",
                    "-y",
                    "-i",
                    str(take),
                    "-map",
                    "0",
                    "-c",
                    "copy",
                    "-movflags",
                    "+faststart",
                    str(video),
                ],
                check=True,
            )
            (base / "plain.zip").unlink(missing_ok=True)
            subprocess.run(
                ["zip", "-0", "-q", "-j", str(base / "plain.zip"), str(video), *map(str, files)],
                check=True,
            )

        baseline_time = best(args.runs, baseline_export)
        sums = [str(base / "brief.mp4"), *map(str, files)]
        sha_time = best(
            args.runs, lambda: subprocess.run(["sha256sum", *sums], check=True, capture_output=True)
        )
        size = bundle.stat().st_size / 1e6
        how = "copied as is" if copied is not None and copied.copy_as_is else "remuxed by ffmpeg"
        print(f"\n== {label}: {size:.0f} MB bundle, video {how}")
        rows = (
            ("export", export_time, "ffmpeg -c copy +faststart, zip -0", baseline_time, 1.3),
            ("verify", verify_time, "sha256sum", sha_time, 1.2),
        )
        for name, ours, plain, theirs, target in rows:
            print(
                f"{name}  {ours:6.2f} s   baseline ({plain}) {theirs:6.2f} s   "
                f"ratio {ours / theirs:4.2f}  (target ≤ {target})"
            )
        library.close()
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--attachments-mb", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep the files")
    args = parser.parse_args()
    for tool in ("ffmpeg", "zip", "sha256sum"):
        if shutil.which(tool) is None:
            print(f"{tool} is needed (tools/install-system-deps.sh installs it)", file=sys.stderr)
            return 1
    files = attachment_files(args.attachments_mb)
    print(
        f"{os.cpu_count()} cores; take {args.minutes:g} min 720p; "
        f"attachments {args.attachments_mb} MB; best of {args.runs}"
    )
    measure("take from an encoder", take_file(args.minutes, False), files, args)
    measure("take already faststart", take_file(args.minutes, True), files, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
