package offerindex

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

// place is where an offer is held, in compact form: no pointers, so the
// collector never scans the places of 100,000 offers.
type place struct {
	lat, lon float32 // valid when flags has placePoint
	postal   uint32  // German postal code as a number, 0 for none
	hours    uint32  // into snapshot.hours; 0: no hours
	flags    uint8
}

const (
	placePoint uint8 = 1 << iota
	placeStepFree
)

// Point is a position on the map.
type Point struct{ Lat, Lon float64 }

// RadiusOptions are the distances (km) the "near me" filter offers and
// counts. The Kreis Recklinghausen is about 40 km across.
var RadiusOptions = []int{2, 5, 10, 25, 50}

// OpenDays is how many days, today first, the opening filter offers.
const OpenDays = 7

// DefaultRadius is the radius (km) of a "near me" search that names none:
// a bus ride within a town and to its neighbours.
const DefaultRadius = 10

// earthKm is the mean radius of the earth.
const earthKm = 6371.0

// nearness measures distances from one point. Within a region (some
// tens of km) the plane through the point is exact to a few meters, and
// needs no trigonometry per place: 150,000 places are measured in about
// a millisecond.
type nearness struct {
	lat, lon float64
	kx, ky   float64 // km per degree of longitude and latitude there
}

func newNearness(p Point) nearness {
	ky := earthKm * math.Pi / 180
	return nearness{lat: p.Lat, lon: p.Lon, kx: ky * math.Cos(p.Lat*math.Pi/180), ky: ky}
}

func (n nearness) km(lat, lon float64) float64 {
	dx, dy := (lon-n.lon)*n.kx, (lat-n.lat)*n.ky
	return math.Sqrt(dx*dx + dy*dy)
}

// nearest returns the distance to the closest of the places that have a
// point, and false when none has.
func (n nearness) nearest(places []place) (float64, bool) {
	best, ok := math.Inf(1), false
	for _, pl := range places {
		if pl.flags&placePoint != 0 {
			best, ok = min(best, n.km(float64(pl.lat), float64(pl.lon))), true
		}
	}
	return best, ok
}

// distanceFactor weighs a text match by how far away the offer is: a
// gentle decline (0.91 at 10 km, 0.8 at 25 km), so that relevance comes
// first and distance orders near-equals.
func distanceFactor(km float64) float64 { return 1 / (1 + km/100) }

// hoursKey identifies hours by their rules, so that the many offers
// sharing "Mo–Fr 9–12" share one entry and one evaluation per query.
func hoursKey(h directory.Hours) string {
	var b strings.Builder
	for _, s := range h {
		for _, f := range []string{s.Freq, strconv.Itoa(s.Interval), s.ByDay, s.ByMonthDay, s.OpensAt, s.ClosesAt,
			s.ValidFrom, s.ValidTo, s.DTStart, s.Until, strconv.FormatBool(s.Closed)} {
			b.WriteString(f)
			b.WriteByte('|')
		}
		b.WriteByte(';')
	}
	return b.String()
}

// internHours returns the number of h in the snapshot's hours table.
func (b *builder) internHours(h directory.Hours) uint32 {
	if len(h) == 0 {
		return 0
	}
	k := hoursKey(h)
	if n, ok := b.s.hoursIDs[k]; ok {
		return n
	}
	// Only the rules are kept: ids, notes and descriptions are for
	// pages, not for filtering.
	rules := make(directory.Hours, len(h))
	for i, s := range h {
		rules[i] = directory.Schedule{Freq: s.Freq, Interval: s.Interval, ByDay: s.ByDay, ByMonthDay: s.ByMonthDay,
			OpensAt: s.OpensAt, ClosesAt: s.ClosesAt, ValidFrom: s.ValidFrom, ValidTo: s.ValidTo, DTStart: s.DTStart,
			Until: s.Until, Closed: s.Closed}
	}
	n := uint32(len(b.s.hours))
	b.s.hours = append(b.s.hours, rules)
	b.s.hoursIDs[k] = n
	return n
}

// addPlaces gives a fresh entry its places; places of offers that are
// not public (and so have no entry) are dropped.
func (b *builder) addPlaces(serviceID string, places []store.ServicePlace) {
	i, ok := b.freshPos[serviceID]
	if !ok {
		return
	}
	fresh := b.fresh
	e := &fresh.entries[i]
	start := len(fresh.places)
	for _, sp := range places {
		p := place{hours: b.internHours(sp.Hours)}
		if sp.HasPoint {
			p.flags |= placePoint
			p.lat, p.lon = float32(sp.Lat), float32(sp.Lon)
		}
		if sp.StepFree {
			p.flags |= placeStepFree
			e.flags |= entryStepFree
		}
		if directory.ValidPostalCode(sp.PostalCode) {
			n, _ := strconv.Atoi(sp.PostalCode)
			p.postal = uint32(n)
		}
		fresh.places = append(fresh.places, p)
	}
	e.places = span{uint32(start), uint32(len(fresh.places) - start)}
}

// optionTable evaluates several opening tests (at most 16) on each
// distinct set of hours once per query, as a bit mask.
type optionTable struct {
	hours []directory.Hours
	masks []uint16 // per hours: the tests that pass, valid where known
	known []bool
	tests []func(directory.Hours) bool
}

func newOptionTable(hours []directory.Hours, tests []func(directory.Hours) bool) *optionTable {
	return &optionTable{hours: hours, masks: make([]uint16, len(hours)), known: make([]bool, len(hours)), tests: tests}
}

// anyOpen returns the tests that one of the places passes.
func (t *optionTable) anyOpen(places []place) uint16 {
	var mask uint16
	for _, p := range places {
		if p.hours == 0 {
			continue
		}
		if !t.known[p.hours] {
			t.known[p.hours] = true
			for k, test := range t.tests {
				if test(t.hours[p.hours]) {
					t.masks[p.hours] |= 1 << k
				}
			}
		}
		mask |= t.masks[p.hours]
	}
	return mask
}

// openAt tells whether hours are open at t.
func openAt(t time.Time) func(directory.Hours) bool {
	return func(h directory.Hours) bool { return h.StatusAt(t).Open }
}

// openOn tells whether hours open at some time on the day of t.
func openOn(t time.Time) func(directory.Hours) bool {
	return func(h directory.Hours) bool {
		if !h.HasRegular() {
			return false
		}
		ivs, closed := h.Day(t)
		return !closed && len(ivs) > 0
	}
}

// postalPoints is, per postal code, the mean position of the places
// that have it: a better point for "near 45768" than the town centre
// when a town has several codes.
type postalPoints struct {
	once sync.Once
	m    map[uint32]Point
}

// PostalCodePoint returns the point "near" a German postal code means:
// the mean position of the region's places with that code, or else the
// centre of the town the code belongs to; false when neither knows it.
func (ix *Index) PostalCodePoint(regionID, code string, towns []directory.Town) (Point, bool) {
	if p, ok := ix.PostalPoint(regionID, code); ok {
		return p, true
	}
	for _, t := range towns {
		if t.ArchivedAt == nil && slices.Contains(t.PostalCodes, code) && (t.Latitude != 0 || t.Longitude != 0) {
			return Point{Lat: t.Latitude, Lon: t.Longitude}, true
		}
	}
	return Point{}, false
}

// PostalPoint returns a point for a German postal code from the places
// of the region's public offers, and false when no place has that code.
func (ix *Index) PostalPoint(regionID, code string) (Point, bool) {
	s := ix.ptr(regionID).Load()
	if s == nil || !directory.ValidPostalCode(code) {
		return Point{}, false
	}
	s.postal.once.Do(func() {
		type sum struct {
			lat, lon float64
			n        int
		}
		sums := map[uint32]*sum{}
		for _, p := range s.places {
			if p.postal == 0 || p.flags&placePoint == 0 {
				continue
			}
			x := sums[p.postal]
			if x == nil {
				x = &sum{}
				sums[p.postal] = x
			}
			x.lat += float64(p.lat)
			x.lon += float64(p.lon)
			x.n++
		}
		s.postal.m = make(map[uint32]Point, len(sums))
		for k, x := range sums {
			s.postal.m[k] = Point{x.lat / float64(x.n), x.lon / float64(x.n)}
		}
	})
	n, _ := strconv.Atoi(code)
	p, ok := s.postal.m[uint32(n)]
	return p, ok
}
