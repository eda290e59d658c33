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
	"hash/maphash"
	"log/slog"
	"maps"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/search"
	"github.com/lotse/lotse/internal/store"
)

// Source is what the index reads from: *store.Store.
type Source interface {
	EachServiceFacets(ctx context.Context, regionID string, since int64, fn func(f *store.ServiceFacets)) (int64, error)
	EachSearchDoc(ctx context.Context, regionID string, since int64, fn func(d *search.Doc, hidden bool)) (int64, error)
	EachServicePlaces(ctx context.Context, regionID string, since int64, fn func(serviceID string, places []store.ServicePlace)) error
	Revision(ctx context.Context, regionID string) (int64, error)
}

// Index holds the snapshots of all regions.
type Index struct {
	src     Source
	mu      sync.Mutex // serialises refreshes; readers use the atomic pointers
	regions sync.Map   // region id → *atomic.Pointer[snapshot]
	// deferAbove makes the first Refresh of a region with more offers
	// leave out the search index (see DeferSearchAbove); 0: never.
	deferAbove int
}

// DeferSearchAbove makes the first Refresh of a region with more than n
// offers build only the filter index by town, term, language and cost,
// and leaves the places (distance, access, opening hours) and the search
// index to the next Refresh, which Run starts at once and which builds
// everything anew. Both take seconds at 100,000 offers; a server that
// defers them serves pages within a second of starting (text searches
// and place filters report SearchPending meanwhile, opening counts are
// left out). Small regions get everything at once.
func (ix *Index) DeferSearchAbove(n int) { ix.deferAbove = n }

// SearchReady reports whether the region's search index is built.
func (ix *Index) SearchReady(regionID string) bool {
	s := ix.ptr(regionID).Load()
	return s != nil && s.search != nil
}

// New returns an empty index over src.
func New(src Source) *Index { return &Index{src: src} }

// entry is one public offer. It holds no pointers: its id, collation
// key and symbols live in the arenas of its snapshot. The garbage
// collector therefore never scans the entries, which at 100,000 offers
// were most of the work of every collection and, on two cores, the
// cause of the slowest responses.
type entry struct {
	id     span   // into snapshot.text
	key    span   // into snapshot.text: German collation key of the name
	vals   span   // into snapshot.syms: its towns, terms and languages, sorted
	places span   // into snapshot.places
	org    uint32 // symbol of its organisation
	free   bool
	flags  uint8
}

const (
	// entryStepFree: one of the offer's places has step-free access.
	entryStepFree uint8 = 1 << iota
	// entryClosed: the offer is temporarily closed, so never open now.
	entryClosed
)

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
	entries  []entry  // public offers, sorted by key then id
	text     []byte   // ids and collation keys
	syms     []uint32 // symbol lists
	places   []place  // places of the entries
	// hours are the distinct opening hours of all places (0: none),
	// hoursIDs their numbers by hoursKey; both only grow, and are
	// shared by the snapshots that follow this one.
	hours    []directory.Hours
	hoursIDs map[string]uint32
	postal   postalPoints
	// byID finds entries by id (see position): entry number + 1 by
	// hash, 0 for an empty slot.
	byIDOnce sync.Once
	idSeed   maphash.Seed
	byID     []int32
	symbols  map[string]uint32 // town ids, term ids, language codes, organisation ids → small ints
	kinds    []uint8           // symbol → kind
	// search finds offers and organisations by text; it follows the
	// same revision as the entries.
	search *search.Index

	// results caches whole results by query (without paging): the
	// pages of one list and the entry points of the home page repeat
	// the same queries, and a snapshot never changes.
	mu      sync.Mutex
	results map[string]*matches
}

func (s *snapshot) id(e *entry) []byte     { return s.text[e.id.off : e.id.off+e.id.n] }
func (s *snapshot) key(e *entry) []byte    { return s.text[e.key.off : e.key.off+e.key.n] }
func (s *snapshot) vals(e *entry) []uint32 { return s.syms[e.vals.off : e.vals.off+e.vals.n] }
func (s *snapshot) placesOf(e *entry) []place {
	return s.places[e.places.off : e.places.off+e.places.n]
}

// matches is a whole result: the positions of all matching entries.
type matches struct {
	positions []int32
	counts    map[string]int
	free      int
	stepFree  int
	open      int
	within    []int // per RadiusOptions, with Near
	// openOptions: now, then each of OpenDays days (with CountOpen)
	openOptions []int
	dist        []float32 // km, per position, with Near
	partial     bool      // the text matched only partly
}

// maxCachedResults bounds the result cache of a snapshot; when it is
// full it starts afresh, which is simpler than LRU and good enough for
// the few dozen queries that make up most traffic.
const maxCachedResults = 512

// position returns the entry of an offer id, through a hash table of
// entry numbers made on first use: a text query finds the engine's hits
// among 100,000 entries without a map of strings for the collector to
// scan.
func (s *snapshot) position(id string) (int32, bool) {
	s.byIDOnce.Do(func() {
		size := 1
		for size < 2*len(s.entries) {
			size *= 2
		}
		s.idSeed = maphash.MakeSeed()
		s.byID = make([]int32, size)
		for i := range s.entries {
			h := maphash.Bytes(s.idSeed, s.id(&s.entries[i]))
			for j := h & uint64(size-1); ; j = (j + 1) & uint64(size-1) {
				if s.byID[j] == 0 {
					s.byID[j] = int32(i) + 1
					break
				}
			}
		}
	})
	mask := uint64(len(s.byID) - 1)
	for j := maphash.String(s.idSeed, id) & mask; s.byID[j] != 0; j = (j + 1) & mask {
		if i := s.byID[j] - 1; string(s.id(&s.entries[i])) == id {
			return i, true
		}
	}
	return 0, false
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
	// After a deferred first build, build everything: the places and
	// the search index of every offer are still to come.
	resumed := old != nil && old.search == nil
	if resumed {
		old = nil
	}
	var since int64
	if old != nil {
		since = old.revision
	}
	b := newBuilder(old)
	rev, err := ix.src.EachServiceFacets(ctx, regionID, since, b.add)
	if err != nil {
		return fmt.Errorf("offerindex: refresh: %w", err)
	}
	// Defer the places and the search index of a large region on its
	// first build.
	deferred := old == nil && !resumed && ix.deferAbove > 0 && len(b.fresh.entries) > ix.deferAbove
	if !deferred {
		// Places changed with their offers, so the same revision
		// selects them; a change committed after the facets were read
		// is fetched again by the next refresh.
		if err := ix.src.EachServicePlaces(ctx, regionID, since, b.addPlaces); err != nil {
			return fmt.Errorf("offerindex: refresh places: %w", err)
		}
	}
	b.freshPos = nil
	var changed []search.Doc
	var removed []string
	var oldSearch *search.Index
	if old != nil {
		oldSearch = old.search
	}
	var scratch *search.Builder
	if oldSearch == nil {
		scratch = search.NewBuilder()
	}
	if n := len(b.fresh.entries); !deferred && oldSearch == nil && (n > freeAfter || old != nil && len(old.entries) > freeAfter) {
		// The feed of a build from scratch makes several times as much
		// garbage as the index keeps; collecting more often while it
		// runs keeps the peak memory near what is live (at 100,000
		// offers some 15 MB less than at 25 %) for a little CPU, once.
		defer debug.SetGCPercent(debug.SetGCPercent(10))
	}
	if !deferred {
		// Without a search index yet, build it from everything.
		ssince := since
		if oldSearch == nil {
			ssince = 0
		}
		srev, err := ix.src.EachSearchDoc(ctx, regionID, ssince, func(d *search.Doc, hidden bool) {
			switch {
			case hidden:
				removed = append(removed, d.ID)
			case oldSearch == nil:
				// A build from scratch takes in each document as it
				// comes and keeps only its words and postings, so the
				// texts of all documents are never held at once.
				scratch.Add(d)
			default:
				changed = append(changed, *d)
			}
		})
		if err != nil {
			return fmt.Errorf("offerindex: refresh search: %w", err)
		}
		// A change committed between the two reads is in one feed
		// only; the older revision makes the next refresh fetch it
		// again for both.
		rev = min(rev, srev)
	}
	if old != nil && oldSearch != nil && rev == old.revision && len(b.gone) == 0 && len(changed) == 0 && len(removed) == 0 {
		return nil
	}
	s := b.finish(rev)
	switch {
	case oldSearch != nil:
		s.search = oldSearch.Update(changed, removed)
	case !deferred:
		s.search = scratch.Index()
	}
	p.Store(s)
	if oldSearch == nil && s.search != nil && s.search.Len() > freeAfter {
		// A build from scratch held every document's texts; hand that
		// memory back to the system rather than keeping it as headroom.
		debug.FreeOSMemory()
	}
	return nil
}

// SearchText returns the region's hits for a text query of one kind of
// record (search.KindService, search.KindOrganization), best first. It
// is the engine behind the HSDS search parameter and the organisation
// list; the offer list filters with Query.Text instead.
func (ix *Index) SearchText(regionID string, q search.Query) []search.Hit {
	s := ix.ptr(regionID).Load()
	if s == nil || s.search == nil {
		return nil
	}
	return s.search.Search(q)
}

// Suggest returns a spelling the region's records would match better
// than q, or "".
func (ix *Index) Suggest(regionID string, q search.Query) string {
	s := ix.ptr(regionID).Load()
	if s == nil || s.search == nil {
		return ""
	}
	return s.search.Suggest(q)
}

// Explain says why the record id matches q, for staff.
func (ix *Index) Explain(regionID string, q search.Query, id string) []search.Reason {
	s := ix.ptr(regionID).Load()
	if s == nil || s.search == nil {
		return nil
	}
	return s.search.Explain(q, id)
}

// freeAfter is the number of documents above which a search index built
// from scratch returns its transient memory to the system.
const freeAfter = 10_000

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
	freshPos      map[string]int32 // offer id → index in fresh.entries
	c             *collate.Collator
	buf           collate.Buffer
}

func newBuilder(old *snapshot) *builder {
	b := &builder{old: old, s: &snapshot{symbols: map[string]uint32{}}, fresh: &snapshot{}, gone: map[string]bool{},
		freshPos: map[string]int32{}, c: collate.New(language.German, collate.Loose, collate.Numeric)}
	if old != nil {
		for k, v := range old.symbols {
			b.s.symbols[k] = v
		}
		b.s.kinds = slices.Clone(old.kinds)
		b.s.hours = slices.Clip(old.hours)
		b.s.hoursIDs = maps.Clone(old.hoursIDs)
	} else {
		b.s.hours = []directory.Hours{nil}
		b.s.hoursIDs = map[string]uint32{}
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
	if f.Status == directory.StatusTemporarilyClosed {
		e.flags |= entryClosed
	}
	b.freshPos[f.ID] = int32(len(fresh.entries))
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
		s.places = make([]place, 0, len(old.places)+len(fresh.places))
	} else {
		s.text = make([]byte, 0, len(fresh.text))
		s.syms = make([]uint32, 0, len(fresh.syms))
		s.places = make([]place, 0, len(fresh.places))
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
	out.places = span{uint32(len(s.places)), e.places.n}
	s.places = append(s.places, src.placesOf(e)...)
	return out
}

// compareEntries orders entries by collation key, then id.
func compareEntries(sa *snapshot, a *entry, sb *snapshot, b *entry) int {
	if c := bytes.Compare(sa.key(a), sb.key(b)); c != 0 {
		return c
	}
	return bytes.Compare(sa.id(a), sb.id(b))
}

// Run refreshes the given regions at once (building deferred search
// indexes) and then every interval until ctx ends. A refresh costs one
// small query when nothing changed.
func (ix *Index) Run(ctx context.Context, regionIDs func() []string, interval time.Duration, log *slog.Logger) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for first := true; ; first = false {
		if !first {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
		for _, id := range regionIDs() {
			rev, err := ix.src.Revision(ctx, id)
			if err != nil {
				if ctx.Err() == nil {
					log.Warn("offer index: poll revision", "region", id, "err", err)
				}
				continue
			}
			if rev == ix.Revision(id) && ix.SearchReady(id) {
				continue
			}
			if err := ix.Refresh(ctx, id); err != nil && ctx.Err() == nil {
				log.Warn("offer index: refresh", "region", id, "err", err)
			}
		}
	}
}
