package search

import (
	"fmt"
	"os"
	"runtime"
	"slices"
	"testing"
	"time"
)

func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		docs := synthDocs(n, 7)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Build(docs)
			}
		})
	}
}

// BenchmarkBuildReference is the build before the Builder, for
// comparison.
func BenchmarkBuildReference(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		docs := synthDocs(n, 7)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				newIndex(refBuildSegment(uniqueSorted(docs), nil), nil, 0, nil)
			}
		})
	}
}

// BenchmarkBuilderShuffled adds the docs in random order, as the store
// streams them, which makes the Builder sort postings at the end.
func BenchmarkBuilderShuffled(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		docs := shuffled(synthDocs(n, 7), 1)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				bl := NewBuilder()
				for i := range docs {
					bl.Add(&docs[i])
				}
				bl.Index()
			}
		})
	}
}

func BenchmarkSearch(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		ix := Build(synthDocs(n, 7))
		runtime.GC() // the garbage of the build would be collected during the first run
		for _, q := range []string{"pflege beratung", "familie marl", "Pfelgeberatung", "sprachk"} {
			b.Run(fmt.Sprintf("%d/%s", n, q), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					ix.Search(Query{Text: q, Lang: "tr"})
				}
			})
		}
	}
}

func BenchmarkUpdateOne(b *testing.B) {
	docs := synthDocs(100_000, 7)
	ix := Build(docs)
	extra := synthDocs(200, 9)
	runtime.GC()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		d := extra[i%len(extra)]
		d.ID = docs[i%len(docs)].ID
		ix = ix.Update([]Doc{d}, nil)
		i++
	}
}

// TestPerf reports the heap taken by an index of 100,000 offers, search
// latency percentiles and update latency; run with LOTSE_SEARCH_PERF=1
// (it takes a while). It asserts nothing about time.
func TestPerf(t *testing.T) {
	if testing.Short() || os.Getenv("LOTSE_SEARCH_PERF") != "1" {
		t.Skip("set LOTSE_SEARCH_PERF=1")
	}
	docs := synthDocs(100_000, 7)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	ix := Build(docs)
	built := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	t.Logf("build of %d docs: %v, heap %.1f MB", ix.Len(), built.Round(time.Millisecond), float64(after.HeapAlloc-before.HeapAlloc)/1e6)
	percentiles := func(ds []time.Duration) string {
		slices.Sort(ds)
		return fmt.Sprintf("p50 %v p99 %v max %v", ds[len(ds)/2].Round(time.Microsecond),
			ds[len(ds)*99/100].Round(time.Microsecond), ds[len(ds)-1].Round(time.Microsecond))
	}
	queries := []string{"pflege beratung", "familie marl", "sprachk", "Pfelgeberatung", "seniorentreff kinder", "deutschkurs", "hilfe wohnung dorsten"}
	measure := func(label string) {
		for _, q := range queries {
			var ds []time.Duration
			n := 0
			for range 200 {
				start := time.Now()
				n = len(ix.Search(Query{Text: q, Lang: "tr"}))
				ds = append(ds, time.Since(start))
			}
			t.Logf("%s %q (%d hits): %s", label, q, n, percentiles(ds))
		}
	}
	measure("fresh")
	extra := synthDocs(300, 9)
	var ds []time.Duration
	for i, d := range extra {
		d.ID = docs[i*7].ID
		start := time.Now()
		ix = ix.Update([]Doc{d}, nil)
		ds = append(ds, time.Since(start))
	}
	t.Logf("update of one doc (300 updates, %d merges): %s", 300/(mergeAt+1), percentiles(ds))
	measure("after updates")
	runtime.KeepAlive(docs)
}
