"""The multipart plan: fixed part size, full coverage, S3's ETag of the result."""

from __future__ import annotations

import hashlib
import itertools

import pytest

from studio.delivery.s3_plan import MIB, MIN_PART, Part, multipart_etag, part_size_for, plan_parts


def test_part_size_is_8_mib_until_10000_parts_would_not_do() -> None:
    assert part_size_for(0) == MIN_PART
    assert part_size_for(500 * MIB) == 8 * MIB
    assert part_size_for(80_000 * MIB) == 8 * MIB
    big = 200 * 1024 * MIB  # 200 GiB
    size = part_size_for(big)
    assert size % MIB == 0 and -(-big // size) <= 10_000 and size - MIB < big / 10_000


@pytest.mark.parametrize("size", [0, 1, 8 * MIB - 1, 8 * MIB, 8 * MIB + 1, 41 * MIB + 7])
def test_parts_cover_the_file_exactly_once(size: int) -> None:
    parts = plan_parts(size, 8 * MIB)
    assert [p.number for p in parts] == list(range(1, len(parts) + 1))
    assert sum(p.length for p in parts) == size
    assert all(a.offset + a.length == b.offset for a, b in itertools.pairwise(parts))
    assert all(p.length == 8 * MIB for p in parts[:-1])


def test_plan_of_a_small_file() -> None:
    assert plan_parts(10, 4) == [Part(1, 0, 4), Part(2, 4, 4), Part(3, 8, 2)]
    with pytest.raises(ValueError):
        plan_parts(10, 0)


def test_multipart_etag_is_md5_of_the_part_md5s() -> None:
    parts = [b"a" * 5, b"b" * 3]
    md5s = [hashlib.md5(p).hexdigest() for p in parts]
    joined = hashlib.md5(b"".join(hashlib.md5(p).digest() for p in parts)).hexdigest()
    assert multipart_etag(md5s) == f"{joined}-2"
