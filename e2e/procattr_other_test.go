//go:build !linux

package e2e

import "syscall"

// childProcAttr has nothing to add outside Linux, which alone knows
// Pdeathsig; there a crashed test run may leave a server running.
func childProcAttr() *syscall.SysProcAttr { return nil }
