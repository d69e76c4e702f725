"""Why a bundle cannot be written, trusted or imported, each said so a person can act on it.

The templates are marked for translation, one sentence per situation; the UI translates
`template` and formats it with `values` (a `Phrase` among them translated too, a `DataSize`
written in the locale's units), the CLI shows `message` (English).
"""

from __future__ import annotations

from studio.core.errors import TemplateError
from studio.core.i18n import QT_TRANSLATE_NOOP


class BundleError(TemplateError):
    """Base of every bundle problem. `name` is the bundle's file name."""

    exit_code = 3

    @property
    def values(self) -> dict[str, object]:
        """The params, by the name bundle code has always used."""
        return self.params


class NotABundleError(BundleError):
    """Not a ZIP, a damaged or truncated one, or a ZIP without our manifest."""


class UnsafeBundleError(BundleError):
    """An entry would land outside the target (../, absolute, drive, symlink) or is odd."""


class BundleTooLargeError(BundleError):
    """Sizes or compression ratios beyond the bounds: a zip bomb, or simply too big."""


class BundleMismatchError(BundleError):
    """The files do not match the manifest: missing, extra, wrong size or checksum."""


class UnknownBundleVersionError(BundleError):
    """Written by a newer Brief Studio, or a format we never wrote."""


class InvalidBundleBriefError(BundleError):
    """brief.json is not a valid brief (the schema names the field)."""


class BriefExistsError(BundleError):
    """Importing would overwrite a brief already in the library."""

    def __init__(self, brief_id: str, title: str) -> None:
        super().__init__(BRIEF_EXISTS, title=title, brief_id=brief_id)
        self.brief_id = brief_id
        self.title = title


class NoTakeError(BundleError):
    """Exporting with the video, but the brief has no recording."""


class ExportSpaceError(BundleError):
    """Not enough free disk space where the bundle is written."""


NOT_ZIP = QT_TRANSLATE_NOOP(
    "Bundle", "{name} is not a brief bundle: it is not a ZIP archive ({detail})."
)
TRUNCATED = QT_TRANSLATE_NOOP(
    "Bundle",
    "{name} is incomplete: the ZIP archive is cut short (an interrupted download or copy?). "
    "Ask for the file again.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "Bundle", "{name} is damaged: {entry} cannot be read ({detail}). Ask for the file again."
)
NO_MANIFEST = QT_TRANSLATE_NOOP(
    "Bundle", "{name} is not a brief bundle: it has no manifest.json at its top level."
)
DAMAGED_SIZES = QT_TRANSLATE_NOOP(
    "Bundle",
    "{name} is damaged: {entry} cannot be read (its sizes disagree). Ask for the file again.",
)
MANIFEST_NOT_JSON = QT_TRANSLATE_NOOP(
    "Bundle", "{name} is not a valid brief bundle: manifest.json is not valid JSON ({detail})."
)
MANIFEST_NOT_OURS = QT_TRANSLATE_NOOP(
    "Bundle", "{name} is not a valid brief bundle: manifest.json does not say it is a {format}."
)
MANIFEST_INVALID = QT_TRANSLATE_NOOP(
    "Bundle", "{name} is not a valid brief bundle: manifest.json is invalid: {detail}."
)
MANIFEST_INVALID_AT = QT_TRANSLATE_NOOP(
    "Bundle",
    "{name} is not a valid brief bundle: manifest.json is invalid at {field}: {detail}.",
)
MANIFEST_TWICE = QT_TRANSLATE_NOOP(
    "Bundle", "{name} is not a valid brief bundle: manifest.json lists {entry} more than once."
)
MANIFEST_OTHER_BRIEF = QT_TRANSLATE_NOOP(
    "Bundle",
    "{name} is not a valid brief bundle: manifest.json names brief {listed}, but brief.json "
    "holds {found}.",
)
UNKNOWN_VERSION = QT_TRANSLATE_NOOP(
    "Bundle",
    "{name} uses bundle format version {version}, which this Brief Studio does not know "
    "(it reads version {known}). Update Brief Studio to open it.",
)
# {detail} is one of the UNSAFE_* reasons below, translated on its own.
UNSAFE_PATH = QT_TRANSLATE_NOOP(
    "Bundle", "{name} was refused: the entry {entry!r} {detail}. Nothing was imported."
)
UNSAFE_NO_NAME = QT_TRANSLATE_NOOP("Bundle", "has no name")
UNSAFE_LONG_NAME = QT_TRANSLATE_NOOP("Bundle", "has a name that is too long")
UNSAFE_CONTROL = QT_TRANSLATE_NOOP("Bundle", "has control characters in its name")
UNSAFE_BACKSLASH = QT_TRANSLATE_NOOP("Bundle", "uses backslashes (a Windows path)")
UNSAFE_ABSOLUTE = QT_TRANSLATE_NOOP("Bundle", "is an absolute path")
UNSAFE_DRIVE = QT_TRANSLATE_NOOP("Bundle", "names a drive")
UNSAFE_PARENT = QT_TRANSLATE_NOOP("Bundle", "points outside the bundle (..)")
UNSAFE_EMPTY_PART = QT_TRANSLATE_NOOP("Bundle", "has an empty or '.' path part")
UNSAFE_TWICE = QT_TRANSLATE_NOOP("Bundle", "appears twice")
UNSAFE_SYMLINK = QT_TRANSLATE_NOOP("Bundle", "is a symbolic link")
UNSAFE_NOT_FILE = QT_TRANSLATE_NOOP("Bundle", "is not a regular file")
UNSAFE_ENCRYPTED = QT_TRANSLATE_NOOP("Bundle", "is encrypted")
UNSAFE_COMPRESSION = QT_TRANSLATE_NOOP("Bundle", "uses a compression Brief Studio does not read")
TOO_MANY_FILES = QT_TRANSLATE_NOOP(
    "Bundle", "{name} was refused: it holds {count} files, more than the {limit} allowed."
)
TOO_BIG = QT_TRANSLATE_NOOP(
    "Bundle",
    "{name} was refused: {entry} would expand to {size}, more than the {limit} allowed.",
)
TOTAL_TOO_BIG = QT_TRANSLATE_NOOP(
    "Bundle",
    "{name} was refused: the whole bundle would expand to {size}, more than the {limit} allowed.",
)
BOMB = QT_TRANSLATE_NOOP(
    "Bundle",
    "{name} was refused: {entry} would expand {ratio}-fold ({size}), a sign of a zip bomb.",
)
MISSING_FILE = QT_TRANSLATE_NOOP(
    "Bundle", "{name} is incomplete: {entry} is listed in the manifest but missing."
)
EXTRA_FILE = QT_TRANSLATE_NOOP(
    "Bundle", "{name} holds {entry}, which its manifest does not list: it was altered."
)
SIZE_MISMATCH = QT_TRANSLATE_NOOP(
    "Bundle",
    "{name} was altered or damaged: {entry} is {size} bytes, the manifest says {expected}.",
)
CHECKSUM_MISMATCH = QT_TRANSLATE_NOOP(
    "Bundle",
    "{name} was altered or damaged: the checksum of {entry} does not match its manifest.",
)
INVALID_BRIEF = QT_TRANSLATE_NOOP("Bundle", "{name} holds an invalid brief.json: {detail}")
INVALID_BRIEF_AT = QT_TRANSLATE_NOOP(
    "Bundle", "{name} holds an invalid brief.json, at {field}: {detail}"
)
BRIEF_NOT_UTF8 = QT_TRANSLATE_NOOP(
    "Bundle", "{name} holds an invalid brief.json: it is not UTF-8 text."
)
BRIEF_ATTACHMENT_TWICE = QT_TRANSLATE_NOOP(
    "Bundle", "{name} holds an invalid brief.json: it lists one file as two attachments."
)
BRIEF_ATTACHMENT_OUTSIDE = QT_TRANSLATE_NOOP(
    "Bundle",
    "{name} holds an invalid brief.json: the attachment {entry} is not in the attachments folder.",
)
BRIEF_EXISTS = QT_TRANSLATE_NOOP(
    "Bundle",
    "The brief “{title}” (id {brief_id}) is already in the library. Import it as a copy "
    "(--as-copy) to keep both.",
)
NO_TAKE = QT_TRANSLATE_NOOP(
    "Bundle",
    "“{title}” has no recording yet. Record a take first, or export without the video "
    "(--no-video).",
)
NO_TAKE_UNTITLED = QT_TRANSLATE_NOOP(
    "Bundle",
    "This brief has no recording yet. Record a take first, or export without the video "
    "(--no-video).",
)
TAKE_FILE_MISSING = QT_TRANSLATE_NOOP(
    "Bundle", "The recording of “{title}” is missing from the library ({path})."
)
TAKE_FILE_MISSING_UNTITLED = QT_TRANSLATE_NOOP(
    "Bundle", "The recording of this brief is missing from the library ({path})."
)
ATTACHMENT_MISSING = QT_TRANSLATE_NOOP(
    "Bundle", "The attached file {name} is missing from the library ({path})."
)
NO_SPACE = QT_TRANSLATE_NOOP(
    "Bundle",
    "Not enough free space in {folder}: the bundle needs about {needed}, {free} is free. "
    "Free some space or export elsewhere.",
)
CANNOT_WRITE = QT_TRANSLATE_NOOP("Bundle", "Cannot write {path}: {detail}.")
NO_FOLDER = QT_TRANSLATE_NOOP("Bundle", "Cannot write {path}: its folder does not exist.")
SOURCE_CHANGED = QT_TRANSLATE_NOOP(
    "Bundle", "Cannot write {path}: {file} changed while it was being added."
)
