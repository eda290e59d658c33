package search

import "strings"

// Explain says why the document id matches q, one reason per indexed word
// and text that counted, with its share of the score; nil if it does not
// match.
func (ix *Index) Explain(q Query, id string) []Reason {
	found := false
	for _, h := range ix.Search(q) {
		if h.ID == id {
			found = true
			break
		}
	}
	if !found {
		return nil
	}
	si, doc := -1, uint32(0)
	for i, s := range ix.segments() {
		if n := s.find(id); n >= 0 && !ix.isDead(i, uint32(n)) {
			si, doc = i, uint32(n)
		}
	}
	if si < 0 {
		return nil
	}
	s := ix.segments()[si]
	words, rc := ix.analyse(q)
	sc := &scorer{ix: ix, reader: rc}
	var out []Reason
	for _, p := range ix.plan(words) {
		best, reasons := ix.bestExplain(sc, s, doc, p.w.surf, p.exps)
		if len(p.parts) > 0 {
			var sum float32
			var pr []Reason
			all := true
			for _, pe := range p.parts {
				v, r := ix.bestExplain(sc, s, doc, p.w.surf, pe)
				if v == 0 {
					all = false
					break
				}
				sum += v
				pr = append(pr, r...)
			}
			if all && sum*factorCompound > best {
				for i := range pr {
					pr[i].How = howCompound
					pr[i].Score *= factorCompound
				}
				reasons = pr
			}
		}
		out = append(out, reasons...)
	}
	return out
}

// bestExplain returns the score and reasons of the expansion that counts
// for doc: the one with the highest score, as in Search.
func (ix *Index) bestExplain(sc *scorer, s *segment, doc uint32, word string, exps []expansion) (float32, []Reason) {
	var best float32
	var reasons []Reason
	for i := range exps {
		e := &exps[i]
		d := s.dictOf(e.stem)
		ti := d.lookup(e.term)
		if ti < 0 {
			continue
		}
		var sum float32
		var rs []Reason
		for g := d.grp[ti]; g < d.grp[ti+1]; g++ {
			m := d.gmeta[g]
			w, how := sc.groupWeight(e, m)
			d.groupDocs(int(g), func(dn, tf uint32) {
				if dn != doc {
					return
				}
				v := w * sc.bm25(s, doc, m, tf)
				sum += v
				rs = append(rs, Reason{Word: word, Found: e.term, How: how, Field: fieldNames[metaField(m)],
					Lang: langNames[metaLang(m)], Score: float64(v)})
			})
		}
		if sum > best || (sum == best && sum > 0 && strings.Compare(e.term, reasons[0].Found) < 0) {
			best, reasons = sum, rs
		}
	}
	return best, reasons
}

// Suggest returns the query with words that match nothing, or only
// through typos, replaced by the closest indexed words as the records
// spell them (lower-cased, umlauts kept), when that finds something and
// the query as typed finds less or only through typos; otherwise "".
func (ix *Index) Suggest(q Query) string {
	if ix == nil {
		return ""
	}
	words, _ := ix.analyse(q)
	plans := ix.plan(words)
	changed := false
	var out []string
	for _, p := range plans {
		w := p.w.raw
		if p.typo || (len(p.exps) == 0 && len(p.parts) == 0) {
			if t := ix.typos(w, 1); len(t) > 0 {
				w = ix.display(t[0].term)
				changed = true
			}
		}
		out = append(out, w)
	}
	if !changed {
		return ""
	}
	s := strings.Join(out, " ")
	got := ix.Search(Query{Text: s, Lang: q.Lang, Kind: q.Kind})
	if len(got) == 0 || len(got) < len(ix.Search(q)) {
		return ""
	}
	return s
}

// display returns how the records spell the folded word t, lower-cased:
// "führerschein" for "fuhrerschein", or t itself where no text spells it
// otherwise. The base segment's spelling wins, as it was seen first.
func (ix *Index) display(t string) string {
	for _, s := range ix.segments() {
		if i := s.surf.lookup(t); i >= 0 {
			if f := s.display(i); f != "" {
				return f
			}
		}
	}
	return t
}
