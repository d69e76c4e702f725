"""The Linux desktop entry and AppStream metainfo are valid and agree with pyproject.toml."""

import configparser
import os
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
APP_ID = "io.briefstudio.BriefStudio"
DESKTOP = REPO / "packaging" / "linux" / f"{APP_ID}.desktop"
METAINFO = REPO / "packaging" / "linux" / f"{APP_ID}.metainfo.xml"
PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]


def require_tool(name: str) -> str:
    """The tool's path; skip without it, but fail under CI, where it must be installed."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (tools/install-system-deps.sh installs it)"
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(message)
        pytest.skip(message)
    return path


def run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False)


def test_desktop_entry_is_valid() -> None:
    result = run(require_tool("desktop-file-validate"), str(DESKTOP))
    # desktop-file-validate exits 0 on hints too; anything it prints is worth fixing.
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout


def test_metainfo_is_valid() -> None:
    result = run(require_tool("appstreamcli"), "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_launches_the_console_script() -> None:
    entry = desktop_entry()
    assert entry["Exec"].split()[0] in PROJECT["scripts"]
    assert entry["Icon"] == APP_ID


def test_metainfo_matches_the_project() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("project_license") == PROJECT["license"]
    assert root.findtext("provides/binary") in PROJECT["scripts"]
    # Every version bump adds its release notes.
    versions = [release.get("version") for release in root.iter("release")]
    assert PROJECT["version"] in versions
