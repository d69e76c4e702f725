"""`brief-studio` subcommands, run in-process like a user would type them."""

import importlib.abc
import importlib.util
import io
import json
import logging
import os
import subprocess
import sys
import types
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

import studio
from studio import cli
from studio.bundle.markdown import brief_to_markdown
from studio.cli import main
from studio.core.brief import Brief, Deliverable, Results, Status
from studio.core.serialize import brief_from_json, brief_to_json
from studio.doctor import Check
from studio.store.library import Library

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def clean_logging() -> Iterator[None]:
    """main() sets up logging into the test's data dir; leave the root logger as it was."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)
    logging.captureWarnings(False)


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def __repr__(self) -> str:
        return f"Result({self.code}, out={self.out!r}, err={self.err!r})"


Run = Callable[..., Result]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    def run(*args: str) -> Result:
        code = main(list(args))
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err or "--debug" in args
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def library(data_dir: Path) -> Iterator[Library]:
    lib = Library.open(data_dir)
    yield lib
    lib.close()


def new(run, title: str = "Shop", *extra: str) -> str:
    result = run("new", "--title", title, *extra)
    assert result.code == 0, result
    return result.out.strip()


def stdin_bytes(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# ---- the program -------------------------------------------------------------------------


def test_version_and_help(run: Run) -> None:
    result = run("--version")
    assert (result.code, result.out.strip()) == (0, f"brief-studio {studio.__version__}")
    result = run("--help")
    assert result.code == 0
    for command in (
        "new",
        "list",
        "show",
        "import-json",
        "export-json",
        "validate",
        "doctor",
        "trash",
        "restore",
        "duplicate",
    ):
        assert command in result.out


def test_usage_errors_exit_2(run: Run) -> None:
    assert run("frobnicate").code == 2
    assert run("new").code == 2  # --title is required
    result = run("new", "--title", "X", "--start", "2025-13-01")
    assert result.code == 2
    assert "is not a date like" in result.err
    result = run("list", "--status", "lost")
    assert result.code == 2
    assert "invalid choice" in result.err


def test_data_dir_option_before_or_after_the_command(run: Run, tmp_path: Path) -> None:
    other = tmp_path / "other"
    brief_id = new(run, "Elsewhere", "--data-dir", str(other))
    assert json.loads(run("--data-dir", str(other), "list", "--json").out)[0]["id"] == brief_id
    assert json.loads(run("list", "--json").out) == []  # BRIEF_STUDIO_HOME is untouched
    assert (other / "logs" / "brief-studio.log").is_file()


def test_unusable_data_dir_is_one_line(run: Run, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    result = run("--data-dir", str(blocker / "data"), "list")
    assert result.code == 1
    assert result.err.startswith("error: Brief Studio cannot create its data folder")
    assert result.err.count("\n") == 1


def test_every_command_logs_to_the_data_dir(run: Run, data_dir: Path) -> None:
    run("list")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "brief-studio list" in (data_dir / "logs" / "brief-studio.log").read_text("utf-8")


def test_no_command_opens_the_app(
    run: Run, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []

    def fake_run(path: Path, debug: bool = False, argv: list[str] | None = None) -> int:
        calls.append((path, debug, argv))
        return 7

    fake_app = types.ModuleType("studio.app")
    fake_app.run = fake_run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "studio.app", fake_app)
    monkeypatch.setattr(studio, "app", fake_app, raising=False)
    assert run("--debug").code == 7
    assert len(calls) == 1
    path, debug, argv = calls[0]
    assert (path, debug) == (data_dir, True)
    assert isinstance(argv, list) and len(argv) == 1


class _RaisesOnImport(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Makes `import studio.app` fail the way it does when PySide6 is not installed."""

    def find_spec(self, name, path, target=None):  # type: ignore[no-untyped-def]
        return importlib.util.spec_from_loader(name, self) if name == "studio.app" else None

    def create_module(self, spec):  # type: ignore[no-untyped-def]
        return None

    def exec_module(self, module):  # type: ignore[no-untyped-def]
        raise ModuleNotFoundError("No module named 'PySide6'", name="PySide6")


def test_no_command_without_pyside6_says_what_to_install(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delitem(sys.modules, "studio.app", raising=False)
    monkeypatch.delattr(studio, "app", raising=False)
    monkeypatch.setattr(sys, "meta_path", [_RaisesOnImport(), *sys.meta_path])
    result = run()
    assert result.code == 1
    assert result.err.startswith("error: The app window needs PySide6")
    assert result.err.count("\n") == 1


def test_a_closed_pipe_ends_quietly(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    new(run)

    def closed(*args: object) -> str:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(cli, "summary_table", closed)
    result = run("list")
    assert (result.code, result.err) == (1, "")


# ---- new / list --------------------------------------------------------------------------


def test_new_prints_the_id_of_the_stored_brief(run: Run, library: Library) -> None:
    brief_id = new(run, "Blank one")
    assert len(brief_id) == 32 and int(brief_id, 16) >= 0
    brief = library.get(brief_id)
    assert brief.title == "Blank one"
    assert brief.planning.start is None  # blank: no start unless asked


def test_new_from_a_template_starts_today_by_default(run: Run, library: Library) -> None:
    brief = library.get(new(run, "Shop", "--template", "software"))
    assert brief.planning.start == date.today()
    assert brief.planning.milestones
    brief = library.get(new(run, "Logo", "--template", "design", "--start", "2025-03-03"))
    assert brief.planning.start == date(2025, 3, 3)


def test_new_writes_the_template_in_the_language_asked(run: Run, library: Library) -> None:
    english = library.get(new(run, "Shop", "--template", "software"))
    assert english.language == "en"
    assert english.planning.milestones[0].title == "Discovery and specification"
    french = library.get(new(run, "Boutique", "--template", "software", "--language", "fr"))
    assert (french.title, french.language) == ("Boutique", "fr")
    assert french.planning.milestones[0].title == "Cadrage et rédaction des spécifications"
    assert french.planning.start == date.today()
    # A locale name picks its language; a language without templates gets English.
    for language, written_in in (("fr_CA", "fr"), ("de", "en")):
        brief_id = new(run, "Logo", "--template", "design", "--language", language)
        assert library.get(brief_id).language == written_in


def test_new_refuses_an_unknown_template_and_an_empty_title(run: Run, library: Library) -> None:
    result = run("new", "--title", "X", "--template", "novel")
    assert result.code == 1
    assert result.err.startswith("error: No template named 'novel'. Available templates: blank")
    result = run("new", "--title", "   ")
    assert result.code == 2
    assert "title is empty" in result.err
    assert library.count() == 0


def test_list_shows_a_table(run: Run) -> None:
    first = new(run, "Alpha | one")
    second = new(run, "Beta")
    lines = run("list").out.splitlines()
    assert lines[0].split() == ["ID", "STATUS", "UPDATED", "TITLE"]
    assert len(lines) == 3
    assert {line[:8] for line in lines[1:]} == {first[:8], second[:8]}
    row = next(line for line in lines if line.startswith(first[:8]))
    assert row.split(maxsplit=3)[1:] == ["draft", date.today().isoformat(), "Alpha | one"]


def test_list_empty_says_so_on_stderr(run: Run) -> None:
    result = run("list")
    assert (result.code, result.out) == (0, "")
    assert "No briefs" in result.err
    assert "trash is empty" in run("list", "--trash").err


def test_list_json_has_full_ids_and_fields(run: Run, library: Library) -> None:
    brief_id = new(run, "Shop")
    rows = json.loads(run("list", "--json").out)
    assert len(rows) == 1
    row = rows[0]
    assert {"id", "title", "status", "client", "created", "updated"} <= set(row)
    stored = library.get(brief_id)
    assert row["id"] == brief_id
    assert row["title"] == "Shop" and row["status"] == "draft"
    assert row["updated"] == stored.updated.isoformat()


def test_list_search_status_sort_and_trash(run: Run, library: Library) -> None:
    shop = new(run, "Coffee shop website")
    logo = new(run, "Logo design")
    library.save(replace(library.get(logo), status=Status.READY))

    def ids(*args: str) -> list[str]:
        return [r["id"] for r in json.loads(run("list", "--json", *args).out)]

    assert ids("--search", "coffee") == [shop]
    assert ids("--search", "nothing-of-the-sort") == []
    assert ids("--status", "ready") == [logo]
    assert ids("--sort", "title") == [shop, logo]
    assert run("trash", shop[:6]).code == 0
    assert ids() == [logo]
    assert ids("--trash") == [shop]


def test_list_lengthens_short_ids_that_clash(run: Run, library: Library) -> None:
    library.create(Brief(id="abcdef12" + "0" * 24, title="One"))
    library.create(Brief(id="abcdef12" + "1" * 24, title="Two"))
    lines = run("list").out.splitlines()[1:]
    assert sorted(line.split()[0] for line in lines) == ["abcdef120", "abcdef121"]


# ---- show --------------------------------------------------------------------------------


def test_show_by_prefix_in_three_forms(run: Run, library: Library) -> None:
    brief_id = new(run, "Shop", "--template", "software", "--start", "2025-03-03")
    brief = library.get(brief_id)
    text = run("show", brief_id[:5])
    assert text.code == 0
    assert text.out.splitlines()[0] == "Shop"
    assert f"id        {brief_id}" in text.out
    assert "Discovery and specification" in text.out
    assert run("show", brief_id, "--json").out == brief_to_json(brief)
    assert run("show", brief_id[:6], "--markdown").out == brief_to_markdown(brief)
    assert run("show", brief_id, "--json", "--markdown").code == 2


def test_show_unknown_id(run: Run) -> None:
    new(run)
    for wrong in ("ffffffff", "not-hex"):
        result = run("show", wrong)
        assert result.code == 1
        assert result.out == ""
        assert result.err.startswith("error: No brief with id")
        assert result.err.count("\n") == 1


def test_show_ambiguous_prefix(run: Run, library: Library) -> None:
    library.create(Brief(id="abc" + "0" * 29, title="One"))
    library.create(Brief(id="abc" + "1" * 29, title="Two"))
    result = run("show", "abc")
    assert result.code == 1
    assert (
        result.err
        == "error: The id prefix 'abc' matches 2 briefs. Type more characters of the id.\n"
    )
    assert run("show", "abc1").code == 0


def test_show_mentions_problems(run: Run, library: Library) -> None:
    brief = library.create(
        Brief(title="T", results=Results(deliverables=(Deliverable(title="D"),)))
    )
    assert "0 errors, 1 warning: see brief-studio validate" in run("show", brief.id).out


# ---- import-json / export-json ----------------------------------------------------------


def test_export_import_round_trip_into_another_library(
    run: Run, library: Library, tmp_path: Path
) -> None:
    brief_id = new(run, "Shop", "--template", "data-nlp")
    out = tmp_path / "shop.json"
    result = run("export-json", brief_id[:8], "--out", str(out))
    assert result.code == 0
    assert str(out) in result.out
    other = tmp_path / "elsewhere"
    result = run("--data-dir", str(other), "import-json", str(out))
    assert (result.code, result.out.strip()) == (0, brief_id)
    elsewhere = Library.open(other)
    try:
        assert elsewhere.get(brief_id) == library.get(brief_id)
    finally:
        elsewhere.close()


def test_export_to_stdout_is_the_json_form(run: Run, library: Library) -> None:
    brief_id = new(run)
    result = run("export-json", brief_id)
    assert result.out == brief_to_json(library.get(brief_id))
    assert brief_from_json(result.out) == library.get(brief_id)
    assert run("export-json", brief_id, "--out", "-").out == result.out


def test_export_replaces_a_file_atomically(run: Run, tmp_path: Path) -> None:
    brief_id = new(run)
    out = tmp_path / "exports" / "brief.json"
    out.parent.mkdir()
    out.write_text("old content")
    out.chmod(0o640)
    assert run("export-json", brief_id, "--out", str(out)).code == 0
    assert json.loads(out.read_text("utf-8"))["id"] == brief_id
    assert sorted(p.name for p in out.parent.iterdir()) == ["brief.json"]  # no temp file left
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o640


def test_export_into_a_missing_folder_is_one_line(run: Run, tmp_path: Path) -> None:
    brief_id = new(run)
    result = run("export-json", brief_id, "--out", str(tmp_path / "no" / "such" / "b.json"))
    assert result.code == 1
    assert result.err.startswith("error: Cannot write")
    assert result.err.count("\n") == 1


def test_import_from_stdin(run: Run, library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    brief = Brief(title="From a pipe")
    stdin_bytes(monkeypatch, b"\xef\xbb\xbf" + brief_to_json(brief).encode())  # with a BOM
    result = run("import-json", "-")
    assert (result.code, result.out.strip()) == (0, brief.id)
    assert library.get(brief.id) == brief


def test_invalid_json_names_the_field_and_stores_nothing(
    run: Run, library: Library, tmp_path: Path
) -> None:
    brief_id = new(run, "Shop", "--template", "software")
    good = json.loads(run("export-json", brief_id).out)
    run("trash", brief_id)
    library.purge(brief_id)
    bad = json.loads(json.dumps(good))
    bad["id"] = "1" * 32
    bad["costs"]["items"][1]["quantity"] = "five"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad))
    result = run("import-json", str(path))
    assert result.code == 2
    assert result.out == ""
    assert result.err.startswith("error: Invalid brief at costs.items[1].quantity:")
    assert result.err.count("\n") == 1
    assert library.count() == 0 and library.count(trashed=True) == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"title": ', "error: Invalid brief at (document): not valid JSON (line 1"),
        (b"\xff\xfe\x00garbage", "error: Invalid brief at (document): not UTF-8 text"),
        (b"[]", "error: Invalid brief at (document):"),
    ],
)
def test_import_rejects_what_is_not_a_brief(
    run: Run, library: Library, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(content)
    result = run("import-json", str(path))
    assert result.code == 2
    assert result.err.startswith(message)
    assert library.count() == 0


def test_import_a_missing_file(run: Run, tmp_path: Path) -> None:
    result = run("import-json", str(tmp_path / "nope.json"))
    assert result.code == 2
    assert result.err.startswith("error: Cannot read")


def test_import_refuses_an_existing_id_unless_asked(
    run: Run, library: Library, tmp_path: Path
) -> None:
    brief_id = new(run, "Original", "--template", "software")
    path = tmp_path / "b.json"
    run("export-json", brief_id, "--out", str(path))
    edited = json.loads(path.read_text("utf-8"))
    edited["title"] = "Edited"
    path.write_text(json.dumps(edited))

    refused = run("import-json", str(path))
    assert refused.code == 1
    assert "already in the library (“Original”)" in refused.err
    assert "--as-copy" in refused.err and "--replace" in refused.err
    assert library.get(brief_id).title == "Original"

    copied = run("import-json", str(path), "--as-copy")
    copy_id = copied.out.strip()
    assert copied.code == 0 and copy_id != brief_id
    copy = library.get(copy_id)
    assert copy.title == "Edited"
    assert {m.id for m in copy.planning.milestones}.isdisjoint(
        m.id for m in library.get(brief_id).planning.milestones
    )
    assert library.get(brief_id).title == "Original"

    replaced = run("import-json", str(path), "--replace")
    assert (replaced.code, replaced.out.strip()) == (0, brief_id)
    assert library.get(brief_id) == brief_from_json(path.read_text("utf-8"))
    assert library.count() == 2
    assert run("import-json", str(path), "--replace", "--as-copy").code == 2


def test_replacing_a_trashed_brief_says_it_is_in_the_trash(run: Run, tmp_path: Path) -> None:
    brief_id = new(run)
    path = tmp_path / "b.json"
    run("export-json", brief_id, "--out", str(path))
    run("trash", brief_id)
    result = run("import-json", str(path), "--replace")
    assert result.code == 0
    assert "in the trash" in result.err


# ---- validate ----------------------------------------------------------------------------


def test_validate_a_clean_brief_exits_0(run: Run) -> None:
    brief_id = new(run, "Shop", "--template", "software")
    result = run("validate", brief_id[:7])
    assert (result.code, result.out) == (0, "")
    assert "No problems" in result.err


def test_validate_warnings_only_exits_0(run: Run, library: Library) -> None:
    brief = library.create(
        Brief(title="T", results=Results(deliverables=(Deliverable(title="D"),)))
    )
    result = run("validate", brief.id)
    assert result.code == 0
    assert result.out.splitlines() == [
        "results.deliverables[0].acceptance_criteria: warning: “D” has no acceptance criteria. "
        "Say how you will check it is done."
    ]


def test_validate_errors_exit_1_one_per_line(run: Run, tmp_path: Path) -> None:
    brief = Brief(title="")
    data = json.loads(brief_to_json(brief))
    data["costs"]["budget_min"], data["costs"]["budget_max"] = "100", "50"
    path = tmp_path / "errors.json"
    path.write_text(json.dumps(data))
    result = run("validate", str(path))
    assert result.code == 1
    lines = result.out.splitlines()
    assert lines[0] == "title: error: The brief has no title. Give it a short, clear title."
    assert any(line.startswith("costs.budget_min: error: ") for line in lines)
    assert "2 errors, 0 warnings" in result.err


def test_validate_an_invalid_file_exits_2(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"format": "brief-studio/brief"}')
    result = run("validate", str(path))
    assert result.code == 2
    assert result.err.startswith("error: Invalid brief at")
    result = run("validate", str(tmp_path / "missing.json"))
    assert result.code == 2
    assert "not a brief file" in result.err
    assert run("validate", "ffffffff").code == 1  # not a file: an id, and an unknown one


def test_validate_from_stdin(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    stdin_bytes(monkeypatch, brief_to_json(Brief(title="")).encode())
    assert run("validate", "-").code == 1


# ---- trash / restore / duplicate ---------------------------------------------------------


def test_trash_and_restore(run: Run, library: Library) -> None:
    brief_id = new(run, "Shop")
    result = run("trash", brief_id[:6])
    assert result.code == 0
    assert "Moved “Shop” to the trash" in result.out
    assert library.list() == [] and [s.id for s in library.list(trashed=True)] == [brief_id]
    assert "already in the trash" in run("trash", brief_id).out
    assert run("show", brief_id[:6]).code == 0  # still readable from the trash
    result = run("restore", brief_id[:6])
    assert result.code == 0
    assert result.out.strip() == "Restored “Shop”."
    assert [s.id for s in library.list()] == [brief_id]
    assert "not in the trash" in run("restore", brief_id).out
    assert run("trash", "ffffffff").code == 1


def test_duplicate_prints_the_new_id(run: Run, library: Library) -> None:
    brief_id = new(run, "Shop", "--template", "design")
    result = run("duplicate", brief_id[:6])
    copy_id = result.out.strip()
    assert result.code == 0 and copy_id != brief_id
    copy = library.get(copy_id)
    assert copy.title == "Shop (copy)"
    assert copy.planning == replace(
        library.get(brief_id).planning, milestones=copy.planning.milestones
    )
    assert library.count() == 2


# ---- doctor ------------------------------------------------------------------------------


def test_doctor_on_this_machine(run: Run) -> None:
    result = run("doctor")
    lines = [line for line in result.out.splitlines() if line]
    checks = lines[:-1]
    assert len(checks) == 10
    assert all(line.startswith(("ok      ", "missing ")) for line in checks)
    assert checks[0].startswith("ok      Python 3.")
    assert result.code == 0  # the essentials are installed wherever the tests run


def test_doctor_exit_code_follows_the_essentials(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    checks = [
        Check("python", True, "Python 3.11.9", essential=True),
        Check("camera", False, "camera", "connect a webcam"),
    ]
    monkeypatch.setattr(cli, "run_checks", lambda *a, **k: checks)
    result = run("doctor")
    assert result.code == 0
    assert result.out.splitlines()[:2] == [
        "ok      Python 3.11.9",
        "missing camera — connect a webcam",
    ]
    assert "Ready to write briefs" in result.out
    checks.append(Check("fts5", False, "FTS5", "use another Python", essential=True))
    result = run("doctor")
    assert result.code == 1
    assert "missing FTS5 (essential) — use another Python" in result.out


def test_doctor_reports_an_unusable_data_dir(run: Run, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    result = run("--data-dir", str(blocker / "data"), "doctor")
    assert result.code == 1
    assert "missing data folder not writable" in result.out


# ---- unexpected errors -------------------------------------------------------------------


def test_unexpected_error_is_one_line_naming_the_log(
    run: Run, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Library, "list", boom)
    result = run("list")
    log_file = data_dir / "logs" / "brief-studio.log"
    assert result.code == 1
    assert (
        result.err == f"error: unexpected RuntimeError: disk on fire; see the log at {log_file}\n"
    )
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_file.read_text("utf-8")
    assert "Traceback" in logged and "disk on fire" in logged


def test_debug_shows_the_traceback(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Library, "list", boom)
    result = run("--debug", "list")
    assert result.code == 1
    assert "Traceback" in result.err and "RuntimeError: disk on fire" in result.err


# ---- the entry point, in a real process --------------------------------------------------


def python(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "BRIEF_STUDIO_HOME": str(data_dir)}
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=60,
        check=False,
    )


def test_python_m_studio(tmp_path: Path, data_dir: Path) -> None:
    other = tmp_path / "x"
    made = python(
        "-m", "studio", "--data-dir", str(other), "new", "--title", "T", data_dir=data_dir
    )
    assert made.returncode == 0, made.stderr
    brief_id = made.stdout.strip()
    listed = python("-m", "studio", "--data-dir", str(other), "list", "--json", data_dir=data_dir)
    assert listed.returncode == 0, listed.stderr
    assert [row["id"] for row in json.loads(listed.stdout)] == [brief_id]
    missing = python("-m", "studio", "--data-dir", str(other), "show", "fff", data_dir=data_dir)
    assert missing.returncode == 1
    assert (
        missing.stderr.startswith("error: No brief with id") and "Traceback" not in missing.stderr
    )


def test_commands_never_import_qt(data_dir: Path) -> None:
    script = """
import sys
from studio.cli import main
brief_id = None
for argv in (["new", "--title", "T", "--template", "software"], ["list"], ["list", "--json"],
             ["doctor"], ["validate", "{id}"], ["show", "{id}", "--markdown"], ["show", "{id}"],
             ["export-json", "{id}"], ["duplicate", "{id}"], ["trash", "{id}"],
             ["restore", "{id}"], ["show", "nope"]):
    if brief_id is None and "{id}" in argv:
        raise SystemExit("no id")
    import contextlib, io
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main([a.replace("{id}", brief_id or "") for a in argv])
    if argv[0] == "new":
        brief_id = out.getvalue().strip()
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
    assert not loaded, (argv, loaded)
print("no Qt")
"""
    done = python("-c", script, data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("no Qt")
