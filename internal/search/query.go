package search

import (
	"cmp"
	"encoding/binary"
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// How a query word matched, and how much such a match counts.
const (
	howExact    = "exact"
	howFolded   = "folded"
	howStem     = "stem"
	howCompound = "compound"
	howPrefix   = "prefix"
	howTypo     = "typo"
)

const (
	factorStem     = 0.85
	factorCompound = 0.7
	factorPrefix   = 0.55
	factorTypo1    = 0.45
	factorTypo2    = 0.35
	langBonus      = 1.15 // texts in the reader's language
	bm25K1         = 1.2
	bm25B          = 0.5
	maxPrefixTerms = 16
	maxTypoTerms   = 20
	minIDF         = 0.01
	maxQueryWords  = 12
)

// qword is one analysed query word.
type qword struct {
	raw, surf string
	stems     []string
	last      bool
}

// expansion is an indexed word a query word matches.
type expansion struct {
	stem   bool // in the stem dict
	term   string
	how    string
	factor float32
	idf    float32
}

// wordPlan is everything a query word matches: its expansions, and the
// parts of a query compound, all of which must match together.
type wordPlan struct {
	w     qword
	exps  []expansion
	parts [][]expansion
	typo  bool // matched only through typos
}

func (ix *Index) analyse(q Query) ([]qword, uint8) {
	rc := langCode(q.Lang)
	var words, content []qword
	for _, t := range tokens(q.Text) {
		lw := lower(t)
		w := qword{raw: lw, surf: fold(lw)}
		for _, c := range []uint8{1, rc} {
			if st := stem(c, lw, w.surf); st != "" && st != w.surf && !slices.Contains(w.stems, st) {
				w.stems = append(w.stems, st)
			}
		}
		words = append(words, w)
		if !isStop(1, w.surf) && !isStop(rc, w.surf) {
			content = append(content, w)
		}
	}
	if len(content) > 0 {
		words = content
	}
	// Nobody types more; a pasted text must not cost a thousand lookups.
	words = words[:min(len(words), maxQueryWords)]
	// A word followed by a space or punctuation is complete: only the
	// word still being typed is matched as a prefix.
	if r, _ := utf8.DecodeLastRuneInString(q.Text); len(words) > 0 && isWordRune(r) {
		words[len(words)-1].last = true
	}
	return words, rc
}

func maxEdits(w string) int {
	switch n := utf8.RuneCountInString(w); {
	case n <= 3:
		return 0
	case n <= 7:
		return 1
	}
	return 2
}

// df sums a term's document frequency over the segments.
func (ix *Index) df(stem bool, t string) uint32 {
	var n uint32
	for _, s := range ix.segments() {
		d := s.dictOf(stem)
		if i := d.lookup(t); i >= 0 {
			n += d.df[i]
		}
	}
	return n
}

func (ix *Index) known(w string) bool {
	return baseWords[w] || ix.df(false, w) > 0 || ix.df(true, w) > 0
}

// direct returns the exact and stem expansions of a word.
func (ix *Index) direct(w qword) []expansion {
	var exps []expansion
	add := func(stem bool, t, how string, f float32) {
		if ix.df(stem, t) > 0 && !slices.ContainsFunc(exps, func(e expansion) bool { return e.stem == stem && e.term == t }) {
			exps = append(exps, expansion{stem: stem, term: t, how: how, factor: f})
		}
	}
	how := howExact
	if w.raw != w.surf {
		how = howFolded
	}
	add(false, w.surf, how, 1)
	for _, s := range w.stems {
		add(true, s, howStem, factorStem)
		add(false, s, howStem, factorStem)
	}
	// The word may itself be the stem of indexed words ("pflege" is
	// indexed under its stem "pfleg" as well).
	if st := stem(1, w.surf, w.surf); st == w.surf {
		add(true, w.surf, howStem, factorStem)
	}
	return exps
}

// typos returns indexed words within the word's edit budget, closest and
// most frequent first.
func (ix *Index) typos(w string, limit int) []expansion {
	k := maxEdits(w)
	if k == 0 {
		return nil
	}
	qr := []rune(w)
	qm := letterMask([]byte(w))
	type cand struct {
		t    string
		dist int
		df   uint32
	}
	var cands []cand
	for _, s := range ix.segments() {
		d := &s.surf
		for l := max(len(qr)-k, 1); l <= min(len(qr)+k, maxLen); l++ {
			for _, id := range d.byLen[l] {
				m := d.masks[id]
				if popcount(m&^qm) > k || popcount(qm&^m) > k {
					continue
				}
				t := d.term(int(id))
				if dist := editDistance(qr, []rune(string(t)), k); dist > 0 && dist <= k {
					ts := string(t)
					if !slices.ContainsFunc(cands, func(c cand) bool { return c.t == ts }) {
						cands = append(cands, cand{ts, dist, 0})
					}
				}
			}
		}
	}
	for i := range cands {
		cands[i].df = ix.df(false, cands[i].t)
	}
	slices.SortFunc(cands, func(a, b cand) int {
		return cmp.Or(cmp.Compare(a.dist, b.dist), cmp.Compare(b.df, a.df), strings.Compare(a.t, b.t))
	})
	var exps []expansion
	for _, c := range cands[:min(len(cands), limit)] {
		f := float32(factorTypo1)
		if c.dist > 1 {
			f = factorTypo2
		}
		exps = append(exps, expansion{term: c.t, how: howTypo, factor: f})
	}
	return exps
}

// prefixes returns the most frequent indexed words that start with w:
// the most frequent per segment, then by their frequency overall.
func (ix *Index) prefixes(w string) []expansion {
	if utf8.RuneCountInString(w) < 3 {
		return nil
	}
	type cand struct {
		t  string
		df uint32
	}
	var cands []cand
	for _, s := range ix.segments() {
		lo, hi := s.surf.prefixRange(w)
		top := make([]int, 0, maxPrefixTerms+1)
		for i := lo; i < hi; i++ {
			if string(s.surf.term(i)) == w {
				continue
			}
			// Insertion into a short list beats sorting thousands of words;
			// terms are sorted, so equal frequencies keep term order.
			j := len(top)
			for j > 0 && s.surf.df[top[j-1]] < s.surf.df[i] {
				j--
			}
			if j < maxPrefixTerms {
				top = slices.Insert(top, j, i)
				if len(top) > maxPrefixTerms {
					top = top[:maxPrefixTerms]
				}
			}
		}
		for _, i := range top {
			t := string(s.surf.term(i))
			if !slices.ContainsFunc(cands, func(c cand) bool { return c.t == t }) {
				cands = append(cands, cand{t, 0})
			}
		}
	}
	if len(ix.segments()) > 1 {
		for i := range cands {
			cands[i].df = ix.df(false, cands[i].t)
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int {
		return cmp.Or(cmp.Compare(b.df, a.df), strings.Compare(a.t, b.t))
	})
	var exps []expansion
	for _, c := range cands[:min(len(cands), maxPrefixTerms)] {
		exps = append(exps, expansion{term: c.t, how: howPrefix, factor: factorPrefix})
	}
	return exps
}

// plan expands each query word over the vocabulary.
func (ix *Index) plan(words []qword) []wordPlan {
	n := float64(ix.Len())
	idf := func(exps []expansion) {
		for i := range exps {
			df := float64(ix.df(exps[i].stem, exps[i].term))
			// Kept above zero: a zero score would read as "not matched"
			// (and df counts tombstoned docs, so it can exceed n).
			exps[i].idf = float32(max(math.Log(1+(n-df+0.5)/(df+0.5)), minIDF))
		}
	}
	plans := make([]wordPlan, len(words))
	for i, w := range words {
		p := wordPlan{w: w, exps: ix.direct(w)}
		if w.last {
			p.exps = append(p.exps, ix.prefixes(w.surf)...)
		}
		if len(w.surf) >= 2*minPart && isASCII(w.surf) {
			for _, part := range splitCompound(w.surf, ix.known) {
				pe := ix.direct(qword{raw: part, surf: part, stems: []string{stem(1, part, part)}})
				if len(pe) == 0 {
					p.parts = nil
					break
				}
				idf(pe)
				p.parts = append(p.parts, pe)
			}
		}
		if len(p.exps) == 0 && len(p.parts) == 0 {
			p.exps = ix.typos(w.surf, maxTypoTerms)
			p.typo = len(p.exps) > 0
		}
		idf(p.exps)
		plans[i] = p
	}
	return plans
}

// scratch is the per-query working memory for one segment.
type scratch struct {
	tmp, cur, acc, part, psum []float32
	cnt, pcnt                 []uint8
	t1, t2, cands             []uint32
}

func (ix *Index) getScratch() []*scratch {
	if v, ok := ix.scratch.Get().([]*scratch); ok {
		return v
	}
	var out []*scratch
	for _, s := range ix.segments() {
		n := len(s.ids)
		out = append(out, &scratch{tmp: make([]float32, n), cur: make([]float32, n), acc: make([]float32, n), part: make([]float32, n), psum: make([]float32, n), cnt: make([]uint8, n), pcnt: make([]uint8, n)})
	}
	return out
}

// scorer computes contributions of postings.
type scorer struct {
	ix     *Index
	reader uint8
	kind   uint8
	// When filter is set, only documents that matched need words so far
	// are scored; live records that the word occurs in a live document.
	filter bool
	need   uint8
	live   bool
}

// admit notes that doc, a live document of the searched kind, has the
// word, and says whether it is still a candidate.
func (sc *scorer) admit(x *scratch, doc uint32) bool {
	sc.live = true
	return !sc.filter || x.cnt[doc] == sc.need
}

func (sc *scorer) groupWeight(e *expansion, m uint16) (float32, string) {
	f := e.factor
	how := e.how
	if metaPart(m) {
		f = min(f, factorCompound)
		if how == howExact || how == howFolded || how == howStem {
			how = howCompound
		}
	}
	w := fieldWeights[metaField(m)] * e.idf * f
	if metaLang(m) == sc.reader {
		w *= langBonus
	}
	return w, how
}

func (sc *scorer) bm25(s *segment, doc uint32, m uint16, tf uint32) float32 {
	f := metaField(m)
	l := float32(s.fieldLen[int(doc)*nFields+int(f)])
	t := float32(tf)
	return t * (bm25K1 + 1) / (t + bm25K1*(1-bm25B+bm25B*l/sc.ix.avgLen[f]))
}

func (sc *scorer) ok(si int, s *segment, doc uint32) bool {
	return !sc.ix.isDead(si, doc) && (sc.kind == 0 || s.kinds[doc] == sc.kind)
}

// expScores adds the scores of one expansion into x.tmp (touched in x.t2)
// and folds them into into by maximum (touched in *touched).
func (sc *scorer) expScores(si int, s *segment, e *expansion, x *scratch, into []float32, touched *[]uint32) {
	d := s.dictOf(e.stem)
	ti := d.lookup(e.term)
	if ti < 0 {
		return
	}
	tmp, t2, fieldLen, kinds := x.tmp, x.t2[:0], s.fieldLen, s.kinds
	// into is zero wherever not touched: the first expansion can add
	// into it directly, without the pass that takes the maximum.
	direct := len(*touched) == 0
	if direct {
		tmp, t2 = into, *touched
	}
	var dead []uint64
	if si == 0 {
		dead = sc.ix.dead
	}
	for g := d.grp[ti]; g < d.grp[ti+1]; g++ {
		m := d.gmeta[g]
		w, _ := sc.groupWeight(e, m)
		f := int(metaField(m))
		// The BM25 length norm: k1·(1−b+b·len/avg) = base + per·len.
		base, per := float32(bm25K1*(1-bm25B)), float32(bm25K1*bm25B)/sc.ix.avgLen[f]
		w *= bm25K1 + 1
		// Decoded inline, one posting behind (to count repeats as term
		// frequency): this loop runs for every posting of every word.
		p := d.post[d.gpos[g]:d.gpos[g+1]]
		var prev uint64
		doc, tf := uint32(0), uint32(0)
		for i := 0; i <= len(p); {
			v := uint64(1)
			if i < len(p) {
				v = uint64(p[i])
				if v < 0x80 {
					i++
				} else {
					var k int
					v, k = binary.Uvarint(p[i:])
					i += k
				}
				if v == 0 {
					tf++
					continue
				}
			} else {
				i++
			}
			if tf > 0 && (dead == nil || dead[doc/64]&(1<<(doc%64)) == 0) && (sc.kind == 0 || kinds[doc] == sc.kind) && sc.admit(x, doc) {
				if tmp[doc] == 0 {
					t2 = append(t2, doc)
				}
				t := float32(tf)
				tmp[doc] += w * t / (t + base + per*float32(fieldLen[int(doc)*nFields+f]))
			}
			prev += v
			doc, tf = uint32(prev-1), 1
		}
	}
	if direct {
		*touched = t2
		return
	}
	x.t2 = t2
	for _, doc := range t2 {
		if into[doc] == 0 {
			*touched = append(*touched, doc)
		}
		into[doc] = max(into[doc], tmp[doc])
		tmp[doc] = 0
	}
}

// Search returns every matching document, best first, ties broken by ID.
// A blank query returns nil.
func (ix *Index) Search(q Query) []Hit {
	words, rc := ix.analyse(q)
	if ix == nil || len(words) == 0 {
		return nil
	}
	plans := ix.plan(words)
	hits, present := ix.run(plans, rc, q.Kind, false)
	if len(hits) == 0 && present >= 2 {
		// No record has all the words: rather than nothing, the
		// records with most of them ("oma vergisst alles" finds the
		// dementia offers by "vergesslich"), marked as partial.
		hits, _ = ix.run(plans, rc, q.Kind, true)
	}
	return hits
}

// run scores the documents that have every word of the query that
// occurs at all (present, which it returns), or, with some, the
// documents that have at least half of them, with a score weighed by
// the share they have: coordination, as classic engines call it.
func (ix *Index) run(plans []wordPlan, rc uint8, kind string, some bool) ([]Hit, int) {
	sc := &scorer{ix: ix, reader: rc, kind: kindCode(kind)}
	if kind != "" && sc.kind == kindOther {
		return nil, 0 // a kind the index does not know has no documents
	}
	segs := ix.segments()
	xs := ix.getScratch()
	defer ix.scratch.Put(xs)
	// Rarest words first: from the second word on, only documents that
	// matched all words before are scored.
	cost := func(p wordPlan) (n uint32) {
		for _, e := range p.exps {
			n += ix.df(e.stem, e.term)
		}
		return n
	}
	plans = slices.Clone(plans)
	slices.SortStableFunc(plans, func(a, b wordPlan) int { return cmp.Compare(cost(a), cost(b)) })
	required := 0
	for _, p := range plans {
		present := false
		sc.filter, sc.need = required > 0 && !some, uint8(required)
		for si, s := range segs {
			x := xs[si]
			x.t1 = x.t1[:0]
			sc.live = false
			for i := range p.exps {
				sc.expScores(si, s, &p.exps[i], x, x.cur, &x.t1)
			}
			live := sc.live
			ix.partScores(sc, si, s, p.parts, x)
			// A word counts if it occurs in a live document at all, even
			// one that an earlier word already ruled out.
			if live || len(x.t1) > 0 {
				present = true
			}
		}
		for si := range segs {
			x := xs[si]
			for _, doc := range x.t1 {
				switch {
				case some:
					if x.cnt[doc] == 0 {
						x.cands = append(x.cands, doc)
					}
					x.cnt[doc]++
					x.acc[doc] += x.cur[doc]
				case present && int(x.cnt[doc]) == required:
					if required == 0 {
						x.cands = append(x.cands, doc)
					}
					x.cnt[doc]++
					x.acc[doc] += x.cur[doc]
				}
				x.cur[doc] = 0
			}
		}
		if present {
			required++
		}
	}
	// Sort numeric keys, not Hits: there may be a match in every document.
	// A key is the score's bits inverted (scores are positive, so their
	// bits order like them), then the segment and the doc number, which
	// follows ID order within a segment.
	var keys []uint64
	least := required
	if some {
		least = (required + 1) / 2
	}
	for si := range segs {
		x := xs[si]
		for _, doc := range x.cands {
			if n := int(x.cnt[doc]); n >= least && n > 0 {
				score := x.acc[doc]
				if some {
					share := float32(n) / float32(required)
					score *= share * share
				}
				keys = append(keys, uint64(^math.Float32bits(score))<<32|uint64(si)<<31|uint64(doc))
			}
			x.cnt[doc], x.acc[doc] = 0, 0
		}
		x.cands = x.cands[:0]
	}
	if len(keys) == 0 {
		return nil, required
	}
	sortKeys(keys)
	id := func(k uint64) string { return segs[k>>31&1].ids[uint32(k)&(1<<31-1)] }
	if len(segs) > 1 {
		// Equal scores across segments: order by ID.
		for i := 0; i < len(keys); {
			j := i + 1
			for j < len(keys) && keys[j]>>32 == keys[i]>>32 {
				j++
			}
			// Each segment's keys are in ID order already; only a run with
			// docs of both segments needs sorting.
			mixed := false
			for k := i + 1; k < j && !mixed; k++ {
				mixed = keys[k]>>31&1 != keys[i]>>31&1
			}
			if mixed {
				slices.SortFunc(keys[i:j], func(a, b uint64) int { return strings.Compare(id(a), id(b)) })
			}
			i = j
		}
	}
	hits := make([]Hit, len(keys))
	for i, k := range keys {
		s, doc := segs[k>>31&1], uint32(k)&(1<<31-1)
		hits[i] = Hit{ID: s.ids[doc], Kind: kindName(s.kinds[doc]), Score: float64(math.Float32frombits(^uint32(k >> 32))), Partial: some}
	}
	return hits, required
}

// partScores scores a query compound by its parts, all of which must
// match ("Pflegeberatung" finds "Beratung zur Pflege"), and folds the
// result into x.cur.
func (ix *Index) partScores(sc *scorer, si int, s *segment, parts [][]expansion, x *scratch) {
	if len(parts) == 0 {
		return
	}
	part, sum, hits := x.part, x.psum, x.pcnt
	var first []uint32 // docs that matched the first part
	for pi, pe := range parts {
		var touched []uint32
		for i := range pe {
			sc.expScores(si, s, &pe[i], x, part, &touched)
		}
		for _, doc := range touched {
			if int(hits[doc]) == pi {
				if pi == 0 {
					first = append(first, doc)
				}
				hits[doc]++
				sum[doc] += part[doc]
			}
			part[doc] = 0
		}
	}
	for _, doc := range first {
		if int(hits[doc]) == len(parts) {
			v := sum[doc] * factorCompound
			if x.cur[doc] == 0 {
				x.t1 = append(x.t1, doc)
			}
			x.cur[doc] = max(x.cur[doc], v)
		}
		hits[doc], sum[doc] = 0, 0
	}
}

func kindName(k uint8) string {
	switch k {
	case 1:
		return KindService
	case 2:
		return KindOrganization
	case 3:
		return kindEvent
	}
	return ""
}

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

// editDistance is the optimal-string-alignment Damerau–Levenshtein
// distance (a transposition is one edit), or k+1 once it exceeds k.
func editDistance(a, b []rune, k int) int {
	if d := len(a) - len(b); d > k || -d > k {
		return k + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			c := 1
			if a[i-1] == b[j-1] {
				c = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			best = min(best, v)
		}
		if best > k {
			return k + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// sortKeys sorts ascending; a radix sort for many keys, since a query may
// match tens of thousands of documents and comparison sorting them took
// a third of the search time.
func sortKeys(keys []uint64) {
	if len(keys) < 4096 {
		slices.Sort(keys)
		return
	}
	buf := make([]uint64, len(keys))
	src, dst := keys, buf
	var count [256]int
	for shift := uint(0); shift < 64; shift += 8 {
		clear(count[:])
		for _, k := range src {
			count[k>>shift&0xff]++
		}
		if count[src[0]>>shift&0xff] == len(src) {
			continue // all keys share this byte
		}
		pos := 0
		for i, c := range count {
			count[i] = pos
			pos += c
		}
		for _, k := range src {
			b := k >> shift & 0xff
			dst[count[b]] = k
			count[b]++
		}
		src, dst = dst, src
	}
	if &src[0] != &keys[0] {
		copy(keys, src)
	}
}
