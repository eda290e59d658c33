package search

import (
	"cmp"
	"slices"
	"sync"
)

// Index is an immutable snapshot of the searchable documents: a large
// base segment, a small delta segment of documents changed since the base
// was built, and tombstones for base documents that were changed or
// removed. Update copies only the tombstones and rebuilds only the delta,
// so readers never lock and an update costs little at 100,000 documents.
type Index struct {
	base      *segment
	dead      []uint64 // tombstones: bit n set when base doc n is gone
	ndead     int
	delta     *segment
	deltaDocs []Doc // sorted by ID; the delta is rebuilt from them
	avgLen    [nFields]float32
	scratch   *sync.Pool // per-snapshot query scratch space
}

// mergeAt is the delta size at which it is merged into the base: a delta
// rebuild stays in the milliseconds, a merge happens once in mergeAt
// updates.
const mergeAt = 128

// Build indexes docs. Of several docs with the same ID the last counts.
func Build(docs []Doc) *Index {
	return newIndex(buildSegment(uniqueSorted(docs), nil), nil, 0, nil)
}

func uniqueSorted(docs []Doc) []Doc {
	byID := make(map[string]int, len(docs))
	var out []Doc
	for _, d := range docs {
		if i, ok := byID[d.ID]; ok {
			out[i] = d
			continue
		}
		byID[d.ID] = len(out)
		out = append(out, d)
	}
	slices.SortFunc(out, func(a, b Doc) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

func newIndex(base *segment, dead []uint64, ndead int, deltaDocs []Doc) *Index {
	ix := &Index{base: base, dead: dead, ndead: ndead, deltaDocs: deltaDocs}
	if len(deltaDocs) > 0 {
		ix.delta = buildSegment(deltaDocs, func(w string) bool {
			return base.surf.lookup(w) >= 0 || base.stem.lookup(w) >= 0
		})
	}
	var sum [nFields]float64
	var cnt [nFields]int
	for _, s := range ix.segments() {
		for f := range nFields {
			sum[f] += s.lenSum[f]
			cnt[f] += s.lenCnt[f]
		}
	}
	for f := range nFields {
		ix.avgLen[f] = 1
		if cnt[f] > 0 {
			ix.avgLen[f] = float32(sum[f] / float64(cnt[f]))
		}
	}
	ix.scratch = &sync.Pool{}
	return ix
}

func (ix *Index) segments() []*segment {
	if ix == nil {
		return nil
	}
	if ix.delta != nil {
		return []*segment{ix.base, ix.delta}
	}
	return []*segment{ix.base}
}

// isDead reports whether doc n of segment si is tombstoned.
func (ix *Index) isDead(si int, n uint32) bool {
	return si == 0 && ix.dead != nil && ix.dead[n/64]&(1<<(n%64)) != 0
}

// Update returns a new snapshot in which changed replaces the docs with
// the same IDs and removed are gone. The receiver stays valid and
// unchanged; a nil *Index behaves as empty.
func (ix *Index) Update(changed []Doc, removed []string) *Index {
	if ix == nil {
		ix = Build(nil)
	}
	gone := map[string]bool{}
	for _, id := range removed {
		gone[id] = true
	}
	changed = uniqueSorted(changed)
	for _, d := range changed {
		gone[d.ID] = true
	}
	dead, ndead := ix.dead, ix.ndead
	copied := false
	for id := range gone {
		n := ix.base.find(id)
		if n < 0 || ix.isDead(0, uint32(n)) {
			continue
		}
		if !copied {
			dead = make([]uint64, (len(ix.base.ids)+63)/64)
			copy(dead, ix.dead)
			copied = true
		}
		dead[n/64] |= 1 << (n % 64)
		ndead++
	}
	var docs []Doc
	for _, d := range ix.deltaDocs {
		if !gone[d.ID] {
			docs = append(docs, d)
		}
	}
	docs = append(docs, changed...)
	slices.SortFunc(docs, func(a, b Doc) int { return cmp.Compare(a.ID, b.ID) })
	if len(docs) > mergeAt || ndead > mergeAt*4 {
		return newIndex(mergeSegments(ix.base, dead, buildSegment(docs, func(w string) bool {
			return ix.base.surf.lookup(w) >= 0 || ix.base.stem.lookup(w) >= 0
		})), nil, 0, nil)
	}
	return newIndex(ix.base, dead, ndead, docs)
}

// Len is the number of documents in the snapshot.
func (ix *Index) Len() int {
	if ix == nil {
		return 0
	}
	n := len(ix.base.ids) - ix.ndead
	if ix.delta != nil {
		n += len(ix.delta.ids)
	}
	return n
}
