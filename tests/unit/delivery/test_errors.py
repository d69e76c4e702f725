"""Each failure says what is wrong and whether the queue retries it."""

from __future__ import annotations

import socket
from dataclasses import replace

import paramiko
import pytest
from botocore import exceptions as boto

from studio.delivery.errors import Problem, network_error
from studio.delivery.s3_errors import NO_KEY, SKEW_UNKNOWN, s3_problem
from studio.delivery.sftp_connect import WRONG_KEY, WRONG_PASSWORD, SftpSettings, sftp_problem

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


def test_our_own_words_are_in_the_template_not_in_its_params() -> None:
    """A param is put as it is into the translated sentence: only names and numbers go there."""
    refused = paramiko.AuthenticationException("no")
    by_password = sftp_problem(refused, SFTP, "x.zip")
    by_key = sftp_problem(refused, replace(SFTP, auth="key"), "x.zip")
    assert (by_password.template, by_key.template) == (WRONG_PASSWORD, WRONG_KEY)
    assert by_key.params == {"host": "files.example.com", "user": "ana"}
    assert by_key.message.endswith("check the user name and key.")

    skewed = boto.ClientError({"Error": {"Code": "RequestTimeTooSkewed"}}, "PutObject")
    skew = s3_problem(skewed, "s3.example.com", "briefs", "s3.example.com", 443)
    assert (skew.template, skew.params) == (SKEW_UNKNOWN, {"minutes": "15"})
    no_key = s3_problem(boto.NoCredentialsError(), "s3.example.com", "b", "s3.example.com", 443)
    assert (no_key.template, no_key.params) == (NO_KEY, {"endpoint": "s3.example.com"})
