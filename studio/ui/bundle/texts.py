"""What the bundle dialogs say about errors, sizes and the places bundles go, translated."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths

from studio.core.cancel import CancelledError
from studio.core.errors import BRIEF_FILE, StudioError, TemplateError
from studio.ui.error_text import error_text as translated_error


def error_text(error: BaseException) -> str:
    """The message for the person using the app, in their language where we have it.

    Bundle errors carry an English `template` marked for translation (context "Bundle") and
    the `params` to fill in, ffmpeg's errors theirs (context "Media"), and what is wrong in
    an invalid brief.json is said in context "Brief file"; other domain errors carry a
    ready `message`.
    """
    if isinstance(error, (TemplateError, CancelledError)):
        return translated_error(error, ("Bundle", "Media", BRIEF_FILE))
    if isinstance(error, StudioError):
        return error.message
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        if error.filename:
            return QCoreApplication.translate("BundleTexts", "{file}: {reason}").format(
                file=error.filename, reason=reason
            )
        return reason
    # A bug rather than a problem of the bundle: say so plainly, the log has the details.
    return QCoreApplication.translate(
        "BundleTexts", "Something went wrong ({kind}: {detail}). The log file has the details."
    ).format(kind=type(error).__name__, detail=error)


def size_text(size: int) -> str:
    """Bytes as people read them, in the UI's language: "12.3 MB", "12,3 Mo"."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def export_locale() -> str:
    """The locale amounts and dates in the bundle are written for: the UI's own."""
    name = QLocale().name()
    return name if "_" in name else "en_US"


def default_folder(remembered: str) -> Path:
    """The folder last used for bundles if it still exists, else Documents, else home."""
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


BUNDLE_SUFFIX = ".brief.zip"


def bundle_filter() -> str:
    return QCoreApplication.translate("BundleTexts", "Brief bundles (*.brief.zip);;All files (*)")


def is_bundle_name(path: Path) -> bool:
    return path.name.lower().endswith(BUNDLE_SUFFIX)
