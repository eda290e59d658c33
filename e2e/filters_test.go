package e2e

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/chromedp/chromedp"
)

// TestFilters walks the offer list's filters that are not lists of
// terms: near a postal code or town with a radius and distance order,
// step-free access, open on a day; and the organisations' own search.
// The site is only read, so the journeys share one server. Nothing here
// depends on today's weekday: counts are read from the page itself.
func TestFilters(t *testing.T) {
	needE2E(t)
	t.Parallel()
	srv := startServer(t)

	t.Run("NearPostalCodeOnAPhoneInTurkish", func(t *testing.T) {
		nearPostalCode(t, openTab(t, srv, tabOptions{Lang: "tr", Width: 360, Height: 740, Mobile: true}))
	})
	t.Run("UnknownPlaceInArabic", func(t *testing.T) { unknownPlace(t, openTab(t, srv, tabOptions{Lang: "ar"})) })
	t.Run("OpenOnADay", func(t *testing.T) { openOnADay(t, openTab(t, srv, tabOptions{})) })
	t.Run("OrganisationSearchWithATypo", func(t *testing.T) { organisationTypo(t, openTab(t, srv, tabOptions{})) })
}

// submitFilters sends the offer list's filter form with its button, as
// without JavaScript.
func submitFilters(t *testing.T, tb *tab) {
	t.Helper()
	if st := tb.click("main form.filters button[type=submit]"); st != 200 {
		t.Fatalf("submitting the filters: status %d (%s)", st, tb.path())
	}
}

// nearPostalCode: on a phone in Turkish, offers near a postal code of
// Marl within 5 km, step-free only, come nearest first, each with its
// distance; dropping step-free never finds fewer.
func nearPostalCode(t *testing.T, tb *tab) {
	const lang, code, km = "tr", "45768", 5
	tb.mustOpen(region+"/"+lang+"/offers", 200)
	tb.noHorizontalScroll(360)
	tb.typeInto("#f-near", code)
	tb.selectOption("#f-km", tr(t, lang, "site.filter.km", "Km", km))
	tb.do("tick step-free", chromedp.Click(chromedp.CSS(`label[for="f-stepfree"]`)))
	if !eval[bool](tb, `document.getElementById("f-stepfree").checked`) {
		t.Fatal("tapping the step-free label does not tick its box")
	}
	submitFilters(t, tb)

	q := tb.query()
	if q.Get("near") != code || q.Get("km") != strconv.Itoa(km) || q.Get("stepfree") != "1" {
		t.Fatalf("the form led to %s, want near=%s, km=%d and stepfree=1", tb.path(), code, km)
	}
	if got := tb.value("#f-near"); got != code {
		t.Errorf("the near field holds %q after submitting, want %q", got, code)
	}
	if got := tb.value("#f-km"); got != strconv.Itoa(km) {
		t.Errorf("the radius is %q after submitting, want %d", got, km)
	}
	if !eval[bool](tb, `document.getElementById("f-stepfree").checked`) {
		t.Error("step-free is not ticked after submitting")
	}
	n := resultCount(t, tb, lang)
	if n == 0 {
		t.Fatalf("nothing step-free within %d km of %s: %q", km, code, abbrev(tb.text("main")))
	}
	checkByDistance(t, tb, lang, km)

	// The chips name both filters: the place with its radius, and access.
	chips := filterChips(tb)
	near, ok := chipWithout(chips, "near")
	if !ok {
		t.Errorf("no chip for the place among %v", chips)
	} else if want := tr(t, lang, "site.filter.near") + ": " + tr(t, lang, "site.filter.near_chip", "Place", code, "Km", km); !strings.HasPrefix(near.Text, want) {
		t.Errorf("the place's chip says %q, want it to start with %q", near.Text, want)
	}
	step, ok := chipWithout(chips, "stepfree")
	if !ok {
		t.Fatalf("no chip for step-free access among %v", chips)
	}
	if want := tr(t, lang, "site.filter.access") + ": " + tr(t, lang, "site.filter.step_free_chip"); !strings.HasPrefix(step.Text, want) {
		t.Errorf("the step-free chip says %q, want it to start with %q", step.Text, want)
	}
	tb.noHorizontalScroll(360)
	checkA11y(tb)

	// Removing step-free keeps the place and finds at least as many.
	if st := tb.click(`main .chips a.chip[href="` + step.Href + `"]`); st != 200 {
		t.Fatalf("removing the step-free chip: status %d", st)
	}
	q = tb.query()
	if q.Has("stepfree") || q.Get("near") != code || q.Get("km") != strconv.Itoa(km) {
		t.Errorf("removing the step-free chip led to %s, want the place and radius kept", tb.path())
	}
	if wider := resultCount(t, tb, lang); wider < n {
		t.Errorf("without step-free %d offers, with it %d: a filter less must not find fewer", wider, n)
	}
	checkByDistance(t, tb, lang, km)
	tb.noHorizontalScroll(360)
}

// unknownPlace: in Arabic, a place the region does not know is refused
// next to the field, in Arabic, and filters nothing; corrected to a
// town, the list comes nearest first.
func unknownPlace(t *testing.T, tb *tab) {
	const lang = "ar"
	tb.mustOpen(region+"/"+lang+"/offers", 200)
	all := resultCount(t, tb, lang)
	tb.typeInto("#f-near", "Atlantis")
	submitFilters(t, tb)

	if !tb.exists("#f-near-error") {
		t.Fatalf("no error for an unknown place on %s", tb.path())
	}
	msg := tb.text("#f-near-error")
	if want := tr(t, lang, "site.filter.near_unknown"); msg != want {
		t.Errorf("the error says %q, want %q", msg, want)
	}
	if msg == tr(t, "de", "site.filter.near_unknown") || !strings.ContainsFunc(msg, func(r rune) bool { return unicode.Is(unicode.Arabic, r) }) {
		t.Errorf("the error on an Arabic page is not in Arabic: %q", msg)
	}
	// Next to the field: in its box, visible, and read with it.
	if !eval[bool](tb, `(() => {
		const e = document.getElementById("f-near-error"), f = document.getElementById("f-near");
		const r = e.getBoundingClientRect();
		return e.closest(".field") === f.closest(".field") && r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== "hidden";
	})()`) {
		t.Error("the error is not shown in the near field's box")
	}
	if got := tb.attrs("#f-near", "aria-describedby"); len(got) != 1 || !strings.Contains(" "+got[0]+" ", " f-near-error ") {
		t.Errorf("the near field's aria-describedby is %v, want it to name f-near-error", got)
	}
	if got := tb.attrs("#f-near", "aria-invalid"); len(got) != 1 || got[0] != "true" {
		t.Errorf("the near field's aria-invalid is %v, want true", got)
	}
	if got := tb.value("#f-near"); got != "Atlantis" {
		t.Errorf("the near field holds %q, want what was typed", got)
	}
	if got := resultCount(t, tb, lang); got != all {
		t.Errorf("an unknown place finds %d offers, want all %d (not filtered)", got, all)
	}
	if tb.exists("main p.sorted") {
		t.Error("an unknown place sorts the list by distance")
	}
	if d := tb.texts(`main ol.cards dl.facts dt`); slices.Contains(d, tr(t, lang, "site.card.distance")) {
		t.Error("an unknown place gives the cards distances")
	}
	checkA11y(tb)

	setField(t, tb, "#f-near", "")
	tb.typeInto("#f-near", "Dorsten")
	submitFilters(t, tb)
	if got := tb.query().Get("near"); got != "Dorsten" {
		t.Fatalf("the corrected form led to %s", tb.path())
	}
	if tb.exists("#f-near-error") || len(tb.attrs(`#f-near[aria-invalid]`, "aria-invalid")) > 0 {
		t.Error("a known town still shows the error")
	}
	if resultCount(t, tb, lang) == 0 {
		t.Fatalf("nothing near Dorsten: %q", abbrev(tb.text("main")))
	}
	km, err := strconv.Atoi(tb.value("#f-km"))
	if err != nil {
		t.Fatalf("the radius select holds %q", tb.value("#f-km"))
	}
	checkByDistance(t, tb, lang, km)
	checkA11y(tb)
}

// openOnADay: in German, a day whose option counts offers finds exactly
// that many; a day that counts none gives an empty page with a way out
// and the Kommunales Integrationszentrum's consultation hours.
func openOnADay(t *testing.T, tb *tab) {
	const lang = "de"
	tb.mustOpen(region+"/"+lang+"/offers", 200)
	days := openDays(t, tb)
	// A day, not "now": its count cannot change between two requests
	// (except at midnight).
	var some, none *openDay
	for i := range days {
		d := &days[i]
		if some == nil && d.Count > 0 {
			some = d
		}
		if none == nil && d.Count == 0 {
			none = d
		}
	}
	if some == nil {
		t.Fatalf("no day of the opening filter counts an offer: %v", days)
	}
	tb.selectOption("#f-open", some.Label)
	submitFilters(t, tb)
	if got := tb.query().Get("open"); got != some.Value {
		t.Fatalf("choosing %q led to %s, want open=%s", some.Label, tb.path(), some.Value)
	}
	if got := resultCount(t, tb, lang); got != some.Count {
		t.Errorf("%q promises %d offers, the list finds %d", some.Label, some.Count, got)
	}
	if n := len(tb.texts("main ol.cards article.card")); some.Count <= perPageShown && n != some.Count {
		t.Errorf("%q promises %d offers, the page shows %d cards", some.Label, some.Count, n)
	}
	if chip, ok := chipWithout(filterChips(tb), "open"); !ok || !strings.Contains(chip.Text, some.Name) {
		t.Errorf("no chip naming %q among %v", some.Name, filterChips(tb))
	}
	checkA11y(tb)

	if none == nil {
		t.Logf("every day of the opening filter counts offers (%v): the empty page is not reached", days)
		return
	}
	tb.selectOption("#f-open", none.Label)
	submitFilters(t, tb)
	if got := tb.query().Get("open"); got != none.Value {
		t.Fatalf("choosing %q led to %s, want open=%s", none.Label, tb.path(), none.Value)
	}
	if got := resultCount(t, tb, lang); got != 0 {
		t.Fatalf("%q promises no offers, the list finds %d", none.Label, got)
	}
	without := tr(t, lang, "site.search.without")
	type wayOut struct {
		Text string `json:"text"`
		Href string `json:"href"`
	}
	ways := eval[[]wayOut](tb, `Array.from(document.querySelectorAll("main .empty ul.plain li"), li => ({
		text: li.innerText.replace(/\s+/g, " ").trim(), href: (li.querySelector("a") || {}).href || ""}))`)
	var out *wayOut
	for i := range ways {
		if strings.HasPrefix(ways[i].Text, without+" ") && strings.Contains(ways[i].Text, none.Name) {
			out = &ways[i]
		}
	}
	if out == nil {
		t.Fatalf("the empty page offers no %q link for the day; ways out: %v", without+" …", ways)
	}
	ki := tb.text("main .empty")
	for _, key := range []string{"site.ki.way_out", "site.ki.hours"} {
		if want := tr(t, lang, key); !strings.Contains(ki, want) {
			t.Errorf("the empty page lacks %q (the consultation hours): %q", want, abbrev(ki))
		}
	}
	if len(tb.texts("main .empty .ki ul.plain li")) == 0 {
		t.Error("the empty page names no consultation hours")
	}
	checkA11y(tb)

	u, err := url.Parse(out.Href)
	if err != nil || u.Query().Has("open") {
		t.Fatalf("the way out %q keeps the opening filter", out.Href)
	}
	promised := firstNumber(out.Text[strings.LastIndex(out.Text, "("):])
	if st := tb.click(`main .empty ul.plain a[href="` + u.RequestURI() + `"]`); st != 200 {
		t.Fatalf("the way out: status %d", st)
	}
	if got := resultCount(t, tb, lang); got == 0 || got != promised {
		t.Errorf("the way out promises %d offers and finds %d", promised, got)
	}
}

// perPageShown is how many cards a list page shows at most.
const perPageShown = 20

// openDay is a day of the opening filter with the count its label gives.
type openDay struct {
	Value string // YYYY-MM-DD
	Label string // as shown: "Morgen (37)"
	Name  string // without the count: "Morgen"
	Count int
}

var countInLabel = regexp.MustCompile(`^(.*\S)\s*\(([0-9][0-9.,\x{00A0}\x{202F}]*)\)$`)
var isoDay = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// openDays are the days the opening filter offers, with their counts.
func openDays(t *testing.T, tb *tab) []openDay {
	t.Helper()
	opts := eval[[][2]string](tb, `Array.from(document.querySelectorAll("#f-open option"), o => [o.value, o.text.trim()])`)
	var days []openDay
	for _, o := range opts {
		if !isoDay.MatchString(o[0]) {
			continue
		}
		m := countInLabel.FindStringSubmatch(o[1])
		if m == nil {
			t.Fatalf("the day %s has no count in its label %q", o[0], o[1])
		}
		days = append(days, openDay{Value: o[0], Label: o[1], Name: m[1], Count: firstNumber(m[2])})
	}
	if len(days) != 7 {
		t.Errorf("the opening filter offers %d days, want today and the next 6: %v", len(days), opts)
	}
	return days
}

// organisationTypo: the organisations' own search finds an organisation
// by a misspelt name.
func organisationTypo(t *testing.T, tb *tab) {
	const name, typo = "Frauenzentrum Lichtblick e.V.", "Lichtblik"
	tb.mustOpen(region+"/de/organizations", 200)
	if !slices.Contains(tb.texts(`main a[href*="/organizations/"]`), name) {
		t.Fatalf("the demo region has no organisation %q any more; choose another", name)
	}
	tb.typeInto("main form.search-orgs input[name=q]", typo)
	if st := tb.click("main form.search-orgs button[type=submit]"); st != 200 {
		t.Fatalf("searching organisations: status %d", st)
	}
	if tb.query().Get("q") != typo || !strings.HasPrefix(tb.path(), region+"/de/organizations?") {
		t.Fatalf("the organisations' search led to %s", tb.path())
	}
	if got := tb.value("main form.search-orgs input[name=q]"); got != typo {
		t.Errorf("the search field holds %q after searching, want what was typed", got)
	}
	found := tb.texts(`main ul.orglist a[href*="/organizations/"]`)
	if len(found) == 0 || found[0] != name {
		t.Fatalf("%q finds %v, want %q first", typo, found, name)
	}
	checkA11y(tb)
	if st := tb.click(`main ul.orglist a[href*="/organizations/"]`); st != 200 {
		t.Fatalf("opening %q: status %d", name, st)
	}
	if h := tb.text("main h1"); !strings.Contains(h, "Lichtblick") {
		t.Errorf("the found organisation's page is headed %q", h)
	}
}

// resultCount reads the number of offers found from the list's heading
// and checks the heading is the message for that number in lang.
func resultCount(t *testing.T, tb *tab, lang string) int {
	t.Helper()
	heading := tb.text("#h-results")
	n := firstNumber(heading)
	if want := tr(t, lang, "site.offers.count", "Count", n); heading != want {
		t.Errorf("result heading %q, want %q", heading, want)
	}
	return n
}

var numberRun = regexp.MustCompile(`[0-9٠-٩۰-۹][0-9٠-٩۰-۹.,٬\x{00A0}\x{202F}]*`)

// firstNumber is the first whole number in s (grouping separators
// allowed, digits of any script), 0 when there is none.
func firstNumber(s string) int {
	m := numberRun.FindString(s)
	n := 0
	for _, r := range m {
		if d, ok := digitValue(r); ok {
			n = n*10 + d
		}
	}
	return n
}

// digitValue is the value of a Western, Arabic-Indic or Persian digit.
func digitValue(r rune) (int, bool) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), true
	case r >= '٠' && r <= '٩':
		return int(r - '٠'), true
	case r >= '۰' && r <= '۹':
		return int(r - '۰'), true
	}
	return 0, false
}

// shownChip is a filter chip as shown: its text and the link that
// removes it.
type shownChip struct {
	Text string `json:"text"`
	Href string `json:"href"`
}

func filterChips(tb *tab) []shownChip {
	tb.t.Helper()
	return eval[[]shownChip](tb, `Array.from(document.querySelectorAll("main .chips a.chip"), a => ({
		text: a.innerText.replace(/\s+/g, " ").trim(), href: a.getAttribute("href")}))`)
}

// chipWithout finds the chip whose link drops the query parameter param
// (which the page has): the chip of that filter.
func chipWithout(chips []shownChip, param string) (shownChip, bool) {
	for _, c := range chips {
		u, err := url.Parse(c.Href)
		if err == nil && !u.Query().Has(param) {
			return c, true
		}
	}
	return shownChip{}, false
}

// checkByDistance checks a list sorted by distance: it says so, every
// card shows a distance, no card is further than the radius, and the
// distances never decrease.
func checkByDistance(t *testing.T, tb *tab, lang string, radiusKm int) {
	t.Helper()
	if got, want := tb.text("main p.sorted"), tr(t, lang, "site.offers.by_distance"); got != want {
		t.Errorf("the list says %q about its order, want %q", got, want)
	}
	label := tr(t, lang, "site.card.distance")
	cards := eval[[]struct {
		Name  string      `json:"name"`
		Facts [][2]string `json:"facts"`
	}](tb, `Array.from(document.querySelectorAll("main ol.cards article.card"), a => ({
		name: a.querySelector("h3").innerText.trim(),
		facts: Array.from(a.querySelectorAll("dl.facts > div"), d => [d.querySelector("dt").innerText.trim(), d.querySelector("dd").innerText.trim()])}))`)
	if len(cards) == 0 {
		t.Fatalf("no cards on %s", tb.path())
	}
	// One error for each kind of fault, naming the first card with it,
	// so that a broken order does not bury the log.
	var missing, beyond []string
	var unsorted string
	last, lastText := -1.0, ""
	for _, c := range cards {
		shown := ""
		for _, f := range c.Facts {
			if f[0] == label {
				shown = f[1]
			}
		}
		if shown == "" {
			missing = append(missing, c.Name)
			continue
		}
		m, err := parseDistance(shown)
		if err != nil {
			t.Errorf("%q: %v", c.Name, err)
			continue
		}
		if m > float64(radiusKm)*1000 {
			beyond = append(beyond, fmt.Sprintf("%q (%s)", c.Name, shown))
		}
		if m < last && unsorted == "" {
			unsorted = fmt.Sprintf("%q (%s) comes after an offer %s away", c.Name, shown, lastText)
		}
		last, lastText = m, shown
	}
	if len(missing) > 0 {
		t.Errorf("%d of %d cards show no %s, first %q", len(missing), len(cards), label, missing[0])
	}
	if len(beyond) > 0 {
		t.Errorf("%d cards are beyond the radius of %d km, first %s", len(beyond), radiusKm, beyond[0])
	}
	if unsorted != "" {
		t.Errorf("not sorted by distance on %s: %s", tb.path(), unsorted)
	}
}

// distanceUnits are the units of the cards' distances in every
// language, in metres.
var distanceUnits = map[string]float64{
	"m": 1, "м": 1, "م": 1, "Meter": 1, "متر": 1,
	"km": 1000, "км": 1000, "كم": 1000, "Kilometer": 1000, "کیلومتر": 1000,
}

var distanceRE = regexp.MustCompile(`^([0-9٠-٩۰-۹]+(?:[.,٫٬\x{00A0}\x{202F}][0-9٠-٩۰-۹]+)*)\s*(\S+)$`)

// parseDistance reads a card's distance ("650 m", "8,1 km", "1.000 m",
// "8.1 كم") as metres. Metres are whole numbers, so their separators
// group thousands; kilometres have one decimal or none.
func parseDistance(s string) (float64, error) {
	s = strings.Map(func(r rune) rune {
		if r == '\u200E' || r == '\u200F' || r == '\u061C' || (r >= '\u2066' && r <= '\u2069') {
			return -1
		}
		return r
	}, strings.TrimSpace(s))
	m := distanceRE.FindStringSubmatch(s)
	if m == nil {
		return 0, fmt.Errorf("distance %q is not a number and a unit", s)
	}
	unit, ok := distanceUnits[m[2]]
	if !ok {
		return 0, fmt.Errorf("distance %q has an unknown unit %q", s, m[2])
	}
	var whole, frac strings.Builder
	groups := strings.FieldsFunc(m[1], func(r rune) bool { _, ok := digitValue(r); return !ok })
	for i, g := range groups {
		target := &whole
		// Only a last group of other than three digits after a separator
		// is a decimal fraction.
		if unit > 1 && i == len(groups)-1 && i > 0 && len([]rune(g)) != 3 {
			target = &frac
		}
		for _, r := range g {
			d, _ := digitValue(r)
			target.WriteByte(byte('0' + d))
		}
	}
	v, err := strconv.ParseFloat(whole.String()+"."+frac.String()+"0", 64)
	if err != nil {
		return 0, fmt.Errorf("distance %q: %w", s, err)
	}
	return v * unit, nil
}

// TestFiltersParseDistance checks the reading of distances that the
// journeys rely on; it needs no browser.
func TestFiltersParseDistance(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want float64
	}{
		{"650 m", 650}, {"1.000 m", 1000}, {"1,000 m", 1000}, {"8,1 km", 8100}, {"8.1 كم", 8100},
		{"12 km", 12000}, {"150 م", 150}, {"٨٫١ كم", 8100}, {"2,3 Kilometer", 2300}, {"⁨350 м⁩", 350},
	} {
		got, err := parseDistance(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("parseDistance(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "km", "5 miles", "nah"} {
		if _, err := parseDistance(bad); err == nil {
			t.Errorf("parseDistance(%q) gives no error", bad)
		}
	}
}
