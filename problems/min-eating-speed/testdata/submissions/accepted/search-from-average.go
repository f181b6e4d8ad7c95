package solution

// MinEatingSpeed binary-searches the speed on a half-open range: no speed
// below the average, total/hours rounded up, can work, and the largest
// pile always does. The hour count stops as soon as it is over.
func MinEatingSpeed(piles []int, hours int) int {
	total, largest := 0, 0
	for _, p := range piles {
		total += p
		largest = max(largest, p)
	}
	lo, hi := (total+hours-1)/hours, largest+1
	for lo < hi {
		k := int(uint(lo+hi) >> 1)
		if fits(piles, hours, k) {
			hi = k
		} else {
			lo = k + 1
		}
	}
	return lo
}

func fits(piles []int, hours, k int) bool {
	for _, p := range piles {
		hours -= (p + k - 1) / k
		if hours < 0 {
			return false
		}
	}
	return true
}
