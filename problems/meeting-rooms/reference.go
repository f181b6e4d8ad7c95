// Package meetingrooms is the reference for meeting-rooms: the largest
// number of meetings in progress at once, found by sweeping the sorted
// start and end times.
package meetingrooms

import (
	"math/rand"
	"slices"
)

// MinMeetingRooms sorts the start times and the end times separately and
// walks the starts in order: a start at or after the earliest end not yet
// used takes over that meeting's room, any other start opens a room. Taking
// over at equal times is what lets back-to-back meetings share. O(n log n).
func MinMeetingRooms(intervals [][]int) int {
	starts := make([]int, len(intervals))
	ends := make([]int, len(intervals))
	for i, iv := range intervals {
		starts[i], ends[i] = iv[0], iv[1]
	}
	slices.Sort(starts)
	slices.Sort(ends)
	rooms, j := 0, 0
	for _, s := range starts {
		if s >= ends[j] {
			j++
		} else {
			rooms++
		}
	}
	return rooms
}

// Ladder is the sizes of the scaling ladder, up to the longest list
// allowed.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{1, 2, 3, 4, 5, 7, 10, 20, 100, 1000}

// Generate returns n meetings in random order. Lengths average about ten
// times the mean gap between starts, so some ten rooms are busy at a time,
// and about one meeting in six starts exactly when another ends. Small
// cases use small times, where equal starts and ends are common.
func Generate(r *rand.Rand, n int) []any {
	const limit = 1_000_000_000
	span := limit
	if n <= 100 {
		span = 2*n + 4
	}
	gap := max(1, span/max(n, 1))
	intervals := make([][]int, n)
	for i := range intervals {
		length := 1 + r.Intn(20*gap)
		if n <= 100 {
			length = 1 + r.Intn(6)
		}
		length = min(length, span)
		start := r.Intn(span - length + 1)
		if i > 0 && r.Intn(6) == 0 {
			if s := intervals[r.Intn(i)][1]; s < limit {
				start, length = s, min(length, limit-s)
			}
		}
		intervals[i] = []int{start, start + length}
	}
	return []any{intervals}
}
