"""What Brief Studio needs on this machine, present or missing, with what to do about it.

Each check is one function returning a `Check`; `brief-studio doctor` prints them and the UI
can show the same list. No Qt here: PySide6 is looked up (`find_spec`), never imported.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from studio.config import DataDirError, resolve_data_dir
from studio.core.errors import StudioError
from studio.store.library import Library

T = TypeVar("T")
PROBE_TIMEOUT = 2.0  # seconds a device probe may take before we call it missing


@dataclass(frozen=True)
class Check:
    """One line of the report. `essential` ones are needed to write briefs at all."""

    name: str
    ok: bool
    detail: str
    advice: str = ""
    essential: bool = False


def format_check(check: Check) -> str:
    """`ok      ffmpeg 5.1.6 (/usr/bin/ffmpeg)` or `missing camera — connect a webcam …`."""
    if check.ok:
        return f"{'ok':<8}{check.detail}"
    label = f"{check.detail} (essential)" if check.essential else check.detail
    return f"{'missing':<8}{label} — {check.advice}" if check.advice else f"{'missing':<8}{label}"


def essentials_ok(checks: list[Check]) -> bool:
    return all(c.ok for c in checks if c.essential)


def run_checks(
    data_dir: str | os.PathLike[str] | None = None, ffmpeg_path: str = ""
) -> list[Check]:
    """Every check, essentials first. `data_dir` as given to --data-dir (None: the default)."""
    return [
        check_python(),
        check_pyside6(),
        *check_data_dir(data_dir),
        check_fts5(),
        check_ffmpeg(ffmpeg_path),
        check_portaudio(),
        check_audio_input(),
        check_camera(),
        check_keyring(),
    ]


def _with_timeout(fn: Callable[[], T], seconds: float | None = None) -> T:
    """Run `fn` in a daemon thread; TimeoutError if it has not returned in time.

    A device driver that hangs must not hang the report. The thread is abandoned (daemon),
    which is acceptable for a probe that only reads.
    """
    seconds = PROBE_TIMEOUT if seconds is None else seconds
    result: list[T] = []
    error: list[BaseException] = []

    def target() -> None:
        try:
            result.append(fn())
        except BaseException as exc:  # handed back to the caller below
            error.append(exc)

    thread = threading.Thread(target=target, name="doctor-probe", daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        raise TimeoutError(f"no answer within {seconds:g} s")
    if error:
        raise error[0]
    return result[0]


# ---- essentials ------------------------------------------------------------------------


def check_python() -> Check:
    version = ".".join(str(n) for n in sys.version_info[:3])
    ok = sys.version_info >= (3, 11)
    return Check(
        "python",
        ok,
        f"Python {version} ({sys.executable})" if ok else f"Python 3.11 or newer (found {version})",
        "" if ok else "install Python 3.11 or newer and reinstall Brief Studio with it",
        essential=True,
    )


def check_pyside6() -> Check:
    if importlib.util.find_spec("PySide6") is None:
        return Check(
            "pyside6",
            False,
            "PySide6 (the Qt toolkit the app window needs)",
            "pip install PySide6 (the command line works without it)",
            essential=True,
        )
    try:
        version = importlib.metadata.version("PySide6")
    except importlib.metadata.PackageNotFoundError:
        version = "(version unknown)"
    return Check("pyside6", True, f"PySide6 {version}", essential=True)


def check_data_dir(explicit: str | os.PathLike[str] | None = None) -> list[Check]:
    """Two checks: the data folder is writable, and the library in it opens."""
    try:
        path = resolve_data_dir(explicit)
        with tempfile.TemporaryFile(dir=path):
            pass
    except (DataDirError, OSError) as error:
        advice = (
            "choose another folder with --data-dir or BRIEF_STUDIO_HOME, or fix its permissions"
        )
        return [
            Check("data-dir", False, f"data folder not writable ({error})", advice, essential=True),
            Check("library", False, "library (no usable data folder)", advice, essential=True),
        ]
    folder = Check("data-dir", True, f"data folder {path} (writable)", essential=True)
    try:
        library = Library.open(path)
        try:
            count = library.count() + library.count(trashed=True)
        finally:
            library.close()
    except (StudioError, sqlite3.Error, OSError) as error:
        return [
            folder,
            Check(
                "library",
                False,
                f"library does not open ({error})",
                "move library.db aside to start a new one, or restore a backup",
                essential=True,
            ),
        ]
    plural = "brief" if count == 1 else "briefs"
    return [folder, Check("library", True, f"library opens ({count} {plural})", essential=True)]


def check_fts5() -> Check:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE probe USING fts5(text)")
        ok = True
    except sqlite3.OperationalError:
        ok = False
    finally:
        conn.close()
    if ok:
        return Check(
            "fts5",
            True,
            f"SQLite {sqlite3.sqlite_version} with full-text search (FTS5)",
            essential=True,
        )
    return Check(
        "fts5",
        False,
        f"SQLite full-text search (FTS5) in SQLite {sqlite3.sqlite_version}",
        "use a Python whose SQLite is built with FTS5 (python.org and distribution builds are)",
        essential=True,
    )


# ---- recording and sending --------------------------------------------------------------


def find_ffmpeg(configured: str = "") -> str | None:
    """The ffmpeg to use: the one set in Settings, then PATH, then the imageio-ffmpeg wheel."""
    if configured:
        return configured if Path(configured).is_file() else None
    found = shutil.which("ffmpeg")
    if found:
        return found
    if importlib.util.find_spec("imageio_ffmpeg") is not None:
        try:
            module: Any = importlib.import_module("imageio_ffmpeg")
            return str(module.get_ffmpeg_exe())
        except (RuntimeError, OSError):
            return None
    return None


def ffmpeg_version(exe: str) -> str:
    """`5.1.6` from `ffmpeg version 5.1.6-0+deb12u1 …`; the raw token for git builds."""
    run = subprocess.run(
        [exe, "-hide_banner", "-version"], capture_output=True, text=True, timeout=10, check=True
    )
    match = re.search(r"version\s+(\S+)", run.stdout)
    if not match:
        return "(version unknown)"
    token = match.group(1)
    numeric = re.match(r"n?(\d+(?:\.\d+)+)", token)
    return numeric.group(1) if numeric else token


def check_ffmpeg(configured: str = "") -> Check:
    exe = find_ffmpeg(configured)
    advice = (
        "install ffmpeg (Debian/Ubuntu: sudo apt install ffmpeg; macOS: brew install ffmpeg; "
        "or pip install imageio-ffmpeg) — needed to record and bundle videos"
    )
    if exe is None:
        where = f"ffmpeg (not found at {configured}, set in Settings)" if configured else "ffmpeg"
        return Check("ffmpeg", False, where, advice)
    try:
        version = ffmpeg_version(exe)
    except (OSError, subprocess.SubprocessError) as error:
        return Check("ffmpeg", False, f"ffmpeg at {exe} does not run ({error})", advice)
    return Check("ffmpeg", True, f"ffmpeg {version} ({exe})")


def _sounddevice() -> Any:
    """The sounddevice module; OSError when the PortAudio library is missing."""
    return importlib.import_module("sounddevice")


PORTAUDIO_ADVICE = (
    "install PortAudio (Debian/Ubuntu: sudo apt install libportaudio2; macOS: brew install "
    "portaudio) — needed to record sound"
)


def check_portaudio() -> Check:
    if importlib.util.find_spec("sounddevice") is None:
        return Check("portaudio", False, "sounddevice (Python package)", "pip install sounddevice")
    try:
        sd = _sounddevice()
    except OSError as error:
        return Check("portaudio", False, f"PortAudio ({error})", PORTAUDIO_ADVICE)
    text = str(sd.get_portaudio_version()[1])  # "PortAudio V19.6.0-devel, revision 396fe4b…"
    return Check("portaudio", True, text.split(",")[0])


def check_audio_input() -> Check:
    advice = "connect a microphone or headset, or check the system's sound settings"
    try:
        sd = _sounddevice()
        devices = _with_timeout(lambda: list(sd.query_devices()))
    except ImportError:
        return Check(
            "audio-input",
            False,
            "audio input (sounddevice not installed)",
            "pip install sounddevice",
        )
    except OSError as error:
        return Check("audio-input", False, f"audio input (PortAudio: {error})", PORTAUDIO_ADVICE)
    except Exception as error:  # PortAudioError, a driver that does not answer (TimeoutError)
        return Check("audio-input", False, f"audio input (cannot list devices: {error})", advice)
    inputs = [d for d in devices if int(d.get("max_input_channels", 0)) > 0]
    if not inputs:
        return Check("audio-input", False, "audio input device", advice)
    more = f" and {len(inputs) - 1} more" if len(inputs) > 1 else ""
    return Check("audio-input", True, f"audio input: {inputs[0].get('name', '?')}{more}")


def _video_devices() -> list[str]:
    return sorted(str(p) for p in Path("/dev").glob("video*"))


def _probe_camera(index: int) -> bool:
    cv2: Any = importlib.import_module("cv2")
    capture = cv2.VideoCapture(index)
    try:
        return bool(capture.isOpened())
    finally:
        capture.release()


def check_camera() -> Check:
    advice = "connect a webcam, or set a camera URL or video file in Settings"
    if importlib.util.find_spec("cv2") is None:
        return Check("camera", False, "camera (OpenCV not installed)", "pip install opencv-python")
    if sys.platform.startswith("linux"):
        devices = _video_devices()
        if not devices:
            return Check("camera", False, "camera (no /dev/video* device)", advice)
        where = devices[0]
    else:
        where = "camera 0"
    try:
        opened = _with_timeout(lambda: _probe_camera(0))
    except TimeoutError:
        return Check("camera", False, f"camera ({where} did not answer in time)", advice)
    except Exception as error:  # OpenCV raises cv2.error and friends
        return Check("camera", False, f"camera ({where}: {error})", advice)
    if not opened:
        return Check("camera", False, f"camera ({where} cannot be opened; busy?)", advice)
    return Check("camera", True, f"camera ({where})")


def check_keyring() -> Check:
    if importlib.util.find_spec("keyring") is None:
        return Check(
            "keyring",
            False,
            "keyring",
            "install keyring (pip install keyring) to remember upload passwords; "
            "without it they are asked once per session",
        )
    try:
        backend = _with_timeout(lambda: importlib.import_module("keyring").get_keyring())
    except Exception as error:
        return Check("keyring", False, f"keyring ({error})", "check the system's keyring service")
    kind = type(backend)
    if kind.__module__.endswith(("fail", "null")) or "Fail" in kind.__name__:
        return Check(
            "keyring",
            False,
            "keyring backend",
            "start a keyring service (GNOME Keyring, KWallet) or pip install keyrings.alt; "
            "without one, upload passwords are asked once per session",
        )
    return Check("keyring", True, f"keyring ({getattr(backend, 'name', kind.__name__)})")
