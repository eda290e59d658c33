package search

import (
	"slices"
	"strings"
)

// This is how segments were built before the Builder: the texts of all
// docs at hand, sorted by ID, with a map and a slice per term. It stays
// here as the reference the Builder must match byte for byte.

// builder accumulates one dict while documents are added in order.
type refGroupAcc struct {
	meta uint16
	prev uint32
	buf  []byte
	raw  []uint32 // compound-part postings, which arrive out of order
}

type refTermAcc struct {
	groups  []refGroupAcc
	lastDoc uint32
	df      uint32
	plain   bool // occurs as a word of its own, not only as a compound part
}

type refDictBuilder struct {
	ids   map[string]uint32
	terms []string
	accs  []refTermAcc
}

func newRefDictBuilder() *refDictBuilder { return &refDictBuilder{ids: map[string]uint32{}} }

func (b *refDictBuilder) termID(t string) uint32 {
	id, ok := b.ids[t]
	if !ok {
		id = uint32(len(b.terms))
		b.ids[t] = id
		b.terms = append(b.terms, t)
		b.accs = append(b.accs, refTermAcc{lastDoc: ^uint32(0)})
	}
	return id
}

func (b *refDictBuilder) add(t string, m uint16, doc uint32) {
	a := &b.accs[b.termID(t)]
	a.plain = true
	if a.lastDoc != doc {
		a.lastDoc = doc
		a.df++
	}
	for i := range a.groups {
		if g := &a.groups[i]; g.meta == m {
			g.buf = appendDoc(g.buf, &g.prev, doc)
			return
		}
	}
	g := refGroupAcc{meta: m}
	g.buf = appendDoc(g.buf, &g.prev, doc)
	a.groups = append(a.groups, g)
}

func (b *refDictBuilder) addPart(t string, m uint16, doc uint32) {
	a := &b.accs[b.termID(t)]
	for i := range a.groups {
		if g := &a.groups[i]; g.meta == m {
			g.raw = append(g.raw, doc)
			return
		}
	}
	a.groups = append(a.groups, refGroupAcc{meta: m, raw: []uint32{doc}})
}

func (b *refDictBuilder) finish(ndocs int) dict {
	order := make([]uint32, len(b.terms))
	for i := range order {
		order[i] = uint32(i)
	}
	slices.SortFunc(order, func(x, y uint32) int { return strings.Compare(b.terms[x], b.terms[y]) })
	w := newDictWriter()
	var seen []uint32 // doc → term stamp, for df over compound parts
	for _, id := range order {
		a := &b.accs[id]
		slices.SortFunc(a.groups, func(x, y refGroupAcc) int { return int(x.meta) - int(y.meta) })
		df := a.df
		hasRaw := false
		for i := range a.groups {
			g := &a.groups[i]
			if g.raw != nil {
				hasRaw = true
				slices.Sort(g.raw)
				g.raw = slices.Compact(g.raw)
				g.buf = refEncodeDocs(g.raw)
			}
			w.addGroup(g.meta, g.buf)
		}
		if hasRaw {
			if seen == nil {
				seen = make([]uint32, ndocs)
			}
			df = 0
			stamp := id + 1
			for i := range a.groups {
				w.d.refGroupDocsIn(a.groups[i].buf, func(doc, _ uint32) {
					if seen[doc] != stamp {
						seen[doc] = stamp
						df++
					}
				})
			}
		}
		w.endTerm(b.terms[id], df)
		a.groups = nil
	}
	return w.finish()
}

func refEncodeDocs(docs []uint32) []byte {
	var buf []byte
	var prev uint32
	for _, d := range docs {
		buf = appendDoc(buf, &prev, d)
	}
	return buf
}

// refGroupDocsIn decodes an encoded posting list that is not (yet) in a dict.
func (d *dict) refGroupDocsIn(p []byte, f func(doc, tf uint32)) {
	tmp := dict{post: p, gpos: []uint32{0, uint32(len(p))}}
	tmp.groupDocs(0, f)
}

// refBuildSegment indexes docs, which must be sorted by ID with unique IDs.
// known adds words of other segments to the vocabulary for compounds.
func refBuildSegment(docs []Doc, known vocab) *segment {
	s := &segment{
		ids:      make([]string, len(docs)),
		kinds:    make([]uint8, len(docs)),
		fieldLen: make([]uint16, len(docs)*nFields),
	}
	surf, stm := newRefDictBuilder(), newRefDictBuilder()
	type analysed struct{ surf, stem string }
	cache := map[string]analysed{} // lang code + raw token → forms
	// Display spellings are looked at only when a token is first seen,
	// which is also the first time its spelling can be seen.
	forms := map[string]string{}
	var key []byte
	for n, d := range docs {
		doc := uint32(n)
		s.ids[n] = d.ID
		s.kinds[n] = kindCode(d.Kind)
		var toks, texts [nFields]int
		for _, t := range d.Texts {
			f, ok := fieldNums[t.Field]
			if !ok {
				f = fieldNums[FieldDescription]
			}
			lc := langCode(t.Lang)
			m := meta(f, lc, false)
			texts[f]++
			for _, tok := range tokens(t.Text) {
				key = append(append(key[:0], lc), tok...)
				a, ok := cache[string(key)]
				if !ok {
					lw := lower(tok)
					a.surf = fold(lw)
					if isStop(lc, a.surf) {
						a.surf = ""
					} else if st := stem(lc, lw, a.surf); st != a.surf {
						a.stem = st
					}
					if _, seen := forms[a.surf]; a.surf != "" && lw != a.surf && !seen {
						forms[a.surf] = lw
					}
					cache[string(key)] = a
				}
				if a.surf == "" {
					continue
				}
				toks[f]++
				surf.add(a.surf, m, doc)
				if a.stem != "" {
					stm.add(a.stem, m, doc)
				}
			}
		}
		for f := range nFields {
			if texts[f] > 0 {
				s.fieldLen[n*nFields+f] = uint16(min(toks[f]/texts[f]+1, 65535))
			}
		}
	}
	// Split German compounds into parts that are words of the vocabulary.
	own := func(w string) bool {
		if id, ok := surf.ids[w]; ok && surf.accs[id].plain {
			return true
		}
		if id, ok := stm.ids[w]; ok && stm.accs[id].plain {
			return true
		}
		return baseWords[w] || (known != nil && known(w))
	}
	nterms := len(surf.terms)
	for id := 0; id < nterms; id++ {
		t := surf.terms[id]
		if len(t) < 8 || !isASCII(t) {
			continue
		}
		var german []refGroupAcc
		for _, g := range surf.accs[id].groups {
			if isGerman(metaLang(g.meta)) && !metaPart(g.meta) {
				german = append(german, g)
			}
		}
		if len(german) == 0 {
			continue
		}
		parts := splitCompound(t, own)
		for _, p := range parts {
			pst := stem(1, p, p)
			for _, g := range german {
				pm := g.meta | partBit
				(&dict{}).refGroupDocsIn(g.buf, func(doc, _ uint32) {
					surf.addPart(p, pm, doc)
					if pst != p {
						stm.addPart(pst, pm, doc)
					}
				})
			}
		}
	}
	s.surf = surf.finish(len(docs))
	s.stem = stm.finish(len(docs))
	s.setDisplay(forms)
	s.computeStats()
	return s
}
