package app

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"testing"
	"time"

	"github.com/lotse/lotse/internal/search"
	"github.com/lotse/lotse/internal/searchlog"
	"github.com/lotse/lotse/internal/store"
	"github.com/lotse/lotse/internal/testdb"
)

// TestSearchesAreCountedAndWrittenOnClose searches the public site of a
// running server and checks that the counts, still in memory when the
// server stops, are in the database afterwards.
func TestSearchesAreCountedAndWrittenOnClose(t *testing.T) {
	dsn := testdb.DSN(t)
	cfg := Config{Addr: "127.0.0.1:0", DB: dsn, DataDir: t.TempDir(), LogLevel: "warn", LogFormat: "text", Demo: true}
	inst, err := Start(context.Background(), cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"Pflege", "pflege", "ayse@example.org"} {
		res, err := http.Get(inst.URL + "/kreis-re/tr/offers?q=" + q)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusOK {
			t.Fatalf("search %q: status %d", q, res.StatusCode)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := inst.Close(ctx); err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	r, err := s.RegionBySlug(ctx, "kreis-re")
	if err != nil {
		t.Fatal(err)
	}
	st, err := s.SearchStats(ctx, r.ID, searchlog.Month(time.Now()), "tr", 10)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int64{}
	for _, q := range st.Top {
		got[q.Query] = q.Searches
	}
	if len(got) != 2 || got[search.Normalize("Pflege")] != 2 || got[searchlog.Hidden] != 1 {
		t.Errorf("stored %v, want 2 × %q and 1 × %q", got, search.Normalize("Pflege"), searchlog.Hidden)
	}
}
