package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/lotse/lotse/internal/relevance"
	"github.com/lotse/lotse/internal/search"
)

// pgEngine is a PostgreSQL table with the field groups as text columns,
// a stored tsvector generated from them with the german configuration
// and a weight per group, and a GIN index on it, ranked by ts_rank_cd.
// It lives in a schema of its own, dropped by close.
type pgEngine struct {
	conn   *pgx.Conn
	schema string
	// prefix makes the last word a prefix while it is being typed, as
	// Lotse and the FTS5 baseline do; without it the query is
	// websearch_to_tsquery of what was typed.
	prefix bool
	// shared is set on a second view of the same table (another query
	// mode): it neither builds nor drops anything.
	shared bool
}

// pgTSV is the document vector: PostgreSQL has four weights, so the
// six Lotse fields go into four groups (name; term and synonym;
// summary; organisation and description).
const pgTSV = `setweight(to_tsvector('german'::regconfig, name), 'A') ||
	setweight(to_tsvector('german'::regconfig, term || ' ' || synonym), 'B') ||
	setweight(to_tsvector('german'::regconfig, summary), 'C') ||
	setweight(to_tsvector('german'::regconfig, org || ' ' || description), 'D')`

// pgRank ranks with weights {D, C, B, A} in the proportions of Lotse's
// field weights (1, 1.5, 2.25, 3) and without length normalisation:
// on the relevance set that ranked best of normalisations 0, 1, 2 and 4
// (nDCG@5 0.58 against 0.51, 0.46, 0.42), so the baseline gets its
// best setting.
const pgRank = `ts_rank_cd('{0.333, 0.5, 0.75, 1.0}', tsv, q, 0)`

func connectPG(ctx context.Context, url string) (*pgEngine, error) {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("postgres: connect: %w", err)
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	e := &pgEngine{conn: conn, schema: "searchcompare_" + hex.EncodeToString(b)}
	// JIT compilation, planned above jit_above_cost, would cost tens
	// of milliseconds on queries of milliseconds; a search deployment
	// switches it off. (The plans seen here stayed below that cost.)
	if _, err := conn.Exec(ctx, `SET jit = off`); err != nil {
		conn.Close(ctx)
		return nil, fmt.Errorf("postgres: %w", err)
	}
	if _, err := conn.Exec(ctx, `CREATE SCHEMA `+e.schema); err != nil {
		conn.Close(ctx)
		return nil, fmt.Errorf("postgres: create schema: %w", err)
	}
	return e, nil
}

// view returns the same table queried in the other mode.
func (e *pgEngine) view(prefix bool) *pgEngine {
	return &pgEngine{conn: e.conn, schema: e.schema, prefix: prefix, shared: true}
}

func (e *pgEngine) name() string {
	if e.prefix {
		return "PostgreSQL FTS (+ prefix)"
	}
	return "PostgreSQL FTS"
}

// build loads the documents with COPY (the tsvector is computed as each
// row arrives), then adds the primary key and the GIN index and
// analyses the table.
func (e *pgEngine) build(ctx context.Context, docs []search.Doc) error {
	if e.shared {
		return nil
	}
	t := e.schema + ".docs"
	for _, q := range []string{`DROP TABLE IF EXISTS ` + t,
		`CREATE TABLE ` + t + ` (id text NOT NULL, kind text NOT NULL, name text NOT NULL, term text NOT NULL,
			synonym text NOT NULL, summary text NOT NULL, org text NOT NULL, description text NOT NULL,
			tsv tsvector GENERATED ALWAYS AS (` + pgTSV + `) STORED)`} {
		if _, err := e.conn.Exec(ctx, q); err != nil {
			return fmt.Errorf("postgres: %w", err)
		}
	}
	rows := make([][]any, len(docs))
	for i, d := range docs {
		g := groupFields(d)
		rows[i] = []any{d.ID, d.Kind, g.name, g.term, g.synonym, g.summary, g.org, g.description}
	}
	if _, err := e.conn.CopyFrom(ctx, pgx.Identifier{e.schema, "docs"},
		[]string{"id", "kind", "name", "term", "synonym", "summary", "org", "description"}, pgx.CopyFromRows(rows)); err != nil {
		return fmt.Errorf("postgres: copy: %w", err)
	}
	for _, q := range []string{`ALTER TABLE ` + t + ` ADD PRIMARY KEY (id)`,
		`CREATE INDEX docs_tsv ON ` + t + ` USING gin (tsv)`,
		`ANALYZE ` + t} {
		if _, err := e.conn.Exec(ctx, q); err != nil {
			return fmt.Errorf("postgres: %w", err)
		}
	}
	return nil
}

func (e *pgEngine) search(ctx context.Context, q query) ([]string, error) {
	tsq, args := `websearch_to_tsquery('german', $1)`, []any{q.text}
	if e.prefix {
		words := queryWords(q.text)
		if len(words) == 0 {
			return nil, nil
		}
		last := words[len(words)-1]
		if typing(q.text, last) {
			// The words are letters, digits and marks only, so
			// they cannot be tsquery syntax.
			tsq = `websearch_to_tsquery('german', $1) && to_tsquery('german', $2)`
			args = []any{strings.Join(words[:len(words)-1], " "), last + ":*"}
		} else {
			args = []any{strings.Join(words, " ")}
		}
	}
	rows, err := e.conn.Query(ctx, `SELECT id FROM `+e.schema+`.docs, (SELECT `+tsq+` AS q) x
		WHERE kind = 'service' AND tsv @@ q ORDER BY `+pgRank+` DESC, id LIMIT `+fmt.Sprint(relevance.K), args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: search %q: %w", q.text, err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("postgres: search %q: %w", q.text, err)
	}
	return ids, nil
}

// update rewrites the row's texts; PostgreSQL recomputes the tsvector
// and updates the GIN index (through its pending list) in the same
// statement.
func (e *pgEngine) update(ctx context.Context, d search.Doc) error {
	if e.shared {
		return errNoUpdate // the same table as the other mode
	}
	g := groupFields(d)
	_, err := e.conn.Exec(ctx, `UPDATE `+e.schema+`.docs SET name = $2, term = $3, synonym = $4, summary = $5, org = $6, description = $7 WHERE id = $1`,
		d.ID, g.name, g.term, g.synonym, g.summary, g.org, g.description)
	if err != nil {
		return fmt.Errorf("postgres: update: %w", err)
	}
	return nil
}

// storage returns the table with its indexes and TOAST, and the GIN
// index alone.
func (e *pgEngine) storage(ctx context.Context) (int64, int64, error) {
	if e.shared {
		return 0, 0, errShared
	}
	var total, gin int64
	err := e.conn.QueryRow(ctx, `SELECT pg_total_relation_size($1::regclass), pg_relation_size($2::regclass)`,
		e.schema+".docs", e.schema+".docs_tsv").Scan(&total, &gin)
	if err != nil {
		return 0, 0, fmt.Errorf("postgres: size: %w", err)
	}
	return total, gin, nil
}

// close keeps the table for the other query mode; the next build
// replaces it and drop removes it.
func (e *pgEngine) close(context.Context) error { return nil }

// drop removes the schema and closes the connection.
func (e *pgEngine) drop(ctx context.Context) error {
	_, err := e.conn.Exec(ctx, `DROP SCHEMA IF EXISTS `+e.schema+` CASCADE`)
	return errors.Join(err, e.conn.Close(ctx))
}
