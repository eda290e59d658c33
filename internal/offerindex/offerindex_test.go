package offerindex

import (
	"context"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/search"
	"github.com/lotse/lotse/internal/store"
)

// fakeSource serves facets from memory, as store.ServiceFacets would:
// offers with a revision above since.
type fakeSource struct {
	rev    int64
	offers map[string]store.ServiceFacets
	places map[string][]store.ServicePlace // by offer id
}

func (f *fakeSource) EachServicePlaces(_ context.Context, _ string, since int64, fn func(string, []store.ServicePlace)) error {
	for _, id := range slices.Sorted(maps.Keys(f.places)) {
		if o, ok := f.offers[id]; ok && o.Revision > since {
			fn(id, f.places[id])
		}
	}
	return nil
}

func (f *fakeSource) EachServiceFacets(_ context.Context, _ string, since int64, fn func(*store.ServiceFacets)) (int64, error) {
	for _, o := range f.offers {
		if o.Revision > since {
			fn(&o)
		}
	}
	return f.rev, nil
}

func (f *fakeSource) Revision(context.Context, string) (int64, error) { return f.rev, nil }

// EachSearchDoc gives each offer a document with its name as the only
// text, which is enough to test how the offer index uses the engine.
func (f *fakeSource) EachSearchDoc(_ context.Context, _ string, since int64, fn func(*search.Doc, bool)) (int64, error) {
	for _, o := range f.offers {
		if o.Revision > since {
			d := search.Doc{ID: o.ID, Kind: search.KindService, Texts: []search.Text{{Field: search.FieldName, Lang: "de", Text: o.Name}}}
			fn(&d, o.Hidden)
		}
	}
	return f.rev, nil
}

func (f *fakeSource) put(o store.ServiceFacets) {
	f.rev++
	o.Revision = f.rev
	if o.Status == "" {
		o.Status = directory.StatusActive
	}
	f.offers[o.ID] = o
}

func newFixture(t *testing.T) (*Index, *fakeSource) {
	t.Helper()
	src := &fakeSource{offers: map[string]store.ServiceFacets{}}
	for _, o := range []store.ServiceFacets{
		{ID: "1", Name: "Öffentliche Sprechstunde", TownIDs: []string{"marl"}, TermIDs: []string{"care", "seniors"}, Langs: []string{"de", "tr"}, Free: true},
		{ID: "2", Name: "Altenhilfe", TownIDs: []string{"marl", "dorsten"}, TermIDs: []string{"care"}, Langs: []string{"de"}},
		{ID: "3", Name: "Zumba", TownIDs: []string{"dorsten"}, TermIDs: []string{"sport", "seniors"}, Langs: []string{"de", "ar"}, Free: true},
		{ID: "4", Name: "Ohne Ort", TermIDs: []string{"care"}, Langs: []string{"ru"}},
		{ID: "5", Name: "Archiviert", TownIDs: []string{"marl"}, TermIDs: []string{"care"}, Hidden: true},
		{ID: "6", Name: "Eingestellt", TownIDs: []string{"marl"}, TermIDs: []string{"care"}, Status: directory.StatusDefunct},
		{ID: "7", Name: "ärztliche Beratung", TownIDs: []string{"marl"}, TermIDs: []string{"health"}, Status: directory.StatusTemporarilyClosed},
	} {
		src.put(o)
	}
	ix := New(src)
	if err := ix.Refresh(context.Background(), "r"); err != nil {
		t.Fatal(err)
	}
	return ix, src
}

var needs = []string{"care", "sport", "health"}

func TestSearchFiltersAndOrder(t *testing.T) {
	ix, _ := newFixture(t)
	tests := []struct {
		name string
		q    Query
		want []string
	}{
		// German order: Umlauts sort with their base letter (Öff… before
		// Ohne), case is ignored (ärztliche after Altenhilfe).
		{"all public, German order", Query{}, []string{"2", "7", "1", "4", "3"}},
		{"town", Query{Towns: []string{"marl"}}, []string{"2", "7", "1"}},
		{"two towns are alternatives", Query{Towns: []string{"marl", "dorsten"}}, []string{"2", "7", "1", "3"}},
		{"town and need", Query{Towns: []string{"dorsten"}, TermGroups: []TermGroup{{IDs: []string{"care"}, Members: needs}}}, []string{"2"}},
		{"language", Query{Langs: []string{"tr", "ar"}}, []string{"1", "3"}},
		{"free", Query{Free: true}, []string{"1", "3"}},
		{"two term groups must both match", Query{TermGroups: []TermGroup{{IDs: []string{"care"}, Members: needs}, {IDs: []string{"seniors"}, Members: []string{"seniors"}}}}, []string{"1"}},
		{"unknown value matches nothing", Query{Towns: []string{"nowhere"}}, nil},
		{"paging", Query{Offset: 1, Limit: 2}, []string{"7", "1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ix.Search("r", tt.q)
			if !slices.Equal(got.IDs, tt.want) {
				t.Errorf("IDs = %v, want %v", got.IDs, tt.want)
			}
			if tt.q.Offset == 0 && got.Total != len(tt.want) {
				t.Errorf("Total = %d, want %d", got.Total, len(tt.want))
			}
		})
	}
}

func TestFacetCounts(t *testing.T) {
	ix, _ := newFixture(t)
	// With town=marl chosen, the town counts still say how many offers
	// each town would give (other towns are alternatives), while the
	// need counts are within Marl.
	got := ix.Search("r", Query{Towns: []string{"marl"}, TermGroups: []TermGroup{{Members: needs}}})
	want := map[string]int{"marl": 3, "dorsten": 2, "care": 2, "health": 1, "seniors": 1, "de": 2, "tr": 1}
	for k, v := range want {
		if got.Counts[k] != v {
			t.Errorf("Counts[%s] = %d, want %d", k, got.Counts[k], v)
		}
	}
	if got.Counts["sport"] != 0 {
		t.Errorf("sport counted within Marl: %d", got.Counts["sport"])
	}
	// A chosen need: the other needs count as alternatives, within Marl.
	got = ix.Search("r", Query{Towns: []string{"marl"}, TermGroups: []TermGroup{{IDs: []string{"health"}, Members: needs}}})
	if got.Counts["care"] != 2 || got.Counts["health"] != 1 || got.Total != 1 {
		t.Errorf("with need=health: care=%d health=%d total=%d", got.Counts["care"], got.Counts["health"], got.Total)
	}
	// A target-group term of an offer that fails the needs group must not
	// be counted: it belongs to another group.
	got = ix.Search("r", Query{TermGroups: []TermGroup{{IDs: []string{"sport"}, Members: needs}, {Members: []string{"seniors"}}}})
	if got.Counts["seniors"] != 1 {
		t.Errorf("seniors = %d, want 1 (only the sport offer)", got.Counts["seniors"])
	}
	if got.FreeCount != 1 {
		t.Errorf("FreeCount = %d, want 1", got.FreeCount)
	}
}

func TestIncrementalRefresh(t *testing.T) {
	ix, src := newFixture(t)
	before := ix.Revision("r")
	src.put(store.ServiceFacets{ID: "8", Name: "Aaa neu", TownIDs: []string{"marl"}})          // new
	src.put(store.ServiceFacets{ID: "2", Name: "Zzz umbenannt", TownIDs: []string{"dorsten"}}) // renamed, moved
	src.put(store.ServiceFacets{ID: "3", Name: "Zumba", Hidden: true})                         // archived
	if err := ix.Refresh(context.Background(), "r"); err != nil {
		t.Fatal(err)
	}
	if ix.Revision("r") <= before {
		t.Fatal("revision did not advance")
	}
	got := ix.Search("r", Query{})
	want := []string{"8", "7", "1", "4", "2"}
	if !slices.Equal(got.IDs, want) {
		t.Errorf("after refresh IDs = %v, want %v", got.IDs, want)
	}
	if n := ix.Search("r", Query{Towns: []string{"marl"}}).Total; n != 3 {
		t.Errorf("marl total = %d, want 3", n)
	}
}

func TestUnknownRegionIsEmpty(t *testing.T) {
	ix, _ := newFixture(t)
	if got := ix.Search("other", Query{}); got.Total != 0 || len(got.IDs) != 0 {
		t.Errorf("got %+v", got)
	}
}

// TestIncrementalEqualsFullBuild changes random offers many times and
// checks that the incrementally refreshed index always answers exactly
// like one built from scratch.
func TestIncrementalEqualsFullBuild(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	towns := []string{"a", "b", "c"}
	terms := []string{"x", "y", "z"}
	names := []string{"Ärzte", "Arbeit", "Beratung", "beratung", "Zumba", "Öffnung", "Ohne", "10 Schritte", "9 Schritte"}
	pick := func(vals []string) []string {
		var out []string
		for _, v := range vals {
			if rng.IntN(2) == 0 {
				out = append(out, v)
			}
		}
		return out
	}
	src := &fakeSource{offers: map[string]store.ServiceFacets{}}
	ix := New(src)
	for round := range 40 {
		for range rng.IntN(8) + 1 {
			status := directory.StatusActive
			if rng.IntN(6) == 0 {
				status = directory.StatusDefunct
			}
			src.put(store.ServiceFacets{ID: fmt.Sprint(rng.IntN(30)), Name: names[rng.IntN(len(names))], Status: status,
				Hidden: rng.IntN(8) == 0, TownIDs: pick(towns), TermIDs: pick(terms), Langs: pick([]string{"de", "tr"}), Free: rng.IntN(2) == 0})
		}
		if err := ix.Refresh(context.Background(), "r"); err != nil {
			t.Fatal(err)
		}
		fresh := New(src)
		if err := fresh.Refresh(context.Background(), "r"); err != nil {
			t.Fatal(err)
		}
		for _, q := range []Query{{Limit: 100}, {Towns: []string{"a"}, Limit: 100}, {TermGroups: []TermGroup{{IDs: []string{"y"}, Members: terms}}, Limit: 100}, {Free: true, Langs: []string{"tr"}, Limit: 100}} {
			got, want := ix.Search("r", q), fresh.Search("r", q)
			if !slices.Equal(got.IDs, want.IDs) || got.Total != want.Total || !maps.Equal(got.Counts, want.Counts) {
				t.Fatalf("round %d, query %+v:\nincremental %+v\nfull        %+v", round, q, got, want)
			}
		}
	}
}
