// Package testdb opens a fresh, migrated database for a test: an SQLite
// file in the test's temporary directory, or, when LOTSE_TEST_DB is
// "postgres", a new schema on the PostgreSQL server named by
// LOTSE_TEST_POSTGRES (default postgres://postgres@127.0.0.1:5432/postgres).
// .ci/run runs the whole suite once per database.
package testdb

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/lotse/lotse/internal/store"
)

// DefaultPostgres is the server the tests use when LOTSE_TEST_POSTGRES is unset.
const DefaultPostgres = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"

// Postgres reports whether the tests run against PostgreSQL.
func Postgres() bool { return os.Getenv("LOTSE_TEST_DB") == "postgres" }

// DSN returns a DSN for a new, empty database of the kind under test,
// removed when the test ends.
func DSN(t testing.TB) string {
	t.Helper()
	if !Postgres() {
		return filepath.Join(t.TempDir(), "lotse.db")
	}
	base := os.Getenv("LOTSE_TEST_POSTGRES")
	if base == "" {
		base = DefaultPostgres
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	schema := "t_" + hex.EncodeToString(b)
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("testdb: %v", err)
	}
	defer admin.Close()
	if _, err := admin.Exec(`CREATE SCHEMA ` + schema); err != nil {
		t.Fatalf("testdb: create schema (is PostgreSQL running? set LOTSE_TEST_POSTGRES): %v", err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", base)
		if err != nil {
			return
		}
		defer db.Close()
		_, _ = db.Exec(`DROP SCHEMA ` + schema + ` CASCADE`)
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("testdb: bad LOTSE_TEST_POSTGRES: %v", err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// Open returns a migrated store on a new database, closed when the test ends.
func Open(t testing.TB) *store.Store {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, DSN(t))
	if err != nil {
		t.Fatalf("testdb: open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Migrate(ctx); err != nil {
		t.Fatalf("testdb: migrate: %v", err)
	}
	return s
}
