package physiology

import "testing"

// BenchmarkStep measures one simulated minute (one StepHours), the unit of all work.
func BenchmarkStep(b *testing.B) {
	m := New()
	m.SetInputs(Inputs{Integrity: 0.2, Stress: 0.6, Probiotic: true})
	b.ReportAllocs()
	for b.Loop() {
		m.Advance(StepHours)
	}
}

// BenchmarkAdvanceDay measures one simulated day (1440 steps), a fast time-lapse jump.
func BenchmarkAdvanceDay(b *testing.B) {
	m := New()
	m.SetInputs(Inputs{Integrity: 0.2, Stress: 0.6, Probiotic: true})
	b.ReportAllocs()
	for b.Loop() {
		m.Advance(24)
	}
}
