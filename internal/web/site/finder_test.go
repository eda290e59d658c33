package site_test

import (
	"context"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/web/webtest"
)

// finderChoices returns the answers a finder step offers, each as
// "text|href", in their order (the skip choice last).
func finderChoices(root *node) []string {
	var out []string
	for _, ul := range root.find("ul") {
		if ul.attrs["class"] != "finder-choices" {
			continue
		}
		for _, a := range ul.find("a") {
			out = append(out, a.textOf()+"|"+a.attrs["href"])
		}
	}
	return out
}

// finderAnswersShown returns the answers a finder step shows as given, each
// as "question: answer|link to change it".
func finderAnswersShown(root *node) []string {
	var out []string
	for _, dl := range root.find("dl") {
		for _, div := range dl.find("div") {
			dt, dd, as := div.find("dt"), div.find("dd"), div.find("a")
			if len(dt) != 1 || len(dd) != 1 || len(as) != 1 {
				continue
			}
			val := strings.TrimSpace(strings.TrimSuffix(dd[0].textOf(), as[0].textOf()))
			out = append(out, dt[0].textOf()+": "+val+"|"+as[0].attrs["href"])
		}
	}
	return out
}

// The fixture of region A: "Pflegeberatung auf Türkisch" (care,
// seniors, Marl, de+tr), "Wohnberatung" (care, Marl, de) and
// "Hausaufgabenhilfe" (counselling, families, Dorsten, de+tr+ar).
func TestFinderStepsCarryTheAnswers(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	const who = "Ein älterer Mensch (ich selbst, meine Mutter, mein Vater, mein Partner)"
	tests := []struct {
		name, path, step, question string
		choices, answers           []string
	}{
		{"who", "/kreis-re/de/finder", "Schritt 1 von 4", "Für wen suchen Sie Hilfe?",
			[]string{
				// In the taxonomy's order.
				"Meine Familie 1 Angebot|/kreis-re/de/finder?group=families",
				who + " 1 Angebot|/kreis-re/de/finder?group=seniors",
				"Für mich selbst oder ohne Angabe 3 Angebote|/kreis-re/de/finder?group=",
			}, nil},
		{"what", "/kreis-re/de/finder?group=seniors", "Schritt 2 von 4", "Wobei brauchen Sie Hilfe?",
			[]string{
				// Counselling has no offer for seniors and is left out.
				"Pflege 1 Angebot|/kreis-re/de/finder?group=seniors&need=care",
				"Alle Themen 1 Angebot|/kreis-re/de/finder?group=seniors&need=",
			},
			[]string{"Für wen: " + who + "|/kreis-re/de/finder"}},
		{"where, group skipped", "/kreis-re/de/finder?group=&need=care", "Schritt 3 von 4", "Wo soll das Angebot sein?",
			[]string{
				"Marl 2 Angebote|/kreis-re/de/finder?group=&need=care&town=marl",
				"Überall in Kreis Recklinghausen 2 Angebote|/kreis-re/de/finder?group=&need=care&town=",
			},
			[]string{"Für wen: Für mich selbst oder ohne Angabe|/kreis-re/de/finder?need=care", "Wobei: Pflege|/kreis-re/de/finder?group="}},
		{"language, last step leads to the list", "/kreis-re/de/finder?town=&need=&group=", "Schritt 4 von 4", "In welcher Sprache?",
			[]string{
				// The reader's language first, then as the list orders them.
				"Deutsch 3 Angebote|/kreis-re/de/offers?lang=de",
				"Türkçe 2 Angebote|/kreis-re/de/offers?lang=tr",
				"العربية 1 Angebot|/kreis-re/de/offers?lang=ar",
				"Jede Sprache 3 Angebote|/kreis-re/de/offers",
			},
			[]string{
				"Für wen: Für mich selbst oder ohne Angabe|/kreis-re/de/finder?need=&town=",
				"Wobei: Alle Themen|/kreis-re/de/finder?group=&town=",
				"Wo: Überall in Kreis Recklinghausen|/kreis-re/de/finder?group=&need=",
			}},
		{"language in Marl for seniors", "/kreis-re/de/finder?group=seniors&need=care&town=marl", "Schritt 4 von 4", "In welcher Sprache?",
			[]string{
				"Deutsch 1 Angebot|/kreis-re/de/offers?group=seniors&lang=de&need=care&town=marl",
				"Türkçe 1 Angebot|/kreis-re/de/offers?group=seniors&lang=tr&need=care&town=marl",
				"Jede Sprache 1 Angebot|/kreis-re/de/offers?group=seniors&need=care&town=marl",
			},
			[]string{
				"Für wen: " + who + "|/kreis-re/de/finder?need=care&town=marl",
				"Wobei: Pflege|/kreis-re/de/finder?group=seniors&town=marl",
				"Wo: Marl|/kreis-re/de/finder?group=seniors&need=care",
			}},
		{"changing an early answer keeps the later ones", "/kreis-re/de/finder?need=counselling&town=dorsten&lang=ar", "Schritt 1 von 4", "Für wen suchen Sie Hilfe?",
			[]string{
				"Meine Familie 1 Angebot|/kreis-re/de/offers?group=families&lang=ar&need=counselling&town=dorsten",
				"Für mich selbst oder ohne Angabe 1 Angebot|/kreis-re/de/offers?lang=ar&need=counselling&town=dorsten",
			},
			[]string{
				"Wobei: Beratung|/kreis-re/de/finder?lang=ar&town=dorsten",
				"Wo: Dorsten|/kreis-re/de/finder?lang=ar&need=counselling",
				"Sprache: العربية|/kreis-re/de/finder?need=counselling&town=dorsten",
			}},
	}
	for _, tt := range tests {
		body := page(t, h, tt.path, http.StatusOK)
		has(t, tt.name, body, "<h1>Hilfe finden</h1>", `<p class="finder-step">`+tt.step+`</p>`, `<h2 id="h-question">`+tt.question+`</h2>`,
			"<title>Hilfe finden – "+tt.step+" – ")
		hasNot(t, tt.name, body, "<script", "site.finder.")
		root := parse(t, body)
		// The "see them now" link is not a choice.
		got := slices.DeleteFunc(finderChoices(root), func(s string) bool { return strings.Contains(s, "jetzt ansehen") })
		if !slices.Equal(got, tt.choices) {
			t.Errorf("%s: choices\n%q\nwant\n%q", tt.name, got, tt.choices)
		}
		if got := finderAnswersShown(root); !slices.Equal(got, tt.answers) {
			t.Errorf("%s: answers\n%q\nwant\n%q", tt.name, got, tt.answers)
		}
	}
}

// The last choice leads to the offer list with the chosen filters,
// which shows the offers that fit; a finder URL with every question
// answered sends the reader there too.
func TestFinderLeadsToTheList(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	root := parse(t, page(t, h, "/kreis-re/de/finder?group=seniors&need=care&town=marl", http.StatusOK))
	want := "/kreis-re/de/offers?group=seniors&lang=tr&need=care&town=marl"
	if !slices.Contains(finderChoices(root), "Türkçe 1 Angebot|"+want) {
		t.Fatalf("no choice leads to %s: %q", want, finderChoices(root))
	}
	if got := cardNames(parse(t, page(t, h, want, http.StatusOK))); !slices.Equal(got, []string{"Pflegeberatung auf Türkisch"}) {
		t.Errorf("list %s shows %q", want, got)
	}
	// "See the offers now" at an earlier step: the list for the answers so far.
	body := page(t, h, "/kreis-re/de/finder?group=&need=care", http.StatusOK)
	has(t, "results link", body, `<a class="button secondary" href="/kreis-re/de/offers?need=care">Die 2 passenden Angebote jetzt ansehen</a>`)
	if got := cardNames(parse(t, page(t, h, "/kreis-re/de/offers?need=care", http.StatusOK))); !slices.Equal(got, []string{"Pflegeberatung auf Türkisch", "Wohnberatung"}) {
		t.Errorf("list for care shows %q", got)
	}

	noRedirect := *h.Client()
	noRedirect.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	for path, want := range map[string]string{
		"/kreis-re/de/finder?group=seniors&need=care&town=marl&lang=tr": "/kreis-re/de/offers?group=seniors&lang=tr&need=care&town=marl",
		"/kreis-re/tr/finder?group=&need=&town=&lang=":                  "/kreis-re/tr/offers",
	} {
		res, _ := h.Get(&noRedirect, path)
		if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != want {
			t.Errorf("GET %s = %d to %q, want 303 to %q", path, res.StatusCode, res.Header.Get("Location"), want)
		}
	}
}

// Unknown, garbled or hostile answers are dropped and their question
// asked again; nothing fails.
func TestFinderGarbledInput(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	tests := []struct{ query, step string }{
		{"group=nobody", "Schritt 1 von 4"},
		{"group=seniors&need=%ff%fe", "Schritt 2 von 4"},
		{"group=seniors&need=care&town=atlantis", "Schritt 3 von 4"},
		{"group=seniors&need=care&town=marl&lang=xx-%3Cscript%3E", "Schritt 4 von 4"},
		{"group=" + strings.Repeat("a", 5000), "Schritt 1 von 4"},
		{"group=%00&need=care&need=counselling&page=-1", "Schritt 1 von 4"},
		{"need=care;town=marl", "Schritt 1 von 4"},
		{"%zz=1&group", "Schritt 2 von 4"},
	}
	for _, tt := range tests {
		path := "/kreis-re/de/finder?" + tt.query
		body := page(t, h, path, http.StatusOK)
		has(t, path, body, `<p class="finder-step">`+tt.step+`</p>`)
		hasNot(t, path, body, "<script>", "atlantis", "nobody")
	}
	// A second value of the same question is ignored: the first counts.
	root := parse(t, page(t, h, "/kreis-re/de/finder?group=&need=care&need=counselling", http.StatusOK))
	if got := finderAnswersShown(root); len(got) != 2 || !strings.HasPrefix(got[1], "Wobei: Pflege|") {
		t.Errorf("answers %q", got)
	}
}

// Every language of the region renders every step without raw keys,
// right to left where the language is; the switcher keeps the answers.
func TestFinderInEveryLanguage(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	langs := []string{"de", "en", "tr", "ar", "ru", "uk", "pl", "ro", "bg", "fa", directory.LeichteSprache}
	must(t, h.Store.UpdateRegionLanguages(context.Background(), audit.System, h.A.Region.ID, langs))
	h.Refresh()
	for _, lang := range langs {
		for _, q := range []string{"", "?group=", "?group=&need=care", "?group=&need=care&town=marl"} {
			path := "/kreis-re/" + lang + "/finder" + q
			body := page(t, h, path, http.StatusOK)
			dir := "ltr"
			if lang == "ar" || lang == "fa" {
				dir = "rtl"
			}
			has(t, path, body, `<html lang="`+lang+`" dir="`+dir+`">`, `class="finder-choices"`)
			hasNot(t, path, body, "site.finder.", "<script")
			// The switcher keeps the step and its answers.
			for _, other := range []string{"de", "ar"} {
				want := `href="/kreis-re/` + other + `/finder` + strings.ReplaceAll(q, "&", "&amp;") + `" hreflang="` + other + `"`
				has(t, path, body, want)
			}
		}
	}
	has(t, "English", page(t, h, "/kreis-re/en/finder?group=", http.StatusOK), "Step 2 of 4", "What do you need help with?")
	ls := page(t, h, "/kreis-re/de-x-ls/finder", http.StatusOK)
	has(t, "Leichte Sprache", ls, "Frage 1 von 4", "Wer braucht Hilfe?", "Ein alter Mensch. Zum Beispiel: ich, meine Mutter oder mein Vater.")
	// On a Turkish page, Turkish offers come first in the language step.
	root := parse(t, page(t, h, "/kreis-re/tr/finder?group=&need=&town=", http.StatusOK))
	if got := finderChoices(root); len(got) == 0 || !strings.HasPrefix(got[0], "Türkçe ") {
		t.Errorf("Turkish page: first language choice %q", got)
	}
}

// The home page and the navigation lead into the finder.
func TestFinderWaysIn(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	home := page(t, h, "/kreis-re/de/", http.StatusOK)
	has(t, "home", home, `<a class="button" href="/kreis-re/de/finder">Hilfe finden – Schritt für Schritt</a>`,
		`<li><a href="/kreis-re/de/finder">Hilfe finden</a></li>`)
	has(t, "finder", page(t, h, "/kreis-re/de/finder", http.StatusOK), `<li><a href="/kreis-re/de/finder" aria-current="page">Hilfe finden</a></li>`)
	// Other regions' data never shows, and unknown regions are 404.
	hasNot(t, "finder", page(t, h, "/stadt-b/de/finder", http.StatusOK), "Kreis Recklinghausen")
	page(t, h, "/gibt-es-nicht/de/finder", http.StatusNotFound)
}
