# Gut–Brain Explorer. `make run` and `make test` install what a fresh Debian/Ubuntu
# machine lacks (C compiler, GL and X11 headers, Xvfb) before they run.

SHELL := /bin/bash
export LANG := en_US.UTF-8
export LC_ALL :=
GO ?= go
# The app shows no emoji: leaving Fyne's bundled emoji font out saves about 10 MB of
# memory (see README, Performance). Every target builds the same way.
export GOFLAGS := -tags=no_emoji
XVFB_DISPLAY ?= :97

.PHONY: run test deps bench snapshot screenshots vet clean soak release fuzz-native fuzz

## run: build and open the explorer
run: deps
	$(GO) run .

## test: go vet, staticcheck (pinned), every test under the race detector, then the
## tests that sample under the race detector (it slows the software renderer about
## tenfold) once more in full without it: the 5,000-event GUI fuzz run, long text in
## every language and size, the focus ring in every theme, every kiosk capture and input
SAMPLED_UNDER_RACE := ^(TestGUIFuzz|TestGUIFuzzReplaysExactly|TestLongTextFitsEveryExplorerScreen|TestLongTextFitsLectureAndKiosk|TestFocusRingStandsOutInEveryTheme|TestKioskLook|TestKioskInputCountsAsActivity|TestKioskTouchTargets|TestKioskDiagramPartsAreTouchSized|TestKioskTouchAnywhereEntersExplorer|TestKioskSoak)$$
test: deps
	$(GO) vet ./...
	GO=$(GO) ./scripts/staticcheck.sh
	$(GO) test -race -count=1 -timeout 20m ./...
	$(GO) test -count=1 -timeout 20m -run '$(SAMPLED_UNDER_RACE)' ./screens/

## soak: the kiosk's soak test over 24 simulated hours (a few real minutes; `make test`
## runs a 90-minute version)
soak:
	KIOSK_SOAK=24h $(GO) test -count=1 -timeout 30m -run '^TestKioskSoak$$' -v ./screens/

## fuzz: the GUI fuzz's long run — at least 100,000 random events (clicks and drags
## anywhere, keys, resizes, theme/text-size/motion/language switches, time jumps) over
## every mode, seeds from the clock, JOBS processes at a time (default 2); prints the
## count, the seeds and the events per second — then fuzz-native. A failure prints the
## command that replays it exactly: make fuzz SEED=… MODE=… EVENTS=… (no fuzz-native then)
fuzz: deps
	GO=$(GO) SEED=$(SEED) MODE=$(MODE) EVENTS=$(EVENTS) JOBS=$(JOBS) ./scripts/guifuzz.sh
	$(if $(SEED),,$(MAKE) fuzz-native)

## fuzz-native: run each Go fuzz target (flags, kiosk config, story beats, translations,
## model inputs) for FUZZTIME seconds, one after another; a failing input is kept in its
## package's testdata/fuzz/, which `make test` replays from then on
FUZZTIME ?= 30
fuzz-native: deps
	GO=$(GO) ./scripts/fuzz-native.sh $(FUZZTIME)

## deps: install the system packages the build and the tests need, when missing
deps:
	@./scripts/deps.sh

## bench: model and frame benchmarks plus a 10-second --stats run under Xvfb
bench: deps
	$(GO) test -run '^$$' -bench . -benchmem ./physiology/ ./diagrams/ ./screens/
	./scripts/bench-run.sh 10

## screenshots: regenerate the README's screenshots with --snapshot
screenshots:
	$(GO) run . --snapshot docs/explorer-compromised.png --barrier compromised --at 36h --select immune --size 1280x800
	$(GO) run . --snapshot docs/explorer-intact.png --barrier intact --at 36h --select junctions --size 1280x800
	$(GO) run . --snapshot docs/explorer-es-projector.png --theme projector --scale 2 --lang es --motion reduced --barrier compromised --at 36h --select immune --size 1280x800
	$(GO) run . --kiosk --snapshot docs/kiosk-attract.png --size 1920x1080

## release: dist/ gets a Linux .tar.xz and a Windows .exe made by `fyne package` from the
## committed tree, after go test -tags release ./tools/releasecheck/ has checked them
## (~20 minutes the first time; installs MinGW-w64 and xz when missing)
release:
	@./scripts/release-deps.sh
	GO=$(GO) ./scripts/release.sh

clean:
	$(GO) clean ./...
