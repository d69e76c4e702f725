"""A failed delivery says why in the UI's language, details filled in; old rows as they were."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.delivery.errors import REFUSED
from studio.store.database import DB_FILENAME
from studio.store.deliveries import Delivery, DeliveryStatus, DeliveryStore
from studio.store.library import Library
from studio.ui.main_window import MainWindow
from studio.ui.send.delivery_row import DeliveryRow
from tests.fixtures.make_library_fixtures import FAILED_REASON
from tests.gui.conftest import create, show_window
from tests.gui.send_helpers import (
    add_folder,
    add_recipients,
    check,
    make_bundle,
    open_send_page,
    rows,
    statuses,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
NNBSP = "\u202f"  # French puts a narrow no-break space before : ; ? !


@pytest.fixture
def old_library(data_dir: Path) -> Iterator[Library]:
    """A library schema v4 wrote, with its failed deliveries, opened (so upgraded) now."""
    shutil.copy(FIXTURES / "library-v4.db", data_dir / DB_FILENAME)
    library = Library.open(data_dir)
    yield library
    library.close()


def shown(qtbot: QtBot, d: Delivery) -> str:
    """What a delivery row says next to the state."""
    row = DeliveryRow()
    qtbot.addWidget(row)
    row.show_delivery(d, "Partage", has_email=False)
    return row.detail_label.text()


def by_name(library: Library) -> dict[str, Delivery]:
    return {d.recipient_name: d for d in DeliveryStore(library.db).for_brief()}


def test_a_failed_send_is_said_in_french_with_its_details(
    french: None, qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    window: MainWindow = show_window(qtbot, library)
    try:
        brief_id = create(window)
        add_recipients(library)
        make_bundle(library.data_dir, brief_id, size=200_000)
        share = tmp_path / "pas-encore"
        add_folder(library, share)
        send = open_send_page(qtbot, window)
        qtbot.waitUntil(lambda: send.bundle_box.path is not None)
        check(qtbot, send, "Ana")
        send.send_button.click()
        qtbot.waitUntil(lambda: statuses(send).get("Ana") is DeliveryStatus.FAILED, timeout=5000)
        row = rows(send)["Ana"]
        assert row.state_label.text() == "Échec"
        assert row.detail_label.text() == (
            f"Le dossier {share} n’existe pas. Créez-le ou choisissez-en un autre."
        )
        # Stored as the template and its params, not as the sentence shown.
        assert row.delivery is not None and row.delivery.reason_params == {"path": str(share)}
    finally:
        window.close()


def test_a_reason_with_params_is_french_failed_or_waiting(
    french: None, qtbot: QtBot, old_library: Library
) -> None:
    store = DeliveryStore(old_library.db)
    ana = by_name(old_library)["Ana"]
    params = {"host": "files.example.com", "port": "2222"}
    said = (
        f"files.example.com:2222 a refusé la connexion. Le serveur est-il démarré, et le port "
        f"est-il le bon{NNBSP}?"
    )
    failed = store.update(ana.id, reason=REFUSED, reason_params=params)
    assert shown(qtbot, failed) == said
    waiting = store.update(
        ana.id,
        status=DeliveryStatus.QUEUED,
        next_try=datetime(2026, 3, 4, 5, 6, tzinfo=UTC),
        reason=REFUSED,
        reason_params=params,
    )
    assert shown(qtbot, waiting).startswith(f"{said} Nouvel essai le ")


def test_rows_from_before_v5_show_as_they_did(
    french: None, qtbot: QtBot, old_library: Library
) -> None:
    old = by_name(old_library)
    assert shown(qtbot, old["Ana"]) == FAILED_REASON  # written in English: stays so
    assert shown(qtbot, old["Bob"]) == "Annulé."  # no details: translated, as before


class BrokenFrench(QTranslator):
    """A translation of REFUSED whose placeholder was mistyped."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return "{hote} a refusé la connexion." if source == REFUSED else ""


def test_a_broken_translation_falls_back_to_english(
    french: None, qapp: QApplication, qtbot: QtBot, old_library: Library
) -> None:
    ana = by_name(old_library)["Ana"]
    failed = DeliveryStore(old_library.db).update(
        ana.id, reason=REFUSED, reason_params={"host": "h", "port": "22"}
    )
    assert shown(qtbot, failed).startswith("h:22 a refusé la connexion.")
    broken = BrokenFrench()
    qapp.installTranslator(broken)  # consulted before the French one
    try:
        assert shown(qtbot, failed) == failed.reason_message
        assert failed.reason_message.startswith("h:22 refused the connection.")
    finally:
        qapp.removeTranslator(broken)
