"""Screenshots of the Video step with real devices: ready, recording, and the take reviewed.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python tools/studio_screenshots.py \
        [--lang en fr] [--size 1280x800] [--out /tmp/shots]

The camera is the tests' ffmpeg test card on 127.0.0.1 and the microphone the PulseAudio
null sink (tests/integration/realparts.py), with a beep every second so the level meter
moves. Needs ffmpeg and PulseAudio, as the tests do.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", nargs="+", default=["en", "fr"])
    parser.add_argument("--size", nargs="+", default=["1280x800"])
    parser.add_argument("--out", type=Path, default=Path("/tmp/shots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from studio.app import load_style
    from studio.config import load_settings, save_settings
    from studio.store.library import Library
    from studio.store.templates import brief_from_template
    from studio.ui.i18n import install_translators
    from studio.ui.main_window import MainWindow
    from tests.integration.realparts import FakeCamera, PulseMic

    app = QApplication.instance() or QApplication(sys.argv[:1])
    load_style(app)

    pulse = PulseMic.start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            data_dir = Path(tmp)
            library = Library.open(data_dir)
            start = date.today() - timedelta(days=12)
            brief = brief_from_template("software", title="Checkout rewrite for Acme Shop",
                                        start=start)  # fmt: skip
            library.create(brief)
            for lang in args.lang:
                install_translators(app, lang)
                for size in args.size:
                    # The fake camera serves one connection: a new one for each window.
                    camera = FakeCamera(size="1280x720", fps=30, pattern="flash",
                                        background="testsrc2", beep_every=1.0).start()  # fmt: skip
                    settings = replace(load_settings(data_dir), camera=camera.url)
                    save_settings(replace(settings, microphone="pulse"), data_dir)
                    width, height = (int(v) for v in size.split("x"))
                    window = MainWindow(library)
                    window.resize(width, height)
                    window.show()
                    window.open_brief(brief.id)
                    try:
                        studio_shots(app, window, args.out / f"{lang}-{size}-studio")
                    finally:
                        window.close()
                        window.deleteLater()
                        app.processEvents()
                        camera.close()
            library.close()
    finally:
        pulse.close()
    return 0


def studio_shots(app: Any, window: Any, prefix: Path) -> None:
    """Open the studio, record a few seconds over two sections, stop: a shot at each stage."""
    from studio.capture.health import State
    from studio.core.steps import Step
    from studio.ui.video.recorder_link import Phase

    def wait(condition: Callable[[], bool], seconds: float = 20.0) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the studio did not get there in time")
            app.processEvents()
            time.sleep(0.02)

    def settle(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    page = window.editor.show_step(Step.VIDEO)
    record = page.record
    if not page.in_studio:
        page.studio_button.click()
    wait(lambda: record.link.phase is Phase.OPEN)
    settle(1.5)
    shot(window, prefix.with_name(f"{prefix.name}-ready.png"))
    record.countdown.seconds = 1
    record.controls.record_button.click()
    wait(lambda: record.state is State.RECORDING)
    settle(2.5)
    record.teleprompter.setFocus()
    record.next_section()
    settle(2.0)
    shot(window, prefix.with_name(f"{prefix.name}-recording.png"))
    record.controls.stop_button.click()
    wait(lambda: not page.in_studio)
    settle(1.5)
    shot(window, prefix.with_name(f"{prefix.name}-review.png"))


def shot(window: Any, path: Path) -> None:
    window.grab().save(str(path))
    print(path)


if __name__ == "__main__":
    os.environ.setdefault("BRIEF_STUDIO_LANG", "en")
    sys.exit(main())
