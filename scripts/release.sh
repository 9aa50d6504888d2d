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
# It builds a commit, not the working tree: RELEASE_REF (default HEAD), exported with
# `git archive` into a scratch directory. `fyne package` rewrites FyneApp.toml there (it
# bumps Build) and writes its build files there (the binary, fyne_metadata_init.go,
# fyne.syso), so the working tree, which other work may share, is never written and
# uncommitted changes never leak into a release. The name, ID, version and build come
# from that commit's FyneApp.toml; they are also passed to fyne explicitly, and the copy's
# FyneApp.toml is put back after each package step. A trap removes the copy on any exit;
# the end checks that the working tree's FyneApp.toml is unchanged.
#
# The checks are this tree's tools/releasecheck, run as
# `go test -tags release ./tools/releasecheck/ -dist … -app …`.
# The first build takes about 10 minutes per platform on two cores (Fyne's C code is
# compiled with release hardening flags); later ones reuse Go's build cache.
#
# Usage: [RELEASE_REF=v0.1.0] scripts/release.sh   (make release runs release-deps.sh first)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
go=${GO:-go}
export GO=$go # fyne package builds with $GO
ref=${RELEASE_REF:-HEAD}

fyne_tools=v1.7.4
fyne=$root/.bin/fyne

step() { printf '\n== %s (%ds)\n' "$*" "$SECONDS"; }

if ! commit=$(git rev-parse --verify -q --short "$ref^{commit}"); then
  echo "release: RELEASE_REF=$ref is not a commit in this checkout; valid values are a commit, tag or branch (default HEAD)" >&2
  exit 1
fi
toml_sum=$(sha256sum FyneApp.toml)
toml_clean=true
git diff --quiet HEAD -- FyneApp.toml || toml_clean=false
if [ "$ref" = HEAD ] && [ -n "$(git status --porcelain --untracked-files=no)" ]; then
  echo "release: note: building commit $commit; uncommitted changes are not in the release"
fi

# The fyne CLI, pinned, installed into .bin/ so go.mod is untouched.
if ! "$fyne" version 2>/dev/null | grep -qx "fyne cli version: $fyne_tools"; then
  step "installing fyne.io/tools/cmd/fyne@$fyne_tools into .bin/"
  GOBIN=$root/.bin "$go" install "fyne.io/tools/cmd/fyne@$fyne_tools"
fi

stage=$(mktemp -d "${TMPDIR:-/tmp}/gutbrain-release.XXXXXX")
trap 'rm -rf "$stage"' EXIT
src=$stage/src out=$stage/out
mkdir "$src" "$out"
git archive "$commit" | tar -x -C "$src"
cp "$src/FyneApp.toml" "$stage/FyneApp.toml.orig"

app_env=$("$go" run ./tools/releasecheck env "$src") # a failure stops here (set -e)
eval "$app_env"
base=$APP_EXEC-$APP_VERSION
meta=(--name "$APP_NAME" --app-id "$APP_ID" --app-version "$APP_VERSION" --app-build "$APP_BUILD" --icon "$APP_ICON")
# fyne's `go build -tags release` would override GOFLAGS's -tags (the Makefile's build
# tags for every target), so they are handed to fyne, which adds release to them.
if [ -n "$APP_TAGS" ]; then meta+=(--tags "$APP_TAGS"); fi
echo "release: $APP_NAME $APP_VERSION (build $APP_BUILD, $APP_ID, tags release${APP_TAGS:+,$APP_TAGS}) from commit $commit"

step "linux/amd64: fyne package --release"
(cd "$src" && GOOS=linux GOARCH=amd64 "$fyne" package --target linux --release "${meta[@]}")
cp "$stage/FyneApp.toml.orig" "$src/FyneApp.toml"
mv "$src/$APP_NAME.tar.xz" "$out/$base-linux-amd64.tar.xz"

step "windows/amd64: fyne package --release with MinGW-w64"
(cd "$src" && CC=x86_64-w64-mingw32-gcc CGO_ENABLED=1 GOOS=windows GOARCH=amd64 \
  "$fyne" package --target windows --release "${meta[@]}")
cp "$stage/FyneApp.toml.orig" "$src/FyneApp.toml"
mv "$src/$APP_NAME.exe" "$out/$base-windows-amd64.exe"

step "checking the artefacts"
"$go" test -count=1 -v -tags release ./tools/releasecheck/ -run '^TestRelease' -dist "$out" -app "$src"

mkdir -p dist
rm -f "dist/$base-linux-amd64.tar.xz" "dist/$base-windows-amd64.exe" dist/SHA256SUMS
mv "$out"/* dist/
(cd dist && sha256sum "$base-linux-amd64.tar.xz" "$base-windows-amd64.exe" >SHA256SUMS)

if [ "$(sha256sum FyneApp.toml)" != "$toml_sum" ]; then
  echo "release: FyneApp.toml changed in the working tree during the release" >&2
  exit 1
fi
if $toml_clean; then git diff --exit-code HEAD -- FyneApp.toml; fi

step "done: commit $commit"
ls -l dist/
cat dist/SHA256SUMS
