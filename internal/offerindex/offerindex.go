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
	EachServiceFacets(ctx context.Context, regionID string, since int64, fn func(f *store.ServiceFacets)) (int64, error)
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

// entry is one public offer. It holds no pointers: its id, collation
// key and symbols live in the arenas of its snapshot. The garbage
// collector therefore never scans the entries, which at 100,000 offers
// were most of the work of every collection and, on two cores, the
// cause of the slowest responses.
type entry struct {
	id   span   // into snapshot.text
	key  span   // into snapshot.text: German collation key of the name
	vals span   // into snapshot.syms: its towns, terms and languages, sorted
	org  uint32 // symbol of its organisation
	free bool
}

// span is a part of an arena.
type span struct{ off, n uint32 }

// Town ids, term ids, language codes and organisation ids share one
// symbol space (ids are UUIDs, codes are short), so one sorted list of
// symbols per offer serves every filter group.
const (
	kindTown uint8 = iota
	kindTerm
	kindLang
	kindOrg
)

// snapshot is an immutable index of one region.
type snapshot struct {
	revision int64
	entries  []entry           // public offers, sorted by key then id
	text     []byte            // ids and collation keys
	syms     []uint32          // symbol lists
	symbols  map[string]uint32 // town ids, term ids, language codes, organisation ids → small ints
	kinds    []uint8           // symbol → kind

	// results caches whole results by query (without paging): the
	// pages of one list and the entry points of the home page repeat
	// the same queries, and a snapshot never changes.
	mu      sync.Mutex
	results map[string]*matches
}

func (s *snapshot) id(e *entry) []byte     { return s.text[e.id.off : e.id.off+e.id.n] }
func (s *snapshot) key(e *entry) []byte    { return s.text[e.key.off : e.key.off+e.key.n] }
func (s *snapshot) vals(e *entry) []uint32 { return s.syms[e.vals.off : e.vals.off+e.vals.n] }

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
	b := newBuilder(old)
	rev, err := ix.src.EachServiceFacets(ctx, regionID, since, b.add)
	if err != nil {
		return fmt.Errorf("offerindex: refresh: %w", err)
	}
	if old != nil && rev == old.revision && len(b.gone) == 0 {
		return nil
	}
	p.Store(b.finish(rev))
	return nil
}

// Public reports whether an offer is shown in public lists: not archived,
// its organisation not archived, and active or only temporarily closed.
func Public(f store.ServiceFacets) bool {
	return !f.Hidden && (f.Status == directory.StatusActive || f.Status == directory.StatusTemporarilyClosed)
}

// builder makes the snapshot that follows old from the offers changed
// since. Unchanged entries are kept (with their collation keys, the
// costly part); the changed ones are removed and, if still public,
// merged back in order. A staff edit on a region with 100,000 offers thus
// costs one linear pass, not a sort.
type builder struct {
	old, s, fresh *snapshot
	gone          map[string]bool
	c             *collate.Collator
	buf           collate.Buffer
}

func newBuilder(old *snapshot) *builder {
	b := &builder{old: old, s: &snapshot{symbols: map[string]uint32{}}, fresh: &snapshot{}, gone: map[string]bool{},
		c: collate.New(language.German, collate.Loose, collate.Numeric)}
	if old != nil {
		for k, v := range old.symbols {
			b.s.symbols[k] = v
		}
		b.s.kinds = slices.Clone(old.kinds)
	}
	return b
}

func (b *builder) intern(v string, kind uint8) uint32 {
	s := b.s
	n, ok := s.symbols[v]
	if !ok {
		n = uint32(len(s.symbols))
		s.symbols[v] = n
		s.kinds = append(s.kinds, kind)
	}
	return n
}

// add takes one changed offer into the fresh entries, in the compact
// form; f is not kept.
func (b *builder) add(f *store.ServiceFacets) {
	b.gone[f.ID] = true
	if !Public(*f) {
		return
	}
	fresh := b.fresh
	e := entry{org: b.intern(f.OrganizationID, kindOrg), free: f.Free}
	e.id = fresh.addText([]byte(f.ID))
	e.key = fresh.addText(b.c.KeyFromString(&b.buf, strings.TrimSpace(f.Name)))
	b.buf.Reset()
	start := len(fresh.syms)
	for _, group := range []struct {
		vals []string
		kind uint8
	}{{f.TownIDs, kindTown}, {f.TermIDs, kindTerm}, {f.Langs, kindLang}} {
		for _, v := range group.vals {
			fresh.syms = append(fresh.syms, b.intern(v, group.kind))
		}
	}
	vals := fresh.syms[start:]
	slices.Sort(vals)
	fresh.syms = fresh.syms[:start+len(slices.Compact(vals))]
	e.vals = span{uint32(start), uint32(len(fresh.syms) - start)}
	fresh.entries = append(fresh.entries, e)
}

// finish sorts the fresh entries and merges them with the kept ones of
// old, copying each into the new snapshot's arenas (which also drops the
// bytes of removed offers).
func (b *builder) finish(rev int64) *snapshot {
	old, s, fresh := b.old, b.s, b.fresh
	s.revision = rev
	slices.SortFunc(fresh.entries, func(x, y entry) int { return compareEntries(fresh, &x, fresh, &y) })
	var kept []entry
	if old != nil {
		kept = make([]entry, 0, len(old.entries))
		for i := range old.entries {
			if !b.gone[string(old.id(&old.entries[i]))] {
				kept = append(kept, old.entries[i])
			}
		}
		s.text = make([]byte, 0, len(old.text)+len(fresh.text))
		s.syms = make([]uint32, 0, len(old.syms)+len(fresh.syms))
	} else {
		s.text = make([]byte, 0, len(fresh.text))
		s.syms = make([]uint32, 0, len(fresh.syms))
	}
	s.entries = make([]entry, 0, len(kept)+len(fresh.entries))
	i, j := 0, 0
	for i < len(kept) || j < len(fresh.entries) {
		if j == len(fresh.entries) || (i < len(kept) && compareEntries(old, &kept[i], fresh, &fresh.entries[j]) <= 0) {
			s.entries = append(s.entries, s.copyEntry(old, &kept[i]))
			i++
		} else {
			s.entries = append(s.entries, s.copyEntry(fresh, &fresh.entries[j]))
			j++
		}
	}
	return s
}

// addText appends b to the text arena and returns where it is.
func (s *snapshot) addText(b []byte) span {
	sp := span{uint32(len(s.text)), uint32(len(b))}
	s.text = append(s.text, b...)
	return sp
}

// copyEntry copies an entry of src, with its arena data, into s.
func (s *snapshot) copyEntry(src *snapshot, e *entry) entry {
	out := *e
	out.id = s.addText(src.id(e))
	out.key = s.addText(src.key(e))
	out.vals = span{uint32(len(s.syms)), e.vals.n}
	s.syms = append(s.syms, src.vals(e)...)
	return out
}

// compareEntries orders entries by collation key, then id.
func compareEntries(sa *snapshot, a *entry, sb *snapshot, b *entry) int {
	if c := bytes.Compare(sa.key(a), sb.key(b)); c != 0 {
		return c
	}
	return bytes.Compare(sa.id(a), sb.id(b))
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
