package solution

import (
	"container/heap"
	"slices"
)

type endHeap []int

func (h endHeap) Len() int           { return len(h) }
func (h endHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h endHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *endHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *endHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// MinMeetingRooms takes the meetings in order of start and keeps the end
// times of the rooms in use in a min-heap: a meeting reuses the room that
// frees earliest if it is free by then, else opens one. O(n log n).
func MinMeetingRooms(intervals [][]int) int {
	slices.SortFunc(intervals, func(a, b []int) int { return a[0] - b[0] })
	h := &endHeap{}
	for _, iv := range intervals {
		if h.Len() > 0 && (*h)[0] <= iv[0] {
			(*h)[0] = iv[1]
			heap.Fix(h, 0)
		} else {
			heap.Push(h, iv[1])
		}
	}
	return h.Len()
}
