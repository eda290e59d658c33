package search

import (
	"slices"
	"strings"
)

// mergeSegments makes one segment of the live docs of a (minus dead) and
// all of b, from their postings: the source texts are not kept in memory.
func mergeSegments(a *segment, dead []uint64, b *segment) *segment {
	amap := make([]int32, len(a.ids))
	bmap := make([]int32, len(b.ids))
	s := &segment{}
	i, j := 0, 0
	isDead := func(n int) bool { return dead != nil && dead[n/64]&(1<<(n%64)) != 0 }
	for i < len(a.ids) || j < len(b.ids) {
		if i < len(a.ids) && isDead(i) {
			amap[i] = -1
			i++
			continue
		}
		n := int32(len(s.ids))
		if j >= len(b.ids) || (i < len(a.ids) && a.ids[i] < b.ids[j]) {
			amap[i] = n
			s.ids = append(s.ids, a.ids[i])
			s.kinds = append(s.kinds, a.kinds[i])
			s.fieldLen = append(s.fieldLen, a.fieldLen[i*nFields:(i+1)*nFields]...)
			i++
		} else {
			bmap[j] = n
			s.ids = append(s.ids, b.ids[j])
			s.kinds = append(s.kinds, b.kinds[j])
			s.fieldLen = append(s.fieldLen, b.fieldLen[j*nFields:(j+1)*nFields]...)
			j++
		}
	}
	seen := make([]uint32, len(s.ids))
	s.surf = mergeDicts(&a.surf, amap, &b.surf, bmap, seen)
	clear(seen)
	s.stem = mergeDicts(&a.stem, amap, &b.stem, bmap, seen)
	s.disp = mergeDisplay(&s.surf, a, b)
	s.computeStats()
	return s
}

type posting struct{ doc, tf uint32 }

func mergeDicts(a *dict, amap []int32, b *dict, bmap []int32, seen []uint32) dict {
	w := newDictWriter()
	var stamp uint32
	var pa, pb []posting
	collect := func(d *dict, g int, m []int32, out []posting) []posting {
		d.groupDocs(g, func(doc, tf uint32) {
			if n := m[doc]; n >= 0 {
				out = append(out, posting{uint32(n), tf})
			}
		})
		return out
	}
	i, j := 0, 0
	for i < a.n() || j < b.n() {
		var ta, tb int = -1, -1
		var t string
		switch {
		case j >= b.n():
			ta, t = i, string(a.term(i))
			i++
		case i >= a.n():
			tb, t = j, string(b.term(j))
			j++
		default:
			c := strings.Compare(string(a.term(i)), string(b.term(j)))
			if c <= 0 {
				ta, t = i, string(a.term(i))
				i++
			}
			if c >= 0 {
				tb, t = j, string(b.term(j))
				j++
			}
		}
		stamp++
		var df uint32
		var metas []uint16
		if ta >= 0 {
			metas = append(metas, a.gmeta[a.grp[ta]:a.grp[ta+1]]...)
		}
		if tb >= 0 {
			metas = append(metas, b.gmeta[b.grp[tb]:b.grp[tb+1]]...)
		}
		slices.Sort(metas)
		metas = slices.Compact(metas)
		for _, m := range metas {
			pa, pb = pa[:0], pb[:0]
			if ta >= 0 {
				if g := slices.Index(a.gmeta[a.grp[ta]:a.grp[ta+1]], m); g >= 0 {
					pa = collect(a, int(a.grp[ta])+g, amap, pa)
				}
			}
			if tb >= 0 {
				if g := slices.Index(b.gmeta[b.grp[tb]:b.grp[tb+1]], m); g >= 0 {
					pb = collect(b, int(b.grp[tb])+g, bmap, pb)
				}
			}
			if len(pa)+len(pb) == 0 {
				continue
			}
			var buf []byte
			var prev uint32
			put := func(p posting) {
				if seen[p.doc] != stamp {
					seen[p.doc] = stamp
					df++
				}
				for range p.tf {
					buf = appendDoc(buf, &prev, p.doc)
				}
			}
			x, y := 0, 0
			for x < len(pa) || y < len(pb) {
				if y >= len(pb) || (x < len(pa) && pa[x].doc < pb[y].doc) {
					put(pa[x])
					x++
				} else {
					put(pb[y])
					y++
				}
			}
			w.addGroup(m, buf)
		}
		if df > 0 {
			w.endTerm(t, df)
		}
	}
	return w.finish()
}

// mergeDisplay carries the display spellings of a and b over to the
// merged dictionary d; a's spelling wins, as it was seen first.
func mergeDisplay(d *dict, a, b *segment) []dispForm {
	forms := make(map[string]string, len(a.disp)+len(b.disp))
	for _, s := range []*segment{b, a} {
		for _, f := range s.disp {
			forms[string(s.surf.term(int(f.term)))] = f.form
		}
	}
	m := &segment{surf: *d}
	m.setDisplay(forms)
	return m.disp
}
