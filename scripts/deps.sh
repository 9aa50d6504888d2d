#!/usr/bin/env bash
# Installs the system packages Gut–Brain Explorer needs to build and test on Debian/Ubuntu:
# a C compiler, OpenGL and X11 headers (Fyne's GLFW driver uses cgo), Xvfb, xdotool and
# ImageMagick (end-to-end tests), Openbox and wmctrl (a small window manager, so the kiosk
# test can close the window the way a window manager does), and a Go toolchain check.
# Does nothing when all are there.
set -euo pipefail

. "$(dirname "$0")/apt-ensure.sh"
apt_ensure deps "install a C compiler, OpenGL and X11 development headers and Xvfb yourself (see README)." \
  gcc pkg-config libgl1-mesa-dev xorg-dev xvfb xdotool imagemagick openbox wmctrl

if ! command -v go >/dev/null; then
  echo "deps: Go is not installed; install Go 1.26 or newer from your package manager or go.dev" >&2
  exit 1
fi
