package offerindex

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

// benchIndex builds an index of n offers shaped like the synthetic
// datasets: 10 towns, 40 terms (2–5 per offer), 12 languages.
func benchIndex(b *testing.B, n int) (*Index, *fakeSource) {
	b.Helper()
	rng := rand.New(rand.NewPCG(7, 11))
	src := &fakeSource{offers: make(map[string]store.ServiceFacets, n)}
	words := []string{"Beratung", "Pflege", "Sprachkurs", "Treff", "Hilfe", "Sport", "Familie", "Arbeit", "Wohnen", "Gesundheit"}
	langs := []string{"de", "tr", "ar", "ru", "pl", "uk", "ro", "bg", "fa", "ku", "en", "fr"}
	for i := range n {
		f := store.ServiceFacets{ID: fmt.Sprintf("%08d", i), Status: directory.StatusActive,
			Name: fmt.Sprintf("%s %s %d", words[rng.IntN(len(words))], words[rng.IntN(len(words))], i), Free: rng.IntN(3) > 0}
		for range rng.IntN(3) + 1 {
			f.TownIDs = append(f.TownIDs, fmt.Sprintf("town%d", rng.IntN(10)))
		}
		for range rng.IntN(4) + 2 {
			f.TermIDs = append(f.TermIDs, fmt.Sprintf("term%d", rng.IntN(40)))
		}
		f.Langs = append(f.Langs, "de")
		for range rng.IntN(3) {
			f.Langs = append(f.Langs, langs[rng.IntN(len(langs))])
		}
		src.put(f)
	}
	ix := New(src)
	if err := ix.Refresh(context.Background(), "r"); err != nil {
		b.Fatal(err)
	}
	return ix, src
}

func needsGroup() []string {
	out := make([]string, 30)
	for i := range out {
		out[i] = fmt.Sprintf("term%d", i)
	}
	return out
}

// BenchmarkSearch is the offer list: filtered by town and need, page 50,
// with facet counts; served from the result cache, and computed afresh
// (uncached), as the first request after a change does.
func BenchmarkSearch(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		ix, _ := benchIndex(b, n)
		q := Query{Towns: []string{"town3"}, TermGroups: []TermGroup{{IDs: []string{"term5"}, Members: needsGroup()}}, Offset: 980, Limit: 20}
		b.Run(fmt.Sprintf("offers=%d/town+need", n), func(b *testing.B) {
			for b.Loop() {
				ix.Search("r", q)
			}
		})
		b.Run(fmt.Sprintf("offers=%d/town+need/uncached", n), func(b *testing.B) {
			snap := ix.ptr("r").Load()
			for b.Loop() {
				snap.match(q)
			}
		})
		b.Run(fmt.Sprintf("offers=%d/unfiltered", n), func(b *testing.B) {
			for b.Loop() {
				ix.Search("r", Query{Offset: 980, Limit: 20})
			}
		})
	}
}

// BenchmarkBuild is the index build at start-up (collation keys, sort).
func BenchmarkBuild(b *testing.B) {
	_, src := benchIndex(b, 100_000)
	for b.Loop() {
		ix := New(src)
		if err := ix.Refresh(context.Background(), "r"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRefreshOneChange is what a staff edit costs the index.
func BenchmarkRefreshOneChange(b *testing.B) {
	ix, src := benchIndex(b, 100_000)
	i := 0
	for b.Loop() {
		i++
		src.put(store.ServiceFacets{ID: fmt.Sprintf("%08d", i%1000), Name: fmt.Sprintf("Geändert %d", i), Status: directory.StatusActive, TownIDs: []string{"town1"}})
		if err := ix.Refresh(context.Background(), "r"); err != nil {
			b.Fatal(err)
		}
	}
}
