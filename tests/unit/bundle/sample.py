"""What the bundle tests build on: a full brief, a library holding it with attachments, raw
ZIP writing for hostile bundles, and the skip-here-but-fail-in-CI rule for missing tools."""

from __future__ import annotations

import io
import shutil
import struct
import zipfile
import zlib
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from studio.core.brief import (
    Brief,
    Client,
    CostEstimate,
    CostItem,
    Deliverable,
    Input,
    InputKind,
    Level,
    Milestone,
    Payment,
    Planning,
    PricingModel,
    Results,
    Risk,
    Status,
)
from studio.store.attachments import add_attachment
from studio.store.library import Library
from tests.integration.realparts import missing

TITLE = "Online shop <for> “Savon & Co”"


def require(tool: str) -> str:
    """The path of `tool`; the test skips without it here, and fails without it in CI."""
    found = shutil.which(tool)
    if found is None:
        missing(f"{tool} is not installed (tools/install-system-deps.sh installs it)")
    return found


def sample_brief() -> Brief:
    spec = Deliverable(
        title="Specification",
        description="What the shop does.",
        format="PDF",
        acceptance_criteria=("Covers every page", "Approved by the client"),
    )
    site = Deliverable(title="Web shop", acceptance_criteria=("Checkout works on phones",))
    design = Milestone(title="Design phase", duration_days=10, deliverables=(spec.id,))
    build = Milestone(
        title="Build and launch",
        description="Two sprints.",
        duration_days=20,
        depends_on=(design.id,),
        deliverables=(site.id,),
    )
    return Brief(
        title=TITLE,
        summary="A small shop for handmade soap.\n\nSecond paragraph <b>not bold</b>.",
        client=Client(name="Ana Lima", company="Savon & Co", contact="ana@example.com"),
        status=Status.READY,
        created=datetime(2025, 1, 20, 8, 0, tzinfo=UTC),
        updated=datetime(2025, 2, 1, 9, 30, tzinfo=UTC),
        inputs=(Input(name="Logo", description="SVG", kind=InputKind.DOCUMENT),),
        planning=Planning(
            start=date(2025, 3, 3), deadline=date(2025, 5, 1), milestones=(design, build)
        ),
        costs=CostEstimate(
            currency="EUR",
            pricing=PricingModel.FIXED,
            items=(
                CostItem(
                    label="Design", quantity=Decimal("2.5"), unit="day", unit_price=Decimal(480)
                ),
                CostItem(
                    label="Build", quantity=Decimal(10), unit="day", unit_price=Decimal("512.35")
                ),
            ),
            contingency_percent=Decimal(10),
            payments=(
                Payment(label="Deposit", milestone_id=design.id, percent=Decimal(30)),
                Payment(label="Launch", milestone_id=build.id, percent=Decimal(70)),
            ),
        ),
        results=Results(deliverables=(spec, site), success_metrics=("10 orders a week",)),
        skills=("Shopify", "CSS"),
        languages=("English",),
        risks=(Risk(description="Late photos", likelihood=Level.HIGH, impact=Level.LOW),),
    )


# The total of sample_brief(): (2.5 × 480 + 10 × 512.35) × 1.1 = 6,955.85
TOTAL = "€6,955.85"
MILESTONES = ("Design phase", "Build and launch")


def stored_brief(library: Library, files: dict[str, bytes] | None = None) -> Brief:
    """sample_brief() saved in the library, with these files attached."""
    brief = sample_brief()
    folder = library.data_dir.parent / "to-attach"
    folder.mkdir(exist_ok=True)
    for name, data in (files or {}).items():
        (folder / name).write_bytes(data)
        brief = add_attachment(library.data_dir, brief, folder / name)
    library.save(brief)
    return brief


def tree(folder: Path) -> dict[str, int]:
    """Every file under `folder` with its size (logs left out: they are not data)."""
    return {
        str(p.relative_to(folder)): p.stat().st_size
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "logs" not in p.parts and not p.name.startswith("library.db")
    }


# ---- raw ZIP writing: entries exactly as given, however wrong ----------------------------


@dataclass(frozen=True)
class RawEntry:
    name: str
    data: bytes  # as stored: already deflated when method is 8
    method: int = zipfile.ZIP_STORED
    crc: int | None = None  # None: the CRC of `data` (right for stored entries)
    size: int | None = None  # uncompressed size; None: len(data)
    mode: int = 0o100644
    flags: int = 0


def entries_of(bundle: bytes | Path) -> list[RawEntry]:
    """A bundle's entries, all stored, ready to be altered."""
    source = bundle if isinstance(bundle, Path) else io.BytesIO(bundle)
    with zipfile.ZipFile(source) as zf:
        return [RawEntry(i.filename, zf.read(i)) for i in zf.infolist()]


def replaced(entries: list[RawEntry], name: str, data: bytes) -> list[RawEntry]:
    return [replace(e, data=data) if e.name == name else e for e in entries]


def raw_zip(entries: list[RawEntry]) -> bytes:
    """A ZIP written field by field (no ZIP64), so tests can make any of them wrong."""
    out = bytearray()
    central = bytearray()
    for e in entries:
        name = e.name.encode("utf-8")
        crc = zlib.crc32(e.data) if e.crc is None else e.crc
        size = len(e.data) if e.size is None else e.size
        flags = e.flags | 0x800  # UTF-8 names
        offset = len(out)
        out += struct.pack(
            "<4s5H3L2H",
            b"PK\x03\x04",
            20,
            flags,
            e.method,
            0,
            0x21,
            crc,
            len(e.data),
            size,
            len(name),
            0,
        )
        out += name + e.data
        central += struct.pack(
            "<4s6H3L5H2L",
            b"PK\x01\x02",
            (3 << 8) | 20,
            20,
            flags,
            e.method,
            0,
            0x21,
            crc,
            len(e.data),
            size,
            len(name),
            0,
            0,
            0,
            0,
            e.mode << 16,
            offset,
        )
        central += name
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(central), len(out), 0
    )
    return bytes(out + central + end)


def deflated_zeros(gib: float) -> tuple[bytes, int, int]:
    """A deflate stream of `gib` GiB of zeros, made in a second: (data, crc, size).

    After a full flush the compressor starts afresh, so each 16 MiB block of zeros deflates
    to the same bytes; the stream is that block repeated."""
    block = bytes(16 * 1024 * 1024)
    count = int(gib * 64)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    tail = zlib.compressobj(9, zlib.DEFLATED, -15)
    last = tail.compress(block) + tail.flush(zlib.Z_FINISH)
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(block, crc)
    return piece * (count - 1) + last, crc, len(block) * count
