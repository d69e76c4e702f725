"""Subcommand groups of features beyond the brief itself (recording, bundles, delivery).

Each module listed in GROUPS has `register(command)`, where `command(name, handler, help)`
adds a subcommand and returns its argparse parser; a handler is `(args, data_dir) -> int`.
Keep the modules light at import time (import cv2, ffmpeg, boto3 … inside the handlers):
every `brief-studio` invocation builds the whole parser.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

from studio.store.library import Library

Handler = Callable[[argparse.Namespace, Path], int]
Command = Callable[[str, Handler, str], argparse.ArgumentParser]

# Module names, in the order their commands appear in `brief-studio --help`.
GROUPS: list[str] = [
    "studio.commands.destinations",
    "studio.commands.delivery",
    "studio.commands.bundles",
    "studio.commands.recording",
]


@contextlib.contextmanager
def open_library(data_dir: Path) -> Iterator[Library]:
    """The library of `data_dir`, closed afterwards."""
    library = Library.open(data_dir)
    try:
        yield library
    finally:
        library.close()
