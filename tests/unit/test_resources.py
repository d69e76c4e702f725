from pathlib import Path

import pytest

from studio import resources
from studio.resources import resource_path

REPO = Path(__file__).resolve().parents[2]


def test_source_checkout_uses_the_repository_resources() -> None:
    assert resource_path() == REPO / "resources"
    assert resource_path("schema", "brief-v1.schema.json") == (
        REPO / "resources" / "schema" / "brief-v1.schema.json"
    )
    assert resource_path("schema").is_dir()


def test_installed_package_uses_its_own_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "site-packages" / "studio"
    (package / "_resources" / "icons").mkdir(parents=True)
    monkeypatch.setattr(resources, "_PACKAGE_DIR", package)
    assert resource_path("icons", "app.svg") == package / "_resources" / "icons" / "app.svg"
