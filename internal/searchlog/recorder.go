package searchlog

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// Saver is what the Recorder writes to: *store.Store. It adds the counts
// to the stored ones in one transaction and applies MaxQueriesPerMonth
// to the stored queries.
type Saver interface {
	SaveSearchCounts(ctx context.Context, counts []Count) error
}

// FlushInterval is how often Run writes the collected counts.
const FlushInterval = 30 * time.Second

// key identifies one aggregate.
type key struct {
	region, month, lang, query string
}

// regionMonth is the unit MaxQueriesPerMonth applies to.
type regionMonth struct{ region, month string }

type tally struct{ searches, zero int64 }

// Recorder collects search counts in memory and writes them to a Saver.
// Its methods are safe for concurrent use.
type Recorder struct {
	save Saver
	log  *slog.Logger
	// Now returns the current time; tests replace it before use.
	Now func() time.Time

	mu      sync.Mutex
	pending map[key]*tally
	// distinct counts the real (not placeholder) queries pending per
	// region and month, so that memory is bounded between flushes too.
	distinct map[regionMonth]int
}

// New returns a Recorder that writes to save.
func New(save Saver, log *slog.Logger) *Recorder {
	if log == nil {
		log = slog.Default()
	}
	return &Recorder{save: save, log: log, Now: time.Now, pending: map[key]*tally{}, distinct: map[regionMonth]int{}}
}

// Record counts one search: the region it was made in, the interface
// language, what was typed and how many results it found. It never
// blocks on I/O; empty queries are not counted.
func (r *Recorder) Record(regionID, lang, query string, hits int) {
	if r == nil || regionID == "" {
		return
	}
	q := Clean(query)
	if q == "" {
		return
	}
	var zero int64
	if hits <= 0 {
		zero = 1
	}
	k := key{region: regionID, month: Month(r.Now()), lang: cleanLang(lang), query: q}
	r.mu.Lock()
	r.add(k, tally{searches: 1, zero: zero})
	r.mu.Unlock()
}

// add adds t to the aggregate k, or to Other when k would be a new
// query beyond the cap. r.mu must be held.
func (r *Recorder) add(k key, t tally) {
	p := r.pending[k]
	if p == nil {
		rm := regionMonth{k.region, k.month}
		if !IsPlaceholder(k.query) {
			if r.distinct[rm] >= MaxQueriesPerMonth {
				k.query = Other
				p = r.pending[k]
			} else {
				r.distinct[rm]++
			}
		}
		if p == nil {
			p = &tally{}
			r.pending[k] = p
		}
	}
	p.searches += t.searches
	p.zero += t.zero
}

// Pending returns the counts not yet written, for tests and for the
// flush.
func (r *Recorder) Pending() []Count {
	r.mu.Lock()
	defer r.mu.Unlock()
	return counts(r.pending)
}

func counts(m map[key]*tally) []Count {
	out := make([]Count, 0, len(m))
	for k, t := range m {
		out = append(out, Count{RegionID: k.region, Month: k.month, Lang: k.lang, Query: k.query, Searches: t.searches, ZeroResults: t.zero})
	}
	return out
}

// Flush writes the collected counts in one transaction. When writing
// fails the counts are kept for the next flush, so a short database
// outage loses nothing.
func (r *Recorder) Flush(ctx context.Context) error {
	r.mu.Lock()
	taken := r.pending
	r.pending, r.distinct = map[key]*tally{}, map[regionMonth]int{}
	r.mu.Unlock()
	if len(taken) == 0 {
		return nil
	}
	if err := r.save.SaveSearchCounts(ctx, counts(taken)); err != nil {
		r.mu.Lock()
		for k, t := range taken {
			r.add(k, *t)
		}
		r.mu.Unlock()
		return fmt.Errorf("searchlog: flush: %w", err)
	}
	return nil
}

// Run flushes every interval until ctx ends. It does not flush at the
// end: Close does, once the server no longer takes requests.
func (r *Recorder) Run(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := r.Flush(ctx); err != nil && ctx.Err() == nil {
				r.log.Warn("write search statistics", "err", err)
			}
		}
	}
}

// Close writes what is left; call it after the server stopped taking
// requests and before the store closes.
func (r *Recorder) Close(ctx context.Context) error { return r.Flush(ctx) }
