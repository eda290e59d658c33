package storetest

import (
	"slices"
	"strings"
	"testing"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

// facets fetches the facets changed since revision since, sorted by id
// with their lists sorted, so that they compare regardless of order.
func (f *fx) facets(since int64) ([]store.ServiceFacets, int64) {
	f.t.Helper()
	fs, rev, err := f.s.ServiceFacets(f.ctx, f.r.ID, since)
	if err != nil {
		f.t.Fatalf("ServiceFacets(%d): %v", since, err)
	}
	for i := range fs {
		if fs[i].Revision <= since || fs[i].Revision > rev {
			f.t.Errorf("facets of %s carry revision %d, want in (%d, %d]", fs[i].Name, fs[i].Revision, since, rev)
		}
		fs[i].Revision = 0
		fs[i].TownIDs, fs[i].TermIDs = sorted(fs[i].TownIDs), sorted(fs[i].TermIDs)
		if fs[i].Langs == nil {
			fs[i].Langs = []string{}
		}
	}
	slices.SortFunc(fs, func(a, b store.ServiceFacets) int { return strings.Compare(a.ID, b.ID) })
	if fs == nil {
		fs = []store.ServiceFacets{}
	}
	return fs, rev
}

func wantFacets(ws ...store.ServiceFacets) []store.ServiceFacets {
	out := []store.ServiceFacets{}
	for _, w := range ws {
		w.TownIDs, w.TermIDs = sorted(w.TownIDs), sorted(w.TermIDs)
		if w.Langs == nil {
			w.Langs = []string{}
		}
		if w.Status == "" {
			w.Status = directory.StatusActive
		}
		out = append(out, w)
	}
	slices.SortFunc(out, func(a, b store.ServiceFacets) int { return strings.Compare(a.ID, b.ID) })
	return out
}

func testServiceFacets(t *testing.T, open Opener) {
	f := setup(t, open)
	if fs, rev := f.facets(0); len(fs) != 0 || rev != f.revision() {
		t.Errorf("facets of an empty region = %+v at %d", fs, rev)
	}
	marl := f.saveTown("Marl", "45768")
	dorsten := f.saveTown("Dorsten", "46282")
	caritas := f.saveOrg("Caritas")
	awo := f.saveOrg("AWO")
	l1 := f.saveLocation("In Marl", func(l *directory.Location) { l.TownID = marl.ID })
	l2 := f.saveLocation("In Dorsten", func(l *directory.Location) { l.TownID = dorsten.ID })
	l3 := f.saveLocation("Ohne Ort")
	care := f.saveTerm(directory.TaxNeeds, "Pflege")
	phone := f.termID(directory.TaxAccess, directory.AccessPhone)
	at := func(ls ...directory.Location) []directory.ServiceAtLocation {
		var out []directory.ServiceAtLocation
		for _, l := range ls {
			out = append(out, directory.ServiceAtLocation{LocationID: l.ID})
		}
		return out
	}
	s1 := f.saveService(caritas.ID, "Pflegeberatung", func(s *directory.Service) {
		s.Locations, s.TermIDs = at(l1), []string{care.ID, phone}
		s.Languages = []directory.Language{{Code: "tr"}, {Code: "de"}}
		s.SetFree(true)
	})
	s2 := f.saveService(awo.ID, "Sprachkurs", func(s *directory.Service) {
		s.Locations = at(l1, l2, l3)
		s.Languages = []directory.Language{{Code: "ar"}}
		s.CostOptions = []directory.CostOption{{Option: "Anmeldung", Amount: ptr(0.0)}, {Option: "Kurs", Amount: ptr(40.0)}}
	})
	s3 := f.saveService(awo.ID, "Archiviertes Angebot", func(s *directory.Service) {
		s.Status = directory.StatusInactive
		s.CostOptions = []directory.CostOption{{Option: "Spende"}}
	})
	if err := f.s.ArchiveService(f.ctx, f.actor, f.r.ID, s3.ID); err != nil {
		t.Fatal(err)
	}
	f1 := store.ServiceFacets{ID: s1.ID, Name: s1.Name, OrganizationID: caritas.ID, TownIDs: []string{marl.ID}, TermIDs: []string{care.ID, phone},
		Langs: []string{"tr", "de"}, Free: true}
	f2 := store.ServiceFacets{ID: s2.ID, Name: s2.Name, OrganizationID: awo.ID, TownIDs: []string{marl.ID, dorsten.ID}, Langs: []string{"ar"}}
	f3 := store.ServiceFacets{ID: s3.ID, Name: s3.Name, OrganizationID: awo.ID, Status: directory.StatusInactive, Hidden: true}

	got, rev := f.facets(0)
	check(t, "full facets", got, wantFacets(f1, f2, f3))
	if rev != f.revision() {
		t.Errorf("ServiceFacets reports revision %d, the region is at %d", rev, f.revision())
	}

	// Nothing changed: nothing to fetch.
	if got, again := f.facets(rev); len(got) != 0 || again != rev {
		t.Errorf("facets since %d with no change = %+v at %d", rev, got, again)
	}

	// A location moving to another town changes the offers held there.
	moved := l2
	moved.TownID = marl.ID
	if err := f.s.SaveLocation(f.ctx, f.actor, &moved); err != nil {
		t.Fatal(err)
	}
	f2.TownIDs = []string{marl.ID}
	got, rev2 := f.facets(rev)
	check(t, "facets after a location moved town", got, wantFacets(f2))
	if rev2 <= rev {
		t.Errorf("revision after a change: %d, want more than %d", rev2, rev)
	}

	// Archiving an organisation hides its offers.
	if err := f.s.ArchiveOrganization(f.ctx, f.actor, f.r.ID, caritas.ID); err != nil {
		t.Fatal(err)
	}
	f1.Hidden = true
	got, rev3 := f.facets(rev2)
	check(t, "facets after an organisation was archived", got, wantFacets(f1))

	// A change that no offer depends on brings none.
	f.saveContact("Zentrale", func(c *directory.Contact) { c.OrganizationID = awo.ID })
	got, rev4 := f.facets(rev3)
	check(t, "facets after a contact was saved", got, wantFacets())
	if rev4 <= rev3 {
		t.Errorf("revision after saving a contact: %d, want more than %d", rev4, rev3)
	}

	// An archived location no longer places offers in its town.
	if err := f.s.ArchiveLocation(f.ctx, f.actor, f.r.ID, l1.ID); err != nil {
		t.Fatal(err)
	}
	f1.TownIDs = nil
	got, rev5 := f.facets(rev4)
	check(t, "facets after a location was archived", got, wantFacets(f1, f2))

	// Renaming an organisation or restoring it reaches its offers too.
	if err := f.s.RestoreOrganization(f.ctx, f.actor, f.r.ID, caritas.ID); err != nil {
		t.Fatal(err)
	}
	f1.Hidden = false
	got, rev6 := f.facets(rev5)
	check(t, "facets after an organisation was restored", got, wantFacets(f1))
	renamed, _ := f.s.Organization(f.ctx, f.r.ID, awo.ID)
	renamed.Name = "AWO Unterbezirk"
	if err := f.s.SaveOrganization(f.ctx, f.actor, &renamed); err != nil {
		t.Fatal(err)
	}
	got, rev7 := f.facets(rev6)
	check(t, "facets after an organisation was renamed", got, wantFacets(f2, f3))

	// An offer's own change, and restoring it.
	if err := f.s.RestoreService(f.ctx, f.actor, f.r.ID, s3.ID); err != nil {
		t.Fatal(err)
	}
	f3.Hidden = false
	got, _ = f.facets(rev7)
	check(t, "facets after an offer was restored", got, wantFacets(f3))

	// The full load agrees with the sum of the increments.
	got, _ = f.facets(0)
	check(t, "full facets at the end", got, wantFacets(f1, f2, f3))
}

func testRevision(t *testing.T, open Opener) {
	f := setup(t, open)
	var town directory.Town
	var org directory.Organization
	var loc directory.Location
	var svc directory.Service
	var term directory.Term
	var contact directory.Contact
	for _, step := range []struct {
		name string
		run  func() error
	}{
		{"save town", func() error { town = f.saveTown("Marl", "45768"); return nil }},
		{"save term", func() error { term = f.saveTerm(directory.TaxNeeds, "Pflege"); return nil }},
		{"save organisation", func() error { org = f.saveOrg("AWO"); return nil }},
		{"save location", func() error {
			loc = f.saveLocation("Büro", func(l *directory.Location) { l.TownID = town.ID })
			return nil
		}},
		{"save service", func() error {
			svc = f.saveService(org.ID, "Beratung", func(s *directory.Service) {
				s.Locations = []directory.ServiceAtLocation{{LocationID: loc.ID}}
				s.TermIDs = []string{term.ID}
			})
			return nil
		}},
		{"save contact", func() error {
			contact = f.saveContact("Team", func(c *directory.Contact) { c.ServiceID = svc.ID })
			return nil
		}},
		{"archive service", func() error { return f.s.ArchiveService(f.ctx, f.actor, f.r.ID, svc.ID) }},
		{"restore service", func() error { return f.s.RestoreService(f.ctx, f.actor, f.r.ID, svc.ID) }},
		{"archive organisation", func() error { return f.s.ArchiveOrganization(f.ctx, f.actor, f.r.ID, org.ID) }},
		{"restore organisation", func() error { return f.s.RestoreOrganization(f.ctx, f.actor, f.r.ID, org.ID) }},
		{"archive location", func() error { return f.s.ArchiveLocation(f.ctx, f.actor, f.r.ID, loc.ID) }},
		{"restore location", func() error { return f.s.RestoreLocation(f.ctx, f.actor, f.r.ID, loc.ID) }},
		{"archive term", func() error { return f.s.ArchiveTerm(f.ctx, f.actor, f.r.ID, term.ID) }},
		{"restore term", func() error { return f.s.RestoreTerm(f.ctx, f.actor, f.r.ID, term.ID) }},
		{"archive town", func() error { return f.s.ArchiveTown(f.ctx, f.actor, f.r.ID, town.ID) }},
		{"restore town", func() error { return f.s.RestoreTown(f.ctx, f.actor, f.r.ID, town.ID) }},
		{"archive contact", func() error { return f.s.ArchiveContact(f.ctx, f.actor, f.r.ID, contact.ID) }},
		{"restore contact", func() error { return f.s.RestoreContact(f.ctx, f.actor, f.r.ID, contact.ID) }},
	} {
		before := f.revision()
		if err := step.run(); err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		if after := f.revision(); after <= before {
			t.Errorf("%s: revision %d → %d, want it to grow", step.name, before, after)
		}
	}
	before := f.revision()
	_, _, _ = f.s.Services(f.ctx, f.r.ID, store.ListFilter{})
	_, _, _ = f.s.ServiceFacets(f.ctx, f.r.ID, 0)
	if after := f.revision(); after != before {
		t.Errorf("reads moved the revision %d → %d", before, after)
	}
	other := f.region("other")
	if rev := other.revision(); rev != 0 {
		t.Errorf("a new region's revision is %d, want 0: revisions are per region", rev)
	}
}
