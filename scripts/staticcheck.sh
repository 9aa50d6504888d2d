#!/usr/bin/env bash
# staticcheck.sh: run staticcheck at the pinned version on every package; any finding fails.
# The tool is installed into .bin/ (not into go.mod: it is a check, not a dependency).
set -euo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
version=v0.8.2 # honnef.co/go/tools (staticcheck 2025.1.x)
bin=.bin/staticcheck-$version
if [[ ! -x $bin ]]; then
	mkdir -p .bin
	GOBIN="$PWD/.bin/tmp-staticcheck" $GO install "honnef.co/go/tools/cmd/staticcheck@$version"
	mv .bin/tmp-staticcheck/staticcheck "$bin"
	rmdir .bin/tmp-staticcheck
fi
"$bin" ./...
