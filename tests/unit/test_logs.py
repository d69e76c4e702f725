import logging
import sys
import threading
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from studio import logs
from studio.logs import crash_message, current_log_file, install_excepthook, setup_logging


@pytest.fixture(autouse=True)
def clean_logging(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Leave the root logger and the exception hooks as the test found them."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)
    logging.captureWarnings(False)


def flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_logs_go_to_a_rotating_file_in_the_data_dir(data_dir: Path) -> None:
    path = setup_logging(data_dir)
    assert path == data_dir / "logs" / "brief-studio.log"
    handler = next(h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler))
    assert handler.maxBytes == 1_000_000
    assert handler.backupCount == 5

    logging.getLogger("studio.test").info("saved brief %s", "b-1")
    logging.getLogger("studio.test").debug("not without debug")
    flush()
    text = path.read_text("utf-8")
    assert "saved brief b-1" in text
    assert "not without debug" not in text


def test_stderr_gets_warnings_only(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    setup_logging(data_dir)
    logging.getLogger("studio.test").info("quiet")
    logging.getLogger("studio.test").warning("loud")
    err = capsys.readouterr().err
    assert "loud" in err
    assert "quiet" not in err


def test_debug_reaches_both(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = setup_logging(data_dir, debug=True)
    logging.getLogger("studio.test").debug("fine detail")
    flush()
    assert "fine detail" in capsys.readouterr().err
    assert "fine detail" in path.read_text("utf-8")


def test_setting_up_twice_replaces_the_handlers(data_dir: Path, tmp_path: Path) -> None:
    def others() -> int:
        return sum(not getattr(h, logs._OURS, False) for h in logging.getLogger().handlers)

    before = others()
    setup_logging(data_dir)
    second = setup_logging(tmp_path / "other")
    assert len(logging.getLogger().handlers) == before + 2
    assert others() == before
    assert current_log_file() == second


def test_file_rotates(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = setup_logging(data_dir)
    for n in range(200):
        logging.getLogger("studio.test").info("line %d %s", n, "x" * 40)
    flush()
    rotated = sorted(p.name for p in path.parent.iterdir())
    assert rotated == [f"brief-studio.log{s}" for s in ["", ".1", ".2", ".3", ".4", ".5"]]


def test_uncaught_exception_is_logged_and_shown(data_dir: Path) -> None:
    path = setup_logging(data_dir)
    shown: list[str] = []
    install_excepthook(shown.append)
    try:
        raise ValueError("the encoder vanished")
    except ValueError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    flush()
    assert len(shown) == 1
    assert str(path) in shown[0]
    assert "the encoder vanished" in shown[0]
    text = path.read_text("utf-8")
    assert "Traceback" in text
    assert "ValueError: the encoder vanished" in text


def test_exception_in_a_thread_is_logged_and_shown(data_dir: Path) -> None:
    path = setup_logging(data_dir)
    shown: list[str] = []
    install_excepthook(shown.append)

    def fail() -> None:
        raise RuntimeError("camera thread died")

    worker = threading.Thread(target=fail, name="camera")
    worker.start()
    worker.join()
    flush()
    assert len(shown) == 1
    assert str(path) in shown[0]
    text = path.read_text("utf-8")
    assert "thread camera" in text
    assert "RuntimeError: camera thread died" in text


def test_a_failing_dialog_is_logged_not_raised(data_dir: Path) -> None:
    path = setup_logging(data_dir)

    def broken_show(message: str) -> None:
        raise RuntimeError("no display")

    install_excepthook(broken_show)
    sys.excepthook(KeyError, KeyError("x"), None)
    flush()
    text = path.read_text("utf-8")
    assert "Could not show the error message" in text
    assert "no display" in text


def test_hook_works_without_a_show_function(data_dir: Path) -> None:
    path = setup_logging(data_dir)
    install_excepthook(None)
    sys.excepthook(OSError, OSError("disk"), None)
    flush()
    assert "OSError: disk" in path.read_text("utf-8")


def test_ctrl_c_keeps_the_default_behaviour(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda t, e, tb: seen.append(t))
    shown: list[str] = []
    install_excepthook(shown.append)
    sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert seen == [KeyboardInterrupt]
    assert shown == []


def test_message_without_a_log_file_points_to_the_error_output(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [h for h in root.handlers if not hasattr(h, logs._OURS)])
    assert current_log_file() is None
    assert "error output" in crash_message(ValueError("x"))
