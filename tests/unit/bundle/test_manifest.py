"""manifest.json: written, read back, and refused when it is not ours or not valid."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from studio.bundle.errors import NotABundleError, UnknownBundleVersionError
from studio.bundle.manifest import (
    FileEntry,
    Manifest,
    VideoInfo,
    manifest_from_json,
    manifest_to_json,
)
from studio.core.take import Chapter

MANIFEST = Manifest(
    brief_id="ab" * 16,
    title="Shop",
    created=datetime(2025, 3, 1, 12, 0, tzinfo=UTC),
    app_version="0.1.0",
    files=(
        FileEntry("video/brief.mp4", 1000, "0" * 64, "video/mp4"),
        FileEntry("brief.json", 10, "1" * 64, "application/json"),
    ),
    video=VideoInfo(
        path="video/brief.mp4",
        duration=12.5,
        chapters=(Chapter("Summary", 0.0), Chapter("Planning", 4.0)),
        poster=None,
        chapters_vtt=None,
        take_name="Take 2",
        width=1280,
        height=720,
        poster_time=1.5,
    ),
)


def test_round_trip() -> None:
    text = manifest_to_json(MANIFEST)
    assert manifest_from_json(text, "x.brief.zip") == MANIFEST
    no_video = Manifest(**{**MANIFEST.__dict__, "video": None})
    assert manifest_from_json(manifest_to_json(no_video), "x") == no_video
    assert MANIFEST.entry("brief.json") == MANIFEST.files[1]
    assert MANIFEST.entry("nope") is None


@pytest.mark.parametrize(
    ("change", "error", "message"),
    [
        ({"version": 7}, UnknownBundleVersionError, "bundle format version 7"),
        ({"version": "1"}, UnknownBundleVersionError, "version 1, which"),
        ({"format": "other"}, NotABundleError, "does not say it is a brief-studio/bundle"),
        ({"brief_id": "../x"}, NotABundleError, "invalid at brief_id"),
        ({"files": [{"path": "a"}]}, NotABundleError, "invalid at files[0]"),
        ({"extra": 1}, NotABundleError, "manifest.json is invalid: Additional properties"),
    ],
)
def test_refused(change: dict[str, object], error: type[Exception], message: str) -> None:
    data = {**json.loads(manifest_to_json(MANIFEST)), **change}
    with pytest.raises(error) as refused:
        manifest_from_json(json.dumps(data), "x.brief.zip")
    assert message in str(refused.value) and "x.brief.zip" in str(refused.value)


def test_not_json() -> None:
    with pytest.raises(NotABundleError, match="is not valid JSON"):
        manifest_from_json(b"\xff{", "x")
