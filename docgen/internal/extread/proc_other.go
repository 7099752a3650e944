//go:build !unix

package extread

import "os/exec"

// ownProcessGroup leaves cmd alone: cancellation kills the process only.
func ownProcessGroup(*exec.Cmd) {}
