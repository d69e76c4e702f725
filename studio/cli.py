"""The `brief-studio` command: no command opens the app; subcommands do the same work headless.

Every subcommand calls the same store and core functions as the UI. Nothing here imports Qt:
the app is imported inside `_open_app`, only when no subcommand is given, so
`brief-studio list` never loads PySide6 (tests/unit/test_cli.py checks `sys.modules`).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import logging
import os
import sys
import traceback
from datetime import date
from pathlib import Path

from studio import __version__
from studio.atomic import write_atomically
from studio.bundle.markdown import brief_to_markdown
from studio.commands import GROUPS, Handler, open_library
from studio.config import DataDirError, load_settings, resolve_data_dir
from studio.core.brief import Brief, Status
from studio.core.errors import InvalidBriefError, StudioError
from studio.core.invalid_brief import not_utf8
from studio.core.problem import Severity
from studio.core.serialize import brief_from_json, brief_to_json
from studio.core.validation import validate
from studio.doctor import essentials_ok, format_check, run_checks
from studio.logs import setup_logging
from studio.store.library import BriefSummary, Library, Sort
from studio.store.templates import (
    brief_from_template,
    fresh_ids,
    template_languages,
    template_names,
)
from studio.terminal import SHORT_ID, brief_overview, count, summary_dict, summary_table

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 130
# Records logged with this go to the log file only: the user already got a one-line message.
FILE_ONLY = {"file_only": True}


class BadInputError(StudioError):
    """What was given on the command line cannot be used (exit 2, like an invalid document)."""

    exit_code = 2


# ---- arguments -------------------------------------------------------------------------


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2025-03-31") from None


def _add_common_options(parser: argparse.ArgumentParser, top: bool) -> None:
    """--data-dir and --debug, accepted before and after the command name.

    Subcommands leave them unset unless given (SUPPRESS), so they don't overwrite a value
    given before the command. Each parser gets its own actions: argparse shares the action
    objects of `parents=`, and set_defaults on one would change them all.
    """
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=None if top else argparse.SUPPRESS,
        help="where the library lives (default: BRIEF_STUDIO_HOME, then the "
        "system's per-user data folder)",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="log everything and show tracebacks",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="brief-studio",
        description="Write structured project briefs for freelancers. "
        "Without a command, opens the app.",
    )
    _add_common_options(parser, top=True)
    parser.set_defaults(command=None, handler=None)
    parser.add_argument("--version", action="version", version=f"brief-studio {__version__}")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, handler: Handler | None, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        _add_common_options(p, top=False)
        p.set_defaults(command=name, handler=handler)
        return p

    p = command("new", _cmd_new, "create a brief and print its id")
    p.add_argument("--title", required=True)
    p.add_argument(
        "--template",
        default="blank",
        help=f"one of: {', '.join(template_names())} (default: blank)",
    )
    p.add_argument(
        "--start",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="planning start (default: today, except for the blank template)",
    )
    p.add_argument(
        "--language",
        default="en",
        metavar="CODE",
        help=f"the language the template is written in: {', '.join(template_languages())}; "
        "any other gets English (default: en)",
    )

    p = command("list", _cmd_list, "list the briefs")
    p.add_argument("--json", action="store_true", help="a JSON array instead of a table")
    p.add_argument("--search", default="", metavar="QUERY", help="words to look for")
    p.add_argument("--status", choices=[s.value for s in Status])
    p.add_argument(
        "--sort",
        choices=[s.value for s in Sort],
        help="default: last updated first (best match first with --search)",
    )
    p.add_argument("--trash", action="store_true", help="list the briefs in the trash")

    p = command("show", _cmd_show, "show a brief")
    p.add_argument("id", metavar="ID", help="the id, or enough of its first characters")
    form = p.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="the brief's JSON document")
    form.add_argument("--markdown", action="store_true", help="the full brief as Markdown")

    p = command("import-json", _cmd_import, "store a brief from a JSON file and print its id")
    p.add_argument("file", metavar="FILE", help="the JSON file, or - to read standard input")
    clash = p.add_mutually_exclusive_group()
    clash.add_argument(
        "--as-copy", action="store_true", help="store it as a new brief with fresh ids"
    )
    clash.add_argument(
        "--replace", action="store_true", help="overwrite the stored brief that has the same id"
    )

    p = command("export-json", _cmd_export, "write a brief as JSON")
    p.add_argument("id", metavar="ID")
    p.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")

    p = command("validate", _cmd_validate, "list a brief's problems; exit 1 when there are errors")
    p.add_argument("target", metavar="ID_OR_FILE", help="a brief id, or a JSON file (- for stdin)")

    command("doctor", None, "check what Brief Studio needs on this machine")  # see main()
    for name, handler, text in (
        ("trash", _cmd_trash, "move a brief to the trash"),
        ("restore", _cmd_restore, "bring a brief back from the trash"),
        ("duplicate", _cmd_duplicate, "copy a brief and print the copy's id"),
    ):
        command(name, handler, text).add_argument("id", metavar="ID")
    for group in GROUPS:
        importlib.import_module(group).register(command)
    return parser


# ---- entry point -----------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as done:  # --help, --version, usage errors (exit 2)
        return done.code if isinstance(done.code, int) else EXIT_ERROR
    try:
        data_dir = resolve_data_dir(args.data_dir)
    except DataDirError as error:
        if args.command != "doctor":
            _say_error(str(error))
            return EXIT_ERROR
        data_dir = None  # the doctor reports it
    log_file = _start_logging(data_dir, args.debug)
    log.info("brief-studio %s (data dir %s)", args.command or "(app)", data_dir)
    try:
        if args.command == "doctor":
            return _cmd_doctor(args.data_dir, data_dir)
        assert data_dir is not None  # only the doctor goes on without one
        if args.handler is None:
            return _open_app(data_dir, args.debug)
        handler: Handler = args.handler
        return handler(args, data_dir)
    except StudioError as error:
        log.info("%s failed: %s", args.command, error.message, extra=FILE_ONLY)
        _say_error(error.message)
        return error.exit_code
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()  # `brief-studio list | head`: the reader left, nothing to report
        return EXIT_ERROR
    except Exception as error:
        log.error("Unexpected error in %s", args.command, exc_info=True, extra=FILE_ONLY)
        if args.debug:
            traceback.print_exc()
        else:
            where = f"see the log at {log_file}" if log_file else "run again with --debug"
            _say_error(f"unexpected {type(error).__name__}: {error}; {where}")
        return EXIT_ERROR


def _say_error(message: str) -> None:
    print(f"error: {' '.join(message.split())}", file=sys.stderr)


def _start_logging(data_dir: Path | None, debug: bool) -> Path | None:
    if data_dir is None:
        return None
    try:
        path = setup_logging(data_dir, debug)
    except OSError as error:
        print(f"warning: cannot write the log file ({error})", file=sys.stderr)
        return None
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.StreamHandler) and handler.stream is sys.stderr:
            handler.addFilter(lambda record: not getattr(record, "file_only", False))
    return path


def _silence_stdout() -> None:
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _open_app(data_dir: Path, debug: bool) -> int:
    try:
        # Imported here, not at the top: only opening the window may load Qt.
        from studio import app
    except ModuleNotFoundError as error:
        if (error.name or "").split(".")[0] not in {"PySide6", "shiboken6"}:
            raise
        raise StudioError(
            "The app window needs PySide6, which is not installed: pip install PySide6. "
            "The commands work without it (brief-studio --help)."
        ) from error
    return app.run(data_dir, debug=debug, argv=[sys.argv[0] if sys.argv else "brief-studio"])


_library = open_library


def _title(brief: Brief | BriefSummary) -> str:
    return f"“{' '.join(brief.title.split()) or 'Untitled'}”"


# ---- commands --------------------------------------------------------------------------


def _cmd_new(args: argparse.Namespace, data_dir: Path) -> int:
    title = args.title.strip()
    if not title:
        raise BadInputError("The title is empty. Give the brief a short, clear title.")
    start = args.start
    if start is None and args.template != "blank":
        start = date.today()
    brief = brief_from_template(args.template, title, start, language=args.language)
    with _library(data_dir) as library:
        brief = library.create(brief)
    print(brief.id)
    return EXIT_OK


def _cmd_list(args: argparse.Namespace, data_dir: Path) -> int:
    with _library(data_dir) as library:
        rows = library.list(
            search=args.search,
            status=Status(args.status) if args.status else None,
            sort=Sort(args.sort) if args.sort else Sort.UPDATED,
            trashed=args.trash,
        )
    if args.json:
        print(json.dumps([summary_dict(r) for r in rows], ensure_ascii=False, indent=2))
    elif not rows:
        print("The trash is empty." if args.trash else "No briefs found.", file=sys.stderr)
    else:
        print(summary_table(rows))
    return EXIT_OK


def _cmd_show(args: argparse.Namespace, data_dir: Path) -> int:
    with _library(data_dir) as library:
        brief = library.get(library.resolve_id(args.id))
    if args.json:
        sys.stdout.write(brief_to_json(brief))
    elif args.markdown:
        sys.stdout.write(brief_to_markdown(brief))
    else:
        print(brief_overview(brief))
    return EXIT_OK


def _read_text(name: str) -> str:
    """The text of FILE, or of standard input for `-`; a BOM is tolerated."""
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as error:
        raise BadInputError(f"Cannot read {name}: {error.strerror or error}.") from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidBriefError("", not_utf8(error)) from error


def _cmd_import(args: argparse.Namespace, data_dir: Path) -> int:
    brief = brief_from_json(_read_text(args.file))  # raises before anything is stored
    with _library(data_dir) as library:
        if args.as_copy:
            brief = library.create(fresh_ids(brief))
        elif library.exists(brief.id) and not args.replace:
            stored = library.get(brief.id)
            raise StudioError(
                f"A brief with id {brief.id} is already in the library ({_title(stored)}). "
                "Add --as-copy to import it as a new brief, or --replace to overwrite it."
            )
        else:
            library.save(brief)  # as written, timestamps included: a round trip is exact
            if not _in_library(library, brief.id):
                print(
                    f"note: that brief is in the trash; brief-studio restore {brief.id[:SHORT_ID]}"
                    " brings it back",
                    file=sys.stderr,
                )
    print(brief.id)
    return EXIT_OK


def _in_library(library: Library, brief_id: str) -> bool:
    """False when the brief is in the trash."""
    try:
        library.resolve_id(brief_id, include_trashed=False)
    except StudioError:
        return False
    return True


def _cmd_export(args: argparse.Namespace, data_dir: Path) -> int:
    with _library(data_dir) as library:
        brief = library.get(library.resolve_id(args.id))
    text = brief_to_json(brief)
    if args.out in (None, "-"):
        sys.stdout.write(text)
        return EXIT_OK
    path = Path(args.out).expanduser().absolute()
    try:
        write_atomically(path, text)
    except OSError as error:
        raise StudioError(f"Cannot write {path}: {error.strerror or error}.") from error
    print(f"Exported {_title(brief)} to {path}")
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace, data_dir: Path) -> int:
    target: str = args.target
    if target == "-" or Path(target).is_file():
        brief = brief_from_json(_read_text(target))
    elif Path(target).exists() or os.sep in target or target.endswith(".json"):
        raise BadInputError(f"{target} is not a brief file (no such file, or a folder).")
    else:
        with _library(data_dir) as library:
            brief = library.get(library.resolve_id(target))
    problems = validate(brief)
    for problem in problems:
        print(problem)
    errors = sum(p.severity is Severity.ERROR for p in problems)
    warnings = len(problems) - errors
    summary = (
        f"{count(errors, 'error')}, {count(warnings, 'warning')}" if problems else "No problems"
    )
    print(f"{summary} in {_title(brief)}.", file=sys.stderr)
    return EXIT_ERROR if errors else EXIT_OK


def _cmd_doctor(asked: str | None, data_dir: Path | None) -> int:
    """`asked` is --data-dir as typed; `data_dir` is None when it could not be created."""
    ffmpeg_path = load_settings(data_dir).ffmpeg_path if data_dir else ""
    checks = run_checks(data_dir or asked, ffmpeg_path)
    for check in checks:
        print(format_check(check))
    if not essentials_ok(checks):
        print("\nBrief Studio cannot work until the lines marked (essential) are fixed.")
        return EXIT_ERROR
    if all(c.ok for c in checks):
        print("\nEverything is in place.")
    else:
        print("\nReady to write briefs. The missing items matter for recording or sending.")
    return EXIT_OK


def _cmd_trash(args: argparse.Namespace, data_dir: Path) -> int:
    with _library(data_dir) as library:
        brief_id = library.resolve_id(args.id)
        title = _title(library.get(brief_id))
        if not _in_library(library, brief_id):
            print(f"{title} is already in the trash.")
            return EXIT_OK
        library.trash(brief_id)
    print(f"Moved {title} to the trash (brief-studio restore {brief_id[:SHORT_ID]} undoes it).")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace, data_dir: Path) -> int:
    with _library(data_dir) as library:
        brief_id = library.resolve_id(args.id)
        title = _title(library.get(brief_id))
        if _in_library(library, brief_id):
            print(f"{title} is not in the trash.")
            return EXIT_OK
        library.restore(brief_id)
    print(f"Restored {title}.")
    return EXIT_OK


def _cmd_duplicate(args: argparse.Namespace, data_dir: Path) -> int:
    with _library(data_dir) as library:
        copy = library.duplicate(library.resolve_id(args.id))
    print(copy.id)
    return EXIT_OK
