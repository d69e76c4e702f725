"""Test environment for every test: Qt offscreen, English, and a fresh data dir each time."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Forced, not setdefault: a developer's own QT_QPA_PLATFORM (wayland, xcb) must not pop windows
# or fail without a display. Set BRIEF_STUDIO_TEST_DISPLAY=1 to watch the GUI tests on screen.
# This runs before any test module imports Qt.
if not os.environ.get("BRIEF_STUDIO_TEST_DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

# English unless a test asks for another language (monkeypatch these).
os.environ["LANGUAGE"] = "en"
os.environ["BRIEF_STUDIO_LANG"] = "en"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A new, empty data dir for this test, exported as BRIEF_STUDIO_HOME.

    The XDG directories point into the test's tmp_path too, so nothing (platformdirs, Qt's
    QSettings, font caches) reads or writes the real home.
    """
    path = tmp_path / "data"
    path.mkdir()
    monkeypatch.setenv("BRIEF_STUDIO_HOME", str(path))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / "xdg" / name.lower()))
    return path


@pytest.fixture(autouse=True)
def _drop_app_log_handlers() -> Iterator[None]:
    """A test that ran the CLI or the app leaves setup_logging's handlers on the root logger,
    writing into its (deleted) tmp dir; remove them so no test sees another's handlers."""
    yield
    import logging

    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_brief_studio_handler", False)]:
        root.removeHandler(handler)
        handler.close()
