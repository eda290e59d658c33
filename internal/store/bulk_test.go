package store_test

import (
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
	"github.com/lotse/lotse/internal/testdb"
)

// bulkFixture is a region with what offers refer to, created with the
// same ids in every database so that offers from two databases compare.
type bulkFixture struct {
	region         directory.Region
	org            directory.Organization
	locA, locB     directory.Location
	need, access   string // term ids
	otherRegionLoc string
}

var bulkNow = time.Date(2026, 3, 2, 10, 30, 0, 0, time.UTC)

func newBulkFixture(t *testing.T) (*store.Store, bulkFixture) {
	t.Helper()
	ctx := context.Background()
	s := testdb.Open(t)
	s.Now = func() time.Time { return bulkNow }
	f := bulkFixture{region: directory.Region{ID: "0b7c5f0e-6f6e-4a53-9d7e-3c1f8e0a0001", Slug: "kreis-re", Name: "Kreis Recklinghausen"}}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(s.CreateRegion(ctx, audit.System, &f.region))
	rid := f.region.ID
	town := directory.Town{ID: directory.DerivedID(rid, "town"), RegionID: rid, Name: "Marl", PostalCodes: []string{"45768"}, Latitude: 51.656, Longitude: 7.09}
	must(s.SaveTown(ctx, audit.System, &town))
	taxNeeds, err := s.TaxonomyBySlug(ctx, rid, directory.TaxNeeds)
	must(err)
	need := directory.Term{ID: directory.DerivedID(rid, "need"), RegionID: rid, TaxonomyID: taxNeeds.ID, Code: "care", Name: "Pflege"}
	must(s.SaveTerm(ctx, audit.System, &need))
	f.need, f.access = need.ID, store.BuiltinTermID(rid, directory.TaxAccess, directory.AccessWalkIn)
	f.org = directory.Organization{ID: directory.DerivedID(rid, "org"), RegionID: rid, Name: "AWO", Type: directory.OrgWelfare, Description: "Wohlfahrt"}
	must(s.SaveOrganization(ctx, audit.System, &f.org))
	lat, lon := 51.65, 7.09
	for i, l := range []*directory.Location{&f.locA, &f.locB} {
		*l = directory.Location{ID: directory.DerivedID(rid, fmt.Sprint("loc", i)), RegionID: rid, OrganizationID: f.org.ID, Name: fmt.Sprint("Büro ", i),
			TownID: town.ID, Latitude: &lat, Longitude: &lon,
			Addresses: []directory.Address{{ID: directory.DerivedID(rid, fmt.Sprint("addr", i)), Address1: "Hauptstr. 1", PostalCode: "45768", City: "Marl"}}}
		must(s.SaveLocation(ctx, audit.System, l))
	}
	other := directory.Region{ID: "0b7c5f0e-6f6e-4a53-9d7e-3c1f8e0a0002", Slug: "other", Name: "Anderswo"}
	must(s.CreateRegion(ctx, audit.System, &other))
	otherLoc := directory.Location{ID: directory.DerivedID(other.ID, "loc"), RegionID: other.ID, Type: directory.LocationVirtual, Name: "Online"}
	must(s.SaveLocation(ctx, audit.System, &otherLoc))
	f.otherRegionLoc = otherLoc.ID
	return s, f
}

// offer returns a fully filled offer with fixed ids.
func (f bulkFixture) offer(key string) directory.Service {
	id := directory.DerivedID(f.region.ID, "service:"+key)
	fee, minAge, maxAge := 12.5, 16, 99
	sv := directory.Service{
		ID: id, RegionID: f.region.ID, OrganizationID: f.org.ID,
		Name: "  Pflegeberatung " + key + " ", AlternateName: "BIP", Summary: "Beratung zur Pflege.", Description: "Wir beraten.\n\nAuch zu Hause.",
		URL: "https://awo.example.org/pflege", Email: "pflege@awo.example.org", InterpretationServices: "Sprachmittlerpool",
		ApplicationProcess: "Anrufen", FeesDescription: "Kurs 12,50 €", EligibilityDescription: "Ab 16", MinimumAge: &minAge, MaximumAge: &maxAge,
		AssuredDate: "2026-01-15", Alert: "Neue Zeiten",
		TermIDs:   []string{f.access, f.need, f.need},
		Languages: []directory.Language{{Code: "TR"}, {Code: "de", Note: "auch einfache Sprache"}, {Code: "tr"}},
		CostOptions: []directory.CostOption{{ID: directory.DerivedID(id, "cost"), Option: "Kurs", Amount: &fee, Currency: "EUR",
			AmountDescription: "pro Termin", ValidFrom: "2026-01-01", ValidTo: "2026-12-31"}},
		Locations: []directory.ServiceAtLocation{{LocationID: f.locB.ID, Description: "Hinterhaus"}, {LocationID: f.locA.ID}, {LocationID: f.locB.ID}},
		Schedules: []directory.Schedule{
			{ID: directory.DerivedID(id, "s1"), Freq: "weekly", ByDay: "mo, tu", OpensAt: "9:00", ClosesAt: "14:00"},
			{ID: directory.DerivedID(id, "s2"), Freq: directory.FreqMonthly, ByDay: "1SA", OpensAt: "10:00", ClosesAt: "12:00", Description: "Frühstück"},
			{ID: directory.DerivedID(id, "s3"), ValidFrom: "2026-12-24", ValidTo: "2026-12-31", Closed: true, Description: "Betriebsferien"},
		},
	}
	return sv
}

func TestInsertServicesBulkMatchesSaveService(t *testing.T) {
	ctx := context.Background()
	single, f := newBulkFixture(t)
	bulk, _ := newBulkFixture(t)
	keys := []string{"a", "b", "c"}
	var batch []directory.Service
	for _, k := range keys {
		sv := f.offer(k)
		if err := single.SaveService(ctx, audit.System, &sv); err != nil {
			t.Fatalf("SaveService %s: %v", k, err)
		}
		batch = append(batch, f.offer(k))
	}
	revBefore, err := bulk.Revision(ctx, f.region.ID)
	if err != nil {
		t.Fatal(err)
	}
	if err := bulk.InsertServicesBulk(ctx, audit.System, f.region.ID, batch); err != nil {
		t.Fatalf("InsertServicesBulk: %v", err)
	}
	for _, k := range keys {
		id := directory.DerivedID(f.region.ID, "service:"+k)
		want, err := single.Service(ctx, f.region.ID, id)
		if err != nil {
			t.Fatal(err)
		}
		got, err := bulk.Service(ctx, f.region.ID, id)
		if err != nil {
			t.Fatalf("load bulk offer %s: %v", k, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("offer %s from bulk insert differs from SaveService:\n got %+v\nwant %+v", k, got, want)
		}
	}
	revAfter, err := bulk.Revision(ctx, f.region.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := revAfter, revBefore+1; got != want {
		t.Errorf("revision after one batch = %d, want %d", got, want)
	}
	facets, _, err := bulk.ServiceFacets(ctx, f.region.ID, revBefore)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(facets), len(keys); got != want {
		t.Errorf("offers with the new revision = %d, want %d", got, want)
	}
	entries, err := bulk.AuditEntries(ctx, f.region.ID, audit.Filter{EntityType: audit.EntityDataset})
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Action != audit.ActionImport || entries[0].Summary != "3 synthetic offers" {
		t.Errorf("audit entries for the batch = %+v, want one import of 3 synthetic offers", entries)
	}
	if svc, _ := bulk.AuditEntries(ctx, f.region.ID, audit.Filter{EntityType: audit.EntityService}); len(svc) != 0 {
		t.Errorf("bulk insert wrote %d per-offer audit entries, want none", len(svc))
	}
}

func TestInsertServicesBulkRefuses(t *testing.T) {
	ctx := context.Background()
	s, f := newBulkFixture(t)
	existing := f.offer("existing")
	if err := s.SaveService(ctx, audit.System, &existing); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		change func(sv *directory.Service)
		code   string
	}{
		{"invalid record", func(sv *directory.Service) { sv.Name = " " }, directory.EINVALID},
		{"unknown organisation", func(sv *directory.Service) { sv.OrganizationID = directory.NewID() }, directory.EINVALID},
		{"location of another region", func(sv *directory.Service) {
			sv.Locations = append(sv.Locations, directory.ServiceAtLocation{LocationID: f.otherRegionLoc})
		}, directory.EINVALID},
		{"unknown term", func(sv *directory.Service) { sv.TermIDs = append(sv.TermIDs, directory.NewID()) }, directory.EINVALID},
		{"existing offer", func(sv *directory.Service) { *sv = f.offer("existing") }, directory.ECONFLICT},
		{"offer of another region", func(sv *directory.Service) { sv.RegionID = directory.NewID() }, directory.ECONFLICT},
		{"offer twice in the batch", func(sv *directory.Service) { *sv = f.offer("ok1") }, directory.ECONFLICT},
		{"id that is no UUID", func(sv *directory.Service) { sv.ID = "bad" }, directory.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			batch := []directory.Service{f.offer("ok1"), f.offer("bad"), f.offer("ok2")}
			tt.change(&batch[1])
			err := s.InsertServicesBulk(ctx, audit.System, f.region.ID, batch)
			if got := directory.ErrorCode(err); got != tt.code {
				t.Fatalf("error code = %q (%v), want %q", got, err, tt.code)
			}
			_, total, err := s.Services(ctx, f.region.ID, store.ListFilter{})
			if err != nil {
				t.Fatal(err)
			}
			if total != 1 {
				t.Errorf("offers after refused batch = %d, want 1 (nothing inserted)", total)
			}
		})
	}
}

// TestInsertServicesBulkManyRows inserts more rows than fit in one
// statement, so that full statements and the remainder are both used.
func TestInsertServicesBulkManyRows(t *testing.T) {
	ctx := context.Background()
	s, f := newBulkFixture(t)
	const n = 1500 // services take 23 parameters a row: 1304 rows fit in one statement
	batch := make([]directory.Service, n)
	for i := range batch {
		batch[i] = directory.Service{RegionID: f.region.ID, OrganizationID: f.org.ID, Name: fmt.Sprint("Angebot ", i), Description: "Text",
			TermIDs: []string{f.need}, Languages: []directory.Language{{Code: "de"}}, Locations: []directory.ServiceAtLocation{{LocationID: f.locA.ID}}}
	}
	if err := s.InsertServicesBulk(ctx, audit.System, f.region.ID, batch); err != nil {
		t.Fatal(err)
	}
	_, total, err := s.Services(ctx, f.region.ID, store.ListFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if total != n {
		t.Errorf("offers = %d, want %d", total, n)
	}
	for _, i := range []int{0, 1303, 1304, n - 1} {
		got, err := s.Service(ctx, f.region.ID, batch[i].ID)
		if err != nil {
			t.Fatalf("offer %d: %v", i, err)
		}
		if got.Name != batch[i].Name || len(got.TermIDs) != 1 || len(got.Languages) != 1 || len(got.Locations) != 1 {
			t.Errorf("offer %d = %+v, want the name %q with one term, language and location", i, got, batch[i].Name)
		}
	}
}
