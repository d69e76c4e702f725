import threading

import pytest
from PySide6.QtCore import QThread

from studio.core.cancel import CancelledError
from studio.ui.worker import run_task


def test_result_and_progress_arrive_on_the_gui_thread(qtbot) -> None:
    gui_thread = QThread.currentThread()
    seen: list[tuple[float, float, bool]] = []
    worker_threads: list[int] = []

    def work(progress, cancel):
        worker_threads.append(threading.get_ident())
        for i in range(1, 4):
            progress(i, 3)
        return "done"

    task = run_task(work)
    task.progress.connect(lambda d, t: seen.append((d, t, QThread.currentThread() is gui_thread)))
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == ["done", None]
    assert worker_threads and worker_threads[0] != threading.get_ident()
    assert seen and seen[-1][:2] == (3.0, 3.0)
    assert all(on_gui for *_, on_gui in seen)


def test_errors_come_back_as_values(qtbot) -> None:
    def work(progress, cancel):
        raise ValueError("bad input")

    task = run_task(work)
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        pass
    result, error = blocker.args
    assert result is None and isinstance(error, ValueError)


def test_cancel_reaches_the_work(qtbot) -> None:
    started = threading.Event()

    def work(progress, cancel):
        started.set()
        while not cancel.wait(0.01):
            pass
        cancel.check("Export")

    task = run_task(work)
    assert started.wait(5)
    task.cancel()
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[1], CancelledError)
    assert task.done and task.cancelled


@pytest.fixture(autouse=True)
def _drain_pool():
    yield
    from studio.ui.worker import wait_for_background_work

    assert wait_for_background_work(5000)
