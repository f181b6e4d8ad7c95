package solution

import "math"

// MaxProfit starts the best profit at the smallest int instead of 0, so when
// every trade loses money it returns the smallest loss (or, with one day,
// math.MinInt) instead of not trading.
func MaxProfit(prices []int) int {
	best, low := math.MinInt, prices[0]
	for _, p := range prices[1:] {
		best = max(best, p-low)
		low = min(low, p)
	}
	return best
}
