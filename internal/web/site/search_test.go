package site_test

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/offerindex"
	"github.com/lotse/lotse/internal/web/webtest"
)

// searchSite is the harness with what the examples need on top
// of the fixture: an offer about the driving licence, Turkish synonyms
// of care, and a dementia term named in Russian.
func searchSite(t *testing.T) *webtest.Harness {
	t.Helper()
	h := webtest.New(t)
	addKI(t, h)
	ctx := context.Background()
	a := &h.A
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(h.Store.UpdateRegionLanguages(ctx, audit.System, a.Region.ID, []string{"de", "en", "tr", "ar", "ru"}))
	tr := func(entity, id, field, lang, text string) {
		t.Helper()
		must(h.Store.SaveTranslation(ctx, audit.System, &directory.Translation{RegionID: a.Region.ID, EntityType: entity, EntityID: id,
			Field: field, Lang: lang, Text: text}))
	}
	tr(directory.TranslateTerm, a.Terms["care"].ID, directory.FieldSynonyms, "tr", "yaşlı bakımı\nbakım")
	tr(directory.TranslateTerm, a.Terms["care"].ID, "name", "tr", "Bakım")
	needs, err := h.Store.TaxonomyBySlug(ctx, a.Region.ID, directory.TaxNeeds)
	must(err)
	dementia := directory.Term{RegionID: a.Region.ID, TaxonomyID: needs.ID, Code: "dementia", Name: "Demenz"}
	must(h.Store.SaveTerm(ctx, audit.System, &dementia))
	tr(directory.TranslateTerm, dementia.ID, "name", "ru", "Деменция")
	for _, sv := range []directory.Service{
		{Name: "Führerschein für Frauen", Summary: "Fahrschule mit Kinderbetreuung.", Description: "Theorie und Praxis.",
			OrganizationID: a.Orgs[1].ID, Languages: []directory.Language{{Code: "de"}},
			Locations: []directory.ServiceAtLocation{{LocationID: a.Locations[1].ID}}},
		{Name: "Demenzcafé", Summary: "Treffen für Menschen mit Demenz und ihre Angehörigen.", Description: "Jeden Freitag.",
			OrganizationID: a.Orgs[0].ID, TermIDs: []string{dementia.ID}, Languages: []directory.Language{{Code: "de"}},
			Locations: []directory.ServiceAtLocation{{LocationID: a.Locations[0].ID}}},
	} {
		sv.RegionID = a.Region.ID
		must(h.Store.SaveService(ctx, audit.System, &sv))
	}
	h.Refresh()
	return h
}

func TestSearchThroughTheOfferList(t *testing.T) {
	t.Parallel()
	h := searchSite(t)
	const (
		fuehrer  = "Führerschein für Frauen"
		pflege   = "Pflegeberatung auf Türkisch"
		wohn     = "Wohnberatung"
		demenz   = "Demenzcafé"
		hausaufg = "Hausaufgabenhilfe"
	)
	tests := []struct {
		name, path string
		// want are offers that must be on the page; first, if set, the
		// one that must come first; not those that must not be there.
		want  []string
		first string
		not   []string
	}{
		{"digraph finds the umlaut", "/kreis-re/de/offers?q=Fuehrerschein", []string{fuehrer}, fuehrer, []string{pflege, demenz}},
		{"lower case without umlaut", "/kreis-re/de/offers?q=fuhrerschein", []string{fuehrer}, fuehrer, nil},
		{"everyday words", "/kreis-re/de/offers?q=pflege+mama", []string{pflege}, "", []string{fuehrer, hausaufg}},
		{"Turkish synonym of the need", "/kreis-re/tr/offers?q=ya%C5%9Fl%C4%B1+bak%C4%B1m%C4%B1", []string{pflege, wohn}, pflege, []string{fuehrer, demenz}},
		{"Russian name of the term", "/kreis-re/ru/offers?q=%D0%B4%D0%B5%D0%BC%D0%B5%D0%BD%D1%86%D0%B8%D1%8F", []string{demenz}, demenz, []string{pflege, fuehrer}},
		{"query and town", "/kreis-re/de/offers?q=beratung&town=marl", []string{pflege, wohn}, "", []string{hausaufg, fuehrer}},
		{"query and language", "/kreis-re/de/offers?q=beratung&lang=tr", []string{pflege}, "", []string{wohn}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := parse(t, page(t, h, tt.path, http.StatusOK))
			got := cardNames(root)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("cards = %q, want %q among them", got, w)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(got, n) {
					t.Errorf("cards = %q, want no %q", got, n)
				}
			}
			if tt.first != "" && (len(got) == 0 || got[0] != tt.first) {
				t.Errorf("cards = %q, want %q first", got, tt.first)
			}
		})
	}
}

func TestSearchBoxChipsAndCounts(t *testing.T) {
	t.Parallel()
	h := searchSite(t)
	// The box is on every public page, sends to the offer list in the
	// page's language, and shows what was searched.
	for _, path := range []string{"/kreis-re/tr/", "/kreis-re/de/organizations", "/kreis-re/de/offers/" + h.A.Services[0].ID, "/kreis-re/de/pages/impressum"} {
		root := parse(t, page(t, h, path, http.StatusOK))
		if !hasSearchBox(root, "/kreis-re/"+strings.Split(path, "/")[2]+"/offers", "") {
			t.Errorf("%s: no search box to the offer list", path)
		}
	}
	root := parse(t, page(t, h, "/kreis-re/de/offers?q=beratung&town=marl", http.StatusOK))
	if !hasSearchBox(root, "/kreis-re/de/offers", "beratung") {
		t.Error("the search box does not show the query")
	}
	if got, want := root.find("h1")[0].textOf(), "Angebote zu „beratung“"; got != want {
		t.Errorf("h1 = %q, want %q", got, want)
	}
	var chips []string
	for _, a := range root.find("a") {
		if a.attrs["class"] == "chip" {
			chips = append(chips, a.textOf()+" → "+a.attrs["href"])
		}
	}
	want := []string{
		"Suche: beratung – Filter entfernen → /kreis-re/de/offers?town=marl",
		"Stadt: Marl – Filter entfernen → /kreis-re/de/offers?q=beratung",
	}
	if !slices.Equal(chips, want) {
		t.Errorf("chips:\n%s\nwant:\n%s", strings.Join(chips, "\n"), strings.Join(want, "\n"))
	}
	// Facet counts are over the offers the query finds: the driving
	// licence is taught in Dorsten only.
	opts, _ := options(parse(t, page(t, h, "/kreis-re/de/offers?q=fuehrerschein", http.StatusOK)), "town")
	if opts["marl"] != "Marl (0)" || opts["dorsten"] != "Dorsten (1)" {
		t.Errorf("town options = %v", opts)
	}
	// The filter form keeps the query.
	kept := false
	for _, in := range root.find("input") {
		if in.attrs["type"] == "hidden" && in.attrs["name"] == "q" && in.attrs["value"] == "beratung" {
			kept = true
		}
	}
	if !kept {
		t.Error("the filter form drops the query")
	}
}

// hasSearchBox reports whether the page has a GET form to action with a
// labelled search field q holding value.
func hasSearchBox(root *node, action, value string) bool {
	for _, f := range root.find("form") {
		if f.attrs["action"] != action || f.attrs["method"] != "get" {
			continue
		}
		for _, in := range f.find("input") {
			if in.attrs["type"] == "search" && in.attrs["name"] == "q" && in.attrs["value"] == value && hasLabel(root, in.attrs["id"]) {
				return true
			}
		}
	}
	return false
}

func TestSearchWithoutResults(t *testing.T) {
	t.Parallel()
	h := searchSite(t)
	// A typo the fuzzy matching does not forgive in a combination that
	// finds nothing: the page offers ways out, and always the KI.
	body := page(t, h, "/kreis-re/de/offers?q=hausaufgaben&town=marl", http.StatusOK)
	root := parse(t, body)
	if got := cardNames(root); len(got) != 0 {
		t.Fatalf("cards = %q, want none", got)
	}
	var links []string
	for _, a := range root.find("a") {
		if href := a.attrs["href"]; strings.HasPrefix(href, "/kreis-re/de/offers?") && a.attrs["class"] != "chip" {
			links = append(links, a.textOf()+" → "+href)
		}
	}
	want := "Ohne Stadt: Marl → /kreis-re/de/offers?q=hausaufgaben"
	if !slices.Contains(links, want) {
		t.Errorf("links = %q, want %q", links, want)
	}
	if !strings.Contains(body, `class="ki"`) {
		t.Error("no consultation hours of the KI")
	}
	// A word found only through a typo gets the right spelling as a
	// link ("Meinten Sie …?") that finds something.
	root = parse(t, page(t, h, "/kreis-re/de/offers?q=wohnbrtaung", http.StatusOK))
	found := false
	for _, p := range root.find("p") {
		if p.attrs["class"] != "suggest" {
			continue
		}
		as := p.find("a")
		if len(as) != 1 {
			t.Fatalf("suggestion without one link: %q", p.textOf())
		}
		u, err := url.Parse(as[0].attrs["href"])
		if err != nil {
			t.Fatal(err)
		}
		if got := cardNames(parse(t, page(t, h, u.String(), http.StatusOK))); !slices.Equal(got, []string{"Wohnberatung"}) {
			t.Errorf("suggestion %s finds %q", u, got)
		}
		found = true
	}
	if !found {
		t.Error("no spelling suggestion for wohnbrtaung")
	}
}

func TestSearchOrganizations(t *testing.T) {
	t.Parallel()
	h := searchSite(t)
	root := parse(t, page(t, h, "/kreis-re/de/organizations?q=Elternverein", http.StatusOK))
	var names []string
	for _, ul := range root.find("ul") {
		if ul.attrs["class"] == "orglist" {
			for _, a := range ul.find("a") {
				names = append(names, a.textOf())
			}
		}
	}
	if want := []string{"Türkischer Elternverein Marl"}; !slices.Equal(names, want) {
		t.Errorf("organisations = %q, want %q", names, want)
	}
	if !strings.Contains(page(t, h, "/kreis-re/de/organizations?q=zzzzqqq", http.StatusOK), "Keine Organisation passt") {
		t.Error("no message when no organisation matches")
	}
}

func TestSearchHostileQueries(t *testing.T) {
	t.Parallel()
	h := searchSite(t)
	tests := map[string]string{
		"very long":         "q=" + strings.Repeat("pflege+", 20_000),
		"controls":          "q=pf%00le%1bge%07",
		"invalid UTF-8":     "q=%ff%fe%c3%28",
		"markup":            "q=%3Cscript%3Ealert(1)%3C/script%3E",
		"bidi override":     "q=%E2%80%AEegelfp",
		"only spaces":       "q=+++",
		"many q":            strings.Repeat("q=a&", 1000),
		"with every filter": "q=pflege&town=marl&need=care&group=seniors&lang=tr&free=1&page=1",
	}
	for name, q := range tests {
		t.Run(name, func(t *testing.T) {
			for _, base := range []string{"/kreis-re/de/offers?", "/kreis-re/ar/offers?", "/kreis-re/de/organizations?"} {
				res, body := get(t, h, base+q)
				if res.StatusCode != http.StatusOK {
					t.Fatalf("%s: status %d", base, res.StatusCode)
				}
				checkPage(t, name, body, h.URL)
				hasNot(t, name, body, "<script>alert", "\u202e", "\x00")
				if len(body) > 60_000 {
					t.Errorf("%s: page of %d bytes", base, len(body))
				}
			}
		})
	}
}

func TestSearchWhileTheIndexIsBuilt(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	// A server that has just started: filters work, a search asks to
	// come back in a few seconds rather than claiming nothing exists.
	idx := offerindex.New(h.Store)
	idx.DeferSearchAbove(1)
	if err := idx.Refresh(context.Background(), h.A.Region.ID); err != nil {
		t.Fatal(err)
	}
	h.Env.Index = idx
	if got := cardNames(parse(t, page(t, h, "/kreis-re/de/offers?town=marl", http.StatusOK))); len(got) != 2 {
		t.Errorf("filtered list = %q", got)
	}
	for _, path := range []string{"/kreis-re/de/offers?q=pflege", "/kreis-re/en/organizations?q=pflege"} {
		res, body := get(t, h, path)
		if res.StatusCode != http.StatusServiceUnavailable || res.Header.Get("Retry-After") == "" {
			t.Errorf("%s: status %d, Retry-After %q", path, res.StatusCode, res.Header.Get("Retry-After"))
		}
		if !strings.Contains(body, "Sekunden") && !strings.Contains(body, "seconds") {
			t.Errorf("%s: no explanation", path)
		}
	}
	if err := idx.Refresh(context.Background(), h.A.Region.ID); err != nil {
		t.Fatal(err)
	}
	if got := cardNames(parse(t, page(t, h, "/kreis-re/de/offers?q=pflege", http.StatusOK))); len(got) == 0 {
		t.Error("nothing found once the index is built")
	}
}
