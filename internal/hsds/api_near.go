package hsds

import (
	"context"
	"net/http"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/offerindex"
)

// Locator finds offers by place, for the postcode and proximity
// parameters of /services: *offerindex.Index, the same "near me" as the
// public site's.
type Locator interface {
	PostalCodePoint(regionID, code string, towns []directory.Town) (offerindex.Point, bool)
	Search(regionID string, q offerindex.Query) offerindex.Result
}

// WithLocator makes /services answer postcode and proximity with l. It
// returns a.
func (a *API) WithLocator(l Locator) *API {
	a.locator = l
	return a
}

// maxProximity bounds proximity in meters: 100 km is more than a
// region is across.
const maxProximity = 100_000

// placeFilter is the place asked for: a postal code and, optionally, a
// distance in meters from its centre.
type placeFilter struct {
	postcode  string
	proximity int // 0: offers with a place of that postal code
}

// place reads postcode and proximity.
func (p *params) place() placeFilter {
	var f placeFilter
	if s, ok := p.get("postcode"); ok {
		if !directory.ValidPostalCode(s) {
			p.fail("postcode must be a German postal code of five digits")
		}
		f.postcode = s
	}
	f.proximity = p.number("proximity", 0, 1, maxProximity)
	if f.proximity > 0 && f.postcode == "" {
		p.fail("proximity needs a postcode to measure from")
	}
	return f
}

// placeIDs returns the public offers of the place filter: those with a
// place of the postal code, or, with proximity, those with a place
// within that many meters of the postal code's centre, nearest first.
// An unknown postal code finds nothing.
func (a *API) placeIDs(ctx context.Context, rq *request, f placeFilter) ([]string, error) {
	q := offerindex.Query{Limit: 1 << 30}
	if f.proximity == 0 {
		q.PostalCode = f.postcode
	} else {
		towns, err := a.store.Towns(ctx, rq.region.ID, false)
		if err != nil {
			return nil, err
		}
		p, ok := a.locator.PostalCodePoint(rq.region.ID, f.postcode, towns)
		if !ok {
			return []string{}, nil
		}
		q.Near, q.Radius = &p, float64(f.proximity)/1000
	}
	res := a.locator.Search(rq.region.ID, q)
	if res.SearchPending {
		return nil, &apiError{http.StatusServiceUnavailable, "unavailable", "the index of places is being built; retry in a few seconds"}
	}
	return res.IDs, nil
}
