package site_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/web/webtest"
)

func TestNotFound(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	// Under a known region and language: the site's layout, in that language.
	for path, want := range map[string]string{
		"/kreis-re/de/gibt-es-nicht":  "Diese Seite gibt es nicht (mehr).",
		"/kreis-re/en/offers/":        "This page does not exist (any more).",
		"/kreis-re/de/offers/x/y/z":   "Diese Seite gibt es nicht (mehr).",
		"/kreis-re/en/pages/":         "This page does not exist (any more).",
		"/kreis-re/de/organizations/": "Diese Seite gibt es nicht (mehr).",
	} {
		body := page(t, h, path, http.StatusNotFound)
		has(t, path, body, want, `<nav class="main-nav"`, `<a class="button" href="/kreis-re/`)
	}
	// Unknown region or language: a plain page in German.
	for _, path := range []string{"/gibt-es-nicht/de/", "/kreis-re/xx/", "/kreis-re/fr/offers", "/Kreis-RE/de/", "/wp-admin/setup.php/x", "/kreis-re/fa/", "/kreis-re/de-x-ls/offers",
		"/%ff/de/", "/" + strings.Repeat("a", 5000) + "/de/"} {
		body := page(t, h, path, http.StatusNotFound)
		has(t, path, body, `<html lang="de" dir="ltr">`, "<h1>Nicht gefunden</h1>")
		hasNot(t, path, body, `<nav class="main-nav"`)
	}
	// With the region known, the plain page leads to its home pages.
	body := page(t, h, "/kreis-re/xx/", http.StatusNotFound)
	has(t, "unknown language", body, `<a href="/kreis-re/de/" lang="de" hreflang="de" dir="ltr">Deutsch</a>`,
		`<a href="/kreis-re/en/" lang="en" hreflang="en" dir="ltr">English</a>`)
}

func TestWrongMethods(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	paths := []string{"/", "/kreis-re/", "/kreis-re/de/", "/kreis-re/de/offers", "/kreis-re/en/offers/" + h.A.Services[0].ID,
		"/kreis-re/de/offers/" + h.A.Services[0].ID + "/print", "/kreis-re/de/organizations", "/kreis-re/de/pages/impressum",
		"/kreis-re/de/gibt-es-nicht", "/gibt-es-nicht/"}
	for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch, "PROPFIND"} {
		for _, path := range paths {
			req, err := http.NewRequest(method, h.URL+path, strings.NewReader("a=b"))
			must(t, err)
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			res, body := h.Do(nil, req)
			if res.StatusCode != http.StatusMethodNotAllowed {
				t.Errorf("%s %s = %d, want 405", method, path, res.StatusCode)
				continue
			}
			if got := res.Header.Get("Allow"); got != "GET, HEAD" {
				t.Errorf("%s %s: Allow %q", method, path, got)
			}
			checkPage(t, method+" "+path, body, h.URL)
		}
	}
	// In the reader's language where the URL says it.
	req, _ := http.NewRequest(http.MethodPost, h.URL+"/kreis-re/en/offers", nil)
	_, body := h.Do(nil, req)
	has(t, "405 en", body, "This action is not possible here.")
}

func TestHead(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	req, _ := http.NewRequest(http.MethodHead, h.URL+"/kreis-re/de/offers", nil)
	res, body := h.Do(nil, req)
	if res.StatusCode != http.StatusOK || body != "" {
		t.Errorf("HEAD = %d with %d bytes", res.StatusCode, len(body))
	}
}
