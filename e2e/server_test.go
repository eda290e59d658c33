package e2e

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/lotse/lotse/internal/testdb"
)

// Limits of the server's life; generous, because a PostgreSQL server on a
// busy CI machine loads the demo region slowly. They bound waiting, they
// assert nothing.
const (
	startTimeout = 2 * time.Minute
	stopTimeout  = 20 * time.Second
)

// server is a running lotse binary with its own fresh database.
type server struct {
	URL           string // e.g. http://127.0.0.1:41234, no trailing slash
	Host          string // e.g. 127.0.0.1:41234
	AdminEmail    string
	AdminPassword string

	cmd    *exec.Cmd
	stdout *logBuffer // what the program prints for the operator
	log    *logBuffer // stdout and stderr (slog) interleaved
	done   chan struct{}
	err    error // of cmd.Wait, valid after done is closed
}

// startServer starts the binary on a free loopback port with a new
// database and the demo region, waits until /readyz answers and the
// one-time admin login is printed, and stops it with SIGTERM when the
// test ends: it must then exit 0. The server's log is shown when the
// test failed.
func startServer(t *testing.T) *server {
	t.Helper()
	port, err := freePort()
	if err != nil {
		t.Fatalf("e2e: free port: %v", err)
	}
	s := &server{Host: net.JoinHostPort("127.0.0.1", port), stdout: &logBuffer{}, log: &logBuffer{}, done: make(chan struct{})}
	s.URL = "http://" + s.Host

	env := []string{"LOTSE_ADDR=" + s.Host, "LOTSE_DATA_DIR=" + t.TempDir(), "LOTSE_DEMO=true"}
	if testdb.Postgres() {
		env = append(env, "LOTSE_DB="+testdb.DSN(t))
	}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "LOTSE_") {
			env = append(env, kv)
		}
	}
	s.cmd = exec.Command(binaryPath)
	s.cmd.Env = env
	s.cmd.Stdout = teeWriter{s.stdout, s.log}
	s.cmd.Stderr = s.log
	s.cmd.SysProcAttr = childProcAttr()
	if err := s.start(); err != nil {
		t.Fatalf("e2e: start %s: %v", binaryPath, err)
	}
	t.Cleanup(func() { s.stop(t) })

	if err := s.waitReady(); err != nil {
		t.Fatalf("e2e: %v", err)
	}
	return s
}

// start runs the program from a goroutine that keeps its OS thread until
// the program exits: on Linux the child gets SIGKILL when that thread
// ends (Pdeathsig), so a crashed or timed-out test run leaves no server
// behind, and a thread the Go runtime retires early must not trigger it.
func (s *server) start() error {
	started := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		if err := s.cmd.Start(); err != nil {
			started <- err
			return
		}
		started <- nil
		s.err = s.cmd.Wait()
		close(s.done)
	}()
	return <-started
}

// waitReady polls /readyz until it answers 200 and then waits for the
// admin login on stdout (printed just after the server starts serving).
func (s *server) waitReady() error {
	deadline := time.Now().Add(startTimeout)
	client := &http.Client{Timeout: 2 * time.Second}
	for {
		select {
		case <-s.done:
			return fmt.Errorf("lotse exited before it was ready (%v)", s.err)
		default:
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("lotse not ready within %s", startTimeout)
		}
		resp, err := client.Get(s.URL + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	login := regexp.MustCompile(`(?m)^\s*e-mail:\s*(\S+)\s*\n\s*password:\s*(\S+)\s*$`)
	for {
		if m := login.FindStringSubmatch(s.stdout.String()); m != nil {
			s.AdminEmail, s.AdminPassword = m[1], m[2]
			break
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("lotse printed no admin login on its first start; stdout:\n%s", s.stdout.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	if want := "Lotse is running: " + s.URL + "/"; !strings.Contains(s.stdout.String(), want) {
		return fmt.Errorf("lotse did not print %q; stdout:\n%s", want, s.stdout.String())
	}
	return nil
}

// stop sends SIGTERM and checks for a graceful exit with status 0. It
// reports error lines of the server's log, and shows the whole log when
// the test failed.
func (s *server) stop(t *testing.T) {
	t.Helper()
	select {
	case <-s.done:
		t.Errorf("e2e: lotse exited during the test (%v)", s.err)
	default:
		if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Errorf("e2e: SIGTERM: %v", err)
		}
		select {
		case <-s.done:
			if s.err != nil {
				t.Errorf("e2e: lotse did not exit cleanly after SIGTERM: %v", s.err)
			}
		case <-time.After(stopTimeout):
			_ = s.cmd.Process.Kill()
			<-s.done
			t.Errorf("e2e: lotse did not stop within %s of SIGTERM (graceful shutdown)", stopTimeout)
		}
	}
	for _, line := range strings.Split(s.log.String(), "\n") {
		if strings.Contains(line, "level=ERROR") {
			t.Errorf("e2e: the server logged an error: %s", line)
		}
	}
	if t.Failed() {
		t.Logf("server log (%s):\n%s", s.URL, s.log.String())
	}
}

// freePort asks the kernel for a free loopback port. The port is handed
// to lotse by number (rather than ":0") so that the address lotse prints
// and uses for its own links is the real one.
func freePort() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	_, port, err := net.SplitHostPort(ln.Addr().String())
	return port, err
}

// logBuffer collects output written from several goroutines.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// teeWriter writes to all its writers.
type teeWriter []interface{ Write([]byte) (int, error) }

func (w teeWriter) Write(p []byte) (int, error) {
	var errs []error
	for _, x := range w {
		if _, err := x.Write(p); err != nil {
			errs = append(errs, err)
		}
	}
	return len(p), errors.Join(errs...)
}
