package offerindex

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/lotse/lotse/internal/directory"

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
	StepFree   bool   // only offers with a step-free place
	OrgID      string // only offers of this organisation
	// OpenAt, when set, keeps the offers open at that moment; OpenOn,
	// when set, those open at some time on that day. Offers without
	// regular hours are never open: nothing is claimed for them.
	OpenAt, OpenOn time.Time
	// Near, when set, keeps the offers with a place within Radius km
	// (DefaultRadius when 0) and orders them by distance, or, with a
	// Text, weighs relevance a little by distance.
	Near   *Point
	Radius float64
	// PostalCode, when set, keeps the offers with a place of that
	// German postal code.
	PostalCode string
	// CountOpen, when set, asks for Result.OpenOptions from that moment.
	CountOpen time.Time
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
	// FreeCount is how many offers match and are free of charge,
	// StepFreeCount how many have a step-free place, OpenCount how many
	// are open at OpenAt or on OpenOn (0 when neither is asked).
	FreeCount, StepFreeCount, OpenCount int
	// OpenOptions counts, when Query.CountOpen is set, the offers that
	// would match if open now (first) or open on each of the OpenDays
	// days from then were chosen instead of the current opening filter.
	OpenOptions []int
	// Within counts, for each of RadiusOptions, the offers that would
	// match with that radius (only with Near).
	Within []int
	// Partial is set when no offer has all the words of Text and the
	// result holds those with some of them (search.Hit.Partial).
	Partial bool
	// Distances are the km from Near to the closest place of each offer
	// in IDs (only with Near).
	Distances []float64
	// SearchPending is set when the query has a Text or a place filter
	// but the region's search index and places are still being built
	// (see DeferSearchAbove): the result is empty and says nothing.
	SearchPending bool
}

// Search returns the offers of a region matching q, in German
// alphabetical order of their names, or by relevance when q has a Text.
func (ix *Index) Search(regionID string, q Query) Result {
	s := ix.ptr(regionID).Load()
	if s == nil {
		return Result{Counts: map[string]int{}}
	}
	if s.search == nil {
		// A deferred first build (see DeferSearchAbove): no search index
		// and no places yet.
		if q.Text != "" || q.StepFree || !q.OpenAt.IsZero() || !q.OpenOn.IsZero() || q.Near != nil || q.PostalCode != "" {
			return Result{Counts: map[string]int{}, SearchPending: true}
		}
		q.CountOpen = time.Time{}
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
	res := Result{Total: len(m.positions), Counts: m.counts, FreeCount: m.free, StepFreeCount: m.stepFree, OpenCount: m.open,
		Within: m.within, OpenOptions: m.openOptions, Partial: m.partial}
	for i := max(q.Offset, 0); i < len(m.positions) && len(res.IDs) < limit; i++ {
		res.IDs = append(res.IDs, string(s.id(&s.entries[m.positions[i]])))
		if m.dist != nil {
			res.Distances = append(res.Distances, float64(m.dist[i]))
		}
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
	fmt.Fprintf(&b, "f%v;s%v;o%s;q%q;r%s", q.Free, q.StepFree, q.OrgID, q.Text, q.Lang)
	if !q.OpenAt.IsZero() {
		fmt.Fprintf(&b, ";a%d", q.OpenAt.Unix()/60)
	}
	if !q.CountOpen.IsZero() {
		fmt.Fprintf(&b, ";c%d", q.CountOpen.Unix()/60)
	}
	if !q.OpenOn.IsZero() {
		fmt.Fprintf(&b, ";d%s", q.OpenOn.In(directory.Berlin).Format(time.DateOnly))
	}
	if q.Near != nil {
		fmt.Fprintf(&b, ";n%.5f,%.5f,%g", q.Near.Lat, q.Near.Lon, q.radius())
	}
	if q.PostalCode != "" {
		fmt.Fprintf(&b, ";p%s", q.PostalCode)
	}
	return b.String()
}

// radius is the radius of a "near me" query in km.
func (q Query) radius() float64 {
	if q.Radius > 0 {
		return q.Radius
	}
	return DefaultRadius
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
	// cands, when not nil, are the entries to look at (those the engine
	// found), in entry order; scoreOf their scores.
	var cands []int32
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
		m.partial = hits[0].Partial
		scoreOf = make([]float64, len(s.entries))
		cands = make([]int32, 0, len(hits))
		for _, h := range hits {
			if i, ok := s.position(h.ID); ok {
				cands = append(cands, i)
				scoreOf[i] = h.Score
			}
		}
		slices.Sort(cands)
		readerLang, readerKnown = s.symbol(q.Lang)
		readerKnown = readerKnown && q.Lang != "" && s.kinds[readerLang] == kindLang
	}
	var open *optionTable
	switch {
	case !q.OpenAt.IsZero():
		open = newOptionTable(s.hours, []func(directory.Hours) bool{openAt(q.OpenAt)})
	case !q.OpenOn.IsZero():
		open = newOptionTable(s.hours, []func(directory.Hours) bool{openOn(q.OpenOn)})
	}
	// counting evaluates the opening options (now, then each of the
	// next seven days) for their counts.
	var counting *optionTable
	if !q.CountOpen.IsZero() {
		tests := []func(directory.Hours) bool{openAt(q.CountOpen)}
		for d := range OpenDays {
			tests = append(tests, openOn(q.CountOpen.In(directory.Berlin).AddDate(0, 0, d)))
		}
		counting = newOptionTable(s.hours, tests)
		m.openOptions = make([]int, len(tests))
	}
	postal := uint32(0)
	if q.PostalCode != "" {
		n, err := strconv.Atoi(q.PostalCode)
		if err != nil || !directory.ValidPostalCode(q.PostalCode) {
			return m
		}
		postal = uint32(n)
	}
	var distOf []float32
	radius := q.radius()
	var near nearness
	if q.Near != nil {
		distOf = make([]float32, len(s.entries))
		m.within = make([]int, len(RadiusOptions))
		near = newNearness(*q.Near)
	}
	n := len(s.entries)
	if cands != nil {
		n = len(cands)
	}
	for k := range n {
		i := k
		if cands != nil {
			i = int(cands[k])
		}
		e := &s.entries[i]
		if (q.OrgID != "" && e.org != org) || (q.Free && !e.free) || (q.StepFree && e.flags&entryStepFree == 0) ||
			(postal != 0 && !slices.ContainsFunc(s.placesOf(e), func(p place) bool { return p.postal == postal })) {
			continue
		}
		var km float64
		if q.Near != nil {
			d, ok := near.nearest(s.placesOf(e))
			if !ok || d > float64(RadiusOptions[len(RadiusOptions)-1]) && d > radius {
				continue
			}
			km = d
			distOf[i] = float32(d)
		}
		if cands != nil {
			sc := scoreOf[i]
			// Offers held in the reader's language come first among
			// equals and rise among near-equals, but a much better
			// match in German still wins.
			if readerKnown && slices.Contains(s.vals(e), readerLang) {
				sc *= readerBoost
			}
			if q.Near != nil {
				sc *= distanceFactor(km)
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
		isOpen := open != nil && e.flags&entryClosed == 0 && open.anyOpen(s.placesOf(e)) != 0
		if q.Near != nil {
			// Every radius option counts what the other filters let
			// through; only the chosen radius narrows the result.
			if fails == 0 && !impossible && (open == nil || isOpen) {
				for r, opt := range RadiusOptions {
					if km <= float64(opt) {
						m.within[r]++
					}
				}
			}
			if km > radius {
				continue
			}
		}
		// Likewise every opening option counts what the other filters
		// let through.
		if counting != nil && fails == 0 && !impossible && e.flags&entryClosed == 0 {
			for mask, k := counting.anyOpen(s.placesOf(e)), 0; mask != 0; mask, k = mask>>1, k+1 {
				m.openOptions[k] += int(mask & 1)
			}
		}
		if open != nil && !isOpen {
			continue
		}
		switch {
		case fails == 0 && !impossible:
			m.positions = append(m.positions, int32(i))
			if e.free {
				m.free++
			}
			if e.flags&entryStepFree != 0 {
				m.stepFree++
			}
			if isOpen {
				m.open++
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
	switch {
	case scoreOf != nil:
		// By score; ties keep the German name order of the entries,
		// so paging is stable.
		slices.SortStableFunc(m.positions, func(a, b int32) int { return cmp.Compare(scoreOf[b], scoreOf[a]) })
	case distOf != nil:
		// Nearest first; ties (the same place) in name order.
		slices.SortFunc(m.positions, func(a, b int32) int {
			if c := cmp.Compare(distOf[a], distOf[b]); c != 0 {
				return c
			}
			return cmp.Compare(a, b)
		})
	}
	if distOf != nil {
		m.dist = make([]float32, len(m.positions))
		for i, p := range m.positions {
			m.dist[i] = distOf[p]
		}
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
