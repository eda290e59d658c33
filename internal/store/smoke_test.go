package store_test

import (
	"context"
	"testing"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/testdb"
)

func TestSmoke(t *testing.T) {
	ctx := context.Background()
	s := testdb.Open(t)
	r := directory.Region{Slug: "kreis-re", Name: "Kreis Recklinghausen"}
	if err := s.CreateRegion(ctx, audit.System, &r); err != nil {
		t.Fatal(err)
	}
	got, err := s.RegionBySlug(ctx, "kreis-re")
	if err != nil || got.ID != r.ID {
		t.Fatalf("got %+v %v", got, err)
	}
	town := directory.Town{RegionID: r.ID, Name: "Marl", PostalCodes: []string{"45768", "45770"}, Latitude: 51.65, Longitude: 7.09}
	if err := s.SaveTown(ctx, audit.System, &town); err != nil {
		t.Fatal(err)
	}
	o := directory.Organization{RegionID: r.ID, Name: "AWO", Type: directory.OrgWelfare, Description: "Wohlfahrt"}
	if err := s.SaveOrganization(ctx, audit.System, &o); err != nil {
		t.Fatal(err)
	}
	lat, lon := 51.65, 7.09
	l := directory.Location{RegionID: r.ID, OrganizationID: o.ID, Name: "Büro", TownID: town.ID, Latitude: &lat, Longitude: &lon,
		Addresses: []directory.Address{{Address1: "Hauptstr. 1", PostalCode: "45768", City: "Marl"}},
		Schedules: []directory.Schedule{{Freq: "WEEKLY", ByDay: "MO,TU", OpensAt: "09:00", ClosesAt: "14:00"}}}
	if err := s.SaveLocation(ctx, audit.System, &l); err != nil {
		t.Fatal(err)
	}
	terms, _ := s.Terms(ctx, r.ID, TermFilterAll())
	sv := directory.Service{RegionID: r.ID, OrganizationID: o.ID, Name: "Pflegeberatung", Description: "Beratung",
		Languages: []directory.Language{{Code: "tr"}, {Code: "de"}}, TermIDs: []string{terms[0].ID},
		Locations: []directory.ServiceAtLocation{{LocationID: l.ID}}}
	sv.SetFree(true)
	if err := s.SaveService(ctx, audit.System, &sv); err != nil {
		t.Fatal(err)
	}
	full, err := s.Service(ctx, r.ID, sv.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(full.Locations) != 1 || full.Locations[0].Location.Town.Name != "Marl" || !full.Free() || len(full.Languages) != 2 || len(full.Locations[0].Location.Schedules) != 1 {
		t.Fatalf("full = %+v", full)
	}
	facets, rev, err := s.ServiceFacets(ctx, r.ID, 0)
	if err != nil || len(facets) != 1 || rev == 0 || !facets[0].Free || len(facets[0].TownIDs) != 1 {
		t.Fatalf("facets %+v %d %v", facets, rev, err)
	}
	list, total, err := s.Services(ctx, r.ID, store_ListFilter())
	if err != nil || total != 1 || len(list) != 1 {
		t.Fatalf("list %v %d %v", list, total, err)
	}
	entries, err := s.AuditEntries(ctx, r.ID, audit.Filter{})
	if err != nil || len(entries) < 5 {
		t.Fatalf("audit %v %v", len(entries), err)
	}
}
