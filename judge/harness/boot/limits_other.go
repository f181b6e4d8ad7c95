//go:build !unix

package boot

// setLimits does nothing where there are no rlimits; the parent's watchdog
// still holds.
func setLimits(memory, cpu int64) {}
