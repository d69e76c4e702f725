"""Where the app's bundled files (icons, QSS, translations, templates, schemas) are found."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """Return the path of a bundled resource, e.g. ``resource_path("schema", "brief.json")``.

    An installed wheel carries the top-level ``resources/`` directory as ``studio/_resources``
    (see ``pyproject.toml``; a frozen build should lay it out the same way). A source checkout,
    including an editable install, has no such directory and uses ``<repo>/resources``, the
    sibling of the ``studio`` package. The path is returned whether or not the file exists.
    """
    installed = _PACKAGE_DIR / "_resources"
    base = installed if installed.is_dir() else _PACKAGE_DIR.parent / "resources"
    return base.joinpath(*parts)
