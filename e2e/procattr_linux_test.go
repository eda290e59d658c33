package e2e

import "syscall"

// childProcAttr makes the kernel kill a server whose test process died.
func childProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
