package storetest

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
	"github.com/lotse/lotse/internal/testdb"
)

// The write load of the concurrency tests: workers × cycles × 5 writes.
// Each cycle of a worker creates an offer, updates it twice, saves one
// of two shared organisations (whose offers every worker is writing at
// the same time), and then archives its offer (even cycles) or updates
// it once more (odd cycles).
const (
	workers = 8
	cycles  = 5
)

// hammer runs the write load against the fixture's region, worker w
// writing through stores[w % len(stores)], and checks that no write
// failed and that the outcome is exact.
func hammer(t *testing.T, f *fx, stores []*store.Store) {
	t.Helper()
	orgs := []directory.Organization{f.saveOrg("AWO"), f.saveOrg("Caritas")}
	loc := f.saveLocation("Begegnungszentrum")
	term := f.saveTerm(directory.TaxNeeds, "Pflege")
	before := f.mark()

	ctx := f.ctx
	errs := make(chan error, workers*cycles*5)
	ready := make(chan struct{})
	var wg sync.WaitGroup
	for w := range workers {
		s := stores[w%len(stores)]
		actor := audit.Actor{UserID: directory.NewID(), Email: fmt.Sprintf("worker%d@kreis-re.example", w)}
		wg.Go(func() {
			<-ready
			fail := func(what string, err error) { errs <- fmt.Errorf("worker %d: %s: %w", w, what, err) }
			for c := range cycles {
				sv := directory.Service{RegionID: f.r.ID, OrganizationID: orgs[w%2].ID, Name: fmt.Sprintf("Angebot %d-%d", w, c),
					Description: "Last", TermIDs: []string{term.ID}, Languages: []directory.Language{{Code: "de"}},
					Locations: []directory.ServiceAtLocation{{LocationID: loc.ID}}}
				if err := s.SaveService(ctx, actor, &sv); err != nil {
					fail("create service", err)
					return
				}
				for i := range 2 {
					sv.Summary = fmt.Sprintf("Fassung %d", i+2)
					if err := s.SaveService(ctx, actor, &sv); err != nil {
						fail("update service", err)
						return
					}
				}
				o := orgs[w%2]
				o.Ver, o.Description = 0, fmt.Sprintf("zuletzt von Arbeiter %d in Runde %d", w, c)
				if err := s.SaveOrganization(ctx, actor, &o); err != nil {
					fail("save organization", err)
					return
				}
				var err error
				if c%2 == 0 {
					err = s.ArchiveService(ctx, actor, f.r.ID, sv.ID)
				} else {
					sv.Alert = "zuletzt geändert"
					err = s.SaveService(ctx, actor, &sv)
				}
				if err != nil {
					fail("archive or update service", err)
					return
				}
			}
		})
	}
	close(ready)
	wg.Wait()
	close(errs)
	for err := range errs {
		if msg := err.Error(); strings.Contains(msg, "locked") || strings.Contains(msg, "BUSY") || strings.Contains(msg, "deadlock") {
			t.Errorf("concurrent writers collided: %v", err)
		} else {
			t.Errorf("concurrent write failed: %v", err)
		}
	}
	if t.Failed() {
		return
	}

	const services = workers * cycles
	archivedPerWorker := (cycles + 1) / 2
	for i, s := range stores {
		g := *f
		g.s = s
		after := g.mark()
		if got, want := after.audit-before.audit, workers*cycles*5; got != want {
			t.Errorf("store %d: %d new audit entries, want %d", i, got, want)
		}
		if got, want := after.revision-before.revision, int64(workers*cycles*5); got != want {
			t.Errorf("store %d: revision grew by %d, want %d (one per write)", i, got, want)
		}
		for _, tc := range []struct {
			archived store.Archived
			want     int
		}{
			{store.Current, services - workers*archivedPerWorker},
			{store.ArchivedOnly, workers * archivedPerWorker},
		} {
			list, total, err := s.Services(ctx, f.r.ID, store.ListFilter{Archived: tc.archived, Limit: 1000})
			if err != nil || total != tc.want || len(list) != tc.want {
				t.Errorf("store %d: Services(%v) = %d (total %d), %v; want %d", i, tc.archived, len(list), total, err, tc.want)
			}
			for _, sv := range list {
				if sv.Ver != 4 || len(sv.TermIDs) != 1 || len(sv.Locations) != 1 || len(sv.Languages) != 1 {
					t.Errorf("store %d: offer %s = version %d, %d terms, %d locations, %d languages; want 4, 1, 1, 1",
						i, sv.Name, sv.Ver, len(sv.TermIDs), len(sv.Locations), len(sv.Languages))
				}
			}
		}
		for _, o := range orgs {
			got, err := s.Organization(ctx, f.r.ID, o.ID)
			if want := 1 + workers*cycles/2; err != nil || got.Ver != want {
				t.Errorf("store %d: organisation %s at version %d, %v; want %d (one per save)", i, o.Name, got.Ver, err, want)
			}
		}
		counts := map[string]int{}
		for _, e := range g.auditLog()[:after.audit-before.audit] {
			counts[e.EntityType+" "+e.Action]++
		}
		check(t, fmt.Sprintf("store %d: audit entries by kind", i), counts, map[string]int{
			"service create":      services,
			"service update":      services*2 + workers*(cycles-archivedPerWorker),
			"service archive":     workers * archivedPerWorker,
			"organization update": workers * cycles,
		})
		facets, _, err := s.ServiceFacets(ctx, f.r.ID, 0)
		hidden := 0
		for _, fc := range facets {
			if fc.Hidden {
				hidden++
			}
		}
		if err != nil || len(facets) != services || hidden != workers*archivedPerWorker {
			t.Errorf("store %d: %d facets, %d hidden, %v; want %d and %d", i, len(facets), hidden, err, services, workers*archivedPerWorker)
		}
	}
}

func testConcurrentWriters(t *testing.T, open Opener) {
	f := setup(t, open)
	hammer(t, f, []*store.Store{f.s})
}

// testConcurrentStaleSaves sends editors who all loaded the same version
// of a record at once: exactly one wins, the others get a conflict, and
// nothing of the losers' changes is kept.
func testConcurrentStaleSaves(t *testing.T, open Opener) {
	f := setup(t, open)
	org := f.saveOrg("AWO")
	loc := f.saveLocation("Büro")
	sv := f.saveService(org.ID, "Sprachcafé", func(s *directory.Service) {
		s.Languages = []directory.Language{{Code: "de"}}
		s.Locations = []directory.ServiceAtLocation{{LocationID: loc.ID}}
	})
	langs := []string{"tr", "ar", "ru", "pl", "uk", "ro", "bg", "fa"}
	for _, kind := range []string{"organization", "service"} {
		m := f.mark()
		ready := make(chan struct{})
		results := make([]error, len(langs))
		var wg sync.WaitGroup
		for i, lang := range langs {
			wg.Go(func() {
				<-ready
				switch kind {
				case "organization":
					o := org
					o.Name = "Fassung " + lang
					results[i] = f.s.SaveOrganization(context.Background(), f.actor, &o)
				case "service":
					s := sv
					s.Name, s.Languages = "Fassung "+lang, []directory.Language{{Code: lang}, {Code: "de"}}
					results[i] = f.s.SaveService(context.Background(), f.actor, &s)
				}
			})
		}
		close(ready)
		wg.Wait()
		winner := ""
		for i, err := range results {
			switch directory.ErrorCode(err) {
			case "":
				if winner != "" {
					t.Errorf("%s: both %s and %s saved over version 1: one change is lost", kind, winner, langs[i])
				}
				winner = langs[i]
			case directory.ECONFLICT:
			default:
				t.Errorf("%s: save %s: %v, want success or ECONFLICT", kind, langs[i], err)
			}
		}
		if winner == "" {
			t.Fatalf("%s: no save won", kind)
		}
		after := f.mark()
		if after.audit != m.audit+1 || after.revision <= m.revision {
			t.Errorf("%s: %d audit entries written, want 1", kind, after.audit-m.audit)
		}
		switch kind {
		case "organization":
			got, _ := f.s.Organization(f.ctx, f.r.ID, org.ID)
			if got.Ver != 2 || got.Name != "Fassung "+winner {
				t.Errorf("organisation = version %d %q, want version 2 %q", got.Ver, got.Name, "Fassung "+winner)
			}
		case "service":
			got, _ := f.s.Service(f.ctx, f.r.ID, sv.ID)
			if got.Ver != 2 || got.Name != "Fassung "+winner {
				t.Errorf("service = version %d %q, want version 2 %q", got.Ver, got.Name, "Fassung "+winner)
			}
			check(t, "languages of the winning save", got.LanguageCodes(), []string{winner, "de"})
		}
	}
}

// testTwoStoresOneDatabase runs two stores on one database, as two
// processes (a second instance, or the command line next to the server)
// do: they migrate at the same time and then write at the same time.
func testTwoStoresOneDatabase(t *testing.T, _ Opener) {
	ctx := t.Context()
	dsn := testdb.DSN(t)
	openStore := func() *store.Store {
		s, err := store.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	s1, s2 := openStore(), openStore()
	pending, err := s1.Pending(ctx)
	if err != nil || pending == 0 {
		t.Fatalf("Pending on an empty database = %d, %v; want the number of migrations", pending, err)
	}
	var n1, n2 int
	var err1, err2 error
	var wg sync.WaitGroup
	wg.Go(func() { n1, err1 = s1.Migrate(ctx) })
	wg.Go(func() { n2, err2 = s2.Migrate(ctx) })
	wg.Wait()
	if err1 != nil || err2 != nil || n1+n2 != pending {
		t.Fatalf("concurrent Migrate = %d, %v and %d, %v; want %d migrations applied once", n1, err1, n2, err2, pending)
	}
	for i, s := range []*store.Store{s1, s2} {
		if n, err := s.Pending(ctx); err != nil || n != 0 {
			t.Errorf("store %d: Pending after Migrate = %d, %v", i+1, n, err)
		}
	}

	c := &clock{now: start}
	s1.Now, s2.Now = c.Now, c.Now
	f := &fx{t: t, ctx: ctx, s: s1, clock: c, actor: audit.Actor{UserID: directory.NewID(), Email: "staff@kreis-re.example"}}
	f = f.region("kreis-re")
	hammer(t, f, []*store.Store{s1, s2})
}
