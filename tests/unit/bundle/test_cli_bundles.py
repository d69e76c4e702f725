"""`brief-studio export / verify / import`, run in-process as a user would type them."""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from studio.cli import main
from studio.store.library import Library
from tests.unit.bundle.sample import TITLE, stored_brief


@pytest.fixture(autouse=True)
def clean_logging() -> Iterator[None]:
    """main() sets up logging into the test's data dir; leave the root logger as it was."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


@pytest.fixture
def brief_id(data_dir: Path) -> str:
    library = Library.open(data_dir)
    try:
        return stored_brief(library, {"notes.txt": b"notes"}).id
    finally:
        library.close()


def test_export_verify_import(
    capsys: pytest.CaptureFixture[str], brief_id: str, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    code, text, _ = run(capsys, "export", brief_id[:8], "--out", str(out), "--no-video")
    assert code == 0
    (bundle,) = out.iterdir()
    assert bundle.name.startswith("online-shop-for-savon-co-") and bundle.name.endswith(
        ".brief.zip"
    )
    assert text.startswith(f"Exported “{TITLE}” to {bundle} (")

    code, text, _ = run(capsys, "verify", str(bundle))
    assert code == 0 and text.count("\n") == 1
    assert text.startswith(f"OK: {bundle.name} holds “{TITLE}”: 5 files, ")

    code, _, err = run(capsys, "import", str(bundle))
    assert code == 3 and "is already in the library" in err and "--as-copy" in err
    code, text, err = run(capsys, "import", str(bundle), "--as-copy")
    assert code == 0 and len(text.strip()) == 32 and text.strip() != brief_id
    assert err == f"Imported “{TITLE}”.\n"

    other = tmp_path / "other"
    code, text, _ = run(capsys, "--data-dir", str(other), "import", str(bundle))
    assert (code, text.strip()) == (0, brief_id)


def test_verify_names_what_is_wrong(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    junk = tmp_path / "junk.brief.zip"
    junk.write_bytes(b"not a zip at all")
    code, text, err = run(capsys, "verify", str(junk))
    assert code == 3 and text == ""
    assert err.startswith("error: junk.brief.zip is not a brief bundle: it is not a ZIP archive")
    missing = tmp_path / "missing.zip"
    with zipfile.ZipFile(missing, "w") as zf:
        zf.writestr("hello.txt", "hi")
    code, _, err = run(capsys, "verify", str(missing))
    assert code == 3 and "has no manifest.json" in err
    code, _, err = run(capsys, "verify", str(tmp_path / "absent.brief.zip"))
    assert code == 3 and "absent.brief.zip" in err


def test_export_without_a_take(
    capsys: pytest.CaptureFixture[str], brief_id: str, tmp_path: Path
) -> None:
    code, _, err = run(capsys, "export", brief_id, "--out", str(tmp_path))
    assert code == 3 and "has no recording yet" in err and "--no-video" in err
    code, _, err = run(capsys, "export", brief_id, "--preset", "huge")
    assert code == 2 and "invalid choice" in err
    code, _, err = run(capsys, "export", "ffff", "--no-video")
    assert code == 1 and "No brief with id 'ffff'" in err


def test_export_goes_to_the_library_by_default(
    capsys: pytest.CaptureFixture[str], brief_id: str, data_dir: Path
) -> None:
    code, text, _ = run(capsys, "export", brief_id, "--no-video")
    (bundle,) = (data_dir / "media" / brief_id / "bundles").iterdir()
    assert code == 0 and str(bundle) in text and bundle.name.endswith(".brief.zip")
