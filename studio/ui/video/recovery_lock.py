"""Crash recovery runs from the start-up prompt and from opening the studio: never both."""

from __future__ import annotations

import threading

RECOVERY_LOCK = threading.Lock()
