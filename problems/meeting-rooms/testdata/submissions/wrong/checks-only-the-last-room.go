package solution

import "sort"

// MinMeetingRooms takes the meetings in order of start but only checks the
// room opened or used most recently: if that one is busy it opens a new
// room, even when an older room is already free.
func MinMeetingRooms(intervals [][]int) int {
	sort.Slice(intervals, func(i, j int) bool { return intervals[i][0] < intervals[j][0] })
	var freeAt []int
	for _, iv := range intervals {
		if last := len(freeAt) - 1; last >= 0 && freeAt[last] <= iv[0] {
			freeAt[last] = iv[1]
		} else {
			freeAt = append(freeAt, iv[1])
		}
	}
	return len(freeAt)
}
