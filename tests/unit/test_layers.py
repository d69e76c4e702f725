"""Qt stays in studio/ui/ and studio/app.py, checked by reading the source (no import-linter)."""

import ast
from pathlib import Path

STUDIO = Path(__file__).resolve().parents[2] / "studio"
QT_PACKAGES = {"PySide6", "shiboken6"}


def may_import_qt(relative: Path) -> bool:
    return relative.parts[0] == "ui" or relative == Path("app.py")


def imported_names(tree: ast.AST) -> list[tuple[int, str]]:
    """Every absolute module name the code imports, at any depth, with its line number.

    Covers ``import x``, ``from x import y`` and the string-named ``importlib.import_module("x")``
    and ``__import__("x")``. Relative imports stay inside studio and can't name Qt.
    """
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
        elif (
            isinstance(node, ast.Call)
            and _called_name(node.func) in {"import_module", "__import__"}
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.lineno, node.args[0].value))
    return found


def _called_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def qt_imports_outside_ui(package_dir: Path) -> list[str]:
    """Return "path:line: module" for each Qt import in a module that must stay Qt-free."""
    problems: list[str] = []
    for path in sorted(package_dir.rglob("*.py")):
        relative = path.relative_to(package_dir)
        if may_import_qt(relative):
            continue
        try:
            tree = ast.parse(path.read_text("utf-8"), filename=str(path))
        except SyntaxError as error:
            problems.append(f"{relative}:{error.lineno}: cannot be parsed ({error.msg})")
            continue
        for line, module in imported_names(tree):
            if module.split(".")[0] in QT_PACKAGES:
                problems.append(f"{relative}:{line}: {module}")
    return problems


def test_no_qt_outside_ui_and_app() -> None:
    assert STUDIO.is_dir()
    assert qt_imports_outside_ui(STUDIO) == []


def test_checker_reports_every_way_of_importing_qt(tmp_path: Path) -> None:
    files = {
        "core/brief.py": "from PySide6.QtCore import QObject\n",
        "store/db.py": "def later():\n    import PySide6.QtGui as gui\n    return gui\n",
        "media/probe.py": "import importlib\nm = importlib.import_module('PySide6.QtMultimedia')\n",
        "capture/cam.py": "import shiboken6\n",
        "bundle/broken.py": "def (:\n",
        "cli.py": "import os, PySide6\n",
        # allowed
        "ui/window.py": "from PySide6.QtWidgets import QMainWindow\n",
        "ui/pages/edit.py": "import PySide6\n",
        "app.py": "from PySide6.QtWidgets import QApplication\n",
        # not Qt
        "delivery/s3.py": "from . import ui\nimport PySide6_not_qt_really\nimport studio.ui\n",
    }
    for name, source in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(source)

    assert qt_imports_outside_ui(tmp_path) == [
        "bundle/broken.py:1: cannot be parsed (invalid syntax)",
        "capture/cam.py:1: shiboken6",
        "cli.py:1: PySide6",
        "core/brief.py:1: PySide6.QtCore",
        "media/probe.py:2: PySide6.QtMultimedia",
        "store/db.py:2: PySide6.QtGui",
    ]


def test_checker_passes_a_clean_tree(tmp_path: Path) -> None:
    (tmp_path / "core").mkdir()
    (tmp_path / "core" / "money.py").write_text("from decimal import Decimal\n")
    assert qt_imports_outside_ui(tmp_path) == []
