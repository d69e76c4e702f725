"""What the recorder refuses to do in the state it is in, and why, in words of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.capture.errors import CANNOT_PAUSE, STATE_CLOSED, CaptureError, Problem
from studio.capture.recorder import Recorder
from studio.core.i18n import Phrase


def test_an_action_the_state_does_not_allow_is_refused_with_the_reason(tmp_path: Path) -> None:
    recorder = Recorder(tmp_path, "b" * 32)
    with pytest.raises(CaptureError) as refused:
        recorder.pause()
    error = refused.value
    assert (error.problem, error.template) == (Problem.STATE, CANNOT_PAUSE)
    assert error.params == {"state": Phrase(STATE_CLOSED)}
    assert error.message == "Cannot pause: the camera and microphone are not open."
