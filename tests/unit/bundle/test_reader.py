"""Hostile and broken bundles: each refused with a message naming the problem, nothing written."""

from __future__ import annotations

import hashlib
import json
import posixpath
import re
import stat
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studio.bundle import errors as e
from studio.bundle.exporter import ExportOptions, export_bundle
from studio.bundle.importer import import_bundle
from studio.bundle.manifest import MANIFEST_NAME
from studio.bundle.reader import Limits, unsafe_name
from studio.bundle.verify import verify_bundle
from studio.core.i18n import DataSize, Phrase
from studio.store.library import Library
from tests.unit.bundle.sample import (
    RawEntry,
    deflated_zeros,
    entries_of,
    raw_zip,
    replaced,
    stored_brief,
    tree,
)

ATTACHED = {"notes.txt": b"some notes\n" * 50}


@pytest.fixture
def library(data_dir: Path) -> Iterator[Library]:
    lib = Library.open(data_dir)
    yield lib
    lib.close()


@pytest.fixture
def good(library: Library, tmp_path: Path) -> Path:
    """A valid bundle, exported from another library so importing it is allowed."""
    source = Library.open(tmp_path / "source")
    try:
        brief = stored_brief(source, ATTACHED)
        return export_bundle(source, brief.id, tmp_path, ExportOptions(include_video=False))
    finally:
        source.close()


def relisted(entries: list[RawEntry], name: str, data: bytes) -> list[RawEntry]:
    """`name` replaced by `data`, the manifest updated to match (so only `data` is wrong)."""
    manifest = json.loads(next(x.data for x in entries if x.name == MANIFEST_NAME))
    for f in manifest["files"]:
        if f["path"] == name:
            f["size"], f["sha256"] = len(data), hashlib.sha256(data).hexdigest()
    entries = replaced(entries, name, data)
    return replaced(entries, MANIFEST_NAME, json.dumps(manifest).encode())


def with_manifest(entries: list[RawEntry], change: Callable[[dict[str, object]], None]) -> bytes:
    manifest = json.loads(next(x.data for x in entries if x.name == MANIFEST_NAME))
    change(manifest)
    return raw_zip(replaced(entries, MANIFEST_NAME, json.dumps(manifest).encode()))


def listed(entries: list[RawEntry], extra: RawEntry) -> bytes:
    """The entries plus `extra`, listed in the manifest as if it belonged."""

    def add(manifest: dict[str, object]) -> None:
        files = manifest["files"]
        assert isinstance(files, list)
        digest = hashlib.sha256(extra.data).hexdigest()
        files.append(
            {
                "path": extra.name,
                "size": len(extra.data),
                "sha256": digest,
                "media_type": "text/plain",
            }
        )

    return with_manifest([*entries, extra], add)


def flipped(entries: list[RawEntry], name: str) -> bytes:
    """The entry's bytes with one bit changed: same size, other checksum."""
    data = bytearray(next(x.data for x in entries if x.name == name))
    data[len(data) // 2] ^= 1
    return bytes(data)


def hostile_cases(good: Path) -> dict[str, tuple[bytes, type[e.BundleError], str]]:
    entries = entries_of(good)
    brief_json = json.loads(next(x.data for x in entries if x.name == "brief.json"))
    bad_brief = json.dumps({**brief_json, "costs": {"currency": "euros"}}).encode()
    moved = [{**a, "path": "brief.md"} for a in brief_json["attachments"]]
    outside = json.dumps({**brief_json, "attachments": moved}).encode()
    symlink = RawEntry("attachments/passwd", b"/etc/passwd", mode=stat.S_IFLNK | 0o777)
    return {
        "path traversal": (
            listed(entries, RawEntry("../evil.txt", b"x")),
            e.UnsafeBundleError,
            "'../evil.txt' points outside the bundle",
        ),
        "nested traversal": (
            listed(entries, RawEntry("attachments/../../evil.txt", b"x")),
            e.UnsafeBundleError,
            "points outside the bundle",
        ),
        "absolute path": (
            listed(entries, RawEntry("/tmp/evil.txt", b"x")),
            e.UnsafeBundleError,
            "'/tmp/evil.txt' is an absolute path",
        ),
        "drive letter": (
            listed(entries, RawEntry("C:/evil.txt", b"x")),
            e.UnsafeBundleError,
            "names a drive",
        ),
        "backslashes": (
            listed(entries, RawEntry("..\\evil.txt", b"x")),
            e.UnsafeBundleError,
            "backslashes",
        ),
        "symlink entry": (listed(entries, symlink), e.UnsafeBundleError, "is a symbolic link"),
        "duplicate entry": (
            raw_zip([*entries, RawEntry("Brief.json", b"{}")]),
            e.UnsafeBundleError,
            "appears twice",
        ),
        "truncated zip": (
            good.read_bytes()[: good.stat().st_size // 2],
            e.NotABundleError,
            "cut short",
        ),
        "not a zip": (b"%PDF-1.4 hello", e.NotABundleError, "not a ZIP archive"),
        "zip without manifest": (
            raw_zip([x for x in entries if x.name != MANIFEST_NAME]),
            e.NotABundleError,
            "has no manifest.json",
        ),
        "checksum mismatch": (
            raw_zip(replaced(entries, "brief.md", flipped(entries, "brief.md"))),
            e.BundleMismatchError,
            "the checksum of brief.md does not match its manifest",
        ),
        "size mismatch": (
            raw_zip(replaced(entries, "brief.md", b"# Tampered")),
            e.BundleMismatchError,
            "brief.md is 10 bytes, the manifest says",
        ),
        "crc mismatch": (
            raw_zip(
                [RawEntry(x.name, x.data, crc=0 if x.name == "brief.md" else None) for x in entries]
            ),
            e.NotABundleError,
            "brief.md cannot be read",
        ),
        "missing file": (
            raw_zip([x for x in entries if x.name != "brief.pdf"]),
            e.BundleMismatchError,
            "brief.pdf is listed in the manifest but missing",
        ),
        "unlisted file": (
            raw_zip([*entries, RawEntry("attachments/extra.txt", b"x")]),
            e.BundleMismatchError,
            "attachments/extra.txt, which its manifest does not list",
        ),
        "unknown version": (
            with_manifest(entries, lambda m: m.update(version=2)),
            e.UnknownBundleVersionError,
            "version 2",
        ),
        "other format": (
            with_manifest(entries, lambda m: m.update(format="something/else")),
            e.NotABundleError,
            "does not say it is a brief-studio/bundle",
        ),
        "schema-violating manifest": (
            with_manifest(entries, lambda m: m.update(files="all of them")),
            e.NotABundleError,
            "manifest.json is invalid at files",
        ),
        "schema-violating brief": (
            raw_zip(relisted(entries, "brief.json", bad_brief)),
            e.InvalidBundleBriefError,
            "costs.currency",
        ),
        "attachment outside its folder": (
            raw_zip(relisted(entries, "brief.json", outside)),
            e.InvalidBundleBriefError,
            "the attachment brief.md is not in the attachments folder",
        ),
        "encrypted entry": (
            raw_zip(
                [RawEntry(x.name, x.data, flags=1 if x.name == "brief.md" else 0) for x in entries]
            ),
            e.UnsafeBundleError,
            "is encrypted",
        ),
    }


CASES = [
    "path traversal",
    "nested traversal",
    "absolute path",
    "drive letter",
    "backslashes",
    "symlink entry",
    "duplicate entry",
    "truncated zip",
    "not a zip",
    "zip without manifest",
    "checksum mismatch",
    "size mismatch",
    "crc mismatch",
    "missing file",
    "unlisted file",
    "unknown version",
    "other format",
    "schema-violating manifest",
    "schema-violating brief",
    "encrypted entry",
    "attachment outside its folder",
]


@pytest.mark.parametrize("case", CASES)
def test_hostile_bundle_is_refused_and_nothing_written(
    case: str, good: Path, library: Library, tmp_path: Path
) -> None:
    data, error, message = hostile_cases(good)[case]
    bundle = tmp_path / "hostile.brief.zip"
    bundle.write_bytes(data)
    before = tree(library.data_dir)
    around = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(error, match=re.escape(message)) as verified:
        verify_bundle(bundle)
    assert "hostile.brief.zip" in verified.value.message
    with pytest.raises(error):
        import_bundle(library, bundle)
    with pytest.raises(error):
        import_bundle(library, bundle, as_copy=True)
    assert tree(library.data_dir) == before
    assert not (library.data_dir / "tmp").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == around
    assert library.list() == []


def test_zip_bomb_is_refused_before_anything_is_read(
    good: Path, library: Library, tmp_path: Path
) -> None:
    data, crc, size = deflated_zeros(3.5)  # 3.5 GiB of zeros in 3.5 MB
    bomb = RawEntry("attachments/bomb.bin", data, method=zipfile.ZIP_DEFLATED, crc=crc, size=size)
    bundle = tmp_path / "bomb.brief.zip"
    bundle.write_bytes(listed(entries_of(good), bomb))
    before = tree(library.data_dir)
    with pytest.raises(e.BundleTooLargeError, match=r"expand 1\d{3}-fold \(3\.8 GB\).*zip bomb"):
        verify_bundle(bundle)
    with pytest.raises(e.BundleTooLargeError):
        import_bundle(library, bundle, as_copy=True)
    assert tree(library.data_dir) == before and library.list() == []


def test_size_bounds(good: Path) -> None:
    with pytest.raises(e.BundleTooLargeError, match="more than the 1 allowed"):
        verify_bundle(good, limits=Limits(max_files=1))
    with pytest.raises(
        e.BundleTooLargeError, match=r"\.\w+ would expand to .*, more than the 1\.0 KB allowed"
    ):
        verify_bundle(good, limits=Limits(max_file=1000))
    with pytest.raises(e.BundleTooLargeError, match="the whole bundle would expand") as total:
        verify_bundle(good, limits=Limits(max_total=5000))
    # Sizes stay numbers for the UI to write in its own units ("5,0 ko").
    assert total.value.template == e.TOTAL_TOO_BIG
    assert total.value.values["limit"] == DataSize(5000)
    verify_bundle(good)


def test_why_an_entry_is_refused_is_a_phrase_of_its_own(good: Path, tmp_path: Path) -> None:
    bundle = tmp_path / "evil.brief.zip"
    bundle.write_bytes(listed(entries_of(good), RawEntry("a/../b.txt", b"x")))
    with pytest.raises(e.UnsafeBundleError) as refused:
        verify_bundle(bundle)
    assert refused.value.template == e.UNSAFE_PATH
    assert refused.value.values["detail"] == Phrase(e.UNSAFE_PARENT)
    assert "the entry 'a/../b.txt' points outside the bundle (..)." in refused.value.message


def test_mismatch_in_a_big_file_is_found_while_importing(
    good: Path, library: Library, tmp_path: Path
) -> None:
    entries = entries_of(good)
    name = next(x.name for x in entries if x.name.startswith("attachments/"))
    tampered = [
        RawEntry(x.name, x.data.replace(b"some", b"SOME") if x.name == name else x.data)
        for x in entries
    ]
    bundle = tmp_path / "tampered.brief.zip"
    bundle.write_bytes(raw_zip(tampered))
    before = tree(library.data_dir)
    with pytest.raises(e.BundleMismatchError, match=f"checksum of {name} does not match"):
        import_bundle(library, bundle)
    assert tree(library.data_dir) == before and library.list() == []


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("", "has no name"),
        ("a/../b", "points outside"),
        ("./a", "'.' path part"),
        ("a//b", "empty"),
        ("a\x00b", "control characters"),
        ("D:evil", "names a drive"),
        ("x" * 401, "too long"),
    ],
)
def test_unsafe_names(name: str, problem: str) -> None:
    assert problem in (unsafe_name(name) or "")


def test_safe_names() -> None:
    for name in (
        "brief.json",
        "video/brief.mp4",
        "attachments/ab12cd34-Devis final (v2).pdf",
        "attachments/日本語.txt",
        "folder/",
    ):
        assert unsafe_name(name) is None


@given(
    st.lists(
        st.sampled_from(["a", "..", ".", "", "/", "\\", "C:", "b.txt", "\x00", " "]), max_size=8
    ).map("/".join)
    | st.text(max_size=40)
)
def test_a_name_found_safe_stays_inside_the_target(name: str) -> None:
    if unsafe_name(name) is None:
        root = PurePosixPath("/target")
        joined = posixpath.normpath(str(root / name))
        assert joined.startswith("/target/") and "\\" not in name and "\x00" not in name
