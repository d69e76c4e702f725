"""The multipart plan of an S3 upload: part size, parts, and the ETag the result must have.

Pure functions, so the plan is tested without a server: the part size is fixed for the
whole upload (a resume must cut the file exactly as the first run did).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

MIB = 1024 * 1024
MIN_PART = 8 * MIB  # S3's minimum is 5 MiB; 8 MiB is what the AWS CLI uses
MAX_PARTS = 10_000  # S3's limit per upload


@dataclass(frozen=True)
class Part:
    number: int  # 1-based, as S3 counts
    offset: int
    length: int


def part_size_for(size: int) -> int:
    """The smallest whole-MiB part size ≥ 8 MiB that keeps the upload within 10,000 parts."""
    needed = -(-size // MAX_PARTS)  # ceiling division
    return max(MIN_PART, -(-needed // MIB) * MIB)


def plan_parts(size: int, part_size: int) -> list[Part]:
    """Parts covering `size` bytes; an empty file is one empty part."""
    if part_size <= 0:
        raise ValueError("part size must be positive")
    if size == 0:
        return [Part(1, 0, 0)]
    return [
        Part(n + 1, offset, min(part_size, size - offset))
        for n, offset in enumerate(range(0, size, part_size))
    ]


def multipart_etag(part_md5s: list[str]) -> str:
    """S3's ETag of a completed multipart upload: MD5 of the parts' MD5s, dash, count."""
    joined = b"".join(bytes.fromhex(m) for m in part_md5s)
    return f"{hashlib.md5(joined, usedforsecurity=False).hexdigest()}-{len(part_md5s)}"
