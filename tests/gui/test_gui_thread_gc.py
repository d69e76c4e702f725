"""Cycles are collected by a timer in the GUI thread, never by whichever thread allocates."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.ui.gui_thread_gc import GuiThreadCollector


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cycle collector frees it


def test_cycles_are_freed_by_the_timer_in_the_gui_thread(qapp: QApplication, qtbot: QtBot) -> None:
    gc.enable()
    thresholds = gc.get_threshold()
    owner = QObject()
    collector = GuiThreadCollector(owner, interval_ms=20)
    try:
        assert not gc.isenabled()
        freed_in: list[str] = []
        node = Node()
        weakref.finalize(node, lambda: freed_in.append(threading.current_thread().name))
        del node

        def churn() -> None:  # a worker allocating a lot: it must not collect
            for _ in range(5 * gc.get_threshold()[0]):
                Node.__new__(Node)

        worker = threading.Thread(target=churn, name="worker")
        worker.start()
        worker.join()
        assert freed_in == []
        gc.set_threshold(1, 1, 1)  # every generation is due
        qtbot.waitUntil(lambda: freed_in != [], timeout=2000)
        assert freed_in == [threading.main_thread().name]
    finally:
        gc.set_threshold(*thresholds)
        collector.stop()
        owner.deleteLater()
    assert gc.isenabled()
