"""An S3-compatible destination (AWS S3, Cloudflare R2, Backblaze B2, MinIO, Wasabi).

Uploads are multipart with one part size fixed per upload (kept in the resume state), each
part checked by its MD5 (Content-MD5 going out, the ETag coming back) and, as `aws s3 cp`
does, carrying a CRC32 the server checks and combines into the object's checksum (both are
computed in one read of the part, in C: CRC32 costs ~1/7 of MD5). A resume asks the
server (ListParts) which parts it holds and re-sends only the others. The object appears
only when the upload is completed; then its size and multipart ETag are checked.
Recipients get server-side copies and presigned GET links (SigV4: 7 days at most).
"""

from __future__ import annotations

import base64
import hashlib
import os
import threading
import zlib
from collections.abc import Iterator
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import boto3
from botocore import exceptions as boto
from botocore.config import Config

from studio.core.cancel import CancelToken
from studio.core.i18n import QT_TRANSLATE_NOOP
from studio.delivery.bundle_file import CHANGED
from studio.delivery.destination import Link, LocalFile, Progress, ResumeState, UploadResult
from studio.delivery.errors import DeliveryError, Problem
from studio.delivery.s3_errors import SKEW, SKEW_LIMIT, error_code, s3_problem
from studio.delivery.s3_plan import Part, multipart_etag, part_size_for, plan_parts

MAX_LINK_LIFE = timedelta(days=7)

DAMAGED_PART = QT_TRANSLATE_NOOP(
    "Delivery",
    "The storage received part {number} of the bundle damaged (its checksum differs); the "
    "upload was stopped. Try again.",
)
DAMAGED_OBJECT = QT_TRANSLATE_NOOP(
    "Delivery", "The storage holds {key} that does not match the bundle; it was removed."
)


@dataclass(frozen=True)
class S3Settings:
    bucket: str
    access_key_id: str
    secret_access_key: str
    endpoint: str = ""  # empty: AWS
    region: str = "us-east-1"
    prefix: str = ""
    part_size: int | None = None  # None: chosen from the file size
    concurrency: int = 4  # parts in flight


class S3Destination:
    max_link_life: timedelta | None = MAX_LINK_LIFE

    def __init__(self, settings: S3Settings) -> None:
        self.settings = settings
        self._client: Any = None
        url = urlsplit(settings.endpoint or f"https://s3.{settings.region}.amazonaws.com")
        self.endpoint = settings.endpoint or url.netloc
        self.host = url.hostname or ""
        self.port = url.port or (443 if url.scheme == "https" else 80)

    @property
    def client(self) -> Any:
        if self._client is None:
            s = self.settings
            config = Config(
                signature_version="s3v4",  # R2 and B2 accept only SigV4 presigned links
                retries={"max_attempts": 2, "mode": "standard"},  # the queue retries longer
                connect_timeout=10,
                read_timeout=60,
                max_pool_connections=s.concurrency + 2,
                # The parts' checksums are computed here, once per part, and passed
                # explicitly (botocore's own would read each part again).
                request_checksum_calculation="when_required",
                s3={
                    "addressing_style": "path" if s.endpoint else "auto",
                    # Botocore skips the SHA-256 of the body over https when Content-MD5 is
                    # there, but always does it over plain http (a third hash of every
                    # byte). The body stays covered: Content-MD5 is a signed header.
                    "payload_signing_enabled": False,
                },
            )
            try:
                self._client = boto3.session.Session().client(
                    "s3",
                    endpoint_url=s.endpoint or None,
                    region_name=s.region,
                    aws_access_key_id=s.access_key_id,
                    aws_secret_access_key=s.secret_access_key,
                    config=config,
                )
            except Exception as error:
                raise self._problem(error) from error
        return self._client

    def _problem(self, error: BaseException) -> DeliveryError:
        return s3_problem(error, self.endpoint, self.settings.bucket, self.host, self.port)

    def key(self, remote: str) -> str:
        prefix = self.settings.prefix.strip("/")
        return f"{prefix}/{remote}" if prefix else remote

    def _call(self, method: str, **params: Any) -> Any:
        try:
            return getattr(self.client, method)(Bucket=self.settings.bucket, **params)
        except (boto.BotoCoreError, boto.ClientError, OSError) as error:
            raise self._problem(error) from error

    # ---- checks ---------------------------------------------------------------------------

    def check(self) -> str:
        try:
            answer = self._call("head_bucket")
        except DeliveryError as error:
            if error.problem is not Problem.PERMISSION:
                raise
            # A HEAD answer has no body, so a bare 403 hides whether the key is wrong or
            # lacks permission; a GET's error body says which.
            self._call("list_objects_v2", MaxKeys=1)
            raise
        self._check_clock(answer)
        probe = self.key(f".brief-studio-probe-{os.getpid()}")
        self._call("put_object", Key=probe, Body=b"probe")
        self._call("delete_object", Key=probe)
        return f"Bucket “{self.settings.bucket}” at {self.endpoint}: can write and delete."

    def _check_clock(self, answer: dict[str, Any]) -> None:
        date = answer.get("ResponseMetadata", {}).get("HTTPHeaders", {}).get("date")
        if not date:
            return
        off = abs(parsedate_to_datetime(date) - datetime.now(UTC))
        if off > SKEW_LIMIT:
            raise DeliveryError(Problem.CLOCK_SKEW, SKEW, seconds=int(off.total_seconds()))

    def exists(self, remote: str) -> int | None:
        try:
            answer = self.client.head_object(Bucket=self.settings.bucket, Key=self.key(remote))
        except boto.ClientError as error:
            if error_code(error) in ("404", "NoSuchKey", "NotFound"):
                return None
            raise self._problem(error) from error
        except (boto.BotoCoreError, OSError) as error:
            raise self._problem(error) from error
        return int(answer["ContentLength"])

    # ---- upload ---------------------------------------------------------------------------

    def upload(
        self,
        file: LocalFile,
        remote: str,
        progress: Progress,
        cancel: CancelToken,
        resume_state: ResumeState,
    ) -> UploadResult:
        key = self.key(remote)
        state = resume_state.load() or {}
        part_size = int(
            state.get("part_size") or self.settings.part_size or part_size_for(file.size)
        )
        parts = plan_parts(file.size, part_size)
        held = self._held_parts(file, key, state.get("upload_id"), parts)
        if held is None:
            self._abort_all(key)  # uploads of this key from older versions or given up
            created = self._call(
                "create_multipart_upload",
                Key=key,
                ContentType="application/zip",
                Metadata={"sha256": file.sha256},
                ChecksumAlgorithm="CRC32",
            )
            state = {
                "upload_id": str(created["UploadId"]),
                "part_size": part_size,
                "checksum": "CRC32",
            }
            resume_state.save(state)
            held = {}
        upload_id = str(state["upload_id"])
        crc = state.get("checksum") == "CRC32"  # uploads begun before CRC32: MD5 only
        reused = sum(p.length for p in parts if p.number in held)
        sent = self._send_parts(
            file,
            key,
            upload_id,
            [p for p in parts if p.number not in held],
            held,
            reused,
            progress,
            cancel,
            crc,
        )
        cancel.check("Sending")
        etags: list[dict[str, Any]] = [
            {"PartNumber": p.number, "ETag": held[p.number].md5} for p in parts
        ]
        if crc:
            for entry, part in zip(etags, parts, strict=True):
                entry["ChecksumCRC32"] = held[part.number].crc32
        self._call(
            "complete_multipart_upload",
            Key=key,
            UploadId=upload_id,
            MultipartUpload={"Parts": etags},
        )
        resume_state.clear()
        self._verify(file, key, [held[p.number].md5 for p in parts])
        return UploadResult(bytes_sent=sent, bytes_reused=reused)

    def _held_parts(
        self, file: LocalFile, key: str, upload_id: str | None, parts: list[Part]
    ) -> dict[int, _Sums] | None:
        """Parts the server holds that match the local bytes (by MD5); None: no such upload."""
        if not upload_id:
            return None
        expected = {p.number: p for p in parts}
        held: dict[int, _Sums] = {}
        try:
            for listed in self._list_parts(key, upload_id):
                part = expected.get(int(listed["PartNumber"]))
                etag = str(listed["ETag"]).strip('"')
                if part and int(listed["Size"]) == part.length:
                    sums = _read_part(file, part, bytearray(part.length))
                    if etag == sums.md5:
                        held[part.number] = sums
        except DeliveryError as error:
            if error.params.get("code") == "NoSuchUpload":
                return None
            raise
        return held

    def _list_parts(self, key: str, upload_id: str) -> Iterator[dict[str, Any]]:
        marker = 0
        while True:
            answer = self._call("list_parts", Key=key, UploadId=upload_id, PartNumberMarker=marker)
            yield from answer.get("Parts", [])
            if not answer.get("IsTruncated"):
                return
            marker = int(answer["NextPartNumberMarker"])

    def _send_parts(
        self,
        file: LocalFile,
        key: str,
        upload_id: str,
        todo: list[Part],
        held: dict[int, _Sums],
        reused: int,
        progress: Progress,
        cancel: CancelToken,
        crc: bool,
    ) -> int:
        lock = threading.Lock()
        done = [reused, 0]  # bytes at the destination, bytes sent by this call
        progress(reused, file.size)
        buffers = threading.local()  # one part-sized buffer per thread, reused part after part

        def send(part: Part) -> None:
            cancel.check("Sending")
            buffer = getattr(buffers, "buffer", None)
            if buffer is None or len(buffer) != part.length:  # the last part is shorter
                buffer = buffers.buffer = bytearray(part.length)
            sums = _read_part(file, part, buffer)
            extra = {"ChecksumCRC32": sums.crc32} if crc else {}
            answer = self._call(
                "upload_part",
                Key=key,
                UploadId=upload_id,
                PartNumber=part.number,
                Body=buffer,
                ContentMD5=base64.b64encode(bytes.fromhex(sums.md5)).decode(),
                **extra,
            )
            if str(answer["ETag"]).strip('"') != sums.md5:
                raise DeliveryError(Problem.VERIFY, DAMAGED_PART, number=part.number)
            with lock:
                held[part.number] = sums
                done[0] += part.length
                done[1] += part.length
                progress(done[0], file.size)

        with ThreadPoolExecutor(max(1, self.settings.concurrency)) as pool:
            futures = [pool.submit(send, part) for part in todo]
            finished, _ = wait(futures, return_when=FIRST_EXCEPTION)
            failed = [f for f in finished if f.exception() is not None]
            if failed:
                for future in futures:
                    future.cancel()  # not started yet: not sent
                error = failed[0].exception()
                assert error is not None
                raise error
        return done[1]

    def _verify(self, file: LocalFile, key: str, part_md5s: list[str]) -> None:
        answer = self._call("head_object", Key=key)
        etag = str(answer.get("ETag", "")).strip('"')
        size_ok = int(answer["ContentLength"]) == file.size
        # Some services (R2 with encryption, B2) compute other ETags; check only the S3 form.
        etag_ok = "-" not in etag or etag == multipart_etag(part_md5s)
        if not (size_ok and etag_ok):
            self._call("delete_object", Key=key)
            raise DeliveryError(Problem.VERIFY, DAMAGED_OBJECT, key=key)

    def abort(self, remote: str, resume_state: ResumeState) -> None:
        self._abort_all(self.key(remote))
        resume_state.clear()

    def _abort_all(self, key: str) -> None:
        """Abort every unfinished upload of `key`: their parts would be billed forever."""
        answer = self._call("list_multipart_uploads", Prefix=key)
        for upload in answer.get("Uploads", []):
            if upload.get("Key") == key:
                try:
                    self._call("abort_multipart_upload", Key=key, UploadId=upload["UploadId"])
                except DeliveryError as error:
                    if error.params.get("code") != "NoSuchUpload":
                        raise

    # ---- per recipient ------------------------------------------------------------------

    def copy(self, source: str, remote: str) -> None:
        src = {"Bucket": self.settings.bucket, "Key": self.key(source)}
        try:  # managed copy: one CopyObject, or a multipart copy beyond 5 GB, all server-side
            self.client.copy(src, self.settings.bucket, self.key(remote))
        except (boto.BotoCoreError, boto.ClientError, OSError) as error:
            raise self._problem(error) from error

    def share_link(self, remote: str, expires: timedelta | None) -> Link:
        life = min(expires or MAX_LINK_LIFE, MAX_LINK_LIFE)
        name = remote.rsplit("/", 1)[-1].replace('"', "")
        try:
            url = self.client.generate_presigned_url(
                "get_object",
                Params={
                    "Bucket": self.settings.bucket,
                    "Key": self.key(remote),
                    "ResponseContentDisposition": f'attachment; filename="{name}"',
                },
                ExpiresIn=int(life.total_seconds()),
            )
        except (boto.BotoCoreError, boto.ClientError) as error:
            raise self._problem(error) from error
        return Link(str(url), datetime.now(UTC).replace(microsecond=0) + life)

    def delete(self, remote: str) -> None:
        self._call("delete_object", Key=self.key(remote))

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None


@dataclass(frozen=True)
class _Sums:
    md5: str  # hex, as in ETags
    crc32: str  # base64 of the big-endian CRC32, as in x-amz-checksum-crc32


def _read_part(file: LocalFile, part: Part, buffer: bytearray) -> _Sums:
    """Read `part` into `buffer` (reused: no new allocation) and checksum it."""
    view = memoryview(buffer)[: part.length]
    with open(file.path, "rb", buffering=0) as f:  # one handle per part: several threads
        f.seek(part.offset)
        got = 0
        while got < part.length and (n := f.readinto(view[got:])):
            got += n
    if got != part.length:
        view.release()
        raise DeliveryError(Problem.CHANGED, CHANGED, path=file.path)
    md5 = hashlib.md5(view, usedforsecurity=False).hexdigest()
    crc32 = base64.b64encode(zlib.crc32(view).to_bytes(4, "big")).decode()
    view.release()
    return _Sums(md5, crc32)
