package search

import (
	"bytes"
	"encoding/binary"
	"hash/maphash"
	"slices"
	"unsafe"
)

// Builder makes an Index in one pass from documents added one at a
// time, in any order. It keeps nothing of a Doc but what the index
// needs, in a few pointer-free arenas: doc IDs as bytes, every distinct
// word once, postings as varints in blocks of shared pages. So a caller
// that streams documents from the store never holds the texts of all of
// them at once, and the build neither merges segments nor leaves per-word
// garbage behind: at 100,000 offers the peak stays near the final index.
//
// The index a Builder makes is the one Build makes of the same documents
// (Build is a Builder over them). Of several docs with the same ID the
// last added counts; only the spelling shown in suggestions and the
// splitting of compounds may then still see words of the replaced one.
type Builder struct {
	sb *segBuilder
}

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder { return &Builder{} }

// Add indexes d. The Builder keeps no reference to d or its strings.
func (b *Builder) Add(d *Doc) {
	if b.sb == nil {
		b.sb = newSegBuilder(nil)
	}
	b.sb.add(d)
}

// Len is the number of documents added so far (with repeated IDs
// counted each time).
func (b *Builder) Len() int {
	if b.sb == nil {
		return 0
	}
	return len(b.sb.kinds)
}

// Index returns the index of the documents added and empties the
// Builder, which can then start another index.
func (b *Builder) Index() *Index {
	sb := b.sb
	if sb == nil {
		sb = newSegBuilder(nil)
	}
	b.sb = nil
	return newIndex(sb.finish(), nil, 0, nil)
}

// buildSegment indexes docs, which must be sorted by ID with unique IDs.
// known adds words of other segments to the vocabulary for compounds.
func buildSegment(docs []Doc, known vocab) *segment {
	b := newSegBuilder(known)
	for i := range docs {
		b.add(&docs[i])
	}
	return b.finish()
}

// segBuilder accumulates one segment. Documents are numbered in the
// order they arrive; finish renumbers them in ID order.
type segBuilder struct {
	known    vocab
	idBlob   []byte   // doc IDs, concatenated in arrival order
	idOff    []uint32 // doc n's ID is idBlob[idOff[n]:idOff[n+1]]
	kinds    []uint8
	fieldLen []uint16
	surf     termTable // folded words
	stem     termTable // stems that differ from their folded word
	// tokens caches the analysis of each raw token per language code
	// (key: code byte + token), so a word is lowercased, folded and
	// stemmed once per build, not once per occurrence.
	tokens tokenTable
	// forms holds the distinct spellings that differ from their folded
	// word; display holds, per surf term, the candidate spelling to show.
	forms   strTable
	display map[uint32]formCand
	key     []byte
}

// tokenInfo is the analysis of a raw token: its surf term, its stem
// term and its differing spelling, each +1 (0: none; surf 0 means a
// stop word, which is not indexed). The group hints, +1, are the
// groups its last occurrence went to, most often the next one's too.
type tokenInfo struct{ surf, stem, form, surfGroup, stemGroup uint32 }

type tokenTable struct {
	strTable
	info []tokenInfo
}

// formCand is the spelling to show for a surf term: the first that
// differs from the folded form in ID order, as in a build over sorted
// docs. Since docs arrive in any order, the doc it was seen in is kept
// to be compared with later ones.
type formCand struct{ form, doc uint32 }

func newSegBuilder(known vocab) *segBuilder {
	seed := maphash.MakeSeed()
	b := &segBuilder{known: known, idOff: []uint32{0}, display: map[uint32]formCand{}}
	for _, t := range []*strTable{&b.surf.strTable, &b.stem.strTable, &b.tokens.strTable, &b.forms} {
		t.init(seed)
	}
	return b
}

func (b *segBuilder) id(n uint32) []byte { return b.idBlob[b.idOff[n]:b.idOff[n+1]] }

func (b *segBuilder) add(d *Doc) {
	doc := uint32(len(b.kinds))
	b.idBlob = append(b.idBlob, d.ID...)
	b.idOff = append(b.idOff, uint32(len(b.idBlob)))
	b.kinds = append(b.kinds, kindCode(d.Kind))
	var toks, texts [nFields]int
	for _, t := range d.Texts {
		f, ok := fieldNums[t.Field]
		if !ok {
			f = fieldNums[FieldDescription]
		}
		lc := langCode(t.Lang)
		m := meta(f, lc, false)
		texts[f]++
		for tok := range words(t.Text) {
			a := b.analyse(lc, tok)
			if a.surf == 0 {
				continue
			}
			toks[f]++
			a.surfGroup = b.surf.add(a.surf-1, a.surfGroup, m, doc)
			if a.stem != 0 {
				a.stemGroup = b.stem.add(a.stem-1, a.stemGroup, m, doc)
			}
			if a.form != 0 {
				b.offerForm(a.surf-1, a.form-1, doc)
			}
		}
	}
	for f := range nFields {
		var l uint16
		if texts[f] > 0 {
			l = uint16(min(toks[f]/texts[f]+1, 65535))
		}
		b.fieldLen = append(b.fieldLen, l)
	}
}

// analyse returns the cached analysis of tok in language lc, which the
// caller may update (its group hints).
func (b *segBuilder) analyse(lc uint8, tok string) *tokenInfo {
	b.key = append(append(b.key[:0], lc), tok...)
	// The key is only looked at, not kept, so it need not be copied.
	k := unsafe.String(unsafe.SliceData(b.key), len(b.key))
	if i := b.tokens.find(k); i >= 0 {
		return &b.tokens.info[i]
	}
	var a tokenInfo
	lw := lower(tok)
	surf := fold(lw)
	if !isStop(lc, surf) {
		a.surf = b.surf.intern(surf) + 1
		if st := stem(lc, lw, surf); st != surf && st != "" {
			a.stem = b.stem.intern(st) + 1
		}
		if lw != surf {
			id, _ := b.forms.intern(lw)
			a.form = id + 1
		}
	}
	b.tokens.intern(k)
	b.tokens.info = append(b.tokens.info, a)
	return &b.tokens.info[len(b.tokens.info)-1]
}

// offerForm keeps form as the display spelling of surf term t if it is
// the first in ID order (within a doc, the first seen).
func (b *segBuilder) offerForm(t, form, doc uint32) {
	c, ok := b.display[t]
	if ok && (c.doc == doc || bytes.Compare(b.id(doc), b.id(c.doc)) > 0) {
		return
	}
	b.display[t] = formCand{form, doc}
}

// finish splits compounds and writes the segment, with docs numbered in
// ID order.
func (b *segBuilder) finish() *segment {
	b.splitCompounds()
	b.tokens = tokenTable{}
	renum, order := b.docOrder()
	s := &segment{
		ids:      make([]string, len(order)),
		kinds:    make([]uint8, len(order)),
		fieldLen: make([]uint16, len(order)*nFields),
	}
	var idLen int
	for _, n := range order {
		idLen += len(b.id(n))
	}
	idBytes := make([]byte, 0, idLen)
	for _, n := range order {
		idBytes = append(idBytes, b.id(n)...)
	}
	ids := string(idBytes) // one allocation for every ID
	off := 0
	for i, n := range order {
		l := len(b.id(n))
		s.ids[i] = ids[off : off+l]
		off += l
		s.kinds[i] = b.kinds[n]
		copy(s.fieldLen[i*nFields:(i+1)*nFields], b.fieldLen[int(n)*nFields:int(n+1)*nFields])
	}
	b.idBlob, b.idOff, b.kinds, b.fieldLen = nil, nil, nil, nil
	var rank []uint32 // surf term id → its number in the dict
	s.surf, rank = b.surf.finish(renum, len(order))
	b.surf = termTable{}
	s.stem, _ = b.stem.finish(renum, len(order))
	b.stem = termTable{}
	// The display spellings share one string, as the IDs do.
	type span struct{ term, off, end uint32 }
	spans := make([]span, 0, len(b.display))
	var forms []byte
	for t, c := range b.display {
		if rank[t] == noTerm {
			continue
		}
		start := uint32(len(forms))
		forms = append(forms, b.forms.get(c.form)...)
		spans = append(spans, span{rank[t], start, uint32(len(forms))})
	}
	shown := string(forms)
	s.disp = make([]dispForm, len(spans))
	for i, sp := range spans {
		s.disp[i] = dispForm{term: sp.term, form: shown[sp.off:sp.end]}
	}
	slices.SortFunc(s.disp, func(x, y dispForm) int { return int(x.term) - int(y.term) })
	b.forms, b.display = strTable{}, nil
	s.computeStats()
	return s
}

// docOrder returns, per arrival number, the doc's number in ID order
// (-1 for a doc replaced by a later one with the same ID), and the
// arrival numbers of the kept docs in ID order.
func (b *segBuilder) docOrder() ([]int32, []uint32) {
	n := len(b.kinds)
	order := make([]uint32, n)
	sorted := true
	for i := range order {
		order[i] = uint32(i)
		if i > 0 && sorted && bytes.Compare(b.id(uint32(i-1)), b.id(uint32(i))) >= 0 {
			sorted = false
		}
	}
	renum := make([]int32, n)
	if !sorted {
		// Stable: of equal IDs the last added comes last, and is kept.
		slices.SortStableFunc(order, func(x, y uint32) int { return bytes.Compare(b.id(x), b.id(y)) })
		kept := order[:0]
		for i, a := range order {
			if i+1 < len(order) && bytes.Equal(b.id(a), b.id(order[i+1])) {
				renum[a] = -1
				continue
			}
			kept = append(kept, a)
		}
		order = kept
	}
	for i, a := range order {
		renum[a] = int32(i)
	}
	return renum, order
}

// splitCompounds adds to every German word of at least 8 letters the
// parts it splits into (see compound.go), as compound-part postings of
// the docs that have the word.
func (b *segBuilder) splitCompounds() {
	own := func(w string) bool {
		if i := b.surf.find(w); i >= 0 && b.surf.plain[i] {
			return true
		}
		if i := b.stem.find(w); i >= 0 && b.stem.plain[i] {
			return true
		}
		return baseWords[w] || (b.known != nil && b.known(w))
	}
	var german []groupAcc
	var docs []uint32
	nterms := b.surf.n()
	for id := range nterms {
		t := string(b.surf.get(uint32(id)))
		if len(t) < 8 || !isASCII(t) {
			continue
		}
		german = german[:0]
		for g := b.surf.first[id]; g != 0; g = b.surf.groups[g-1].next {
			if ga := b.surf.groups[g-1]; isGerman(metaLang(ga.meta)) && !metaPart(ga.meta) {
				german = append(german, ga)
			}
		}
		if len(german) == 0 {
			continue
		}
		parts := splitCompound(t, own)
		if len(parts) == 0 {
			continue
		}
		for _, g := range german {
			docs = b.surf.pool.docs(&g, docs[:0])
			pm := g.meta | partBit
			for _, p := range parts {
				pt := b.surf.intern(p)
				var st uint32 = ^uint32(0)
				if pst := stem(1, p, p); pst != p {
					st = b.stem.intern(pst)
				}
				for _, d := range docs {
					b.surf.addPart(pt, pm, d)
					if st != ^uint32(0) {
						b.stem.addPart(st, pm, d)
					}
				}
			}
		}
	}
}

// termTable is the vocabulary of one dict while it is built, with the
// posting groups of each term.
type termTable struct {
	strTable
	first  []uint32 // first group of term i, +1 (0: none)
	plain  []bool   // occurs as a word of its own, not only as a compound part
	groups []groupAcc
	last   uint32 // the group group returned, +1
	pool   postingPool
}

// groupAcc accumulates the postings of one group of a term in the pool.
// A plain group holds gaps of doc numbers + 1 (0 repeats the doc, as in
// a dict); a compound-part group, whose docs arrive out of order, holds
// the doc numbers themselves.
type groupAcc struct {
	next  uint32 // next group of the same term, +1 (0: none)
	prev  uint32 // last doc + 1 (plain groups)
	head  uint32 // pool address of the first block
	cur   uint32 // pool address where the next byte goes
	end   uint32 // pool address of the current block's link
	meta  uint16
	level uint8
}

func (t *termTable) intern(w string) uint32 {
	id, added := t.strTable.intern(w)
	if added {
		t.first = append(t.first, 0)
		t.plain = append(t.plain, false)
	}
	return id
}

// group returns the group of term with meta m, made if missing, and
// sets last to its number + 1.
func (t *termTable) group(term uint32, m uint16) *groupAcc {
	for g := t.first[term]; g != 0; g = t.groups[g-1].next {
		if t.groups[g-1].meta == m {
			t.last = g
			return &t.groups[g-1]
		}
	}
	head := t.pool.alloc(0)
	t.groups = append(t.groups, groupAcc{next: t.first[term], head: head, cur: head, end: head + blockSize(0) - 4, meta: m})
	t.first[term] = uint32(len(t.groups))
	t.last = t.first[term]
	return &t.groups[len(t.groups)-1]
}

// add adds doc to the group of term with meta m and returns that group
// (+1), to be passed back as hint for the term's next occurrence.
func (t *termTable) add(term, hint uint32, m uint16, doc uint32) uint32 {
	t.plain[term] = true
	if hint == 0 || t.groups[hint-1].meta != m {
		t.group(term, m)
		hint = t.last
	}
	g := &t.groups[hint-1]
	gap := doc + 1 - g.prev
	g.prev = doc + 1
	t.pool.putUvarint(g, uint64(gap))
	return hint
}

func (t *termTable) addPart(term uint32, m uint16, doc uint32) {
	t.pool.putUvarint(t.group(term, m), uint64(doc))
}

// finish writes the dict, with docs renumbered by renum (-1: dropped),
// and returns it with each term id's number in it.
func (t *termTable) finish(renum []int32, ndocs int) (dict, []uint32) {
	order := make([]uint32, t.n())
	for i := range order {
		order[i] = uint32(i)
	}
	slices.SortFunc(order, func(x, y uint32) int { return bytes.Compare(t.get(x), t.get(y)) })
	w := newDictWriter()
	w.d.blob = make([]byte, 0, len(t.blob))
	w.d.off = make([]uint32, 1, len(order)+1)
	w.d.grp = make([]uint32, 1, len(order)+1)
	w.d.df = make([]uint32, 0, len(order))
	w.d.gmeta = make([]uint16, 0, len(t.groups))
	w.d.gpos = make([]uint32, 1, len(t.groups)+1)
	w.d.post = make([]byte, 0, t.pool.used)
	rank := make([]uint32, len(order))
	seen := make([]uint32, ndocs) // doc → term stamp, for df
	var gs []*groupAcc
	var ps []posting
	for k, id := range order {
		gs = gs[:0]
		for g := t.first[id]; g != 0; g = t.groups[g-1].next {
			gs = append(gs, &t.groups[g-1])
		}
		slices.SortFunc(gs, func(x, y *groupAcc) int { return int(x.meta) - int(y.meta) })
		stamp := uint32(k + 1)
		var df uint32
		for _, g := range gs {
			ps = t.pool.postings(g, renum, ps[:0])
			if len(ps) == 0 {
				continue
			}
			var prev uint32
			for _, p := range ps {
				if seen[p.doc] != stamp {
					seen[p.doc] = stamp
					df++
				}
				for range p.tf {
					w.d.post = appendDoc(w.d.post, &prev, p.doc)
				}
			}
			w.d.gmeta = append(w.d.gmeta, g.meta)
			w.d.gpos = append(w.d.gpos, uint32(len(w.d.post)))
		}
		rank[id] = noTerm
		if df > 0 {
			rank[id] = uint32(w.d.n())
			w.endTerm(string(t.get(id)), df)
		}
	}
	return w.finish(), rank
}

// noTerm is the rank of a term all of whose docs were replaced.
const noTerm = ^uint32(0)

// postingPool holds the postings of all groups of a dict while it is
// built: byte blocks in fixed pages, a group's blocks linked by the
// address of the next in the last 4 bytes of each. Blocks double in size
// up to a limit, so a rare word takes 8 bytes and a common one wastes
// little; nothing is copied as lists grow.
type postingPool struct {
	pages [][]byte
	off   uint32 // first free byte of the last page
	used  int    // bytes of postings written
}

const (
	pageBits = 16
	pageSize = 1 << pageBits
	maxLevel = 7 // blocks of 8 << 7 = 1024 bytes at most
)

func blockSize(level uint8) uint32 { return 8 << level }

// alloc returns the address of a new block of the level.
func (p *postingPool) alloc(level uint8) uint32 {
	size := blockSize(level)
	if len(p.pages) == 0 || p.off+size > pageSize {
		p.pages = append(p.pages, make([]byte, pageSize))
		p.off = 0
	}
	a := uint32(len(p.pages)-1)<<pageBits | p.off
	p.off += size
	return a
}

func (p *postingPool) byteAt(a uint32) *byte { return &p.pages[a>>pageBits][a&(pageSize-1)] }

func (p *postingPool) link(a uint32) uint32 {
	return binary.LittleEndian.Uint32(p.pages[a>>pageBits][a&(pageSize-1):])
}

func (p *postingPool) putUvarint(g *groupAcc, v uint64) {
	var buf [binary.MaxVarintLen64]byte
	for _, c := range binary.AppendUvarint(buf[:0], v) {
		if g.cur == g.end {
			g.level = min(g.level+1, maxLevel)
			nb := p.alloc(g.level)
			binary.LittleEndian.PutUint32(p.pages[g.end>>pageBits][g.end&(pageSize-1):], nb)
			g.cur, g.end = nb, nb+blockSize(g.level)-4
		}
		*p.byteAt(g.cur) = c
		g.cur++
		p.used++
	}
}

// reader walks the bytes of a group.
type poolReader struct {
	p          *postingPool
	a, end, to uint32
	level      uint8
}

func (p *postingPool) reader(g *groupAcc) poolReader {
	return poolReader{p: p, a: g.head, end: g.head + blockSize(0) - 4, to: g.cur}
}

func (r *poolReader) uvarint() (uint64, bool) {
	var v uint64
	for shift := 0; ; shift += 7 {
		if r.a == r.to {
			return 0, false
		}
		if r.a == r.end {
			r.a = r.p.link(r.end)
			r.level = min(r.level+1, maxLevel)
			r.end = r.a + blockSize(r.level) - 4
		}
		c := *r.p.byteAt(r.a)
		r.a++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v, true
		}
	}
}

// docs appends the (arrival) doc numbers of a plain group to out.
func (p *postingPool) docs(g *groupAcc, out []uint32) []uint32 {
	r := p.reader(g)
	var prev uint64
	for {
		v, ok := r.uvarint()
		if !ok {
			return out
		}
		if v != 0 {
			prev += v
			out = append(out, uint32(prev-1))
		}
	}
}

// postings appends the postings of a group to out, renumbered by renum
// and sorted by doc; a compound-part group has one posting per doc.
func (p *postingPool) postings(g *groupAcc, renum []int32, out []posting) []posting {
	r := p.reader(g)
	sorted := true
	keep := func(doc uint32, tf uint32) {
		n := renum[doc]
		if n < 0 {
			return
		}
		if len(out) > 0 && out[len(out)-1].doc >= uint32(n) {
			sorted = false
		}
		out = append(out, posting{uint32(n), tf})
	}
	if metaPart(g.meta) {
		for {
			v, ok := r.uvarint()
			if !ok {
				break
			}
			keep(uint32(v), 1)
		}
		if !sorted {
			slices.SortFunc(out, func(x, y posting) int { return int(x.doc) - int(y.doc) })
			out = slices.CompactFunc(out, func(x, y posting) bool { return x.doc == y.doc })
		}
		return out
	}
	var prev uint64
	cur, tf := uint32(0), uint32(0)
	for {
		v, ok := r.uvarint()
		if !ok {
			break
		}
		if v == 0 {
			tf++
			continue
		}
		if tf > 0 {
			keep(cur, tf)
		}
		prev += v
		cur, tf = uint32(prev-1), 1
	}
	if tf > 0 {
		keep(cur, tf)
	}
	if !sorted {
		slices.SortFunc(out, func(x, y posting) int { return int(x.doc) - int(y.doc) })
	}
	return out
}

// strTable interns strings: every distinct string once in one byte
// blob, found through an open-addressing table of entry numbers. Unlike
// a map[string]uint32 it holds no pointers, so the garbage collector
// does not walk it, and no string header or map slot per entry.
type strTable struct {
	blob  []byte
	off   []uint32 // entry i is blob[off[i]:off[i+1]]
	slots []uint32 // entry + 1, 0: empty
	seed  maphash.Seed
}

func (t *strTable) init(seed maphash.Seed) {
	t.seed = seed
	t.off = []uint32{0}
	t.slots = make([]uint32, 1024)
}

func (t *strTable) n() int { return len(t.off) - 1 }

func (t *strTable) get(i uint32) []byte { return t.blob[t.off[i]:t.off[i+1]] }

// slot returns the slot of k: holding it, or empty where it would go.
func (t *strTable) slot(k string) int {
	mask := len(t.slots) - 1
	for i := int(maphash.String(t.seed, k)) & mask; ; i = (i + 1) & mask {
		e := t.slots[i]
		if e == 0 || string(t.get(e-1)) == k {
			return i
		}
	}
}

// find returns the entry number of k or -1.
func (t *strTable) find(k string) int {
	if t.slots == nil {
		return -1
	}
	if e := t.slots[t.slot(k)]; e != 0 {
		return int(e - 1)
	}
	return -1
}

// intern returns the entry number of k, adding k (copied) if missing.
func (t *strTable) intern(k string) (id uint32, added bool) {
	i := t.slot(k)
	if e := t.slots[i]; e != 0 {
		return e - 1, false
	}
	t.blob = append(t.blob, k...)
	t.off = append(t.off, uint32(len(t.blob)))
	id = uint32(t.n() - 1)
	t.slots[i] = id + 1
	if t.n()*4 > len(t.slots)*3 {
		t.grow()
	}
	return id, true
}

func (t *strTable) grow() {
	t.slots = make([]uint32, 2*len(t.slots))
	mask := len(t.slots) - 1
	for e := range t.n() {
		i := int(maphash.Bytes(t.seed, t.get(uint32(e)))) & mask
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = uint32(e) + 1
	}
}
