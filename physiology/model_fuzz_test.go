package physiology

import (
	"encoding/binary"
	"math"
	"testing"
)

// Operations of FuzzModelInputs: the first byte of each record, modulo opCount.
const (
	opIntegrity = iota // SetInputs with Integrity = x
	opStress           // SetInputs with Stress = x
	opProbiotic        // SetInputs with Probiotic = x > 0
	opInputs           // SetInputs with Integrity = x and Stress = 1 − x
	opAdvance          // Advance(x)
	opReset            // Reset
	opClone            // keep a Clone of the model
	opRestore          // Restore the kept clone (if any)
	opCount
)

// fuzzRecord is one operation: an op byte then a little-endian float64 argument.
const fuzzRecord = 9

func rec(op byte, x float64) []byte {
	b := make([]byte, fuzzRecord)
	b[0] = op
	binary.LittleEndian.PutUint64(b[1:], math.Float64bits(x))
	return b
}

func recs(parts ...[]byte) []byte {
	var out []byte
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// FuzzModelInputs drives the model with any sequence of calls a caller could make, with
// any float64 (NaN, ±Inf, ±0, huge, subnormal): after every call each index is finite
// and inside Ranges, the clock reads a valid time, Advance moves time by what was asked
// (capped, ignoring bad durations), and clones are independent, exact copies.
func FuzzModelInputs(f *testing.F) {
	f.Add([]byte{})
	f.Add(recs(rec(opIntegrity, 0), rec(opAdvance, 48), rec(opIntegrity, 1), rec(opAdvance, 400)))
	f.Add(recs(rec(opStress, 1), rec(opProbiotic, 1), rec(opAdvance, 2), rec(opStress, math.NaN()), rec(opAdvance, math.Inf(1))))
	f.Add(recs(rec(opIntegrity, -1e300), rec(opStress, 1e300), rec(opAdvance, 1e300), rec(opReset, 0), rec(opAdvance, -5)))
	f.Add(recs(rec(opIntegrity, math.Inf(-1)), rec(opAdvance, StepHours/3), rec(opAdvance, StepHours/3), rec(opAdvance, StepHours/3)))
	f.Add(recs(rec(opInputs, 0), rec(opAdvance, 36), rec(opClone, 0), rec(opInputs, 1), rec(opAdvance, 72), rec(opRestore, 0), rec(opAdvance, 1)))
	f.Add(recs(rec(opRestore, 0), rec(opClone, 0), rec(opReset, 0), rec(opRestore, 0), rec(opAdvance, math.SmallestNonzeroFloat64)))
	f.Add(recs(rec(opAdvance, MaxAdvanceHours), rec(opAdvance, math.Nextafter(MaxAdvanceHours, math.Inf(1))), rec(opAdvance, math.MaxFloat64)))
	f.Add(recs(rec(opInputs, math.Copysign(0, -1)), rec(opAdvance, 1e-300), rec(opAdvance, math.Nextafter(StepHours, 0)), rec(opAdvance, StepHours)))

	f.Fuzz(func(t *testing.T, data []byte) {
		const maxOps = 48 // keeps one input fast: each Advance may cover 30 days
		m := New()
		var kept *Model
		var keptState State
		for i := 0; i+fuzzRecord <= len(data) && i/fuzzRecord < maxOps; i += fuzzRecord {
			op := data[i] % opCount
			x := math.Float64frombits(binary.LittleEndian.Uint64(data[i+1 : i+fuzzRecord]))
			in := m.Inputs()
			prev := m.State().Hours
			switch op {
			case opIntegrity:
				in.Integrity = x
				m.SetInputs(in)
			case opStress:
				in.Stress = x
				m.SetInputs(in)
			case opProbiotic:
				in.Probiotic = x > 0
				m.SetInputs(in)
			case opInputs:
				m.SetInputs(Inputs{Integrity: x, Stress: 1 - x, Probiotic: in.Probiotic})
			case opAdvance:
				m.Advance(x)
				checkAdvance(t, x, prev, m.State().Hours)
			case opReset:
				m.Reset()
				prev = 0
				if !bitsEqual(m.State(), New().State()) || m.Inputs() != New().Inputs() {
					t.Fatalf("op %d: Reset did not return to New's state", i/fuzzRecord)
				}
			case opClone:
				kept = m.Clone()
				keptState = m.State()
				if !bitsEqual(kept.State(), keptState) || kept.Inputs() != m.Inputs() {
					t.Fatalf("op %d: Clone differs from its original", i/fuzzRecord)
				}
			case opRestore:
				if kept == nil {
					continue
				}
				// The kept clone must not have changed while the original ran on.
				if !bitsEqual(kept.State(), keptState) {
					t.Fatalf("op %d: the clone changed with its original", i/fuzzRecord)
				}
				m.Restore(kept)
				prev = 0
				if !bitsEqual(m.State(), keptState) || m.Inputs() != kept.Inputs() {
					t.Fatalf("op %d: Restore did not copy the clone", i/fuzzRecord)
				}
			}
			checkInvariants(t, m, prev, "fuzz op")
			checkClock(t, m.State())
		}
	})
}

// checkAdvance fails unless Advance(x) moved Hours from prev to now as documented: not at
// all for a non-positive, NaN or infinite x; else by x capped at MaxAdvanceHours, to
// within the step carry.
func checkAdvance(t *testing.T, x, prev, now float64) {
	t.Helper()
	if !(x > 0) || math.IsInf(x, 1) {
		if now != prev {
			t.Fatalf("Advance(%v) moved time from %v to %v h", x, prev, now)
		}
		return
	}
	want := math.Min(x, MaxAdvanceHours)
	// Whole steps only: the carry holds back less than one step and may release up to
	// one step from earlier calls.
	if moved := now - prev; moved < want-StepHours-1e-9 || moved > want+StepHours+1e-9 {
		t.Fatalf("Advance(%v) moved time by %v h, want %v h ± one step", x, moved, want)
	}
}

// checkClock fails unless the state's clock reads a valid day and time.
func checkClock(t *testing.T, s State) {
	t.Helper()
	day, hour, minute := s.Clock()
	if day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 {
		t.Fatalf("Hours %v reads as day %d, %02d:%02d", s.Hours, day, hour, minute)
	}
}
