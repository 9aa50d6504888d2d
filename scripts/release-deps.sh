#!/usr/bin/env bash
# Installs what `make release` needs on Debian/Ubuntu: everything scripts/deps.sh installs
# (the Linux build needs its C compiler and GL/X11 headers), plus the MinGW-w64 cross
# compiler for the Windows build, xz for the Linux tarball, and git (the release is built
# from the committed tree). Does nothing when all are there.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/deps.sh

. ./scripts/apt-ensure.sh
apt_ensure release-deps "install the MinGW-w64 x86-64 C compiler (x86_64-w64-mingw32-gcc), xz, tar and git yourself." \
  gcc-mingw-w64-x86-64 xz-utils tar git

if ! command -v x86_64-w64-mingw32-gcc >/dev/null; then
  echo "release-deps: x86_64-w64-mingw32-gcc is not on PATH after installing gcc-mingw-w64-x86-64" >&2
  exit 1
fi
