package storetest

import (
	"testing"
	"time"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

func testServices(t *testing.T, open Opener) {
	t.Run("fully nested", func(t *testing.T) {
		f := setup(t, open)
		marl := f.saveTown("Marl", "45768")
		org := f.saveOrg("AWO")
		loc1 := f.saveLocation("Begegnungszentrum", func(l *directory.Location) {
			l.TownID = marl.ID
			l.FeatureTermIDs = []string{f.termID(directory.TaxAccessible, directory.FeatureStepFree)}
			l.Schedules = []directory.Schedule{{Freq: directory.FreqWeekly, ByDay: "MO", OpensAt: "09:00", ClosesAt: "12:00"}}
		})
		loc2 := f.saveLocation("Online", func(l *directory.Location) { l.Type, l.Addresses = directory.LocationVirtual, nil })
		care := f.saveTerm(directory.TaxNeeds, "Pflege")
		seniors := f.saveTerm(directory.TaxTargetGroups, "Senior*innen")
		walkIn := f.termID(directory.TaxAccess, directory.AccessWalkIn)

		id := directory.NewID()
		build := func() directory.Service {
			return directory.Service{ID: id, RegionID: f.r.ID, OrganizationID: org.ID, Name: "Pflegeberatung für Familien", AlternateName: "Bakım danışmanlığı",
				Summary: "Beratung zur Pflege, auch auf Türkisch.", Description: "Wir beraten Familien.\n\nAuch zu Hause.", URL: "https://awo.example/pflege",
				Email: "pflege@awo.example", Status: directory.StatusActive, InterpretationServices: "Dolmetschende auf Anfrage",
				ApplicationProcess: "Anrufen oder vorbeikommen", FeesDescription: "kostenlos", EligibilityDescription: "Angehörige",
				MinimumAge: ptr(18), MaximumAge: ptr(99), AssuredDate: "2025-03-01", Alert: "Im August geschlossen",
				TermIDs:   []string{walkIn, seniors.ID, care.ID},
				Languages: []directory.Language{{Code: "tr", Note: "Muttersprache"}, {Code: "DE "}, {Code: "tr"}, {Code: "ku", Name: "Kurdî"}},
				CostOptions: []directory.CostOption{{ID: directory.DerivedID(id, "cost:1"), Option: "Hausbesuch", Amount: ptr(0.0), Currency: "EUR",
					AmountDescription: "frei", ValidFrom: "2025-01-01", ValidTo: "2025-12-31"}},
				Locations: []directory.ServiceAtLocation{{LocationID: loc1.ID, Description: "dienstags"}, {LocationID: loc2.ID}, {LocationID: loc1.ID}},
				Schedules: []directory.Schedule{{ID: directory.DerivedID(id, "schedule:1"), Freq: directory.FreqWeekly, ByDay: "TU", OpensAt: "10:00", ClosesAt: "12:00"}},
			}
		}
		sv := build()
		if err := f.s.SaveService(f.ctx, f.actor, &sv); err != nil {
			t.Fatal(err)
		}
		contact := f.saveContact("Pflegeteam", func(c *directory.Contact) { c.ServiceID = id; c.Email = "team@awo.example" })

		loc1Full, _ := f.s.Location(f.ctx, f.r.ID, loc1.ID)
		loc2Full, _ := f.s.Location(f.ctx, f.r.ID, loc2.ID)
		want := build()
		want.Ver, want.CreatedAt, want.UpdatedAt = 1, f.clock.Stored(), f.clock.Stored()
		// Terms come back by taxonomy order: staff terms (sort order 0) by name, then the built-in access term.
		want.TermIDs = []string{care.ID, seniors.ID, walkIn}
		want.Languages = []directory.Language{
			{ID: directory.DerivedID(id, "language:tr"), Code: "tr", Name: "Türkisch", Note: "Muttersprache"},
			{ID: directory.DerivedID(id, "language:de"), Code: "de", Name: "Deutsch"},
			{ID: directory.DerivedID(id, "language:ku"), Code: "ku", Name: "Kurdî"},
		}
		want.Locations = []directory.ServiceAtLocation{
			{ID: directory.DerivedID(id, "location:"+loc1.ID), LocationID: loc1.ID, Description: "dienstags", Location: &loc1Full},
			{ID: directory.DerivedID(id, "location:"+loc2.ID), LocationID: loc2.ID, Location: &loc2Full},
		}
		want.Schedules[0].ServiceID = id
		want.Organization = &org
		want.Contacts = []directory.Contact{contact}

		got, err := f.s.Service(f.ctx, f.r.ID, id)
		if err != nil {
			t.Fatal(err)
		}
		check(t, "Service (fully nested)", got, want)
		if got.Locations[0].Location.Town == nil || got.Locations[0].Location.Town.Name != "Marl" || len(got.Locations[0].Location.Schedules) != 1 {
			t.Errorf("nested location = %+v: want its town and opening hours", got.Locations[0].Location)
		}
		saved := want
		saved.Contacts = nil
		check(t, "saved service", sv, saved)
		if !got.Free() {
			t.Errorf("service with only a zero-amount cost option: Free() = false")
		}

		// An update replaces terms, languages, costs, locations and
		// opening hours.
		f.clock.Advance(time.Minute)
		upd := got
		upd.TermIDs = []string{care.ID}
		upd.Languages = []directory.Language{{Code: "ar"}}
		upd.CostOptions = append(upd.CostOptions, directory.CostOption{Option: "Kurs", Amount: ptr(25.5), Currency: "EUR"})
		upd.Locations = []directory.ServiceAtLocation{{LocationID: loc2.ID, Description: "per Video"}}
		upd.Schedules = nil
		upd.MinimumAge, upd.Alert = nil, ""
		if err := f.s.SaveService(f.ctx, f.actor, &upd); err != nil {
			t.Fatal(err)
		}
		got, err = f.s.Service(f.ctx, f.r.ID, id)
		if err != nil {
			t.Fatal(err)
		}
		if got.Ver != 2 || !got.UpdatedAt.Equal(f.clock.Stored()) || !got.CreatedAt.Equal(want.CreatedAt) || got.MinimumAge != nil || got.Alert != "" {
			t.Errorf("updated service = %+v: want version 2, updated now, no minimum age, no alert", got)
		}
		check(t, "updated terms", got.TermIDs, []string{care.ID})
		check(t, "updated languages", got.LanguageCodes(), []string{"ar"})
		check(t, "updated locations", ids(got.Locations, func(l directory.ServiceAtLocation) string { return l.LocationID + " " + l.Description }),
			[]string{loc2.ID + " per Video"})
		if len(got.Schedules) != 0 || len(got.CostOptions) != 2 || got.Free() {
			t.Errorf("updated service: schedules %+v, cost options %+v: want no schedules, two cost options, not free", got.Schedules, got.CostOptions)
		}

		_, err = f.s.Service(f.ctx, f.r.ID, directory.NewID())
		wantCode(t, "unknown service", err, directory.ENOTFOUND)
	})

	t.Run("cost options and Free", func(t *testing.T) {
		f := setup(t, open)
		org := f.saveOrg("AWO")
		for _, tc := range []struct {
			name  string
			costs []directory.CostOption
			free  bool
		}{
			{"no cost options", nil, false},
			{"zero amount", []directory.CostOption{{Option: "kostenlos", Amount: ptr(0.0)}}, true},
			{"amount unknown", []directory.CostOption{{Option: "Spende erbeten"}}, false},
			{"zero and unknown", []directory.CostOption{{Option: "Spende"}, {Option: "frei", Amount: ptr(0.0)}}, true},
			{"zero and paid", []directory.CostOption{{Option: "Erstgespräch", Amount: ptr(0.0)}, {Option: "Kurs", Amount: ptr(12.5)}}, false},
			{"paid", []directory.CostOption{{Option: "Kurs", Amount: ptr(0.01), Currency: "EUR"}}, false},
		} {
			sv := f.saveService(org.ID, tc.name, func(s *directory.Service) { s.CostOptions = tc.costs })
			got, err := f.s.Service(f.ctx, f.r.ID, sv.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Free() != tc.free {
				t.Errorf("%s: Free() = %v, want %v (cost options %+v)", tc.name, got.Free(), tc.free, got.CostOptions)
			}
			if len(got.CostOptions) != len(tc.costs) {
				t.Errorf("%s: %d cost options stored, want %d", tc.name, len(got.CostOptions), len(tc.costs))
			}
		}
		// SetFree on a stored offer adds, and takes away, the marker.
		sv := f.saveService(org.ID, "Kurs", func(s *directory.Service) {
			s.CostOptions = []directory.CostOption{{Option: "Material", AmountDescription: "nach Absprache"}}
		})
		sv.SetFree(true)
		if err := f.s.SaveService(f.ctx, f.actor, &sv); err != nil {
			t.Fatal(err)
		}
		if got, _ := f.s.Service(f.ctx, f.r.ID, sv.ID); !got.Free() || len(got.CostOptions) != 2 || got.CostOptions[1].ID != directory.DerivedID(sv.ID, "cost:free") {
			t.Errorf("after SetFree(true): %+v, want free, the other option kept and a stable id", got.CostOptions)
		}
		sv.SetFree(false)
		if err := f.s.SaveService(f.ctx, f.actor, &sv); err != nil {
			t.Fatal(err)
		}
		if got, _ := f.s.Service(f.ctx, f.r.ID, sv.ID); got.Free() || len(got.CostOptions) != 1 {
			t.Errorf("after SetFree(false): %+v, want not free, one option", got.CostOptions)
		}
	})

	t.Run("ServicesByID keeps the order asked for", func(t *testing.T) {
		f := setup(t, open)
		org := f.saveOrg("AWO")
		a := f.saveService(org.ID, "A")
		b := f.saveService(org.ID, "B")
		c := f.saveService(org.ID, "C")
		if err := f.s.ArchiveService(f.ctx, f.actor, f.r.ID, b.ID); err != nil {
			t.Fatal(err)
		}
		other := f.region("other")
		x := other.saveService(other.saveOrg("X").ID, "X")
		got, err := f.s.ServicesByID(f.ctx, f.r.ID, []string{c.ID, a.ID, directory.NewID(), "kaputt", x.ID, b.ID})
		if err != nil {
			t.Fatal(err)
		}
		check(t, "ServicesByID", serviceIDs(got), []string{c.ID, a.ID, b.ID})
		if len(got) == 3 && (got[0].Organization == nil || got[0].Organization.ID != org.ID) {
			t.Errorf("ServicesByID: offers come without their organisation: %+v", got[0])
		}
		if got, err := f.s.ServicesByID(f.ctx, f.r.ID, nil); err != nil || len(got) != 0 {
			t.Errorf("ServicesByID(nil) = %v, %v; want nothing", got, err)
		}
	})

	t.Run("archive and restore", func(t *testing.T) {
		f := setup(t, open)
		org := f.saveOrg("AWO")
		sv := f.saveService(org.ID, "Sprachcafé")
		f.clock.Advance(time.Minute)
		if err := f.s.ArchiveService(f.ctx, f.actor, f.r.ID, sv.ID); err != nil {
			t.Fatal(err)
		}
		got, _ := f.s.Service(f.ctx, f.r.ID, sv.ID)
		if got.ArchivedAt == nil || !got.ArchivedAt.Equal(f.clock.Stored()) || got.Ver != 2 {
			t.Errorf("archived service = %+v", got)
		}
		if err := f.s.RestoreService(f.ctx, f.actor, f.r.ID, sv.ID); err != nil {
			t.Fatal(err)
		}
		if got, _ := f.s.Service(f.ctx, f.r.ID, sv.ID); got.ArchivedAt != nil || got.Ver != 3 {
			t.Errorf("restored service = %+v", got)
		}
		wantCode(t, "archiving an unknown service", f.s.ArchiveService(f.ctx, f.actor, f.r.ID, directory.NewID()), directory.ENOTFOUND)
	})
}

func testServiceList(t *testing.T, open Opener) {
	f := setup(t, open)
	marl := f.saveTown("Marl", "45768")
	dorsten := f.saveTown("Dorsten", "46282")
	caritas := f.saveOrg("Caritas")
	awo := f.saveOrg("AWO")
	atMarl := f.saveLocation("Marl", func(l *directory.Location) { l.TownID = marl.ID })
	atDorsten := f.saveLocation("Dorsten", func(l *directory.Location) { l.TownID = dorsten.ID })
	nowhere := f.saveLocation("ohne Ort")
	care := f.saveTerm(directory.TaxNeeds, "Pflege")
	language := f.saveTerm(directory.TaxNeeds, "Sprache")
	seniors := f.saveTerm(directory.TaxTargetGroups, "Senior*innen")
	at := func(locs ...directory.Location) []directory.ServiceAtLocation {
		var out []directory.ServiceAtLocation
		for _, l := range locs {
			out = append(out, directory.ServiceAtLocation{LocationID: l.ID})
		}
		return out
	}

	times := make([]time.Time, 5)
	times[0] = f.clock.Stored()
	s1 := f.saveService(caritas.ID, "Beratung zur Pflege", func(s *directory.Service) {
		s.TermIDs, s.Locations = []string{care.ID, seniors.ID}, at(atMarl)
	})
	f.clock.Advance(time.Hour)
	times[1] = f.clock.Stored()
	s2 := f.saveService(awo.ID, "Café der Sprachen", func(s *directory.Service) {
		s.AlternateName, s.TermIDs, s.Locations = "Sprachcafé ÜBUNG", []string{language.ID}, at(atDorsten)
	})
	f.clock.Advance(time.Hour)
	times[2] = f.clock.Stored()
	s3 := f.saveService(awo.ID, "Entlastung für pflegende Angehörige", func(s *directory.Service) {
		s.TermIDs, s.Locations = []string{care.ID}, at(atMarl, atDorsten)
	})
	f.clock.Advance(time.Hour)
	times[3] = f.clock.Stored()
	s4 := f.saveService(caritas.ID, "Frühstückstreff Ältere", func(s *directory.Service) { s.Locations = at(nowhere) })
	f.clock.Advance(time.Hour)
	times[4] = f.clock.Stored()
	s5 := f.saveService(awo.ID, "Gruppe 100% kostenlos")
	f.clock.Advance(time.Hour)
	if err := f.s.ArchiveService(f.ctx, f.actor, f.r.ID, s4.ID); err != nil {
		t.Fatal(err)
	}

	for _, tc := range []struct {
		name  string
		f     store.ListFilter
		want  []directory.Service
		total int
	}{
		{"current", store.ListFilter{}, []directory.Service{s1, s2, s3, s5}, 4},
		{"archived", store.ListFilter{Archived: store.ArchivedOnly}, []directory.Service{s4}, 1},
		{"all", store.ListFilter{Archived: store.AllRecords}, []directory.Service{s1, s2, s3, s4, s5}, 5},
		{"query, any case", store.ListFilter{Query: "PFLEGE"}, []directory.Service{s1, s3}, 2},
		{"query in alternate name, umlaut in other case", store.ListFilter{Query: "übung"}, []directory.Service{s2}, 1},
		{"query with umlaut, all", store.ListFilter{Query: "ältere", Archived: store.AllRecords}, []directory.Service{s4}, 1},
		{"query with %", store.ListFilter{Query: "0%"}, []directory.Service{s5}, 1},
		{"query with _", store.ListFilter{Query: "_"}, nil, 0},
		{"organisation", store.ListFilter{OrgID: caritas.ID}, []directory.Service{s1}, 1},
		{"organisation, all", store.ListFilter{OrgID: caritas.ID, Archived: store.AllRecords}, []directory.Service{s1, s4}, 2},
		{"term", store.ListFilter{TermID: care.ID}, []directory.Service{s1, s3}, 2},
		{"other term", store.ListFilter{TermID: seniors.ID}, []directory.Service{s1}, 1},
		{"taxonomy", store.ListFilter{TaxonomyID: f.taxonomyID(directory.TaxNeeds)}, []directory.Service{s1, s2, s3}, 3},
		{"other taxonomy", store.ListFilter{TaxonomyID: f.taxonomyID(directory.TaxTargetGroups)}, []directory.Service{s1}, 1},
		{"town", store.ListFilter{TownID: marl.ID}, []directory.Service{s1, s3}, 2},
		{"other town", store.ListFilter{TownID: dorsten.ID}, []directory.Service{s2, s3}, 2},
		{"term and town", store.ListFilter{TermID: care.ID, TownID: dorsten.ID}, []directory.Service{s3}, 1},
		{"modified at or after", store.ListFilter{ModifiedAfter: times[2]}, []directory.Service{s3, s5}, 2},
		{"modified after, all (archiving is a change)", store.ListFilter{ModifiedAfter: times[2], Archived: store.AllRecords}, []directory.Service{s3, s4, s5}, 3},
		{"modified after, just past", store.ListFilter{ModifiedAfter: times[2].Add(time.Microsecond)}, []directory.Service{s5}, 1},
		{"modified after, zone does not matter", store.ListFilter{ModifiedAfter: times[4].In(directory.Berlin)}, []directory.Service{s5}, 1},
		{"first page", store.ListFilter{Limit: 3}, []directory.Service{s1, s2, s3}, 4},
		{"second page", store.ListFilter{Limit: 3, Offset: 3}, []directory.Service{s5}, 4},
		{"past the end", store.ListFilter{Limit: 3, Offset: 6}, nil, 4},
		{"filtered page", store.ListFilter{TownID: dorsten.ID, Limit: 1, Offset: 1}, []directory.Service{s3}, 2},
		{"malformed organisation id", store.ListFilter{OrgID: "caritas"}, nil, 0},
		{"unknown term", store.ListFilter{TermID: directory.NewID()}, nil, 0},
	} {
		list, total, err := f.s.Services(f.ctx, f.r.ID, tc.f)
		if err != nil {
			t.Errorf("Services %s: %v", tc.name, err)
			continue
		}
		check(t, "Services "+tc.name, sorted(serviceIDs(list)), sorted(serviceIDs(tc.want)))
		if len(list) == len(tc.want) {
			check(t, "order of Services "+tc.name, serviceIDs(list), serviceIDs(tc.want))
		}
		if total != tc.total {
			t.Errorf("Services %s: total %d, want %d", tc.name, total, tc.total)
		}
	}

	// Listed offers carry what lists show.
	list, _, _ := f.s.Services(f.ctx, f.r.ID, store.ListFilter{TermID: seniors.ID})
	if len(list) == 1 {
		got := list[0]
		if got.Organization == nil || got.Organization.ID != caritas.ID || len(got.Locations) != 1 || got.Locations[0].Location == nil ||
			got.Locations[0].Location.Town == nil || got.Locations[0].Location.Town.ID != marl.ID {
			t.Errorf("listed service = %+v: want its organisation and its location with town", got)
		}
		check(t, "listed terms", sorted(got.TermIDs), sorted([]string{care.ID, seniors.ID}))
	}
}
