package solution

// MinMeetingRooms counts, at the start of every meeting, how many meetings
// are in progress, and returns the largest count: correct, since the count
// only rises at a start, but O(n^2).
func MinMeetingRooms(intervals [][]int) int {
	best := 0
	for _, a := range intervals {
		busy := 0
		for _, b := range intervals {
			if b[0] <= a[0] && a[0] < b[1] {
				busy++
			}
		}
		best = max(best, busy)
	}
	return best
}
