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

// entry is one public offer.
type entry struct {
	id    string
	key   []byte // German collation key of the name
	towns []uint32
	terms []uint32
	langs []uint32
	free  bool
	org   string
}

// snapshot is an immutable index of one region.
type snapshot struct {
	revision int64
	entries  []entry                        // public offers, sorted by key then id
	all      map[string]store.ServiceFacets // every offer by id, public or not
	symbols  map[string]uint32
}

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

func build(old *snapshot, changed []store.ServiceFacets, rev int64) *snapshot {
	all := make(map[string]store.ServiceFacets, len(changed))
	if old != nil {
		all = make(map[string]store.ServiceFacets, len(old.all)+len(changed))
		for id, f := range old.all {
			all[id] = f
		}
	}
	for _, f := range changed {
		all[f.ID] = f
	}
	s := &snapshot{revision: rev, all: all, symbols: map[string]uint32{}}
	intern := func(vals []string) []uint32 {
		out := make([]uint32, 0, len(vals))
		for _, v := range vals {
			n, ok := s.symbols[v]
			if !ok {
				n = uint32(len(s.symbols))
				s.symbols[v] = n
			}
			out = append(out, n)
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	// Reuse collation keys of unchanged offers: computing them is the
	// costly part of a rebuild.
	oldKeys := map[string][]byte{}
	if old != nil {
		for _, e := range old.entries {
			oldKeys[e.id] = e.key
		}
	}
	fresh := map[string]bool{}
	for _, f := range changed {
		fresh[f.ID] = true
	}
	c := collator.Get().(*collate.Collator)
	defer collator.Put(c)
	var buf collate.Buffer
	s.entries = make([]entry, 0, len(all))
	for id, f := range all {
		if !Public(f) {
			continue
		}
		key, ok := oldKeys[id]
		if !ok || fresh[id] {
			key = slices.Clone(c.KeyFromString(&buf, strings.TrimSpace(f.Name)))
			buf.Reset()
		}
		s.entries = append(s.entries, entry{id: id, key: key, towns: intern(f.TownIDs), terms: intern(f.TermIDs),
			langs: intern(f.Langs), free: f.Free, org: f.OrganizationID})
	}
	slices.SortFunc(s.entries, func(a, b entry) int {
		if c := compareBytes(a.key, b.key); c != 0 {
			return c
		}
		return strings.Compare(a.id, b.id)
	})
	return s
}

func compareBytes(a, b []byte) int {
	return strings.Compare(string(a), string(b))
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
