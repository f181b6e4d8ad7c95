package solution

// MaxProfit tries every buy day with every later sell day: correct, O(n^2).
func MaxProfit(prices []int) int {
	best := 0
	for i := range prices {
		for j := i + 1; j < len(prices); j++ {
			if prices[j]-prices[i] > best {
				best = prices[j] - prices[i]
			}
		}
	}
	return best
}
