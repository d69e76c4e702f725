"""`brief-studio recipients/destinations/send/deliveries/revoke/message`, in-process."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from studio.cli import main
from studio.store.library import Library, new_brief
from tests.unit.delivery.test_secrets import MemoryKeyring


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def brief_id(data_dir: Path) -> str:
    library = Library.open(data_dir)
    brief = library.create(new_brief("Shop rewrite"))
    library.close()
    return brief.id


def test_address_book(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        run(
            capsys,
            "recipients",
            "add",
            "Ana",
            "--email",
            "ana@example.com",
            "--language",
            "fr",
            "--tag",
            "php",
        )[0]
        == 0
    )
    assert run(capsys, "recipients", "add", "Bob")[0] == 0
    code, out, _ = run(capsys, "recipients", "list", "--json")
    assert [r["name"] for r in json.loads(out)] == ["Ana", "Bob"]
    code, out, err = run(capsys, "recipients", "add", "ana")
    assert code == 1 and "already exists" in err
    code, out, err = run(capsys, "recipients", "add", "Zed", "--email", "nope")
    assert code == 1 and "is not an e-mail address" in err
    assert run(capsys, "recipients", "remove", "BOB")[1] == "Removed Bob.\n"
    assert run(capsys, "recipients", "list")[1] == "Ana  (ana@example.com, fr)\n"


def test_send_through_a_folder_then_list_message_and_revoke(
    capsys: pytest.CaptureFixture[str], brief_id: str, tmp_path: Path
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    bundle = tmp_path / "shop.brief.zip"
    bundle.write_bytes(os.urandom(100_000))
    for name in ("Ana", "Bob", "Chloé"):
        run(capsys, "recipients", "add", name, "--email", f"{name.lower()}@example.com")
    code, out, _ = run(capsys, "destinations", "add", "Drive", "--folder", str(share))
    assert code == 0 and "Can write in" in out
    code, out, err = run(
        capsys,
        "send",
        brief_id[:8],
        "--to",
        "Ana",
        "--to",
        "bob",
        "--to",
        "Chloé",
        "--bundle",
        str(bundle),
        "--expires",
        "3d",
    )
    assert code == 0, err
    links = dict(line.split(": ", 1) for line in out.splitlines())
    assert sorted(links) == ["Ana", "Bob", "Chloé"]
    for link in links.values():
        assert Path(link.removeprefix("file://")).read_bytes() == bundle.read_bytes()
    code, out, _ = run(capsys, "deliveries", brief_id, "--json")
    rows = json.loads(out)
    assert [(r["recipient"], r["status"], r["percent"]) for r in rows] == [
        ("Ana", "sent", 100),
        ("Bob", "sent", 100),
        ("Chloé", "sent", 100),
    ]
    assert all(r["expires"] is None for r in rows)  # a folder's file lasts until revoked
    code, out, _ = run(capsys, "message", brief_id, "--to", "Bob")
    assert out.startswith("Subject: Project brief: Shop rewrite") and links["Bob"] in out
    code, out, _ = run(capsys, "message", brief_id, "--to", "Bob", "--mailto")
    assert out.startswith("mailto:bob@example.com?subject=Project%20brief")
    assert run(capsys, "revoke", brief_id, "--to", "Bob")[0] == 0
    assert not Path(links["Bob"].removeprefix("file://")).exists()
    assert Path(links["Ana"].removeprefix("file://")).exists()
    code, out, _ = run(capsys, "deliveries", "--json")
    assert [r["status"] for r in json.loads(out)] == ["sent", "revoked", "sent"]


def test_send_without_a_destination_uses_the_outbox(
    capsys: pytest.CaptureFixture[str], brief_id: str, tmp_path: Path, data_dir: Path
) -> None:
    bundle = tmp_path / "shop.brief.zip"
    bundle.write_bytes(b"x" * 1000)
    run(capsys, "recipients", "add", "Ana")
    code, out, _ = run(capsys, "send", brief_id, "--to", "Ana", "--bundle", str(bundle))
    assert code == 0 and out.startswith(f"Ana: file://{data_dir / 'outbox'}")


def test_send_mistakes_are_one_line(
    capsys: pytest.CaptureFixture[str], brief_id: str, tmp_path: Path
) -> None:
    bundle = tmp_path / "b.brief.zip"
    bundle.write_bytes(b"x")
    code, _, err = run(capsys, "send", brief_id, "--to", "Nobody", "--bundle", str(bundle))
    assert code == 1 and "No recipient named “Nobody”" in err
    run(capsys, "recipients", "add", "Ana")
    run(capsys, "destinations", "add", "S3", "--s3", "b", "--no-test", "--secret-env", "NOPE_X")
    code, _, err = run(
        capsys,
        "send",
        brief_id,
        "--to",
        "Ana",
        "--destination",
        "S3",
        "--expires",
        "8d",
        "--bundle",
        str(bundle),
    )
    assert code == 1 and "last 7 days at most" in err
    code, _, err = run(capsys, "send", brief_id, "--to", "Ana")
    assert code == 1 and "No bundle of this brief was found" in err


def test_secrets_come_from_the_environment_into_the_keyring_never_the_database(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MY_S3_SECRET", "very-secret-value")
    code, out, err = run(
        capsys,
        "destinations",
        "add",
        "Bucket",
        "--s3",
        "briefs",
        "--endpoint",
        "http://127.0.0.1:9",
        "--access-key-id",
        "AKIA1",
        "--secret-env",
        "MY_S3_SECRET",
        "--no-test",
    )
    assert code == 0, err
    assert list(memory_keyring.items.values()) == ["very-secret-value"]
    assert b"very-secret-value" not in (data_dir / "library.db").read_bytes()
    code, out, _ = run(capsys, "destinations", "list", "--json")
    [listed] = json.loads(out)
    assert listed["bucket"] == "briefs" and "very-secret-value" not in out
    # there is no way to give a secret on the command line
    code, _, err = run(capsys, "destinations", "add", "X", "--s3", "b", "--secret", "s")
    assert code == 2
    run(capsys, "destinations", "remove", "bucket")
    assert memory_keyring.items == {}


def test_destination_test_says_what_is_wrong(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "destinations", "add", "Gone", "--folder", str(tmp_path / "no"))
    assert code == 1 and "does not exist" in err
    monkey_port = "9"  # discard port: nothing listens on 127.0.0.1:9
    code, _, err = run(
        capsys,
        "destinations",
        "add",
        "Srv",
        "--sftp",
        f"me@127.0.0.1:{monkey_port}",
        "--key-file",
        str(tmp_path / "key"),
    )
    assert code == 1 and "127.0.0.1:9 refused the connection" in err


def test_a_failure_is_said_in_english_with_its_details(
    capsys: pytest.CaptureFixture[str], brief_id: str, tmp_path: Path
) -> None:
    bundle = tmp_path / "b.brief.zip"
    bundle.write_bytes(b"x" * 1000)
    gone = tmp_path / "gone"
    run(capsys, "recipients", "add", "Ana")
    assert run(capsys, "destinations", "add", "Gone", "--folder", str(gone), "--no-test")[0] == 0
    code, _, err = run(capsys, "send", brief_id, "--to", "Ana", "--bundle", str(bundle))
    said = f"The folder {gone} does not exist. Create it or pick another one."
    assert code == 1 and f"Ana: failed: {said}" in err
    [row] = json.loads(run(capsys, "deliveries", "--json")[1])
    assert (row["status"], row["reason"]) == ("failed", said)
    assert run(capsys, "deliveries")[1].rstrip().endswith(said)
