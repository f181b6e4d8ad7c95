package solution

import "sort"

// MinMeetingRooms sweeps the sorted starts and ends, but reuses a room only
// when a meeting starts strictly after an end: a meeting starting the
// moment another ends gets a room of its own.
func MinMeetingRooms(intervals [][]int) int {
	starts := make([]int, len(intervals))
	ends := make([]int, len(intervals))
	for i, iv := range intervals {
		starts[i], ends[i] = iv[0], iv[1]
	}
	sort.Ints(starts)
	sort.Ints(ends)
	rooms, j := 0, 0
	for _, s := range starts {
		if s > ends[j] {
			j++
		} else {
			rooms++
		}
	}
	return rooms
}
