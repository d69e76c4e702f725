"""Translated words of recording: errors from the capture layer, times, sizes, dates."""

from __future__ import annotations

from studio.ui.error_text import error_text as translated_error
from studio.ui.locale_text import moment_text as moment_text
from studio.ui.locale_text import size_text as size_text

# Where the Qt-free layers mark the messages the Video step can show.
_ERROR_CONTEXTS = ("Capture", "Takes", "Media")


def error_text(error: BaseException) -> str:
    """A Qt-free error in the UI's language when its template was marked, else its message."""
    return translated_error(error, _ERROR_CONTEXTS)


def clock_text(seconds: float) -> str:
    """1:05 or 1:02:03; never negative."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def precise_time(seconds: float) -> str:
    """1:05.3: where a trim or a chapter starts."""
    seconds = max(0.0, seconds)
    minutes, secs = divmod(seconds, 60)
    return f"{int(minutes)}:{secs:04.1f}"
