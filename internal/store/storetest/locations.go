package storetest

import (
	"testing"
	"time"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

// fullLocation returns a location that uses every field and child record,
// with ids chosen by the caller so that the stored form is known exactly.
// It builds a new value on every call: saving normalises in place.
func fullLocation(f *fx, id, orgID, townID string, childIDs []string) directory.Location {
	return directory.Location{
		ID: id, RegionID: f.r.ID, OrganizationID: orgID, Type: directory.LocationPhysical,
		Name: "Begegnungszentrum Hochstraße", AlternateName: "BGZ", Description: "Treffpunkt für alle Generationen.\n\nMit Café.",
		Transportation: "Bus SB25 bis Marl Mitte", URL: "https://awo.example/bgz", Latitude: ptr(51.6567), Longitude: ptr(7.0897), TownID: townID,
		Addresses: []directory.Address{
			{ID: childIDs[0], Attention: "z. Hd. Frau Yılmaz", Address1: "Hochstraße 1", Address2: "2. OG", City: "Marl", Region: "Kreis Recklinghausen",
				StateProvince: "NW", PostalCode: "45768", Country: "DE", Type: directory.LocationPhysical},
			{ID: childIDs[1], Address1: "Postfach 1234", City: "Marl", PostalCode: "45764", Country: "DE", Type: directory.LocationPostal},
		},
		Accessibility: []directory.Accessibility{
			{ID: childIDs[2], Description: "Rampe am Seiteneingang", Details: "Klingel in 80 cm Höhe", URL: "https://awo.example/bgz/barrierefrei"},
			{ID: childIDs[3], Description: "Aufzug bis ins 2. OG"},
		},
		FeatureTermIDs: []string{f.termID(directory.TaxAccessible, "lift"), f.termID(directory.TaxAccessible, directory.FeatureStepFree)},
		Schedules: []directory.Schedule{
			{ID: childIDs[4], Freq: directory.FreqWeekly, ByDay: "MO,TU", OpensAt: "09:00", ClosesAt: "14:00", Description: "Sprechstunde"},
			{ID: childIDs[5], Freq: directory.FreqWeekly, ByDay: "WE", OpensAt: "09:00", ClosesAt: "14:30"},
			{ID: childIDs[6], Freq: directory.FreqMonthly, Interval: 1, ByDay: "1SA,-1FR", OpensAt: "10:00", ClosesAt: "12:00",
				ValidFrom: "2025-01-01", ValidTo: "2025-12-31", DTStart: "2025-01-03", Until: "2025-12-31", Notes: "Frühstück"},
			{ID: childIDs[7], ValidFrom: "2025-12-24", ValidTo: "2025-12-26", Closed: true, Description: "Weihnachten geschlossen"},
		},
	}
}

func newIDs(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = directory.NewID()
	}
	return out
}

func testLocations(t *testing.T, open Opener) {
	f := setup(t, open)
	marl := f.saveTown("Marl", "45768")
	dorsten := f.saveTown("Dorsten", "46282")
	org := f.saveOrg("AWO")

	id, childIDs := directory.NewID(), newIDs(8)
	loc := fullLocation(f, id, org.ID, marl.ID, childIDs)
	if err := f.s.SaveLocation(f.ctx, f.actor, &loc); err != nil {
		t.Fatal(err)
	}
	want := fullLocation(f, id, org.ID, marl.ID, childIDs)
	want.Ver, want.CreatedAt, want.UpdatedAt, want.Town = 1, f.clock.Stored(), f.clock.Stored(), &marl
	// Features come back in the taxonomy's order.
	want.FeatureTermIDs = []string{f.termID(directory.TaxAccessible, directory.FeatureStepFree), f.termID(directory.TaxAccessible, "lift")}
	for i := range want.Schedules {
		want.Schedules[i].LocationID = id
	}
	check(t, "saved location", loc, want)
	got, err := f.s.Location(f.ctx, f.r.ID, id)
	if err != nil {
		t.Fatal(err)
	}
	check(t, "Location (round trip)", got, want)

	// An update replaces the child records and keeps the ids of those it keeps.
	f.clock.Advance(time.Minute)
	upd := got
	upd.Addresses = upd.Addresses[:1]
	upd.Accessibility = append(upd.Accessibility[:1], directory.Accessibility{Description: "Induktionsschleife im Saal"})
	upd.FeatureTermIDs = []string{f.termID(directory.TaxAccessible, "hearing-loop")}
	upd.Schedules = []directory.Schedule{got.Schedules[0], {Freq: directory.FreqWeekly, ByDay: "TH", OpensAt: "9:00", ClosesAt: "12:00"}}
	upd.Schedules[0].ClosesAt = "15:00"
	upd.TownID, upd.OrganizationID, upd.Latitude, upd.Longitude = dorsten.ID, "", nil, nil
	if err := f.s.SaveLocation(f.ctx, f.actor, &upd); err != nil {
		t.Fatal(err)
	}
	got, err = f.s.Location(f.ctx, f.r.ID, id)
	if err != nil {
		t.Fatal(err)
	}
	check(t, "updated location", got, upd)
	if got.Ver != 2 || !got.UpdatedAt.Equal(f.clock.Stored()) || !got.CreatedAt.Equal(want.CreatedAt) || got.Town == nil || got.Town.ID != dorsten.ID ||
		got.OrganizationID != "" || got.Latitude != nil {
		t.Errorf("updated location = %+v: want version 2, updated now, town Dorsten, no organisation, no coordinates", got)
	}
	check(t, "kept child ids", []string{got.Addresses[0].ID, got.Accessibility[0].ID, got.Schedules[0].ID}, []string{childIDs[0], childIDs[2], childIDs[4]})
	if len(got.Accessibility) != 2 || !directory.ValidID(got.Accessibility[1].ID) || len(got.Schedules) != 2 || !directory.ValidID(got.Schedules[1].ID) ||
		got.Schedules[1].OpensAt != "09:00" || got.Schedules[0].ClosesAt != "15:00" {
		t.Errorf("new child records = %+v / %+v: want ids given and times normalised", got.Accessibility, got.Schedules)
	}
	check(t, "features", got.FeatureTermIDs, []string{f.termID(directory.TaxAccessible, "hearing-loop")})

	// Lists.
	f.clock.Advance(time.Minute)
	full := f.saveLocation("Begegnungszentrum", func(l *directory.Location) { l.OrganizationID = org.ID; l.TownID = marl.ID })
	online := f.saveLocation("Online-Beratung", func(l *directory.Location) {
		l.Type, l.Addresses, l.URL = directory.LocationVirtual, nil, "https://beratung.example"
	})
	old := f.saveLocation("Altes Büro")
	if err := f.s.ArchiveLocation(f.ctx, f.actor, f.r.ID, old.ID); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		f     store.ListFilter
		want  []string
		total int
	}{
		{"current", store.ListFilter{}, []string{full.ID, id, online.ID}, 3},
		{"all", store.ListFilter{Archived: store.AllRecords}, []string{old.ID, full.ID, id, online.ID}, 4},
		{"archived", store.ListFilter{Archived: store.ArchivedOnly}, []string{old.ID}, 1},
		{"query", store.ListFilter{Query: "BERATUNG"}, []string{online.ID}, 1},
		{"organisation", store.ListFilter{OrgID: org.ID}, []string{full.ID}, 1},
		{"town", store.ListFilter{TownID: dorsten.ID}, []string{id}, 1},
		{"malformed town id", store.ListFilter{TownID: "dorsten"}, []string{}, 0},
		{"page", store.ListFilter{Limit: 1, Offset: 1}, []string{id}, 3},
	} {
		list, total, err := f.s.Locations(f.ctx, f.r.ID, tc.f)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		check(t, "Locations "+tc.name, ids(list, func(l directory.Location) string { return l.ID }), tc.want)
		if total != tc.total {
			t.Errorf("Locations %s: total %d, want %d", tc.name, total, tc.total)
		}
	}
	list, _, _ := f.s.Locations(f.ctx, f.r.ID, store.ListFilter{Query: "Hochstraße"})
	if len(list) != 1 {
		t.Fatalf("Locations Hochstraße: %d, want 1", len(list))
	}
	check(t, "listed location carries its details", list[0], got)

	archived, _ := f.s.Location(f.ctx, f.r.ID, old.ID)
	if archived.ArchivedAt == nil {
		t.Errorf("archived location = %+v", archived)
	}
	if err := f.s.RestoreLocation(f.ctx, f.actor, f.r.ID, old.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := f.s.Location(f.ctx, f.r.ID, old.ID); got.ArchivedAt != nil {
		t.Errorf("restored location = %+v", got)
	}
	_, err = f.s.Location(f.ctx, f.r.ID, directory.NewID())
	wantCode(t, "unknown location", err, directory.ENOTFOUND)
}
