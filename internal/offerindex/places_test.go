package offerindex

import (
	"context"
	"math"
	"slices"
	"testing"
	"time"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

// Marl and Dorsten town halls, about 9 km apart; Haltern 12 km from Marl.
var (
	marl    = Point{51.6561, 7.0904}
	dorsten = Point{51.6607, 6.9650}
	haltern = Point{51.7430, 7.1846}
)

func weekly(days, opens, closes string) directory.Schedule {
	return directory.Schedule{Freq: directory.FreqWeekly, ByDay: days, OpensAt: opens, ClosesAt: closes}
}

func at(p Point, postal string, stepFree bool, h ...directory.Schedule) store.ServicePlace {
	return store.ServicePlace{LocationID: "l" + postal, HasPoint: true, Lat: p.Lat, Lon: p.Lon, PostalCode: postal, StepFree: stepFree, Hours: h}
}

// newPlacesFixture: 1 in Marl (step-free, Mon–Fri 9–12), 2 in Dorsten
// and Haltern (Tue 14–18 in Dorsten), 3 only by phone (Mon–Fri 8–16, no
// place), 4 in Marl without hours, 5 in Marl, temporarily closed, with
// the same hours as 1.
func newPlacesFixture(t *testing.T) (*Index, *fakeSource) {
	t.Helper()
	src := &fakeSource{offers: map[string]store.ServiceFacets{}, places: map[string][]store.ServicePlace{}}
	for _, o := range []store.ServiceFacets{
		{ID: "1", Name: "Alpha"}, {ID: "2", Name: "Beta"}, {ID: "3", Name: "Gamma"}, {ID: "4", Name: "Delta"},
		{ID: "5", Name: "Epsilon", Status: directory.StatusTemporarilyClosed},
	} {
		src.put(o)
	}
	src.places["1"] = []store.ServicePlace{at(marl, "45768", true, weekly("MO,TU,WE,TH,FR", "09:00", "12:00"))}
	src.places["2"] = []store.ServicePlace{at(dorsten, "46282", false, weekly("TU", "14:00", "18:00")), at(haltern, "45721", false)}
	src.places["3"] = []store.ServicePlace{{Hours: directory.Hours{weekly("MO,TU,WE,TH,FR", "08:00", "16:00")}}}
	src.places["4"] = []store.ServicePlace{at(marl, "45770", false)}
	src.places["5"] = []store.ServicePlace{at(marl, "45768", false, weekly("MO,TU,WE,TH,FR", "09:00", "12:00"))}
	ix := New(src)
	if err := ix.Refresh(context.Background(), "r"); err != nil {
		t.Fatal(err)
	}
	return ix, src
}

// berlin returns a wall-clock time in Germany: 2026-11-24 is a Tuesday.
func berlin(day, clock string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", day+" "+clock, directory.Berlin)
	if err != nil {
		panic(err)
	}
	return t
}

func TestStepFreeAndOpening(t *testing.T) {
	ix, _ := newPlacesFixture(t)
	tests := []struct {
		name string
		q    Query
		want []string
	}{
		{"step-free", Query{StepFree: true}, []string{"1"}},
		{"open Tuesday 10:00: Marl and the phone line, not the closed one", Query{OpenAt: berlin("2026-11-24", "10:00")}, []string{"1", "3"}},
		{"open Tuesday 15:00: Dorsten and the phone line", Query{OpenAt: berlin("2026-11-24", "15:00")}, []string{"2", "3"}},
		{"open Sunday: nobody", Query{OpenAt: berlin("2026-11-29", "10:00")}, nil},
		{"open on a Tuesday", Query{OpenOn: berlin("2026-12-01", "00:00")}, []string{"1", "2", "3"}},
		{"open on a Wednesday", Query{OpenOn: berlin("2026-11-25", "00:00")}, []string{"1", "3"}},
		{"open on a Tuesday, step-free", Query{OpenOn: berlin("2026-12-01", "00:00"), StepFree: true}, []string{"1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ix.Search("r", tt.q)
			if !slices.Equal(got.IDs, tt.want) {
				t.Errorf("IDs = %v, want %v", got.IDs, tt.want)
			}
		})
	}
	// Counts tell what choosing the filter would give.
	got := ix.Search("r", Query{OpenAt: berlin("2026-11-24", "10:00")})
	if got.StepFreeCount != 1 || got.OpenCount != 2 {
		t.Errorf("step-free count %d, open count %d; want 1, 2", got.StepFreeCount, got.OpenCount)
	}
	if got := ix.Search("r", Query{}); got.StepFreeCount != 1 || got.OpenCount != 0 {
		t.Errorf("without filters: step-free count %d, open count %d; want 1, 0", got.StepFreeCount, got.OpenCount)
	}
}

func TestNear(t *testing.T) {
	ix, _ := newPlacesFixture(t)
	// From Dorsten: 2 is there (0 km); 1 and 4 are in Marl (9 km).
	got := ix.Search("r", Query{Near: &dorsten})
	// Equal distances keep the name order (Alpha, Delta, Epsilon).
	if want := []string{"2", "1", "4", "5"}; !slices.Equal(got.IDs, want) {
		t.Errorf("near Dorsten: %v, want %v", got.IDs, want)
	}
	if got.Distances[0] > 0.01 || math.Abs(got.Distances[1]-8.7) > 0.5 {
		t.Errorf("distances %v, want 0 and about 8.7 km", got.Distances)
	}
	// From Haltern with 5 km: only 2 (its second place is there); the
	// phone line has no place and is never "near".
	got = ix.Search("r", Query{Near: &haltern, Radius: 5})
	if !slices.Equal(got.IDs, []string{"2"}) {
		t.Errorf("near Haltern 5 km: %v, want [2]", got.IDs)
	}
	// Counts per radius option: 2, 5, 10, 25, 50 km from Haltern.
	if want := []int{1, 1, 1, 4, 4}; !slices.Equal(got.Within, want) {
		t.Errorf("Within = %v, want %v", got.Within, want)
	}
	// Combined with a filter.
	if got := ix.Search("r", Query{Near: &dorsten, StepFree: true}); !slices.Equal(got.IDs, []string{"1"}) {
		t.Errorf("near Dorsten, step-free: %v", got.IDs)
	}
}

func TestNearWeighsTextMatches(t *testing.T) {
	src := &fakeSource{offers: map[string]store.ServiceFacets{}, places: map[string][]store.ServicePlace{}}
	src.put(store.ServiceFacets{ID: "far", Name: "Pflegeberatung"})
	src.put(store.ServiceFacets{ID: "near", Name: "Pflegeberatung"})
	src.places["far"] = []store.ServicePlace{at(haltern, "45721", false)}
	src.places["near"] = []store.ServicePlace{at(dorsten, "46282", false)}
	ix := New(src)
	if err := ix.Refresh(context.Background(), "r"); err != nil {
		t.Fatal(err)
	}
	// Equally good matches: the nearer first, whatever the name order.
	if got := ix.Search("r", Query{Text: "pflegeberatung", Near: &dorsten, Radius: 50}); !slices.Equal(got.IDs, []string{"near", "far"}) {
		t.Errorf("near Dorsten: %v", got.IDs)
	}
	if got := ix.Search("r", Query{Text: "pflegeberatung", Near: &haltern, Radius: 50}); !slices.Equal(got.IDs, []string{"far", "near"}) {
		t.Errorf("near Haltern: %v", got.IDs)
	}
}

func TestPlacesFollowChanges(t *testing.T) {
	ix, src := newPlacesFixture(t)
	if p, ok := ix.PostalPoint("r", "45768"); !ok || math.Abs(p.Lat-marl.Lat) > 1e-4 {
		t.Errorf("PostalPoint(45768) = %v, %v", p, ok)
	}
	if _, ok := ix.PostalPoint("r", "12345"); ok {
		t.Error("a postal code no place has has a point")
	}
	// Offer 4 gets a step-free place: a refresh picks it up.
	src.places["4"] = []store.ServicePlace{at(marl, "45770", true)}
	src.put(src.offers["4"])
	if err := ix.Refresh(context.Background(), "r"); err != nil {
		t.Fatal(err)
	}
	if got := ix.Search("r", Query{StepFree: true}); !slices.Equal(got.IDs, []string{"1", "4"}) {
		t.Errorf("after the change: step-free %v, want [1 4]", got.IDs)
	}
}

func TestOpenOptionCounts(t *testing.T) {
	ix, _ := newPlacesFixture(t)
	// From Tuesday 10:00: now 1 and 3 are open; Tuesday 1, 2, 3;
	// Wednesday to Friday 1 and 3; Saturday, Sunday none; Monday 1, 3.
	// Offer 5 is closed for now and never counts.
	got := ix.Search("r", Query{CountOpen: berlin("2026-11-24", "10:00")})
	if want := []int{2, 3, 2, 2, 2, 0, 0, 2}; !slices.Equal(got.OpenOptions, want) {
		t.Errorf("OpenOptions = %v, want %v", got.OpenOptions, want)
	}
	// With a day chosen, the options still count as alternatives, and
	// with a step-free filter only offer 1 counts.
	got = ix.Search("r", Query{CountOpen: berlin("2026-11-24", "10:00"), OpenOn: berlin("2026-11-28", "00:00"), StepFree: true})
	if want := []int{1, 1, 1, 1, 1, 0, 0, 1}; got.Total != 0 || !slices.Equal(got.OpenOptions, want) {
		t.Errorf("Saturday, step-free: total %d, OpenOptions = %v, want 0, %v", got.Total, got.OpenOptions, want)
	}
	// Radius counts respect the opening filter: from Haltern, open on
	// Tuesday leaves 2 (there) and 1 (Marl).
	got = ix.Search("r", Query{Near: &haltern, Radius: 50, OpenOn: berlin("2026-11-24", "00:00")})
	if want := []int{1, 1, 1, 2, 2}; !slices.Equal(got.Within, want) {
		t.Errorf("Within = %v, want %v", got.Within, want)
	}
}

// TestPlacesDeferred: a large region's first build leaves the places to
// the next refresh; until then place filters report SearchPending and
// opening counts are left out, never wrong.
func TestPlacesDeferred(t *testing.T) {
	_, src := newPlacesFixture(t)
	ix := New(src)
	ix.DeferSearchAbove(1)
	if err := ix.Refresh(context.Background(), "r"); err != nil {
		t.Fatal(err)
	}
	for _, q := range []Query{{StepFree: true}, {Near: &marl}, {OpenAt: berlin("2026-11-24", "10:00")}, {PostalCode: "45768"}} {
		if got := ix.Search("r", q); !got.SearchPending || got.Total != 0 {
			t.Errorf("%+v before the places: pending %v, total %d", q, got.SearchPending, got.Total)
		}
	}
	if got := ix.Search("r", Query{CountOpen: berlin("2026-11-24", "10:00")}); got.SearchPending || got.Total != 5 || got.OpenOptions != nil {
		t.Errorf("list before the places: pending %v, total %d, options %v", got.SearchPending, got.Total, got.OpenOptions)
	}
	if err := ix.Refresh(context.Background(), "r"); err != nil {
		t.Fatal(err)
	}
	if got := ix.Search("r", Query{StepFree: true}); got.SearchPending || !slices.Equal(got.IDs, []string{"1"}) {
		t.Errorf("after the second refresh: %+v", got)
	}
	if got := ix.Search("r", Query{Near: &dorsten, Radius: 50}); len(got.IDs) != 4 {
		t.Errorf("near after the second refresh: %v", got.IDs)
	}
}
