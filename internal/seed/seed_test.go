package seed_test

import (
	"context"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/seed"
	"github.com/lotse/lotse/internal/store"
	"github.com/lotse/lotse/internal/testdb"
)

// allServices returns every offer of a region with its details.
func allServices(t *testing.T, s *store.Store, regionID string) []directory.Service {
	t.Helper()
	var out []directory.Service
	for offset := 0; ; offset += 1000 {
		page, total, err := s.Services(context.Background(), regionID, store.ListFilter{Limit: 1000, Offset: offset})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, page...)
		if len(out) >= total || len(page) == 0 {
			return out
		}
	}
}

// seedDemo runs Demo on a fresh database and fails the test on error.
func seedDemo(t *testing.T) (*store.Store, directory.Region) {
	t.Helper()
	s := testdb.Open(t)
	r, created, err := seed.Demo(context.Background(), s)
	if err != nil {
		t.Fatalf("Demo: %v", err)
	}
	if !created {
		t.Fatal("Demo on an empty database reported the region as existing")
	}
	return s, r
}

// TestDemo seeds one database and checks the demo region from several
// sides; seeding takes most of the time, so the checks share it.
func TestDemo(t *testing.T) {
	s, r := seedDemo(t)
	for _, c := range []struct {
		name  string
		check func(*testing.T, *store.Store, directory.Region)
	}{
		{"content", checkContent},
		{"contact data", checkContactData},
		{"pages", checkPages},
		{"deterministic", checkDeterministic},
		{"idempotent", checkIdempotent},
		{"translation statuses", checkTranslationStatuses},
		{"translated offers", checkTranslatedOffers},
		{"translated terms", checkTranslatedTerms},
		{"translated pages", checkTranslatedPages},
	} {
		t.Run(c.name, func(t *testing.T) { c.check(t, s, r) })
	}
}

func checkIdempotent(t *testing.T, s *store.Store, r directory.Region) {
	ctx := context.Background()
	if r.Slug != seed.DemoSlug || r.Name != "Kreis Recklinghausen" || !slices.Equal(r.Languages, seed.DemoLanguages) {
		t.Errorf("region = %+v", r)
	}
	before := len(allServices(t, s, r.ID))
	again, created, err := seed.Demo(ctx, s)
	if err != nil {
		t.Fatalf("second Demo: %v", err)
	}
	if created || again.ID != r.ID {
		t.Errorf("second Demo = (%s, %v), want (%s, false)", again.ID, created, r.ID)
	}
	if got := len(allServices(t, s, r.ID)); got != before {
		t.Errorf("offers after second Demo = %d, want %d", got, before)
	}
}

func checkContent(t *testing.T, s *store.Store, r directory.Region) {
	ctx := context.Background()
	svcs := allServices(t, s, r.ID)
	if len(svcs) < 150 {
		t.Errorf("offers = %d, want at least 150", len(svcs))
	}

	towns, err := s.Towns(ctx, r.ID, false)
	if err != nil {
		t.Fatal(err)
	}
	wantTowns := []string{"Castrop-Rauxel", "Datteln", "Dorsten", "Gladbeck", "Haltern am See", "Herten", "Marl", "Oer-Erkenschwick", "Recklinghausen", "Waltrop"}
	var gotTowns []string
	townName := map[string]string{}
	for _, tw := range towns {
		gotTowns = append(gotTowns, tw.Name)
		townName[tw.ID] = tw.Name
	}
	if !slices.Equal(gotTowns, wantTowns) {
		t.Errorf("towns = %v, want %v", gotTowns, wantTowns)
	}

	needsTax, err := s.TaxonomyBySlug(ctx, r.ID, directory.TaxNeeds)
	if err != nil {
		t.Fatal(err)
	}
	needs, err := s.Terms(ctx, r.ID, store.TermFilter{TaxonomyID: needsTax.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(needs) < 20 {
		t.Errorf("needs = %d, want at least 20", len(needs))
	}
	groupsTax, err := s.TaxonomyBySlug(ctx, r.ID, directory.TaxTargetGroups)
	if err != nil {
		t.Fatal(err)
	}
	groups, err := s.Terms(ctx, r.ID, store.TermFilter{TaxonomyID: groupsTax.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(groups) < 11 {
		t.Errorf("target groups = %d, want at least 11", len(groups))
	}

	perTown := map[string]int{}
	perNeed := map[string]int{}
	langs := map[string]bool{}
	closed, exceptions, paid := 0, 0, 0
	for _, sv := range svcs {
		if sv.Organization == nil || sv.Organization.ID != sv.OrganizationID {
			t.Errorf("offer %q has no organisation", sv.Name)
		}
		if strings.TrimSpace(sv.Summary) == "" {
			t.Errorf("offer %q has no summary", sv.Name)
		}
		for _, text := range []string{sv.Name, sv.Summary, sv.Description, sv.ApplicationProcess} {
			if strings.ContainsAny(text, "{}") {
				t.Errorf("offer %q has a template placeholder left: %q", sv.Name, text)
			}
		}
		if len(sv.Locations) == 0 {
			t.Errorf("offer %q has no location", sv.Name)
		}
		seen := map[string]bool{}
		for _, sal := range sv.Locations {
			l := sal.Location
			if l == nil || l.Town == nil || l.PhysicalAddress() == nil || l.PhysicalAddress().Address1 == "" || !l.HasCoordinates() {
				t.Errorf("offer %q: location %+v lacks town, address or coordinates", sv.Name, l)
				continue
			}
			if !seen[l.TownID] {
				perTown[townName[l.TownID]]++
				seen[l.TownID] = true
			}
		}
		for _, id := range sv.TermIDs {
			perNeed[id]++
		}
		for _, l := range sv.Languages {
			langs[l.Code] = true
		}
		if sv.Status == directory.StatusTemporarilyClosed {
			closed++
		}
		if !sv.Free() {
			paid++
		}
		for _, sc := range sv.Schedules {
			if sc.IsException() && sc.Closed {
				exceptions++
			}
		}
	}
	for _, name := range wantTowns {
		if perTown[name] < 8 {
			t.Errorf("offers in %s = %d, want at least 8", name, perTown[name])
		}
	}
	for _, n := range needs {
		if perNeed[n.ID] < 4 {
			t.Errorf("offers for need %s = %d, want at least 4", n.Code, perNeed[n.ID])
		}
	}
	delete(langs, "de")
	if len(langs) < 8 {
		t.Errorf("languages besides German = %d, want at least 8", len(langs))
	}
	for _, code := range []string{"tr", "ar", "ru", "pl", "uk", "fa", "prs", "ro", "bg", "ku"} {
		if !langs[code] {
			t.Errorf("no offer held in %s", code)
		}
	}
	if closed == 0 || exceptions == 0 || paid == 0 {
		t.Errorf("temporarily closed = %d, holiday closures = %d, offers with a fee = %d; want some of each", closed, exceptions, paid)
	}
	t.Logf("%d offers, %d languages besides German, per town %v", len(svcs), len(langs), perTown)
}

// checkContactData checks that no real person or organisation could be
// reached through the invented data: every e-mail address and website of
// a partner lives under example.org or example.com, and every phone
// number is valid.
func checkContactData(t *testing.T, s *store.Store, r directory.Region) {
	ctx := context.Background()
	orgs, _, err := s.Organizations(ctx, r.ID, store.ListFilter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	real := map[string]bool{} // the Kreis and its integration centre
	for _, o := range orgs {
		if o.Name == "Kreis Recklinghausen" || o.Name == "Kommunales Integrationszentrum Kreis Recklinghausen" {
			real[o.ID] = true
		}
	}
	if len(real) != 2 {
		t.Fatalf("found %d of the Kreis and its integration centre, want 2", len(real))
	}
	invented := func(host string) bool {
		host = strings.ToLower(host)
		return host == "example.org" || host == "example.com" || strings.HasSuffix(host, ".example.org") || strings.HasSuffix(host, ".example.com")
	}
	checkEmail := func(owner, orgID, email string) {
		t.Helper()
		if email == "" {
			return
		}
		if !directory.ValidEmail(email) {
			t.Errorf("%s: invalid e-mail %q", owner, email)
		}
		if !real[orgID] && !invented(email[strings.LastIndexByte(email, '@')+1:]) {
			t.Errorf("%s: e-mail %q outside example.org/example.com", owner, email)
		}
	}
	checkURL := func(owner, orgID, u string) {
		t.Helper()
		if u == "" {
			return
		}
		if !directory.ValidWebURL(u) {
			t.Errorf("%s: invalid URL %q", owner, u)
		}
		host := strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
		host, _, _ = strings.Cut(host, "/")
		if !real[orgID] && !invented(host) {
			t.Errorf("%s: website %q outside example.org/example.com", owner, u)
		}
	}
	for _, o := range orgs {
		checkEmail(o.Name, o.ID, o.Email)
		checkURL(o.Name, o.ID, o.Website)
	}
	svcOrg := map[string]string{}
	for _, sv := range allServices(t, s, r.ID) {
		svcOrg[sv.ID] = sv.OrganizationID
		checkEmail(sv.Name, sv.OrganizationID, sv.Email)
		checkURL(sv.Name, sv.OrganizationID, sv.URL)
	}
	contacts, err := s.Contacts(ctx, r.ID, store.ContactFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(contacts) < 50 {
		t.Errorf("contacts = %d, want at least 50", len(contacts))
	}
	phones := map[string]string{}
	for _, c := range contacts {
		orgID := c.OrganizationID
		if orgID == "" {
			orgID = svcOrg[c.ServiceID]
		}
		checkEmail(c.Name, orgID, c.Email)
		for _, p := range c.Phones {
			if !directory.ValidPhone(p.Number) {
				t.Errorf("%s: invalid phone %q", c.Name, p.Number)
			}
			if other, dup := phones[p.Number]; dup {
				t.Errorf("phone %q given to %s and %s", p.Number, other, c.Name)
			}
			phones[p.Number] = c.Name
			// Only the integration centre has real numbers; all others are
			// the Bundesnetzagentur's drama numbers of Köln.
			if !real[orgID] && !strings.HasPrefix(p.Number, "0221 4710 ") {
				t.Errorf("%s: phone %q is not a drama number", c.Name, p.Number)
			}
		}
	}
}

func checkPages(t *testing.T, s *store.Store, r directory.Region) {
	ctx := context.Background()
	for _, slug := range []string{directory.PageImprint, directory.PagePrivacy} {
		p, err := s.PageBySlug(ctx, r.ID, slug)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(p.Body, "Demo-Installation") || !strings.Contains(p.Body, "erfunden") {
			t.Errorf("page %s does not say it is a demo with invented data:\n%s", slug, p.Body)
		}
	}
	if stored, err := s.Region(ctx, r.ID); err != nil || !stored.Demo {
		t.Errorf("the demo region is not marked Demo (err %v), so the site shows no demo banner", err)
	}
}

// checkDeterministic seeds a second database and compares.
func checkDeterministic(t *testing.T, s1 *store.Store, r directory.Region) {
	if r.ID != seed.RegionID(seed.DemoSlug) {
		t.Errorf("region id = %s, want %s", r.ID, seed.RegionID(seed.DemoSlug))
	}
	s2, _ := seedDemo(t)
	a, b := allServices(t, s1, r.ID), allServices(t, s2, r.ID)
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("offers = %d and %d, want equal and non-zero", len(a), len(b))
	}
	for i := range a {
		if a[i].ID != b[i].ID || a[i].Name != b[i].Name || a[i].Description != b[i].Description ||
			!slices.Equal(a[i].TermIDs, b[i].TermIDs) || len(a[i].Schedules) != len(b[i].Schedules) {
			t.Errorf("offer %d differs between runs: %q (%s) vs %q (%s)", i, a[i].Name, a[i].ID, b[i].Name, b[i].ID)
		}
	}
}

func TestSynthetic(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name string
		prep func(t *testing.T, s *store.Store) string // returns the region slug
	}{
		{"new region", func(t *testing.T, s *store.Store) string { return "bench" }},
		{"demo region", func(t *testing.T, s *store.Store) string {
			if _, _, err := seed.Demo(ctx, s); err != nil {
				t.Fatal(err)
			}
			return seed.DemoSlug
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := testdb.Open(t)
			slug := tt.prep(t, s)
			before := 0
			if r, err := s.RegionBySlug(ctx, slug); err == nil {
				before = len(allServices(t, s, r.ID))
			}
			var reported []int
			if err := seed.Synthetic(ctx, s, slug, 500, func(done int) { reported = append(reported, done) }); err != nil {
				t.Fatalf("Synthetic: %v", err)
			}
			r, err := s.RegionBySlug(ctx, slug)
			if err != nil {
				t.Fatal(err)
			}
			svcs := allServices(t, s, r.ID)
			if got, want := len(svcs)-before, 500; got != want {
				t.Errorf("Synthetic added %d offers, want %d", got, want)
			}
			if len(reported) == 0 || reported[len(reported)-1] != 500 {
				t.Errorf("progress reports = %v, want them to end at 500", reported)
			}
			loaded := 0
			for _, sv := range svcs {
				full, err := s.Service(ctx, r.ID, sv.ID)
				if err != nil {
					t.Fatalf("load offer %s: %v", sv.ID, err)
				}
				if full.Organization == nil || len(full.Locations) == 0 || full.Summary == "" || len(full.Languages) == 0 || len(full.TermIDs) < 2 {
					t.Errorf("synthetic offer lacks details: %+v", full)
				}
				loaded++
			}
			if loaded != len(svcs) {
				t.Errorf("loaded %d of %d offers", loaded, len(svcs))
			}
		})
	}
}

// TestSyntheticLarge loads LOTSE_SYNTHETIC offers (e.g. 100000) and logs
// how long it took. It is for measuring by hand and skipped by default:
//
//	LOTSE_SYNTHETIC=100000 go test -run SyntheticLarge -v -timeout 30m ./internal/seed/
func TestSyntheticLarge(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("LOTSE_SYNTHETIC"))
	if n <= 0 {
		t.Skip("set LOTSE_SYNTHETIC to the number of offers to load")
	}
	ctx := context.Background()
	s := testdb.Open(t)
	start := time.Now()
	if _, _, err := seed.Demo(ctx, s); err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: Demo took %v", s.Dialect(), time.Since(start))
	start = time.Now()
	last := time.Now()
	err := seed.Synthetic(ctx, s, "bench", n, func(done int) {
		if time.Since(last) > 10*time.Second {
			t.Logf("%d offers after %v", done, time.Since(start))
			last = time.Now()
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: Synthetic with %d offers took %v", s.Dialect(), n, time.Since(start))
	r, err := s.RegionBySlug(ctx, "bench")
	if err != nil {
		t.Fatal(err)
	}
	start = time.Now()
	facets, _, err := s.ServiceFacets(ctx, r.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(facets) != n {
		t.Errorf("facets = %d, want %d", len(facets), n)
	}
	t.Logf("%s: ServiceFacets for %d offers took %v", s.Dialect(), len(facets), time.Since(start))
}
