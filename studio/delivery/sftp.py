"""An SFTP destination (paramiko): any server with SSH access, optionally served on the web.

The server's host key is shown (its SHA-256 fingerprint) and confirmed on first connect,
then pinned: a different key later stops everything. Uploads go to `<name>.part` and resume
from that file's size as the server reports it (writes are pipelined, so a local counter
may be ahead of what arrived), then the size is checked and the file renamed into place.
Recipients get a hard link (OpenSSH's hardlink@openssh.com) in their own token folder.
"""

from __future__ import annotations

import contextlib
import errno
import posixpath
from dataclasses import replace
from datetime import timedelta
from urllib.parse import quote

import paramiko
from paramiko.sftp import CMD_EXTENDED

from studio.core.cancel import CancelToken
from studio.core.i18n import QT_TRANSLATE_NOOP
from studio.delivery.destination import Link, LocalFile, Progress, ResumeState, UploadResult
from studio.delivery.errors import DeliveryError, Problem
from studio.delivery.sftp_connect import Confirm, OnPinned, SftpSettings, connect, sftp_problem

CHUNK = 1024 * 1024  # read from the local file at a time
SFTP_WRITE_HEADER = 25  # length, type, request id, handle length, offset, data length
PACKET_SLACK = 64  # what paramiko keeps below the channel's maximum packet for its header
PART = ".part"

_MISMATCH = QT_TRANSLATE_NOOP(
    "Delivery", "The server holds {found} bytes of {name} instead of {expected}; it was removed."
)

__all__ = ["SftpDestination", "SftpSettings"]


class SftpDestination:
    max_link_life: timedelta | None = None

    def __init__(
        self,
        settings: SftpSettings,
        confirm_host_key: Confirm | None = None,
        on_pinned: OnPinned | None = None,
    ) -> None:
        self.settings = settings
        self.confirm_host_key = confirm_host_key
        self.on_pinned = on_pinned
        self._transport: paramiko.Transport | None = None
        self._sftp: paramiko.SFTPClient | None = None

    @property
    def sftp(self) -> paramiko.SFTPClient:
        if self._sftp is None:
            self._transport, self._sftp, pinned = connect(self.settings, self.confirm_host_key)
            if pinned is not None:
                self.settings = replace(self.settings, host_key=pinned[0])
                if self.on_pinned is not None:
                    self.on_pinned(*pinned)
        return self._sftp

    def _problem(self, error: BaseException, what: str) -> DeliveryError:
        return sftp_problem(error, self.settings, what)

    def path(self, remote: str) -> str:
        parts = remote.split("/")
        if not remote or remote.startswith("/") or any(p in ("", ".", "..") for p in parts):
            raise ValueError(f"not a relative remote name: {remote!r}")
        return posixpath.join(self.settings.folder or ".", remote)

    # ---- checks ---------------------------------------------------------------------------

    def check(self) -> str:
        folder = self.settings.folder or "."
        try:
            self.sftp.stat(folder)
        except OSError as error:
            raise self._problem(error, folder) from error
        probe = posixpath.join(folder, ".brief-studio-probe")
        try:
            with self.sftp.open(probe, "wb") as f:
                f.write(b"probe")
            self.sftp.remove(probe)
        except OSError as error:
            raise self._problem(error, folder) from error
        s = self.settings
        return f"{s.user}@{s.host}:{s.port} {folder}: can write and delete."

    def exists(self, remote: str) -> int | None:
        try:
            size = self.sftp.stat(self.path(remote)).st_size
        except FileNotFoundError:
            return None
        except (OSError, paramiko.SSHException, EOFError) as error:
            raise self._problem(error, remote) from error
        return int(size or 0)

    # ---- upload ---------------------------------------------------------------------------

    def upload(
        self,
        file: LocalFile,
        remote: str,
        progress: Progress,
        cancel: CancelToken,
        resume_state: ResumeState,
    ) -> UploadResult:
        target = self.path(remote)
        part = target + PART
        try:
            self._makedirs(posixpath.dirname(target))
            if resume_state.load() is None:
                with contextlib.suppress(FileNotFoundError):
                    self.sftp.remove(part)  # left by another version of the file
                resume_state.save({"part": part})
            offset = min(self._size(part), file.size)
            sent = self._write(file, part, offset, progress, cancel)
            size = self._size(part)
            if size != file.size:
                self.sftp.remove(part)
                resume_state.clear()
                raise DeliveryError(
                    Problem.VERIFY, _MISMATCH, name=remote, found=size, expected=file.size
                )
            self._rename(part, target)
        except (OSError, paramiko.SSHException, EOFError) as error:
            problem = self._problem(error, remote)
            if problem.problem is Problem.FULL:  # cannot finish: don't leave the disk full
                with contextlib.suppress(Exception):
                    self.sftp.remove(part)
                resume_state.clear()
            raise problem from error
        resume_state.clear()
        return UploadResult(bytes_sent=sent, bytes_reused=offset)

    def _size(self, path: str) -> int:
        try:
            return int(self.sftp.stat(path).st_size or 0)
        except FileNotFoundError:
            return 0

    def _write(
        self, file: LocalFile, part: str, offset: int, progress: Progress, cancel: CancelToken
    ) -> int:
        sent = 0
        progress(offset, file.size)
        buffer = bytearray(CHUNK)  # reused: each write is copied into its packet at once
        view = memoryview(buffer)
        # Unbuffered (bufsize 0): paramiko's buffered mode would copy every chunk once more.
        with (
            open(file.path, "rb", buffering=0) as src,
            self.sftp.open(part, "r+b" if offset else "wb", bufsize=0) as out,
        ):
            out.set_pipelined(True)
            out.MAX_REQUEST_SIZE = self._request_size(out)
            src.seek(offset)
            out.seek(offset)
            while n := src.readinto(buffer):
                cancel.check("Sending")
                out.write(view[:n])
                sent += n
                progress(offset + sent, file.size)
        # Closing waited for every write's acknowledgement: errors (disk full) surfaced there.
        return sent

    def _request_size(self, out: paramiko.SFTPFile) -> int:
        """The largest write that travels in one SSH packet: OpenSSH's sshd accepts packets
        of 32 KiB, so paramiko's 32 KiB writes (plus their header) went as one full packet
        and one of ~90 bytes, doubling the packets to encrypt and authenticate."""
        channel = self.sftp.get_channel()
        if channel is None:
            return int(out.MAX_REQUEST_SIZE)
        handle: bytes = out.handle  # type: ignore[assignment]  # the stubs say SFTPHandle
        room = channel.out_max_packet_size - PACKET_SLACK - SFTP_WRITE_HEADER - len(handle)
        return max(4096, min(int(out.MAX_REQUEST_SIZE), room))

    def _rename(self, source: str, target: str) -> None:
        try:
            self.sftp.posix_rename(source, target)  # atomic, replaces an existing target
        except OSError:
            with contextlib.suppress(FileNotFoundError):
                self.sftp.remove(target)
            self.sftp.rename(source, target)

    def _makedirs(self, folder: str) -> None:
        missing: list[str] = []
        while folder not in ("", ".", "/"):
            try:
                self.sftp.stat(folder)
                break
            except FileNotFoundError:
                missing.append(folder)
                folder = posixpath.dirname(folder)
        for path in reversed(missing):
            self.sftp.mkdir(path)

    def abort(self, remote: str, resume_state: ResumeState) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.sftp.remove(self.path(remote) + PART)
        resume_state.clear()

    # ---- per recipient ------------------------------------------------------------------

    def copy(self, source: str, remote: str) -> None:
        src, target = self.path(source), self.path(remote)
        try:
            self._makedirs(posixpath.dirname(target))
            with contextlib.suppress(FileNotFoundError):
                self.sftp.remove(target)
            try:  # a hard link: no extra space, and deleting one name leaves the others
                # paramiko has no public call for it (as for posix-rename, which it wraps)
                self.sftp._request(  # type: ignore[attr-defined]
                    CMD_EXTENDED, "hardlink@openssh.com", src, target
                )
            except OSError as error:
                if error.errno not in (None, errno.EOPNOTSUPP):
                    raise
                relative = posixpath.relpath(src, posixpath.dirname(target))
                self.sftp.symlink(relative, target)  # servers without the extension
        except (OSError, paramiko.SSHException, EOFError) as error:
            raise self._problem(error, remote) from error

    def share_link(self, remote: str, expires: timedelta | None) -> Link:
        s = self.settings
        if s.web_url:
            return Link(f"{s.web_url.rstrip('/')}/{quote(remote)}", None)
        path = quote(posixpath.normpath(self.path(remote)))
        return Link(f"sftp://{quote(s.user)}@{s.host}:{s.port}/{path.lstrip('/')}", None)

    def delete(self, remote: str) -> None:
        target = self.path(remote)
        try:
            with contextlib.suppress(FileNotFoundError):
                self.sftp.remove(target)
            with contextlib.suppress(OSError):
                self.sftp.rmdir(posixpath.dirname(target))  # the token folder, when empty
        except (OSError, paramiko.SSHException, EOFError) as error:
            raise self._problem(error, remote) from error

    def close(self) -> None:
        if self._sftp is not None:
            with contextlib.suppress(Exception):
                self._sftp.close()
        if self._transport is not None:
            with contextlib.suppress(Exception):
                self._transport.close()
        self._sftp = self._transport = None
