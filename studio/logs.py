"""Logging to a rotating file in the data dir, and a last-resort hook for uncaught exceptions."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

log = logging.getLogger(__name__)

LOG_FILE = "brief-studio.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(levelname)-8s %(name)s [%(threadName)s] %(message)s"

# Marks the handlers setup_logging installed, so calling it again replaces them.
_OURS = "_brief_studio_handler"


def setup_logging(data_dir: Path, debug: bool = False) -> Path:
    """Log to ``<data_dir>/logs/brief-studio.log`` (1 MB x 5) and to stderr; return the file path.

    The file gets INFO and above (DEBUG with ``debug``); stderr gets WARNING and above (DEBUG
    with ``debug``). Calling it again replaces the handlers it installed before.
    """
    path = data_dir / "logs" / LOG_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _OURS, False)]:
        root.removeHandler(handler)
        handler.close()

    formatter = logging.Formatter(_FORMAT)
    to_file = RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    to_file.setLevel(logging.DEBUG if debug else logging.INFO)
    to_stderr = logging.StreamHandler(sys.stderr)
    to_stderr.setLevel(logging.DEBUG if debug else logging.WARNING)
    for handler in (to_file, to_stderr):
        handler.setFormatter(formatter)
        setattr(handler, _OURS, True)
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    logging.captureWarnings(True)
    return path


def current_log_file() -> Path | None:
    """The file setup_logging is writing to, or None before it was called."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, _OURS, False) and isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return None


def crash_message(error: BaseException | None) -> str:
    """What to tell the user when something failed that nothing else caught."""
    what = f"{type(error).__name__}: {error}" if error is not None else "unknown error"
    where = current_log_file()
    details = (
        f"The details were written to the log file:\n{where}"
        if where is not None
        else "The details were written to the error output."
    )
    return (
        f"Brief Studio ran into an unexpected problem ({what}).\n\n"
        f"{details}\n\nPlease attach that file when you report the problem."
    )


def install_excepthook(show: Callable[[str], None] | None = None) -> None:
    """Log uncaught exceptions, in the main thread and in other threads, then tell the user.

    ``show(message)`` receives a message naming the log file. It may be called from any
    thread: the Qt app must hand it over to the GUI thread (a queued signal) before showing
    a dialog. Ctrl+C keeps its usual behaviour.
    """

    def report(
        exc_type: type[BaseException],
        error: BaseException | None,
        trace: TracebackType | None,
        where: str,
    ) -> None:
        details = (exc_type, error, trace) if error is not None else None
        log.critical("Uncaught %s in %s", exc_type.__name__, where, exc_info=details)
        if show is None:
            return
        try:
            show(crash_message(error))
        except Exception:
            # A failing dialog must not hide the original problem or recurse into this hook.
            log.exception("Could not show the error message")

    def main_hook(
        exc_type: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, error, trace)
            return
        report(exc_type, error, trace, "the main thread")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "a thread"
        report(args.exc_type, args.exc_value, args.exc_traceback, f"thread {name}")

    sys.excepthook = main_hook
    threading.excepthook = thread_hook
