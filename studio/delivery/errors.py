"""What can go wrong when sending, said so a person knows what to fix, and whether to retry.

Each problem has a kind (what the connection test reports), a message template marked for
translation (the UI translates `template` then formats it with `params`) and `transient`:
the queue retries transient problems with backoff and fails the others at once.
"""

from __future__ import annotations

import errno
import socket
import ssl
from enum import StrEnum

from studio.core.errors import TemplateError
from studio.core.i18n import QT_TRANSLATE_NOOP


class Problem(StrEnum):
    DNS = "dns"
    REFUSED = "refused"
    TIMEOUT = "timeout"
    NETWORK = "network"
    CREDENTIALS = "credentials"
    PERMISSION = "permission"
    MISSING = "missing"
    CLOCK_SKEW = "clock-skew"
    HOST_KEY = "host-key"
    FULL = "full"
    SECRET = "secret"
    CHANGED = "changed"
    VERIFY = "verify"
    SERVER = "server"
    CONFIG = "config"


TRANSIENT = {Problem.DNS, Problem.REFUSED, Problem.TIMEOUT, Problem.NETWORK, Problem.SERVER}

DNS = QT_TRANSLATE_NOOP(
    "Delivery", "Cannot find the server “{host}” (DNS lookup failed). Check the address."
)
REFUSED = QT_TRANSLATE_NOOP(
    "Delivery", "{host}:{port} refused the connection. Is the server running, and the port right?"
)
TIMEOUT = QT_TRANSLATE_NOOP(
    "Delivery", "{host}:{port} did not answer in time. Check the network or a firewall."
)
NETWORK = QT_TRANSLATE_NOOP("Delivery", "The connection to {host} was lost: {detail}.")
TLS = QT_TRANSLATE_NOOP(
    "Delivery", "The secure connection to {host} failed: {detail}. Check the address (https)."
)


class DeliveryError(TemplateError):
    def __init__(self, problem: Problem, template: str, **params: object) -> None:
        super().__init__(template, **{k: str(v) for k, v in params.items()})
        self.problem = problem

    @property
    def transient(self) -> bool:
        return self.problem in TRANSIENT


def network_error(error: BaseException, host: str, port: int) -> DeliveryError | None:
    """The DeliveryError for a socket-level failure, or None if `error` is not one."""
    seen: BaseException | None = error
    while seen is not None:  # libraries wrap socket errors: look down the chain
        if isinstance(seen, socket.gaierror):
            return DeliveryError(Problem.DNS, DNS, host=host)
        if isinstance(seen, ConnectionRefusedError):
            return DeliveryError(Problem.REFUSED, REFUSED, host=host, port=port)
        if isinstance(seen, (TimeoutError, socket.timeout)):
            return DeliveryError(Problem.TIMEOUT, TIMEOUT, host=host, port=port)
        if isinstance(seen, ssl.SSLError):
            return DeliveryError(Problem.NETWORK, TLS, host=host, detail=seen)
        if isinstance(seen, (ConnectionError, EOFError)) or (
            isinstance(seen, OSError) and seen.errno in _NET_ERRNOS
        ):
            detail = getattr(seen, "strerror", None) or str(seen) or type(seen).__name__
            return DeliveryError(Problem.NETWORK, NETWORK, host=host, detail=detail)
        seen = seen.__cause__ or seen.__context__
    return None


_NET_ERRNOS = {
    errno.ENETUNREACH,
    errno.EHOSTUNREACH,
    errno.ECONNRESET,
    errno.ECONNABORTED,
    errno.EPIPE,
    errno.ENETDOWN,
}
