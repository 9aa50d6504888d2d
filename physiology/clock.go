package physiology

import "math"

// StartClockHour is the clock hour at Hours 0: the simulation starts on Day 1 at 06:00,
// before breakfast, when no meal bump is under way, so the baseline is a true rest state.
const StartClockHour = 6

const (
	minutesPerDay = 24 * 60
	startMinute   = StartClockHour * 60
)

// Clock returns the simulated day (1 for the first day), hour (0–23) and minute (0–59) of
// s, for a display such as "Day 2, 06:00". Hours is rounded to the nearest minute;
// a negative or non-finite Hours reads as the start.
func (s State) Clock() (day, hour, minute int) {
	h := s.Hours
	if !(h > 0) || math.IsInf(h, 1) {
		h = 0
	}
	// Cap far beyond any reachable time so the integer conversion cannot overflow.
	const maxHours = 1e12
	if h > maxHours {
		h = maxHours
	}
	total := int64(math.Round(h*60)) + startMinute
	return int(total/minutesPerDay) + 1, int(total%minutesPerDay) / 60, int(total % 60)
}

// mealShapePeak normalises mealShape to a peak of 1 (at u = 1/4).
const mealShapePeak = 256.0 / 27.0

// mealShape is one meal bump on 0 ≤ u < 1 of its duration: u·(1−u)³, which rises fast, peaks
// a quarter of the way in and returns smoothly to exactly zero, so meals never leave an
// endless tail and the 06:00 start is exactly meal-free.
func mealShape(u float64) float64 {
	v := 1 - u
	return mealShapePeak * u * v * v * v
}

// mealDrive is the sum of the meal bumps at the given minute of the day (peak 1 per meal).
// It depends only on the integer minute of the day, so it repeats exactly every day.
func (m *Model) mealDrive(minuteOfDay int64) float64 {
	d := 0.0
	for _, start := range m.mealMinute {
		since := minuteOfDay - start
		if since < 0 {
			since += minutesPerDay
		}
		if u := float64(since) / m.mealMinutes; u < 1 {
			d += mealShape(u)
		}
	}
	return d
}
