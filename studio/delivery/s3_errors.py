"""What an S3-compatible service's answer means for the person sending (and for retrying)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from botocore import exceptions as boto

from studio.core.i18n import QT_TRANSLATE_NOOP
from studio.delivery.errors import DeliveryError, Problem, network_error

SKEW_LIMIT = timedelta(minutes=15)  # what S3 tolerates before RequestTimeTooSkewed

CREDENTIALS = QT_TRANSLATE_NOOP(
    "Delivery",
    "The storage at {endpoint} refused the access key ({code}). Check the access key id and "
    "the secret key.",
)
PERMISSION = QT_TRANSLATE_NOOP(
    "Delivery",
    "The access key may not use the bucket “{bucket}” ({code}). Give it permission to list, "
    "read, write and delete there.",
)
MISSING = QT_TRANSLATE_NOOP(
    "Delivery", "There is no bucket named “{bucket}” at {endpoint}. Check its name and region."
)
SKEW = QT_TRANSLATE_NOOP(
    "Delivery",
    "This computer's clock is off by {seconds} seconds from the storage's, so it refuses "
    "signed requests. Set the clock automatically (NTP) and try again.",
)
# The storage refused the clock without saying by how much: its limit is said instead.
SKEW_UNKNOWN = QT_TRANSLATE_NOOP(
    "Delivery",
    "This computer's clock is off by more than {minutes} minutes from the storage's, so it "
    "refuses signed requests. Set the clock automatically (NTP) and try again.",
)
NO_KEY = QT_TRANSLATE_NOOP(
    "Delivery",
    "No access key is set for the storage at {endpoint}. Enter the access key id and the "
    "secret key.",
)
SERVER = QT_TRANSLATE_NOOP(
    "Delivery", "The storage at {endpoint} had a problem ({code}); trying again later."
)
REFUSED = QT_TRANSLATE_NOOP(
    "Delivery", "The storage at {endpoint} refused the request ({code}: {detail})."
)
BAD_ENDPOINT = QT_TRANSLATE_NOOP(
    "Delivery", "The storage address “{endpoint}” cannot be used: {detail}."
)

_CREDENTIAL_CODES = {
    "InvalidAccessKeyId",
    "SignatureDoesNotMatch",
    "InvalidToken",
    "ExpiredToken",
    "InvalidClientTokenId",
    "AuthorizationHeaderMalformed",
    "Unauthorized",
}
_PERMISSION_CODES = {"AccessDenied", "AllAccessDisabled", "Forbidden", "403"}
_MISSING_CODES = {"NoSuchBucket", "404", "NotFound"}
_SERVER_CODES = {"InternalError", "ServiceUnavailable", "SlowDown", "RequestTimeout", "503"}


def error_code(error: boto.ClientError) -> str:
    response: dict[str, Any] = error.response
    return str(response.get("Error", {}).get("Code", ""))


def s3_problem(
    error: BaseException, endpoint: str, bucket: str, host: str, port: int
) -> DeliveryError:
    """The DeliveryError for anything boto3 raised (network, HTTP answer, configuration)."""
    if isinstance(error, DeliveryError):
        return error
    if isinstance(error, boto.ClientError):
        code = error_code(error)
        status = int(error.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0) or 0)
        detail = str(error.response.get("Error", {}).get("Message", "")) or code
        if code in _CREDENTIAL_CODES:
            return DeliveryError(Problem.CREDENTIALS, CREDENTIALS, endpoint=endpoint, code=code)
        if code == "RequestTimeTooSkewed":
            return DeliveryError(
                Problem.CLOCK_SKEW, SKEW_UNKNOWN, minutes=int(SKEW_LIMIT.total_seconds() // 60)
            )
        if code in _MISSING_CODES:
            return DeliveryError(Problem.MISSING, MISSING, bucket=bucket, endpoint=endpoint)
        if code in _PERMISSION_CODES:
            return DeliveryError(Problem.PERMISSION, PERMISSION, bucket=bucket, code=code)
        if code in _SERVER_CODES or status >= 500:
            return DeliveryError(Problem.SERVER, SERVER, endpoint=endpoint, code=code or status)
        return DeliveryError(Problem.CONFIG, REFUSED, endpoint=endpoint, code=code, detail=detail)
    if isinstance(error, (boto.NoCredentialsError, boto.PartialCredentialsError)):
        return DeliveryError(Problem.CREDENTIALS, NO_KEY, endpoint=endpoint)
    found = network_error(error, host, port)
    if found is not None:
        return found
    if isinstance(error, (boto.ConnectTimeoutError, boto.ReadTimeoutError)):
        return network_error(TimeoutError(), host, port) or DeliveryError(
            Problem.TIMEOUT, SERVER, endpoint=endpoint, code="timeout"
        )
    if isinstance(error, (boto.EndpointConnectionError, boto.ConnectionClosedError)):
        return network_error(ConnectionError(str(error)), host, port) or DeliveryError(
            Problem.NETWORK, SERVER, endpoint=endpoint, code="connection"
        )
    if isinstance(error, (boto.InvalidEndpointConfigurationError, ValueError)):
        return DeliveryError(Problem.CONFIG, BAD_ENDPOINT, endpoint=endpoint, detail=error)
    if isinstance(error, boto.BotoCoreError):
        return DeliveryError(Problem.NETWORK, SERVER, endpoint=endpoint, code=error)
    raise error
