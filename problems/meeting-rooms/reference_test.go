package meetingrooms

import (
	"math/rand"
	"slices"
	"testing"

	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "meeting-rooms", MinMeetingRooms)
}

// oracle assigns rooms greedily in order of start, each meeting to the
// first room free at its start, by trying every room: the textbook
// greedy, with no data structure to get wrong.
func oracle(intervals [][]int) int {
	sorted := slices.Clone(intervals)
	slices.SortFunc(sorted, func(a, b []int) int { return a[0] - b[0] })
	var freeAt []int
	for _, iv := range sorted {
		placed := false
		for k, t := range freeAt {
			if t <= iv[0] {
				freeAt[k], placed = iv[1], true
				break
			}
		}
		if !placed {
			freeAt = append(freeAt, iv[1])
		}
	}
	return len(freeAt)
}

// busiest counts, at every start time, the meetings in progress.
func busiest(intervals [][]int) int {
	best := 0
	for _, a := range intervals {
		c := 0
		for _, b := range intervals {
			if b[0] <= a[0] && a[0] < b[1] {
				c++
			}
		}
		best = max(best, c)
	}
	return best
}

func TestReferenceAgainstOracle(t *testing.T) {
	r := rand.New(rand.NewSource(41))
	for k := 0; k < 800; k++ {
		n := 1 + r.Intn(30)
		var intervals [][]int
		if k%2 == 0 {
			intervals = Generate(r, n)[0].([][]int)
		} else {
			for range n {
				s := r.Intn(12)
				intervals = append(intervals, []int{s, s + 1 + r.Intn(4)})
			}
		}
		want := oracle(intervals)
		require.Equal(t, want, busiest(intervals), "the two oracles disagree on %v", intervals)
		assert.Equal(t, want, MinMeetingRooms(intervals), "intervals=%v", intervals)
	}
}

func TestGeneratorKeepsTheConstraints(t *testing.T) {
	r := rand.New(rand.NewSource(12))
	for _, n := range append(slices.Clone(Random), Ladder...) {
		intervals := Generate(r, n)[0].([][]int)
		require.Len(t, intervals, n)
		ends := map[int]bool{}
		for _, iv := range intervals {
			require.True(t, 0 <= iv[0] && iv[0] < iv[1] && iv[1] <= 1_000_000_000, "%v", iv)
			ends[iv[1]] = true
		}
		backToBack := 0
		for _, iv := range intervals {
			if ends[iv[0]] {
				backToBack++
			}
		}
		if n >= 1000 {
			assert.Greater(t, backToBack, n/12, "n=%d", n)
			rooms := MinMeetingRooms(intervals)
			assert.True(t, rooms >= 5 && rooms <= 100, "n=%d: %d rooms", n, rooms)
		}
	}
}
