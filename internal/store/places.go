package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"

	"github.com/lotse/lotse/internal/directory"
)

// ServicePlace is a place where an offer is held, as the offer index
// needs it to filter by distance, step-free access and opening hours.
type ServicePlace struct {
	// LocationID is "" for an offer's own hours without a place (a
	// phone line).
	LocationID string
	// HasPoint tells whether Lat and Lon are known.
	HasPoint   bool
	Lat, Lon   float64
	PostalCode string // of the visiting address, "" if none
	StepFree   bool   // the place has the accessibility feature "step-free"
	// Hours are the hours the offer keeps there (directory.PlaceHours).
	Hours directory.Hours
}

// EachServicePlaces calls fn, in the order of offer ids, with the places
// of each of a region's offers changed after revision since (0 for all)
// that has a current place or hours of its own. Offers with neither are
// left out. fn must not keep places.
//
// The places and the offers' schedules are read as two cursors in offer
// order and merged, so that a region of 100,000 offers is never held in
// memory at once; only the places' own schedules (few) are.
func (s *Store) EachServicePlaces(ctx context.Context, regionID string, since int64, fn func(serviceID string, places []ServicePlace)) error {
	fail := func(what string, err error) error { return fmt.Errorf("store: service places: %s: %w", what, err) }
	changed := `SELECT id FROM services WHERE region_id = $1 AND revision > $2`
	placeHours := map[string][]directory.Schedule{}
	if err := s.eachRow(ctx, `SELECT `+scheduleColumns+` FROM schedules WHERE location_id IN (
			SELECT sal.location_id FROM service_at_locations sal WHERE sal.service_id IN (`+changed+`))
		ORDER BY position`, []any{regionID, since}, func(sc scanner) error {
		sch, err := scanSchedule(sc)
		placeHours[sch.LocationID] = append(placeHours[sch.LocationID], sch)
		return err
	}); err != nil {
		return fail("place hours", err)
	}

	places, err := s.rq.QueryContext(ctx, `SELECT sal.service_id, sal.id, l.id, l.latitude, l.longitude,
			coalesce((SELECT min(a.postal_code) FROM addresses a WHERE a.location_id = l.id AND a.address_type = 'physical'), ''),
			EXISTS (SELECT 1 FROM attributes at JOIN taxonomy_terms t ON t.id = at.taxonomy_term_id
				JOIN taxonomies x ON x.id = t.taxonomy_id
				WHERE at.link_id = l.id AND at.link_entity = 'location' AND x.slug = $3 AND t.code = $4)
		FROM service_at_locations sal JOIN locations l ON l.id = sal.location_id
		WHERE l.archived_at IS NULL AND sal.service_id IN (`+changed+`)
		ORDER BY sal.service_id, sal.position`, regionID, since, directory.TaxAccessible, directory.FeatureStepFree)
	if err != nil {
		return fail("places", err)
	}
	defer places.Close()
	hours, err := s.rq.QueryContext(ctx, `SELECT `+scheduleColumns+` FROM schedules WHERE service_id IN (`+changed+`)
		ORDER BY service_id, position`, regionID, since)
	if err != nil {
		return fail("offer hours", err)
	}
	defer hours.Close()

	type salPlace struct {
		sal string
		p   ServicePlace
	}
	// Each cursor is read one row ahead: the row of the next offer
	// waits in next* until that offer's turn.
	var nextPlace *salPlace
	var placeOf string
	readPlace := func() error {
		nextPlace, placeOf = nil, ""
		if !places.Next() {
			return places.Err()
		}
		var sp salPlace
		var lat, lon sql.NullFloat64
		if err := places.Scan(str{&placeOf}, str{&sp.sal}, str{&sp.p.LocationID}, &lat, &lon, &sp.p.PostalCode, &sp.p.StepFree); err != nil {
			return err
		}
		sp.p.HasPoint, sp.p.Lat, sp.p.Lon = lat.Valid && lon.Valid, lat.Float64, lon.Float64
		nextPlace = &sp
		return nil
	}
	var nextHours *directory.Schedule
	readHours := func() error {
		nextHours = nil
		if !hours.Next() {
			return hours.Err()
		}
		sch, err := scanSchedule(hours)
		nextHours = &sch
		return err
	}
	if err := readPlace(); err != nil {
		return fail("places", err)
	}
	if err := readHours(); err != nil {
		return fail("offer hours", err)
	}
	var sals []salPlace
	var general, specific []directory.Schedule
	var out []ServicePlace
	for nextPlace != nil || nextHours != nil {
		// The next offer is the smaller id of the two cursors.
		id := placeOf
		if nextHours != nil && (nextPlace == nil || nextHours.ServiceID < id) {
			id = nextHours.ServiceID
		}
		sals, general, specific = sals[:0], general[:0], specific[:0]
		for nextPlace != nil && placeOf == id {
			sals = append(sals, *nextPlace)
			if err := readPlace(); err != nil {
				return fail("places", err)
			}
		}
		for nextHours != nil && nextHours.ServiceID == id {
			if nextHours.ServiceAtLocationID == "" {
				general = append(general, *nextHours)
			} else {
				specific = append(specific, *nextHours)
			}
			if err := readHours(); err != nil {
				return fail("offer hours", err)
			}
		}
		out = out[:0]
		for _, sp := range sals {
			var own []directory.Schedule
			for _, sc := range specific {
				if sc.ServiceAtLocationID == sp.sal {
					own = append(own, sc)
				}
			}
			sp.p.Hours = directory.PlaceHours(own, general, placeHours[sp.p.LocationID])
			out = append(out, sp.p)
		}
		if len(out) == 0 && len(general) > 0 {
			out = append(out, ServicePlace{Hours: slices.Clone(general)})
		}
		if len(out) > 0 {
			fn(id, out)
		}
	}
	return nil
}

// scanSchedule reads the scheduleColumns of a row.
func scanSchedule(sc scanner) (directory.Schedule, error) {
	var s directory.Schedule
	err := sc.Scan(str{&s.ID}, str{&s.ServiceID}, str{&s.LocationID}, str{&s.ServiceAtLocationID}, &s.Freq, &s.Interval,
		&s.ByDay, &s.ByMonthDay, &s.OpensAt, &s.ClosesAt, &s.ValidFrom, &s.ValidTo, &s.DTStart, &s.Until,
		&s.Description, &s.Notes, &s.Closed)
	return s, err
}
