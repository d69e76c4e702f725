"""File ▸ Import Bundle…, bundles dropped on the window, File ▸ Verify Bundle…, and bundles
that must be refused: the backend's message is shown and nothing is imported."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from studio.core.brief import Brief
from studio.store.library import Library
from studio.ui import dialogs
from studio.ui.main_window import MainWindow
from studio.ui.worker import wait_for_background_work
from tests.gui.bundle_support import drag_data, drag_enter, drag_leave, drop, make_bundle
from tests.integration.bundle.conftest import make_clip
from tests.unit.bundle.sample import RawEntry, entries_of, raw_zip, replaced, tree


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_clip(tmp_path_factory.mktemp("clips") / "take.mp4")


@pytest.fixture(autouse=True)
def _no_background_work_left() -> Iterator[None]:
    yield
    assert wait_for_background_work(10_000)


@pytest.fixture
def bundle(library: Library, clip: Path, tmp_path: Path) -> tuple[Brief, Path]:
    """A bundle of a brief with a take, and a library that no longer holds that brief."""
    brief, path = make_bundle(library, clip, tmp_path / "received")
    library.purge(brief.id)
    return brief, path


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "warn", lambda _p, title, text: shown.append((title, text)))
    return shown


def pick(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[Path | None]:
    """The open-file dialog answers `path`; returns the folders it was opened in."""
    folders: list[Path | None] = []

    def answer(_p: object, _caption: str, _filters: str, folder: Path | None = None) -> Path:
        folders.append(folder)
        return path

    monkeypatch.setattr(dialogs, "open_file", answer)
    return folders


def wait_imported(qtbot: QtBot, window: MainWindow, library: Library, count: int) -> Brief:
    """Wait until the library holds `count` briefs and the newest import is open."""
    qtbot.waitUntil(lambda: len(library.list()) == count, timeout=30_000)
    qtbot.waitUntil(lambda: window.session is not None, timeout=5_000)
    assert window.session is not None
    return library.get(window.session.brief.id)


def test_import_from_the_menu_adds_the_brief_with_its_video_and_selects_it(
    qtbot: QtBot,
    window: MainWindow,
    library: Library,
    bundle: tuple[Brief, Path],
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[tuple[str, str]],
) -> None:
    brief, path = bundle
    folders = pick(monkeypatch, path)
    window.commands.import_bundle.trigger()
    importer = window.bundles.importer()
    assert importer.dialog is not None and importer.dialog.isVisible()  # progress, Cancel
    imported = wait_imported(qtbot, window, library, 1)

    assert imported.id == brief.id and imported.title == brief.title
    assert window.panel.current_id() == brief.id
    take = library.takes.picked(brief.id)
    assert take is not None and (library.data_dir / take.path).is_file()
    assert len(imported.attachments) == 2
    assert all((library.data_dir / a.path).is_file() for a in imported.attachments)
    assert "Imported" in window.statusBar().currentMessage()
    assert importer.dialog is None and not importer.busy()
    assert warnings == []
    assert folders and folders[0] is not None and folders[0].is_dir()


def test_a_brief_already_in_the_library_is_imported_as_a_copy_when_the_user_agrees(
    qtbot: QtBot,
    window: MainWindow,
    library: Library,
    clip: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    original, path = make_bundle(library, clip, tmp_path / "received")
    questions: list[tuple[str, str, str]] = []
    answers = [False, True]

    def ask(_p: object, title: str, text: str, accept: str) -> bool:
        questions.append((title, text, accept))
        return answers.pop(0)

    monkeypatch.setattr(dialogs, "ask", ask)
    pick(monkeypatch, path)
    window.commands.import_bundle.trigger()  # declined: nothing happens
    assert len(library.list()) == 1 and window.bundles.importer().dialog is None
    assert questions[0][0] == "Already in your library"
    assert "is already in your library" in questions[0][1]
    assert questions[0][2] == "Import as a Copy"  # the backend cannot replace a brief

    window.commands.import_bundle.trigger()
    copy = wait_imported(qtbot, window, library, 2)
    assert copy.id != original.id and copy.title == original.title
    assert library.get(original.id) == original  # the one we had is untouched
    assert window.panel.current_id() == copy.id
    assert library.takes.picked(copy.id) is not None


def test_a_bundle_dropped_on_the_window_is_imported(
    qtbot: QtBot,
    window: MainWindow,
    library: Library,
    bundle: tuple[Brief, Path],
    tmp_path: Path,
    warnings: list[tuple[str, str]],
) -> None:
    brief, path = bundle
    target = window.panel.view.viewport()  # dropped on the list of briefs
    hint = window.bundles.drop_hint

    other = tmp_path / "notes.txt"
    other.write_text("not a bundle")
    assert not drag_enter(target, drag_data(other)).isAccepted()  # left to other widgets
    assert not hint.isVisible()

    assert drag_enter(target, drag_data(path)).isAccepted()
    assert hint.isVisible() and hint.geometry() == window.panel.rect()
    drag_leave(window)
    assert not hint.isVisible()

    drag_enter(target, drag_data(path))
    assert drop(target, drag_data(path)).isAccepted()
    assert not hint.isVisible()
    imported = wait_imported(qtbot, window, library, 1)
    assert imported.id == brief.id and window.panel.current_id() == brief.id
    assert warnings == []


def hostile(path: Path, kind: str) -> Path:
    """The bundle at `path`, spoiled in one way; written beside it."""
    entries = entries_of(path)
    if kind == "traversal":
        entries = [*entries, RawEntry("../../escaped.txt", b"gotcha")]
    elif kind == "tampered video":
        video = next(e for e in entries if e.name == "video/brief.mp4")
        spoiled = bytearray(video.data)
        spoiled[len(spoiled) // 2] ^= 0xFF  # same size: only the checksum can tell
        entries = replaced(entries, "video/brief.mp4", bytes(spoiled))
    else:
        raise ValueError(kind)
    spoiled_path = path.with_name(f"{kind.replace(' ', '-')}.brief.zip")
    spoiled_path.write_bytes(raw_zip(entries))
    return spoiled_path


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("traversal", "was refused: the entry '../../escaped.txt' points outside the bundle"),
        ("tampered video", "the checksum of video/brief.mp4 does not match its manifest"),
    ],
)
def test_a_hostile_bundle_is_explained_and_nothing_is_imported(
    qtbot: QtBot,
    window: MainWindow,
    library: Library,
    bundle: tuple[Brief, Path],
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[tuple[str, str]],
    kind: str,
    message: str,
) -> None:
    _brief, path = bundle
    spoiled = hostile(path, kind)
    before = tree(data_dir)
    pick(monkeypatch, spoiled)
    window.commands.import_bundle.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)

    [(title, text)] = warnings
    assert title == f"Cannot import {spoiled.name}"
    assert message in text
    assert library.list() == []
    assert window.session is None
    assert not window.bundles.importer().busy()
    assert tree(data_dir) == before  # nothing written, no staging folder left behind
    assert not (path.parent.parent / "escaped.txt").exists()


def test_verify_bundle_from_the_menu_says_whether_a_file_can_be_trusted(
    qtbot: QtBot,
    window: MainWindow,
    bundle: tuple[Brief, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _brief, path = bundle
    pick(monkeypatch, path)
    window.commands.verify_bundle.trigger()
    dialog = window.bundles.verify_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.panel.running, timeout=30_000)
    assert "every checksum matches" in dialog.panel.result_label.text()
    assert dialog.heading.text() == f"{path.name} is complete"
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()

    spoiled = hostile(path, "tampered video")
    pick(monkeypatch, spoiled)
    window.commands.verify_bundle.trigger()
    dialog = window.bundles.verify_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.panel.running, timeout=30_000)
    assert "does not match its manifest" in dialog.panel.result_label.text()
    assert dialog.heading.text() == f"{spoiled.name} cannot be trusted"
    dialog.reject()
