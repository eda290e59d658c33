package search

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"slices"
	"sort"
	"unicode/utf8"
)

// Field numbers packed into posting group metas, and their weights.
var fieldNums = map[string]uint8{
	FieldName: 0, FieldTerm: 1, FieldSynonym: 2, FieldSummary: 3, FieldOrg: 4, FieldDescription: 5,
}

var fieldNames = [nFields]string{FieldName, FieldTerm, FieldSynonym, FieldSummary, FieldOrg, FieldDescription}

var fieldWeights = [nFields]float32{3, 2.5, 2, 1.5, 1, 1}

const nFields = 6

// A group meta packs field (3 bits), language code (4 bits) and whether
// the postings come from a split German compound (1 bit).
const partBit = 1 << 7

func meta(field, lang uint8, part bool) uint16 {
	m := uint16(field) | uint16(lang)<<3
	if part {
		m |= partBit
	}
	return m
}

func metaField(m uint16) uint8 { return uint8(m & 7) }
func metaLang(m uint16) uint8  { return uint8(m>>3) & 15 }
func metaPart(m uint16) bool   { return m&partBit != 0 }

// dict is a sorted vocabulary with compact postings: no pointer per term
// or posting. A term has groups (one per field, language and
// compound-part flag); a group is a varint list of doc numbers + 1 as
// gaps, where a gap of 0 repeats the doc (term frequency).
type dict struct {
	blob  []byte   // the terms, concatenated in order
	off   []uint32 // term i is blob[off[i]:off[i+1]]
	grp   []uint32 // groups of term i are grp[i]..grp[i+1]
	df    []uint32 // documents containing term i
	gmeta []uint16
	gpos  []uint32 // postings of group g are post[gpos[g]:gpos[g+1]]
	post  []byte

	// Typo candidates: terms by rune length and a letter mask per term.
	masks []uint64
	byLen [maxLen + 1][]uint32
}

const maxLen = 40

func (d *dict) n() int { return len(d.off) - 1 }

func (d *dict) term(i int) []byte { return d.blob[d.off[i]:d.off[i+1]] }

// lookup returns the term's number or -1.
func (d *dict) lookup(t string) int {
	n := d.n()
	i := sort.Search(n, func(i int) bool { return string(d.term(i)) >= t })
	if i < n && string(d.term(i)) == t {
		return i
	}
	return -1
}

// prefixRange returns the terms starting with p.
func (d *dict) prefixRange(p string) (int, int) {
	n := d.n()
	lo := sort.Search(n, func(i int) bool { return string(d.term(i)) >= p })
	hi := lo
	for hi < n && bytes.HasPrefix(d.term(hi), []byte(p)) {
		hi++
	}
	return lo, hi
}

// groupDocs iterates a group's postings, calling f with each doc and its
// term frequency.
func (d *dict) groupDocs(g int, f func(doc uint32, tf uint32)) {
	p := d.post[d.gpos[g]:d.gpos[g+1]]
	var prev uint64
	cur, tf := uint32(0), uint32(0)
	for len(p) > 0 {
		v, k := binary.Uvarint(p)
		p = p[k:]
		if v == 0 {
			tf++
			continue
		}
		if tf > 0 {
			f(cur, tf)
		}
		prev += v
		cur, tf = uint32(prev-1), 1
	}
	if tf > 0 {
		f(cur, tf)
	}
}

func appendDoc(buf []byte, prev *uint32, doc uint32) []byte {
	gap := doc + 1 - *prev
	*prev = doc + 1
	return binary.AppendUvarint(buf, uint64(gap))
}

// letterMask sets a bit per letter, so that words far apart in letters
// are rejected as typo candidates before the edit distance is computed.
func letterMask(t []byte) uint64 {
	var m uint64
	for _, r := range string(t) {
		switch {
		case r >= 'a' && r <= 'z':
			m |= 1 << (r - 'a')
		case r >= '0' && r <= '9':
			m |= 1 << (26 + r - '0')
		default:
			m |= 1 << (36 + uint(r)%28)
		}
	}
	return m
}

// dictWriter appends terms in sorted order.
type dictWriter struct{ d dict }

func newDictWriter() *dictWriter {
	return &dictWriter{d: dict{off: []uint32{0}, grp: []uint32{0}, gpos: []uint32{0}}}
}

func (w *dictWriter) addGroup(m uint16, enc []byte) {
	w.d.gmeta = append(w.d.gmeta, m)
	w.d.post = append(w.d.post, enc...)
	w.d.gpos = append(w.d.gpos, uint32(len(w.d.post)))
}

func (w *dictWriter) endTerm(t string, df uint32) {
	w.d.blob = append(w.d.blob, t...)
	w.d.off = append(w.d.off, uint32(len(w.d.blob)))
	w.d.grp = append(w.d.grp, uint32(len(w.d.gmeta)))
	w.d.df = append(w.d.df, df)
}

func (w *dictWriter) finish() dict {
	d := w.d
	d.masks = make([]uint64, d.n())
	for i := range d.n() {
		t := d.term(i)
		d.masks[i] = letterMask(t)
		l := min(utf8.RuneCount(t), maxLen)
		d.byLen[l] = append(d.byLen[l], uint32(i))
	}
	// Shrink to fit: the append slack would otherwise stay for the life
	// of the index (up to half of it).
	d.blob = fit(d.blob)
	d.off = fit(d.off)
	d.grp = fit(d.grp)
	d.df = fit(d.df)
	d.gmeta = fit(d.gmeta)
	d.gpos = fit(d.gpos)
	d.post = fit(d.post)
	return d
}

// segment is an immutable set of documents numbered in ID order.
type segment struct {
	ids      []string
	kinds    []uint8
	fieldLen []uint16 // per doc and field: tokens per text of that field
	surf     dict     // folded words
	stem     dict     // stems that differ from their folded word
	// disp holds, sorted by surf term number, the spelling to show for
	// a folded word ("führerschein" for "fuhrerschein"), only where it
	// differs from the folded form: most words need no entry.
	disp []dispForm
	// Sums and counts of non-zero field lengths, for average lengths
	// without a pass over every document at each update.
	lenSum [nFields]float64
	lenCnt [nFields]int
}

// dispForm is the display spelling of surf term number term: the first
// lower-cased spelling seen in the texts that differs from the folded
// form, umlauts, ß and diacritics kept.
type dispForm struct {
	term uint32
	form string
}

// display returns the display spelling of surf term i, or "".
func (s *segment) display(i int) string {
	k, ok := slices.BinarySearchFunc(s.disp, uint32(i), func(d dispForm, t uint32) int { return cmp.Compare(d.term, t) })
	if !ok {
		return ""
	}
	return s.disp[k].form
}

// setDisplay builds disp from folded word → spelling.
func (s *segment) setDisplay(forms map[string]string) {
	s.disp = make([]dispForm, 0, len(forms))
	for t, f := range forms {
		if i := s.surf.lookup(t); i >= 0 {
			s.disp = append(s.disp, dispForm{uint32(i), f})
		}
	}
	slices.SortFunc(s.disp, func(a, b dispForm) int { return cmp.Compare(a.term, b.term) })
}

// dictOf returns the segment's dictionary of stems or of folded words.
func (s *segment) dictOf(stem bool) *dict {
	if stem {
		return &s.stem
	}
	return &s.surf
}

func (s *segment) computeStats() {
	for i, l := range s.fieldLen {
		if l > 0 {
			s.lenSum[i%nFields] += float64(l)
			s.lenCnt[i%nFields]++
		}
	}
}

// kindEvent is the kind events will have; known here so that they can be
// indexed before the search API names them.
const kindEvent = "event"

// kindOther stands for a kind the index does not know.
const kindOther = 15

func kindCode(k string) uint8 {
	switch k {
	case "":
		return 0
	case KindService:
		return 1
	case KindOrganization:
		return 2
	case kindEvent:
		return 3
	}
	return kindOther
}

func (s *segment) find(id string) int {
	i, ok := slices.BinarySearch(s.ids, id)
	if !ok {
		return -1
	}
	return i
}

// vocab answers whether a folded word is a word of the collection, for
// splitting compounds.
type vocab func(w string) bool

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// fit returns s without spare capacity.
func fit[S ~[]E, E any](s S) S {
	if cap(s)-len(s) <= len(s)/16 {
		return s
	}
	return append(S(make([]E, 0, len(s))), s...)
}
