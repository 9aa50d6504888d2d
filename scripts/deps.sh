#!/usr/bin/env bash
# Installs the system packages Gut–Brain Explorer needs to build and test on Debian/Ubuntu:
# a C compiler, OpenGL and X11 headers (Fyne's GLFW driver uses cgo), Xvfb, xdotool and
# ImageMagick (end-to-end tests), Openbox and wmctrl (a small window manager, so the kiosk
# test can close the window the way a window manager does), and a Go toolchain check.
# Does nothing when all are there.
set -euo pipefail

pkgs=(gcc pkg-config libgl1-mesa-dev xorg-dev xvfb xdotool imagemagick openbox wmctrl)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  if ! command -v apt-get >/dev/null; then
    echo "deps: missing ${missing[*]} and no apt-get here; install a C compiler, OpenGL and X11 development headers and Xvfb yourself (see README)." >&2
    exit 1
  fi
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  echo "deps: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v go >/dev/null; then
  echo "deps: Go is not installed; install Go 1.26 or newer from your package manager or go.dev" >&2
  exit 1
fi
