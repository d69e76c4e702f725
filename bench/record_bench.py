"""Recording benchmark: prints the figures issue 3 sets targets for.

    python bench/record_bench.py [--minutes 10] [--size 1280x720] [--fps 30] [--no-bare]

Records from the fake camera (ffmpeg on 127.0.0.1: a dark moving test card that flashes white
every 2 s) with a beep played into the PulseAudio null sink at each flash, through the real
Recorder, then does the same encode with a bare `ffmpeg` reading the same kind of source.

Figures: frames delivered/dropped/duplicated, audio overruns, CPU % of the whole app (this
process and its encoder, in % of one core), RSS at 1, 5 and 10 minutes (each minute for a
shorter run), A/V offset at the start and the end (median of 3 flashes each) and the drift
between them, stop-to-ready seconds, and the bare ffmpeg's CPU for comparison.
Targets: 0 dropped, < 0.5 % duplicated; |offset| <= 40 ms, drift <= 10 ms over 10 minutes;
CPU <= 1.3x bare ffmpeg; RSS growth < 20 MB after the first minute; stop-to-ready < 2 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from studio.capture.recorder import Recorder, RecorderConfig
from studio.core.brief import Brief
from studio.store.library import Library
from tests.integration.avsync import flash_beep_offsets
from tests.integration.realparts import SINK, FakeCamera, PulseMic

TICKS = os.sysconf("SC_CLK_TCK")
FLASH_EVERY = 2.0


def cpu_seconds(pid: int) -> float:
    """user + system CPU of a live process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def record(data_dir: Path, brief_id: str, seconds: float, size: str, fps: float) -> dict:
    width, height = (int(v) for v in size.split("x"))
    camera = FakeCamera(size=size, fps=int(fps), pattern="flash", background="testsrc2",
                        beep_every=FLASH_EVERY).start()  # fmt: skip
    config = RecorderConfig(camera=camera.url, microphone="pulse", width=width, height=height,
                            fps=fps)  # fmt: skip
    recorder = Recorder(data_dir, brief_id, config)
    figures: dict = {"rss": {}}
    try:
        recorder.open(recover=False)
        time.sleep(1.0)
        recorder.start()
        encoder_pid = recorder.encoder_pid
        assert encoder_pid is not None
        wall0, self0, enc0 = time.monotonic(), time.process_time(), cpu_seconds(encoder_pid)
        marks = [60, 300, 600] if seconds >= 600 else list(range(60, int(seconds) + 1, 60))
        latencies: list[tuple[float, float]] = []
        next_probe = 0.0
        # CPU of each minute, to see whether it stays flat over a long take.
        minutes: list[tuple[float, float]] = []
        last = (wall0, self0, enc0)
        while (elapsed := time.monotonic() - wall0) < seconds:
            if marks and elapsed >= marks[0]:
                figures["rss"][marks.pop(0)] = rss_mb()
            if elapsed >= 60 * (len(minutes) + 1):
                now = (time.monotonic(), time.process_time(), cpu_seconds(encoder_pid))
                span = now[0] - last[0]
                minutes.append(((now[1] - last[1]) / span * 100, (now[2] - last[2]) / span * 100))
                last = now
            if elapsed >= next_probe:
                latency = FakeCamera.beep_latency()
                if latency is not None:
                    latencies.append((elapsed, latency))
                next_probe += 5.0
            time.sleep(0.2)
        figures["source_latency"] = latencies
        figures["cpu_minutes"] = minutes
        for mark in marks:  # the last mark falls on the end of the loop
            figures["rss"][mark] = rss_mb()
        wall = time.monotonic() - wall0
        figures["cpu_process"] = (time.process_time() - self0) / wall * 100
        figures["cpu_encoder"] = (cpu_seconds(encoder_pid) - enc0) / wall * 100
        figures["cpu_app"] = figures["cpu_process"] + figures["cpu_encoder"]
        health = recorder.health()
        stopped = time.monotonic()
        take = recorder.stop()
        figures["stop_to_ready"] = time.monotonic() - stopped
    finally:
        recorder.close()
        camera.close()
    figures.update(health=health, take=take, path=data_dir / take.path)
    return figures


def bare_ffmpeg(out: Path, seconds: float, size: str, fps: float) -> float:
    """CPU % (of one core) of ffmpeg encoding the same source with the same settings."""
    camera = FakeCamera(size=size, fps=int(fps), pattern="flash", background="testsrc2",
                        beep_every=FLASH_EVERY).start()  # fmt: skip
    argv = ["ffmpeg", "-v", "error", "-y", "-i", camera.url, "-f", "pulse", "-i"]
    argv += [f"{SINK}.monitor", "-t", f"{seconds}", "-map", "0:v", "-map", "1:a"]
    argv += ["-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-g", f"{round(fps)}"]
    argv += ["-bf", "0", "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "128k"]
    argv += ["-f", "matroska", str(out)]
    try:
        started = time.monotonic()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL)
        _, _, usage = os.wait4(proc.pid, 0)
        proc.returncode = 0
        wall = time.monotonic() - started
    finally:
        camera.close()
    return (usage.ru_utime + usage.ru_stime) / wall * 100


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--size", default="1280x720")
    parser.add_argument("--fps", type=float, default=30.0)
    parser.add_argument("--no-bare", action="store_true", help="skip the bare ffmpeg run")
    parser.add_argument("--flashes", action="store_true", help="print every flash's offset")
    args = parser.parse_args()
    seconds = args.minutes * 60
    pulse = PulseMic.start()
    try:
        with tempfile.TemporaryDirectory(prefix="record-bench-") as folder:
            data_dir = Path(folder)
            library = Library.open(data_dir)
            brief_id = library.create(Brief(title="Bench")).id
            library.close()
            print(f"Recording {args.minutes:g} min of {args.size}@{args.fps:g} …", flush=True)
            figures = record(data_dir, brief_id, seconds, args.size, args.fps)
            report(figures, seconds, args.flashes)
            if not args.no_bare:
                print("Bare ffmpeg, same source and settings …", flush=True)
                bare = bare_ffmpeg(data_dir / "bare.mkv", seconds, args.size, args.fps)
                print(f"cpu bare ffmpeg       {bare:6.1f} %")
                print(f"cpu app / bare        {figures['cpu_app'] / bare:6.2f} x (target <= 1.3)")
    finally:
        pulse.close()


def report(figures: dict, seconds: float, flashes: bool = False) -> None:
    health, take = figures["health"], figures["take"]
    delivered = round(health.fps_delivered * seconds)
    print(f"take                  {take.duration:.1f} s, {take.width}x{take.height}, "
          f"{take.size / 1e6:.1f} MB, encoder {health.encoder}")  # fmt: skip
    print(f"fps delivered         {health.fps_delivered:.2f} (~{delivered} frames)")
    print(f"frames written        {health.frames_written}")
    print(f"frames dropped        {health.frames_dropped} ({health.dropped_percent:.2f} %)")
    print(f"frames duplicated     {health.frames_duplicated} "
          f"({health.duplicated_percent:.2f} %, target < 0.5 %)")  # fmt: skip
    print(f"audio overruns        {health.audio_overruns}")
    print(f"queue overflows       {health.queue_overflows}")
    print(f"encoder lag max       {health.encoder_lag_max:.2f} s")
    print(
        f"cpu app               {figures['cpu_app']:6.1f} % (capture process "
        f"{figures['cpu_process']:.1f} + encoder {figures['cpu_encoder']:.1f})"
    )
    if figures["cpu_minutes"]:
        process = " ".join(f"{p:.1f}" for p, _ in figures["cpu_minutes"])
        encoder = " ".join(f"{e:.1f}" for _, e in figures["cpu_minutes"])
        print(f"cpu by minute         capture process {process}; encoder {encoder}")
    rss = figures["rss"]
    for minute_mark, value in rss.items():
        print(f"rss at {minute_mark // 60:>2} min          {value:6.1f} MB")
    if len(rss) > 1:
        values = list(rss.values())
        print(f"rss growth after 1min {values[-1] - values[0]:+6.1f} MB (target < 20)")
    pairs = flash_beep_offsets(figures["path"], every=FLASH_EVERY)
    if flashes:  # two clusters a frame apart are the camera's phase, not drift
        for row in range(0, len(pairs), 20):
            print(
                "flash offsets ms     ",
                " ".join(f"{o * 1000:+.0f}" for _, o in pairs[row : row + 20]),
            )
    if len(pairs) >= 6:
        start = statistics.median(o for _, o in pairs[:3])
        end = statistics.median(o for _, o in pairs[-3:])
        worst = max(abs(o) for _, o in pairs)
        print(f"A/V offset start      {start * 1000:+6.1f} ms (median of 3 flashes)")
        print(f"A/V offset end        {end * 1000:+6.1f} ms (median of 3 flashes)")
        print(f"A/V drift             {(end - start) * 1000:+6.1f} ms (end minus start)")
        # Each flash is found to the frame (33 ms at 30 fps), so the medians above move by
        # a few ms with the phase of the camera; a line through every flash does not.
        times = [at for at, _ in pairs]
        slope = statistics.linear_regression(times, [o for _, o in pairs]).slope
        print(f"A/V drift (fit)       {slope * (times[-1] - times[0]) * 1000:+6.1f} ms over the "
              f"take, from a line through all {len(pairs)} flashes (target <= 10)")  # fmt: skip
        latencies = [v for _, v in figures["source_latency"]]
        if len(latencies) >= 4:
            first = statistics.median(latencies[:3])
            last = statistics.median(latencies[-3:])
            print(f"source's beep latency {first * 1000:6.1f} ms at start, {last * 1000:.1f} ms "
                  f"at end (PulseAudio playback of the test source)")  # fmt: skip
            print(f"A/V offset, source latency removed: start {(start - first) * 1000:+.1f} ms, "
                  f"end {(end - last) * 1000:+.1f} ms, drift "
                  f"{((end - last) - (start - first)) * 1000:+.1f} ms")  # fmt: skip
        print(f"A/V worst flash       {worst * 1000:6.1f} ms of {len(pairs)} flashes")
        minutes: dict[int, list[float]] = {}
        for at, offset in pairs:
            minutes.setdefault(int(at // 60), []).append(offset)
        by_minute = [f"{statistics.median(v) * 1000:+.0f}" for _, v in sorted(minutes.items())]
        print(f"A/V offset by minute  {' '.join(by_minute)} ms")
    else:
        print(f"A/V offset            too few flashes found ({len(pairs)})")
    print(f"stop to ready         {figures['stop_to_ready']:.2f} s (target < 2)")


if __name__ == "__main__":
    main()
