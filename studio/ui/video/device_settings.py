"""The devices remembered in Settings (camera, microphone, ffmpeg), read and written through
the main window when there is one, so that its own copy of the settings stays current."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QWidget

from studio.config import Settings, load_settings, save_settings

log = logging.getLogger(__name__)


def current_settings(widget: QWidget, data_dir: Path) -> Settings:
    settings = getattr(widget.window(), "settings", None)
    return settings if isinstance(settings, Settings) else load_settings(data_dir)


def remember_devices(widget: QWidget, data_dir: Path, camera: str, microphone: str) -> None:
    settings = current_settings(widget, data_dir)
    if (settings.camera, settings.microphone) == (camera, microphone):
        return
    updated = replace(settings, camera=camera, microphone=microphone)
    window = widget.window()
    save = getattr(window, "_save_settings", None)  # MainWindow keeps and saves its copy
    if isinstance(getattr(window, "settings", None), Settings) and callable(save):
        save(updated)
        return
    try:
        save_settings(updated, data_dir)
    except OSError:
        log.exception("Could not remember the devices")
