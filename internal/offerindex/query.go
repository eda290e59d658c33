package offerindex

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/lotse/lotse/internal/search"
)

// Query filters the public offers of a region. Within a filter group the
// values are alternatives (town A or town B); the groups must all match.
type Query struct {
	Towns []string // town ids
	Langs []string // language codes the offer is held in
	// TermGroups are taxonomy-term filters that must each match, e.g.
	// one for needs and one for target groups.
	TermGroups []TermGroup
	Free       bool   // only offers free of charge
	OrgID      string // only offers of this organisation
	// Text, when not empty, keeps only the offers the search engine
	// finds for it and orders them by relevance instead of by name.
	Text string
	// Lang is the reader's language: the query is analysed in it, and
	// offers held in it rank higher.
	Lang   string
	Offset int
	Limit  int
}

// TermGroup is a filter on the terms of one taxonomy.
type TermGroup struct {
	IDs []string // chosen term ids: an offer must have at least one
	// Members are all term ids of the taxonomy, so that facet counts
	// of this group count only its own terms.
	Members []string
}

// Result is a page of offer ids with the totals of the whole result.
type Result struct {
	IDs   []string
	Total int
	// Counts is shared with the result cache: read it, never change it.
	// It gives, for every town id, term id and language code, how
	// many offers would match if that value were chosen in its group
	// while all other groups stay as they are ("facet counts").
	Counts map[string]int
	// FreeCount is how many offers match and are free of charge.
	FreeCount int
	// SearchPending is set when the query has a Text but the region's
	// search index is still being built (see DeferSearch): the result
	// is empty and says nothing.
	SearchPending bool
}

// Search returns the offers of a region matching q, in German
// alphabetical order of their names, or by relevance when q has a Text.
func (ix *Index) Search(regionID string, q Query) Result {
	s := ix.ptr(regionID).Load()
	if s == nil {
		return Result{Counts: map[string]int{}}
	}
	if q.Text != "" && s.search == nil {
		return Result{Counts: map[string]int{}, SearchPending: true}
	}
	key := q.cacheKey()
	s.mu.Lock()
	m, ok := s.results[key]
	s.mu.Unlock()
	if !ok {
		m = s.match(q)
		s.mu.Lock()
		if s.results == nil || len(s.results) >= maxCachedResults {
			s.results = map[string]*matches{}
		}
		s.results[key] = m
		s.mu.Unlock()
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	res := Result{Total: len(m.positions), Counts: m.counts, FreeCount: m.free}
	for i := max(q.Offset, 0); i < len(m.positions) && len(res.IDs) < limit; i++ {
		res.IDs = append(res.IDs, string(s.id(&s.entries[m.positions[i]])))
	}
	return res
}

// cacheKey identifies a query without its paging.
func (q Query) cacheKey() string {
	var b strings.Builder
	list := func(tag string, vals []string) {
		b.WriteString(tag)
		sorted := slices.Clone(vals)
		slices.Sort(sorted)
		for _, v := range sorted {
			b.WriteString(v)
			b.WriteByte(',')
		}
		b.WriteByte(';')
	}
	list("t", q.Towns)
	list("l", q.Langs)
	for _, g := range q.TermGroups {
		list("g", g.IDs)
		list("m", g.Members)
	}
	fmt.Fprintf(&b, "f%v;o%s;q%q;r%s", q.Free, q.OrgID, q.Text, q.Lang)
	return b.String()
}

// match computes the whole result of q: it reads every public offer once.
func (s *snapshot) match(q Query) *matches {
	m := &matches{counts: map[string]int{}}
	// groupOf maps each symbol to the filter group whose values it is
	// (-1: none), so that an offer failing exactly one group counts for
	// that group's values only: the facet counts of a chosen filter say
	// what choosing another value instead would give.
	groupOf := make([]int8, len(s.kinds))
	for i := range groupOf {
		groupOf[i] = -1
	}
	var wants [][]uint32
	impossible := false
	addGroup := func(vals []string, member func(sym uint32) bool) {
		if len(vals) == 0 {
			return
		}
		g := int8(len(wants))
		for sym := range groupOf {
			if member(uint32(sym)) {
				groupOf[sym] = g
			}
		}
		var want []uint32
		for _, v := range vals {
			if n, ok := s.symbol(v); ok {
				want = append(want, n)
			}
		}
		if len(want) == 0 {
			impossible = true // nobody has that value
		}
		slices.Sort(want)
		wants = append(wants, want)
	}
	ofKind := func(k uint8) func(uint32) bool { return func(sym uint32) bool { return s.kinds[sym] == k } }
	addGroup(q.Towns, ofKind(kindTown))
	for _, tg := range q.TermGroups {
		members := map[uint32]bool{}
		for _, m := range tg.Members {
			if n, ok := s.symbol(m); ok {
				members[n] = true
			}
		}
		addGroup(tg.IDs, func(sym uint32) bool { return members[sym] })
	}
	addGroup(q.Langs, ofKind(kindLang))
	if len(wants) > 127 {
		return m
	}
	counts := make([]int, len(s.kinds))
	org, orgKnown := uint32(0), true
	if q.OrgID != "" {
		org, orgKnown = s.symbol(q.OrgID)
		if !orgKnown || s.kinds[org] != kindOrg {
			return m
		}
	}
	// A text query keeps the offers the engine finds, with their score.
	var scores map[string]float64
	var scoreOf []float64
	var readerLang uint32
	readerKnown := false
	if q.Text != "" {
		hits := []search.Hit(nil)
		if s.search != nil {
			hits = s.search.Search(search.Query{Text: q.Text, Lang: q.Lang, Kind: search.KindService})
		}
		if len(hits) == 0 {
			return m
		}
		scores = make(map[string]float64, len(hits))
		for _, h := range hits {
			scores[h.ID] = h.Score
		}
		scoreOf = make([]float64, len(s.entries))
		readerLang, readerKnown = s.symbol(q.Lang)
		readerKnown = readerKnown && q.Lang != "" && s.kinds[readerLang] == kindLang
	}
	for i := range s.entries {
		e := &s.entries[i]
		if (q.OrgID != "" && e.org != org) || (q.Free && !e.free) {
			continue
		}
		if scores != nil {
			sc, ok := scores[string(s.id(e))]
			if !ok {
				continue
			}
			// Offers held in the reader's language come first among
			// equals and rise among near-equals, but a much better
			// match in German still wins.
			if readerKnown && slices.Contains(s.vals(e), readerLang) {
				sc *= readerBoost
			}
			scoreOf[i] = sc
		}
		vals := s.vals(e)
		failed, fails := -1, 0
		for gi, want := range wants {
			if !intersects(vals, want) {
				failed = gi
				if fails++; fails > 1 {
					break
				}
			}
		}
		switch {
		case fails == 0 && !impossible:
			m.positions = append(m.positions, int32(i))
			if e.free {
				m.free++
			}
			for _, v := range vals {
				counts[v]++
			}
		case fails == 1:
			for _, v := range vals {
				if groupOf[v] == int8(failed) {
					counts[v]++
				}
			}
		}
	}
	for v, n := range s.symbols {
		if c := counts[n]; c > 0 {
			m.counts[v] = c
		}
	}
	if scoreOf != nil {
		// By score; ties keep the German name order of the entries,
		// so paging is stable.
		slices.SortStableFunc(m.positions, func(a, b int32) int { return cmp.Compare(scoreOf[b], scoreOf[a]) })
	}
	return m
}

// readerBoost multiplies the score of an offer held in the reader's
// language.
const readerBoost = 1.3

// intersects reports whether two sorted lists share a value.
func intersects(a, b []uint32) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			return true
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return false
}
