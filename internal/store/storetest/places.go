package storetest

import (
	"slices"
	"testing"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

// places fetches the places of the offers changed since revision since.
func (f *fx) places(since int64) map[string][]store.ServicePlace {
	f.t.Helper()
	out := map[string][]store.ServicePlace{}
	var order []string
	err := f.s.EachServicePlaces(f.ctx, f.r.ID, since, func(id string, ps []store.ServicePlace) {
		if _, dup := out[id]; dup {
			f.t.Errorf("offer %s passed twice", id)
		}
		order = append(order, id)
		out[id] = slices.Clone(ps)
	})
	if err != nil {
		f.t.Fatalf("EachServicePlaces(%d): %v", since, err)
	}
	if !slices.IsSorted(order) {
		f.t.Errorf("offers not in id order: %v", order)
	}
	return out
}

func testServicePlaces(t *testing.T, open Opener) {
	f := setup(t, open)
	lat, lon := 51.6561, 7.0904
	stepFree := f.termID(directory.TaxAccessible, directory.FeatureStepFree)
	lift := f.termID(directory.TaxAccessible, "lift")
	center := f.saveLocation("Begegnungszentrum", func(l *directory.Location) {
		l.Latitude, l.Longitude = &lat, &lon
		l.Addresses[0].PostalCode = "45768"
		l.FeatureTermIDs = []string{lift, stepFree}
		l.Schedules = []directory.Schedule{{Freq: directory.FreqWeekly, ByDay: "MO", OpensAt: "09:00", ClosesAt: "12:00"}}
	})
	office := f.saveLocation("Büro", func(l *directory.Location) { l.FeatureTermIDs = []string{lift} })
	org := f.saveOrg("AWO")
	// a: general hours, at the centre (which has its own hours) and at
	// the office with hours of its own there.
	a := f.saveService(org.ID, "Beratung", func(sv *directory.Service) {
		sv.Locations = []directory.ServiceAtLocation{{LocationID: center.ID}, {LocationID: office.ID}}
		sv.Schedules = []directory.Schedule{{Freq: directory.FreqWeekly, ByDay: "TU", OpensAt: "10:00", ClosesAt: "12:00"}}
	})
	salOffice := a.Locations[1].ID
	a.Schedules = append(a.Schedules, directory.Schedule{ServiceAtLocationID: salOffice, Freq: directory.FreqWeekly, ByDay: "FR", OpensAt: "08:00", ClosesAt: "09:00"})
	if err := f.s.SaveService(f.ctx, f.actor, &a); err != nil {
		t.Fatal(err)
	}
	// b: a phone line with hours, no place; c: nothing at all; d: only
	// at the centre, so the centre's hours apply.
	b := f.saveService(org.ID, "Telefon", func(sv *directory.Service) {
		sv.Schedules = []directory.Schedule{{Freq: directory.FreqWeekly, ByDay: "WE", OpensAt: "14:00", ClosesAt: "16:00"}}
	})
	f.saveService(org.ID, "Nichts")
	d := f.saveService(org.ID, "Treff", func(sv *directory.Service) {
		sv.Locations = []directory.ServiceAtLocation{{LocationID: center.ID}}
	})

	got := f.places(0)
	if len(got) != 3 {
		t.Fatalf("places of %d offers, want 3 (a, b, d): %v", len(got), got)
	}
	days := func(h directory.Hours) []string {
		var out []string
		for _, s := range h {
			out = append(out, s.ByDay)
		}
		return out
	}
	pa := got[a.ID]
	if len(pa) != 2 {
		t.Fatalf("a has %d places, want 2", len(pa))
	}
	byLoc := map[string]store.ServicePlace{pa[0].LocationID: pa[0], pa[1].LocationID: pa[1]}
	c := byLoc[center.ID]
	if !c.HasPoint || c.Lat != lat || c.Lon != lon || c.PostalCode != "45768" || !c.StepFree {
		t.Errorf("centre: %+v", c)
	}
	if !slices.Equal(days(c.Hours), []string{"TU"}) {
		t.Errorf("a at the centre keeps its general hours, got %v", days(c.Hours))
	}
	o := byLoc[office.ID]
	if o.HasPoint || o.StepFree || o.PostalCode != "45657" {
		t.Errorf("office: %+v", o)
	}
	if !slices.Equal(days(o.Hours), []string{"FR"}) {
		t.Errorf("a at the office keeps its hours there, got %v", days(o.Hours))
	}
	if pb := got[b.ID]; len(pb) != 1 || pb[0].LocationID != "" || !slices.Equal(days(pb[0].Hours), []string{"WE"}) {
		t.Errorf("b: %+v", pb)
	}
	if pd := got[d.ID]; len(pd) != 1 || !slices.Equal(days(pd[0].Hours), []string{"MO"}) {
		t.Errorf("d at the centre has the centre's hours: %+v", pd)
	}

	// A change of the centre reaches its offers (a and d) through their
	// revision, and an archived place is gone.
	rev := f.revision()
	center.FeatureTermIDs = []string{lift}
	if err := f.s.SaveLocation(f.ctx, f.actor, &center); err != nil {
		t.Fatal(err)
	}
	got = f.places(rev)
	if len(got) != 2 || got[d.ID] == nil || got[d.ID][0].StepFree {
		t.Errorf("after the centre lost step-free access: %+v", got)
	}
	rev = f.revision()
	if err := f.s.ArchiveLocation(f.ctx, f.actor, f.r.ID, office.ID); err != nil {
		t.Fatal(err)
	}
	got = f.places(rev)
	if pa := got[a.ID]; len(pa) != 1 || pa[0].LocationID != center.ID {
		t.Errorf("after archiving the office, a is at %+v", pa)
	}
}
