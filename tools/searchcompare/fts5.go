package main

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lotse/lotse/internal/relevance"
	"github.com/lotse/lotse/internal/search"
)

// fts5Engine is an SQLite FTS5 table with one column per Lotse field,
// the unicode61 tokenizer with diacritics removed, and bm25 with Lotse's
// field weights.
type fts5Engine struct {
	path  string
	db    *sql.DB
	rowid map[string]int64 // document id → rowid, for updates
	find  *sql.Stmt
}

// fts5Weights are bm25's column weights: 0 for id and kind, then
// Lotse's field weights (name 3, term 2.5, synonym 2, summary 1.5,
// org 1, description 1; internal/search/segment.go).
const fts5Weights = "0, 0, 3, 2.5, 2, 1.5, 1, 1"

func (e *fts5Engine) name() string { return "SQLite FTS5" }

func (e *fts5Engine) build(ctx context.Context, docs []search.Doc) error {
	for _, f := range []string{e.path, e.path + "-wal", e.path + "-shm"} {
		if err := os.Remove(f); err != nil && !os.IsNotExist(err) {
			return fmt.Errorf("fts5: %w", err)
		}
	}
	// A page cache and memory map large enough for the whole index at
	// 100,000 offers, so that queries are not measured against the
	// disk while Lotse's index is in memory.
	dsn := "file:" + (&url.URL{Path: e.path}).EscapedPath() +
		"?_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=cache_size(-262144)&_pragma=mmap_size(536870912)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return fmt.Errorf("fts5: open: %w", err)
	}
	db.SetMaxOpenConns(1)
	e.db = db
	if _, err := db.ExecContext(ctx, `CREATE VIRTUAL TABLE fts USING fts5(id UNINDEXED, kind UNINDEXED,
		name, term, synonym, summary, org, description, tokenize = 'unicode61 remove_diacritics 2')`); err != nil {
		return fmt.Errorf("fts5: create: %w", err)
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	ins, err := tx.PrepareContext(ctx, `INSERT INTO fts(rowid, id, kind, name, term, synonym, summary, org, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("fts5: prepare: %w", err)
	}
	e.rowid = make(map[string]int64, len(docs))
	for i, d := range docs {
		g := groupFields(d)
		if _, err := ins.ExecContext(ctx, i+1, d.ID, d.Kind, g.name, g.term, g.synonym, g.summary, g.org, g.description); err != nil {
			return fmt.Errorf("fts5: insert: %w", err)
		}
		e.rowid[d.ID] = int64(i + 1)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("fts5: commit: %w", err)
	}
	// Merge the index into one b-tree, as one would after a bulk load.
	if _, err := db.ExecContext(ctx, `INSERT INTO fts(fts) VALUES ('optimize')`); err != nil {
		return fmt.Errorf("fts5: optimize: %w", err)
	}
	e.find, err = db.PrepareContext(ctx, `SELECT id FROM fts WHERE fts MATCH ? AND kind = 'service'
		ORDER BY bm25(fts, `+fts5Weights+`), rowid LIMIT `+fmt.Sprint(relevance.K))
	if err != nil {
		return fmt.Errorf("fts5: prepare: %w", err)
	}
	return nil
}

func (e *fts5Engine) search(ctx context.Context, q query) ([]string, error) {
	m := fts5Match(q.text)
	if m == "" {
		return nil, nil
	}
	rows, err := e.find.QueryContext(ctx, m)
	if err != nil {
		return nil, fmt.Errorf("fts5: %q: %w", m, err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// update deletes and reinserts the row, as an application keeping an
// FTS5 table next to its records would.
func (e *fts5Engine) update(ctx context.Context, d search.Doc) error {
	tx, err := e.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	rowid := e.rowid[d.ID]
	if _, err := tx.ExecContext(ctx, `DELETE FROM fts WHERE rowid = ?`, rowid); err != nil {
		return fmt.Errorf("fts5: delete: %w", err)
	}
	g := groupFields(d)
	if _, err := tx.ExecContext(ctx, `INSERT INTO fts(rowid, id, kind, name, term, synonym, summary, org, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		rowid, d.ID, d.Kind, g.name, g.term, g.synonym, g.summary, g.org, g.description); err != nil {
		return fmt.Errorf("fts5: insert: %w", err)
	}
	return tx.Commit()
}

// storage sums the pages of the FTS5 shadow tables: all of them, and
// the inverted index alone (fts_data and fts_idx, without the stored
// texts of fts_content and the lengths of fts_docsize).
func (e *fts5Engine) storage(ctx context.Context) (int64, int64, error) {
	rows, err := e.db.QueryContext(ctx, `SELECT name, SUM(pgsize) FROM dbstat WHERE name LIKE 'fts%' GROUP BY name`)
	if err != nil {
		return 0, 0, fmt.Errorf("fts5: dbstat: %w", err)
	}
	defer rows.Close()
	var total, index int64
	for rows.Next() {
		var name string
		var n int64
		if err := rows.Scan(&name, &n); err != nil {
			return 0, 0, err
		}
		total += n
		if name == "fts_data" || name == "fts_idx" {
			index += n
		}
	}
	return total, index, rows.Err()
}

func (e *fts5Engine) close(context.Context) error {
	if e.db == nil {
		return nil
	}
	err := e.db.Close()
	e.db = nil
	for _, f := range []string{e.path, e.path + "-wal", e.path + "-shm"} {
		os.Remove(f)
	}
	return err
}

// fts5Match turns what a reader typed into an FTS5 query that cannot
// be a syntax error: its words, each quoted, all required (AND), German
// stop words left out unless nothing else is left, and the last word a
// prefix while it is being typed (the query does not end in a space and
// the word has at least 3 letters), which is the rule Lotse's engine
// follows. Words are split as the unicode61 tokenizer splits them
// (letters, digits, marks), so quoting never joins or splits them
// differently.
func fts5Match(typed string) string {
	words := queryWords(typed)
	if len(words) == 0 {
		return ""
	}
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(`"` + strings.ReplaceAll(w, `"`, `""`) + `"`)
		if i == len(words)-1 && typing(typed, w) {
			b.WriteByte('*')
		}
	}
	return b.String()
}

// queryWords splits a query into words and drops German stop words,
// unless the query has nothing else.
func queryWords(typed string) []string {
	all := strings.FieldsFunc(typed, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
	})
	var words []string
	for _, w := range all {
		if !germanStop[strings.ToLower(w)] {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		words = all
	}
	// The first 12, as Lotse does, so that pasted text stays cheap.
	return words[:min(len(words), 12)]
}

// typing reports whether the last word w of typed is still being typed
// and long enough to be a prefix.
func typing(typed, w string) bool {
	return utf8.RuneCountInString(w) >= 3 && !strings.HasSuffix(typed, " ") && strings.HasSuffix(strings.ToLower(typed), strings.ToLower(w))
}

// germanStop are frequent German function words; PostgreSQL's german
// configuration and Lotse drop such words too, FTS5 has no stop words.
var germanStop = map[string]bool{}

func init() {
	for w := range strings.FieldsSeq(`aber alle als am an auch auf aus bei bin bis da damit das dass dem den der des die
		doch du ein eine einem einen einer eines er es für fur fuer hat ich ihr im in ist ja kann mit nach nicht noch
		oder sich sie sind so um und uns von vor wie wir zu zum zur über uber ueber`) {
		germanStop[w] = true
	}
}
