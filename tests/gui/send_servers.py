"""Real servers for the Send step's GUI tests, reused from the delivery integration tests:
moto's S3 server and a throwaway sshd, on 127.0.0.1, ended by PID. An in-memory keyring.

Import the fixtures into a test module to use them. Missing parts skip locally and fail
under CI=true, as in tests/integration/delivery.
"""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest

from tests.integration.delivery.servers import MissingPart, MotoS3, Sshd
from tests.integration.realparts import missing
from tests.unit.delivery.test_secrets import MemoryKeyring

__all__ = ["MemoryKeyring", "MotoS3", "Sshd", "memory_keyring", "moto", "sshd"]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The OS keyring, in memory (set before the window is made: it reads it then)."""
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture(scope="module")
def moto() -> Iterator[MotoS3]:
    try:
        server = MotoS3()
    except MissingPart as error:
        missing(str(error))
    yield server
    server.close()


@pytest.fixture
def sshd() -> Iterator[Sshd]:
    server = Sshd()
    try:
        server.prepare().start()
    except MissingPart as error:
        server.close()
        missing(str(error))
    yield server
    server.close()
