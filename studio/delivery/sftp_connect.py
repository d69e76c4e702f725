"""Connecting to an SFTP server: TCP, host key (confirm once, then pinned), login; and what
each failure means for the person sending."""

from __future__ import annotations

import base64
import errno
import hashlib
import socket
from collections.abc import Callable
from dataclasses import dataclass

import paramiko

from studio.core.i18n import QT_TRANSLATE_NOOP
from studio.delivery.errors import NETWORK, DeliveryError, Problem, network_error

# confirm(host, port, "SHA256:…") → trust; on_pinned("type base64", "SHA256:…") → store it.
Confirm = Callable[[str, int, str], bool]
OnPinned = Callable[[str, str], None]

UNKNOWN_KEY = QT_TRANSLATE_NOOP(
    "Delivery",
    "The host key of {host} ({fingerprint}) is not confirmed yet. Test the destination and "
    "confirm the fingerprint, after checking it with the server's owner.",
)
CHANGED_KEY = QT_TRANSLATE_NOOP(
    "Delivery",
    "The host key of {host} changed ({fingerprint}, not the one confirmed before). This may "
    "be an attack, or a reinstalled server: ask its owner before trusting the new key.",
)
# One sentence per way of logging in: a word of ours put into a translated one would stay
# English.
WRONG_PASSWORD = QT_TRANSLATE_NOOP(
    "Delivery", "{host} refused the login of “{user}”: check the user name and password."
)
WRONG_KEY = QT_TRANSLATE_NOOP(
    "Delivery", "{host} refused the login of “{user}”: check the user name and key."
)
NOT_SSH = QT_TRANSLATE_NOOP(
    "Delivery", "{host}:{port} does not answer as an SSH server ({detail}). Check the port."
)
KEY_FILE = QT_TRANSLATE_NOOP("Delivery", "Cannot use the key file {path}: {detail}.")
KEY_LOCKED = QT_TRANSLATE_NOOP(
    "Delivery",
    "The key file {path} is protected by a passphrase: set the destination to use a key "
    "with a passphrase, and enter it.",
)
NO_SFTP = QT_TRANSLATE_NOOP(
    "Delivery",
    "{host}:{port} accepted the login but offers no SFTP. Ask its owner to enable SFTP.",
)
MISSING = QT_TRANSLATE_NOOP("Delivery", "The folder “{path}” does not exist on {host}.")
DENIED = QT_TRANSLATE_NOOP("Delivery", "No permission to write “{path}” on {host}.")
FULL = QT_TRANSLATE_NOOP(
    "Delivery",
    "{host} could not write “{path}” ({detail}): its disk is probably full, or your quota "
    "reached. Free some space there.",
)


@dataclass(frozen=True)
class SftpSettings:
    host: str
    port: int
    user: str
    folder: str = ""
    auth: str = "password"  # password | key | key+passphrase
    key_file: str = ""
    web_url: str = ""  # the folder's public web address, for links
    host_key: str = ""  # pinned: "ssh-ed25519 AAAA…"; empty until confirmed
    host_key_fingerprint: str = ""  # confirmed ahead ("SHA256:…"), pinned on first connect
    secret: str = ""  # the password or key passphrase (from the keyring, never stored here)
    timeout: float = 20.0


def fingerprint(key: paramiko.PKey) -> str:
    """OpenSSH's form: SHA256:<base64 without padding>."""
    digest = hashlib.sha256(key.asbytes()).digest()
    return "SHA256:" + base64.b64encode(digest).decode().rstrip("=")


def connect(
    s: SftpSettings, confirm: Confirm | None
) -> tuple[paramiko.Transport, paramiko.SFTPClient, tuple[str, str] | None]:
    """Connected and logged in; the third item is the newly pinned (key, fingerprint)."""
    try:
        sock = socket.create_connection((s.host, s.port), timeout=s.timeout)
    except OSError as error:
        raise sftp_problem(error, s, "") from error
    transport = paramiko.Transport(sock)
    try:
        _prefer_aead(transport)
        transport.banner_timeout = s.timeout
        transport.start_client(timeout=s.timeout)
        pinned = _check_host_key(transport.get_remote_server_key(), s, confirm)
        _login(transport, s)
        transport.set_keepalive(15)
        sftp = paramiko.SFTPClient.from_transport(transport)
        if sftp is None:
            raise DeliveryError(Problem.CONFIG, NO_SFTP, host=s.host, port=s.port)
        channel = sftp.get_channel()
        if channel is not None:
            channel.settimeout(s.timeout * 3)  # a server that stops answering is not a hang
    except BaseException as error:
        transport.close()
        if isinstance(error, DeliveryError):
            raise
        if isinstance(error, Exception):
            raise sftp_problem(error, s, "") from error
        raise
    return transport, sftp, pinned


# AES-GCM first (offered by OpenSSH since 6.2): paramiko's default, aes128-ctr with
# hmac-sha2-256, builds a Python HMAC object per 32 KiB packet, which measured as the
# largest part of the client's CPU on an upload (GCM: ~35 % less CPU, ~1.6× the throughput
# on 127.0.0.1). Servers without it get paramiko's usual order.
AEAD_CIPHERS = ("aes128-gcm@openssh.com", "aes256-gcm@openssh.com")


def _prefer_aead(transport: paramiko.Transport) -> None:
    options = transport.get_security_options()
    current = tuple(options.ciphers)
    first = tuple(c for c in AEAD_CIPHERS if c in current)  # older paramiko: none
    options.ciphers = first + tuple(c for c in current if c not in first)


def _check_host_key(
    key: paramiko.PKey, s: SftpSettings, confirm: Confirm | None
) -> tuple[str, str] | None:
    presented = f"{key.get_name()} {key.get_base64()}"
    print_ = fingerprint(key)
    if s.host_key:
        if s.host_key.split()[:2] != presented.split():
            raise DeliveryError(Problem.HOST_KEY, CHANGED_KEY, host=s.host, fingerprint=print_)
        return None
    if s.host_key_fingerprint:
        if s.host_key_fingerprint != print_:
            raise DeliveryError(Problem.HOST_KEY, CHANGED_KEY, host=s.host, fingerprint=print_)
        return presented, print_
    if confirm is None or not confirm(s.host, s.port, print_):
        raise DeliveryError(Problem.HOST_KEY, UNKNOWN_KEY, host=s.host, fingerprint=print_)
    return presented, print_


def _login(transport: paramiko.Transport, s: SftpSettings) -> None:
    if s.auth == "password":
        transport.auth_password(s.user, s.secret)
        return
    try:
        key = paramiko.PKey.from_path(s.key_file, password=(s.secret or None))
    except paramiko.PasswordRequiredException as error:
        raise DeliveryError(Problem.SECRET, KEY_LOCKED, path=s.key_file) from error
    except (OSError, paramiko.SSHException, ValueError) as error:
        raise DeliveryError(Problem.CONFIG, KEY_FILE, path=s.key_file, detail=error) from error
    transport.auth_publickey(s.user, key)


def sftp_problem(error: BaseException, s: SftpSettings, path: str) -> DeliveryError:
    if isinstance(error, DeliveryError):
        return error
    if isinstance(error, paramiko.AuthenticationException):
        wrong = WRONG_PASSWORD if s.auth == "password" else WRONG_KEY
        return DeliveryError(Problem.CREDENTIALS, wrong, host=s.host, user=s.user)
    if isinstance(error, FileNotFoundError) or (
        isinstance(error, OSError) and error.errno == errno.ENOENT
    ):
        return DeliveryError(Problem.MISSING, MISSING, path=path or s.folder, host=s.host)
    if isinstance(error, PermissionError) or (
        isinstance(error, OSError) and error.errno in (errno.EACCES, errno.EPERM)
    ):
        return DeliveryError(Problem.PERMISSION, DENIED, path=path or s.folder, host=s.host)
    found = network_error(error, s.host, s.port)
    if found is not None:
        return found
    if isinstance(error, paramiko.SSHException):
        text = str(error)
        if "banner" in text.lower() or "protocol" in text.lower():
            return DeliveryError(Problem.NETWORK, NOT_SSH, host=s.host, port=s.port, detail=text)
        return network_error(ConnectionError(text), s.host, s.port) or DeliveryError(
            Problem.NETWORK, NOT_SSH, host=s.host, port=s.port, detail=text
        )
    if isinstance(error, OSError) and error.errno is None:
        if str(error).strip().lower() == "failure":
            # OpenSSH's sftp-server answers a failed write (ENOSPC, EDQUOT) with a bare
            # "Failure" status.
            return DeliveryError(Problem.FULL, FULL, host=s.host, path=path, detail=error)
        # paramiko's own errors without errno: "Socket is closed", "Server connection dropped"
        return DeliveryError(Problem.NETWORK, NETWORK, host=s.host, detail=error)
    if isinstance(error, OSError):
        return DeliveryError(Problem.SERVER, FULL, host=s.host, path=path, detail=error)
    return DeliveryError(Problem.SERVER, NOT_SSH, host=s.host, port=s.port, detail=error)
