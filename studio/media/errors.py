"""What can go wrong with ffmpeg, said so a person can act on it.

Each error carries a template marked for translation (context "Media"), one sentence per
situation, and its `params`: the UI translates and fills it in (a `Phrase` param, the step
that failed, translated too); the CLI prints `message`. ffmpeg's own words stay as it wrote
them, in `detail`.
"""

from __future__ import annotations

from studio.core.errors import TemplateError
from studio.core.i18n import QT_TRANSLATE_NOOP

FFMPEG_MISSING = QT_TRANSLATE_NOOP(
    "Media",
    "ffmpeg was not found. Install it (Debian/Ubuntu: sudo apt install ffmpeg; macOS: brew "
    "install ffmpeg) or set its path in Settings.",
)
FFMPEG_MISSING_DETAIL = QT_TRANSLATE_NOOP(
    "Media",
    "ffmpeg was not found. Install it (Debian/Ubuntu: sudo apt install ffmpeg; macOS: brew "
    "install ffmpeg) or set its path in Settings. ({detail})",
)
FFMPEG_NOT_EXECUTABLE = QT_TRANSLATE_NOOP(
    "Media",
    "The ffmpeg set in Settings, {path}, is not an executable file. Install ffmpeg "
    "(Debian/Ubuntu: sudo apt install ffmpeg; macOS: brew install ffmpeg) or correct its "
    "path in Settings.",
)
# {what} is the step that ran ffmpeg (one of the job names below).
FFMPEG_FAILED = QT_TRANSLATE_NOOP("Media", "{what} failed: {detail}")
FFMPEG_NOT_STARTED = QT_TRANSLATE_NOOP(
    "Media", "{what} failed: {program} could not be started ({detail})."
)
FFMPEG_EXITED = QT_TRANSLATE_NOOP("Media", "{what} failed: ffmpeg stopped with exit status {code}.")
PROBE_FAILED = QT_TRANSLATE_NOOP("Media", "Cannot read {name} as a video: {detail}")
PROBE_NO_FILE = QT_TRANSLATE_NOOP(
    "Media", "Cannot read {name} as a video: the file does not exist."
)
PROBE_NO_REASON = QT_TRANSLATE_NOOP(
    "Media", "Cannot read {name} as a video (ffmpeg gave no reason)."
)

# The steps that run ffmpeg, as the messages above name them.
PREPARING_VIDEO = QT_TRANSLATE_NOOP("Media", "Preparing the video")
SAVING_RECORDING = QT_TRANSLATE_NOOP("Media", "Saving the recording")
MEASURING_RECORDING = QT_TRANSLATE_NOOP("Media", "Measuring the recording")
TAKING_POSTER = QT_TRANSLATE_NOOP("Media", "Taking the poster frame")
TRIMMING = QT_TRANSLATE_NOOP("Media", "Trimming the video")
TRIMMING_ENCODED = QT_TRANSLATE_NOOP("Media", "Trimming the video (re-encoding)")


class MediaError(TemplateError):
    """An ffmpeg problem."""
