"""Real devices for integration tests and benches: a PulseAudio null sink and an ffmpeg camera.

- `PulseMic`: a PulseAudio daemon with the null sink `vsink` (48 kHz mono), whose monitor
  `vsink.monitor` is the default source, plus a keep-alive `pacat` client (without one the
  idle null sink runs at 2 s latency and the first second of audio arrives late). An already
  running server that has `vsink` is reused; otherwise a private one is started on its own
  socket and exported through PULSE_SERVER, so a developer's desktop server is never touched.
- `FakeCamera`: one ffmpeg process serving raw frames as NUT on tcp://127.0.0.1:PORT, which
  `cv2.VideoCapture` opens by URL. Given `beep_every`, the same process also plays a beep into
  `vsink` each time the picture flashes white: one clock for both, for A/V sync tests.

Everything started here is ended by PID. Used by tests/integration/*/conftest.py and bench/.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

SINK = "vsink"
RATE = 48000


class MissingPart(Exception):
    """A real part cannot run here; tests skip locally and fail under CI=true."""


def missing(reason: str) -> NoReturn:
    """Skip a test whose real part is missing here; under CI=true, where it must be there, fail."""
    import pytest

    if os.environ.get("CI") == "true":
        pytest.fail(f"needed in CI: {reason}")
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def stop(proc: subprocess.Popen[bytes] | None, grace: float = 3.0) -> None:
    """Terminate, wait, kill: by PID, only what we started."""
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _pactl(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["pactl", *args], capture_output=True, text=True, timeout=10, check=False, env=env
    )


@dataclass
class PulseMic:
    server: str = ""  # the PULSE_SERVER value that reaches it ("" for the default server)
    daemon: subprocess.Popen[bytes] | None = None
    keepalive: subprocess.Popen[bytes] | None = None
    runtime: Path | None = None
    _old_env: str | None = None

    @classmethod
    def start(cls) -> PulseMic:
        for tool in ("pulseaudio", "pactl", "pacat"):
            if shutil.which(tool) is None:
                raise MissingPart(f"{tool} is not installed (apt-get install pulseaudio-utils)")
        mic = cls(_old_env=os.environ.get("PULSE_SERVER"))
        if not mic._existing_has_sink():
            mic._start_private()
        mic._start_keepalive()
        return mic

    def _existing_has_sink(self) -> bool:
        sinks = _pactl("list", "short", "sinks")
        return sinks.returncode == 0 and any(
            line.split("\t")[1:2] == [SINK] for line in sinks.stdout.splitlines()
        )

    def _start_private(self) -> None:
        self.runtime = Path(tempfile.mkdtemp(prefix="bs-pulse-"))
        socket_path = self.runtime / "native"
        env = {**os.environ, "PULSE_RUNTIME_PATH": str(self.runtime), "HOME": str(self.runtime)}
        self.daemon = subprocess.Popen(
            [
                "pulseaudio",
                "-n",  # no default.pa: only the modules below
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--use-pid-file=no",
                "--high-priority=yes",
                "--realtime=yes",
                f"--load=module-native-protocol-unix auth-anonymous=1 socket={socket_path}",
                f"--load=module-null-sink sink_name={SINK} rate={RATE} channels=1",
                "--log-target=stderr",
                "--log-level=error",
            ],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.server = f"unix:{socket_path}"
        os.environ["PULSE_SERVER"] = self.server
        deadline = time.monotonic() + 10
        while not self._existing_has_sink():
            if self.daemon.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise MissingPart("pulseaudio did not start (see `pulseaudio -n -vvv`)")
            time.sleep(0.05)

    def _start_keepalive(self) -> None:
        _pactl("set-default-sink", SINK)
        _pactl("set-default-source", f"{SINK}.monitor")
        self.keepalive = subprocess.Popen(
            [
                "pacat",
                "--playback",
                "--raw",
                f"--device={SINK}",
                "--latency-msec=20",
                f"--rate={RATE}",
                "--channels=1",
                "--format=s16le",
                "--client-name=brief-studio-keepalive",
            ],
            stdin=open("/dev/zero", "rb"),  # noqa: SIM115 - closed in close()
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def play(self, path: Path) -> None:
        """Play a sound file into vsink and wait for it to finish."""
        subprocess.run(["paplay", f"--device={SINK}", str(path)], check=True, timeout=60)

    def close(self) -> None:
        stop(self.keepalive)
        if self.keepalive is not None and self.keepalive.stdin is not None:
            self.keepalive.stdin.close()
        stop(self.daemon)
        if self.daemon is not None:
            if self._old_env is None:
                os.environ.pop("PULSE_SERVER", None)
            else:
                os.environ["PULSE_SERVER"] = self._old_env
        if self.runtime is not None:
            shutil.rmtree(self.runtime, ignore_errors=True)


@dataclass
class FakeCamera:
    """ffmpeg serving `size`@`fps` frames on tcp://127.0.0.1:port (one client, then it exits).

    `pattern` "testsrc2" is a moving test card; "flash" is black (or a dark test card) with a
    white frame every `beep_every` seconds for `flash_seconds`, and a 1 kHz beep into vsink at
    the same instants.
    """

    size: str = "1280x720"
    fps: int = 30
    pattern: str = "testsrc2"
    beep_every: float = 2.0
    flash_seconds: float = 0.1
    background: str = "black"  # or "testsrc2" (flash pattern only)
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def argv(self) -> list[str]:
        ffmpeg = shutil.which("ffmpeg")
        if ffmpeg is None:
            raise MissingPart("ffmpeg is not installed")
        listen = f"tcp://127.0.0.1:{self.port}?listen=1&tcp_nodelay=1"
        if self.pattern == "testsrc2":
            video = f"testsrc2=size={self.size}:rate={self.fps}"
        else:
            on = f"lt(mod(t\\,{self.beep_every})\\,{self.flash_seconds})"
            # A moving test card, darkened so that only the flash is bright, gives the
            # encoder real work (benches); plain black is cheapest (tests).
            background = (
                f"testsrc2=size={self.size}:rate={self.fps},lutyuv=y=val*0.4"
                if self.background == "testsrc2"
                else f"color=c=black:size={self.size}:rate={self.fps}"
            )
            video = f"{background},drawbox=x=0:y=0:w=iw:h=ih:color=white:t=fill:enable='{on}'"
        argv = [ffmpeg, "-hide_banner", "-loglevel", "fatal", "-nostdin"]
        argv += ["-re", "-f", "lavfi", "-i", video]
        if self.pattern == "flash":
            # Sample-accurate: the beep starts on the same instant as the flashed frame.
            beep = f"if(lt(mod(t,{self.beep_every}),{self.flash_seconds}),0.5*sin(2*PI*1000*t),0)"
            argv += ["-re", "-f", "lavfi", "-i", f"aevalsrc='{beep}':s={RATE}:c=mono"]
        argv += ["-map", "0:v", "-c:v", "rawvideo", "-pix_fmt", "yuv420p"]
        argv += ["-f", "nut", "-flush_packets", "1", listen]
        if self.pattern == "flash":
            argv += ["-map", "1:a", "-f", "pulse", "-buffer_duration", "20", "-device", SINK]
            argv += ["brief-studio-test-source"]
        return argv

    def start(self) -> FakeCamera:
        self.proc = subprocess.Popen(
            self.argv(), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 10
        while not _listening(self.port):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                stop(self.proc)
                raise MissingPart("the fake camera (ffmpeg) did not start listening")
            time.sleep(0.02)
        return self

    def close(self) -> None:
        stop(self.proc)

    @staticmethod
    def beep_latency() -> float | None:
        """How long the beep waits in PulseAudio before it is "heard" (buffer + sink latency
        of the playback stream): the flash goes out at once, so this is the source's own A/V
        offset, to tell apart from the recorder's. None when no beep stream is playing."""
        out = subprocess.run(
            ["pactl", "list", "sink-inputs"], capture_output=True, text=True, check=False
        ).stdout
        for block in out.split("Sink Input #")[1:]:
            if 'application.name = "Lavf' not in block:  # ffmpeg's pulse output
                continue
            return sum(
                float(line.split(":")[1].split()[0]) / 1e6
                for line in block.splitlines()
                if "Latency:" in line
            )
        return None


def _listening(port: int) -> bool:
    """True once something listens on the port; checked without connecting (that would be
    the server's one client), by reading the kernel's table of listening sockets."""
    with contextlib.suppress(OSError):
        for table in ("/proc/net/tcp", "/proc/net/tcp6"):
            for line in Path(table).read_text().splitlines()[1:]:
                local, state = line.split()[1], line.split()[3]
                if state == "0A" and int(local.rsplit(":", 1)[1], 16) == port:
                    return True
        return False
    time.sleep(0.5)  # no /proc (not Linux): give ffmpeg a moment
    return True
