// Package store keeps Lotse's data in SQLite (the default) or PostgreSQL.
//
// Both dialects share the Go code and nearly all SQL, which is written in
// the subset both understand ($n placeholders, ON CONFLICT, RETURNING).
// They differ in their migrations (types, identity columns), kept per
// dialect under migrations/, and in the few spots marked with s.pg.
// The conformance suite in storetest runs unchanged against both.
package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	"modernc.org/sqlite"               // registers the "sqlite" driver
)

func init() {
	// SQLite's own lower() folds only ASCII, so a search for "ältere"
	// would miss "Ältere" there while PostgreSQL finds it. Replacing it
	// on every SQLite connection keeps the shared name searches
	// (lower(name) LIKE …) giving the same answers on both databases.
	sqlite.MustRegisterDeterministicScalarFunction("lower", 1, func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
		switch v := args[0].(type) {
		case string:
			return strings.ToLower(v), nil
		case []byte:
			return strings.ToLower(string(v)), nil
		}
		return args[0], nil
	})
}

// Store is the database of one Lotse deployment.
type Store struct {
	// w takes writes; r takes reads. On PostgreSQL they are the same pool.
	// On SQLite, w is a single connection whose transactions begin
	// IMMEDIATE, so that concurrent writers queue instead of failing with
	// "database is locked", while r is a pool of read-only connections
	// that WAL lets read alongside the writer.
	w, r *sql.DB
	// rq runs reads: r itself on PostgreSQL, r through a statement cache
	// on SQLite.
	rq queryer
	pg bool
	// Now returns the current time; tests replace it.
	Now func() time.Time
}

// IsPostgres reports whether dsn selects PostgreSQL.
func IsPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// sqlitePragmas are set on every SQLite connection through the DSN (a
// PRAGMA run after Open would reach only one pooled connection).
// busy_timeout comes first so that it applies while WAL is switched on.
// cache_size(-1000) gives each connection 1 MB of page cache: the pool
// has five, and at 4 MB each they kept some 18 MB resident at 100,000
// offers while page latency did not measurably change, since the file
// stays in the system's cache.
const sqlitePragmas = "_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(ON)&_pragma=cache_size(-1000)&_time_format=sqlite"

// Open connects to the database named by dsn: a postgres:// URL, or the
// path of an SQLite file (created if missing, with its directory). It does
// not migrate; call Migrate.
func Open(ctx context.Context, dsn string) (*Store, error) {
	s := &Store{Now: func() time.Time { return time.Now() }}
	if IsPostgres(dsn) {
		db, err := sql.Open("pgx", dsn)
		if err != nil {
			return nil, fmt.Errorf("store: open postgres: %w", err)
		}
		db.SetMaxOpenConns(max(8, 4*runtime.GOMAXPROCS(0)))
		db.SetMaxIdleConns(max(8, 4*runtime.GOMAXPROCS(0)))
		db.SetConnMaxIdleTime(5 * time.Minute)
		s.w, s.r, s.pg = db, db, true
	} else {
		path := strings.TrimPrefix(strings.TrimPrefix(dsn, "sqlite://"), "file:")
		if i := strings.IndexByte(path, '?'); i >= 0 {
			path = path[:i]
		}
		if path == "" || path == ":memory:" {
			return nil, errors.New("store: sqlite needs a file path (in-memory databases are not shared between connections)")
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
			return nil, fmt.Errorf("store: create database directory: %w", err)
		}
		base := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + sqlitePragmas
		w, err := sql.Open("sqlite", base+"&_txlock=immediate")
		if err != nil {
			return nil, fmt.Errorf("store: open sqlite: %w", err)
		}
		w.SetMaxOpenConns(1)
		w.SetConnMaxIdleTime(0)
		// Create the file and switch on WAL before readers open it.
		if err := w.PingContext(ctx); err != nil {
			w.Close()
			return nil, fmt.Errorf("store: open sqlite %s: %w", path, err)
		}
		r, err := sql.Open("sqlite", base+"&_pragma=query_only(1)")
		if err != nil {
			w.Close()
			return nil, fmt.Errorf("store: open sqlite: %w", err)
		}
		n := max(4, 2*runtime.GOMAXPROCS(0))
		r.SetMaxOpenConns(n)
		r.SetMaxIdleConns(n)
		s.w, s.r = w, r
	}
	s.rq = s.r
	if !s.pg {
		s.rq = newStmtCache(s.r)
	}
	if err := s.w.PingContext(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("store: connect: %w", err)
	}
	return s, nil
}

// Close closes the connection pools.
func (s *Store) Close() error {
	if c, ok := s.rq.(*stmtCache); ok {
		c.close()
	}
	err := s.w.Close()
	if s.r != s.w {
		err = errors.Join(err, s.r.Close())
	}
	return err
}

// Dialect names the database in use: "sqlite" or "postgres".
func (s *Store) Dialect() string {
	if s.pg {
		return "postgres"
	}
	return "sqlite"
}

// Stats returns the connection pool statistics of the write and read pools.
func (s *Store) Stats() (write, read sql.DBStats) {
	return s.w.Stats(), s.r.Stats()
}

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error {
	return s.r.PingContext(ctx)
}

// now returns the current time in UTC at the microsecond precision that
// PostgreSQL keeps, so that a time read back equals the time written.
func (s *Store) now() time.Time {
	return s.Now().UTC().Truncate(time.Microsecond)
}

// tx runs fn in a write transaction and commits when fn returns nil.
func (s *Store) tx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: begin: %w", err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	return nil
}

// queryer is what reads need: a pool or a transaction.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// Optimize refreshes the statistics the query planner uses, which
// without them may walk a whole index where a primary key lookup would
// do. On SQLite it runs PRAGMA optimize, as SQLite recommends doing
// periodically and after large changes. On PostgreSQL autovacuum does
// this, unless it is switched off: then tables that were never analysed
// and hold more than a few rows are analysed here.
func (s *Store) Optimize(ctx context.Context) error {
	if s.pg {
		rows, err := s.w.QueryContext(ctx, `SELECT quote_ident(relname) FROM pg_stat_user_tables
			WHERE schemaname = current_schema() AND last_analyze IS NULL AND last_autoanalyze IS NULL AND n_live_tup > 1000`)
		if err != nil {
			return fmt.Errorf("store: optimize: %w", err)
		}
		var tables []string
		for rows.Next() {
			var t string
			if err := rows.Scan(&t); err != nil {
				rows.Close()
				return fmt.Errorf("store: optimize: %w", err)
			}
			tables = append(tables, t)
		}
		rows.Close()
		for _, t := range tables {
			if _, err := s.w.ExecContext(ctx, `ANALYZE `+t); err != nil {
				return fmt.Errorf("store: analyze %s: %w", t, err)
			}
		}
		return rows.Err()
	}
	// analysis_limit keeps ANALYZE to a sample of each index, so that
	// this takes milliseconds rather than seconds on a large database.
	if _, err := s.w.ExecContext(ctx, `PRAGMA analysis_limit=1000; PRAGMA optimize=0x10002`); err != nil {
		return fmt.Errorf("store: optimize: %w", err)
	}
	return nil
}
