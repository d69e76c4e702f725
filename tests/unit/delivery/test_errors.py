"""Each failure says what is wrong and whether the queue retries it."""

from __future__ import annotations

import socket

import paramiko
import pytest

from studio.delivery.errors import Problem, network_error
from studio.delivery.sftp_connect import SftpSettings, sftp_problem

SFTP = SftpSettings("files.example.com", 22, "ana", "/srv/briefs")


def test_socket_failures_found_down_the_exception_chain() -> None:
    try:
        try:
            raise socket.gaierror(-2, "Name or service not known")
        except OSError as inner:
            raise RuntimeError("wrapped by a library") from inner
    except RuntimeError as outer:
        dns = network_error(outer, "s3.example.com", 443)
    assert dns is not None and dns.problem is Problem.DNS and dns.transient
    assert (
        str(dns)
        == "Cannot find the server “s3.example.com” (DNS lookup failed). Check the address."
    )
    refused = network_error(ConnectionRefusedError(), "h", 9)
    assert refused is not None and refused.problem is Problem.REFUSED
    assert network_error(ValueError("x"), "h", 9) is None


@pytest.mark.parametrize(
    ("error", "problem", "transient"),
    [
        (paramiko.AuthenticationException("no"), Problem.CREDENTIALS, False),
        (FileNotFoundError(2, "No such file"), Problem.MISSING, False),
        (PermissionError(13, "Permission denied"), Problem.PERMISSION, False),
        (OSError("Failure"), Problem.FULL, False),
        (OSError("Socket is closed"), Problem.NETWORK, True),
        (EOFError(), Problem.NETWORK, True),
        (paramiko.SSHException("Error reading SSH protocol banner"), Problem.NETWORK, True),
        (TimeoutError(), Problem.TIMEOUT, True),
    ],
)
def test_sftp_failures(error: BaseException, problem: Problem, transient: bool) -> None:
    found = sftp_problem(error, SFTP, "x.zip")
    assert (found.problem, found.transient) == (problem, transient)
    assert found.message and "{" not in found.message
