import dataclasses
import json
import logging
import os
from pathlib import Path

import platformdirs
import pytest

from studio import config
from studio.config import (
    DataDirError,
    Settings,
    load_settings,
    resolve_data_dir,
    save_settings,
    settings_path,
)

# --- the data dir ---------------------------------------------------------------------------


def test_explicit_dir_wins_over_the_environment(tmp_path: Path, data_dir: Path) -> None:
    chosen = tmp_path / "chosen" / "nested"
    assert resolve_data_dir(chosen) == chosen
    assert chosen.is_dir()


def test_environment_wins_over_the_platform_default(data_dir: Path) -> None:
    assert os.environ["BRIEF_STUDIO_HOME"] == str(data_dir)
    assert resolve_data_dir() == data_dir
    assert resolve_data_dir("") == data_dir


def test_platform_default_when_nothing_is_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEF_STUDIO_HOME")
    expected = Path(platformdirs.user_data_dir("brief-studio", "BriefStudio"))
    path = resolve_data_dir()
    assert path == expected
    assert path.is_dir()


def test_relative_and_home_paths_become_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert resolve_data_dir("rel") == tmp_path / "rel"
    assert resolve_data_dir("~/briefs") == tmp_path / "home" / "briefs"


def test_uncreatable_dir_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with pytest.raises(DataDirError, match="--data-dir"):
        resolve_data_dir(blocker / "data")


# --- settings -------------------------------------------------------------------------------


def test_defaults_when_there_is_no_file(data_dir: Path) -> None:
    settings = load_settings(data_dir)
    assert settings == Settings()
    assert settings.ui_language == ""
    assert settings.last_template == "software"
    assert settings.autosave_delay_ms == 800


def test_settings_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        Settings().camera = "1"  # type: ignore[misc]


def test_save_then_load_round_trips(data_dir: Path) -> None:
    chosen = Settings(
        ui_language="fr",
        last_template="design",
        window_geometry="AdnQywADAAA=",
        autosave_delay_ms=1500,
        ffmpeg_path="/opt/ffmpeg/bin/ffmpeg",
        camera="http://127.0.0.1:8090/feed",
        microphone="Micro « USB »",
    )
    save_settings(chosen, data_dir)
    assert load_settings(data_dir) == chosen
    on_disk = json.loads(settings_path(data_dir).read_text("utf-8"))
    assert on_disk["version"] == config.SETTINGS_VERSION
    assert on_disk["microphone"] == "Micro « USB »"


def test_save_leaves_no_temporary_file(data_dir: Path) -> None:
    save_settings(Settings(camera="2"), data_dir)
    save_settings(Settings(camera="3"), data_dir)
    assert sorted(p.name for p in data_dir.iterdir()) == ["settings.json"]


def test_failed_save_keeps_the_old_file(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    save_settings(Settings(camera="old"), data_dir)

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    with monkeypatch.context() as patch, pytest.raises(OSError, match="disk full"):
        patch.setattr(os, "replace", broken_replace)
        save_settings(Settings(camera="new"), data_dir)
    assert load_settings(data_dir).camera == "old"
    assert sorted(p.name for p in data_dir.iterdir()) == ["settings.json"]


def write_raw(data_dir: Path, content: object) -> None:
    settings_path(data_dir).write_text(json.dumps(content), encoding="utf-8")


def test_unknown_keys_are_ignored(data_dir: Path) -> None:
    write_raw(data_dir, {"version": 1, "camera": "1", "theme": "dark"})
    assert load_settings(data_dir) == Settings(camera="1")


@pytest.mark.parametrize(
    ("key", "bad"),
    [
        ("autosave_delay_ms", "800"),
        ("autosave_delay_ms", True),
        ("autosave_delay_ms", -5),
        ("autosave_delay_ms", 1.5),
        ("ui_language", 3),
        ("camera", None),
        ("window_geometry", ["x"]),
    ],
)
def test_bad_types_fall_back_to_defaults_with_a_warning(
    data_dir: Path, caplog: pytest.LogCaptureFixture, key: str, bad: object
) -> None:
    write_raw(data_dir, {"version": 1, key: bad, "last_template": "video"})
    with caplog.at_level(logging.WARNING, logger="studio.config"):
        settings = load_settings(data_dir)
    assert getattr(settings, key) == getattr(Settings(), key)
    assert settings.last_template == "video"  # the good values survive
    assert key in caplog.text


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '"text"', "\udcff"])
def test_unreadable_file_gives_defaults_and_is_kept_aside(
    data_dir: Path, caplog: pytest.LogCaptureFixture, content: str
) -> None:
    settings_path(data_dir).write_bytes(content.encode("utf-8", "surrogateescape"))
    with caplog.at_level(logging.WARNING, logger="studio.config"):
        assert load_settings(data_dir) == Settings()
    assert "settings.json" in caplog.text
    assert (data_dir / "settings.json.bad").read_bytes() == content.encode(
        "utf-8", "surrogateescape"
    )
    assert not settings_path(data_dir).exists()


def test_missing_version_reads_as_version_one(data_dir: Path) -> None:
    write_raw(data_dir, {"camera": "2"})
    assert load_settings(data_dir) == Settings(camera="2")


def test_upgrade_hooks_run_in_order(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def rename_cam(raw: config.RawSettings) -> config.RawSettings:
        raw["camera"] = raw.pop("cam", "")
        return raw

    def double_delay(raw: config.RawSettings) -> config.RawSettings:
        delay = raw.get("autosave_delay_ms", 800)
        assert isinstance(delay, int)
        raw["autosave_delay_ms"] = delay * 2
        return raw

    monkeypatch.setattr(config, "SETTINGS_VERSION", 3)
    monkeypatch.setattr(config, "UPGRADES", {1: rename_cam, 2: double_delay})
    write_raw(data_dir, {"version": 1, "cam": "usb", "autosave_delay_ms": 400})
    assert load_settings(data_dir) == Settings(camera="usb", autosave_delay_ms=800)

    write_raw(data_dir, {"version": 2, "camera": "usb", "autosave_delay_ms": 400})
    assert load_settings(data_dir) == Settings(camera="usb", autosave_delay_ms=800)


def test_newer_version_is_read_as_far_as_possible(
    data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    write_raw(data_dir, {"version": 99, "camera": "4", "new_thing": True})
    with caplog.at_level(logging.WARNING, logger="studio.config"):
        assert load_settings(data_dir) == Settings(camera="4")
    assert "newer" in caplog.text


def test_every_version_below_the_current_one_has_an_upgrade() -> None:
    assert set(config.UPGRADES) == set(range(1, config.SETTINGS_VERSION))
