package e2e

import (
	"fmt"
	"strings"
	"testing"
)

// TestLanguages walks the site in the languages that stress it most:
// Arabic and Farsi, which are written right to left, and Leichte
// Sprache, a language of its own for the site only. The site is only
// read, so the subtests share one server.
func TestLanguages(t *testing.T) {
	needE2E(t)
	t.Parallel()
	srv := startServer(t)

	t.Run("BareAddressByExactMatch", func(t *testing.T) { bareAddress(t, srv) })
	t.Run("SwitchToEveryLanguageAndBack", func(t *testing.T) { switchToEveryLanguage(t, srv) })
	t.Run("RightToLeftMirrors", func(t *testing.T) { rightToLeft(t, srv) })
	t.Run("RightToLeftScreenshots", func(t *testing.T) { rtlScreenshots(t, srv) })
}

// bareAddress: "/" follows the browser's language only on an exact
// match. Kurdish is not offered, and must not be answered with Turkish
// (what language matchers do when they look for a "related" language).
func bareAddress(t *testing.T, srv *server) {
	for _, tt := range []struct{ browser, want string }{
		{"ar", "ar"},
		{"fa-IR,fa;q=0.9", "fa"},
		{"ku", "de"},
		{"ku,tr", "tr"},
		{"uk-UA,uk;q=0.9,ru;q=0.8", "uk"},
		{"sw", "de"},
	} {
		tb := openTab(t, srv, tabOptions{Lang: tt.browser})
		tb.mustOpen("/", 200)
		if got, want := tb.path(), region+"/"+tt.want+"/"; got != want {
			t.Errorf("a browser speaking %q landed on %s, want %s", tt.browser, got, want)
		}
	}
}

// switchToEveryLanguage follows the switcher from an offer's page into
// every language it offers and back to German: always the same page.
func switchToEveryLanguage(t *testing.T, srv *server) {
	tb := openTab(t, srv, tabOptions{})
	tb.mustOpen(region+"/de/offers?need=care&town=marl", 200)
	offers := tb.attrs(`main ol article h3 a`, "href")
	if len(offers) == 0 {
		t.Fatal("no care offer in Marl")
	}
	start := offers[0]
	tb.mustOpen(start, 200)
	langs := tb.attrs(`header a[hreflang]`, "hreflang")
	if len(langs) < 10 {
		t.Fatalf("the switcher offers %d languages (%v), want the ten interface languages and more", len(langs), langs)
	}
	for _, lang := range langs {
		if lang == "de" {
			continue
		}
		tb.mustOpen(start, 200)
		if st := tb.click(`header a[hreflang="` + lang + `"]`); st != 200 {
			t.Fatalf("switching to %s: status %d", lang, st)
		}
		samePage(t, tb.path(), strings.Replace(start, "/de/", "/"+lang+"/", 1))
		if got := eval[string](tb, `document.documentElement.lang`); got != lang {
			t.Errorf("%s: <html lang=%q>, want %q", tb.path(), got, lang)
		}
		wantDir := "ltr"
		if lang == "ar" || lang == "fa" {
			wantDir = "rtl"
		}
		if got := eval[string](tb, `document.documentElement.dir`); got != wantDir {
			t.Errorf("%s: <html dir=%q>, want %q", tb.path(), got, wantDir)
		}
		if st := tb.click(`header a[hreflang="de"]`); st != 200 {
			t.Fatalf("back to German from %s: status %d", lang, st)
		}
		samePage(t, tb.path(), start)
	}
}

// rtlPages are the public pages checked right to left.
func rtlPages(t *testing.T, srv *server) []string {
	tb := openTab(t, srv, tabOptions{})
	tb.mustOpen(region+"/de/offers?need=care&town=marl", 200)
	offer := tb.attrs(`main ol article h3 a`, "href")
	tb.mustOpen(region+"/de/organizations", 200)
	org := tb.attrs(`main a[href*="/organizations/"]`, "href")
	if len(offer) == 0 || len(org) == 0 {
		t.Fatalf("the demo region has no care offer in Marl or no organisation")
	}
	return []string{region + "/de/", region + "/de/offers?need=care", offer[0], org[0], region + "/de/pages/impressum"}
}

// rightToLeft checks that Arabic and Farsi pages are mirrored: the page
// runs right to left, text starts at the right, fragments in another
// language say so with lang and dir, and phone numbers, e-mail
// addresses and postal codes stay left to right and readable.
func rightToLeft(t *testing.T, srv *server) {
	pages := rtlPages(t, srv)
	for _, lang := range []string{"ar", "fa"} {
		tb := openTab(t, srv, tabOptions{Lang: lang, Width: 360, Height: 740, Mobile: true})
		for _, p := range pages {
			path := strings.Replace(p, "/de/", "/"+lang+"/", 1)
			t.Run(lang+path, func(t *testing.T) {
				tb := tb.in(t)
				tb.mustOpen(path, 200)
				tb.noHorizontalScroll(360)
				if got := eval[string](tb, `getComputedStyle(document.querySelector("main")).direction`); got != "rtl" {
					t.Errorf("main runs %s, want rtl", got)
				}
				// Text in the page's language begins at the right edge (a
				// heading in German, such as an organisation's name, runs
				// left to right and begins at the left).
				gap := eval[float64](tb, `(() => {
					const h = Array.from(document.querySelectorAll("main h1, main h2")).find(h => !h.closest("[lang]:not(html)"));
					if (!h) return 0;
					const r = document.createRange();
					r.selectNodeContents(h);
					return h.getBoundingClientRect().right - r.getBoundingClientRect().right;
				})()`)
				if gap > 2 || gap < -2 {
					t.Errorf("a heading's text ends %.0f px from its box's right edge; it does not start at the right", gap)
				}
				// The main menu runs from right to left.
				if order := eval[float64](tb, `(() => {
					const a = document.querySelectorAll("header nav a");
					return a.length < 2 ? 1 : a[0].getBoundingClientRect().left - a[1].getBoundingClientRect().left;
				})()`); order <= 0 {
					t.Errorf("the first menu item is not to the right of the second")
				}
				// Every fragment in another language carries lang and dir.
				for _, bad := range eval[[]string](tb, `Array.from(document.querySelectorAll("body [lang]"))
					.filter(e => e.lang !== document.documentElement.lang && !e.hasAttribute("dir"))
					.map(e => e.tagName.toLowerCase() + "[lang=" + e.lang + "] " + e.innerText.slice(0, 40))`) {
					t.Errorf("a fragment in another language has no dir: %s", bad)
				}
				// Phone numbers, e-mail addresses and postal codes run left
				// to right, so that their digits stay in order.
				for _, bad := range eval[[]string](tb, `Array.from(document.querySelectorAll('main a[href^="tel:"], main a[href^="mailto:"], main .postal, main [itemprop="postalCode"]'))
					.filter(e => getComputedStyle(e).direction !== "ltr" && !e.querySelector('[dir="ltr"], bdi'))
					.map(e => e.innerText)`) {
					t.Errorf("%q runs right to left; its digits may be shown out of order", bad)
				}
			})
		}
	}
}

// rtlScreenshots saves the Arabic and Farsi home, list and offer pages at
// phone and desktop width to testdata/out, for people to look at.
func rtlScreenshots(t *testing.T, srv *server) {
	pages := rtlPages(t, srv)
	for _, lang := range []string{"ar", "fa"} {
		for _, width := range []int64{360, 1280} {
			tb := openTab(t, srv, tabOptions{Lang: lang, Width: width, Height: 800, Mobile: width < 600})
			for i, name := range []string{"home", "list", "detail"} {
				tb.mustOpen(strings.Replace(pages[i], "/de/", "/"+lang+"/", 1), 200)
				t.Logf("%s", tb.saveScreenshot(fmt.Sprintf("%s-%s-%d", lang, name, width)))
			}
		}
	}
}
