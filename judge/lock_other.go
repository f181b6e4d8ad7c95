//go:build !unix

package judge

// lockFile does not lock where there is no flock; grind supports Linux and
// macOS.
func lockFile(path string) (unlock func(), err error) { return func() {}, nil }
