package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Set by TestMain when LOTSE_E2E=1: the binary under test and the one
// browser every test opens its tabs in.
var (
	binaryPath string
	browserCtx context.Context
	outDir     string // screenshots for humans and of failures
)

// TestMain builds the binary and starts the browser once for the whole
// package run: both take seconds, a tab takes milliseconds.
func TestMain(m *testing.M) {
	if os.Getenv("LOTSE_E2E") != "1" {
		os.Exit(m.Run()) // every test skips itself
	}
	os.Exit(runE2E(m))
}

func runE2E(m *testing.M) int {
	tmp, err := os.MkdirTemp("", "lotse-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	defer os.RemoveAll(tmp)
	if outDir, err = filepath.Abs(filepath.Join("testdata", "out")); err == nil {
		err = os.MkdirAll(outDir, 0o755)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e: screenshot folder:", err)
		return 1
	}
	if binaryPath, err = buildBinary(tmp); err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	ctx, stop, err := startBrowser(filepath.Join(tmp, "chromium-profile"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	browserCtx = ctx
	code := m.Run()
	stop()
	return code
}

// buildBinary builds cmd/lotse into dir, as an operator would.
func buildBinary(dir string) (string, error) {
	root, err := filepath.Abs("..")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "lotse")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/lotse")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("e2e: go build ./cmd/lotse: %w\n%s", err, out)
	}
	return bin, nil
}

// needE2E skips the test unless the end-to-end tier is switched on.
func needE2E(t *testing.T) {
	t.Helper()
	if os.Getenv("LOTSE_E2E") != "1" {
		t.Skip("end-to-end test: set LOTSE_E2E=1 to run it (needs Chromium and e2e/node_modules, see e2e/README.md)")
	}
}
