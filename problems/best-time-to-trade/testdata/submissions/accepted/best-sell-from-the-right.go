package solution

// MaxProfit walks backwards, keeping the highest price still to come: the
// best trade buying today sells at that price. One pass, O(n).
func MaxProfit(prices []int) int {
	best, high := 0, 0
	for i := len(prices) - 1; i >= 0; i-- {
		if prices[i] > high {
			high = prices[i]
		} else if high-prices[i] > best {
			best = high - prices[i]
		}
	}
	return best
}
