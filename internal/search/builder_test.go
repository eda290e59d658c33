package search

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// spellingDocs are docs whose words come in several spellings
// (umlauts, digraphs, ß, accents) and languages, so that the display
// spelling depends on which doc comes first in ID order.
func spellingDocs(n int, seed uint64) []Doc {
	r := rand.New(rand.NewPCG(seed, 2))
	spellings := [][]string{
		{"Führerschein", "Fuehrerschein", "fuhrerschein", "FÜHRERSCHEIN"},
		{"Straße", "Strasse", "strasse"},
		{"Café", "Cafe", "café"},
		{"Müttercafé", "Muettercafe", "Muttercafe"},
		{"Seniorenbegegnungsstätte", "Seniorenbegegnungsstaette"},
		{"Pflegeberatung", "Pflege", "Beratung"},
	}
	other := []Text{
		{Field: FieldTerm, Lang: "tr", Text: "Yaşlı bakımı"},
		{Field: FieldSynonym, Lang: "tr", Text: "bakım danışmanlığı"},
		{Field: FieldTerm, Lang: "ru", Text: "Деменция"},
		{Field: FieldName, Lang: "fa", Text: "کلاس زبان برای زنان"},
		{Field: FieldDescription, Lang: "ar", Text: "الخَرَف"},
		{Field: FieldSummary, Lang: "de-x-ls", Text: "Hilfe für Ältere"},
		{Field: "unknown", Lang: "xx", Text: "Kulturverein İstanbul"},
	}
	docs := make([]Doc, n)
	for i := range docs {
		d := Doc{ID: fmt.Sprintf("sp-%05d", r.IntN(10*n)), Kind: []string{KindService, KindOrganization, "event", "odd"}[r.IntN(4)]}
		for range 1 + r.IntN(4) {
			w := spellings[r.IntN(len(spellings))]
			d.Texts = append(d.Texts, Text{Field: fieldNames[r.IntN(nFields)], Lang: "de", Text: w[r.IntN(len(w))] + " und " + w[r.IntN(len(w))]})
		}
		if r.IntN(2) == 0 {
			d.Texts = append(d.Texts, other[r.IntN(len(other))])
		}
		docs[i] = d
	}
	return docs
}

// sameSegment reports how a and b differ, or "".
func sameSegment(a, b *segment) string {
	if !slices.Equal(a.ids, b.ids) {
		return "ids"
	}
	if !slices.Equal(a.kinds, b.kinds) {
		return "kinds"
	}
	if !slices.Equal(a.fieldLen, b.fieldLen) {
		return "field lengths"
	}
	if !slices.Equal(a.disp, b.disp) {
		return fmt.Sprintf("display spellings %v, want %v", a.disp, b.disp)
	}
	if a.lenSum != b.lenSum || a.lenCnt != b.lenCnt {
		return "length statistics"
	}
	for _, d := range []struct {
		name string
		x, y *dict
	}{{"surf", &a.surf, &b.surf}, {"stem", &a.stem, &b.stem}} {
		x, y := d.x, d.y
		switch {
		case string(x.blob) != string(y.blob) || !slices.Equal(x.off, y.off):
			return d.name + " terms"
		case !slices.Equal(x.df, y.df):
			return d.name + " document frequencies"
		case !slices.Equal(x.grp, y.grp) || !slices.Equal(x.gmeta, y.gmeta):
			return d.name + " groups"
		case !slices.Equal(x.gpos, y.gpos) || string(x.post) != string(y.post):
			return d.name + " postings"
		case !slices.Equal(x.masks, y.masks):
			return d.name + " letter masks"
		}
		for l := range x.byLen {
			if !slices.Equal(x.byLen[l], y.byLen[l]) {
				return d.name + " length buckets"
			}
		}
	}
	return ""
}

func shuffled(docs []Doc, seed uint64) []Doc {
	out := slices.Clone(docs)
	rand.New(rand.NewPCG(seed, 3)).Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// TestBuilderMatchesReference checks that the Builder makes the very
// segment the former sorted build made, whatever the order of the docs.
func TestBuilderMatchesReference(t *testing.T) {
	sets := map[string][]Doc{
		"corpus":    corpus(),
		"synthetic": synthDocs(3000, 7),
		"spellings": spellingDocs(2000, 5),
		"empty":     nil,
	}
	for name, docs := range sets {
		want := refBuildSegment(uniqueSorted(docs), nil)
		if diff := sameSegment(Build(docs).base, want); diff != "" {
			t.Errorf("%s: Build differs from the reference in %s", name, diff)
		}
		for _, seed := range []uint64{1, 2, 3} {
			b := NewBuilder()
			for _, d := range shuffled(uniqueSorted(docs), seed) {
				b.Add(&d)
			}
			if diff := sameSegment(b.Index().base, want); diff != "" {
				t.Errorf("%s, shuffled (%d): Builder differs from the reference in %s", name, seed, diff)
			}
		}
	}
}

// TestBuilderRepeatedIDs checks that the last doc added with an ID
// counts: replaced docs carry words that other docs have too, so the
// index must equal the reference over the kept docs.
func TestBuilderRepeatedIDs(t *testing.T) {
	docs := synthDocs(2000, 11)
	var all []Doc
	for i, d := range shuffled(docs, 4) {
		if i%5 == 0 {
			old := docs[(i*7)%len(docs)]
			old.ID = d.ID
			old.Kind = KindOrganization
			all = append(all, old)
		}
		all = append(all, d)
	}
	b := NewBuilder()
	for i := range all {
		b.Add(&all[i])
	}
	if b.Len() != len(all) {
		t.Errorf("Len = %d, want %d", b.Len(), len(all))
	}
	ix := b.Index()
	if diff := sameSegment(ix.base, refBuildSegment(uniqueSorted(docs), nil)); diff != "" {
		t.Errorf("Builder with repeated IDs differs from the reference in %s", diff)
	}
	if ix.Len() != len(docs) {
		t.Errorf("Index().Len() = %d, want %d", ix.Len(), len(docs))
	}
	if b.Len() != 0 || NewBuilder().Index().Len() != 0 {
		t.Error("Index does not leave the Builder empty")
	}
}

// TestBuilderHits compares the answers of an index built by Build over
// sorted docs with one built by the Builder over shuffled docs.
func TestBuilderHits(t *testing.T) {
	docs := append(synthDocs(5000, 7), spellingDocs(500, 9)...)
	ix := Build(docs)
	b := NewBuilder()
	for _, d := range shuffled(uniqueSorted(docs), 8) {
		b.Add(&d)
	}
	bix := b.Index()
	queries := []string{"pflege beratung", "familie marl", "Pfelgeberatung", "sprachk", "seniorentreff kinder",
		"deutschkurs", "hilfe wohnung dorsten", "Fuhrerschien", "strasse", "muttercafe", "yaşlı bakımı", "деменция", "ältere"}
	for _, q := range queries {
		for _, lang := range []string{"", "tr", "ru"} {
			query := Query{Text: q, Lang: lang}
			got, want := bix.Search(query), ix.Search(query)
			if !slices.Equal(got, want) {
				t.Errorf("Search(%q, %s): Builder gives %d hits, Build %d, or they differ", q, lang, len(got), len(want))
			}
			if got, want := bix.Suggest(query), ix.Suggest(query); got != want {
				t.Errorf("Suggest(%q, %s) = %q, want %q", q, lang, got, want)
			}
		}
	}
}

// TestDeltaMatchesReference checks the delta segments of updates, which
// split compounds with the words of the base as well.
func TestDeltaMatchesReference(t *testing.T) {
	base := Build(synthDocs(2000, 7))
	delta := uniqueSorted(append(synthDocs(50, 13), spellingDocs(50, 14)...))
	known := func(w string) bool { return base.base.surf.lookup(w) >= 0 || base.base.stem.lookup(w) >= 0 }
	if diff := sameSegment(buildSegment(delta, known), refBuildSegment(delta, known)); diff != "" {
		t.Errorf("delta segment differs from the reference in %s", diff)
	}
}
