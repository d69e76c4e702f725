"""Where the recorder's CPU goes, thread by thread: records from the fake camera and the
PulseAudio null sink (as bench/record_bench.py does) and prints each thread's share.

    python bench/record_threads.py [--seconds 40] [--size 1280x720]

Threads started by Python carry their names (camera, video-feed, audio-feed,
recorder-watch); native ones show the kernel's name: PortAudio's callback thread is
"python", PulseAudio's client main loop "threaded-ml". The encoder (ffmpeg) is a separate
process: record_bench.py measures it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from studio.capture.recorder import Recorder, RecorderConfig
from studio.core.brief import Brief
from studio.store.library import Library
from tests.integration.realparts import FakeCamera, PulseMic

TICKS = os.sysconf("SC_CLK_TCK")


def thread_cpu() -> dict[int, tuple[str, float]]:
    """Per thread id: its kernel name and CPU seconds so far, from /proc."""
    found = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
            name = (task / "comm").read_text().strip()
        except OSError:  # the thread ended meanwhile
            continue
        found[int(task.name)] = (name, (int(fields[11]) + int(fields[12])) / TICKS)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=40.0)
    parser.add_argument("--size", default="1280x720")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    pulse = PulseMic.start()
    camera = FakeCamera(size=args.size, fps=30, pattern="flash", background="testsrc2",
                        beep_every=2.0).start()  # fmt: skip
    try:
        with tempfile.TemporaryDirectory(prefix="record-threads-") as folder:
            data_dir = Path(folder)
            library = Library.open(data_dir)
            brief_id = library.create(Brief(title="Bench")).id
            library.close()
            config = RecorderConfig(camera=camera.url, microphone="pulse", width=width,
                                    height=height)  # fmt: skip
            recorder = Recorder(data_dir, brief_id, config)
            recorder.open(recover=False)
            try:
                time.sleep(1.0)
                recorder.start()
                before, wall0, own0 = thread_cpu(), time.monotonic(), time.process_time()
                time.sleep(args.seconds)
                after, wall = thread_cpu(), time.monotonic() - wall0
                process = (time.process_time() - own0) / wall * 100
                names = {t.native_id: t.name for t in threading.enumerate()}
                recorder.stop()
            finally:
                recorder.close()
    finally:
        camera.close()
        pulse.close()
    print(f"capture process      {process:5.2f} % of a core")
    shares = {
        tid: (cpu - before.get(tid, ("", 0.0))[1]) / wall * 100 for tid, (_, cpu) in after.items()
    }
    for tid, share in sorted(shares.items(), key=lambda item: -item[1]):
        if share > 0:
            print(f"  {names.get(tid, after[tid][0]):20s} {share:5.2f} %")


if __name__ == "__main__":
    main()
