"""Translation upkeep: extract strings into the .ts sources and compile the shipped .qm files.

    python tools/i18n.py update    # pyside6-lupdate: studio/**/*.py -> resources/i18n/*.ts
    python tools/i18n.py release   # pyside6-lrelease: *.ts -> *.qm (committed, shipped)

Translate with Qt Linguist (`pyside6-linguist resources/i18n/brief_studio_fr.ts`) or any
.ts editor, then run `release`. tests/unit/test_translations.py fails when a string is
missing or unfinished, when placeholders differ, or when a .qm is stale.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("fr",)


def tool(name: str) -> str:
    """The PySide6 tool next to this Python (the venv's bin), else on PATH."""
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else name


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "studio").rglob("*.py"))


def ts_file(language: str) -> Path:
    return I18N / f"brief_studio_{language}.ts"


def update(target_dir: Path = I18N) -> None:
    target_dir.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        target = target_dir / ts_file(language).name
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                *sources(),
                "-ts",
                str(target),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )


def release(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT
    )


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "update":
        update()
    elif command == "release":
        for language in LANGUAGES:
            release(ts_file(language), ts_file(language).with_suffix(".qm"))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
