package storetest

import (
	"fmt"
	"testing"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/searchlog"
)

// testSearchStats checks the anonymous search statistics: counts add up
// across flushes, stay in their region, month and language, are
// summed over languages on request, drop regions that do not exist,
// keep at most MaxQueriesPerMonth queries per region and month, expire
// by month, and are neither audited nor a change of the region.
func testSearchStats(t *testing.T, open Opener) {
	f := setup(t, open)
	other := f.region("stadt-b")
	const month = "2026-11"
	c := func(r *fx, month, lang, q string, n, zero int64) searchlog.Count {
		return searchlog.Count{RegionID: r.r.ID, Month: month, Lang: lang, Query: q, Searches: n, ZeroResults: zero}
	}
	save := func(cs ...searchlog.Count) {
		t.Helper()
		if err := f.s.SaveSearchCounts(f.ctx, cs); err != nil {
			t.Fatal(err)
		}
	}
	m := f.mark()
	save(
		c(f, month, "tr", "pflege", 3, 0),
		c(f, month, "de", "pflege", 2, 0),
		c(f, month, "tr", "yasli bakimi", 4, 4),
		c(f, month, "ru", "деменция", 1, 1),
		c(f, month, "de", searchlog.Hidden, 2, 1),
		c(f, "2026-10", "de", "sprachkurs", 9, 0),
		c(other, month, "de", "nur in b", 7, 7),
		// dropped: a region that does not exist, a malformed one, a bad month
		searchlog.Count{RegionID: directory.NewID(), Month: month, Lang: "de", Query: "niemand", Searches: 1},
		searchlog.Count{RegionID: "x'; DROP TABLE search_queries; --", Month: month, Lang: "de", Query: "niemand", Searches: 1},
		c(f, "2026-13", "de", "niemand", 1, 0),
	)
	// A second flush adds to the first.
	save(c(f, month, "tr", "pflege", 1, 1), c(f, month, "tr", "yasli bakimi", 1, 1))
	f.unchanged("saving search counts", m)

	q := func(query string, n, zero int64) searchlog.QueryCount {
		return searchlog.QueryCount{Query: query, Searches: n, ZeroResults: zero}
	}
	for _, tc := range []struct {
		name        string
		r           *fx
		month, lang string
		limit       int
		want        searchlog.Stats
	}{
		{"all languages", f, month, "", 10, searchlog.Stats{Searches: 14, ZeroResults: 8, Distinct: 4,
			Top:  []searchlog.QueryCount{q("pflege", 6, 1), q("yasli bakimi", 5, 5), q(searchlog.Hidden, 2, 1), q("деменция", 1, 1)},
			Zero: []searchlog.QueryCount{q("yasli bakimi", 5, 5), q(searchlog.Hidden, 2, 1), q("pflege", 6, 1), q("деменция", 1, 1)}}},
		{"Turkish", f, month, "tr", 10, searchlog.Stats{Searches: 9, ZeroResults: 6, Distinct: 2,
			Top:  []searchlog.QueryCount{q("yasli bakimi", 5, 5), q("pflege", 4, 1)},
			Zero: []searchlog.QueryCount{q("yasli bakimi", 5, 5), q("pflege", 4, 1)}}},
		{"limit", f, month, "", 1, searchlog.Stats{Searches: 14, ZeroResults: 8, Distinct: 4,
			Top: []searchlog.QueryCount{q("pflege", 6, 1)}, Zero: []searchlog.QueryCount{q("yasli bakimi", 5, 5)}}},
		{"other month", f, "2026-10", "", 10, searchlog.Stats{Searches: 9, Distinct: 1, Top: []searchlog.QueryCount{q("sprachkurs", 9, 0)}}},
		{"empty month", f, "2025-01", "", 10, searchlog.Stats{}},
		{"language without searches", f, month, "ar", 10, searchlog.Stats{}},
		{"other region", other, month, "", 10, searchlog.Stats{Searches: 7, ZeroResults: 7, Distinct: 1,
			Top: []searchlog.QueryCount{q("nur in b", 7, 7)}, Zero: []searchlog.QueryCount{q("nur in b", 7, 7)}}},
	} {
		got, err := f.s.SearchStats(f.ctx, tc.r.r.ID, tc.month, tc.lang, tc.limit)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		check(t, tc.name, got, tc.want)
	}

	for name, tc := range map[string]struct{ month, lang string }{
		"month abc":      {"abc", ""},
		"month 13":       {"2026-13", ""},
		"month injected": {"2026-11' OR '1'='1", ""},
		"language":       {month, "X<script>"},
	} {
		_, err := f.s.SearchStats(f.ctx, f.r.ID, tc.month, tc.lang, 10)
		wantCode(t, name, err, directory.EINVALID)
	}
	if got, err := f.s.SearchStats(f.ctx, "not-an-id", month, "", 10); err != nil || got.Searches != 0 {
		t.Errorf("malformed region: %+v, %v", got, err)
	}

	months, err := f.s.SearchMonths(f.ctx, f.r.ID)
	check(t, "months", months, []string{"2026-11", "2026-10"})
	if err != nil {
		t.Error(err)
	}

	// Retention: months before the given one go, in every region.
	n, err := f.s.DeleteSearchStatsBefore(f.ctx, "2026-11")
	if err != nil || n != 1 {
		t.Errorf("DeleteSearchStatsBefore = %d, %v; want 1 row", n, err)
	}
	months, _ = f.s.SearchMonths(f.ctx, f.r.ID)
	check(t, "months after retention", months, []string{"2026-11"})
	if b, _ := f.s.SearchStats(f.ctx, other.r.ID, month, "", 10); b.Searches != 7 {
		t.Errorf("retention deleted the current month of another region: %+v", b)
	}
	_, err = f.s.DeleteSearchStatsBefore(f.ctx, "soon")
	wantCode(t, "retention with a bad month", err, directory.EINVALID)
}

// testSearchStatsCap checks that a region's month keeps at most
// MaxQueriesPerMonth distinct queries: further new ones count under
// searchlog.Other, known ones still add up, and other months and
// regions are not affected.
func testSearchStatsCap(t *testing.T, open Opener) {
	f := setup(t, open)
	const month = "2026-11"
	var cs []searchlog.Count
	for i := range searchlog.MaxQueriesPerMonth - 1 {
		cs = append(cs, searchlog.Count{RegionID: f.r.ID, Month: month, Lang: "de", Query: fmt.Sprintf("anfrage %d", i), Searches: 1})
	}
	// Placeholders do not count towards the cap.
	cs = append(cs, searchlog.Count{RegionID: f.r.ID, Month: month, Lang: "de", Query: searchlog.Hidden, Searches: 1})
	if err := f.s.SaveSearchCounts(f.ctx, cs); err != nil {
		t.Fatal(err)
	}
	// One more fits (in another language: the cap is per region and
	// month); the next two new ones do not; a known one still counts.
	if err := f.s.SaveSearchCounts(f.ctx, []searchlog.Count{
		{RegionID: f.r.ID, Month: month, Lang: "tr", Query: "aaa letzte", Searches: 1},
		{RegionID: f.r.ID, Month: month, Lang: "tr", Query: "zzz zu viel", Searches: 2, ZeroResults: 2},
		{RegionID: f.r.ID, Month: month, Lang: "tr", Query: "zzz noch eine", Searches: 3},
		{RegionID: f.r.ID, Month: month, Lang: "de", Query: "anfrage 7", Searches: 5},
		{RegionID: f.r.ID, Month: "2026-12", Lang: "de", Query: "neuer monat", Searches: 1},
	}); err != nil {
		t.Fatal(err)
	}
	got, err := f.s.SearchStats(f.ctx, f.r.ID, month, "tr", 10)
	if err != nil {
		t.Fatal(err)
	}
	check(t, "Turkish queries at the cap", got.Top, []searchlog.QueryCount{
		{Query: searchlog.Other, Searches: 5, ZeroResults: 2}, {Query: "aaa letzte", Searches: 1}})
	all, err := f.s.SearchStats(f.ctx, f.r.ID, month, "", 1)
	if err != nil {
		t.Fatal(err)
	}
	if want := searchlog.MaxQueriesPerMonth + 2; all.Distinct != want {
		t.Errorf("distinct queries = %d, want %d (the cap and two placeholders)", all.Distinct, want)
	}
	check(t, "top query", all.Top, []searchlog.QueryCount{{Query: "anfrage 7", Searches: 6}})
	if dec, _ := f.s.SearchStats(f.ctx, f.r.ID, "2026-12", "", 10); dec.Searches != 1 {
		t.Errorf("the next month was capped too: %+v", dec)
	}
}
