package e2e

import (
	"strings"
	"testing"
)

// TestFindingHelp walks the two ways to find help that do not start
// from a list: the search box every page has, and the guided finder.
// The site is only read, so the journeys share one server.
func TestFindingHelp(t *testing.T) {
	needE2E(t)
	t.Parallel()
	srv := startServer(t)

	t.Run("SearchBoxWithATypo", func(t *testing.T) { searchWithTypo(t, openTab(t, srv, tabOptions{})) })
	t.Run("SearchInTurkish", func(t *testing.T) {
		searchInTurkish(t, openTab(t, srv, tabOptions{Lang: "tr", Width: 360, Height: 740, Mobile: true}))
	})
	t.Run("FinderOnAPhoneInArabic", func(t *testing.T) {
		finderJourney(t, openTab(t, srv, tabOptions{Lang: "ar", Width: 360, Height: 740, Mobile: true}), "ar")
	})
	t.Run("FinderInLeichteSprache", func(t *testing.T) { finderJourney(t, openTab(t, srv, tabOptions{}), "de-x-ls") })
}

// searchWithTypo types a misspelt word into the header's search box on
// an organisation's page: the list offers the right spelling, which
// finds care counselling.
func searchWithTypo(t *testing.T, tb *tab) {
	tb.mustOpen(region+"/de/organizations", 200)
	tb.typeInto("header form.search input[name=q]", "Pfelgeberatung")
	if st := tb.click("header form.search button[type=submit]"); st != 200 {
		t.Fatalf("searching: status %d", st)
	}
	if got := tb.query().Get("q"); got != "Pfelgeberatung" {
		t.Fatalf("the search box led to %s", tb.path())
	}
	if got := tb.value("header form.search input[name=q]"); got != "Pfelgeberatung" {
		t.Errorf("the search box holds %q after searching, want what was typed", got)
	}
	if !tb.exists("main .suggest a") {
		t.Fatalf("no spelling suggestion for a typo; the page says %q", abbrev(tb.text("main")))
	}
	if st := tb.click("main .suggest a"); st != 200 {
		t.Fatalf("following the suggestion: status %d", st)
	}
	names := tb.texts("main ol article h3")
	if len(names) == 0 || !strings.Contains(strings.ToLower(names[0]), "pflege") {
		t.Errorf("the suggested spelling finds %v first, want care counselling", names)
	}
	checkA11y(tb)
}

// searchInTurkish: Ayşe types the Turkish words for elderly care; the
// German care offers come back through their needs' Turkish synonyms,
// shown with Turkish names where they are translated.
func searchInTurkish(t *testing.T, tb *tab) {
	tb.mustOpen(region+"/tr/", 200)
	tb.typeInto("header form.search input[name=q]", "yaşlı bakımı")
	if st := tb.click("header form.search button[type=submit]"); st != 200 {
		t.Fatalf("searching: status %d", st)
	}
	tb.noHorizontalScroll(360)
	names := tb.texts("main ol article h3")
	if len(names) == 0 {
		t.Fatalf("\"yaşlı bakımı\" finds nothing: %q", abbrev(tb.text("main")))
	}
	found := false
	for _, n := range names {
		if strings.Contains(strings.ToLower(n), "bakım") {
			found = true
		}
	}
	if !found {
		t.Errorf("no care offer with a Turkish name among %v", names)
	}
}

// finderJourney answers the finder's four questions by tapping the
// first real choice each time, then follows the results link to the
// offer list with those filters.
func finderJourney(t *testing.T, tb *tab, lang string) {
	tb.mustOpen(region+"/"+lang+"/", 200)
	if st := tb.click(`main a[href="` + region + "/" + lang + `/finder"]`); st != 200 {
		t.Fatalf("the home page's way into the finder: status %d", st)
	}
	want := map[string]string{}
	for step := 1; step <= 4; step++ {
		if !strings.HasSuffix(tb.path(), "/finder") && !strings.Contains(tb.path(), "/finder?") {
			break
		}
		if got := eval[string](tb, `document.documentElement.lang`); got != lang {
			t.Errorf("step %d: <html lang=%q>, want %q", step, got, lang)
		}
		if width := eval[int](tb, `window.innerWidth`); width <= 400 {
			tb.noHorizontalScroll(360)
		}
		checkA11y(tb)
		choices := tb.attrs(`main .finder-choices li:not(.finder-skip) a`, "href")
		if len(choices) == 0 {
			t.Fatalf("step %d offers no choice", step)
		}
		for _, a := range tb.attrs(`main .finder-choices a`, "href") {
			if tall := eval[float64](tb, `document.querySelector('main .finder-choices a[href="`+a+`"]').getBoundingClientRect().height`); tall < 44 {
				t.Errorf("step %d: a choice is %.0f px tall; big buttons are at least 44 px", step, tall)
			}
		}
		before := tb.query()
		if st := tb.click(`main .finder-choices li:not(.finder-skip) a`); st != 200 {
			t.Fatalf("step %d: status %d", step, st)
		}
		for k, v := range tb.query() {
			if _, had := before[k]; !had && len(v) == 1 {
				want[k] = v[0]
			}
		}
	}
	if !strings.HasSuffix(tb.path(), "/offers") && !strings.Contains(tb.path(), "/offers?") {
		if st := tb.click(`main .finder-results a`); st != 200 {
			t.Fatalf("the results link: status %d", st)
		}
	}
	if !strings.Contains(tb.path(), "/"+lang+"/offers") {
		t.Fatalf("the finder ended at %s, want the offer list", tb.path())
	}
	q := tb.query()
	for k, v := range want {
		if q.Get(k) != v {
			t.Errorf("the list has %s=%q, want the finder's answer %q (%s)", k, q.Get(k), v, tb.path())
		}
	}
	if len(want) < 3 {
		t.Errorf("the finder carried only %v into the list", want)
	}
	if !tb.exists("main ol article") {
		t.Errorf("the finder's answers lead to an empty list: %s", tb.path())
	}
}
