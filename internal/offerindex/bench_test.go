package offerindex

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

// benchIndex builds an index of n offers shaped like the synthetic
// datasets: 10 towns, 40 terms (2–5 per offer), 12 languages.
func benchIndex(b *testing.B, n int) (*Index, *fakeSource) {
	b.Helper()
	rng := rand.New(rand.NewPCG(7, 11))
	src := &fakeSource{offers: make(map[string]store.ServiceFacets, n), places: make(map[string][]store.ServicePlace, n)}
	// 60 patterns of opening hours, shared like real ones are.
	days := []string{"MO", "TU", "WE", "TH", "FR", "MO,WE", "TU,TH", "MO,TU,WE,TH,FR", "SA", "1SA"}
	var hours []directory.Hours
	for i := range 60 {
		d := days[i%len(days)]
		freq := directory.FreqWeekly
		if d == "1SA" {
			freq = directory.FreqMonthly
		}
		hours = append(hours, directory.Hours{{Freq: freq, ByDay: d, OpensAt: fmt.Sprintf("%02d:00", 8+i%5), ClosesAt: fmt.Sprintf("%02d:30", 13+i%6)}})
	}
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
		var places []store.ServicePlace
		for range rng.IntN(2) + 1 {
			t := rng.IntN(10)
			places = append(places, store.ServicePlace{LocationID: "l", HasPoint: true, Lat: 51.55 + float64(t)*0.02 + rng.Float64()*0.02,
				Lon: 6.95 + float64(t)*0.04 + rng.Float64()*0.03, PostalCode: fmt.Sprintf("4576%d", t), StepFree: rng.IntN(3) == 0,
				Hours: hours[rng.IntN(len(hours))]})
		}
		src.places[f.ID] = places
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
		// What the public list asks since the filters of issue 4: the
		// opening options counted from now, on every list.
		now := time.Date(2026, 11, 24, 10, 0, 0, 0, directory.Berlin)
		withCounts := q
		withCounts.CountOpen = now
		b.Run(fmt.Sprintf("offers=%d/town+need+opening-counts/uncached", n), func(b *testing.B) {
			snap := ix.ptr("r").Load()
			for b.Loop() {
				snap.match(withCounts)
			}
		})
		near := Query{Near: &Point{51.65, 7.09}, Radius: 10, CountOpen: now, StepFree: true, Limit: 20}
		b.Run(fmt.Sprintf("offers=%d/near+step-free+opening-counts/uncached", n), func(b *testing.B) {
			snap := ix.ptr("r").Load()
			for b.Loop() {
				snap.match(near)
			}
		})
		open := Query{OpenAt: now, CountOpen: now, Limit: 20}
		b.Run(fmt.Sprintf("offers=%d/open-now/uncached", n), func(b *testing.B) {
			snap := ix.ptr("r").Load()
			for b.Loop() {
				snap.match(open)
			}
		})
		text := Query{Text: "Pflege Beratung", Lang: "tr", CountOpen: now, Limit: 20}
		b.Run(fmt.Sprintf("offers=%d/text/uncached", n), func(b *testing.B) {
			snap := ix.ptr("r").Load()
			for b.Loop() {
				snap.match(text)
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
