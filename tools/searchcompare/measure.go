package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"slices"
	"time"

	"github.com/lotse/lotse/internal/relevance"
	"github.com/lotse/lotse/internal/search"
	"github.com/lotse/lotse/internal/seed"
)

// qualityRow is one engine's result on the relevance set.
type qualityRow struct {
	engine string
	rep    relevance.Report
	err    error // the first error a query gave, if any
}

// scaleRow is one engine's figures at one size.
type scaleRow struct {
	build              time.Duration
	shared             bool // build and storage are those of another row
	fromStore          bool // the build read the documents from the store itself
	p50, p99           time.Duration
	queries            int
	bp50, bp99         time.Duration // the broad queries
	bqueries           int
	upd50, upd99, updX time.Duration
	updates            int
	heap               int64 // live Go heap the engine added; -1: not in the Go heap
	total, index       int64 // bytes outside the Go heap
}

// engines returns the engines to compare on c, in table order.
func (r *report) engines(c *corpus, fts5Path string) []engine {
	var es []engine
	on := r.cfg.engines
	if on["offerlist"] {
		es = append(es, &offerListEngine{st: c.st, regionID: c.regionID})
	}
	if on["lotse"] {
		es = append(es, &lotseEngine{})
	}
	if on["fts5"] {
		es = append(es, &fts5Engine{path: fts5Path})
	}
	if r.pg != nil && on["pg"] {
		es = append(es, r.pg)
	}
	if r.pg != nil && on["pgprefix"] {
		// With pg too, this is a second view of its table; alone it
		// builds the table itself.
		v := r.pg.view(true)
		v.shared = on["pg"]
		es = append(es, v)
	}
	return es
}

// measureQuality runs the relevance set against every engine on the
// demo region.
func (r *report) measureQuality(ctx context.Context, log io.Writer) error {
	cases, err := relevance.Cases()
	if err != nil {
		return err
	}
	r.cases = len(cases)
	fmt.Fprintf(log, "quality: loading the demo region (%d cases)\n", len(cases))
	c, err := openDemo(ctx, r.cfg.sqliteDir)
	if err != nil {
		return err
	}
	defer c.close()
	keyOf := map[string]string{}
	for _, k := range seed.DemoServiceKeys() {
		keyOf[seed.DemoServiceID(c.regionID, k)] = k
	}
	for _, e := range r.engines(c, filepath.Join(r.cfg.sqliteDir, "fts5-demo.db")) {
		if err := e.build(ctx, c.docs); err != nil {
			return fmt.Errorf("%s: %w", e.name(), err)
		}
		row := qualityRow{engine: e.name()}
		row.rep = relevance.Evaluate(cases, func(cs relevance.Case) []string {
			ids, err := e.search(ctx, query{cs.Query, cs.Lang})
			if err != nil && row.err == nil {
				row.err = err
			}
			keys := make([]string, len(ids))
			for i, id := range ids {
				if keys[i] = keyOf[id]; keys[i] == "" {
					keys[i] = "?" + id // not a demo offer: takes a place, scores nothing
				}
			}
			return keys
		})
		r.quality = append(r.quality, row)
		fmt.Fprintf(log, "  %-28s recall@5 %.3f  nDCG@5 %.3f\n", e.name(), row.rep.Recall, row.rep.NDCG)
		if err := e.close(ctx); err != nil {
			return err
		}
	}
	return nil
}

// measureScale measures every engine on a synthetic region of n offers.
func (r *report) measureScale(ctx context.Context, n int, log io.Writer) error {
	fmt.Fprintf(log, "scale: %d offers\n", n)
	c, err := openSynthetic(ctx, r.cfg.sqliteDir, n, log)
	if err != nil {
		return err
	}
	defer c.close()
	r.sizes = append(r.sizes, sizeInfo{n: n, services: c.services, docs: len(c.docs), read: c.read})
	fmt.Fprintf(log, "  %d documents read in %s\n", len(c.docs), secs(c.read))
	cases, err := relevance.Cases()
	if err != nil {
		return err
	}
	var services []search.Doc
	for _, d := range c.docs {
		if d.Kind == search.KindService {
			services = append(services, d)
		}
	}
	for _, e := range r.engines(c, filepath.Join(r.cfg.sqliteDir, fmt.Sprintf("fts5-%d.db", n))) {
		row, err := r.measureEngine(ctx, n, e, c.docs, services, cases)
		if err != nil {
			return fmt.Errorf("%s at %d: %w", e.name(), n, err)
		}
		r.put(e.name(), n, row)
		fmt.Fprintf(log, "  %-28s build %s  p50 %s  p99 %s (%d queries)  update p50 %s\n", e.name(),
			ms(row.build), ms(row.p50), ms(row.p99), row.queries, ms(row.upd50))
	}
	return nil
}

// measureEngine builds e from docs and times its queries and updates.
func (r *report) measureEngine(ctx context.Context, n int, e engine, docs, services []search.Doc, cases []relevance.Case) (*scaleRow, error) {
	defer e.close(ctx)
	row := &scaleRow{}
	before := liveHeap()
	began := time.Now()
	if err := e.build(ctx, docs); err != nil {
		return nil, err
	}
	row.build = time.Since(began)
	_, row.fromStore = e.(*offerListEngine)
	row.heap = liveHeap() - before
	total, index, err := e.storage(ctx)
	switch {
	case errors.Is(err, errShared):
		row.shared = true
	case err != nil:
		return nil, err
	}
	if total >= 0 {
		row.heap, row.total, row.index = -1, total, index
	}

	// One untimed pass warms caches (SQLite's page cache, PostgreSQL's
	// buffers and plans); then the relevance queries, repeated.
	for _, cs := range cases {
		if _, err := e.search(ctx, query{cs.Query, cs.Lang}); err != nil {
			return nil, err
		}
	}
	var times []time.Duration
	deadline := time.Now().Add(r.cfg.budget)
	for i := 0; i < r.cfg.queries && time.Now().Before(deadline); i++ {
		cs := cases[i%len(cases)]
		t := time.Now()
		if _, err := e.search(ctx, query{cs.Query, cs.Lang}); err != nil {
			return nil, err
		}
		times = append(times, time.Since(t))
	}
	row.queries = len(times)
	row.p50, row.p99, _ = percentiles(times)

	// The broad queries, each as often, within the same budget.
	times = times[:0]
	deadline = time.Now().Add(r.cfg.budget)
	for i := 0; i < r.cfg.queries/4 && time.Now().Before(deadline); i++ {
		q := broadQueries[i%len(broadQueries)]
		t := time.Now()
		if _, err := e.search(ctx, q); err != nil {
			return nil, err
		}
		times = append(times, time.Since(t))
	}
	row.bqueries = len(times)
	row.bp50, row.bp99, _ = percentiles(times)
	if le, ok := e.(*lotseEngine); ok {
		r.countHits(n, le.ix, cases)
	}

	// Updates: one offer's text gets a new word; the time runs until a
	// query finds the offer by it.
	times = times[:0]
	for i := range r.cfg.updates {
		d := services[(i*7919)%len(services)]
		word := marker(i)
		t := time.Now()
		if err := e.update(ctx, updatedDoc(d, word)); err != nil {
			if errors.Is(err, errNoUpdate) {
				break
			}
			return nil, err
		}
		// The trailing space: the word is complete, not a prefix.
		ids, err := e.search(ctx, query{word + " ", "de"})
		if err != nil {
			return nil, err
		}
		times = append(times, time.Since(t))
		if !slices.Contains(ids, d.ID) {
			return nil, fmt.Errorf("update %d: a search for %q did not find %s", i, word, d.ID)
		}
	}
	row.updates = len(times)
	row.upd50, row.upd99, row.updX = percentiles(times)
	return row, nil
}

// liveHeap returns the bytes of live heap objects after a full
// collection.
func liveHeap() int64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}

// percentiles returns the median, the 99th percentile (nearest rank)
// and the maximum.
func percentiles(ds []time.Duration) (p50, p99, high time.Duration) {
	if len(ds) == 0 {
		return 0, 0, 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	rank := func(p float64) time.Duration {
		i := int(p*float64(len(s))+0.999999) - 1
		return s[max(0, min(i, len(s)-1))]
	}
	return rank(0.50), rank(0.99), s[len(s)-1]
}

// broadQueries are the queries of internal/search's TestPerf (reader
// language tr): words that many synthetic offers share, a compound, a
// prefix and a typo; the relevance queries are written for the demo
// region and match fewer synthetic offers.
var broadQueries = []query{
	{"pflege beratung", "tr"}, {"deutschkurs", "tr"}, {"seniorentreff kinder", "tr"}, {"familie marl", "tr"},
	{"hilfe wohnung dorsten", "tr"}, {"sprachk", "tr"}, {"Pfelgeberatung", "tr"},
}

// countHits records how many offers Lotse's engine finds for the timed
// queries at size n (all matches, not only the first five), so that a
// reader can tell how much work the latencies stand for.
func (r *report) countHits(n int, ix *search.Index, cases []relevance.Case) {
	count := func(q query) int {
		return len(ix.Search(search.Query{Text: q.text, Lang: q.lang, Kind: search.KindService}))
	}
	var hs []int
	for _, c := range cases {
		hs = append(hs, count(query{c.Query, c.Lang}))
	}
	slices.Sort(hs)
	h := hitInfo{median: hs[len(hs)/2], p90: hs[len(hs)*9/10], max: hs[len(hs)-1]}
	for _, q := range broadQueries {
		h.broad = append(h.broad, count(q))
	}
	if r.hits == nil {
		r.hits = map[int]hitInfo{}
	}
	r.hits[n] = h
}

// hitInfo is how many offers the timed queries match.
type hitInfo struct {
	median, p90, max int
	broad            []int // per broad query
}
