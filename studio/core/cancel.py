"""A cancel token: long operations check it between steps and clean up what they started."""

from __future__ import annotations

import threading

from studio.core.errors import StudioError


class CancelledError(StudioError):
    """The user cancelled; whatever was started has been cleaned up."""

    def __init__(self, what: str = "The operation") -> None:
        super().__init__(f"{what} was cancelled.")


class CancelToken:
    """Thread-safe; `cancel()` from the GUI thread, `cancelled`/`check()` from the worker."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self, what: str = "The operation") -> None:
        if self._event.is_set():
            raise CancelledError(what)

    def wait(self, timeout: float) -> bool:
        """Sleep up to `timeout` seconds, waking early (True) when cancelled."""
        return self._event.wait(timeout)
