package offerindex

import (
	"context"
	"slices"
	"testing"

	"github.com/lotse/lotse/internal/search"
	"github.com/lotse/lotse/internal/store"
)

func TestTextQuery(t *testing.T) {
	ix, src := newFixture(t)
	src.put(store.ServiceFacets{ID: "8", Name: "Beratung Pflege", TownIDs: []string{"marl"}, TermIDs: []string{"care"}, Langs: []string{"de"}})
	src.put(store.ServiceFacets{ID: "9", Name: "Beratung Pflege", TownIDs: []string{"dorsten"}, TermIDs: []string{"care"}, Langs: []string{"de", "tr"}})
	src.put(store.ServiceFacets{ID: "10", Name: "Beratung Pflege", TownIDs: []string{"marl"}, Hidden: true})
	if err := ix.Refresh(context.Background(), "r"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		q    Query
		want []string
	}{
		{"text alone, ties in name order", Query{Text: "Beratung Pflege"}, []string{"8", "9"}},
		{"reader's language first", Query{Text: "Beratung Pflege", Lang: "tr"}, []string{"9", "8"}},
		{"text and town", Query{Text: "Beratung Pflege", Towns: []string{"dorsten"}}, []string{"9"}},
		{"text and free matches nothing", Query{Text: "Beratung Pflege", Free: true}, nil},
		{"nothing found", Query{Text: "Schwimmen"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ix.Search("r", tt.q)
			if !slices.Equal(got.IDs, tt.want) {
				t.Errorf("IDs = %v, want %v", got.IDs, tt.want)
			}
			if got.Total != len(tt.want) {
				t.Errorf("Total = %d, want %d", got.Total, len(tt.want))
			}
		})
	}
	// Facet counts are over the offers the text finds.
	got := ix.Search("r", Query{Text: "Beratung Pflege", Towns: []string{"marl"}})
	if got.Counts["marl"] != 1 || got.Counts["dorsten"] != 1 || got.Counts["care"] != 1 {
		t.Errorf("counts = %v, want marl 1, dorsten 1, care 1", got.Counts)
	}
	// An archived offer leaves the text index on the next refresh.
	src.put(store.ServiceFacets{ID: "9", Name: "Beratung Pflege", Hidden: true})
	if err := ix.Refresh(context.Background(), "r"); err != nil {
		t.Fatal(err)
	}
	if hits := ix.SearchText("r", search.Query{Text: "Beratung Pflege", Kind: search.KindService}); len(hits) != 1 || hits[0].ID != "8" {
		t.Errorf("SearchText after archiving = %v, want only 8", hits)
	}
}

func TestDeferredSearch(t *testing.T) {
	src := &fakeSource{offers: map[string]store.ServiceFacets{}}
	src.put(store.ServiceFacets{ID: "1", Name: "Pflegeberatung", TownIDs: []string{"marl"}})
	src.put(store.ServiceFacets{ID: "2", Name: "Sprachkurs", TownIDs: []string{"dorsten"}})
	// One offer is small enough to index at once.
	small := New(src)
	small.DeferSearchAbove(2)
	if err := small.Refresh(context.Background(), "r"); err != nil || !small.SearchReady("r") {
		t.Fatalf("small region: ready %v, err %v", small.SearchReady("r"), err)
	}
	ix := New(src)
	ix.DeferSearchAbove(1)
	ctx := context.Background()
	if err := ix.Refresh(ctx, "r"); err != nil {
		t.Fatal(err)
	}
	// The filters work at once; a text query says it must wait.
	if got := ix.Search("r", Query{Towns: []string{"marl"}}); got.Total != 1 || got.SearchPending {
		t.Errorf("filter before the search index: %+v", got)
	}
	if got := ix.Search("r", Query{Text: "Pflege"}); !got.SearchPending || got.Total != 0 || ix.SearchReady("r") {
		t.Errorf("text before the search index: %+v, ready %v", got, ix.SearchReady("r"))
	}
	// The next refresh builds it, whether or not anything changed.
	if err := ix.Refresh(ctx, "r"); err != nil {
		t.Fatal(err)
	}
	if got := ix.Search("r", Query{Text: "Pflege"}); got.SearchPending || !slices.Equal(got.IDs, []string{"1"}) || !ix.SearchReady("r") {
		t.Errorf("text after the search index: %+v", got)
	}
}
