"""A brief to and from a JSON file (the core serializer), with the messages around it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from studio.atomic import write_atomically
from studio.core.brief import Brief
from studio.core.errors import BRIEF_FILE, StudioError
from studio.core.serialize import brief_from_json, brief_to_json
from studio.store.library import Library
from studio.store.templates import fresh_ids
from studio.ui import dialogs
from studio.ui.error_text import error_text


def import_brief(parent: QWidget, library: Library) -> str | None:
    """Ask for a JSON file and store the brief in it; its id, or None if nothing was imported.

    A brief the library already has comes in as a copy (the CLI's --as-copy): the app never
    overwrites a brief from a file.
    """
    path = dialogs.open_file(
        parent,
        QCoreApplication.translate("BriefFiles", "Import a brief"),
        QCoreApplication.translate("BriefFiles", "Brief JSON (*.json);;All files (*)"),
    )
    if path is None:
        return None
    title = QCoreApplication.translate("BriefFiles", "Cannot import")
    try:
        brief = brief_from_json(path.read_bytes().decode("utf-8-sig"))
    except OSError as error:
        reason = QCoreApplication.translate("BriefFiles", "Cannot read {file}: {reason}")
        dialogs.warn(parent, title, reason.format(file=path.name, reason=error.strerror or error))
        return None
    except UnicodeDecodeError:
        reason = QCoreApplication.translate("BriefFiles", "{file} is not UTF-8 text.")
        dialogs.warn(parent, title, reason.format(file=path.name))
        return None
    except StudioError as error:  # what is wrong in the file, in the UI's language
        dialogs.warn(parent, title, error_text(error, (BRIEF_FILE,)))
        return None
    if library.exists(brief.id):
        brief = library.create(fresh_ids(brief))
    else:
        library.save(brief)  # as written, timestamps included: a round trip is exact
    return brief.id


def export_brief(parent: QWidget, brief: Brief) -> Path | None:
    """Ask where, and write the brief there as JSON; the file written, or None."""
    path = dialogs.save_file(
        parent,
        QCoreApplication.translate("BriefFiles", "Export the brief"),
        Path.home() / f"{file_stem(brief.title)}.json",
        QCoreApplication.translate("BriefFiles", "Brief JSON (*.json)"),
    )
    if path is None:
        return None
    try:
        write_atomically(path, brief_to_json(brief))
    except OSError as error:
        reason = QCoreApplication.translate("BriefFiles", "Cannot write {file}: {reason}")
        dialogs.warn(
            parent,
            QCoreApplication.translate("BriefFiles", "Cannot export"),
            reason.format(file=path, reason=error.strerror or error),
        )
        return None
    return path


def file_stem(title: str) -> str:
    """ "Bakery shop: v2" → "bakery-shop-v2", a file name that works everywhere."""
    safe = "".join(c if c.isalnum() or c in " -_" else " " for c in title).strip()
    return "-".join(safe.split()).lower() or "brief"
