package diagrams

import (
	"math"

	"gutbrain/physiology"
)

// The particle system: a fixed pool, split into streams (one per journey), whose sizes
// follow the model state. A particle stands for a concentration, not a molecule. It is
// plain Go with no Fyne objects, so it is tested without a window; the diagram moves one
// sprite per pool slot after each step.

// stream is one kind of journey with its own share of the pool.
type stream int

const (
	sLumenLPS   stream = iota // LPS drifting among the bacteria (always there)
	sCrossLPS                 // LPS crossing the lining into the blood (∝ blood LPS)
	sCytokine                 // cytokines from immune cells up to the barrier
	sSerotonin                // gut serotonin circling in the gut wall (never leaves it)
	sTryptophan               // tryptophan in blood to the brain
	sKynurenine               // kynurenine in blood
	sAcetate                  // acetate in blood to the brain
	sVagal                    // impulses up the vagus
	numStreams
)

// streamCfg fixes a stream's pool slots and motion. Speeds are in path-length units per
// second (a full diagram height is 1), so blood-borne particles share one steady pace and
// vagal impulses are near-instant by comparison.
type streamCfg struct {
	kind     ParticleKind
	first, n int     // pool slots [first, first+n)
	speed    float32 // path lengths per second
	hold     float32 // seconds resting at the end (cytokines wait at the barrier)
	spread   float32 // lateral scatter, design units
	wobble   float32 // lateral sway, design units
}

var streamCfgs = [numStreams]streamCfg{
	sLumenLPS:   {ParticleLPS, 0, 4, 0.022, 0, 3, 1.5},
	sCrossLPS:   {ParticleLPS, 4, 14, 0.050, 0, 1.5, 0.6},
	sCytokine:   {ParticleCytokine, 18, 20, 0.060, 1.4, 4, 1.5},
	sSerotonin:  {ParticleSerotonin, 38, 8, 0.030, 0, 3, 1.5},
	sTryptophan: {ParticleTryptophan, 46, 9, 0.085, 0, 3.5, 1.2},
	sKynurenine: {ParticleKynurenine, 55, 8, 0.085, 0, 3.5, 1.2},
	sAcetate:    {ParticleAcetate, 63, 6, 0.085, 0, 3.5, 1.2},
	sVagal:      {ParticleVagalImpulse, 69, 6, 0.90, 0, 0, 0},
}

// poolSize is the bound on moving objects, whatever the state.
const poolSize = 75

// maxStep caps one step so a long pause never makes particles jump.
const maxStep = 0.25

type particle struct {
	active  bool
	resting bool // arrived and waiting (hold)
	stream  stream
	path    int32
	s       float32 // distance along the path
	hold    float32
	off     float32 // lateral offset, -1..1 of the stream's spread
	phase   float32
	pos     pt      // normalised position
	dx, dy  float32 // direction of travel
}

type particleSystem struct {
	p         [poolSize]particle
	target    [numStreams]int
	active    [numStreams]int
	timer     [numStreams]float32
	vagalRate float32 // impulses per second
	paraFrac  float32 // share of crossing LPS that goes between cells
	rng       uint32
	primed    bool
}

func newParticleSystem() *particleSystem { return &particleSystem{rng: 0x9E3779B9} }

// rand returns a deterministic pseudo-random number in [0, 1) (xorshift32): the animation
// is the same on every run, so golden images are stable.
func (ps *particleSystem) rand() float32 {
	x := ps.rng
	x ^= x << 13
	x ^= x >> 17
	x ^= x << 5
	ps.rng = x
	return float32(x>>8) / (1 << 24)
}

// junctionOpening is how far the tight junctions are open (0 sealed … 1 wide), from
// permeability and the local zonulin signal.
func junctionOpening(s physiology.State) float64 {
	return clamp(math.Max((s.Permeability-1)/2.2, (s.Zonulin-1)/3), 0, 1)
}

func roundClamp(v float64, lo, hi int) int {
	return int(clamp(math.Round(v), float64(lo), float64(hi)))
}

// setState turns the model state into stream sizes.
func (ps *particleSystem) setState(s physiology.State, opening float64) {
	t := &ps.target
	t[sLumenLPS] = streamCfgs[sLumenLPS].n
	t[sCrossLPS] = roundClamp(1+4.5*(s.LPS-1), 1, streamCfgs[sCrossLPS].n)
	t[sCytokine] = roundClamp(2+4*(s.Cytokines-1), 2, streamCfgs[sCytokine].n)
	t[sSerotonin] = roundClamp(4*s.GutSerotonin, 2, streamCfgs[sSerotonin].n)
	t[sTryptophan] = roundClamp(6*s.TrpBrain, 1, streamCfgs[sTryptophan].n)
	t[sKynurenine] = roundClamp(2.5*s.KynTrp, 1, streamCfgs[sKynurenine].n)
	t[sAcetate] = roundClamp(3*s.Acetate, 1, streamCfgs[sAcetate].n)
	t[sVagal] = streamCfgs[sVagal].n
	ps.vagalRate = float32(clamp(1.3*s.Vagal, 0.3, 6))
	// A faster rate takes effect at once rather than after the old, longer wait.
	ps.timer[sVagal] = min(ps.timer[sVagal], 1/ps.vagalRate)
	ps.paraFrac = float32(opening)
	if !ps.primed {
		ps.prime()
	}
}

// prime fills every stream at once, spread along its paths, so the first frame already
// shows the steady picture instead of an empty one filling up.
func (ps *particleSystem) prime() {
	ps.primed = true
	for st := stream(0); st < numStreams; st++ {
		if st == sVagal {
			continue
		}
		n := ps.target[st]
		for i := 0; i < n; i++ {
			if j := ps.spawn(st); j >= 0 {
				q := &ps.p[j]
				q.s = allPaths[q.path].length * (float32(i) + ps.rand()) / float32(n)
				ps.place(q)
			}
		}
		ps.timer[st] = ps.interval(st) * ps.rand()
	}
}

// interval is the time between births that keeps a stream at its target size.
func (ps *particleSystem) interval(st stream) float32 {
	if st == sVagal {
		return 1 / ps.vagalRate
	}
	c := streamCfgs[st]
	set := ps.pathSet(st)
	life := allPaths[set.lo].length/c.speed + c.hold
	return life / float32(max(ps.target[st], 1)) * (0.8 + 0.4*ps.rand())
}

// pathSet is the set of paths a new particle of this stream picks from.
func (ps *particleSystem) pathSet(st stream) pathSet {
	switch st {
	case sLumenLPS:
		return setLumenLPS
	case sCrossLPS:
		if ps.rand() < ps.paraFrac {
			return setParaLPS
		}
		return setTransLPS
	case sCytokine:
		if ps.rand() < 0.3 {
			return setCytoCVO
		}
		return setCytoEndo
	case sSerotonin:
		return setSerotonin
	case sTryptophan:
		return setTrp
	case sKynurenine:
		return setKyn
	case sAcetate:
		return setAcetate
	}
	return setVagal
}

// spawn activates a free slot of the stream at the start of a path; -1 if the stream's
// share of the pool is full.
func (ps *particleSystem) spawn(st stream) int {
	c := streamCfgs[st]
	for i := c.first; i < c.first+c.n; i++ {
		q := &ps.p[i]
		if q.active {
			continue
		}
		set := ps.pathSet(st)
		*q = particle{active: true, stream: st, off: ps.rand()*2 - 1, phase: ps.rand() * 2 * math.Pi}
		q.path = int32(set.lo + int(ps.rand()*float32(set.count()))%set.count())
		if st == sLumenLPS {
			q.path = int32(set.lo + (i-c.first)%set.count()) // one drifter per loop
		}
		ps.active[st]++
		ps.place(q)
		return i
	}
	return -1
}

func (ps *particleSystem) retire(q *particle) {
	q.active = false
	ps.active[q.stream]--
}

// step advances every particle by dt seconds and keeps each stream near its target. It
// allocates nothing.
func (ps *particleSystem) step(dt float32) {
	dt = clamp32(dt, 0, maxStep)
	for st := stream(0); st < numStreams; st++ {
		if ps.target[st] == 0 {
			continue // nothing to keep up (no state yet)
		}
		ps.timer[st] -= dt
		if ps.timer[st] > 0 {
			continue
		}
		if ps.active[st] < ps.target[st] {
			ps.spawn(st)
		}
		iv := ps.interval(st)
		ps.timer[st] = max(ps.timer[st]+iv, iv*0.25)
	}
	for i := range ps.p {
		q := &ps.p[i]
		if !q.active {
			continue
		}
		c := &streamCfgs[q.stream]
		if q.resting {
			if q.hold -= dt; q.hold <= 0 {
				ps.retire(q)
			}
			continue
		}
		pa := &allPaths[q.path]
		q.s += c.speed * dt
		q.phase += dt * 2.2
		if q.s >= pa.length {
			switch {
			case pa.loop:
				q.s -= pa.length
				if ps.active[q.stream] > ps.target[q.stream] {
					ps.retire(q)
					continue
				}
			case c.hold > 0:
				q.s, q.resting, q.hold = pa.length, true, c.hold
			default:
				ps.retire(q)
				continue
			}
		}
		ps.place(q)
	}
}

// place updates a particle's normalised position and direction.
func (ps *particleSystem) place(q *particle) {
	q.pos, q.dx, q.dy = allPaths[q.path].at(q.s)
}

// count is the number of active particles.
func (ps *particleSystem) count() int {
	n := 0
	for _, a := range ps.active {
		n += a
	}
	return n
}

// moving reports whether a step would move or spawn anything.
func (ps *particleSystem) moving() bool {
	for st := stream(0); st < numStreams; st++ {
		if ps.active[st] > 0 || ps.target[st] > 0 {
			return true
		}
	}
	return false
}
