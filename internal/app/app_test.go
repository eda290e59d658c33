package app

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lotse/lotse/internal/store"
	"github.com/lotse/lotse/internal/testdb"
)

// run calls Main as the lotse binary would be called, with the database
// given by dsn, and returns the exit code and the output.
func run(t *testing.T, dsn, stdin string, args ...string) (int, string, string) {
	t.Helper()
	env := map[string]string{"LOTSE_DB": dsn, "LOTSE_DATA_DIR": t.TempDir()}
	var out, errOut bytes.Buffer
	code := Main(args, func(k string) string { return env[k] }, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestCommands(t *testing.T) {
	dsn := testdb.DSN(t)
	steps := []struct {
		args  []string
		stdin string
		code  int
		out   string // substring of stdout (or stderr when code != 0)
	}{
		{[]string{"migrate"}, "", 0, "migration(s) applied"},
		{[]string{"migrate"}, "", 0, "0 migration(s) applied"},
		{[]string{"region", "create", "--slug", "stadt-x", "--name", "Stadt X", "--languages", "de,en"}, "", 0, "region stadt-x"},
		{[]string{"region", "create", "--slug", "stadt-x", "--name", "Nochmal"}, "", 1, "exists already"},
		{[]string{"region", "create", "--slug", "Admin!", "--name", "Falsch"}, "", 1, "slug"},
		{[]string{"region", "list"}, "", 0, "stadt-x"},
		{[]string{"region", "languages", "--slug", "stadt-x", "--set", "de,en,ar,de-x-ls"}, "", 0, "region stadt-x offers de,en,ar,de-x-ls"},
		{[]string{"region", "list"}, "", 0, "de,en,ar,de-x-ls"},
		{[]string{"region", "languages", "--slug", "stadt-x", "--set", "en,ar"}, "", 1, "languages: error.language"},
		{[]string{"region", "languages", "--slug", "stadt-x", "--set", "de,en,en"}, "", 1, "languages: error.language"},
		{[]string{"region", "languages", "--slug", "nirgends", "--set", "de"}, "", 1, "no region"},
		{[]string{"user", "create", "--region", "stadt-x", "--email", "ada@example.org", "--role", "admin"}, "ein langes geheimes Passwort\n", 0, "ada@example.org (admin) created"},
		{[]string{"user", "create", "--region", "stadt-x", "--email", "kurz@example.org"}, "kurz\n", 1, "password"},
		{[]string{"user", "create", "--region", "nirgends", "--email", "x@example.org"}, "ein langes geheimes Passwort\n", 1, "no region"},
		{[]string{"user", "create", "--region", "stadt-x", "--email", "no-pass@example.org"}, "", 1, "no password"},
		{[]string{"user", "password", "--email", "ada@example.org"}, "noch ein langes Passwort\n", 0, "password of ada@example.org changed"},
		{[]string{"user", "list", "--region", "stadt-x"}, "", 0, "ada@example.org"},
		{[]string{"seed", "demo"}, "", 0, "demo region kreis-re"},
		{[]string{"seed", "demo"}, "", 0, "exists already"},
		{[]string{"seed", "synthetic", "--offers", "25", "--region", "kreis-re"}, "", 0, "25 synthetic offers added"},
		{[]string{"seed", "synthetic", "--offers", "0"}, "", 2, "--offers must be positive"},
		{[]string{"frobnicate"}, "", 2, "unknown command"},
		{[]string{"region"}, "", 2, "missing subcommand"},
		{[]string{"migrate", "extra"}, "", 2, "takes 0 argument"},
		{[]string{"version"}, "", 0, "lotse"},
		{[]string{"help"}, "", 0, "Usage:"},
	}
	for _, s := range steps {
		code, out, errOut := run(t, dsn, s.stdin, s.args...)
		got := out
		if s.code != 0 {
			got = errOut
		}
		if code != s.code || !strings.Contains(got, s.out) {
			t.Errorf("lotse %s: exit %d, want %d; output %q does not contain %q (stderr %q)", strings.Join(s.args, " "), code, s.code, got, s.out, errOut)
		}
	}
}

func TestExportImportThroughTheCommandLine(t *testing.T) {
	src := testdb.DSN(t)
	if code, _, errOut := run(t, src, "", "seed", "demo"); code != 0 {
		t.Fatal(errOut)
	}
	dir := filepath.Join(t.TempDir(), "export")
	if code, _, errOut := run(t, src, "", "export", "hsds", dir); code != 0 {
		t.Fatal(errOut)
	}
	// Into an empty database: the region comes from index.json.
	dst := testdb.DSN(t)
	code, out, errOut := run(t, dst, "", "import", "hsds", dir, "--region", "kreis-re")
	if code != 0 || !strings.Contains(out, "created from") {
		t.Fatalf("import: exit %d\n%s\n%s", code, out, errOut)
	}
	dir2 := filepath.Join(t.TempDir(), "again")
	if code, _, errOut := run(t, dst, "", "export", "hsds", dir2); code != 0 {
		t.Fatal(errOut)
	}
	for _, name := range []string{"index.json", "services.json", "organizations.json", "locations.json", "taxonomies.json", "taxonomy_terms.json"} {
		a, err1 := os.ReadFile(filepath.Join(dir, name))
		b, err2 := os.ReadFile(filepath.Join(dir2, name))
		if err1 != nil || err2 != nil || !bytes.Equal(a, b) {
			t.Errorf("%s differs after export → import → export (%v, %v)", name, err1, err2)
		}
	}
	// A broken file is refused with a report, and nothing changes.
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"id": "not-a-uuid", "name": 5}`), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ = run(t, dst, "", "import", "hsds", bad, "--region", "kreis-re")
	if code != 1 || !strings.Contains(out, "bad.json") {
		t.Errorf("broken import: exit %d, report %q", code, out)
	}
}

func TestBackup(t *testing.T) {
	if testdb.Postgres() {
		t.Skip("backup is for SQLite; PostgreSQL uses pg_dump")
	}
	dsn := testdb.DSN(t)
	if code, _, errOut := run(t, dsn, "", "seed", "demo"); code != 0 {
		t.Fatal(errOut)
	}
	file := filepath.Join(t.TempDir(), "copy.db")
	if code, _, errOut := run(t, dsn, "", "backup", file); code != 0 {
		t.Fatal(errOut)
	}
	s, err := store.Open(context.Background(), file)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rs, err := s.Regions(context.Background())
	if err != nil || len(rs) != 1 || rs[0].Slug != "kreis-re" {
		t.Errorf("backup holds %v, %v", rs, err)
	}
	if code, _, _ := run(t, dsn, "", "backup", file); code != 1 {
		t.Error("backup overwrote an existing file")
	}
}

// TestFirstStart starts Lotse as a newcomer would, on an empty database:
// it loads the demo region, creates a one-time admin login, serves the
// site, and shuts down cleanly.
func TestFirstStart(t *testing.T) {
	cfg := Config{Addr: "127.0.0.1:0", DB: testdb.DSN(t), DataDir: t.TempDir(), LogLevel: "warn", LogFormat: "text", Demo: true}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	inst, err := Start(context.Background(), cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	closed := false
	defer func() {
		if !closed {
			inst.Close(context.Background())
		}
	}()
	if inst.AdminEmail != DemoAdminEmail || len(inst.AdminPassword) < 12 {
		t.Errorf("first admin %q / %q", inst.AdminEmail, inst.AdminPassword)
	}
	for path, want := range map[string]int{"/healthz": 200, "/readyz": 200, "/kreis-re/de/": 200, "/api/hsds/kreis-re/services": 200} {
		res, err := http.Get(inst.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != want {
			t.Errorf("GET %s = %d, want %d", path, res.StatusCode, want)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := inst.Close(ctx); err != nil {
		t.Errorf("close: %v", err)
	}
	closed = true
	// A second start finds the region and creates no new admin.
	inst, err = Start(context.Background(), cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	defer inst.Close(context.Background())
	if inst.AdminPassword != "" {
		t.Error("second start created another admin login")
	}
}

func TestConfigErrors(t *testing.T) {
	for _, args := range [][]string{
		{"serve", "--addr", "nonsense"},
		{"serve", "--base-url", "ftp://x"},
		{"serve", "--log-level", "loud"},
		{"serve", "--log-format", "xml"},
		{"serve", "--trusted-proxies", "proxy.example.org"},
	} {
		code, _, errOut := run(t, filepath.Join(t.TempDir(), "x.db"), "", args...)
		if code == 0 || errOut == "" {
			t.Errorf("lotse %v: exit %d, stderr %q; want a clear error", args, code, errOut)
		}
	}
}
