"""Destination secrets in the OS keyring, never in SQLite or a settings file.

With no usable keyring (none installed, or only a plaintext file backend) the secret is kept
in memory for this session and asked for again next time, through the `ask` callback the
UI or CLI supplies; it never falls back silently to a plaintext file.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import chainer, fail

from studio.core.i18n import QT_TRANSLATE_NOOP
from studio.delivery.errors import DeliveryError, Problem

log = logging.getLogger(__name__)

SERVICE = "brief-studio"
# ask(destination name, why) → the secret, or None when the person declined.
Ask = Callable[[str, str], str | None]

NO_KEYRING = QT_TRANSLATE_NOOP(
    "Secrets",
    "No keyring is available on this computer (GNOME Keyring, KWallet, macOS Keychain or "
    "Windows Credential Manager), so the secret of “{name}” is kept only until Brief Studio "
    "closes, and asked for again next time.",
)
NEEDED = QT_TRANSLATE_NOOP(
    "Secrets", "The secret (password or key) of “{name}” is needed to send. Enter it again."
)


def usable_backend(
    backend: keyring.backend.KeyringBackend | None = None,
) -> keyring.backend.KeyringBackend | None:
    """The keyring backend, or None when there is none we accept (none, or plaintext)."""
    found = backend if backend is not None else keyring.get_keyring()
    backends = found.backends if isinstance(found, chainer.ChainerBackend) else [found]
    accepted = [b for b in backends if not _refused(b)]
    return found if accepted else None


def _refused(backend: keyring.backend.KeyringBackend) -> bool:
    kind = type(backend)
    if isinstance(backend, fail.Keyring) or kind.__module__.startswith("keyring.backends.null"):
        return True
    # keyrings.alt's PlaintextKeyring (and its kin) write secrets to a readable file.
    return "plaintext" in kind.__name__.lower() or kind.__module__.startswith("keyrings.alt.file")


class SecretStore:
    """Thread-safe: the queue's thread reads secrets while the UI may set them."""

    def __init__(
        self, ask: Ask | None = None, backend: keyring.backend.KeyringBackend | None = None
    ) -> None:
        self._ask = ask
        self._backend = usable_backend(backend)
        self._session: dict[str, str] = {}
        self._lock = threading.Lock()

    @property
    def persistent(self) -> bool:
        """False when secrets last only for this session (say NO_KEYRING to the person)."""
        return self._backend is not None

    def set(self, destination_id: str, secret: str) -> bool:
        """Remember the secret; True when it went to the keyring, False: this session only."""
        with self._lock:
            self._session[destination_id] = secret
            if self._backend is None:
                return False
            try:
                self._backend.set_password(SERVICE, destination_id, secret)
            except keyring.errors.KeyringError as error:
                log.warning("Keyring refused the secret (%s); keeping it for this session", error)
                return False
            return True

    def get(self, destination_id: str, name: str) -> str:
        """The secret: from this session, the keyring, or asked; DeliveryError if none."""
        with self._lock:
            if destination_id in self._session:
                return self._session[destination_id]
            secret: str | None = None
            if self._backend is not None:
                try:
                    secret = self._backend.get_password(SERVICE, destination_id)
                except keyring.errors.KeyringError as error:
                    log.warning("Keyring unreadable (%s)", error)
            if secret is not None:
                self._session[destination_id] = secret
                return secret
        # Asked without the lock held: the person may take minutes, and the GUI thread may
        # call has()/set() meanwhile (a dialog waiting on a locked store would freeze it).
        if self._ask is not None:
            why = NEEDED if self._backend is not None else NO_KEYRING
            secret = self._ask(name, why.format(name=name))
        if secret is None:
            raise DeliveryError(Problem.SECRET, NEEDED, name=name)
        with self._lock:
            self._session.setdefault(destination_id, secret)
            return self._session[destination_id]

    def has(self, destination_id: str) -> bool:
        with self._lock:
            if destination_id in self._session:
                return True
            if self._backend is None:
                return False
            try:
                return self._backend.get_password(SERVICE, destination_id) is not None
            except keyring.errors.KeyringError:
                return False

    def delete(self, destination_id: str) -> None:
        with self._lock:
            self._session.pop(destination_id, None)
            if self._backend is None:
                return
            try:
                self._backend.delete_password(SERVICE, destination_id)
            except keyring.errors.PasswordDeleteError:
                pass
            except keyring.errors.KeyringError as error:
                log.warning("Keyring could not delete the secret (%s)", error)
