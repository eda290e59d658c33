// Package webtest starts the real HTTP server of Lotse on a fresh
// database (SQLite or PostgreSQL, see package testdb) with a small
// fixture: two regions, so that every test can also check that nothing
// crosses regions. Tests of the site, the back office and the APIs use it.
package webtest

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/auth"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/i18n"
	"github.com/lotse/lotse/internal/metrics"
	"github.com/lotse/lotse/internal/offerindex"
	"github.com/lotse/lotse/internal/store"
	"github.com/lotse/lotse/internal/testdb"
	"github.com/lotse/lotse/internal/web"
	"github.com/lotse/lotse/internal/web/ui"
)

// Harness is a running server with its database and fixture.
type Harness struct {
	T      testing.TB
	Store  *store.Store
	Env    *ui.Env
	Server *httptest.Server
	URL    string
	// A is the main fixture region ("kreis-re"), B a second one ("stadt-b").
	A, B Fixture
	// Now is the clock the server sees; tests may move it.
	Now time.Time
}

// Fixture is a region with a little of everything.
type Fixture struct {
	Region    directory.Region
	Towns     []directory.Town // [0] Marl, [1] Dorsten
	Orgs      []directory.Organization
	Locations []directory.Location
	Services  []directory.Service       // [0] has Turkish, is free, in Marl; [3] is archived
	Terms     map[string]directory.Term // by code: "care", "counselling", "seniors", "families", …
	Page      directory.Page
}

// New starts a server on a fresh database with the fixture. extra APIs
// (such as the HSDS API) are mounted under /api/.
func New(t testing.TB, apis ...web.API) *Harness {
	t.Helper()
	ctx := context.Background()
	s := testdb.Open(t)
	h := &Harness{T: t, Store: s, Now: time.Date(2026, 11, 23, 10, 30, 0, 0, directory.Berlin)} // a Monday morning
	h.A = buildFixture(t, s, "kreis-re", "Kreis Recklinghausen")
	h.B = buildFixture(t, s, "stadt-b", "Stadt B")
	cat, err := i18n.Load()
	if err != nil {
		t.Fatal(err)
	}
	idx := offerindex.New(s)
	for _, r := range []directory.Region{h.A.Region, h.B.Region} {
		if err := idx.Refresh(ctx, r.ID); err != nil {
			t.Fatal(err)
		}
	}
	level := slog.LevelWarn
	if os.Getenv("LOTSE_TEST_LOG") != "" {
		level = slog.LevelDebug
	}
	h.Env = &ui.Env{
		Store: s, Catalog: cat, Index: idx, BaseURL: "", DefaultRegion: "kreis-re",
		Log: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level})),
		Now: func() time.Time { return h.Now },
	}
	srv := httptest.NewUnstartedServer(nil)
	h.Server = srv
	srv.Start()
	h.URL = srv.URL
	h.Env.BaseURL = srv.URL
	handler, err := web.New(h.Env, metrics.NewRegistry(), apis...)
	if err != nil {
		t.Fatal(err)
	}
	srv.Config.Handler = handler
	t.Cleanup(srv.Close)
	return h
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func ptr[T any](v T) *T { return &v }

func buildFixture(t testing.TB, s *store.Store, slug, name string) Fixture {
	t.Helper()
	ctx := context.Background()
	sys := audit.System
	f := Fixture{Terms: map[string]directory.Term{}}
	f.Region = directory.Region{Slug: slug, Name: name, Languages: []string{"de", "en", "tr", "ar"}}
	must(t, s.CreateRegion(ctx, sys, &f.Region))
	for _, tw := range []directory.Town{
		{Name: "Marl", PostalCodes: []string{"45768", "45770", "45772"}, Latitude: 51.6565, Longitude: 7.0904},
		{Name: "Dorsten", PostalCodes: []string{"46282", "46284", "46286"}, Latitude: 51.6604, Longitude: 6.9647},
	} {
		tw.RegionID = f.Region.ID
		must(t, s.SaveTown(ctx, sys, &tw))
		f.Towns = append(f.Towns, tw)
	}
	for _, tx := range []struct{ tax, code, name string }{
		{directory.TaxNeeds, "care", "Pflege"}, {directory.TaxNeeds, "counselling", "Beratung"},
		{directory.TaxNeeds, "language-courses", "Sprachkurse"},
		{directory.TaxTargetGroups, "seniors", "Seniorinnen und Senioren"}, {directory.TaxTargetGroups, "families", "Familien"},
	} {
		tax, err := s.TaxonomyBySlug(ctx, f.Region.ID, tx.tax)
		must(t, err)
		term := directory.Term{RegionID: f.Region.ID, TaxonomyID: tax.ID, Code: tx.code, Name: tx.name, Description: tx.name}
		must(t, s.SaveTerm(ctx, sys, &term))
		f.Terms[tx.code] = term
	}
	terms, err := s.Terms(ctx, f.Region.ID, store.TermFilter{})
	must(t, err)
	for _, term := range terms {
		if _, ok := f.Terms[term.Code]; !ok {
			f.Terms[term.Code] = term // built-in codes: walk-in, appointment, step-free, …
		}
	}
	for _, o := range []directory.Organization{
		{Name: "Beratungs- und Infocenter Pflege " + name, Type: directory.OrgAdministration, Description: "Beratung rund um Pflege.", Email: "bip@example.org", Website: "https://example.org/bip"},
		{Name: "Türkischer Elternverein Marl", Type: directory.OrgMigrant, Description: "Ein Verein von Eltern für Eltern."},
	} {
		o.RegionID = f.Region.ID
		must(t, s.SaveOrganization(ctx, sys, &o))
		f.Orgs = append(f.Orgs, o)
	}
	weekly := []directory.Schedule{
		{Freq: directory.FreqWeekly, ByDay: "MO,TU", OpensAt: "09:00", ClosesAt: "14:00"},
		{Freq: directory.FreqWeekly, ByDay: "WE", OpensAt: "09:00", ClosesAt: "14:30"},
		{ValidFrom: "2026-12-24", ValidTo: "2027-01-01", Closed: true, Description: "Weihnachten"},
	}
	for i, l := range []directory.Location{
		{Name: "BIP Marl", TownID: f.Towns[0].ID, Latitude: ptr(51.6571), Longitude: ptr(7.0921),
			Addresses:      []directory.Address{{Address1: "Carl-Duisberg-Straße 12", PostalCode: "45772", City: "Marl"}},
			FeatureTermIDs: []string{f.Terms["step-free"].ID}, Schedules: weekly, Transportation: "Bus 222 bis Marl Mitte"},
		{Name: "Vereinsheim Dorsten", TownID: f.Towns[1].ID,
			Addresses: []directory.Address{{Address1: "Lippestraße 3", PostalCode: "46282", City: "Dorsten"}}},
	} {
		l.RegionID = f.Region.ID
		l.OrganizationID = f.Orgs[i].ID
		must(t, s.SaveLocation(ctx, sys, &l))
		f.Locations = append(f.Locations, l)
	}
	services := []directory.Service{
		{Name: "Pflegeberatung auf Türkisch", Summary: "Beratung zu Pflegegrad und Hilfen, auch auf Türkisch.",
			Description: "Wir beraten Sie und Ihre Angehörigen.\n\n- Pflegegrad\n- Entlastung", OrganizationID: f.Orgs[0].ID,
			TermIDs:   []string{f.Terms["care"].ID, f.Terms["seniors"].ID, f.Terms["walk-in"].ID},
			Languages: []directory.Language{{Code: "de"}, {Code: "tr"}}, Locations: []directory.ServiceAtLocation{{LocationID: f.Locations[0].ID}},
			ApplicationProcess: "Kommen Sie in die offene Sprechstunde oder rufen Sie an."},
		{Name: "Wohnberatung", Summary: "Hilfe beim Umbau der Wohnung.", Description: "Wir kommen zu Ihnen nach Hause.",
			OrganizationID: f.Orgs[0].ID, TermIDs: []string{f.Terms["care"].ID, f.Terms["appointment"].ID},
			Languages: []directory.Language{{Code: "de"}}, Locations: []directory.ServiceAtLocation{{LocationID: f.Locations[0].ID}},
			FeesDescription: "Erstberatung kostenlos, Hausbesuch 20 Euro."},
		{Name: "Hausaufgabenhilfe", Summary: "Hilfe bei Hausaufgaben für Kinder.", Description: "Jeden Nachmittag.",
			OrganizationID: f.Orgs[1].ID, TermIDs: []string{f.Terms["families"].ID, f.Terms["counselling"].ID},
			Languages: []directory.Language{{Code: "de"}, {Code: "tr"}, {Code: "ar"}}, Locations: []directory.ServiceAtLocation{{LocationID: f.Locations[1].ID}}},
		{Name: "Archiviertes Angebot", Summary: "Gibt es nicht mehr.", Description: "Alt.", OrganizationID: f.Orgs[1].ID,
			Locations: []directory.ServiceAtLocation{{LocationID: f.Locations[1].ID}}},
	}
	for i := range services {
		sv := services[i]
		sv.RegionID = f.Region.ID
		if i == 0 || i == 2 {
			sv.SetFree(true)
		}
		must(t, s.SaveService(ctx, sys, &sv))
		f.Services = append(f.Services, sv)
	}
	must(t, s.ArchiveService(ctx, sys, f.Region.ID, f.Services[3].ID))
	c := directory.Contact{RegionID: f.Region.ID, ServiceID: f.Services[0].ID, Name: "Pflegeberatung", Email: "pflege@example.org",
		Phones: []directory.Phone{{Number: "02365 99 1234", Languages: []string{"de", "tr"}}}}
	must(t, s.SaveContact(ctx, sys, &c))
	p, err := s.PageBySlug(ctx, f.Region.ID, directory.PageImprint)
	must(t, err)
	f.Page = p
	return f
}

// CreateUser adds a user to a region and returns the password.
func (h *Harness) CreateUser(region directory.Region, email, role string) (auth.User, string) {
	h.T.Helper()
	pw := "correct horse battery staple"
	u := auth.User{RegionID: region.ID, Email: email, Role: role, Name: strings.Split(email, "@")[0]}
	must(h.T, h.Store.CreateUser(context.Background(), audit.System, &u, pw))
	return u, pw
}

// Client returns an HTTP client with a cookie jar that does not follow
// redirects, so tests see each response.
func (h *Harness) Client() *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, Timeout: 30 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	}}
}

// Get fetches a path and returns the response with its body read.
func (h *Harness) Get(c *http.Client, path string) (*http.Response, string) {
	h.T.Helper()
	req, err := http.NewRequest(http.MethodGet, h.URL+path, nil)
	must(h.T, err)
	return h.Do(c, req)
}

// PostForm posts a form as a same-origin browser would (with Origin and
// Sec-Fetch-Site headers, which the cross-origin protection checks).
func (h *Harness) PostForm(c *http.Client, path string, form url.Values) (*http.Response, string) {
	h.T.Helper()
	req, err := http.NewRequest(http.MethodPost, h.URL+path, strings.NewReader(form.Encode()))
	must(h.T, err)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", h.URL)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	return h.Do(c, req)
}

// Do sends a request and reads the whole body.
func (h *Harness) Do(c *http.Client, req *http.Request) (*http.Response, string) {
	h.T.Helper()
	if c == nil {
		c = h.Client()
	}
	res, err := c.Do(req)
	must(h.T, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	must(h.T, err)
	return res, string(b)
}

// Refresh brings the offer index up to date, as the poller would.
func (h *Harness) Refresh() {
	h.T.Helper()
	for _, r := range []directory.Region{h.A.Region, h.B.Region} {
		must(h.T, h.Env.Index.Refresh(context.Background(), r.ID))
	}
}
