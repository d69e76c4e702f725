"""A brief typed in the editor comes back identical after closing, export and import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studio.core.serialize import brief_from_json
from studio.core.steps import Step
from studio.store.library import Library
from studio.ui import dialogs
from studio.ui.main_window import MainWindow
from tests.gui.conftest import create, page, show_window, type_in_cell, type_into


def type_a_brief(qtbot: QtBot, window: MainWindow) -> str:
    brief_id = create(window, "blank")
    overview = page(window, Step.OVERVIEW)
    type_into(qtbot, overview.title_edit, "Bakery shop")
    type_into(qtbot, overview.summary_edit, "Sell bread online")
    type_into(qtbot, overview.client_company_edit, "Bread Ltd")
    type_into(qtbot, overview.skills_edit, "Django, Stripe")
    inputs = page(window, Step.INPUTS).table
    qtbot.mouseClick(inputs.add_button, Qt.MouseButton.LeftButton)
    type_in_cell(qtbot, inputs, 0, "name", "Photos of the bread")
    results = page(window, Step.RESULTS)
    qtbot.mouseClick(results.deliverables.add_button, Qt.MouseButton.LeftButton)
    type_in_cell(qtbot, results.deliverables, 0, "title", "Shop")
    qtbot.mouseClick(results.criteria.add_button, Qt.MouseButton.LeftButton)
    type_in_cell(qtbot, results.criteria, 0, "", "Takes card payments")
    risks = page(window, Step.RISKS).table
    qtbot.mouseClick(risks.add_button, Qt.MouseButton.LeftButton)
    type_in_cell(qtbot, risks, 0, "description", "Launch slips past Christmas")
    return brief_id


def test_typed_closed_reopened_exported_imported_is_identical(
    qtbot: QtBot,
    window: MainWindow,
    library: Library,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    brief_id = type_a_brief(qtbot, window)
    window.close()

    reopened = show_window(qtbot, library)
    reopened.panel.select(brief_id)
    assert page(reopened, Step.OVERVIEW).title_edit.text() == "Bakery shop"
    exported = tmp_path / "bakery.json"
    monkeypatch.setattr(dialogs, "save_file", lambda _p, _c, suggested, _f: exported)
    reopened.commands.export_json.trigger()
    reopened.close()
    original = library.get(brief_id)
    assert brief_from_json(exported.read_text("utf-8")) == original

    elsewhere = Library.open(tmp_path / "elsewhere")
    try:
        fresh = show_window(qtbot, elsewhere)
        monkeypatch.setattr(dialogs, "open_file", lambda _p, _c, _f: exported)
        fresh.commands.import_json.trigger()
        assert fresh.session is not None and fresh.session.brief.id == brief_id
        fresh.close()
        assert elsewhere.get(brief_id) == original
    finally:
        elsewhere.close()


def test_importing_the_same_brief_twice_keeps_both(
    qtbot: QtBot,
    window: MainWindow,
    library: Library,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    brief_id = create(window)
    exported = tmp_path / "brief.json"
    monkeypatch.setattr(dialogs, "save_file", lambda _p, _c, _s, _f: exported)
    window.commands.export_json.trigger()
    monkeypatch.setattr(dialogs, "open_file", lambda _p, _c, _f: exported)
    window.commands.import_json.trigger()
    assert window.session is not None and window.session.brief.id != brief_id
    assert len(library.list()) == 2


def test_an_invalid_file_is_refused_with_the_field_named(
    window: MainWindow, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "brief-studio/brief", "version": 1, "id": 3, "title": "x"}')
    warnings: list[str] = []
    monkeypatch.setattr(dialogs, "open_file", lambda _p, _c, _f: bad)
    monkeypatch.setattr(dialogs, "warn", lambda _p, _t, text: warnings.append(text))
    window.commands.import_json.trigger()
    assert library.list() == []
    assert warnings and warnings[0].startswith("Invalid brief at id")
