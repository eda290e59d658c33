package searchlog_test

import (
	"cmp"
	"context"
	"errors"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/search"
	"github.com/lotse/lotse/internal/searchlog"
	"github.com/lotse/lotse/internal/store"
	"github.com/lotse/lotse/internal/testdb"
)

// The store is what a Recorder writes to in production.
var _ searchlog.Saver = (*store.Store)(nil)

func TestClean(t *testing.T) {
	t.Parallel()
	// What is kept of an ordinary query is search.Normalize's business;
	// here it matters only that it is kept, and what is hidden.
	for _, tc := range []struct {
		in     string
		hidden bool
	}{
		{"Pflegeberatung", false},
		{"  pflege   MAMA ", false},
		{"yaşlı bakımı", false},
		{"деменция", false},
		// personal data, or what may be
		{"ayse.yilmaz@example.org", true},
		{"ayse at example.org @", true},
		{"ayse＠example.org", true},
		{"0176 1234567", true},
		{"Tel. 02365/99-12", true},
		{"+49 (2365) 991", true},
		{"geboren 01.02.1950", true},
		{"457681", true},
		{"45768 45772", true}, // two codes in a row read as one long number
		{"45768-1234", true},
		{"0176 12345", true},
		{"Hauptstr. 5, 45768", true},
		{"DE89 3704 0044", true},
		{"٠١٧٦١٢٣٤٥", true}, // Arabic-Indic digits
		// few digits are fine
		{"Kita U3", false},
		{"2 Kinder 3 Jahre 4 Wochen 5 Tage", false},
		{"B1 Kurs 2026", false},
		// a postal code alone is a place, not a person
		{"45768", false},
		{"Pflegeberatung 45768 Marl", false},
		{"D-45768", false},
	} {
		want := search.Normalize(tc.in)
		if tc.hidden {
			want = searchlog.Hidden
		}
		if got := searchlog.Clean(tc.in); got != want || got == "" {
			t.Errorf("Clean(%q) = %q, want %q", tc.in, got, want)
		}
	}
	for _, in := range []string{"", "  ?!  ", "\t"} {
		if got := searchlog.Clean(in); got != "" {
			t.Errorf("Clean(%q) = %q, want nothing", in, got)
		}
	}
	long := strings.Repeat("pflege ", 40)
	if got := []rune(searchlog.Clean(long)); len(got) > searchlog.MaxQueryRunes {
		t.Errorf("a long query kept %d runes, want at most %d", len(got), searchlog.MaxQueryRunes)
	}
}

func TestMonths(t *testing.T) {
	t.Parallel()
	// 23:30 UTC on 31 October is already November in Germany.
	if got := searchlog.Month(time.Date(2026, 10, 31, 23, 30, 0, 0, time.UTC)); got != "2026-11" {
		t.Errorf("Month = %q, want 2026-11", got)
	}
	for _, tc := range []struct {
		month string
		n     int
		want  string
	}{{"2026-11", 24, "2024-11"}, {"2026-01", 1, "2025-12"}, {"2026-03", 0, "2026-03"}} {
		if got := searchlog.MonthsBefore(tc.month, tc.n); got != tc.want {
			t.Errorf("MonthsBefore(%s, %d) = %s, want %s", tc.month, tc.n, got, tc.want)
		}
	}
	if got := searchlog.OldestKept(time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC)); got != "2024-12" {
		t.Errorf("OldestKept = %s, want 2024-12 (24 months with November 2026)", got)
	}
	for s, want := range map[string]bool{"2026-11": true, "2026-13": false, "2026-00": false, "abc": false, "2026-1": false, "": false} {
		if got := searchlog.ValidMonth(s); got != want {
			t.Errorf("ValidMonth(%q) = %v", s, got)
		}
	}
}

// sorted returns counts in a fixed order, for comparison.
func sorted(cs []searchlog.Count) []searchlog.Count {
	slices.SortFunc(cs, func(a, b searchlog.Count) int {
		return cmp.Or(cmp.Compare(a.RegionID, b.RegionID), cmp.Compare(a.Month, b.Month), cmp.Compare(a.Lang, b.Lang), cmp.Compare(a.Query, b.Query))
	})
	return cs
}

// fixedClock sets the recorder's clock to a moment in November 2026.
func fixedClock(r *searchlog.Recorder) {
	r.Now = func() time.Time { return time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC) }
}

// saver collects what a Recorder writes, and fails when told to; the
// flush tests against a real database are in TestFlushToStore.
type saver struct {
	mu   sync.Mutex
	got  []searchlog.Count
	fail bool
}

func (s *saver) SaveSearchCounts(_ context.Context, cs []searchlog.Count) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail {
		return errors.New("database away")
	}
	s.got = append(s.got, cs...)
	return nil
}

func TestRecorderAggregates(t *testing.T) {
	t.Parallel()
	r := searchlog.New(&saver{}, nil)
	fixedClock(r)
	const a, b = "region-a", "region-b"
	r.Record(a, "tr", "Pflege", 3)
	r.Record(a, "tr", "pflege ", 0)
	r.Record(a, "tr", "PFLEGE", 2)
	r.Record(a, "de", "Pflege", 1)
	r.Record(a, "de", "max@example.org", 0)
	r.Record(a, "de", "0176 1234567", 1)
	r.Record(a, "", "", 0)                // nothing typed: not counted
	r.Record("", "de", "ohne region", 0)  // no region: not counted
	r.Record(a, "<script>", "sprache", 0) // an odd language
	r.Record(b, "ar", "رعاية", 0)
	got := sorted(r.Pending())
	want := []searchlog.Count{
		{RegionID: a, Month: "2026-11", Lang: "de", Query: searchlog.Hidden, Searches: 2, ZeroResults: 1},
		{RegionID: a, Month: "2026-11", Lang: "de", Query: search.Normalize("Pflege"), Searches: 1},
		{RegionID: a, Month: "2026-11", Lang: "tr", Query: search.Normalize("Pflege"), Searches: 3, ZeroResults: 1},
		{RegionID: a, Month: "2026-11", Lang: "und", Query: search.Normalize("sprache"), Searches: 1, ZeroResults: 1},
		{RegionID: b, Month: "2026-11", Lang: "ar", Query: search.Normalize("رعاية"), Searches: 1, ZeroResults: 1},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("pending:\n got %+v\nwant %+v", got, want)
	}
}

// letters writes n in letters: digits would make the query look personal.
func letters(n int) string {
	s := ""
	for {
		s = string(rune('a'+n%26)) + s
		n /= 26
		if n == 0 {
			return s
		}
	}
}

func TestRecorderCapsDistinctQueries(t *testing.T) {
	t.Parallel()
	r := searchlog.New(&saver{}, nil)
	fixedClock(r)
	// Normalisation may fold two of these together; count what it keeps.
	seen := map[string]bool{}
	for i := 0; len(seen) < searchlog.MaxQueriesPerMonth+3; i++ {
		q := "frage " + letters(i)
		if c := searchlog.Clean(q); !seen[c] {
			seen[c] = true
			r.Record("a", "de", q, 1)
		}
	}
	r.Record("a", "de", "frage "+letters(1), 1) // known: still counted as itself
	r.Record("b", "de", "andere region", 1)
	n, other, first := 0, int64(0), int64(0)
	for _, c := range r.Pending() {
		switch {
		case c.RegionID == "b":
		case c.Query == searchlog.Other:
			other = c.Searches
		default:
			n++
			if c.Query == searchlog.Clean("frage "+letters(1)) {
				first = c.Searches
			}
		}
	}
	if n != searchlog.MaxQueriesPerMonth || other != 3 || first != 2 {
		t.Errorf("got %d queries, %d under Other, \"frage 1\" %d times; want %d, 3, 2", n, other, first, searchlog.MaxQueriesPerMonth)
	}
}

func TestRecorderKeepsCountsWhenFlushFails(t *testing.T) {
	t.Parallel()
	s := &saver{fail: true}
	r := searchlog.New(s, nil)
	fixedClock(r)
	r.Record("a", "de", "pflege", 1)
	if err := r.Flush(t.Context()); err == nil {
		t.Fatal("Flush did not report the failure")
	}
	r.Record("a", "de", "pflege", 0)
	s.fail = false
	if err := r.Close(t.Context()); err != nil {
		t.Fatal(err)
	}
	want := []searchlog.Count{{RegionID: "a", Month: "2026-11", Lang: "de", Query: "pflege", Searches: 2, ZeroResults: 1}}
	if !reflect.DeepEqual(s.got, want) {
		t.Errorf("written %+v, want %+v", s.got, want)
	}
	if p := r.Pending(); len(p) != 0 {
		t.Errorf("still pending after a good flush: %+v", p)
	}
}

// TestFlushToStore records from many goroutines (run with -race) while
// flushing, into a real database, and checks that every search arrives
// exactly once and nothing personal is stored.
func TestFlushToStore(t *testing.T) {
	t.Parallel()
	s := testdb.Open(t)
	ctx := t.Context()
	regions := make([]directory.Region, 2)
	for i, slug := range []string{"kreis-re", "stadt-b"} {
		regions[i] = directory.Region{Slug: slug, Name: slug, Languages: []string{"de", "tr"}}
		if err := s.CreateRegion(ctx, audit.System, &regions[i]); err != nil {
			t.Fatal(err)
		}
	}
	r := searchlog.New(s, nil)
	fixedClock(r)
	queries := []string{"Pflege", "pflege mama", "ayse@example.org", "Tel 0176 1234567", "Sprachkurs"}
	const workers, each = 8, 200
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := range each {
				reg := regions[(w+i)%2]
				r.Record(reg.ID, []string{"de", "tr"}[i%2], queries[i%len(queries)], i%3)
			}
		})
	}
	// Flushes while recording goes on.
	flushed := make(chan error, 1)
	go func() {
		var err error
		for range 5 {
			err = errors.Join(err, r.Flush(ctx))
		}
		flushed <- err
	}()
	wg.Wait()
	if err := <-flushed; err != nil {
		t.Fatal(err)
	}
	if err := r.Close(ctx); err != nil {
		t.Fatal(err)
	}
	var total, zero int64
	for _, reg := range regions {
		st, err := s.SearchStats(ctx, reg.ID, "2026-11", "", 100)
		if err != nil {
			t.Fatal(err)
		}
		total += st.Searches
		zero += st.ZeroResults
		for _, q := range st.Top {
			if strings.ContainsAny(q.Query, "@0123456789") {
				t.Errorf("stored a personal query: %q", q.Query)
			}
		}
		got := make([]string, len(st.Top))
		for i, q := range st.Top {
			got[i] = q.Query
		}
		slices.Sort(got)
		want := []string{searchlog.Hidden, search.Normalize("pflege"), search.Normalize("pflege mama"), search.Normalize("sprachkurs")}
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("queries of %s: %q, want %q", reg.Slug, got, want)
		}
	}
	// Every third search (i%3 == 0) found nothing.
	wantZero := int64(0)
	for i := range each {
		if i%3 == 0 {
			wantZero++
		}
	}
	if total != workers*each || zero != workers*wantZero {
		t.Errorf("stored %d searches, %d without results; want %d, %d", total, zero, workers*each, workers*wantZero)
	}
}
