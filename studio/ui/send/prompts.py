"""Questions the delivery layer asks from its own threads, answered by the person on the GUI.

The queue's thread (and a connection test on a worker) may need a secret that is not in the
keyring, or the approval of an SFTP server's host key. They call `ask_secret` or
`confirm_host_key`, which post the question to the GUI thread and wait for the answer; on
the GUI thread they ask directly. `close()` (at quit) answers every waiting question with
"no", so stopping the queue can never wait on a dialog that will not come.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from studio.ui import dialogs


@dataclass
class _Question:
    ask: Callable[[], object]
    answer: object = None
    done: threading.Event = field(default_factory=threading.Event)


class Prompts(QObject):
    _posted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._closed = threading.Event()
        self._waiting: list[_Question] = []
        self._lock = threading.Lock()
        self._posted.connect(self._answer)

    # ---- what the delivery layer calls (any thread) -----------------------------------

    def ask_secret(self, name: str, why: str) -> str | None:
        """SecretStore's `ask`: the destination's secret, or None when declined."""
        from studio.delivery.secrets import NEEDED, NO_KEYRING

        template = NO_KEYRING if why == NO_KEYRING.format(name=name) else NEEDED
        text = QCoreApplication.translate("Secrets", template).format(name=name)
        title = self.tr("Secret of “{name}”").format(name=name)
        answer = self._ask(lambda: dialogs.ask_secret(_parent(), title, text))
        return answer if isinstance(answer, str) else None

    def confirm_host_key(self, host: str, port: int, fingerprint: str) -> bool:
        """Trust an SFTP server seen for the first time (its key is then pinned)."""
        title = self.tr("Trust this server?")
        text = self.tr(
            "This is the first connection to {host}:{port}. The server presents this host "
            "key:\n\n{fingerprint}\n\nTrust it only if it matches the fingerprint your server's "
            "administrator gave you. It will be remembered, and a different key refused."
        ).format(host=host, port=port, fingerprint=fingerprint)
        trust = self.tr("Trust and Connect")
        return self._ask(lambda: dialogs.confirm(_parent(), title, text, trust)) is True

    def close(self) -> None:
        """At quit: every question still waiting is answered "no"."""
        self._closed.set()
        with self._lock:
            for question in self._waiting:
                question.done.set()

    # ---- the crossing --------------------------------------------------------------------

    def _ask(self, ask: Callable[[], object]) -> object:
        if self._closed.is_set():
            return None
        if QThread.currentThread() is self.thread():
            return ask()
        question = _Question(ask)
        with self._lock:
            self._waiting.append(question)
        self._posted.emit(question)
        try:
            while not question.done.wait(0.2):
                if self._closed.is_set():
                    return None
        finally:
            with self._lock:
                self._waiting.remove(question)
        return None if self._closed.is_set() else question.answer

    @Slot(object)
    def _answer(self, question: _Question) -> None:
        if not self._closed.is_set() and not question.done.is_set():
            question.answer = question.ask()
        question.done.set()


def _parent() -> QWidget | None:
    return QApplication.activeWindow()
