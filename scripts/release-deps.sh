#!/usr/bin/env bash
# Installs what `make release` needs on Debian/Ubuntu: everything scripts/deps.sh installs
# (the Linux build needs its C compiler and GL/X11 headers), plus the MinGW-w64 cross
# compiler for the Windows build, xz for the Linux tarball, and git (the release is built
# from the committed tree). Does nothing when all are there.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/deps.sh

pkgs=(gcc-mingw-w64-x86-64 xz-utils tar git)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  if ! command -v apt-get >/dev/null; then
    echo "release-deps: missing ${missing[*]} and no apt-get here; install the MinGW-w64 x86-64 C compiler (x86_64-w64-mingw32-gcc), xz, tar and git yourself." >&2
    exit 1
  fi
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  echo "release-deps: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v x86_64-w64-mingw32-gcc >/dev/null; then
  echo "release-deps: x86_64-w64-mingw32-gcc is not on PATH after installing gcc-mingw-w64-x86-64" >&2
  exit 1
fi
