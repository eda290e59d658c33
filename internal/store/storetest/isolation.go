package storetest

import (
	"testing"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/auth"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

// regionData is one of each kind of record in a region, plus an archived
// offer to restore.
type regionData struct {
	town, org, loc, svc, archivedSvc, contact, term, taxonomy, page, user string
	auditID                                                               int64
}

func populate(f *fx) regionData {
	f.t.Helper()
	var d regionData
	d.town = f.saveTown("Marl", "45768").ID
	d.org = f.saveOrg("AWO").ID
	d.loc = f.saveLocation("Büro", func(l *directory.Location) {
		l.OrganizationID, l.TownID = d.org, d.town
		l.FeatureTermIDs = []string{f.termID(directory.TaxAccessible, directory.FeatureStepFree)}
	}).ID
	d.term = f.saveTerm(directory.TaxNeeds, "Pflege").ID
	d.svc = f.saveService(d.org, "Pflegeberatung", func(s *directory.Service) {
		s.Locations = []directory.ServiceAtLocation{{LocationID: d.loc}}
		s.TermIDs = []string{d.term}
	}).ID
	d.archivedSvc = f.saveService(d.org, "Altes Angebot").ID
	if err := f.s.ArchiveService(f.ctx, f.actor, f.r.ID, d.archivedSvc); err != nil {
		f.t.Fatal(err)
	}
	d.contact = f.saveContact("Team", func(c *directory.Contact) { c.ServiceID = d.svc }).ID
	tax := directory.Taxonomy{RegionID: f.r.ID, Name: "Themen"}
	if err := f.s.SaveTaxonomy(f.ctx, f.actor, &tax); err != nil {
		f.t.Fatal(err)
	}
	d.taxonomy = tax.ID
	d.page = f.savePage("hilfe", "Hilfe").ID
	d.user = f.createUser("team@"+f.r.Slug+".example", auth.RoleStaff).ID
	d.auditID = f.lastAudit().ID
	return d
}

// snapshot is everything a region holds, as its own lists show it.
type snapshot struct {
	Towns         []directory.Town
	Organizations []directory.Organization
	Locations     []directory.Location
	Services      []directory.Service
	Contacts      []directory.Contact
	Terms         []directory.Term
	Taxonomies    []directory.Taxonomy
	Pages         []directory.Page
	Users         []auth.User
	Audit         []audit.Entry
	Revision      int64
}

func (f *fx) snapshot() snapshot {
	f.t.Helper()
	var s snapshot
	var err error
	all := store.ListFilter{Archived: store.AllRecords, Limit: 1000}
	fail := func(what string) {
		if err != nil {
			f.t.Fatalf("%s: %v", what, err)
		}
	}
	s.Towns, err = f.s.Towns(f.ctx, f.r.ID, true)
	fail("towns")
	s.Organizations, _, err = f.s.Organizations(f.ctx, f.r.ID, all)
	fail("organizations")
	s.Locations, _, err = f.s.Locations(f.ctx, f.r.ID, all)
	fail("locations")
	s.Services, _, err = f.s.Services(f.ctx, f.r.ID, all)
	fail("services")
	s.Contacts, err = f.s.Contacts(f.ctx, f.r.ID, store.ContactFilter{Archived: store.AllRecords})
	fail("contacts")
	s.Terms, err = f.s.Terms(f.ctx, f.r.ID, store.TermFilter{WithArchived: true})
	fail("terms")
	s.Taxonomies, err = f.s.Taxonomies(f.ctx, f.r.ID)
	fail("taxonomies")
	s.Pages, err = f.s.Pages(f.ctx, f.r.ID, store.AllRecords)
	fail("pages")
	s.Users, err = f.s.Users(f.ctx, f.r.ID)
	fail("users")
	s.Audit = f.auditLog()
	s.Revision = f.revision()
	return s
}

// regionIDs returns the region of every record in the snapshot.
func (s snapshot) regionIDs() map[string]bool {
	out := map[string]bool{}
	add := func(id string) { out[id] = true }
	for _, r := range s.Towns {
		add(r.RegionID)
	}
	for _, r := range s.Organizations {
		add(r.RegionID)
	}
	for _, r := range s.Locations {
		add(r.RegionID)
		for _, tn := range []*directory.Town{r.Town} {
			if tn != nil {
				add(tn.RegionID)
			}
		}
	}
	for _, r := range s.Services {
		add(r.RegionID)
		if r.Organization != nil {
			add(r.Organization.RegionID)
		}
		for _, l := range r.Locations {
			if l.Location != nil {
				add(l.Location.RegionID)
			}
		}
	}
	for _, r := range s.Contacts {
		add(r.RegionID)
	}
	for _, r := range s.Terms {
		add(r.RegionID)
	}
	for _, r := range s.Taxonomies {
		add(r.RegionID)
	}
	for _, r := range s.Pages {
		add(r.RegionID)
	}
	for _, r := range s.Users {
		add(r.RegionID)
	}
	for _, r := range s.Audit {
		add(r.RegionID)
	}
	return out
}

// testRegionIsolation holds Lotse's promise that nothing crosses regions:
// with two regions A and B in one database, nothing done in A's name
// reads, links to, or changes B's records.
func testRegionIsolation(t *testing.T, open Opener) {
	a := setup(t, open)
	b := a.region("region-b")
	da := populate(a)
	db := populate(b)
	snapA, snapB := a.snapshot(), b.snapshot()

	t.Run("lists show only the region's own records", func(t *testing.T) {
		for name, s := range map[string]snapshot{"A": snapA, "B": snapB} {
			want := map[string]bool{a.r.ID: true}
			if name == "B" {
				want = map[string]bool{b.r.ID: true}
			}
			check(t, "regions of the records listed in "+name, s.regionIDs(), want)
		}
		if len(snapA.Services) != 2 || len(snapA.Towns) != 1 || len(snapA.Users) != 1 || len(snapA.Taxonomies) != len(directory.BuiltinTaxonomies)+1 {
			t.Errorf("region A lists %d services, %d towns, %d users, %d taxonomies: the other region's leak in, or its own are missing",
				len(snapA.Services), len(snapA.Towns), len(snapA.Users), len(snapA.Taxonomies))
		}
		for _, tc := range []struct {
			name string
			f    store.ListFilter
		}{
			{"organisation", store.ListFilter{OrgID: db.org, Archived: store.AllRecords}},
			{"term", store.ListFilter{TermID: db.term, Archived: store.AllRecords}},
			{"taxonomy", store.ListFilter{TaxonomyID: b.taxonomyID(directory.TaxNeeds), Archived: store.AllRecords}},
			{"town", store.ListFilter{TownID: db.town, Archived: store.AllRecords}},
		} {
			if list, total, err := a.s.Services(a.ctx, a.r.ID, tc.f); err != nil || len(list) != 0 || total != 0 {
				t.Errorf("A's services filtered by B's %s = %d (total %d), %v; want none", tc.name, len(list), total, err)
			}
		}
		if list, total, _ := a.s.Locations(a.ctx, a.r.ID, store.ListFilter{OrgID: db.org}); len(list) != 0 || total != 0 {
			t.Errorf("A's locations of B's organisation: %d", total)
		}
		if list, total, _ := a.s.Locations(a.ctx, a.r.ID, store.ListFilter{TownID: db.town}); len(list) != 0 || total != 0 {
			t.Errorf("A's locations in B's town: %d", total)
		}
		if list, _ := a.s.Contacts(a.ctx, a.r.ID, store.ContactFilter{ServiceID: db.svc}); len(list) != 0 {
			t.Errorf("A's contacts of B's offer: %d", len(list))
		}
		if n, _ := a.s.CountContacts(a.ctx, a.r.ID, store.ContactFilter{ServiceID: db.svc}); n != 0 {
			t.Errorf("A counts %d contacts of B's offer", n)
		}
		if list, _ := a.s.Terms(a.ctx, a.r.ID, store.TermFilter{TaxonomyID: b.taxonomyID(directory.TaxNeeds)}); len(list) != 0 {
			t.Errorf("A's terms of B's taxonomy: %d", len(list))
		}
		if list, _ := a.s.ServicesByID(a.ctx, a.r.ID, []string{db.svc, da.svc, db.archivedSvc}); len(list) != 1 || list[0].ID != da.svc {
			t.Errorf("A's ServicesByID with B's ids = %v, want only A's offer", serviceIDs(list))
		}
		facets, _, err := a.s.ServiceFacets(a.ctx, a.r.ID, 0)
		if err != nil {
			t.Fatal(err)
		}
		check(t, "A's facets", sorted(ids(facets, func(f store.ServiceFacets) string { return f.ID })), sorted([]string{da.svc, da.archivedSvc}))
	})

	t.Run("getters do not find the other region's records", func(t *testing.T) {
		for _, tc := range []struct {
			name string
			get  func() error
		}{
			{"town", func() error { _, err := a.s.Town(a.ctx, a.r.ID, db.town); return err }},
			{"organisation", func() error { _, err := a.s.Organization(a.ctx, a.r.ID, db.org); return err }},
			{"location", func() error { _, err := a.s.Location(a.ctx, a.r.ID, db.loc); return err }},
			{"service", func() error { _, err := a.s.Service(a.ctx, a.r.ID, db.svc); return err }},
			{"contact", func() error { _, err := a.s.Contact(a.ctx, a.r.ID, db.contact); return err }},
			{"term", func() error { _, err := a.s.Term(a.ctx, a.r.ID, db.term); return err }},
			{"built-in term", func() error {
				_, err := a.s.Term(a.ctx, a.r.ID, b.termID(directory.TaxAccess, directory.AccessWalkIn))
				return err
			}},
			{"taxonomy", func() error { _, err := a.s.Taxonomy(a.ctx, a.r.ID, db.taxonomy); return err }},
			{"built-in taxonomy", func() error { _, err := a.s.Taxonomy(a.ctx, a.r.ID, b.taxonomyID(directory.TaxNeeds)); return err }},
			{"page", func() error { _, err := a.s.Page(a.ctx, a.r.ID, db.page); return err }},
			{"user", func() error { _, err := a.s.User(a.ctx, a.r.ID, db.user); return err }},
			{"audit entry", func() error { _, err := a.s.AuditEntry(a.ctx, a.r.ID, db.auditID); return err }},
		} {
			wantCode(t, "A's "+tc.name+" getter with B's id", tc.get(), directory.ENOTFOUND)
		}
		// Slugs are per region: A's page "hilfe" is A's.
		if p, err := a.s.PageBySlug(a.ctx, a.r.ID, "hilfe"); err != nil || p.ID != da.page {
			t.Errorf("A's page hilfe = %s, %v; want %s", p.ID, err, da.page)
		}
		if tax, err := a.s.TaxonomyBySlug(a.ctx, a.r.ID, "themen"); err != nil || tax.ID != da.taxonomy {
			t.Errorf("A's taxonomy themen = %s, %v; want %s", tax.ID, err, da.taxonomy)
		}
	})

	t.Run("saves in A that reference B fail and write nothing", func(t *testing.T) {
		bWalkIn := b.termID(directory.TaxAccess, directory.AccessWalkIn)
		bStepFree := b.termID(directory.TaxAccessible, directory.FeatureStepFree)
		for _, tc := range []struct {
			name string
			save func() error
		}{
			{"organisation under B's parent", func() error {
				o := directory.Organization{RegionID: a.r.ID, Name: "Kind", Type: directory.OrgOther, Description: "x", ParentID: db.org}
				return a.s.SaveOrganization(a.ctx, a.actor, &o)
			}},
			{"location of B's organisation", func() error {
				l := a.newLocation("Büro")
				l.OrganizationID = db.org
				return a.s.SaveLocation(a.ctx, a.actor, &l)
			}},
			{"location in B's town", func() error {
				l := a.newLocation("Büro")
				l.TownID = db.town
				return a.s.SaveLocation(a.ctx, a.actor, &l)
			}},
			{"location with B's feature", func() error {
				l := a.newLocation("Büro")
				l.FeatureTermIDs = []string{bStepFree}
				return a.s.SaveLocation(a.ctx, a.actor, &l)
			}},
			{"offer of B's organisation", func() error {
				s := a.newService(db.org, "Angebot")
				return a.s.SaveService(a.ctx, a.actor, &s)
			}},
			{"offer at B's location", func() error {
				s := a.newService(da.org, "Angebot")
				s.Locations = []directory.ServiceAtLocation{{LocationID: da.loc}, {LocationID: db.loc}}
				return a.s.SaveService(a.ctx, a.actor, &s)
			}},
			{"offer with B's term", func() error {
				s := a.newService(da.org, "Angebot")
				s.TermIDs = []string{da.term, db.term}
				return a.s.SaveService(a.ctx, a.actor, &s)
			}},
			{"offer with B's built-in term", func() error {
				s := a.newService(da.org, "Angebot")
				s.TermIDs = []string{bWalkIn}
				return a.s.SaveService(a.ctx, a.actor, &s)
			}},
			{"A's offer moved to B's location", func() error {
				s, _ := a.s.Service(a.ctx, a.r.ID, da.svc)
				s.Locations = []directory.ServiceAtLocation{{LocationID: db.loc}}
				return a.s.SaveService(a.ctx, a.actor, &s)
			}},
			{"contact of B's organisation", func() error {
				c := directory.Contact{RegionID: a.r.ID, OrganizationID: db.org, Name: "x"}
				return a.s.SaveContact(a.ctx, a.actor, &c)
			}},
			{"contact of B's offer", func() error {
				c := directory.Contact{RegionID: a.r.ID, ServiceID: db.svc, Name: "x"}
				return a.s.SaveContact(a.ctx, a.actor, &c)
			}},
			{"contact at B's location", func() error {
				c := directory.Contact{RegionID: a.r.ID, LocationID: db.loc, Name: "x"}
				return a.s.SaveContact(a.ctx, a.actor, &c)
			}},
			{"term in B's taxonomy", func() error {
				t := directory.Term{RegionID: a.r.ID, TaxonomyID: b.taxonomyID(directory.TaxNeeds), Name: "Wohnen"}
				return a.s.SaveTerm(a.ctx, a.actor, &t)
			}},
			{"term under B's parent", func() error {
				t := directory.Term{RegionID: a.r.ID, TaxonomyID: a.taxonomyID(directory.TaxNeeds), Name: "Wohnen", ParentID: db.term}
				return a.s.SaveTerm(a.ctx, a.actor, &t)
			}},
			// B's own records, saved in A's name.
			{"B's town claimed for A", func() error {
				t, _ := b.s.Town(b.ctx, b.r.ID, db.town)
				t.RegionID = a.r.ID
				return a.s.SaveTown(a.ctx, a.actor, &t)
			}},
			{"B's organisation claimed for A", func() error {
				o, _ := b.s.Organization(b.ctx, b.r.ID, db.org)
				o.RegionID, o.Name = a.r.ID, "Gekapert"
				return a.s.SaveOrganization(a.ctx, a.actor, &o)
			}},
			{"B's location claimed for A", func() error {
				l, _ := b.s.Location(b.ctx, b.r.ID, db.loc)
				l.RegionID, l.OrganizationID, l.TownID, l.FeatureTermIDs = a.r.ID, da.org, da.town, nil
				return a.s.SaveLocation(a.ctx, a.actor, &l)
			}},
			{"B's offer claimed for A", func() error {
				s, _ := b.s.Service(b.ctx, b.r.ID, db.svc)
				s.RegionID, s.OrganizationID, s.Locations, s.TermIDs = a.r.ID, da.org, nil, nil
				return a.s.SaveService(a.ctx, a.actor, &s)
			}},
			{"B's contact claimed for A", func() error {
				c, _ := b.s.Contact(b.ctx, b.r.ID, db.contact)
				c.RegionID, c.ServiceID = a.r.ID, da.svc
				return a.s.SaveContact(a.ctx, a.actor, &c)
			}},
			{"B's term claimed for A", func() error {
				t, _ := b.s.Term(b.ctx, b.r.ID, db.term)
				t.RegionID, t.TaxonomyID = a.r.ID, a.taxonomyID(directory.TaxNeeds)
				return a.s.SaveTerm(a.ctx, a.actor, &t)
			}},
			{"B's taxonomy claimed for A", func() error {
				tax, _ := b.s.Taxonomy(b.ctx, b.r.ID, db.taxonomy)
				tax.RegionID, tax.Slug = a.r.ID, "gekapert"
				return a.s.SaveTaxonomy(a.ctx, a.actor, &tax)
			}},
			{"B's page claimed for A", func() error {
				p, _ := b.s.Page(b.ctx, b.r.ID, db.page)
				p.RegionID, p.Slug = a.r.ID, "gekapert"
				return a.s.SavePage(a.ctx, a.actor, &p)
			}},
		} {
			err := tc.save()
			if code := directory.ErrorCode(err); code != directory.EINVALID && code != directory.ECONFLICT {
				t.Errorf("%s: error code %q (%v), want %s or %s", tc.name, code, err, directory.EINVALID, directory.ECONFLICT)
			}
			check(t, "region A after "+tc.name, a.snapshot(), snapA)
			check(t, "region B after "+tc.name, b.snapshot(), snapB)
		}
	})

	t.Run("archive and restore across regions fail", func(t *testing.T) {
		for _, tc := range []struct {
			name string
			run  func() error
		}{
			{"archive B's town", func() error { return a.s.ArchiveTown(a.ctx, a.actor, a.r.ID, db.town) }},
			{"archive B's organisation", func() error { return a.s.ArchiveOrganization(a.ctx, a.actor, a.r.ID, db.org) }},
			{"archive B's location", func() error { return a.s.ArchiveLocation(a.ctx, a.actor, a.r.ID, db.loc) }},
			{"archive B's offer", func() error { return a.s.ArchiveService(a.ctx, a.actor, a.r.ID, db.svc) }},
			{"restore B's offer", func() error { return a.s.RestoreService(a.ctx, a.actor, a.r.ID, db.archivedSvc) }},
			{"archive B's contact", func() error { return a.s.ArchiveContact(a.ctx, a.actor, a.r.ID, db.contact) }},
			{"archive B's term", func() error { return a.s.ArchiveTerm(a.ctx, a.actor, a.r.ID, db.term) }},
			{"archive B's page", func() error { return a.s.ArchivePage(a.ctx, a.actor, a.r.ID, db.page) }},
			{"restore B's town", func() error { return a.s.RestoreTown(a.ctx, a.actor, a.r.ID, db.town) }},
			{"restore B's organisation", func() error { return a.s.RestoreOrganization(a.ctx, a.actor, a.r.ID, db.org) }},
			{"restore B's location", func() error { return a.s.RestoreLocation(a.ctx, a.actor, a.r.ID, db.loc) }},
			{"restore B's contact", func() error { return a.s.RestoreContact(a.ctx, a.actor, a.r.ID, db.contact) }},
			{"restore B's term", func() error { return a.s.RestoreTerm(a.ctx, a.actor, a.r.ID, db.term) }},
			{"restore B's page", func() error { return a.s.RestorePage(a.ctx, a.actor, a.r.ID, db.page) }},
			{"disable B's user", func() error { return a.s.SetUserDisabled(a.ctx, a.actor, a.r.ID, db.user, true) }},
			{"set B's user's password", func() error { return a.s.SetPassword(a.ctx, a.actor, a.r.ID, db.user, password+"!") }},
		} {
			wantCode(t, tc.name+" in A's name", tc.run(), directory.ENOTFOUND)
			check(t, "region A after "+tc.name, a.snapshot(), snapA)
			check(t, "region B after "+tc.name, b.snapshot(), snapB)
		}
		u, _ := b.s.User(b.ctx, b.r.ID, db.user)
		if !verify(t, u.PasswordHash, password) {
			t.Errorf("B's user's password was changed in A's name")
		}
	})

	t.Run("audit entries are per region", func(t *testing.T) {
		for _, e := range snapA.Audit {
			for _, id := range []string{db.town, db.org, db.loc, db.svc, db.contact, db.term, db.taxonomy, db.page, db.user, b.r.ID} {
				if e.EntityID == id {
					t.Errorf("A's audit log holds an entry about B's record %s: %+v", id, e)
				}
			}
		}
		for _, f := range []audit.Filter{{EntityID: db.svc}, {UserID: b.actor.UserID, EntityType: audit.EntityService}} {
			if es, err := a.s.AuditEntries(a.ctx, a.r.ID, f); err != nil || len(es) != 0 {
				t.Errorf("A's audit entries filtered by %+v = %d entries, %v; want none", f, len(es), err)
			}
		}
		if len(snapA.Audit) != len(snapB.Audit) {
			t.Errorf("the same work in both regions left %d audit entries in A and %d in B", len(snapA.Audit), len(snapB.Audit))
		}
	})
}
