package storetest

import (
	"slices"
	"testing"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/search"
)

// searchFeed is one call of EachSearchDoc: the docs by id, and which
// ids were reported hidden.
type searchFeed struct {
	docs   map[string]search.Doc
	hidden map[string]bool
	rev    int64
}

func (f *fx) searchDocs(since int64) searchFeed {
	f.t.Helper()
	out := searchFeed{docs: map[string]search.Doc{}, hidden: map[string]bool{}}
	rev, err := f.s.EachSearchDoc(f.ctx, f.r.ID, since, func(d *search.Doc, hidden bool) {
		out.docs[d.ID] = search.Doc{ID: d.ID, Kind: d.Kind, Texts: slices.Clone(d.Texts)}
		out.hidden[d.ID] = hidden
	})
	if err != nil {
		f.t.Fatalf("search documents since %d: %v", since, err)
	}
	out.rev = rev
	return out
}

// ids returns the ids of the feed, sorted.
func (sf searchFeed) ids() []string {
	var out []string
	for id := range sf.docs {
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

// has reports whether doc id carries the text in field and language.
func (sf searchFeed) has(id string, want search.Text) bool {
	return slices.Contains(sf.docs[id].Texts, want)
}

func (f *fx) translate(entityType, id, field, lang, text string) {
	f.t.Helper()
	tr := directory.Translation{RegionID: f.r.ID, EntityType: entityType, EntityID: id, Field: field, Lang: lang, Text: text}
	if err := f.s.SaveTranslation(f.ctx, f.actor, &tr); err != nil {
		f.t.Fatalf("translate %s %s %s: %v", entityType, field, lang, err)
	}
}

func testSearchDocs(t *testing.T, open Opener) {
	f := setup(t, open)
	caritas := f.saveOrg("Caritas Marl")
	empty := f.saveOrg("Leerer Verein")
	care := f.saveTerm(directory.TaxNeeds, "Pflege", func(tm *directory.Term) { tm.Synonyms = "Altenpflege\nBetreuung" })
	f.translate(directory.TranslateTerm, care.ID, "name", "tr", "Bakım")
	s1 := f.saveService(caritas.ID, "Pflegeberatung", func(s *directory.Service) {
		s.Summary, s.FeesDescription, s.TermIDs = "Beratung für Angehörige", "Kostenlos", []string{care.ID}
	})
	f.translate(directory.TranslateService, s1.ID, "description", "tr", "Yaşlı bakımı danışmanlığı")
	f.translate(directory.TranslateOrganization, caritas.ID, "name", "ar", "كاريتاس")
	s2 := f.saveService(caritas.ID, "Altes Angebot")
	if err := f.s.ArchiveService(f.ctx, f.actor, f.r.ID, s2.ID); err != nil {
		t.Fatal(err)
	}
	other := f.region("stadt-b")
	other.saveService(other.saveOrg("Anderswo").ID, "Pflege anderswo")

	full := f.searchDocs(0)
	check(t, "ids of the full feed", full.ids(), sorted([]string{caritas.ID, empty.ID, s1.ID, s2.ID}))
	check(t, "hidden", full.hidden, map[string]bool{caritas.ID: false, empty.ID: false, s1.ID: false, s2.ID: true})
	if full.rev != f.revision() {
		t.Errorf("revision %d, the region is at %d", full.rev, f.revision())
	}
	check(t, "kind of an offer", full.docs[s1.ID].Kind, search.KindService)
	check(t, "kind of an organisation", full.docs[empty.ID].Kind, search.KindOrganization)
	check(t, "texts of an archived offer", len(full.docs[s2.ID].Texts), 0)
	for _, want := range []search.Text{
		{Field: search.FieldName, Lang: "de", Text: "Pflegeberatung"},
		{Field: search.FieldSummary, Lang: "de", Text: "Beratung für Angehörige"},
		{Field: search.FieldDescription, Lang: "de", Text: "Beschreibung von Pflegeberatung\n\nKostenlos"},
		{Field: search.FieldDescription, Lang: "tr", Text: "Yaşlı bakımı danışmanlığı"},
		{Field: search.FieldOrg, Lang: "de", Text: "Caritas Marl"},
		{Field: search.FieldOrg, Lang: "ar", Text: "كاريتاس"},
		{Field: search.FieldTerm, Lang: "de", Text: "Pflege"},
		{Field: search.FieldTerm, Lang: "tr", Text: "Bakım"},
		{Field: search.FieldSynonym, Lang: "de", Text: "Altenpflege\nBetreuung"},
	} {
		if !full.has(s1.ID, want) {
			t.Errorf("offer document lacks %+v; has %+v", want, full.docs[s1.ID].Texts)
		}
	}
	if !full.has(caritas.ID, search.Text{Field: search.FieldName, Lang: "ar", Text: "كاريتاس"}) {
		t.Errorf("organisation document lacks its Arabic name: %+v", full.docs[caritas.ID].Texts)
	}

	// Nothing changed: nothing to fetch.
	if again := f.searchDocs(full.rev); len(again.docs) != 0 || again.rev != full.rev {
		t.Errorf("feed with no change = %v at %d", again.ids(), again.rev)
	}

	// Each change brings exactly what depends on it; an organisation
	// comes along with its changed offers (its documents are re-read
	// with theirs, which is simpler than telling the cases apart).
	steps := []struct {
		name   string
		change func()
		want   []string
		hidden []string
		text   *search.Text // a text the first wanted doc must now carry
	}{
		{"term synonym in Turkish reaches its offers", func() {
			f.translate(directory.TranslateTerm, care.ID, directory.FieldSynonyms, "tr", "yaşlı bakımı")
		}, []string{s1.ID, caritas.ID}, nil, &search.Text{Field: search.FieldSynonym, Lang: "tr", Text: "yaşlı bakımı"}},
		{"organisation without offers", func() {
			e := empty
			e.Description = "Nachbarschaftshilfe"
			if err := f.s.SaveOrganization(f.ctx, f.actor, &e); err != nil {
				t.Fatal(err)
			}
		}, []string{empty.ID}, nil, &search.Text{Field: search.FieldDescription, Lang: "de", Text: "Nachbarschaftshilfe"}},
		{"archived organisation hides its offers", func() {
			if err := f.s.ArchiveOrganization(f.ctx, f.actor, f.r.ID, caritas.ID); err != nil {
				t.Fatal(err)
			}
		}, []string{caritas.ID, s1.ID, s2.ID}, []string{caritas.ID, s1.ID, s2.ID}, nil},
	}
	rev := full.rev
	for _, st := range steps {
		st.change()
		got := f.searchDocs(rev)
		check(t, st.name+": ids", got.ids(), sorted(st.want))
		var hidden []string
		for id, h := range got.hidden {
			if h {
				hidden = append(hidden, id)
			}
		}
		check(t, st.name+": hidden", sorted(hidden), sorted(st.hidden))
		if st.text != nil && !got.has(st.want[0], *st.text) {
			t.Errorf("%s: document lacks %+v; has %+v", st.name, *st.text, got.docs[st.want[0]].Texts)
		}
		if got.rev <= rev {
			t.Errorf("%s: revision %d, want more than %d", st.name, got.rev, rev)
		}
		rev = got.rev
	}
}
