#!/usr/bin/env bash
# Builds the release artefacts with `fyne package` (fyne.io/tools, pinned below) and
# checks them before they reach dist/:
#
#   dist/gutbrain-VERSION-linux-amd64.tar.xz   binary, .desktop file, icon, install Makefile
#   dist/gutbrain-VERSION-windows-amd64.exe    GUI program (no console) with icon, version
#                                              information and manifest; cross-compiled
#                                              with MinGW-w64
#   dist/SHA256SUMS
#
# The name, ID, version and build come from FyneApp.toml. `fyne package` rewrites that
# file (it bumps Build) and writes build files into the source directory (the binary,
# fyne_metadata_init.go, fyne.syso), so it runs in a scratch copy of the committed tree
# (`git archive HEAD`): the working tree, which other work may share, is never written.
# FyneApp.toml's values are also passed to fyne explicitly, and the copy's FyneApp.toml is
# put back after each package step so the checks read the committed values. A trap
# removes the copy on any exit. The first build takes about 10 minutes per platform on
# two cores (Fyne's C code is compiled with release hardening flags); later ones reuse
# Go's build cache.
#
# Usage: scripts/release.sh   (make release runs scripts/release-deps.sh first)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
go=${GO:-go}
export GO=$go # fyne package builds with $GO

fyne_tools=v1.7.4
fyne=$root/.bin/fyne

step() { printf '\n== %s (%ds)\n' "$*" "$SECONDS"; }

if ! git rev-parse --verify -q HEAD >/dev/null; then
  echo "release: not a git checkout with a commit; the release is built from HEAD" >&2
  exit 1
fi
toml_sum=$(sha256sum FyneApp.toml)
toml_clean=true
git diff --quiet HEAD -- FyneApp.toml || toml_clean=false
commit=$(git rev-parse --short HEAD)
if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
  echo "release: note: building commit $commit; uncommitted changes are not in the release"
fi

# The fyne CLI, pinned, installed into .bin/ so go.mod is untouched.
if ! "$fyne" version 2>/dev/null | grep -qx "fyne cli version: $fyne_tools"; then
  step "installing fyne.io/tools/cmd/fyne@$fyne_tools into .bin/"
  GOBIN=$root/.bin "$go" install "fyne.io/tools/cmd/fyne@$fyne_tools"
fi

stage=$(mktemp -d "${TMPDIR:-/tmp}/gutbrain-release.XXXXXX")
trap 'rm -rf "$stage"' EXIT
git archive HEAD | tar -x -C "$stage"
cd "$stage"
cp FyneApp.toml .FyneApp.toml.orig

eval "$("$go" run ./tools/releasecheck env .)"
base=$APP_EXEC-$APP_VERSION
meta=(--name "$APP_NAME" --app-id "$APP_ID" --app-version "$APP_VERSION" --app-build "$APP_BUILD" --icon "$APP_ICON")
echo "release: $APP_NAME $APP_VERSION (build $APP_BUILD, $APP_ID) from commit $commit"
mkdir out

step "linux/amd64: fyne package --release"
GOOS=linux GOARCH=amd64 "$fyne" package --target linux --release "${meta[@]}"
cp .FyneApp.toml.orig FyneApp.toml
mv "$APP_NAME.tar.xz" "out/$base-linux-amd64.tar.xz"

step "windows/amd64: fyne package --release with MinGW-w64"
CC=x86_64-w64-mingw32-gcc CGO_ENABLED=1 GOOS=windows GOARCH=amd64 \
  "$fyne" package --target windows --release "${meta[@]}"
cp .FyneApp.toml.orig FyneApp.toml
mv "$APP_NAME.exe" "out/$base-windows-amd64.exe"

step "checking the artefacts"
"$go" test -count=1 -v -tags release ./tools/releasecheck/ -run '^TestRelease' -dist "$stage/out"

mkdir -p "$root/dist"
rm -f "$root/dist/$base-linux-amd64.tar.xz" "$root/dist/$base-windows-amd64.exe" "$root/dist/SHA256SUMS"
mv out/* "$root/dist/"
cd "$root/dist"
sha256sum "$base-linux-amd64.tar.xz" "$base-windows-amd64.exe" >SHA256SUMS
cd "$root"

if [ "$(sha256sum FyneApp.toml)" != "$toml_sum" ]; then
  echo "release: FyneApp.toml changed during the release" >&2
  exit 1
fi
if $toml_clean; then git diff --exit-code HEAD -- FyneApp.toml; fi

step "done"
ls -l dist/
cat dist/SHA256SUMS
