// Package combinationsum is the reference for combination-sum: every
// multiset of candidates adding up to the target, by backtracking.
package combinationsum

import (
	"math"
	"math/rand"
	"slices"

	"github.com/grindjudge/grind/problems/kit"
)

// CombinationSum sorts a copy of the candidates and builds each combination
// in ascending order: after candidate i, only candidates i and up may
// follow, so every multiset is built once, and the loop stops at the first
// candidate larger than what remains. The work is bound by the answers and
// their lengths, plus the dead ends the pruning does not cut.
func CombinationSum(candidates []int, target int) [][]int {
	c := slices.Clone(candidates)
	slices.Sort(c)
	out := [][]int{}
	var path []int
	var extend func(start, remain int)
	extend = func(start, remain int) {
		if remain == 0 {
			out = append(out, slices.Clone(path))
			return
		}
		for i := start; i < len(c) && c[i] <= remain; i++ {
			path = append(path, c[i])
			extend(i, remain-c[i])
			path = path[:len(path)-1]
		}
	}
	extend(0, target)
	return out
}

// Ladder is the targets of the scaling ladder, up to 100, the largest
// allowed; it spans 5x, not 64x, since the target is bounded and the answer
// grows polynomially with it. The candidates are about eight small values
// (and a few too large to use), chosen so the answer grows about as the
// cube of the target, to some 10000 combinations at the top, where the
// reference takes a few milliseconds.
// Enumerating ordered sequences and removing the duplicates pays for every
// order of every combination - exponentially many - and cannot finish 60.
var Ladder = []int{20, 30, 40, 60, 80, 100}

// Random is the targets of the random hidden cases.
var Random = []int{1, 2, 3, 5, 7, 10, 15, 20, 30, 50}

// maxAnswers is the statement's bound on the number of combinations.
const maxAnswers = 20000

// count returns the number of combinations of cands summing to target: the
// classic coin-change count.
func count(cands []int, target int) int {
	ways := make([]int, target+1)
	ways[0] = 1
	for _, c := range cands {
		for t := c; t <= target; t++ {
			ways[t] = min(ways[t]+ways[t-c], maxAnswers+1)
		}
	}
	return ways[target]
}

// Generate returns target = n (within [1, 100]) and candidates in random
// order: distinct small values from [1, 20] (1 only rarely) that can be
// used, and up to three larger than the target that never can. The answer
// never exceeds 20000 combinations.
//
// From a target of 20 up (the ladder and the larger random cases) it draws
// a few sets of six to eight small candidates and keeps the one whose
// answer size is closest to 10000 * (target/100)^3 combinations, so the
// answer, and the time to build it, grows steadily along the ladder instead
// of jumping with the luck of the draw.
func Generate(r *rand.Rand, n int) []any {
	target := min(max(n, 1), 100)
	if target < 20 {
		cands := draw(r, target, 1+r.Intn(8))
		for len(cands) > 1 && count(cands, target) > maxAnswers {
			i := slices.Index(cands, slices.Min(cands))
			cands = slices.Delete(cands, i, i+1)
		}
		return []any{cands, target}
	}
	goal := 10000 * float64(target*target*target) / 1e6
	var best []int
	bestOff := math.Inf(1)
	for range 40 {
		cands := draw(r, target, 6+r.Intn(3))
		c := count(cands, target)
		if c > maxAnswers || c == 0 {
			continue
		}
		if off := math.Abs(math.Log(float64(c) / goal)); off < bestOff {
			best, bestOff = cands, off
		}
	}
	if best == nil {
		best = []int{2, target + 1} // not reached in practice; one combination
	}
	return []any{best, target}
}

// draw returns k distinct candidates from [lo, min(20, target)], lo being 2
// or rarely 1, and up to three from (target, 200], shuffled.
func draw(r *rand.Rand, target, k int) []int {
	hi := min(20, max(target, 2))
	lo := 2
	if r.Intn(8) == 0 {
		lo = 1
	}
	cands := kit.DistinctInts(r, min(k, hi-lo+1), lo, hi)
	for _, v := range kit.DistinctInts(r, min(r.Intn(4), 200-target), target+1, 200) {
		if !slices.Contains(cands, v) {
			cands = append(cands, v)
		}
	}
	r.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
	return cands
}
