import hashlib
from pathlib import Path

import pytest

from studio.core.brief import Brief
from studio.core.errors import StudioError
from studio.store.attachments import add_attachment, remove_attachment


def test_attach_copies_and_hashes(data_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "spec v2.pdf"
    source.write_bytes(b"%PDF-1.4 hello" * 1000)
    brief = add_attachment(data_dir, Brief(title="x"), source)
    (att,) = brief.attachments
    assert att.name == "spec v2.pdf"
    assert att.size == source.stat().st_size
    assert att.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert att.media_type == "application/pdf"
    copied = data_dir / att.path
    assert copied.read_bytes() == source.read_bytes()
    assert not list(copied.parent.glob("*.part"))
    assert remove_attachment(brief, att.id).attachments == ()


def test_attach_a_folder_is_refused(data_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(StudioError, match="not a file"):
        add_attachment(data_dir, Brief(), tmp_path)
