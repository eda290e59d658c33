package hsds

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
	"github.com/lotse/lotse/internal/testdb"
)

// fixture is a small region with a bit of everything HSDS carries, and
// records that must never be published: archived ones and those hanging
// off archived ones.
type fixture struct {
	region directory.Region
	marl   directory.Town
	// published
	awo, kreis, kreisAmt       directory.Organization
	buero, online              directory.Location
	pflege, sprachcafe, kurs   directory.Service
	needCare, needLang, target directory.Term
	foreignTax                 directory.Taxonomy
	foreignParent, foreignKid  directory.Term
	orgContact, svcContact     directory.Contact
	salContact, locContact     directory.Contact
	// not published
	archivedSvc, orphanSvc directory.Service
	archivedOrg            directory.Organization
	archivedLoc            directory.Location
	archivedTerm           directory.Term
	archivedContact        directory.Contact
}

func ptr[T any](v T) *T { return &v }

// newFixture builds the fixture in a new region of s. slug names the
// region, so that a test can hold two of them.
func newFixture(t *testing.T, s *store.Store, slug string) *fixture {
	t.Helper()
	ctx := context.Background()
	f := &fixture{}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	f.region = directory.Region{Slug: slug, Name: "Kreis " + slug}
	must(s.CreateRegion(ctx, audit.System, &f.region))
	rid := f.region.ID
	f.marl = directory.Town{RegionID: rid, Name: "Marl", PostalCodes: []string{"45768", "45770"}, Latitude: 51.65, Longitude: 7.09}
	must(s.SaveTown(ctx, audit.System, &f.marl))

	needs, err := s.TaxonomyBySlug(ctx, rid, directory.TaxNeeds)
	must(err)
	groups, err := s.TaxonomyBySlug(ctx, rid, directory.TaxTargetGroups)
	must(err)
	f.needCare = directory.Term{RegionID: rid, TaxonomyID: needs.ID, Code: "pflege", Name: "Pflege", Description: "Hilfe im Alter", SortOrder: 20}
	must(s.SaveTerm(ctx, audit.System, &f.needCare))
	f.needLang = directory.Term{RegionID: rid, TaxonomyID: needs.ID, Code: "sprache", Name: "Sprache lernen", SortOrder: 10}
	must(s.SaveTerm(ctx, audit.System, &f.needLang))
	f.target = directory.Term{RegionID: rid, TaxonomyID: groups.ID, Code: "senioren", Name: "Senior*innen"}
	must(s.SaveTerm(ctx, audit.System, &f.target))
	f.archivedTerm = directory.Term{RegionID: rid, TaxonomyID: needs.ID, Code: "alt", Name: "Altes Thema"}
	must(s.SaveTerm(ctx, audit.System, &f.archivedTerm))
	f.foreignTax = directory.Taxonomy{RegionID: rid, Slug: "open-eligibility", Name: "Open Eligibility", Description: "Fremde Taxonomie",
		URI: "https://example.org/oe", Version: "2.0"}
	must(s.SaveTaxonomy(ctx, audit.System, &f.foreignTax))
	f.foreignParent = directory.Term{RegionID: rid, TaxonomyID: f.foreignTax.ID, Code: "care", Name: "Care", URI: "https://example.org/oe/care"}
	must(s.SaveTerm(ctx, audit.System, &f.foreignParent))
	f.foreignKid = directory.Term{RegionID: rid, TaxonomyID: f.foreignTax.ID, ParentID: f.foreignParent.ID, Code: "elder-care", Name: "Elder <Care> & more"}
	must(s.SaveTerm(ctx, audit.System, &f.foreignKid))

	f.kreis = directory.Organization{RegionID: rid, Name: "Kreis Recklinghausen", Type: directory.OrgAdministration,
		Description: "Die Kreisverwaltung.", Website: "https://www.kreis-re.de", Email: "info@kreis-re.de"}
	must(s.SaveOrganization(ctx, audit.System, &f.kreis))
	f.kreisAmt = directory.Organization{RegionID: rid, Name: "Kommunales Integrationszentrum", Type: directory.OrgAdministration,
		Description: "KI des Kreises.", ParentID: f.kreis.ID, AlternateName: "KI"}
	must(s.SaveOrganization(ctx, audit.System, &f.kreisAmt))
	f.awo = directory.Organization{RegionID: rid, Name: "AWO Unterbezirk", Type: directory.OrgWelfare, Description: "Wohlfahrtsverband.\nMit Absatz."}
	must(s.SaveOrganization(ctx, audit.System, &f.awo))
	f.archivedOrg = directory.Organization{RegionID: rid, Name: "Aufgelöster Verein", Type: directory.OrgMigrant, Description: "Gibt es nicht mehr."}
	must(s.SaveOrganization(ctx, audit.System, &f.archivedOrg))

	lat, lon := 51.6538, 7.0912
	f.buero = directory.Location{RegionID: rid, OrganizationID: f.awo.ID, Name: "Beratungsbüro Marl", Transportation: "Bus 223, Haltestelle Rathaus",
		Latitude: &lat, Longitude: &lon,
		Addresses: []directory.Address{
			{Address1: "Hauptstraße 1", PostalCode: "45768", City: "Marl", StateProvince: "NW"},
			{Address1: "Postfach 12", PostalCode: "45770", City: "Marl", Type: directory.LocationPostal},
		},
		Accessibility: []directory.Accessibility{{Description: "Rampe am Seiteneingang", URL: "https://example.org/rampe"}},
		Schedules: []directory.Schedule{
			{Freq: directory.FreqWeekly, ByDay: "MO,TU", OpensAt: "09:00", ClosesAt: "14:00"},
			{Freq: directory.FreqWeekly, ByDay: "WE", OpensAt: "09:00", ClosesAt: "14:30", Description: "Mittwochs länger"},
			{ValidFrom: "2025-12-24", ValidTo: "2026-01-01", Closed: true, Description: "Betriebsferien"},
		}}
	must(s.SaveLocation(ctx, audit.System, &f.buero))
	feature, err := s.Term(ctx, rid, store.BuiltinTermID(rid, directory.TaxAccessible, directory.FeatureStepFree))
	must(err)
	f.buero.FeatureTermIDs = []string{feature.ID}
	f.buero.Ver = 0
	must(s.SaveLocation(ctx, audit.System, &f.buero))
	f.online = directory.Location{RegionID: rid, Type: directory.LocationVirtual, Name: "Online-Sprechstunde", URL: "https://meet.example.org/ki"}
	must(s.SaveLocation(ctx, audit.System, &f.online))
	f.archivedLoc = directory.Location{RegionID: rid, Name: "Altes Büro", Type: directory.LocationVirtual}
	must(s.SaveLocation(ctx, audit.System, &f.archivedLoc))

	walkIn := store.BuiltinTermID(rid, directory.TaxAccess, directory.AccessWalkIn)
	f.pflege = directory.Service{RegionID: rid, OrganizationID: f.awo.ID, Name: "Pflegeberatung für Senior*innen",
		Summary: "Beratung zu Pflege, auch auf Türkisch.", Description: "Wir beraten Sie und Ihre Familie.\n\nAuch zu Hause.",
		URL: "https://awo.example.org/pflege", Email: "pflege@awo.example.org", MinimumAge: ptr(60), AssuredDate: "2025-03-01",
		ApplicationProcess: "Anrufen oder vorbeikommen.",
		TermIDs:            []string{f.needCare.ID, f.target.ID, walkIn, f.foreignKid.ID, f.archivedTerm.ID},
		Languages:          []directory.Language{{Code: "de"}, {Code: "tr", Note: "mittwochs"}},
		CostOptions:        []directory.CostOption{{Option: "Hausbesuch", Amount: ptr(12.5), Currency: "EUR", AmountDescription: "je Besuch"}},
		Locations: []directory.ServiceAtLocation{{LocationID: f.buero.ID, Description: "Im Erdgeschoss"}, {LocationID: f.online.ID},
			{LocationID: f.archivedLoc.ID}},
		Schedules: []directory.Schedule{
			{Freq: directory.FreqMonthly, ByDay: "1SA", OpensAt: "10:00", ClosesAt: "12:00", Notes: "Erster Samstag"},
			{ValidFrom: "2026-05-01", OpensAt: "10:00", ClosesAt: "11:00", Description: "Sonderöffnung"},
		}}
	f.pflege.SetFree(true)
	must(s.SaveService(ctx, audit.System, &f.pflege))
	// Hours that belong to the link to the office only.
	f.pflege.Schedules = append(f.pflege.Schedules, directory.Schedule{Freq: directory.FreqWeekly, ByDay: "TH", OpensAt: "15:00", ClosesAt: "17:00",
		ServiceAtLocationID: f.pflege.Locations[0].ID})
	f.pflege.Ver = 0
	must(s.SaveService(ctx, audit.System, &f.pflege))
	f.sprachcafe = directory.Service{RegionID: rid, OrganizationID: f.kreisAmt.ID, Name: "Sprachcafé", Description: "Deutsch üben bei Kaffee.",
		Status: directory.StatusTemporarilyClosed, TermIDs: []string{f.needLang.ID}, Languages: []directory.Language{{Code: "ar"}, {Code: "uk"}},
		Locations: []directory.ServiceAtLocation{{LocationID: f.buero.ID}}}
	must(s.SaveService(ctx, audit.System, &f.sprachcafe))
	f.kurs = directory.Service{RegionID: rid, OrganizationID: f.kreis.ID, Name: "Integrationskurs-Beratung", Description: "Welcher Kurs passt?",
		MinimumAge: ptr(16), MaximumAge: ptr(99)}
	must(s.SaveService(ctx, audit.System, &f.kurs))
	f.archivedSvc = directory.Service{RegionID: rid, OrganizationID: f.awo.ID, Name: "Eingestellt", Description: "Gibt es nicht mehr."}
	must(s.SaveService(ctx, audit.System, &f.archivedSvc))
	f.orphanSvc = directory.Service{RegionID: rid, OrganizationID: f.archivedOrg.ID, Name: "Vereinsangebot", Description: "Vom aufgelösten Verein."}
	must(s.SaveService(ctx, audit.System, &f.orphanSvc))

	f.orgContact = directory.Contact{RegionID: rid, OrganizationID: f.awo.ID, ServiceID: f.pflege.ID, Name: "Zentrale", Email: "info@awo.example.org",
		Phones: []directory.Phone{{Number: "02365 / 123-0", Extension: ptr(12), Languages: []string{"de", "tr"}}}}
	must(s.SaveContact(ctx, audit.System, &f.orgContact))
	f.svcContact = directory.Contact{RegionID: rid, ServiceID: f.kurs.ID, Name: "Kursberatung", Department: "Integration",
		Phones: []directory.Phone{{Number: "02361 53 2717", Type: "voice"}, {Number: "02361 53 2799", Type: "fax", Description: "Fax"}}}
	must(s.SaveContact(ctx, audit.System, &f.svcContact))
	f.salContact = directory.Contact{RegionID: rid, ServiceID: f.pflege.ID, LocationID: f.buero.ID, Name: "Beratung vor Ort", Title: "Pflegeberaterin"}
	must(s.SaveContact(ctx, audit.System, &f.salContact))
	f.locContact = directory.Contact{RegionID: rid, LocationID: f.buero.ID, Name: "Empfang", Phones: []directory.Phone{{Number: "02365 999 99"}}}
	must(s.SaveContact(ctx, audit.System, &f.locContact))
	f.archivedContact = directory.Contact{RegionID: rid, OrganizationID: f.awo.ID, Name: "Ehemalige Leitung"}
	must(s.SaveContact(ctx, audit.System, &f.archivedContact))

	must(s.ArchiveService(ctx, audit.System, rid, f.archivedSvc.ID))
	must(s.ArchiveOrganization(ctx, audit.System, rid, f.archivedOrg.ID))
	must(s.ArchiveLocation(ctx, audit.System, rid, f.archivedLoc.ID))
	must(s.ArchiveTerm(ctx, audit.System, rid, f.archivedTerm.ID))
	must(s.ArchiveContact(ctx, audit.System, rid, f.archivedContact.ID))
	return f
}

// hidden returns the ids that must never appear in HSDS output.
func (f *fixture) hidden() []string {
	return []string{f.archivedSvc.ID, f.orphanSvc.ID, f.archivedOrg.ID, f.archivedLoc.ID, f.archivedTerm.ID, f.archivedContact.ID}
}

// openStore returns a fresh store whose clock ticks one second per call,
// so that times are deterministic but distinct.
func openStore(t *testing.T) *store.Store {
	t.Helper()
	s := testdb.Open(t)
	var mu sync.Mutex
	clock := time.Date(2025, 6, 1, 8, 0, 0, 0, time.UTC)
	s.Now = func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		clock = clock.Add(time.Second)
		return clock
	}
	return s
}
