package hsds

import (
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/offerindex"
)

// newSearchEnv is the API with the search engine of the offer index,
// as the server runs it.
func newSearchEnv(t *testing.T) (*apiEnv, *offerindex.Index) {
	t.Helper()
	s := openStore(t)
	e := &apiEnv{s: s, a: newFixture(t, s, "kreis-re"), b: newFixture(t, s, "kreis-b")}
	ctx := context.Background()
	// A Turkish synonym of the care need, for a query in Turkish.
	if err := s.UpdateRegionLanguages(ctx, audit.System, e.a.region.ID, []string{"de", "tr"}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveTranslation(ctx, audit.System, &directory.Translation{RegionID: e.a.region.ID, EntityType: directory.TranslateTerm,
		EntityID: e.a.needCare.ID, Field: directory.FieldSynonyms, Lang: "tr", Text: "yaşlı bakımı"}); err != nil {
		t.Fatal(err)
	}
	idx := offerindex.New(s)
	for _, r := range []directory.Region{e.a.region, e.b.region} {
		if err := idx.Refresh(ctx, r.ID); err != nil {
			t.Fatal(err)
		}
	}
	mux := http.NewServeMux()
	e.srv = httptest.NewServer(mux)
	t.Cleanup(e.srv.Close)
	e.baseURL = e.srv.URL
	mux.Handle("/api/hsds/", NewAPI(s, e.baseURL).WithSearch(idx).WithLocator(idx).Handler())
	return e, idx
}

// checkIDs checks, as a subtest, that a list answers exactly the ids
// want, in order, with total_items to match.
func checkIDs(t *testing.T, e *apiEnv, path string, want []string) {
	t.Helper()
	t.Run(path, func(t *testing.T) {
		pg := decodePage(t, e.get(t, path))
		if got := pageIDs(pg); !slices.Equal(got, want) || pg.TotalItems != len(want) {
			t.Errorf("got %v (total_items %d), want %v", got, pg.TotalItems, want)
		}
	})
}

func TestSearchParameter(t *testing.T) {
	t.Parallel()
	e, _ := newSearchEnv(t)
	f := e.a
	p := "/api/hsds/kreis-re"
	tests := []struct {
		path string
		want []string // in order
	}{
		{"/services?search=pflegeberatung", []string{f.pflege.ID}},
		{"/services?search=PFLEGEBERATUNG+senior", []string{f.pflege.ID}},
		{"/services?search=sprachcafe", []string{f.sprachcafe.ID}},                           // without the accent
		{"/services?search=zahnarzt", nil},                                                   // nothing like it
		{"/services?search=ya%C5%9Fl%C4%B1+bak%C4%B1m%C4%B1&lang=tr", []string{f.pflege.ID}}, // Turkish synonym of its need
		{"/services?search=beratung&organization_id=" + f.kreis.ID, []string{f.kurs.ID}},
		{"/services?search=eingestellt", nil},    // archived
		{"/services?search=vereinsangebot", nil}, // of an archived organisation
		{"/organizations?search=integrationszentrum", []string{f.kreisAmt.ID}},
		{"/organizations?search=wohlfahrtsverband", []string{f.awo.ID}}, // by its description
		{"/organizations?search=recklinghausen&taxonomy_term_id=" + directory.NewID(), nil},
		{"/organizations?search=aufgeloester", nil}, // archived
	}
	for _, tt := range tests {
		checkIDs(t, e, p+tt.path, tt.want)
	}
	// Paging through the hits: each hit once, in the same order.
	all := pageIDs(decodePage(t, e.get(t, p+"/services?search=beratung&per_page=50")))
	var paged []string
	for n := 1; n <= len(all); n++ {
		paged = append(paged, pageIDs(decodePage(t, e.get(t, p+"/services?search=beratung&per_page=1&page="+strconv.Itoa(n))))...)
	}
	if len(all) < 2 || !slices.Equal(paged, all) {
		t.Errorf("page by page %v, all at once %v", paged, all)
	}
	// Bad input is a 400 in JSON, never a 500.
	for _, q := range []string{"%ff%fe", strings.Repeat("x", 300), "a%00b"} {
		res := e.get(t, p+"/services?search="+q)
		if res.status != http.StatusBadRequest || !strings.Contains(res.header.Get("Content-Type"), "json") {
			t.Errorf("search=%.20s: status %d, %s", q, res.status, res.header.Get("Content-Type"))
		}
	}
}

func TestPostcodeAndProximity(t *testing.T) {
	t.Parallel()
	e, _ := newSearchEnv(t)
	f := e.a
	p := "/api/hsds/kreis-re"
	// pflege and sprachcafe are at the office in Marl (45768, a point);
	// kurs has no place.
	tests := []struct {
		path string
		want []string // in order
	}{
		{"/services?postcode=45768", []string{f.pflege.ID, f.sprachcafe.ID}},
		{"/services?postcode=45770", nil}, // the office's postal address is not where it is
		{"/services?postcode=45768&proximity=500", []string{f.pflege.ID, f.sprachcafe.ID}},
		// 45770 has no place: the centre of Marl counts, about 420 m away.
		{"/services?postcode=45770&proximity=200", nil},
		{"/services?postcode=45770&proximity=1000", []string{f.pflege.ID, f.sprachcafe.ID}},
		{"/services?postcode=99999&proximity=1000", nil},
		{"/services?postcode=45768&search=pflege", []string{f.pflege.ID}},
		{"/services?postcode=45770&proximity=1000&organization_id=" + f.kreisAmt.ID, []string{f.sprachcafe.ID}},
	}
	for _, tt := range tests {
		checkIDs(t, e, p+tt.path, tt.want)
	}
	for _, q := range []string{"/services?postcode=4576", "/services?postcode=abcde", "/services?proximity=100",
		"/services?postcode=45768&proximity=0", "/services?postcode=45768&proximity=1000000",
		"/services?postcode=45768&postcode=45770", "/service_at_locations?postcode=45768"} {
		res := e.get(t, p+q)
		if res.status != http.StatusBadRequest || !strings.Contains(res.header.Get("Content-Type"), "json") {
			t.Errorf("%s: status %d, %s", q, res.status, res.header.Get("Content-Type"))
		}
	}
}
