package site_test

import (
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/web/webtest"
)

func TestOfferListFiltersAndCounts(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	const (
		haus   = "Hausaufgabenhilfe"
		pflege = "Pflegeberatung auf Türkisch"
		wohn   = "Wohnberatung"
	)
	tests := []struct {
		query string
		want  []string
		// options: select name → value → text (with the facet count)
		options map[string]map[string]string
		chosen  map[string][]string
	}{
		{"", []string{haus, pflege, wohn}, map[string]map[string]string{
			"town":  {"marl": "Marl (2)", "dorsten": "Dorsten (1)"},
			"need":  {"care": "Pflege (2)", "counselling": "Beratung (1)", "language-courses": "Sprachkurse (0)"},
			"group": {"seniors": "Seniorinnen und Senioren (1)", "families": "Familien (1)"},
			"lang":  {"de": "Deutsch (3)", "tr": "Türkçe (2)", "ar": "العربية (1)"},
		}, nil},
		// Within Marl the other towns still count as alternatives,
		// while needs and languages count within Marl.
		{"?town=marl", []string{pflege, wohn}, map[string]map[string]string{
			"town": {"marl": "Marl (2)", "dorsten": "Dorsten (1)"},
			"need": {"care": "Pflege (2)", "counselling": "Beratung (0)"},
			"lang": {"de": "Deutsch (2)", "tr": "Türkçe (1)"},
		}, map[string][]string{"town": {"marl"}}},
		{"?need=care&lang=tr", []string{pflege}, map[string]map[string]string{
			"need": {"care": "Pflege (1)", "counselling": "Beratung (1)"},
			"lang": {"tr": "Türkçe (1)", "de": "Deutsch (2)"},
		}, map[string][]string{"need": {"care"}, "lang": {"tr"}}},
		{"?free=1", []string{haus, pflege}, nil, nil},
		{"?group=families", []string{haus}, nil, map[string][]string{"group": {"families"}}},
		{"?town=marl&town=dorsten", []string{haus, pflege, wohn}, nil, nil},
		{"?lang=ar", []string{haus}, nil, nil},
		{"?need=counselling&group=seniors", nil, nil, nil},
		{"?TOWN=marl&unknown=1", []string{haus, pflege, wohn}, nil, nil}, // unknown parameters are ignored
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			body := page(t, h, "/kreis-re/de/offers"+tt.query, http.StatusOK)
			root := parse(t, body)
			checkCardsAndOptions(t, root, tt.want, tt.options)
			for name, want := range tt.chosen {
				if _, got := options(root, name); !slices.Equal(got, want) {
					t.Errorf("%s selected: %q, want %q", name, got, want)
				}
			}
			if len(tt.want) == 0 {
				has(t, tt.query, body, "Zu Ihrer Auswahl haben wir leider keine Angebote gefunden.")
			}
		})
	}
}

// checkCardsAndOptions checks the cards of a list page, in order, and
// the texts (with counts) of options: select name → value → text.
func checkCardsAndOptions(t *testing.T, root *node, want []string, opts map[string]map[string]string) {
	t.Helper()
	if got := cardNames(root); !slices.Equal(got, want) {
		t.Errorf("cards = %q, want %q", got, want)
	}
	for name, want := range opts {
		got, _ := options(root, name)
		for v, text := range want {
			if got[v] != text {
				t.Errorf("option %s=%s: %q, want %q", name, v, got[v], text)
			}
		}
	}
}

func TestOfferListCards(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	body := page(t, h, "/kreis-re/de/offers", http.StatusOK)
	has(t, "list", body,
		`<a href="/kreis-re/de/offers/`+h.A.Services[0].ID+`">Pflegeberatung auf Türkisch</a>`,
		"Beratung zu Pflegegrad und Hilfen, auch auf Türkisch.",
		"<dt>Anbieter</dt><dd>Beratungs- und Infocenter Pflege Kreis Recklinghausen</dd>",
		"<dt>Ort</dt><dd>Marl</dd>",
		`<li lang="tr" dir="ltr">Türkçe</li>`, `<li lang="ar" dir="rtl">العربية</li>`,
		`<li class="badge free">Kostenlos</li>`,
		// Monday 10:30: BIP Marl is open until 14:00.
		`<li class="badge open">Jetzt geöffnet bis 14:00 Uhr</li>`,
		`<input type="checkbox" id="f-free" name="free" value="1"><label for="f-free">Nur kostenlose Angebote (2)</label>`,
		"<h2 id=\"h-results\">3 Angebote gefunden</h2>",
	)
	hasNot(t, "list", body, "Archiviertes Angebot", "Stadt B")
	if res, _ := get(t, h, "/kreis-re/de/offers"); res.Header.Get("Cache-Control") != "public, max-age=60" {
		t.Errorf("Cache-Control = %q", res.Header.Get("Cache-Control"))
	}
}

func TestOfferListChips(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	root := parse(t, page(t, h, "/kreis-re/de/offers?town=marl&need=care&free=1", http.StatusOK))
	var chips []string
	for _, a := range root.find("a") {
		if a.attrs["class"] == "chip" {
			chips = append(chips, a.textOf()+" → "+a.attrs["href"])
		}
	}
	want := []string{
		"Stadt: Marl – Filter entfernen → /kreis-re/de/offers?free=1&need=care",
		"Thema: Pflege – Filter entfernen → /kreis-re/de/offers?free=1&town=marl",
		"Kosten: kostenlos – Filter entfernen → /kreis-re/de/offers?need=care&town=marl",
	}
	if !slices.Equal(chips, want) {
		t.Errorf("chips:\n%s\nwant:\n%s", strings.Join(chips, "\n"), strings.Join(want, "\n"))
	}
	if got := root.find("title")[0].textOf(); got != "Angebote: Marl, Pflege, kostenlos – Lotse Kreis Recklinghausen" {
		t.Errorf("title = %q", got)
	}
}

func TestOfferListUnknownFilterValues(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	addKI(t, h)
	for _, q := range []string{"town=nowhere", "need=flying", "group=martians", "lang=xx", "lang=not+a+code", "org=42",
		"org=" + h.B.Orgs[0].ID, "town=marl&need=flying", "town=" + h.B.Towns[0].ID} {
		t.Run(q, func(t *testing.T) {
			body := page(t, h, "/kreis-re/de/offers?"+q, http.StatusOK)
			if names := cardNames(parse(t, body)); len(names) != 0 {
				t.Errorf("cards %q for unknown values", names)
			}
			has(t, q, body, "Zu Ihrer Auswahl haben wir leider keine Angebote gefunden.",
				"Wir helfen Ihnen weiter", "Kommunales Integrationszentrum Kreis Recklinghausen", "<li>Mo, Di 09:00–14:00</li>",
				"0 Angebote gefunden")
		})
	}
	body := page(t, h, "/kreis-re/de/offers?town=nowhere", http.StatusOK)
	has(t, "unknown town", body, "<bdi>nowhere</bdi> (unbekannt)", "Mindestens einen der gewählten Filter gibt es hier nicht.")
	body = page(t, h, "/kreis-re/en/offers?need=flying", http.StatusOK)
	has(t, "english", body, "Sorry, no offers match your selection.", "We will help you")
}

func TestOfferListPagination(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	for i := 1; i <= 83; i++ {
		saveOffer(t, h, directory.Service{Name: nthName(i), Locations: []directory.ServiceAtLocation{{LocationID: h.A.Locations[0].ID}}})
	}
	h.Refresh()
	// 86 offers: pages of 20, 20, 20, 20, 6.
	base := "/kreis-re/de/offers"
	tests := []struct {
		query      string
		cards      int
		first      string
		prev, next string
		pages      []string // the pager's entries
	}{
		{"", 20, "Hausaufgabenhilfe", "", base + "?page=2", []string{"1*", "2", "…", "5"}},
		{"?page=1", 20, "Hausaufgabenhilfe", "", base + "?page=2", []string{"1*", "2", "…", "5"}},
		{"?page=2", 20, nthName(18), base, base + "?page=3", []string{"1", "2*", "3", "…", "5"}},
		{"?page=3", 20, nthName(38), base + "?page=2", base + "?page=4", []string{"1", "2", "3*", "4", "5"}},
		{"?page=5", 6, nthName(78), base + "?page=4", "", []string{"1", "…", "4", "5*"}},
		{"?page=005", 6, nthName(78), base + "?page=4", "", []string{"1", "…", "4", "5*"}},
		{"?town=marl&page=2", 20, nthName(19), base + "?town=marl", base + "?page=3&town=marl", []string{"1", "2*", "3", "…", "5"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			root := parse(t, page(t, h, base+tt.query, http.StatusOK))
			names := cardNames(root)
			if len(names) != tt.cards || names[0] != tt.first {
				t.Errorf("%d cards from %q, want %d from %q", len(names), names[0], tt.cards, tt.first)
			}
			if got := linksWith(root, "rel", "prev"); (tt.prev == "" && len(got) > 0) || (tt.prev != "" && !slices.Equal(got, []string{tt.prev})) {
				t.Errorf("prev = %q, want %q", got, tt.prev)
			}
			if got := linksWith(root, "rel", "next"); (tt.next == "" && len(got) > 0) || (tt.next != "" && !slices.Equal(got, []string{tt.next})) {
				t.Errorf("next = %q, want %q", got, tt.next)
			}
			var pager []string
			for _, nav := range root.find("nav") {
				if nav.attrs["class"] != "pager" {
					continue
				}
				for _, li := range nav.find("li") {
					text := strings.TrimPrefix(li.textOf(), "Seite ")
					if strings.Contains(text, "Zurück") || strings.Contains(text, "Weiter") {
						continue
					}
					if len(linksWith(li, "aria-current", "page")) == 1 {
						text += "*"
					}
					pager = append(pager, text)
				}
			}
			if !slices.Equal(pager, tt.pages) {
				t.Errorf("pager = %q, want %q", pager, tt.pages)
			}
		})
	}
	// Past the end: 404; malformed: 400, in the reader's language.
	for _, q := range []string{"?page=6", "?page=1000000", "?page=99999999999999999999999", "?town=dorsten&page=2"} {
		body := page(t, h, base+q, http.StatusNotFound)
		has(t, q, body, "So viele Seiten gibt es bei dieser Auswahl nicht.")
	}
	for _, q := range []string{"?page=abc", "?page=-1", "?page=1e9", "?page=0", "?page=1.5", "?page=+2", "?page=%202", "?page=%ff", "?page=0x10"} {
		body := page(t, h, base+q, http.StatusBadRequest)
		has(t, q, body, "Die Seitenzahl in der Adresse stimmt nicht.")
	}
	body := page(t, h, "/kreis-re/en/offers?page=abc", http.StatusBadRequest)
	has(t, "english 400", body, `<html lang="en" dir="ltr">`, "The page number in the address is not valid.")
}

func TestOfferListHostileQueries(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	many := strings.Repeat("town=marl&need=x&", 5000)
	tests := map[string]string{
		"100 KB value":       "town=" + strings.Repeat("a", 100_000),
		"many values":        many,
		"invalid UTF-8":      "town=%ff%fe%fd&need=%c3%28&lang=%80",
		"NUL and controls":   "town=%00%01%1b&need=a%00b",
		"markup":             "town=%3Cscript%3Ealert(1)%3C/script%3E&need=%22%3E%3Cimg%20src=x%3E",
		"bad escapes":        "town=%zz&need=%&lang=%%",
		"empty values":       "town=&need=&group=&lang=&free=&page=",
		"right-to-left text": "town=%D9%85%D8%B1%D9%84",
	}
	for name, q := range tests {
		t.Run(name, func(t *testing.T) {
			res, body := get(t, h, "/kreis-re/de/offers?"+q)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status %d", res.StatusCode)
			}
			checkPage(t, name, body, h.URL)
			hasNot(t, name, body, "<script>alert", "<img src=x")
			// The page echoes at most a few bounded values, whatever came in.
			if len(body) > 40_000 {
				t.Errorf("page of %d bytes for a hostile query", len(body))
			}
		})
	}
}

func TestLanguageSwitcherKeepsPathAndQuery(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	sv := h.A.Services[0]
	tests := []struct{ path, wantEN string }{
		{"/kreis-re/de/", "/kreis-re/en/"},
		{"/kreis-re/de/offers?town=marl&need=care&utm_source=x", "/kreis-re/en/offers?need=care&town=marl"},
		{"/kreis-re/de/offers?page=1", "/kreis-re/en/offers"},
		{offerURL("de", sv), offerURL("en", sv)},
		{offerURL("de", sv) + "/print", offerURL("en", sv) + "/print"},
		{"/kreis-re/de/organizations/" + h.A.Orgs[0].ID, "/kreis-re/en/organizations/" + h.A.Orgs[0].ID},
		{"/kreis-re/de/pages/impressum", "/kreis-re/en/pages/impressum"},
	}
	for _, tt := range tests {
		root := parse(t, page(t, h, tt.path, http.StatusOK))
		// The switcher: each language in its own name, script and direction.
		var got []string
		for _, nav := range root.find("nav") {
			if nav.attrs["class"] != "langs" {
				continue
			}
			for _, a := range nav.find("a") {
				got = append(got, a.attrs["lang"]+"|"+a.attrs["dir"]+"|"+a.textOf()+"|"+a.attrs["href"])
			}
		}
		// The region's languages (de, en, tr, ar), German first, the
		// others by code; each keeps the path and the meaningful query.
		in := func(code string) string { return strings.Replace(tt.wantEN, "/en/", "/"+code+"/", 1) }
		want := []string{"de|ltr|Deutsch|" + in("de"), "ar|rtl|العربية|" + in("ar"), "en|ltr|English|" + tt.wantEN, "tr|ltr|Türkçe|" + in("tr")}
		if strings.HasSuffix(tt.path, "/print") {
			want = nil // paper has no navigation
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: switcher %q, want %q", tt.path, got, want)
		}
		var alt []string
		for _, l := range root.find("link") {
			if l.attrs["rel"] == "alternate" {
				alt = append(alt, l.attrs["hreflang"]+" "+l.attrs["href"])
			}
		}
		wantAlt := []string{"de " + h.URL + in("de"), "ar " + h.URL + in("ar"), "en " + h.URL + tt.wantEN, "tr " + h.URL + in("tr"),
			"x-default " + h.URL + in("de")}
		if !slices.Equal(alt, wantAlt) {
			t.Errorf("%s: alternates %q, want %q", tt.path, alt, wantAlt)
		}
	}
}
