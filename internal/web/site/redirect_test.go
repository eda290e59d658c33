package site_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/web/webtest"
)

func TestRedirectByBrowserLanguage(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	// Turkish is offered by the region; whether the browser gets it
	// depends on whether the interface speaks it yet.
	turkish := "/kreis-re/de/"
	if h.Env.Catalog.Has("tr") {
		turkish = "/kreis-re/tr/"
	}
	// A region that offers only German.
	only := directory.Region{Slug: "nur-deutsch", Name: "Nur Deutsch", Languages: []string{"de"}}
	must(t, h.Store.CreateRegion(context.Background(), audit.System, &only))
	tests := []struct {
		path, accept, want string
	}{
		{"/", "", "/kreis-re/de/"},
		{"/", "tr-TR,tr;q=0.9", turkish},
		{"/", "tr-TR,tr;q=0.9,en;q=0.5", "/kreis-re/" + map[bool]string{true: "tr", false: "en"}[h.Env.Catalog.Has("tr")] + "/"},
		{"/", "en-GB,en;q=0.9", "/kreis-re/en/"},
		{"/", "ku", "/kreis-re/de/"},              // Kurdish: German, never Turkish
		{"/", "ku-IQ,ckb;q=0.9", "/kreis-re/de/"}, // Sorani neither
		{"/", "fr;q=0.9,en;q=0.3", "/kreis-re/en/"},
		{"/", "fa", "/kreis-re/de/"},             // an interface language the region does not offer
		{"/", "ar-SY,ar;q=0.9", "/kreis-re/ar/"}, // a regional variant gets its language
		{"/", "ku,ar;q=0.2", "/kreis-re/ar/"},    // the next choice that is offered
		{"/", "en;q=0", "/kreis-re/de/"},
		{"/", "\xff\xfe garbage,;;q=x", "/kreis-re/de/"},
		{"/stadt-b/", "en", "/stadt-b/en/"},
		{"/kreis-re/", "en", "/kreis-re/en/"},
		{"/nur-deutsch/", "en", "/nur-deutsch/de/"}, // the region does not offer English
	}
	for _, tt := range tests {
		res, _ := get(t, h, tt.path, "Accept-Language", tt.accept)
		if res.StatusCode != http.StatusFound {
			t.Errorf("GET %s (%q) = %d, want 302", tt.path, tt.accept, res.StatusCode)
			continue
		}
		if got := res.Header.Get("Location"); got != tt.want {
			t.Errorf("GET %s (%q) → %s, want %s", tt.path, tt.accept, got, tt.want)
		}
		if got := res.Header.Get("Vary"); got == "" {
			t.Errorf("GET %s: no Vary header", tt.path)
		}
	}
}

func TestRedirectToConfiguredDefaultRegion(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	h.Env.DefaultRegion = "stadt-b"
	res, _ := get(t, h, "/")
	if got := res.Header.Get("Location"); got != "/stadt-b/de/" {
		t.Errorf("→ %s, want /stadt-b/de/", got)
	}
	// An unknown default falls back to the first region by slug.
	h.Env.DefaultRegion = "gibt-es-nicht"
	res, _ = get(t, h, "/")
	if got := res.Header.Get("Location"); got != "/kreis-re/de/" {
		t.Errorf("→ %s, want /kreis-re/de/", got)
	}
}

func TestMissingSlashRedirects(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	for path, want := range map[string]string{"/kreis-re": "/kreis-re/", "/kreis-re/en": "/kreis-re/en/"} {
		res, _ := get(t, h, path)
		if res.StatusCode/100 != 3 || res.Header.Get("Location") != want {
			t.Errorf("GET %s = %d → %q, want a redirect to %s", path, res.StatusCode, res.Header.Get("Location"), want)
		}
	}
}
