// Package climbstairs is the reference for climb-stairs: the number of ways
// to climb n steps one or two at a time, a Fibonacci number.
package climbstairs

import "math/rand"

// ClimbStairs is the recursion on the last move: the ways to reach step k
// are the ways to reach step k-1 (then one step) plus the ways to reach
// step k-2 (then two). Each step's count is remembered once computed, so
// there are O(n) calls in all, and O(n) space.
//
// The judge limits a case to a multiple of the reference's time, and at
// these sizes that time is mostly fixed costs: memoized recursion is the
// reference, not the tighter two-variable loop, so that any plain O(n)
// solution stays well inside its limits and its growth is not mistaken
// for a worse one's.
func ClimbStairs(n int) int {
	memo := make([]int, n+1)
	var ways func(k int) int
	ways = func(k int) int {
		if k <= 1 {
			return 1
		}
		if memo[k] == 0 {
			memo[k] = ways(k-1) + ways(k-2)
		}
		return memo[k]
	}
	return ways(n)
}

// Ladder is the step counts of the scaling ladder. n is at most 90, so the
// ladder starts at 1 to span 90x, and the reference takes about a
// microsecond even at the top: no size the statement allows makes it take
// milliseconds. What the ladder is for is its top half: plain recursion
// without memory makes about 1.6^n calls and cannot finish n = 45, let
// alone 90.
var Ladder = []int{1, 3, 6, 12, 24, 45, 90}

// Random is the step counts of the random hidden cases.
var Random = []int{1, 2, 3, 4, 7, 9, 15, 26, 52, 88}

// Generate returns n itself: the case of size n is the staircase of n
// steps. There is nothing to randomise.
func Generate(r *rand.Rand, n int) []any {
	return []any{n}
}
