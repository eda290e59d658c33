package site_test

import (
	"context"
	"io"
	"net/http"
	"testing"

	"github.com/lotse/lotse/internal/seed"
	"github.com/lotse/lotse/internal/store"
	"github.com/lotse/lotse/internal/web/webtest"
)

// benchSite is the real server with the demo region (and its
// translations) and 2,000 synthetic offers, the shape of the load
// test's datasets. It returns the ids of 200 offers, the demo's first.
func benchSite(b *testing.B) (*webtest.Harness, []string) {
	b.Helper()
	h := webtest.New(b)
	ctx := context.Background()
	if _, _, err := seed.Demo(ctx, h.Store); err != nil {
		b.Fatal(err)
	}
	r, err := h.Store.RegionBySlug(ctx, "kreis-re")
	if err != nil {
		b.Fatal(err)
	}
	if err := seed.Synthetic(ctx, h.Store, "kreis-re", 2000, nil); err != nil {
		b.Fatal(err)
	}
	if err := h.Env.Index.Refresh(ctx, r.ID); err != nil {
		b.Fatal(err)
	}
	svcs, _, err := h.Store.Services(ctx, r.ID, store.ListFilter{Limit: 200})
	if err != nil {
		b.Fatal(err)
	}
	var ids []string
	for _, sv := range svcs {
		ids = append(ids, sv.ID)
	}
	return h, ids
}

func benchGet(b *testing.B, c *http.Client, url string) {
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.Header.Set("Accept-Encoding", "gzip")
	res, err := c.Do(req)
	if err != nil {
		b.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		b.Fatalf("%s: %d", url, res.StatusCode)
	}
}

// benchLangs are the languages the page benchmarks run in: the source,
// and Arabic, whose pages look up translations and run right to left.
var benchLangs = []string{"de", "ar"}

// BenchmarkOfferList is the filtered offer list, page 5, through the
// whole server (routing, index, database, translations, templates, gzip).
func BenchmarkOfferList(b *testing.B) {
	h, _ := benchSite(b)
	c := h.Client()
	for _, lang := range benchLangs {
		b.Run(lang, func(b *testing.B) {
			url := h.URL + "/kreis-re/" + lang + "/offers?town=marl&page=5"
			for b.Loop() {
				benchGet(b, c, url)
			}
		})
	}
}

// BenchmarkOfferDetail is an offer page through the whole server.
func BenchmarkOfferDetail(b *testing.B) {
	h, ids := benchSite(b)
	c := h.Client()
	for _, lang := range benchLangs {
		b.Run(lang, func(b *testing.B) {
			i := 0
			for b.Loop() {
				benchGet(b, c, h.URL+"/kreis-re/"+lang+"/offers/"+ids[i%len(ids)])
				i++
			}
		})
	}
}

// BenchmarkOfferSearch is the offer list searched for "pflege", page 1,
// through the whole server, in German and in Turkish (whose query is
// analysed in Turkish and German, and whose Turkish offers rank
// higher). The offer index keeps whole results per query, so this is
// the cost of a popular query; the engine's own cost per query is
// measured in package search.
func BenchmarkOfferSearch(b *testing.B) {
	h, _ := benchSite(b)
	c := h.Client()
	for _, lang := range []string{"de", "tr"} {
		b.Run(lang, func(b *testing.B) {
			url := h.URL + "/kreis-re/" + lang + "/offers?q=pflege"
			for b.Loop() {
				benchGet(b, c, url)
			}
		})
	}
}
