"""Secrets in the keyring; without one, asked per session and never written in clear."""

from __future__ import annotations

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from studio.delivery.errors import DeliveryError, Problem
from studio.delivery.secrets import SERVICE, SecretStore, usable_backend


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


class PlaintextKeyring(MemoryKeyring):
    """Named like keyrings.alt's file backend, which we refuse."""


def test_keyring_keeps_the_secret_between_sessions() -> None:
    backend = MemoryKeyring()
    assert SecretStore(backend=backend).set("dest-1", "s3cret") is True
    assert backend.items == {(SERVICE, "dest-1"): "s3cret"}
    later = SecretStore(backend=backend, ask=lambda name, why: pytest.fail("asked"))
    assert later.persistent and later.has("dest-1")
    assert later.get("dest-1", "Bucket") == "s3cret"
    later.delete("dest-1")
    assert backend.items == {}


def test_without_a_keyring_it_says_so_and_asks_once_per_session() -> None:
    asked: list[tuple[str, str]] = []

    def ask(name: str, why: str) -> str | None:
        asked.append((name, why))
        return "typed"

    store = SecretStore(ask=ask, backend=fail.Keyring())
    assert not store.persistent
    assert store.set("d", "given") is False  # kept in memory only
    assert store.get("d", "Bucket") == "given"
    assert store.get("other", "Server") == "typed"
    assert store.get("other", "Server") == "typed"
    assert len(asked) == 1 and asked[0][0] == "Server"
    assert "No keyring is available" in asked[0][1]


def test_no_secret_at_all_is_a_clear_error() -> None:
    store = SecretStore(ask=lambda name, why: None, backend=fail.Keyring())
    with pytest.raises(DeliveryError, match=r"secret .* of “Server” is needed") as caught:
        store.get("d", "Server")
    assert caught.value.problem is Problem.SECRET


def test_a_plaintext_file_backend_is_not_accepted() -> None:
    assert usable_backend(PlaintextKeyring()) is None
    assert usable_backend(fail.Keyring()) is None
    memory = MemoryKeyring()
    assert usable_backend(memory) is memory
