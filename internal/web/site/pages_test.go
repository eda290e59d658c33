package site_test

import (
	"net/http"
	"testing"

	"github.com/lotse/lotse/internal/web/webtest"
)

// TestEveryPageType checks what holds for every page: well-formed HTML
// with one <h1>, landmarks, labels and headings in order (see
// pageProblems), nothing loaded from another host, a title of its own,
// the caching header, the language switcher and the footer links.
func TestEveryPageType(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	addKI(t, h)
	a := h.A
	for _, lang := range []string{"de", "en"} {
		// Titles differ within a language; across languages the
		// directory's names are the same German words.
		titles := map[string]string{}
		pre := "/kreis-re/" + lang
		for _, path := range []string{
			pre + "/",
			pre + "/offers",
			pre + "/offers?town=marl",
			pre + "/offers?town=nowhere",
			pre + "/offers/" + a.Services[0].ID,
			pre + "/offers/" + a.Services[1].ID,
			pre + "/offers/" + a.Services[2].ID,
			pre + "/offers/" + a.Services[0].ID + "/print",
			pre + "/organizations",
			pre + "/organizations/" + a.Orgs[0].ID,
			pre + "/organizations/" + a.Orgs[1].ID,
			pre + "/pages/impressum",
			pre + "/pages/datenschutz",
		} {
			res, body := get(t, h, path)
			if res.StatusCode != http.StatusOK {
				t.Errorf("GET %s = %d", path, res.StatusCode)
				continue
			}
			root := checkPage(t, path, body, h.URL)
			if got := res.Header.Get("Cache-Control"); got != "public, max-age=60" {
				t.Errorf("GET %s: Cache-Control %q", path, got)
			}
			if res.Header.Get("Content-Security-Policy") == "" {
				t.Errorf("GET %s: no Content-Security-Policy", path)
			}
			title := root.find("title")[0].textOf()
			if other, dup := titles[title]; dup {
				t.Errorf("GET %s: title %q is also the title of %s", path, title, other)
			}
			titles[title] = path
			if html := root.find("html")[0]; html.attrs["lang"] != lang {
				t.Errorf("GET %s: <html lang=%q>", path, html.attrs["lang"])
			}
			if len(root.find("link")) < 2 {
				t.Errorf("GET %s: no stylesheet or alternates", path)
			}
			if len(root.find("header")) == 0 && root.find("body")[0].attrs["class"] != "print-view" {
				t.Errorf("GET %s: no header", path)
			}
		}
	}
}
