"""File ▸ Export Bundle…: a brief with a real take exported through the dialog, verified,
cancelled half-way, and exported without a video."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from studio.bundle.verify import verify_bundle
from studio.bundle.writer import default_name
from studio.config import load_settings
from studio.media.export import PRESET_LABELS, Preset
from studio.store.library import Library
from studio.ui import dialogs
from studio.ui.bundle import export_done
from studio.ui.bundle.export_dialog import ExportDialog
from studio.ui.main_window import MainWindow
from studio.ui.worker import wait_for_background_work
from tests.gui.bundle_support import brief_with_take, ffmpeg_children
from tests.gui.conftest import create
from tests.integration.bundle.conftest import make_clip
from tests.unit.bundle.sample import TITLE


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_clip(tmp_path_factory.mktemp("clips") / "take.mp4")


@pytest.fixture(scope="module")
def long_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Long enough that re-encoding it takes seconds: time to press Cancel half-way."""
    return make_clip(tmp_path_factory.mktemp("clips") / "long.mp4", seconds=40, size="640x480")


@pytest.fixture(autouse=True)
def _no_background_work_left() -> Iterator[None]:
    yield
    assert wait_for_background_work(10_000)


def open_export(qtbot: QtBot, window: MainWindow) -> ExportDialog:
    """Ctrl+E, as the user would, on the brief being edited."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.bundles.export_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def save_to(monkeypatch: pytest.MonkeyPatch, folder: Path, asked: list[Path]) -> None:
    """The save dialog answers with the suggested name in `folder`."""

    def pick(_parent: object, _caption: str, suggested: Path, _filters: str) -> Path:
        asked.append(suggested)
        return folder / suggested.name

    monkeypatch.setattr(dialogs, "save_file", pick)


def test_export_with_the_take_then_verify_show_the_folder_and_close(
    qtbot: QtBot,
    window: MainWindow,
    library: Library,
    clip: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    brief = brief_with_take(library, clip)
    window.panel.select(brief.id)
    dialog = open_export(qtbot, window)
    options = dialog.options_page
    assert options.video_check.isChecked() and options.video_check.isEnabled()
    labels = [options.preset_combo.itemText(i) for i in range(options.preset_combo.count())]
    assert labels == [PRESET_LABELS[p] for p in Preset]
    assert options.size_value.text().startswith("about ")
    assert "without re-encoding" in options.video_detail.text()

    out = tmp_path / "sent"
    out.mkdir()
    asked: list[Path] = []
    save_to(monkeypatch, out, asked)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.current_page() is dialog.done_page, timeout=60_000)

    # Suggested: the bundle's default name, in Documents or the home folder the first time.
    assert asked[0].name == default_name(TITLE, date.today())
    bundle = out / asked[0].name
    assert dialog.bundle == bundle and bundle.is_file()
    assert sorted(p.name for p in out.iterdir()) == [bundle.name]  # no temporary file left
    report = verify_bundle(bundle)
    assert report.brief.id == brief.id and report.has_video
    assert bundle.name in dialog.done_page.file_label.text()
    assert load_settings(library.data_dir).bundle_folder == str(out)

    qtbot.mouseClick(dialog.done_page.verify_button, Qt.MouseButton.LeftButton)
    result = dialog.done_page.verify_panel.result_label
    qtbot.waitUntil(lambda: "every checksum matches" in result.text(), timeout=30_000)
    assert "holds the video walkthrough" in result.text()
    assert dialog.done_page.verify_panel.report is not None

    opened: list[Path] = []
    monkeypatch.setattr(export_done, "show_folder", lambda folder: opened.append(folder) or True)
    qtbot.mouseClick(dialog.done_page.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [out]

    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.done_page.close_button, Qt.MouseButton.LeftButton)
    assert window.bundles.export_dialog is None
    assert str(bundle) in window.statusBar().currentMessage()

    # The next export suggests the folder used last.
    dialog = open_export(qtbot, window)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.current_page() is dialog.done_page, timeout=60_000)
    assert asked[1].parent == out
    dialog.close()


def test_cancel_half_way_stops_ffmpeg_and_leaves_no_file(
    qtbot: QtBot,
    window: MainWindow,
    library: Library,
    long_clip: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    brief = brief_with_take(library, long_clip)
    window.panel.select(brief.id)
    dialog = open_export(qtbot, window)
    dialog.options_page.set_preset(Preset.HD1080)  # re-encoded: seconds of ffmpeg work
    assert "encoded again" in dialog.options_page.video_detail.text()
    out = tmp_path / "sent"
    out.mkdir()
    save_to(monkeypatch, out, [])
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.current_page() is dialog.running

    bar = dialog.progress.bar
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() > 0, timeout=30_000)
    assert dialog.progress.running and list(out.iterdir())  # the work is under way, on disk
    qtbot.mouseClick(dialog.progress.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.progress.text_label.text() == "Cancelling…"
    qtbot.waitUntil(lambda: dialog.current_page() is dialog.options, timeout=15_000)

    assert dialog.options_page.notice_label.text() == "Export cancelled. Nothing was written."
    assert list(out.iterdir()) == []  # neither the bundle nor a temporary file or folder
    assert ffmpeg_children() == []
    assert dialog.export_button.isEnabled()  # free to try again
    dialog.close()


def test_closing_the_dialog_during_an_export_cancels_it(
    qtbot: QtBot,
    window: MainWindow,
    library: Library,
    long_clip: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    brief = brief_with_take(library, long_clip)
    window.panel.select(brief.id)
    dialog = open_export(qtbot, window)
    dialog.options_page.set_preset(Preset.HD720)
    save_to(monkeypatch, tmp_path, [])
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.finished, timeout=15_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.bundle is None
    assert not [p for p in tmp_path.iterdir() if p.name.endswith((".zip", ".part", ".work"))]
    assert ffmpeg_children() == []


def test_a_brief_without_a_take_is_exported_without_video(
    qtbot: QtBot,
    window: MainWindow,
    library: Library,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    create(window, "design")
    dialog = open_export(qtbot, window)
    options = dialog.options_page
    assert not options.video_check.isChecked() and not options.video_check.isEnabled()
    assert options.video_note.isVisible() and "no recording yet" in options.video_note.text()
    assert not options.preset_combo.isEnabled()
    assert dialog.export_button.isEnabled() and not options.problem_label.isVisible()

    save_to(monkeypatch, tmp_path, [])
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.current_page() is dialog.done_page, timeout=30_000)
    assert dialog.bundle is not None
    assert not verify_bundle(dialog.bundle).has_video
    dialog.close()


def test_export_bundle_needs_an_open_brief_and_owns_ctrl_e(window: MainWindow) -> None:
    commands = window.commands
    assert not commands.export_bundle.isEnabled()
    assert commands.export_bundle.shortcut() == QKeySequence("Ctrl+E")
    assert commands.export_json.shortcut() != commands.export_bundle.shortcut()
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    for action in (commands.import_bundle, commands.export_bundle, commands.verify_bundle):
        assert action.text() in texts
    create(window)
    assert commands.export_bundle.isEnabled()
