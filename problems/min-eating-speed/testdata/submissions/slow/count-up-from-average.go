package solution

// MinEatingSpeed starts at the average speed, total/hours rounded up (no
// slower speed can work), and tries every speed after it until the piles
// fit: correct, but O(n) for each of up to max(piles) speeds.
func MinEatingSpeed(piles []int, hours int) int {
	total := 0
	for _, p := range piles {
		total += p
	}
	for k := (total + hours - 1) / hours; ; k++ {
		need := 0
		for _, p := range piles {
			need += (p + k - 1) / k
		}
		if need <= hours {
			return k
		}
	}
}
