// Package offerindex keeps, per region, an in-memory index of the public
// offers: enough to filter the offer list by town, taxonomy term,
// language and cost, to count every filter value, and to page through the
// result in German alphabetical order without touching the database.
//
// The database stays the source of truth. An index is a snapshot built
// from store.ServiceFacets and replaced as a whole (copy on write), so
// readers never lock. Refresh fetches only offers changed since the
// snapshot's revision; Run polls the region revision so that changes made
// on another instance appear within the poll interval.
package offerindex

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

// Source is what the index reads from: *store.Store.
type Source interface {
	ServiceFacets(ctx context.Context, regionID string, since int64) ([]store.ServiceFacets, int64, error)
	Revision(ctx context.Context, regionID string) (int64, error)
}

// Index holds the snapshots of all regions.
type Index struct {
	src     Source
	mu      sync.Mutex // serialises refreshes; readers use the atomic pointers
	regions sync.Map   // region id → *atomic.Pointer[snapshot]
}

// New returns an empty index over src.
func New(src Source) *Index { return &Index{src: src} }

// entry is one public offer. Town ids, term ids and language codes
// share one symbol space (ids are UUIDs, codes are short), so one sorted
// list of symbols serves every filter group.
type entry struct {
	id   string
	key  []byte   // German collation key of the name
	vals []uint32 // symbols of its towns, terms and languages, sorted
	free bool
	org  string
}

// snapshot is an immutable index of one region.
type snapshot struct {
	revision int64
	entries  []entry           // public offers, sorted by key then id
	symbols  map[string]uint32 // town ids, term ids and language codes → small ints
	kinds    []uint8           // symbol → kindTown, kindTerm or kindLang

	// results caches whole results by query (without paging): the
	// pages of one list and the entry points of the home page repeat
	// the same queries, and a snapshot never changes.
	mu      sync.Mutex
	results map[string]*matches
}

// matches is a whole result: the positions of all matching entries.
type matches struct {
	positions []int32
	counts    map[string]int
	free      int
}

// maxCachedResults bounds the result cache of a snapshot; when it is
// full it starts afresh, which is simpler than LRU and good enough for
// the few dozen queries that make up most traffic.
const maxCachedResults = 512

// Kinds of symbols.
const (
	kindTown uint8 = iota
	kindTerm
	kindLang
)

func (s *snapshot) symbol(v string) (uint32, bool) {
	n, ok := s.symbols[v]
	return n, ok
}

func (ix *Index) ptr(regionID string) *atomic.Pointer[snapshot] {
	p, _ := ix.regions.LoadOrStore(regionID, &atomic.Pointer[snapshot]{})
	return p.(*atomic.Pointer[snapshot])
}

// Revision returns the revision of the region's snapshot (0 before the
// first Refresh).
func (ix *Index) Revision(regionID string) int64 {
	if s := ix.ptr(regionID).Load(); s != nil {
		return s.revision
	}
	return 0
}

// Refresh brings the region's snapshot up to date with the database,
// fetching only what changed since it was built.
func (ix *Index) Refresh(ctx context.Context, regionID string) error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	p := ix.ptr(regionID)
	old := p.Load()
	var since int64
	if old != nil {
		since = old.revision
	}
	changed, rev, err := ix.src.ServiceFacets(ctx, regionID, since)
	if err != nil {
		return fmt.Errorf("offerindex: refresh: %w", err)
	}
	if old != nil && rev == old.revision {
		return nil
	}
	p.Store(build(old, changed, rev))
	return nil
}

// Public reports whether an offer is shown in public lists: not archived,
// its organisation not archived, and active or only temporarily closed.
func Public(f store.ServiceFacets) bool {
	return !f.Hidden && (f.Status == directory.StatusActive || f.Status == directory.StatusTemporarilyClosed)
}

var collator = sync.Pool{New: func() any { return collate.New(language.German, collate.Loose, collate.Numeric) }}

// build returns the snapshot that follows old after the changed offers.
// Unchanged entries are kept as they are (with their collation keys, the
// costly part); the changed ones are removed and, if still public,
// merged back in order. A staff edit on a region with 100,000 offers thus
// costs one linear pass, not a sort.
func build(old *snapshot, changed []store.ServiceFacets, rev int64) *snapshot {
	s := &snapshot{revision: rev, symbols: map[string]uint32{}}
	if old != nil {
		for k, v := range old.symbols {
			s.symbols[k] = v
		}
		s.kinds = slices.Clone(old.kinds)
	}
	intern := func(out []uint32, vals []string, kind uint8) []uint32 {
		for _, v := range vals {
			n, ok := s.symbols[v]
			if !ok {
				n = uint32(len(s.symbols))
				s.symbols[v] = n
				s.kinds = append(s.kinds, kind)
			}
			out = append(out, n)
		}
		return out
	}
	c := collator.Get().(*collate.Collator)
	defer collator.Put(c)
	var buf collate.Buffer
	gone := make(map[string]bool, len(changed))
	keys := make([][]byte, len(changed))
	order := make([]int32, 0, len(changed))
	for i, f := range changed {
		gone[f.ID] = true
		if !Public(f) {
			continue
		}
		keys[i] = slices.Clone(c.KeyFromString(&buf, strings.TrimSpace(f.Name)))
		buf.Reset()
		order = append(order, int32(i))
	}
	// Sort the changed offers by an index first and build their entries
	// in that order: one allocation, no moving of large entries.
	slices.SortFunc(order, func(a, b int32) int {
		if c := bytes.Compare(keys[a], keys[b]); c != 0 {
			return c
		}
		return strings.Compare(changed[a].ID, changed[b].ID)
	})
	fresh := make([]entry, 0, len(order))
	for _, i := range order {
		f := &changed[i]
		vals := make([]uint32, 0, len(f.TownIDs)+len(f.TermIDs)+len(f.Langs))
		vals = intern(vals, f.TownIDs, kindTown)
		vals = intern(vals, f.TermIDs, kindTerm)
		vals = intern(vals, f.Langs, kindLang)
		slices.Sort(vals)
		fresh = append(fresh, entry{id: f.ID, key: keys[i], vals: slices.Compact(vals), free: f.Free, org: f.OrganizationID})
	}
	var kept []entry
	if old != nil {
		kept = make([]entry, 0, len(old.entries))
		for _, e := range old.entries {
			if !gone[e.id] {
				kept = append(kept, e)
			}
		}
	}
	s.entries = mergeEntries(kept, fresh)
	return s
}

func lessEntry(a, b *entry) int {
	if c := bytes.Compare(a.key, b.key); c != 0 {
		return c
	}
	return strings.Compare(a.id, b.id)
}

// mergeEntries merges two sorted lists.
func mergeEntries(a, b []entry) []entry {
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 {
		return b
	}
	out := make([]entry, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if lessEntry(&a[i], &b[j]) <= 0 {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// Run refreshes the given regions every interval until ctx ends. A
// refresh costs one small query when nothing changed.
func (ix *Index) Run(ctx context.Context, regionIDs func() []string, interval time.Duration, log *slog.Logger) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		for _, id := range regionIDs() {
			rev, err := ix.src.Revision(ctx, id)
			if err != nil {
				if ctx.Err() == nil {
					log.Warn("offer index: poll revision", "region", id, "err", err)
				}
				continue
			}
			if rev == ix.Revision(id) {
				continue
			}
			if err := ix.Refresh(ctx, id); err != nil && ctx.Err() == nil {
				log.Warn("offer index: refresh", "region", id, "err", err)
			}
		}
	}
}
