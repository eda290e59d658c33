package seed_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/seed"
	"github.com/lotse/lotse/internal/store"
)

// demoServiceID is the id the demo gives the offer with key.
func demoServiceID(r directory.Region, key string) string {
	return directory.DerivedID(r.ID, "demo:service:"+key)
}

// otherLanguages returns the region's languages other than German.
func otherLanguages(r directory.Region) []string {
	return slices.DeleteFunc(slices.Clone(r.Languages), func(l string) bool { return l == "de" })
}

// checkTranslationStatuses checks that the dashboard has something to
// show in every status: the overview of offers counts current, outdated,
// machine and missing texts.
func checkTranslationStatuses(t *testing.T, s *store.Store, r directory.Region) {
	ctx := context.Background()
	counts, err := s.TranslationOverview(ctx, r.ID, otherLanguages(r))
	if err != nil {
		t.Fatal(err)
	}
	byLang := map[string]store.TranslationCount{}
	var all store.TranslationCount
	for _, c := range counts {
		if c.EntityType != directory.TranslateService {
			continue
		}
		byLang[c.Lang] = c
		all.Current += c.Current
		all.Outdated += c.Outdated
		all.Machine += c.Machine
		all.Missing += c.Missing
	}
	for _, lang := range otherLanguages(r) {
		c := byLang[lang]
		t.Logf("%s offers: current %d, outdated %d, machine %d, missing %d", lang, c.Current, c.Outdated, c.Machine, c.Missing)
	}
	tests := []struct {
		name string
		got  int
	}{
		{"current", all.Current}, {"outdated", all.Outdated}, {"machine", all.Machine}, {"missing", all.Missing},
		// Arabic readers meet every status on their own.
		{"current in ar", byLang["ar"].Current}, {"outdated in ar", byLang["ar"].Outdated},
		{"machine in ar", byLang["ar"].Machine}, {"missing in ar", byLang["ar"].Missing},
		{"current in tr", byLang["tr"].Current}, {"current in ru", byLang["ru"].Current}, {"current in uk", byLang["uk"].Current},
	}
	for _, tt := range tests {
		if tt.got == 0 {
			t.Errorf("translated offer texts %s = 0, want some", tt.name)
		}
	}
}

// checkTranslatedOffers checks single translations as readers see them.
func checkTranslatedOffers(t *testing.T, s *store.Store, r directory.Region) {
	ctx := context.Background()
	tests := []struct {
		key, field, lang string
		want             string // status
		contains         string // part of the text
	}{
		{"bip-pflegeberatung-marl", "name", "tr", directory.TranslationCurrent, "bakım danışmanlığı"},
		{"bip-pflegeberatung-marl", "summary", directory.LeichteSprache, directory.TranslationCurrent, "Pflege·grad"},
		{"bip-pflegeberatung-marl", "name", "ro", directory.TranslationMachine, "BIP Marl"},
		{"jc-neuzugewanderte-marl", "name", "bg", directory.TranslationMachine, "Jobcenter"},
		{"spdi-demenz", "description", "ru", directory.TranslationCurrent, "деменции"},
		{"mbe-marl", "summary", "fa", directory.TranslationCurrent, "مشاوره"},
		{"caritas-demenzcafe-haltern", "summary", "tr", directory.TranslationOutdated, "Demansı olan"},
		{"caritas-demenzcafe-haltern", "name", "tr", directory.TranslationCurrent, "Demans"},
		{"caritas-demenzcafe-haltern", "summary", "pl", directory.TranslationMissing, ""},
		{"ki-sprachmittlerpool", "application_process", "uk", directory.TranslationCurrent, "десять днів"},
	}
	for _, tt := range tests {
		id := demoServiceID(r, tt.key)
		sv, err := s.Service(ctx, r.ID, id)
		if err != nil {
			t.Fatalf("offer %s: %v", tt.key, err)
		}
		set, err := s.TranslationsFor(ctx, r.ID, tt.lang, directory.TranslateService, []string{id})
		if err != nil {
			t.Fatal(err)
		}
		tr := set.Get(id, tt.field)
		if got := tr.Status(sv.TextFields()[tt.field]); got != tt.want {
			t.Errorf("%s %s in %s: status %s, want %s", tt.key, tt.field, tt.lang, got, tt.want)
		}
		if tt.contains != "" && (tr == nil || !strings.Contains(tr.Text, tt.contains)) {
			t.Errorf("%s %s in %s = %v, want a text with %q", tt.key, tt.field, tt.lang, tr, tt.contains)
		}
	}

	// At least five offers have a current summary in Leichte Sprache.
	svcs := allServices(t, s, r.ID)
	ids := make([]string, len(svcs))
	for i, sv := range svcs {
		ids[i] = sv.ID
	}
	set, err := s.TranslationsFor(ctx, r.ID, directory.LeichteSprache, directory.TranslateService, ids)
	if err != nil {
		t.Fatal(err)
	}
	easy := 0
	for _, sv := range svcs {
		if set.Get(sv.ID, "summary").Status(sv.Summary) == directory.TranslationCurrent {
			easy++
		}
	}
	if easy < 5 {
		t.Errorf("offers with a current summary in Leichte Sprache = %d, want at least 5", easy)
	}
}

// checkTranslatedTerms checks that every need, target group, access
// method, accessibility feature and organisation type has a current name
// in every language of the region, and that the words people type are
// there in German and in other languages.
func checkTranslatedTerms(t *testing.T, s *store.Store, r directory.Region) {
	ctx := context.Background()
	var terms []directory.Term
	for _, slug := range []string{directory.TaxNeeds, directory.TaxTargetGroups, directory.TaxAccess, directory.TaxAccessible, directory.TaxOrgTypes} {
		tax, err := s.TaxonomyBySlug(ctx, r.ID, slug)
		if err != nil {
			t.Fatal(err)
		}
		ts, err := s.Terms(ctx, r.ID, store.TermFilter{TaxonomyID: tax.ID})
		if err != nil {
			t.Fatal(err)
		}
		terms = append(terms, ts...)
	}
	if len(terms) < 50 {
		t.Fatalf("terms = %d, want at least 50", len(terms))
	}
	ids := make([]string, len(terms))
	for i, tm := range terms {
		ids[i] = tm.ID
	}
	synonyms := map[string]map[string]string{} // lang → term code → synonyms
	for _, lang := range otherLanguages(r) {
		set, err := s.TranslationsFor(ctx, r.ID, lang, directory.TranslateTerm, ids)
		if err != nil {
			t.Fatal(err)
		}
		synonyms[lang] = map[string]string{}
		for _, tm := range terms {
			if got := set.Get(tm.ID, "name").Status(tm.Name); got != directory.TranslationCurrent {
				t.Errorf("term %s: name in %s is %s, want current", tm.Code, lang, got)
			}
			if syn := set.Get(tm.ID, directory.FieldSynonyms); syn != nil {
				synonyms[lang][tm.Code] = syn.Text
			}
		}
	}
	german := map[string]string{}
	for _, tm := range terms {
		german[tm.Code] = tm.Synonyms
	}
	tests := []struct {
		lang, code, word string
	}{
		{"de", "care", "Altenpflege"},
		{"de", "dementia", "Alzheimer"},
		{"tr", "care", "yaşlı bakımı"},
		{"tr", "care", "bakım"},
		{"ru", "care", "уход"},
		{"ru", "dementia", "деменция"},
		{"ar", "care", "رعاية المسنين"},
		{"uk", "language-courses", "курси німецької"},
		{"fa", "residence", "اقامت"},
		{"pl", "care", "opiekunka"},
	}
	for _, tt := range tests {
		got := german[tt.code]
		if tt.lang != "de" {
			got = synonyms[tt.lang][tt.code]
		}
		if !slices.Contains(strings.Split(got, "\n"), tt.word) {
			t.Errorf("synonyms of %s in %s = %q, want the word %q", tt.code, tt.lang, got, tt.word)
		}
	}
}

// checkTranslatedPages checks that the imprint is in English and the
// privacy notice is not translated.
func checkTranslatedPages(t *testing.T, s *store.Store, r directory.Region) {
	ctx := context.Background()
	tests := []struct {
		slug, field, want string
	}{
		{directory.PageImprint, "title", directory.TranslationCurrent},
		{directory.PageImprint, "body", directory.TranslationCurrent},
		{directory.PagePrivacy, "body", directory.TranslationMissing},
	}
	for _, tt := range tests {
		p, err := s.PageBySlug(ctx, r.ID, tt.slug)
		if err != nil {
			t.Fatal(err)
		}
		set, err := s.TranslationsFor(ctx, r.ID, "en", directory.TranslatePage, []string{p.ID})
		if err != nil {
			t.Fatal(err)
		}
		if got := set.Get(p.ID, tt.field).Status(p.TextFields()[tt.field]); got != tt.want {
			t.Errorf("page %s %s in en: %s, want %s", tt.slug, tt.field, got, tt.want)
		}
	}
}

// TestDemoLanguages checks that the demo region offers Leichte Sprache,
// which translations into it need.
func TestDemoLanguages(t *testing.T) {
	if !slices.Contains(seed.DemoLanguages, directory.LeichteSprache) || seed.DemoLanguages[0] != "de" {
		t.Errorf("DemoLanguages = %v, want German first and Leichte Sprache among them", seed.DemoLanguages)
	}
}
