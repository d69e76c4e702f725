"""Marking user-facing text in Qt-free code so Qt's lupdate extracts it for translation.

`QT_TRANSLATE_NOOP(context, text)` returns `text` unchanged; pyside6-lupdate recognises the
name and puts the string in the .ts files. The UI translates it at display time with
`QCoreApplication.translate(context, text)`. English stays the source text.

A message's params are mostly data (names, paths, what a library said). Two kinds are
written by the UI in its own language instead: a `Phrase` (a marked piece of the message:
why an entry is refused, which step failed, what is wrong in a brief file; it may have
params of its own) and a `DataSize` (bytes, "1.5 MB" / "1,5 Mo"). Their `str` is the
English, for the CLI and the logs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


@dataclass(frozen=True)
class Phrase:
    """A piece of a message marked for translation (in the message's own context), put
    into one of its placeholders. Its own placeholders, if any, are filled with `params`:
    data, or phrases again."""

    text: str
    params: Mapping[str, object] = field(default_factory=dict, hash=False)

    def __str__(self) -> str:
        if not self.params:  # the text is said as it is, braces included
            return self.text
        return self.text.format(**{key: str(value) for key, value in self.params.items()})


@dataclass(frozen=True)
class DataSize:
    """A number of bytes in a message."""

    count: int

    def __str__(self) -> str:
        return human_size(self.count)


def human_size(size: float) -> str:
    """Bytes in the units people read, in English: 512 bytes, 1.5 MB, 3.2 GB (powers of
    1000)."""
    if size < 1000:
        return f"{int(size)} bytes"
    for unit in ("KB", "MB", "GB", "TB"):
        size /= 1000
        if size < 1000 or unit == "TB":
            break
    return f"{size:.1f} {unit}"
