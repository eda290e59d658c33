package offerindex

import "slices"

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
	Offset     int
	Limit      int
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
	// Counts gives, for every town id, term id and language code, how
	// many offers would match if that value were chosen in its group
	// while all other groups stay as they are ("facet counts").
	Counts map[string]int
	// FreeCount is how many offers match and are free of charge.
	FreeCount int
}

type group struct {
	want []uint32
	of   func(e *entry) []uint32
	// member limits which values of a failed entry count for the group;
	// nil means all (towns and languages are groups of their own list).
	member map[uint32]bool
}

// Search returns the offers of a region matching q, in German
// alphabetical order of their names.
func (ix *Index) Search(regionID string, q Query) Result {
	s := ix.ptr(regionID).Load()
	res := Result{Counts: map[string]int{}}
	if s == nil {
		return res
	}
	var groups []group
	unknown := false
	add := func(vals []string, of func(e *entry) []uint32, members []string) {
		if len(vals) == 0 {
			return
		}
		g := group{of: of}
		if members != nil {
			g.member = map[uint32]bool{}
			for _, m := range members {
				if n, ok := s.symbol(m); ok {
					g.member[n] = true
				}
			}
		}
		for _, v := range vals {
			if n, ok := s.symbol(v); ok {
				g.want = append(g.want, n)
			}
		}
		if len(g.want) == 0 {
			unknown = true // no offer can match a value nobody has
		}
		slices.Sort(g.want)
		groups = append(groups, g)
	}
	add(q.Towns, func(e *entry) []uint32 { return e.towns }, nil)
	for _, tg := range q.TermGroups {
		members := tg.Members
		if members == nil {
			members = []string{}
		}
		add(tg.IDs, func(e *entry) []uint32 { return e.terms }, members)
	}
	add(q.Langs, func(e *entry) []uint32 { return e.langs }, nil)

	names := make([]string, len(s.symbols))
	for v, n := range s.symbols {
		names[n] = v
	}
	counts := make([]int, len(s.symbols))
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	for i := range s.entries {
		e := &s.entries[i]
		if q.OrgID != "" && e.org != q.OrgID {
			continue
		}
		if q.Free && !e.free {
			continue
		}
		failed := -1
		fails := 0
		for gi, g := range groups {
			if !intersects(g.of(e), g.want) {
				failed = gi
				fails++
				if fails > 1 {
					break
				}
			}
		}
		switch {
		case fails == 0 && !unknown:
			if res.Total >= q.Offset && len(res.IDs) < limit {
				res.IDs = append(res.IDs, e.id)
			}
			res.Total++
			if e.free {
				res.FreeCount++
			}
			for _, n := range e.towns {
				counts[n]++
			}
			for _, n := range e.terms {
				counts[n]++
			}
			for _, n := range e.langs {
				counts[n]++
			}
		case fails == 1:
			// Matches all but one group: it counts for that group's values.
			g := groups[failed]
			for _, n := range g.of(e) {
				if g.member == nil || g.member[n] {
					counts[n]++
				}
			}
		}
	}
	for n, c := range counts {
		if c > 0 {
			res.Counts[names[n]] = c
		}
	}
	return res
}

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
