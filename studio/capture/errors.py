"""What can go wrong with cameras, microphones and recording, said so a person knows what to do.

Each error carries a template marked for translation, one sentence per situation, and its
parameters: the UI translates `template` (context "Capture") and formats it with `params`
(a `Phrase` among them translated too, a `DataSize` in the locale's units); the CLI prints
`message`.
"""

from __future__ import annotations

from enum import StrEnum

from studio.core.errors import TemplateError
from studio.core.i18n import QT_TRANSLATE_NOOP, DataSize, Phrase


class Problem(StrEnum):
    NO_CAMERA = "no-camera"
    CAMERA_BUSY = "camera-busy"
    CAMERA_PERMISSION = "camera-permission"
    CAMERA_LOST = "camera-lost"
    NO_MICROPHONE = "no-microphone"
    MICROPHONE_FAILED = "microphone-failed"
    MICROPHONE_LOST = "microphone-lost"
    MICROPHONE_PERMISSION = "microphone-permission"
    NO_PORTAUDIO = "no-portaudio"
    NO_AUDIO_SERVER = "no-audio-server"
    ENCODER_FAILED = "encoder-failed"
    DISK_FULL = "disk-full"
    BAD_SETTING = "bad-setting"
    STATE = "state"


NO_CAMERA = QT_TRANSLATE_NOOP(
    "Capture",
    "No camera found at {camera}. Connect a webcam, or pick another camera (an index, a URL "
    "or a video file) in Settings.",
)
CAMERA_BUSY = QT_TRANSLATE_NOOP(
    "Capture",
    "The camera {camera} is in use by another program. Close the other program (video call, "
    "browser tab) and try again.",
)
CAMERA_PERMISSION = QT_TRANSLATE_NOOP(
    "Capture",
    "Brief Studio is not allowed to use the camera {camera}. Allow camera access in the "
    "system's privacy settings (Linux: add yourself to the “video” group), then try again.",
)
CAMERA_LOST = QT_TRANSLATE_NOOP(
    "Capture",
    "The camera stopped sending pictures (unplugged?). The recording was stopped and what was "
    "recorded until then is kept.",
)
NO_MICROPHONE = QT_TRANSLATE_NOOP(
    "Capture", "No microphone found. Connect one, or pick another device in Settings."
)
NO_MICROPHONE_AT_INDEX = QT_TRANSLATE_NOOP(
    "Capture",
    "No microphone found at index {index}. Connect one, or pick another device in Settings.",
)
NO_MICROPHONE_NAMED = QT_TRANSLATE_NOOP(
    "Capture",
    "No microphone found named “{name}”. Connect one, or pick another device in Settings.",
)
MICROPHONE_FAILED = QT_TRANSLATE_NOOP(
    "Capture",
    "The microphone “{microphone}” cannot be opened: {detail}. Pick another device in "
    "Settings, or close programs that may hold it.",
)
DEFAULT_MICROPHONE_FAILED = QT_TRANSLATE_NOOP(
    "Capture",
    "The default microphone cannot be opened: {detail}. Pick another device in Settings, or "
    "close programs that may hold it.",
)
MICROPHONE_SILENT = QT_TRANSLATE_NOOP(
    "Capture",
    "The microphone “{microphone}” opened but sent no sound. Pick another device in Settings, "
    "or close programs that may hold it.",
)
DEFAULT_MICROPHONE_SILENT = QT_TRANSLATE_NOOP(
    "Capture",
    "The default microphone opened but sent no sound. Pick another device in Settings, or "
    "close programs that may hold it.",
)
MICROPHONE_LOST = QT_TRANSLATE_NOOP(
    "Capture",
    "The microphone “{microphone}” stopped sending sound (unplugged?). The recording was "
    "stopped and what was recorded until then is kept.",
)
DEFAULT_MICROPHONE_LOST = QT_TRANSLATE_NOOP(
    "Capture",
    "The default microphone stopped sending sound (unplugged?). The recording was stopped "
    "and what was recorded until then is kept.",
)
MICROPHONE_PERMISSION = QT_TRANSLATE_NOOP(
    "Capture",
    "Brief Studio is not allowed to use the microphone. Allow microphone access in the "
    "system's privacy settings, then try again.",
)
NO_PORTAUDIO = QT_TRANSLATE_NOOP(
    "Capture",
    "The PortAudio sound library is missing, so no microphone can be used. Install it "
    "(Debian/Ubuntu: sudo apt install libportaudio2) and restart Brief Studio.",
)
NO_AUDIO_SERVER = QT_TRANSLATE_NOOP(
    "Capture",
    "No sound server is running (PulseAudio or PipeWire), so no microphone can be used. Start "
    "it (systemctl --user start pipewire-pulse, or pulseaudio --start) and try again.",
)
# {detail} is ffmpeg's own last line of error output.
ENCODER_FAILED = QT_TRANSLATE_NOOP(
    "Capture",
    "The video encoder (ffmpeg) stopped: {detail}. What was recorded until then is kept.",
)
ENCODER_NOT_STARTED = QT_TRANSLATE_NOOP(
    "Capture",
    "The video encoder (ffmpeg) could not be started: {detail}. Check the ffmpeg set in Settings.",
)
ENCODER_NO_AUDIO = QT_TRANSLATE_NOOP(
    "Capture",
    "The video encoder (ffmpeg) did not open its audio input ({detail}). What was recorded "
    "until then is kept.",
)
ENCODER_VIDEO_CLOSED = QT_TRANSLATE_NOOP(
    "Capture",
    "The video encoder (ffmpeg) stopped taking the pictures ({detail}). What was recorded "
    "until then is kept.",
)
ENCODER_AUDIO_CLOSED = QT_TRANSLATE_NOOP(
    "Capture",
    "The video encoder (ffmpeg) stopped taking the sound ({detail}). What was recorded until "
    "then is kept.",
)
ENCODER_TOO_SLOW = QT_TRANSLATE_NOOP(
    "Capture",
    "The video encoder (ffmpeg) did not finish writing the file in time. What was recorded "
    "until then is kept.",
)
ENCODER_EXITED = QT_TRANSLATE_NOOP(
    "Capture",
    "The video encoder (ffmpeg) stopped with exit status {code}. What was recorded until then "
    "is kept.",
)
ENCODER_GONE = QT_TRANSLATE_NOOP(
    "Capture",
    "The video encoder (ffmpeg) stopped unexpectedly. What was recorded until then is kept.",
)
DISK_FULL = QT_TRANSLATE_NOOP(
    "Capture",
    "The disk is almost full ({free} left), so the recording was stopped. What was recorded "
    "is kept; free some space before recording again.",
)
BAD_SIZE = QT_TRANSLATE_NOOP(
    "Capture", "{text} is not a picture size. Write it as width x height, for example 1280x720."
)
# What the recorder cannot do in the state it is in: {state} is one of the STATE_* below.
CANNOT_START = QT_TRANSLATE_NOOP("Capture", "Cannot start recording: {state}.")
CANNOT_PAUSE = QT_TRANSLATE_NOOP("Capture", "Cannot pause: {state}.")
CANNOT_RESUME = QT_TRANSLATE_NOOP("Capture", "Cannot resume: {state}.")
CANNOT_CHAPTER = QT_TRANSLATE_NOOP("Capture", "Cannot start a chapter: {state}.")
CANNOT_STOP = QT_TRANSLATE_NOOP("Capture", "Cannot stop: {state}.")
STATE_CLOSED = QT_TRANSLATE_NOOP("Capture", "the camera and microphone are not open")
STATE_READY = QT_TRANSLATE_NOOP("Capture", "nothing is being recorded")
STATE_RECORDING = QT_TRANSLATE_NOOP("Capture", "a take is being recorded")
STATE_PAUSED = QT_TRANSLATE_NOOP("Capture", "the take is paused")
STATE_STOPPING = QT_TRANSLATE_NOOP("Capture", "the take is being saved")


class CaptureError(TemplateError):
    def __init__(self, problem: Problem, template: str, **params: object) -> None:
        # Names, paths and what a library said become text; Phrase and DataSize stay, for
        # the UI to write in its language.
        kept = {k: v if isinstance(v, (Phrase, DataSize)) else str(v) for k, v in params.items()}
        super().__init__(template, **kept)
        self.problem = problem
        self.also: tuple[CaptureError, ...] = ()  # more problems found at the same time


def together(errors: list[CaptureError]) -> CaptureError:
    """One error for problems found at once (no microphone and no camera either): the first,
    carrying the others in `also`, its message saying them all, so that fixing one does
    not just reveal the next."""
    first = errors[0]
    first.also = tuple(errors[1:])
    first.message = " ".join(error.message for error in errors)
    first.args = (first.message,)
    return first


def camera_error(problem: Problem, camera: object) -> CaptureError:
    template = {
        Problem.NO_CAMERA: NO_CAMERA,
        Problem.CAMERA_BUSY: CAMERA_BUSY,
        Problem.CAMERA_PERMISSION: CAMERA_PERMISSION,
    }[problem]
    return CaptureError(problem, template, camera=camera)
