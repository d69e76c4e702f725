"""The data directory and the user's settings, typed and with defaults, in one place."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import typing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from studio.atomic import write_atomically

log = logging.getLogger(__name__)

APP_NAME = "brief-studio"
APP_AUTHOR = "BriefStudio"
HOME_ENV = "BRIEF_STUDIO_HOME"
SETTINGS_FILE = "settings.json"
SETTINGS_VERSION = 1

RawSettings = dict[str, object]

# Upgrade hooks: UPGRADES[n] turns the raw settings of version n into version n + 1. When a
# setting is renamed or its meaning changes, bump SETTINGS_VERSION and add the step here.
UPGRADES: dict[int, Callable[[RawSettings], RawSettings]] = {}


class DataDirError(OSError):
    """The data directory cannot be created or used; the message is written for the user."""


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Return the data directory, creating it if needed.

    In order: ``explicit`` (the CLI's ``--data-dir``), the ``BRIEF_STUDIO_HOME`` environment
    variable, then the platform's per-user data directory.
    """
    if explicit:
        path = Path(explicit)
    elif os.environ.get(HOME_ENV):
        path = Path(os.environ[HOME_ENV])
    else:
        path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path = path.expanduser().absolute()
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DataDirError(
            f"Brief Studio cannot create its data folder {path}: {error.strerror or error}. "
            f"Choose another folder with --data-dir or the {HOME_ENV} environment variable."
        ) from error
    return path


@dataclass(frozen=True)
class Settings:
    """What the user chose, remembered between runs. Change one with ``dataclasses.replace``."""

    ui_language: str = ""  # a locale name such as "fr"; empty follows the system
    last_template: str = "software"
    window_geometry: str = ""  # QWidget.saveGeometry(), base64
    splitter_state: str = ""  # the main window's QSplitter.saveState(), base64
    autosave_delay_ms: int = 800
    ffmpeg_path: str = ""  # empty: find ffmpeg on PATH
    camera: str = ""  # an index or a URL/file; empty: the default camera
    microphone: str = ""  # a PortAudio device name; empty: the default input
    bundle_folder: str = ""  # the folder bundles were last exported to; empty: Documents


def settings_path(data_dir: Path) -> Path:
    return data_dir / SETTINGS_FILE


def load_settings(data_dir: Path) -> Settings:
    """Read the settings; anything missing, unknown or malformed falls back to its default.

    A file that is not a JSON object is moved aside to ``settings.json.bad`` so the next save
    does not silently destroy it.
    """
    path = settings_path(data_dir)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        log.warning("Settings file %s is unreadable (%s); using defaults", path, error)
        _move_aside(path)
        return Settings()
    if not isinstance(raw, dict):
        log.warning("Settings file %s does not hold a JSON object; using defaults", path)
        _move_aside(path)
        return Settings()
    return _settings_from_raw(upgrade_settings(raw), path)


def save_settings(settings: Settings, data_dir: Path) -> None:
    """Write the settings atomically: a temporary file, fsynced, then renamed over the old one."""
    path = settings_path(data_dir)
    content = {"version": SETTINGS_VERSION, **dataclasses.asdict(settings)}
    text = json.dumps(content, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    write_atomically(path, text)


def upgrade_settings(raw: RawSettings) -> RawSettings:
    """Bring raw settings of any earlier version up to SETTINGS_VERSION, one step at a time."""
    version = raw.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        log.warning("Settings version %r is not valid; reading the file as version 1", version)
        version = 1
    if version > SETTINGS_VERSION:
        log.warning(
            "Settings were written by a newer Brief Studio (version %d, this one knows %d); "
            "reading what it can",
            version,
            SETTINGS_VERSION,
        )
    while version < SETTINGS_VERSION:
        raw = UPGRADES[version](dict(raw))
        version += 1
    return {**raw, "version": version}


def _settings_from_raw(raw: RawSettings, path: Path) -> Settings:
    types = typing.get_type_hints(Settings)
    defaults = Settings()
    values: dict[str, object] = {}
    for field in dataclasses.fields(Settings):
        if field.name not in raw:
            continue
        value = raw[field.name]
        if _is_valid(value, types[field.name]):
            values[field.name] = value
        else:
            log.warning(
                "Setting %r in %s has a bad value %r; using the default %r",
                field.name,
                path,
                value,
                getattr(defaults, field.name),
            )
    return dataclasses.replace(defaults, **values)  # type: ignore[arg-type]


def _is_valid(value: object, expected: object) -> bool:
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool) and value >= 0
    return type(value) is expected


def _move_aside(path: Path) -> None:
    try:
        path.replace(path.with_name(path.name + ".bad"))
    except OSError as error:
        log.warning("Could not move %s aside: %s", path, error)
