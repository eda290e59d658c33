package search

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func corpus() []Doc {
	de := func(field, text string) Text { return Text{Field: field, Lang: "de", Text: text} }
	return []Doc{
		{ID: "fuehrerschein", Kind: KindService, Texts: []Text{
			de(FieldName, "Führerschein-Kurs für Zugewanderte"),
			de(FieldSummary, "Theorie in einfacher Sprache"),
		}},
		{ID: "pflegeberatung", Kind: KindService, Texts: []Text{
			de(FieldName, "Pflegeberatung der Stadt Marl"),
			de(FieldSummary, "Hilfe, wenn Angehörige gepflegt werden müssen"),
			de(FieldTerm, "Pflege"),
			{Field: FieldTerm, Lang: "tr", Text: "Yaşlı bakımı"},
			{Field: FieldSynonym, Lang: "tr", Text: "bakım danışmanlığı"},
		}},
		{ID: "beratung-pflege", Kind: KindService, Texts: []Text{
			de(FieldName, "Beratung zur Pflege von Angehörigen"),
		}},
		{ID: "demenz", Kind: KindService, Texts: []Text{
			de(FieldName, "Gesprächskreis Demenz"),
			{Field: FieldTerm, Lang: "ru", Text: "Деменция"},
			{Field: FieldTerm, Lang: "ar", Text: "الخَرَف"},
		}},
		{ID: "seniorensport", Kind: KindService, Texts: []Text{
			de(FieldName, "Seniorensport im Park"),
			de(FieldDescription, "Bewegung für Menschen ab 60"),
		}},
		{ID: "deutschkurs", Kind: KindService, Texts: []Text{
			de(FieldName, "Deutschkurs am Abend"),
			de(FieldOrg, "Volkshochschule Recklinghausen"),
		}},
		{ID: "istanbul", Kind: KindOrganization, Texts: []Text{
			de(FieldName, "Kulturverein İstanbul"),
		}},
		{ID: "farsi", Kind: KindService, Texts: []Text{
			{Field: FieldName, Lang: "fa", Text: "کلاس زبان برای زنان"},
		}},
		{ID: "strasse", Kind: KindOrganization, Texts: []Text{
			de(FieldName, "Treffpunkt Große Straße"),
		}},
	}
}

func ids(hits []Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.ID)
	}
	return out
}

func TestSearch(t *testing.T) {
	ix := Build(corpus())
	tests := []struct {
		query, lang string
		want        []string // must be among the hits
		first       string   // must be the first hit, if set
		not         []string // must not be among the hits
	}{
		{query: "Fuehrerschein", want: []string{"fuehrerschein"}, first: "fuehrerschein"},
		{query: "führerschein", want: []string{"fuehrerschein"}},
		{query: "FUHRERSCHEIN", want: []string{"fuehrerschein"}},
		{query: "pflege mama", want: []string{"pflegeberatung", "beratung-pflege"}, not: []string{"demenz"}},
		{query: "yaşlı bakımı", lang: "tr", want: []string{"pflegeberatung"}, first: "pflegeberatung"},
		{query: "yasli bakimi", lang: "tr", want: []string{"pflegeberatung"}},
		{query: "деменция", lang: "ru", want: []string{"demenz"}, first: "demenz"},
		{query: "деменцией", lang: "ru", want: []string{"demenz"}, first: "demenz"},
		{query: "Pflege", want: []string{"pflegeberatung", "beratung-pflege"}},
		{query: "Beratung", want: []string{"pflegeberatung", "beratung-pflege"}},
		{query: "Pflegeberatung", want: []string{"pflegeberatung", "beratung-pflege"}, first: "pflegeberatung"},
		{query: "Sport für Senioren", want: []string{"seniorensport"}, first: "seniorensport"},
		{query: "İSTANBUL", want: []string{"istanbul"}},
		{query: "istanbul", want: []string{"istanbul"}},
		{query: "ıstanbul", want: []string{"istanbul"}},
		{query: "Pfelgeberatung", want: []string{"pflegeberatung"}, first: "pflegeberatung"},
		{query: "Deutschkurz", want: []string{"deutschkurs"}, first: "deutschkurs"},
		{query: "Pfleg", want: []string{"pflegeberatung", "beratung-pflege"}},
		{query: "الخرف", lang: "ar", want: []string{"demenz"}},
		{query: "الخَرَف", lang: "ar", want: []string{"demenz"}},
		{query: "Strasse", want: []string{"strasse"}},
		{query: "كلاس", lang: "fa", want: []string{"farsi"}},      // Arabic kaf for Persian keheh
		{query: "براي زنان", lang: "fa", want: []string{"farsi"}}, // Arabic ya for Persian ye
		{query: "Kochkurs", want: nil, not: []string{"deutschkurs"}},
		{query: "mama", want: nil, not: []string{"pflegeberatung"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got := ids(ix.Search(Query{Text: tt.query, Lang: tt.lang}))
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("Search(%q) = %v, want %s among the hits", tt.query, got, w)
				}
			}
			for _, w := range tt.not {
				if slices.Contains(got, w) {
					t.Errorf("Search(%q) = %v, want no %s", tt.query, got, w)
				}
			}
			if tt.first != "" && (len(got) == 0 || got[0] != tt.first) {
				t.Errorf("Search(%q) = %v, want %s first", tt.query, got, tt.first)
			}
		})
	}
}

// TestPartialMatches: when no record has all the words, the records with
// at least half of them come back, marked partial, those with more
// words first; a query whose words all match somewhere is never partial.
func TestPartialMatches(t *testing.T) {
	ix := Build(corpus())
	hits := ix.Search(Query{Text: "Demenz Park"})
	if len(hits) == 0 {
		t.Fatal("Demenz Park: nothing, want the records with one of the words")
	}
	for _, h := range hits {
		if !h.Partial {
			t.Errorf("Demenz Park: %s not marked partial", h.ID)
		}
	}
	if got := ids(hits); !slices.Contains(got, "demenz") {
		t.Errorf("Demenz Park = %v, want demenz among them", got)
	}
	for _, q := range []string{"pflege beratung", "Demenz"} {
		for _, h := range ix.Search(Query{Text: q}) {
			if h.Partial {
				t.Errorf("%s: %s marked partial", q, h.ID)
			}
		}
	}
	// Three words, one record with two of them: it comes; a record with
	// only one of three does not.
	hits = ix.Search(Query{Text: "Demenz Beratung Park"})
	for _, h := range hits {
		if !h.Partial {
			t.Errorf("Demenz Beratung Park: %s not marked partial", h.ID)
		}
	}
}

func TestSearchBlankAndKind(t *testing.T) {
	ix := Build(corpus())
	if got := ix.Search(Query{Text: "  ,; "}); got != nil {
		t.Errorf("blank query: got %v, want nil", got)
	}
	var nilIx *Index
	if got := nilIx.Search(Query{Text: "pflege"}); got != nil {
		t.Errorf("nil index: got %v, want nil", got)
	}
	got := ids(ix.Search(Query{Text: "Kulturverein", Kind: KindService}))
	if len(got) != 0 {
		t.Errorf("kind service: got %v, want none", got)
	}
	got = ids(ix.Search(Query{Text: "Kulturverein", Kind: "event"}))
	if len(got) != 0 {
		t.Errorf("kind event: got %v, want none", got)
	}
	got = ids(ix.Search(Query{Text: "Kulturverein", Kind: "nonsense"}))
	if len(got) != 0 {
		t.Errorf("unknown kind: got %v, want none", got)
	}
	got = ids(ix.Search(Query{Text: "Kulturverein", Kind: KindOrganization}))
	if want := []string{"istanbul"}; !slices.Equal(got, want) {
		t.Errorf("kind organization: got %v, want %v", got, want)
	}
}

func TestUpdate(t *testing.T) {
	ix := Build(corpus())
	up := ix.Update([]Doc{
		{ID: "deutschkurs", Kind: KindService, Texts: []Text{{Field: FieldName, Lang: "de", Text: "Nähcafé"}}},
		{ID: "new", Kind: KindService, Texts: []Text{{Field: FieldName, Lang: "de", Text: "Deutschkurs für Frauen"}}},
	}, []string{"istanbul"})
	tests := []struct {
		ix    *Index
		query string
		want  []string
	}{
		{ix, "Deutschkurs", []string{"deutschkurs"}},
		{ix, "istanbul", []string{"istanbul"}},
		{up, "Deutschkurs", []string{"new"}},
		{up, "Nähcafé", []string{"deutschkurs"}},
		{up, "istanbul", nil},
		{up, "Pflegeberatung", []string{"pflegeberatung", "beratung-pflege"}},
	}
	for _, tt := range tests {
		if got := ids(tt.ix.Search(Query{Text: tt.query})); !slices.Equal(got, tt.want) {
			t.Errorf("Search(%q) = %v, want %v", tt.query, got, tt.want)
		}
	}
	if got, want := ix.Len(), 9; got != want {
		t.Errorf("old Len = %d, want %d", got, want)
	}
	if got, want := up.Len(), 9; got != want {
		t.Errorf("new Len = %d, want %d", got, want)
	}
	var nilIx *Index
	if got := nilIx.Update(corpus()[:1], nil).Len(); got != 1 {
		t.Errorf("nil.Update Len = %d, want 1", got)
	}
}

// TestUpdateMerge updates past the delta limit, so the delta is merged
// into the base, and compares with an index built from scratch. The
// queries end in a space (no prefix matching): the choice of the most
// frequent prefix expansions counts tombstoned docs until the next merge.
func TestUpdateMerge(t *testing.T) {
	docs := synthDocs(600, 1)
	ix := Build(docs[:300])
	first := ix
	firstHits := first.Search(Query{Text: "pflege "})
	for i := 300; i < 600; i += 7 {
		ix = ix.Update(docs[i:min(i+7, 600)], []string{docs[i-300].ID})
	}
	if got := first.Search(Query{Text: "pflege "}); !slices.Equal(got, firstHits) {
		t.Errorf("the first snapshot changed: %d hits, was %d", len(got), len(firstHits))
	}
	gone := map[string]bool{}
	for i := 300; i < 600; i += 7 {
		gone[docs[i-300].ID] = true
	}
	var want []Doc
	for _, d := range docs {
		if !gone[d.ID] {
			want = append(want, d)
		}
	}
	fresh := Build(want)
	if got, w := ix.Len(), fresh.Len(); got != w {
		t.Fatalf("Len = %d, want %d", got, w)
	}
	for _, q := range []string{"pflege ", "beratung familie ", "sprachkurs ", "hilfe kinder "} {
		got, w := ids(ix.Search(Query{Text: q})), ids(fresh.Search(Query{Text: q}))
		slices.Sort(got)
		slices.Sort(w)
		if !slices.Equal(got, w) {
			t.Errorf("Search(%q): %d hits after updates, %d from scratch", q, len(got), len(w))
		}
	}
}

func TestDeterminism(t *testing.T) {
	docs := synthDocs(2000, 2)
	rev := slices.Clone(docs)
	slices.Reverse(rev)
	a, b := Build(docs), Build(rev)
	for _, q := range []string{"pflege", "beratung famil", "kurs"} {
		ha, hb := a.Search(Query{Text: q}), b.Search(Query{Text: q})
		if !slices.Equal(ha, hb) {
			t.Errorf("Search(%q) differs between builds", q)
		}
		for i := 1; i < len(ha); i++ {
			if ha[i-1].Score < ha[i].Score || (ha[i-1].Score == ha[i].Score && ha[i-1].ID > ha[i].ID) {
				t.Fatalf("Search(%q) not ordered at %d", q, i)
			}
		}
	}
}

func TestExplain(t *testing.T) {
	ix := Build(corpus())
	q := Query{Text: "Pflegeberatung Marl"}
	hits := ix.Search(q)
	if len(hits) == 0 {
		t.Fatal("no hits")
	}
	rs := ix.Explain(q, hits[0].ID)
	var sum float64
	words := map[string]bool{}
	for _, r := range rs {
		sum += r.Score
		words[r.Word] = true
	}
	if d := sum - hits[0].Score; d > 1e-3*hits[0].Score || d < -1e-3*hits[0].Score {
		t.Errorf("reasons sum to %v, want the score %v (%+v)", sum, hits[0].Score, rs)
	}
	if !words["pflegeberatung"] || !words["marl"] {
		t.Errorf("reasons %+v, want both words", rs)
	}
	if got := ix.Explain(q, "istanbul"); got != nil {
		t.Errorf("Explain of a non-match = %+v, want nil", got)
	}
	rs = ix.Explain(Query{Text: "Fuehrerschein"}, "fuehrerschein")
	if len(rs) == 0 || rs[0].How != howFolded || rs[0].Field != FieldName || rs[0].Lang != "de" {
		t.Errorf("Explain(Fuehrerschein) = %+v, want folded in the German name", rs)
	}
	rs = ix.Explain(Query{Text: "Beratung"}, "pflegeberatung")
	if len(rs) == 0 || rs[0].How != howCompound {
		t.Errorf("Explain(Beratung, pflegeberatung) = %+v, want a compound reason", rs)
	}
}

func TestSuggest(t *testing.T) {
	ix := Build(corpus())
	tests := []struct{ query, want string }{
		{"Fuhrerschien", "führerschein"},
		{"Führerschien Kurs", "führerschein kurs"},
		{"Kurs Fuhrerschien", "kurs führerschein"},
		{"Strase", "straße"},
		{"Führerschein", ""},
		{"pflege", ""},
		{"xqzzy", ""},
		// Words that match stay as typed, in any script.
		{"Yasli bakimi", ""},
		{"Demenz الخرف", ""},
		{"Kulturverein Istambul", "kulturverein istanbul"},
		{"Gesprächskreis Деменцыя", "gesprächskreis деменция"},
		// A replaced word is spelled as in the records, harakat kept.
		{"الخرب", "الخَرَف"},
	}
	for _, tt := range tests {
		if got := ix.Suggest(Query{Text: tt.query}); got != tt.want {
			t.Errorf("Suggest(%q) = %q, want %q", tt.query, got, tt.want)
		}
	}
}

// TestSuggestSpellingKept checks that the spelling of the records
// survives updates (in the delta, and in the base after tombstones) and
// merges (from the base and from the delta).
func TestSuggestSpellingKept(t *testing.T) {
	docs := corpus()
	var noLicence []Doc
	var licence Doc
	for _, d := range docs {
		if d.ID == "fuehrerschein" {
			licence = d
		} else {
			noLicence = append(noLicence, d)
		}
	}
	filler := synthDocs(mergeAt+1, 7)
	inDelta := Build(noLicence).Update([]Doc{licence}, nil)
	if inDelta.delta == nil {
		t.Fatal("want the changed doc in a delta segment")
	}
	merged := Build(docs).Update(filler, nil)
	if merged.delta != nil {
		t.Fatal("want a merge after more than mergeAt changed docs")
	}
	mergedFromDelta := inDelta.Update(filler, nil)
	if mergedFromDelta.delta != nil {
		t.Fatal("want a merge after more than mergeAt changed docs")
	}
	indices := []struct {
		name string
		ix   *Index
	}{
		{"build", Build(docs)},
		{"delta", inDelta},
		{"tombstones", Build(docs).Update(nil, []string{"demenz"})},
		{"merge", merged},
		{"merge from delta", mergedFromDelta},
		{"merge with a removal", merged.Update(filler[:mergeAt+1], []string{"istanbul"})},
	}
	tests := []struct{ query, want string }{
		{"Fuhrerschien", "führerschein"},
		{"Strase", "straße"},
		{"Führerschein", ""},
	}
	for _, x := range indices {
		for _, tt := range tests {
			if got := x.ix.Suggest(Query{Text: tt.query}); got != tt.want {
				t.Errorf("%s: Suggest(%q) = %q, want %q", x.name, tt.query, got, tt.want)
			}
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Führerschein   KURS ", "fuhrerschein kurs"},
		{"Fuehrerschein", "fuhrerschein"},
		{"İSTANBUL", "istanbul"},
		{"Straße!", "strasse"},
		{"", ""},
		{strings.Repeat("a", 150), strings.Repeat("a", 100)},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"pflege", "pfelge", 1},
		{"kurs", "kurz", 1},
		{"abc", "abc", 0},
		{"abcdef", "badcfe", 3},
	}
	for _, tt := range tests {
		if got := editDistance([]rune(tt.a), []rune(tt.b), 5); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

// synthDocs makes German-like offers from a fixed seed: words drawn with
// a Zipf distribution from a vocabulary of 150,000 (the domain words of
// real offers at the top ranks, pseudo-German words made of syllables
// below), so that word frequencies and vocabulary growth look like those
// of real text, with stop words already left out.
func synthDocs(n int, seed uint64) []Doc {
	domain := strings.Fields(`pflege beratung familie kinder jugend senioren sport sprache kurs
		hilfe frauen arbeit wohnung schule gesundheit migration integration begegnung
		treffpunkt nachhilfe elternberatung sprachkurs deutschkurs sozialberatung
		schuldnerberatung migrationsberatung jugendzentrum seniorentreff kinderbetreuung
		frauencafe hausaufgabenhilfe bewerbungstraining rechtsberatung gesundheitskurs
		angebot stadt kreis verein zentrum woche montag dienstag abend morgen kostenlos
		anmeldung termin gruppe menschen eltern nachbarschaft ehrenamt wohnen leben`)
	syll := strings.Fields("ber ge an schaft lich ung keit mit ar ten bau hal ren sor de stand werk heim zu ver lung mann feld stel ra ko ni te")
	const vocab = 150_000
	word := func(rank uint64) string {
		if rank%3 == 0 && rank/3 < uint64(len(domain)) {
			return domain[rank/3]
		}
		var b strings.Builder
		for r := rank + 7; r > 0; r /= uint64(len(syll)) {
			b.WriteString(syll[r%uint64(len(syll))])
		}
		return b.String()
	}
	r := rand.New(rand.NewPCG(seed, 1))
	z := rand.NewZipf(r, 1.1, 20, vocab-1)
	towns := []string{"Marl", "Dorsten", "Herten", "Recklinghausen", "Haltern", "Datteln", "Castrop-Rauxel", "Gladbeck", "Oer-Erkenschwick", "Waltrop"}
	text := func(k int) string {
		var b strings.Builder
		for i := range k {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(word(z.Uint64()))
		}
		return b.String()
	}
	docs := make([]Doc, n)
	for i := range docs {
		d := Doc{ID: fmt.Sprintf("doc-%07d", i), Kind: KindService, Texts: []Text{
			{Field: FieldName, Lang: "de", Text: text(3) + " " + towns[r.IntN(len(towns))]},
			{Field: FieldSummary, Lang: "de", Text: text(12)},
			{Field: FieldDescription, Lang: "de", Text: text(70)},
			{Field: FieldOrg, Lang: "de", Text: "Verein " + towns[r.IntN(len(towns))]},
		}}
		for range 2 + r.IntN(4) {
			d.Texts = append(d.Texts, Text{Field: FieldTerm, Lang: "de", Text: domain[r.IntN(len(domain))]})
		}
		docs[i] = d
	}
	return docs
}

// TestConcurrent searches old snapshots while new ones are made; run
// with -race.
func TestConcurrent(t *testing.T) {
	docs := synthDocs(400, 3)
	ix := Build(docs[:200])
	want := len(ix.Search(Query{Text: "pflege"}))
	done := make(chan int)
	for range 4 {
		go func() {
			n := 0
			for range 20 {
				n = len(ix.Search(Query{Text: "pflege", Lang: "tr"}))
			}
			done <- n
		}()
	}
	up := ix
	for i := 200; i < 400; i += 10 {
		up = up.Update(docs[i:i+10], nil)
	}
	for range 4 {
		if got := <-done; got != want {
			t.Errorf("concurrent Search = %d hits, want %d", got, want)
		}
	}
	if got := up.Len(); got != 400 {
		t.Errorf("Len after updates = %d, want 400", got)
	}
}

// TestUbiquitousWord: a word in every document (idf near zero) still
// matches every document, alone and with another word.
func TestUbiquitousWord(t *testing.T) {
	var docs []Doc
	for i := range 5 {
		docs = append(docs, Doc{ID: fmt.Sprint("d", i), Kind: KindService, Texts: []Text{
			{Field: FieldName, Lang: "de", Text: fmt.Sprint("Angebot Nummer", i%2)},
		}})
	}
	ix := Build(docs).Update(nil, []string{"d4"})
	tests := []struct {
		query string
		want  int
	}{
		{"angebot ", 4},
		{"angebot nummer0 ", 2},
	}
	for _, tt := range tests {
		if got := len(ix.Search(Query{Text: tt.query})); got != tt.want {
			t.Errorf("Search(%q) = %d hits, want %d", tt.query, got, tt.want)
		}
	}
}

func TestSortKeys(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 100, 5000, 20000} {
		keys := make([]uint64, n)
		for i := range keys {
			keys[i] = r.Uint64()
			if i%3 == 0 {
				keys[i] &= 0xffff // many shared bytes
			}
		}
		want := slices.Clone(keys)
		slices.Sort(want)
		sortKeys(keys)
		if !slices.Equal(keys, want) {
			t.Errorf("sortKeys of %d keys: not sorted", n)
		}
	}
}

func TestSplitCompound(t *testing.T) {
	words := map[string]bool{"pflege": true, "beratung": true, "senioren": true, "sport": true, "stelle": true}
	known := func(w string) bool { return words[w] }
	tests := []struct {
		word string
		want []string
	}{
		{"pflegeberatung", []string{"pflege", "beratung"}},
		{"seniorensport", []string{"senioren", "sport"}},
		{"beratungsstelle", []string{"beratung", "stelle"}},
		{"seniorenpflegeberatung", []string{"senioren", "pflege", "beratung"}},
		{"beratung", nil},
		{"pflegexyz", nil},
		// Adversarial: many splittable prefixes, no split at the end.
		{strings.Repeat("pflege", 6) + "q", nil},
		{strings.Repeat("pflege", 20), nil}, // too long to split
	}
	for _, tt := range tests {
		if got := splitCompound(tt.word, known); !slices.Equal(got, tt.want) {
			t.Errorf("splitCompound(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

// TestLongQuery: pasted text is searched (its first words) without
// blowing up.
func TestLongQuery(t *testing.T) {
	ix := Build(corpus())
	q := strings.Repeat("Pflegeberatung ", 500) + strings.Repeat("pflege", 300)
	if got := ix.Search(Query{Text: q}); len(got) == 0 {
		t.Errorf("long query: no hits")
	}
}

// TestRanking: the kind of match orders otherwise equal documents, and
// texts in the reader's language count a little more.
func TestRanking(t *testing.T) {
	name := func(id, lang, text string) Doc {
		return Doc{ID: id, Kind: KindService, Texts: []Text{{Field: FieldName, Lang: lang, Text: text}}}
	}
	docs := []Doc{
		name("a-compound", "de", "Pflegeberatung heute"),
		name("b-stem", "de", "Beratungen heute"),
		name("c-exact", "de", "Beratung heute"),
		name("d-de", "de", "Kulturfest Marl"),
		name("e-tr", "tr", "Kulturfest Marl"),
	}
	for i := range 40 {
		docs = append(docs, name(fmt.Sprint("filler", i), "de", fmt.Sprint("Angebot heute ", i)))
	}
	ix := Build(docs)
	tests := []struct {
		query, lang string
		want        []string
	}{
		{"Beratung ", "de", []string{"c-exact", "b-stem", "a-compound"}},
		{"Kulturfest ", "de", []string{"d-de", "e-tr"}},
		{"Kulturfest ", "tr", []string{"e-tr", "d-de"}},
	}
	for _, tt := range tests {
		if got := ids(ix.Search(Query{Text: tt.query, Lang: tt.lang})); !slices.Equal(got, tt.want) {
			t.Errorf("Search(%q, %s) = %v, want %v", tt.query, tt.lang, got, tt.want)
		}
	}
}
