package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/lotse/lotse/internal/search"
	"github.com/lotse/lotse/internal/testdb"
)

// oddInputs are things people paste or type that are FTS5 or tsquery
// syntax.
var oddInputs = []string{`"`, `""`, `*`, `pflege*`, `AND`, `pflege OR NOT beratung`, `(`, `pflege"`, `-beratung`,
	`NEAR(pflege beratung)`, `name:pflege`, `^pflege`, `'`, ``, `   `, `für`, `a & b | !c`, `pflege:*`, `ﷺ`, `Ärztin <-> x`}

var tinyDocs = []search.Doc{
	{ID: "a", Kind: search.KindService, Texts: []search.Text{{Field: search.FieldName, Lang: "de", Text: "Pflegeberatung für Ältere"}}},
	{ID: "b", Kind: search.KindService, Texts: []search.Text{{Field: search.FieldName, Lang: "de", Text: "Pflege zu Hause"},
		{Field: search.FieldDescription, Lang: "de", Text: "Ärztin und Beratung"}}},
	{ID: "c", Kind: search.KindOrganization, Texts: []search.Text{{Field: search.FieldName, Lang: "de", Text: "Pflegedienst Marl"}}},
}

// searchCases are what the baselines must find in tinyDocs; they pin
// the query building (quoting, AND, prefix while typing, kind filter).
var searchCases = []struct {
	q    string
	want []string
}{
	{"pfleg", []string{"a", "b"}},      // the last word is a prefix while typing
	{"pflege ", []string{"b"}},         // a finished word is not
	{"pflege beratung", []string{"b"}}, // all words must match
	{"pflegedienst", nil},              // organisations are not offers
}

func TestFTS5(t *testing.T) {
	ctx := context.Background()
	e := &fts5Engine{path: filepath.Join(t.TempDir(), "fts.db")}
	if err := e.build(ctx, tinyDocs); err != nil {
		t.Fatal(err)
	}
	defer e.close(ctx)
	for _, q := range oddInputs {
		if _, err := e.search(ctx, query{q, "de"}); err != nil {
			t.Errorf("search %q: %v", q, err)
		}
	}
	for _, c := range append(searchCases, struct {
		q    string
		want []string
	}{"arztin ", []string{"b"}}) { // diacritics removed
		got, err := e.search(ctx, query{c.q, "de"})
		if err != nil {
			t.Fatal(err)
		}
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("search %q = %v, want %v", c.q, got, c.want)
		}
	}
	checkUpdate(t, e)
}

func TestPostgres(t *testing.T) {
	if !testdb.Postgres() {
		t.Skip("LOTSE_TEST_DB is not postgres")
	}
	ctx := context.Background()
	e, err := connectPG(ctx, pgURL())
	if err != nil {
		t.Fatal(err)
	}
	defer e.drop(ctx)
	if err := e.build(ctx, tinyDocs); err != nil {
		t.Fatal(err)
	}
	for _, mode := range []*pgEngine{e, e.view(true)} {
		for _, q := range oddInputs {
			if _, err := mode.search(ctx, query{q, "de"}); err != nil {
				t.Errorf("%s: search %q: %v", mode.name(), q, err)
			}
		}
	}
	for _, c := range searchCases {
		got, err := e.view(true).search(ctx, query{c.q, "de"})
		if err != nil {
			t.Fatal(err)
		}
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("search %q = %v, want %v", c.q, got, c.want)
		}
	}
	checkUpdate(t, e)
}

// checkUpdate tests that an updated document is found by its new word.
func checkUpdate(t *testing.T, e engine) {
	t.Helper()
	ctx := context.Background()
	w := marker(3)
	if err := e.update(ctx, updatedDoc(tinyDocs[1], w)); err != nil {
		t.Fatal(err)
	}
	got, err := e.search(ctx, query{w + " ", "de"})
	if err != nil || !slices.Equal(got, []string{"b"}) {
		t.Errorf("after update, search %q = %v, %v; want [b]", w, got, err)
	}
}

func pgURL() string {
	if u := os.Getenv("LOTSE_TEST_POSTGRES"); u != "" {
		return u
	}
	return testdb.DefaultPostgres
}

func TestMarkersDiffer(t *testing.T) {
	seen := map[string]bool{}
	for i := range 5000 {
		m := marker(i)
		if seen[m] || len(queryWords(m)) != 1 {
			t.Fatalf("marker(%d) = %q: repeated or not one word", i, m)
		}
		seen[m] = true
	}
}

func TestPercentiles(t *testing.T) {
	var ds []time.Duration
	for i := 100; i >= 1; i-- {
		ds = append(ds, time.Duration(i))
	}
	p50, p99, high := percentiles(ds)
	if p50 != 50 || p99 != 99 || high != 100 {
		t.Errorf("percentiles = %d, %d, %d; want 50, 99, 100", p50, p99, high)
	}
}

// TestRun runs the quality part and a tiny scale run end to end and
// checks that every engine has its rows and that Lotse finds something.
func TestRun(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the demo region and generates offers")
	}
	args := []string{"-sizes", "300", "-queries", "50", "-updates", "5", "-sqlite-dir", t.TempDir()}
	if testdb.Postgres() {
		args = append(args, "-pg", pgURL())
	}
	var out bytes.Buffer
	if err := run(context.Background(), args, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	names := []string{"Lotse (offer list)", "Lotse (internal/search)", "SQLite FTS5"}
	if testdb.Postgres() {
		names = append(names, "PostgreSQL FTS", "PostgreSQL FTS (+ prefix)")
	}
	for _, name := range names {
		// A quality row and five tables of figures.
		if n := bytes.Count(out.Bytes(), []byte("| "+name+" |")); n != 6 {
			t.Errorf("%d rows of %s, want 6:\n%s", n, name, out.String())
		}
	}
	m := regexp.MustCompile(`\| Lotse \(offer list\) \| ([0-9.]+) \|`).FindSubmatch(out.Bytes())
	if m == nil {
		t.Fatalf("no quality row for Lotse:\n%s", out.String())
	}
	if recall, _ := strconv.ParseFloat(string(m[1]), 64); recall <= 0 {
		t.Errorf("Lotse's recall@5 is %v", recall)
	}
	if bytes.Contains(out.Bytes(), []byte("Errors from")) {
		t.Errorf("an engine failed queries:\n%s", out.String())
	}
}
