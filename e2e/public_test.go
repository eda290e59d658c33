package e2e

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp/kb"
)

// region is the demo region every fresh database gets.
const region = "/kreis-re"

// TestPublicSite walks the public site's journeys on one server: the
// site is only read here, so its subtests cannot disturb each other.
func TestPublicSite(t *testing.T) {
	needE2E(t)
	t.Parallel()
	srv := startServer(t)

	t.Run("AyseFindsCareInMarl", func(t *testing.T) {
		ayseFindsCare(t, openTab(t, srv, tabOptions{Lang: "tr"}), 0)
	})
	t.Run("AyseFindsCareInMarlOn360px", func(t *testing.T) {
		ayseFindsCare(t, openTab(t, srv, tabOptions{Lang: "tr", Width: 360, Height: 740, Mobile: true}), 360)
	})
	t.Run("FilterByKeyboard", func(t *testing.T) { filterByKeyboard(t, openTab(t, srv, tabOptions{})) })
	t.Run("LanguageSwitcherKeepsPage", func(t *testing.T) { switchLanguage(t, srv) })
	t.Run("Accessibility", func(t *testing.T) { publicAccessibility(t, srv) })
	t.Run("Screenshots", func(t *testing.T) { screenshots(t, srv) })
}

// ayseFindsCare is Ayşe's journey: with a Turkish browser she comes to
// the bare address, follows the home page's way to care offers, narrows
// them to Marl, opens an offer with its address, opening hours and a
// phone number to call, and opens the print view for her daughter. With
// width > 0 every page must fit that width without sideways scrolling.
func ayseFindsCare(t *testing.T, tb *tab, width int) {
	fits := func() {
		t.Helper()
		if width > 0 {
			tb.noHorizontalScroll(width)
		}
	}

	// The bare address leads to the home page, in Turkish when the site
	// speaks it, else in German (exact match, then German: never a
	// "related" language).
	if st := tb.open("/"); st != 200 {
		t.Fatalf("GET / ended with status %d", st)
	}
	want := "de"
	if slices.Contains(tb.attrs(`link[rel="alternate"][hreflang]`, "hreflang"), "tr") {
		want = "tr"
	}
	if got := tb.path(); got != region+"/"+want+"/" {
		t.Fatalf("a Turkish browser landed on %s, want %s/%s/", got, region, want)
	}
	if got := eval[string](tb, `document.documentElement.lang`); got != want {
		t.Errorf("<html lang> is %q, want %q", got, want)
	}
	lang := want
	prefix := region + "/" + lang
	fits()

	// The home page's way in by need: care.
	if st := tb.click(`main a[href="` + prefix + `/offers?need=care"]`); st != 200 {
		t.Fatalf("care offers: status %d", st)
	}
	if got := tb.query().Get("need"); got != "care" {
		t.Fatalf("the care tile led to %s", tb.path())
	}
	fits()

	// Narrow the list to Marl with the filter form.
	tb.selectOption("#f-town", "Marl")
	if st := tb.click(`form.filters button[type="submit"]`); st != 200 {
		t.Fatalf("filter by Marl: status %d", st)
	}
	if q := tb.query(); q.Get("town") != "marl" || q.Get("need") != "care" {
		t.Fatalf("filtering care offers by Marl led to %s", tb.path())
	}
	list := tb.path()
	links := tb.attrs(`main ol article h3 a`, "href")
	if len(links) == 0 {
		t.Fatalf("no care offers in Marl on %s", list)
	}
	for _, card := range tb.texts(`main ol article`) {
		if !strings.Contains(card, "Marl") {
			t.Errorf("an offer outside Marl in the Marl list: %q", card)
		}
	}
	fits()

	// Open the offers in turn until one shows everything Ayşe needs to
	// go there or call; at least one of the demo's care offers in Marl
	// does.
	var name string
	for i := range links {
		if i > 0 {
			tb.mustOpen(list, 200)
		}
		if st := tb.click(fmt.Sprintf(`main ol > li:nth-child(%d) article h3 a`, i+1)); st != 200 {
			t.Fatalf("offer %s: status %d", links[i], st)
		}
		fits()
		if missing := offerEssentials(t, tb, lang, "Marl"); missing != "" {
			t.Logf("%s lacks %s; trying the next offer", tb.path(), missing)
			continue
		}
		name = tb.text("main h1")
		break
	}
	if name == "" {
		t.Fatalf("no care offer in Marl shows an address, opening hours and a phone number")
	}
	detail := tb.path()

	// The print view: the same offer with what is needed on paper.
	if st := tb.click(`main a[href="` + detail + `/print"]`); st != 200 {
		t.Fatalf("print view: status %d", st)
	}
	if got := tb.path(); got != detail+"/print" {
		t.Fatalf("the print button led to %s", got)
	}
	if got := tb.text("h1"); got != name {
		t.Errorf("print view shows %q, want the offer %q", got, name)
	}
	if missing := offerEssentials(t, tb, lang, "Marl"); missing != "" {
		t.Errorf("print view lacks %s", missing)
	}
	if tb.exists("header nav") {
		t.Errorf("print view carries the site's navigation")
	}
	if !tb.exists(`a[href$="` + detail + `"]`) {
		t.Errorf("print view does not give the offer's address on the web")
	}
	fits()
}

var postalTown = func(town string) *regexp.Regexp {
	return regexp.MustCompile(`\b\d{5}\s+` + regexp.QuoteMeta(town) + `\b`)
}

// offerEssentials says what of address, opening hours and a phone number
// an offer page (or its print view) lacks, "" when it has all three.
func offerEssentials(t *testing.T, tb *tab, lang, town string) string {
	t.Helper()
	var missing []string
	if !postalTown(town).MatchString(tb.text("main")) {
		missing = append(missing, "an address in "+town)
	}
	captions := tb.texts("main table caption")
	if !slices.Contains(captions, tr(t, lang, "site.hours.caption")) {
		missing = append(missing, "opening hours")
	}
	tel := regexp.MustCompile(`^tel:\+?[0-9]{6,}$`)
	found := false
	for _, h := range tb.attrs(`main a[href^="tel:"]`, "href") {
		if tel.MatchString(h) {
			found = true
		}
	}
	if !found {
		missing = append(missing, "a phone number as a tel: link")
	}
	return strings.Join(missing, ", ")
}

// filterByKeyboard narrows the offer list by town, need and language
// with nothing but Tab, typing, Space and Enter, pages through the
// results and removes filters by their chips.
func filterByKeyboard(t *testing.T, tb *tab) {
	tb.mustOpen(region+"/de/offers", 200)

	// Choose in each select by typing the start of the option, as
	// keyboard users do. The prefixes are short: the browser forgets a
	// typed prefix after a second, and a busy machine can be that slow.
	tb.tabTo("the town filter", `el.id === "f-town"`, 60)
	tb.focusVisible("the town filter")
	tb.press("Reck")
	tb.tabTo("the need filter", `el.id === "f-need"`, 3)
	tb.press("Leb")
	tb.tabTo("the language filter", `el.id === "f-lang"`, 5)
	tb.press("Deu")
	for sel, want := range map[string]string{"#f-town": "recklinghausen", "#f-need": "senior-life", "#f-lang": "de"} {
		if got := tb.value(sel); got != want {
			t.Fatalf("typing in %s chose %q, want %q", sel, got, want)
		}
	}
	tb.tabTo("the submit button", `el.type === "submit" && el.form && el.form.classList.contains("filters")`, 8)
	tb.focusVisible("the submit button")
	if st := tb.pressLoad(" "); st != 200 {
		t.Fatalf("submitting the filters: status %d", st)
	}
	q := tb.query()
	for k, want := range map[string]string{"town": "recklinghausen", "need": "senior-life", "lang": "de"} {
		if got := q.Get(k); got != want {
			t.Errorf("after submitting, %s=%q, want %q (%s)", k, got, want, tb.path())
		}
	}
	chips := `main ul[aria-labelledby="chips-label"] a`
	if got := len(tb.attrs(chips, "href")); got != 3 {
		t.Errorf("%d filter chips, want 3 (town, need, language)", got)
	}
	n := checkResults(t, tb, "Recklinghausen", "de")
	if n == 0 || n > 20 {
		t.Fatalf("%d offers for Recklinghausen + Leben im Alter + Deutsch; the demo has a few", n)
	}

	// Remove the need again by its chip: more offers, on several pages.
	tb.tabTo("the need's chip", `el.matches(`+jsString(chips)+`) && !el.href.includes("need=")`, 80)
	tb.focusVisible("the need's chip")
	if st := tb.pressLoad(kb.Enter); st != 200 {
		t.Fatalf("removing the need: status %d", st)
	}
	q = tb.query()
	if q.Has("need") || q.Get("town") != "recklinghausen" || q.Get("lang") != "de" {
		t.Fatalf("removing the need's chip led to %s", tb.path())
	}
	if got := tb.value("#f-need"); got != "" {
		t.Errorf("the need filter still shows %q after its chip was removed", got)
	}
	page1 := tb.attrs(`main ol article h3 a`, "href")
	total := checkResults(t, tb, "Recklinghausen", "de")
	if total <= 20 {
		t.Fatalf("%d offers for Recklinghausen in German: too few to page through", total)
	}

	// Page 2, by keyboard.
	tb.tabTo("the next page link", `el.matches('a[rel="next"]')`, 120)
	tb.focusVisible("the next page link")
	if st := tb.pressLoad(kb.Enter); st != 200 {
		t.Fatalf("next page: status %d", st)
	}
	q = tb.query()
	if q.Get("page") != "2" || q.Get("town") != "recklinghausen" || q.Get("lang") != "de" {
		t.Fatalf("the next page link led to %s", tb.path())
	}
	if got := tb.text(`main nav a[aria-current="page"]`); !strings.HasSuffix(got, "2") {
		t.Errorf("the pager marks %q as the current page, want page 2", got)
	}
	page2 := tb.attrs(`main ol article h3 a`, "href")
	for _, h := range page2 {
		if slices.Contains(page1, h) {
			t.Errorf("%s is on page 1 and on page 2", h)
		}
	}
	if got := checkResults(t, tb, "Recklinghausen", "de"); got != total {
		t.Errorf("page 2 counts %d offers, page 1 counted %d", got, total)
	}

	// Removing the language's chip starts again at page 1.
	tb.tabTo("the language's chip", `el.matches(`+jsString(chips)+`) && !el.href.includes("lang=")`, 80)
	if st := tb.pressLoad(kb.Enter); st != 200 {
		t.Fatalf("removing the language: status %d", st)
	}
	q = tb.query()
	if q.Has("lang") || q.Has("page") || q.Get("town") != "recklinghausen" {
		t.Errorf("removing the language's chip on page 2 led to %s, want the town alone on page 1", tb.path())
	}
}

// checkResults checks that every offer card on the page is in the town
// and held in the language, and that the heading counts the offers (in
// German, the page's language); it returns the count.
func checkResults(t *testing.T, tb *tab, town, lang string) int {
	t.Helper()
	cards := eval[[]struct {
		Text  string   `json:"text"`
		Langs []string `json:"langs"`
	}](tb, `Array.from(document.querySelectorAll("main ol article"), a => ({
		text: a.innerText, langs: Array.from(a.querySelectorAll("li[lang]"), l => l.lang)}))`)
	for _, c := range cards {
		first, _, _ := strings.Cut(c.Text, "\n")
		if !strings.Contains(c.Text, town) {
			t.Errorf("%q is not in %s", first, town)
		}
		if !slices.Contains(c.Langs, lang) {
			t.Errorf("%q is not held in %s (%v)", first, lang, c.Langs)
		}
	}
	heading := tb.text("#h-results")
	re := regexp.MustCompile(`\d+`)
	n := 0
	if m := re.FindString(heading); m != "" {
		fmt.Sscan(m, &n)
	}
	if got := tr(t, "de", "site.offers.count", "Count", n); heading != got {
		t.Errorf("result heading %q, want %q", heading, got)
	}
	if n <= 20 && n != len(cards) {
		t.Errorf("heading counts %d offers, the page shows %d", n, len(cards))
	}
	return n
}

// switchLanguage checks that the language switcher leads to the same
// page, with the same filters, in the other language, and back.
func switchLanguage(t *testing.T, srv *server) {
	tb := openTab(t, srv, tabOptions{})
	tb.mustOpen(region+"/de/offers?need=care&town=marl", 200)
	offer := tb.attrs(`main ol article h3 a`, "href")
	tb.mustOpen(region+"/de/organizations", 200)
	org := tb.attrs(`main a[href*="/organizations/"]`, "href")
	if len(offer) == 0 || len(org) == 0 {
		t.Fatalf("the demo region has no care offer in Marl or no organisation")
	}
	pages := []string{
		region + "/de/",
		region + "/de/offers?need=care&town=marl",
		offer[0], // (its print view has no switcher: it is for paper)
		region + "/de/organizations",
		org[0],
		region + "/de/pages/impressum",
	}
	for _, de := range pages {
		tb.mustOpen(de, 200)
		if got := tb.attrs(`header a[hreflang="de"]`, "aria-current"); len(got) != 1 || got[0] != "true" {
			t.Errorf("%s: the switcher does not mark German as current (%v)", de, got)
		}
		if st := tb.click(`header a[hreflang="en"]`); st != 200 {
			t.Fatalf("%s: English: status %d", de, st)
		}
		en := strings.Replace(de, "/de/", "/en/", 1)
		samePage(t, tb.path(), en)
		if got := eval[string](tb, `document.documentElement.lang`); got != "en" {
			t.Errorf("%s: <html lang=%q>, want en", tb.path(), got)
		}
		if strings.Contains(de, "town=marl") {
			if got := tb.value("#f-town"); got != "marl" {
				t.Errorf("%s: the town filter lost its value (%q)", tb.path(), got)
			}
		}
		if st := tb.click(`header a[hreflang="de"]`); st != 200 {
			t.Fatalf("%s: back to German: status %d", en, st)
		}
		samePage(t, tb.path(), de)
	}
}

// samePage compares two page addresses, ignoring the order of the query.
func samePage(t *testing.T, got, want string) {
	t.Helper()
	g, err1 := url.Parse(got)
	w, err2 := url.Parse(want)
	if err1 != nil || err2 != nil || g.Path != w.Path || g.Query().Encode() != w.Query().Encode() {
		t.Errorf("the language switcher led to %s, want %s", got, want)
	}
}

// publicAccessibility runs axe-core on every public page type in German,
// English, Arabic and Farsi (right to left), and in Leichte Sprache.
func publicAccessibility(t *testing.T, srv *server) {
	tb := openTab(t, srv, tabOptions{})
	tb.mustOpen(region+"/de/offers?need=care&town=marl", 200)
	offer := tb.attrs(`main ol article h3 a`, "href")
	tb.mustOpen(region+"/de/organizations", 200)
	org := tb.attrs(`main a[href*="/organizations/"]`, "href")
	if len(offer) == 0 || len(org) == 0 {
		t.Fatalf("the demo region has no care offer in Marl or no organisation")
	}
	pages := []struct {
		name, path string
		status     int
	}{
		{"home", region + "/de/", 200},
		{"offers", region + "/de/offers", 200},
		{"offers_filtered", region + "/de/offers?town=marl&need=care&lang=tr", 200},
		{"offers_empty", region + "/de/offers?" + emptyFilter, 200},
		{"offer", offer[0], 200},
		{"offer_print", offer[0] + "/print", 200},
		{"organizations", region + "/de/organizations", 200},
		{"organization", org[0], 200},
		{"imprint", region + "/de/pages/impressum", 200},
		{"finder", region + "/de/finder?group=", 200},
		{"not_found", region + "/de/gibt-es-nicht", 404},
	}
	// One tab per language: the renderer keeps axe-core compiled from
	// one page to the next, which saves a second a page.
	for _, lang := range []string{"de", "en", "ar", "fa", "de-x-ls"} {
		tabOfLang := openTab(t, srv, tabOptions{Lang: lang})
		for _, p := range pages {
			t.Run(lang+"/"+p.name, func(t *testing.T) {
				tb := tabOfLang.in(t)
				tb.mustOpen(strings.Replace(p.path, "/de/", "/"+lang+"/", 1), p.status)
				if p.name == "offers_empty" && tb.exists("main ol article") {
					t.Fatalf("the filter %s is meant to find nothing; pick another", emptyFilter)
				}
				checkA11y(tb)
			})
		}
	}
}

// emptyFilter is a valid filter under which the demo region has no offer.
const emptyFilter = "town=haltern-am-see&need=housing&lang=ro"

// screenshots saves home, list and an offer at phone and desktop width
// to testdata/out, for people to look at.
func screenshots(t *testing.T, srv *server) {
	for _, width := range []int64{360, 1280} {
		tb := openTab(t, srv, tabOptions{Width: width, Height: 800, Mobile: width < 600})
		tb.mustOpen(region+"/de/", 200)
		t.Logf("%s", tb.saveScreenshot(fmt.Sprintf("home-%d", width)))
		tb.mustOpen(region+"/de/offers?need=care&town=marl", 200)
		t.Logf("%s", tb.saveScreenshot(fmt.Sprintf("list-%d", width)))
		tb.click(`main ol article h3 a`)
		t.Logf("%s", tb.saveScreenshot(fmt.Sprintf("detail-%d", width)))
	}
}
