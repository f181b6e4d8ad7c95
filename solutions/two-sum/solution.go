package twosum

// Two Sum (hash-maps, easy). An interviewer expects O(n).
//
//
// You are given a list of integers `nums` and an integer `target`. Exactly two
// entries of `nums`, at different positions, add up to `target`. Return their
// positions as `[i, j]` with `i < j`.
//
// An entry cannot be paired with itself, but two different entries may hold the
// same value.
//
// ## Examples
//
// **Example 1**
//
//     nums = [2, 7, 11, 15], target = 9
//     answer: [0, 1]
//
// `2 + 7 = 9`, and 2 sits at index 0, 7 at index 1.
//
// **Example 2**
//
//     nums = [3, 2, 4], target = 6
//     answer: [1, 2]
//
// `3 + 3` would be 6, but there is only one 3. The pair is `2 + 4`.
//
// **Example 3**
//
//     nums = [3, 3], target = 6
//     answer: [0, 1]
//
// ## Constraints
//
// - `2 <= len(nums) <= 100000`
// - `-10^9 <= nums[i] <= 10^9`
// - `-2*10^9 <= target <= 2*10^9`
// - Exactly one pair of positions adds up to `target`.
//
// Can you do better than checking every pair?
//
// grind test two-sum runs the samples; grind submit two-sum judges every case.

func TwoSum(nums []int, target int) []int {
	// Remember where each value was seen; the complement of a later value
	// is then one lookup away.
	seen := make(map[int]int, len(nums))
	for j, v := range nums {
		if i, ok := seen[target-v]; ok {
			return []int{i, j}
		}
		seen[v] = j
	}
	return nil
}
