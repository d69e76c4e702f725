#!/usr/bin/env bash
# Install the Debian/Ubuntu packages Brief Studio needs to run and test: Qt's X11/EGL
# libraries, a virtual screen, fonts, ffmpeg, PortAudio, and the packaging validators.
# Idempotent and fast when everything is present (dpkg -s only). Elsewhere it says so and skips.
# BRIEF_STUDIO_SKIP_SYSTEM_DEPS=1 skips it entirely.
set -euo pipefail

packages=(
  python3-venv
  xvfb xauth
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
  libxcb-randr0 libxcb-render-util0 libxcb-image0
  fonts-dejavu-core
  ffmpeg libportaudio2
  desktop-file-utils appstream
  openssh-server openssh-client
  poppler-utils chromium zip
  pulseaudio pulseaudio-utils libasound2-plugins
)

if [[ "${BRIEF_STUDIO_SKIP_SYSTEM_DEPS:-}" == 1 ]]; then
  exit 0
fi

if ! command -v dpkg >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-deps: not a Debian/Ubuntu system, skipped (needs equivalents of: ${packages[*]})."
  exit 0
fi

missing=()
for package in "${packages[@]}"; do
  # `dpkg -s` also succeeds for removed packages whose config files remain, hence the Status check.
  if ! dpkg -s "$package" 2>/dev/null | grep -q '^Status: install ok installed$'; then
    missing+=("$package")
  fi
done
if ((${#missing[@]} == 0)); then
  exit 0
fi

if ((EUID == 0)); then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "install-system-deps: missing ${missing[*]}; run as root: apt-get install ${missing[*]}" >&2
  exit 1
fi

echo "install-system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq -o Dpkg::Use-Pty=0 --no-install-recommends "${missing[@]}"
