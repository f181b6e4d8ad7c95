// Command grind is a judge for coding-round practice in Go.
package main

import (
	"os"

	"github.com/grindjudge/grind/cmd"
)

func main() { os.Exit(cmd.Main()) }
