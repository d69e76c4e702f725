"""manifest.json: what a bundle holds (every file with size, media type and SHA-256), and its
video's take (chapters, poster time), validated against resources/schema before it is used."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

import jsonschema
from jsonschema.exceptions import best_match

from studio.bundle.errors import (
    MANIFEST_INVALID,
    MANIFEST_INVALID_AT,
    MANIFEST_NOT_JSON,
    MANIFEST_NOT_OURS,
    UNKNOWN_VERSION,
    NotABundleError,
    UnknownBundleVersionError,
)
from studio.core.take import Chapter
from studio.resources import resource_path

FORMAT = "brief-studio/bundle"
VERSION = 1
MANIFEST_NAME = "manifest.json"
BRIEF_JSON = "brief.json"
BRIEF_MD = "brief.md"
BRIEF_PDF = "brief.pdf"
INDEX_HTML = "index.html"
VIDEO = "video/brief.mp4"
CHAPTERS_VTT = "video/chapters.vtt"
POSTER = "video/poster.jpg"
ATTACHMENTS_DIR = "attachments/"


@dataclass(frozen=True)
class FileEntry:
    path: str  # inside the bundle, "/"-separated
    size: int
    sha256: str
    media_type: str


@dataclass(frozen=True)
class VideoInfo:
    """The take the bundle's video came from, enough to recreate it on import."""

    path: str
    duration: float
    chapters: tuple[Chapter, ...]
    poster: str | None = None
    chapters_vtt: str | None = None
    take_name: str = ""
    width: int = 0
    height: int = 0
    poster_time: float = 0.0


@dataclass(frozen=True)
class Manifest:
    brief_id: str
    title: str
    created: datetime
    app_version: str
    files: tuple[FileEntry, ...]
    video: VideoInfo | None = None
    format: str = FORMAT
    version: int = VERSION

    def entry(self, path: str) -> FileEntry | None:
        return next((f for f in self.files if f.path == path), None)


def manifest_to_dict(manifest: Manifest) -> dict[str, Any]:
    video = manifest.video
    return {
        "format": manifest.format,
        "version": manifest.version,
        "brief_id": manifest.brief_id,
        "title": manifest.title,
        "created": manifest.created.isoformat(),
        "app_version": manifest.app_version,
        "files": [
            {"path": f.path, "size": f.size, "sha256": f.sha256, "media_type": f.media_type}
            for f in manifest.files
        ],
        "video": None
        if video is None
        else {
            "path": video.path,
            "poster": video.poster,
            "chapters_vtt": video.chapters_vtt,
            "take_name": video.take_name,
            "duration": video.duration,
            "width": video.width,
            "height": video.height,
            "poster_time": video.poster_time,
            "chapters": [{"title": c.title, "start": c.start} for c in video.chapters],
        },
    }


def manifest_to_json(manifest: Manifest) -> str:
    return json.dumps(manifest_to_dict(manifest), ensure_ascii=False, indent=2) + "\n"


@lru_cache(maxsize=1)
def _validator() -> jsonschema.protocols.Validator:
    path = resource_path("schema", f"bundle-manifest-v{VERSION}.schema.json")
    schema = json.loads(path.read_text("utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


def _where(error: jsonschema.ValidationError) -> str:
    """The field at fault, e.g. `files[2].size`; empty for the document itself."""
    parts = [f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path]
    return "".join(parts).lstrip(".")


def manifest_from_json(text: str | bytes, name: str) -> Manifest:
    """Parse and check a manifest; `name` (the bundle's file name) goes into the messages."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise NotABundleError(MANIFEST_NOT_JSON, name=name, detail=exc) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise NotABundleError(MANIFEST_NOT_OURS, name=name, format=FORMAT)
    version = data.get("version")
    if version != VERSION:
        raise UnknownBundleVersionError(UNKNOWN_VERSION, name=name, version=version, known=VERSION)
    error = best_match(_validator().iter_errors(data))
    if error is not None:
        field = _where(error)
        if not field:
            raise NotABundleError(MANIFEST_INVALID, name=name, detail=error.message)
        raise NotABundleError(MANIFEST_INVALID_AT, name=name, field=field, detail=error.message)
    created = datetime.fromisoformat(data["created"].replace("Z", "+00:00"))
    raw_video = data.get("video")
    video = None
    if raw_video is not None:
        video = VideoInfo(
            path=raw_video["path"],
            duration=float(raw_video["duration"]),
            chapters=tuple(
                Chapter(c["title"], float(c["start"])) for c in raw_video.get("chapters", [])
            ),
            poster=raw_video.get("poster"),
            chapters_vtt=raw_video.get("chapters_vtt"),
            take_name=raw_video.get("take_name", ""),
            width=int(raw_video.get("width", 0)),
            height=int(raw_video.get("height", 0)),
            poster_time=float(raw_video.get("poster_time", 0.0)),
        )
    return Manifest(
        brief_id=data["brief_id"],
        title=data["title"],
        created=created,
        app_version=data["app_version"],
        files=tuple(
            FileEntry(f["path"], int(f["size"]), f["sha256"], f["media_type"])
            for f in data["files"]
        ),
        video=video,
    )
