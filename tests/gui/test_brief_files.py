"""File ▸ Import JSON… refuses a broken brief file and says why in the UI's language, with no
English word of ours left in a French sentence; so does a bundle whose brief.json is broken."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from studio.bundle import errors as e
from studio.bundle.exporter import ExportOptions, export_bundle
from studio.bundle.manifest import MANIFEST_NAME
from studio.bundle.verify import verify_bundle
from studio.core.brief import Brief, CostEstimate, CostItem
from studio.core.serialize import brief_to_dict
from studio.store.library import Library
from studio.ui import dialogs
from studio.ui.bundle.texts import error_text as bundle_error_text
from studio.ui.main_window import MainWindow
from tests.unit.bundle.sample import entries_of, raw_zip, replaced, stored_brief

NNBSP = "\u202f"  # before : ; ? ! and inside « » in French


def good_document() -> dict[str, Any]:
    return brief_to_dict(Brief(title="Boulangerie", costs=CostEstimate(items=(CostItem(),))))


def imported(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path
) -> list[tuple[str, str]]:
    """Import `path` through the menu; the warnings shown."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "open_file", lambda _p, _c, _f: path)
    monkeypatch.setattr(dialogs, "warn", lambda _p, title, text: shown.append((title, text)))
    window.commands.import_json.trigger()
    return shown


def _price_in_words(data: dict[str, Any]) -> None:
    data["costs"]["items"][0]["unit_price"] = "douze"


def _no_title(data: dict[str, Any]) -> None:
    del data["title"]


def _number_as_id(data: dict[str, Any]) -> None:
    data["id"] = 3


CASES = {
    "an amount in words": (
        _price_in_words,
        f"Brief non valide, au champ costs.items[0].unit_price{NNBSP}: «{NNBSP}douze{NNBSP}» "
        "n’est pas un nombre comme 1200.50 (un point pour les décimales, sans symbole monétaire)",
        ("Invalid", "brief at", "is not", "like", "dot", "currency", "'douze'"),
    ),
    "no title": (
        _no_title,
        f"Brief non valide{NNBSP}: le champ obligatoire «{NNBSP}title{NNBSP}» manque{NNBSP}; "
        "ajoutez-le",
        ("Invalid", "(document)", "required", "missing", "add it"),
    ),
    "a number for an id": (
        _number_as_id,
        f"Brief non valide, au champ id{NNBSP}: il faut ici du texte entre guillemets, "
        "pas un nombre entier",
        ("Invalid", "should", "text in quotes", "whole number", "of type"),
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_a_broken_brief_file_is_explained_in_french(
    case: str,
    french: None,
    window: MainWindow,
    library: Library,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    break_it, sentence, english = CASES[case]
    data = good_document()
    break_it(data)
    path = tmp_path / "brief.json"
    path.write_text(json.dumps(data), "utf-8")
    shown = imported(window, monkeypatch, path)
    assert library.list() == []
    assert shown == [("Import impossible", sentence)]
    for word in english:
        assert word not in sentence


def test_a_file_that_is_not_json_is_explained_in_french(
    french: None,
    window: MainWindow,
    library: Library,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "brief.json"
    path.write_text('{"title": "x",}', "utf-8")
    shown = imported(window, monkeypatch, path)
    assert library.list() == []
    assert shown == [
        (
            "Import impossible",
            f"Brief non valide{NNBSP}: ce n’est pas du JSON valide (ligne 1, colonne 15{NNBSP}: "
            "un nom de champ entre guillemets doubles est attendu)",
        )
    ]
    for word in ("Invalid", "valid JSON", "line", "column", "Expecting", "property"):
        assert word not in shown[0][1]


def test_in_english_the_file_is_explained_as_the_cli_does(
    window: MainWindow, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = good_document()
    _price_in_words(data)
    path = tmp_path / "brief.json"
    path.write_text(json.dumps(data), "utf-8")
    assert imported(window, monkeypatch, path) == [
        (
            "Cannot import",
            "Invalid brief at costs.items[0].unit_price: 'douze' is not a number like 1200.50 "
            "(a dot for decimals, no currency sign)",
        )
    ]


def test_a_bundle_with_a_broken_brief_is_explained_in_french(french: None, tmp_path: Path) -> None:
    source = Library.open(tmp_path / "source")
    try:
        brief = stored_brief(source)
        good = export_bundle(source, brief.id, tmp_path, ExportOptions(include_video=False))
    finally:
        source.close()
    entries = entries_of(good)
    data = json.loads(next(x.data for x in entries if x.name == "brief.json"))
    data["costs"]["currency"] = "euros"
    broken = json.dumps(data).encode()
    manifest = json.loads(next(x.data for x in entries if x.name == MANIFEST_NAME))
    for listed in manifest["files"]:
        if listed["path"] == "brief.json":
            listed["size"], listed["sha256"] = len(broken), hashlib.sha256(broken).hexdigest()
    entries = replaced(entries, "brief.json", broken)
    entries = replaced(entries, MANIFEST_NAME, json.dumps(manifest).encode())
    path = tmp_path / "bad.brief.zip"
    path.write_bytes(raw_zip(entries))
    with pytest.raises(e.InvalidBundleBriefError) as refused:
        verify_bundle(path)
    assert refused.value.message == (  # the CLI's English, as before
        "bad.brief.zip holds an invalid brief.json, at costs.currency: 'euros' is not a "
        "currency code of 3 capital letters, like EUR"
    )
    text = bundle_error_text(refused.value)
    assert text == (
        f"bad.brief.zip contient un brief.json non valide, au champ costs.currency{NNBSP}: "
        f"«{NNBSP}euros{NNBSP}» n’est pas un code de devise de 3 lettres majuscules, comme EUR"
    )
    for word in ("holds", "invalid", "is not", "currency code", "capital", "letters"):
        assert word not in text
