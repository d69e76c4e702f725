"""French ships complete: every string translated, placeholders kept, compiled files fresh."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import i18n  # noqa: E402

PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%\d|&(?=\w)")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


def placeholders(text: str) -> list[str]:
    return sorted(p for p in PLACEHOLDER.findall(text) if p != "&")


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_string_is_translated_with_the_same_placeholders(language: str) -> None:
    found = messages(i18n.ts_file(language))
    assert found, "no messages: run `python tools/i18n.py update`"
    problems = []
    for (context, source), message in found.items():
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
        else:
            forms = [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            problems.append(f"{context}: untranslated: {source!r}")
            continue
        for form in forms:
            if placeholders(form) != placeholders(source):
                problems.append(f"{context}: placeholders differ: {source!r} -> {form!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_ts_file_holds_every_string_of_the_code(language: str, tmp_path: Path) -> None:
    shutil.copy(i18n.ts_file(language), tmp_path / i18n.ts_file(language).name)
    i18n.update(tmp_path)
    fresh = set(messages(tmp_path / i18n.ts_file(language).name))
    committed = set(messages(i18n.ts_file(language)))
    missing = sorted(fresh - committed)
    stale = sorted(committed - fresh)
    assert not missing, f"run `python tools/i18n.py update` and translate: {missing[:10]}"
    assert not stale, f"strings no longer in the code: {stale[:10]}"


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_compiled_qm_is_up_to_date(language: str, tmp_path: Path) -> None:
    qm = tmp_path / "fresh.qm"
    i18n.release(i18n.ts_file(language), qm)
    shipped = i18n.ts_file(language).with_suffix(".qm")
    assert shipped.exists(), "run `python tools/i18n.py release`"
    assert shipped.read_bytes() == qm.read_bytes(), "run `python tools/i18n.py release`"
